//! The functions of floats: powers and logarithms, trigonometric and
//! hyperbolic functions, erf and gamma, classification and `isclose`.
//!
//! One-argument functions share CPython's error rule (`convert::checked`);
//! the others check their own special cases, as CPython's do.

use crate::convert::{self, checked, domain_error, expect, expect_range, new_float, range_error};
use crate::gamma::{self, GammaError};
use crate::libm_select as fns;
use pyrite_vm::builtins::args::parse;
use pyrite_vm::int::BigInt;
use pyrite_vm::native::Args;
use pyrite_vm::objects::int;
use pyrite_vm::{PyResult, Value, Vm};

/// A function of one float: `$libm` applied with CPython's error rule.
macro_rules! unary {
    ($name:ident, $f:expr, $can_overflow:expr) => {
        pub fn $name(vm: &mut Vm, args: &Args) -> PyResult {
            expect(vm, args, "math", stringify!($name), 1)?;
            let x = convert::real(vm, args.get(vm, 0))?;
            let f: fn(f64) -> f64 = $f;
            let r = checked(vm, x, f(x), $can_overflow)?;
            new_float(vm, r)
        }
    };
}

unary!(sqrt, libm::sqrt, false);
unary!(cbrt, fns::cbrt, false);
unary!(exp, fns::exp, true);
unary!(exp2, fns::exp2, true);
unary!(expm1, fns::expm1, true);
unary!(log1p, fns::log1p, false);
unary!(fabs, libm::fabs, false);
unary!(sin, fns::sin, false);
unary!(cos, fns::cos, false);
unary!(tan, fns::tan, false);
unary!(asin, fns::asin, false);
unary!(acos, fns::acos, false);
unary!(atan, fns::atan, false);
unary!(sinh, fns::sinh, true);
unary!(cosh, fns::cosh, true);
unary!(tanh, fns::tanh, false);
unary!(asinh, fns::asinh, false);
unary!(acosh, fns::acosh, false);
unary!(atanh, fns::atanh, false);
unary!(erf, fns::erf, false);
unary!(erfc, fns::erfc, false);
unary!(degrees, |x| x * (180.0 / core::f64::consts::PI), false);
unary!(radians, |x| x * (core::f64::consts::PI / 180.0), false);

/// `f(x)` with CPython's errors. Infinities and NaN: gamma(inf) and
/// lgamma(+-inf) are inf; gamma(-inf) has no limit (`minus_inf_undefined`).
fn gamma_result(
    vm: &mut Vm,
    x: f64,
    f: fn(f64) -> Result<f64, GammaError>,
    minus_inf_undefined: bool,
) -> PyResult {
    let r = if x.is_nan() {
        x
    } else if x == f64::NEG_INFINITY && minus_inf_undefined {
        return Err(domain_error(vm));
    } else if x.is_infinite() {
        f64::INFINITY
    } else {
        match f(x) {
            Ok(r) => r,
            Err(GammaError::Pole) => return Err(domain_error(vm)),
            Err(GammaError::Overflow) => return Err(range_error(vm)),
        }
    };
    new_float(vm, r)
}

pub fn gamma(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "gamma", 1)?;
    let x = convert::real(vm, args.get(vm, 0))?;
    gamma_result(vm, x, gamma::gamma, true)
}

pub fn lgamma(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "lgamma", 1)?;
    let x = convert::real(vm, args.get(vm, 0))?;
    gamma_result(vm, x, gamma::lgamma, false)
}

/// `f` of an int too large for a float, as CPython computes it: from
/// `n = m * 2**e` with `m` in [0.5, 1) correctly rounded,
/// `f(m) + f(2) * e`. Ints <= 0 are outside every logarithm's domain.
fn log_of_int(vm: &mut Vm, value: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if int::sign(vm, value) <= 0 {
        return Err(domain_error(vm));
    }
    let n: BigInt = int::to_bigint(vm, value);
    if let Some(x) = n.to_f64() {
        return Ok(f(x));
    }
    let mut e = n.bit_length();
    let shift = (e - 64) as usize;
    let top = n.shr(shift);
    // A sticky bit for everything shifted out, so the u64 -> f64
    // conversion rounds once and correctly.
    let sticky = top.shl(shift) != n;
    let top = top.to_u64().unwrap_or(u64::MAX) | sticky as u64;
    let mut m = libm::ldexp(top as f64, -64);
    if m == 1.0 {
        m = 0.5;
        e += 1;
    }
    Ok(f(m) + f(2.0) * e as f64)
}

/// A logarithm of a real argument, ints of any size included.
fn log_of(vm: &mut Vm, value: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if int::is_int(vm, value) {
        return log_of_int(vm, value, f);
    }
    let x = convert::real(vm, value)?;
    checked(vm, x, f(x), false)
}

pub fn log(vm: &mut Vm, args: &Args) -> PyResult {
    expect_range(vm, args, "math.log", 1, 2)?;
    let x = log_of(vm, args.get(vm, 0), fns::log)?;
    let Some(base) = args.get_opt(vm, 1) else {
        return new_float(vm, x);
    };
    let b = log_of(vm, base, fns::log)?;
    if b == 0.0 {
        return Err(vm.raise_zero_division("float division by zero"));
    }
    new_float(vm, x / b)
}

pub fn log2(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "log2", 1)?;
    let x = log_of(vm, args.get(vm, 0), fns::log2)?;
    new_float(vm, x)
}

pub fn log10(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "log10", 1)?;
    let x = log_of(vm, args.get(vm, 0), fns::log10)?;
    new_float(vm, x)
}

/// Both arguments of a two-float function.
fn two_reals(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    expect(vm, args, "math", name, 2)?;
    let x = convert::real(vm, args.get(vm, 0))?;
    let y = convert::real(vm, args.get(vm, 1))?;
    Ok((x, y))
}

/// CPython's rule for two-float functions: NaN from non-NaN arguments is
/// a domain error, infinity from finite ones a range (or domain) error.
fn checked2(vm: &mut Vm, x: f64, y: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    new_float(vm, r)
}

pub fn pow(vm: &mut Vm, args: &Args) -> PyResult {
    let (x, y) = two_reals(vm, args, "pow")?;
    // IEEE (C99 Annex F) special values cover the infinities and NaNs;
    // only finite arguments can fail.
    let r = fns::pow(x, y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
    }
    new_float(vm, r)
}

pub fn fmod(vm: &mut Vm, args: &Args) -> PyResult {
    let (x, y) = two_reals(vm, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return new_float(vm, x);
    }
    checked2(vm, x, y, fns::fmod(x, y), false)
}

pub fn remainder(vm: &mut Vm, args: &Args) -> PyResult {
    let (x, y) = two_reals(vm, args, "remainder")?;
    if y.is_infinite() && x.is_finite() {
        return new_float(vm, x);
    }
    checked2(vm, x, y, fns::remainder(x, y), false)
}

pub fn atan2(vm: &mut Vm, args: &Args) -> PyResult {
    let (y, x) = two_reals(vm, args, "atan2")?;
    checked2(vm, y, x, fns::atan2(y, x), false)
}

pub fn copysign(vm: &mut Vm, args: &Args) -> PyResult {
    let (x, y) = two_reals(vm, args, "copysign")?;
    new_float(vm, libm::copysign(x, y))
}

pub fn nextafter(vm: &mut Vm, args: &Args) -> PyResult {
    let (x, y) = two_reals(vm, args, "nextafter")?;
    new_float(vm, libm::nextafter(x, y))
}

pub fn ulp(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "ulp", 1)?;
    let x = libm::fabs(convert::real(vm, args.get(vm, 0))?);
    if !x.is_finite() {
        return new_float(vm, x);
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // The largest float: measure the gap below it instead.
        return new_float(vm, x - libm::nextafter(x, f64::NEG_INFINITY));
    }
    new_float(vm, up - x)
}

fn classify(vm: &mut Vm, args: &Args, name: &str, test: fn(f64) -> bool) -> PyResult {
    expect(vm, args, "math", name, 1)?;
    let x = convert::real(vm, args.get(vm, 0))?;
    Ok(Value::from_bool(test(x)))
}

pub fn isfinite(vm: &mut Vm, args: &Args) -> PyResult {
    classify(vm, args, "isfinite", f64::is_finite)
}

pub fn isinf(vm: &mut Vm, args: &Args) -> PyResult {
    classify(vm, args, "isinf", f64::is_infinite)
}

pub fn isnan(vm: &mut Vm, args: &Args) -> PyResult {
    classify(vm, args, "isnan", f64::is_nan)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` for math and cmath:
/// the arguments (two positional, the tolerances by keyword only) as
/// Values, the tolerances as floats.
pub fn isclose_args(vm: &mut Vm, args: &Args) -> PyResult<(Value, Value, f64, f64)> {
    if args.count > 2 {
        let message = alloc::format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.count
        );
        return Err(vm.raise_type_error(&message));
    }
    let [a, b, rel, abs] = parse(vm, args, "isclose", ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let rel_tol = if rel.is_unbound() {
        1e-9
    } else {
        convert::real(vm, rel)?
    };
    let abs_tol = if abs.is_unbound() {
        0.0
    } else {
        convert::real(vm, abs)?
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.raise_value_error("tolerances must be non-negative"));
    }
    Ok((a, b, rel_tol, abs_tol))
}

/// CPython's closeness test on a distance already computed: equal values
/// (infinities included) are close, other infinities never are.
pub fn close(equal: bool, infinite: bool, diff: f64, a: f64, b: f64, rel: f64, abs: f64) -> bool {
    if equal {
        return true;
    }
    if infinite {
        return false;
    }
    diff <= libm::fabs(rel * b) || diff <= libm::fabs(rel * a) || diff <= abs
}

pub fn isclose(vm: &mut Vm, args: &Args) -> PyResult {
    let (a, b, rel, abs) = isclose_args(vm, args)?;
    let a = convert::real(vm, a)?;
    let b = convert::real(vm, b)?;
    let infinite = a.is_infinite() || b.is_infinite();
    let diff = libm::fabs(b - a);
    Ok(Value::from_bool(close(
        a == b,
        infinite,
        diff,
        a,
        b,
        rel,
        abs,
    )))
}
