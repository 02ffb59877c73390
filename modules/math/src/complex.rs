//! `cmath`: the elementary functions of complex numbers.
//!
//! Finite arguments use the formulas CPython uses (after Kahan, "Branch
//! cuts for complex elementary functions"), so results agree with it to
//! the rounding of libm: scaled forms where a square or an exponential
//! could overflow, and `log1p` near |z| = 1. Derived functions follow
//! from the hyperbolic ones (`sin z = -i sinh(iz)`, ...).
//!
//! Errors follow CPython's rule: a NaN in the result from an argument
//! without NaNs is a ValueError "math domain error", an infinity from a
//! finite argument an OverflowError "math range error" (or a domain
//! error at a pole: log(0), atanh(±1)). Infinite arguments take the
//! C99 Annex G values where the formulas alone would give NaN; see
//! docs/differences.md for the few where CPython's tables differ.

use crate::convert::{self, domain_error, expect, new_complex, new_float, range_error};
use crate::libm_select as fns;
use crate::real::{close, isclose_args};
use core::f64::consts::{FRAC_PI_2, LN_10, LN_2};
use pyrite_vm::native::Args;
use pyrite_vm::{PyResult, Value, Vm};

type C = (f64, f64);

/// Values above this may overflow when squared or doubled.
const LARGE: f64 = f64::MAX / 4.0;
/// sqrt(LARGE).
const SQRT_LARGE: f64 = 6.703903964971299e153;
/// sqrt of the smallest normal.
const SQRT_MIN: f64 = 1.4916681462400413e-154;
/// Where exp starts to overflow (log(f64::MAX) - 1).
const LOG_LARGE: f64 = 708.3964185322641;

fn is_finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn has_nan(z: C) -> bool {
    z.0.is_nan() || z.1.is_nan()
}

/// Apply CPython's error rule to `f(z)`.
fn finish(vm: &mut Vm, z: C, r: C) -> PyResult<C> {
    if has_nan(r) && !has_nan(z) {
        return Err(domain_error(vm));
    }
    if !is_finite(r) && !has_nan(r) && is_finite(z) {
        return Err(range_error(vm));
    }
    Ok(r)
}

/// The single complex argument of a cmath function.
fn argument(vm: &mut Vm, args: &Args, name: &str) -> PyResult<C> {
    expect(vm, args, "cmath", name, 1)?;
    convert::complex_parts(vm, args.get(vm, 0))
}

/// A cmath function of one argument: `$f` with the error rule.
macro_rules! function {
    ($name:ident, $f:ident) => {
        pub fn $name(vm: &mut Vm, args: &Args) -> PyResult {
            let z = argument(vm, args, stringify!($name))?;
            let r = $f(vm, z)?;
            let r = finish(vm, z, r)?;
            new_complex(vm, r)
        }
    };
}

function!(exp, c_exp);
function!(sqrt, c_sqrt_checked);
function!(sin, c_sin);
function!(cos, c_cos);
function!(tan, c_tan);
function!(asin, c_asin);
function!(acos, c_acos);
function!(atan, c_atan);
function!(sinh, c_sinh_checked);
function!(cosh, c_cosh);
function!(tanh, c_tanh_checked);
function!(asinh, c_asinh_checked);
function!(acosh, c_acosh);
function!(atanh, c_atanh);
function!(log10, c_log10);

/// exp at infinities and NaNs (C99 Annex G).
fn exp_special(x: f64, y: f64) -> C {
    if x.is_nan() {
        return (x, if y == 0.0 { y } else { f64::NAN });
    }
    if x == f64::NEG_INFINITY && !y.is_finite() {
        return (0.0, 0.0);
    }
    if !y.is_finite() {
        // exp(x + i inf) has no limit: NaN, a domain error unless the
        // modulus is infinite.
        return (if x == f64::INFINITY { x } else { f64::NAN }, f64::NAN);
    }
    if x == f64::INFINITY {
        return if y == 0.0 {
            (x, y)
        } else {
            (x * fns::cos(y), x * fns::sin(y))
        };
    }
    (0.0 * fns::cos(y), 0.0 * fns::sin(y))
}

fn c_exp(_: &mut Vm, (x, y): C) -> PyResult<C> {
    if !is_finite((x, y)) {
        return Ok(exp_special(x, y));
    }
    let (re, im) = if x > LOG_LARGE {
        // exp(x) alone would overflow before cos/sin scale it down.
        let l = fns::exp(x - 1.0);
        (
            l * fns::cos(y) * core::f64::consts::E,
            l * fns::sin(y) * core::f64::consts::E,
        )
    } else {
        let l = fns::exp(x);
        (l * fns::cos(y), l * fns::sin(y))
    };
    // A real argument stays real (inf * sin(0) would be NaN).
    Ok((re, if y == 0.0 { y } else { im }))
}

/// The principal square root (no errors possible but NaN propagation).
fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    if y.is_infinite() {
        return (f64::INFINITY, y);
    }
    let ax = libm::fabs(x);
    let ay = libm::fabs(y);
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Subnormal parts: scale up by 2**53 so the root keeps its bits.
        let ax = libm::ldexp(ax, 53);
        libm::ldexp(libm::sqrt(ax + fns::hypot(ax, libm::ldexp(ay, 53))), -27)
    } else {
        let ax = ax / 8.0;
        2.0 * libm::sqrt(ax + fns::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 || x.is_nan() {
        (s, libm::copysign(d, y))
    } else {
        (d, libm::copysign(s, y))
    }
}

fn c_sqrt_checked(_: &mut Vm, z: C) -> PyResult<C> {
    Ok(c_sqrt(z))
}

/// The natural logarithm; log(0) is a domain error.
fn c_log(vm: &mut Vm, (x, y): C) -> PyResult<C> {
    let ax = libm::fabs(x);
    let ay = libm::fabs(y);
    let modulus_log = if ax > LARGE || ay > LARGE {
        fns::log(fns::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            fns::log(fns::hypot(libm::ldexp(ax, 53), libm::ldexp(ay, 53))) - 53.0 * LN_2
        } else {
            return Err(domain_error(vm));
        }
    } else {
        let h = fns::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle log(h) loses digits; log1p of
            // h*h - 1 computed without cancellation does not.
            let (big, small) = if ax > ay { (ax, ay) } else { (ay, ax) };
            fns::log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0
        } else {
            fns::log(h)
        }
    };
    Ok((modulus_log, fns::atan2(y, x)))
}

fn c_log10(vm: &mut Vm, z: C) -> PyResult<C> {
    let (re, im) = c_log(vm, z)?;
    Ok((re / LN_10, im / LN_10))
}

/// `a / b` as CPython divides complex numbers (Smith's method); None for
/// a zero divisor.
fn divide(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (libm::fabs(b.0), libm::fabs(b.1));
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

pub fn log(vm: &mut Vm, args: &Args) -> PyResult {
    if args.keyword_count(vm) > 0 {
        return Err(vm.raise_type_error("log() takes no keyword arguments"));
    }
    if args.count < 1 || args.count > 2 {
        let message = if args.count < 1 {
            alloc::format!("log expected at least 1 argument, got {}", args.count)
        } else {
            alloc::format!("log expected at most 2 arguments, got {}", args.count)
        };
        return Err(vm.raise_type_error(&message));
    }
    let z = convert::complex_parts(vm, args.get(vm, 0))?;
    let mut r = c_log(vm, z)?;
    if let Some(base) = args.get_opt(vm, 1) {
        let b = convert::complex_parts(vm, base)?;
        let lb = c_log(vm, b)?;
        r = match divide(r, lb) {
            Some(q) => q,
            // CPython's complex division reports a zero divisor as EDOM.
            None => return Err(domain_error(vm)),
        };
    }
    let r = finish(vm, z, r)?;
    new_complex(vm, r)
}

/// sinh at infinities and NaNs (C99 Annex G).
fn sinh_special(x: f64, y: f64) -> C {
    if x.is_nan() {
        return (x, if y == 0.0 { y } else { f64::NAN });
    }
    if !y.is_finite() {
        // CPython's tables give +0 and +inf here (C99 leaves the sign).
        let re = if x == 0.0 || x.is_infinite() {
            libm::fabs(x)
        } else {
            f64::NAN
        };
        return (re, f64::NAN);
    }
    // x is infinite, y finite.
    if y == 0.0 {
        (x, y)
    } else {
        (x * fns::cos(y), f64::INFINITY * fns::sin(y))
    }
}

fn c_sinh(z: C) -> C {
    let (x, y) = z;
    if !is_finite(z) {
        return sinh_special(x, y);
    }
    if libm::fabs(x) > LOG_LARGE {
        let x1 = x - libm::copysign(1.0, x);
        (
            fns::cos(y) * fns::sinh(x1) * core::f64::consts::E,
            fns::sin(y) * fns::cosh(x1) * core::f64::consts::E,
        )
    } else {
        (fns::cos(y) * fns::sinh(x), fns::sin(y) * fns::cosh(x))
    }
}

fn c_sinh_checked(_: &mut Vm, z: C) -> PyResult<C> {
    Ok(c_sinh(z))
}

/// cosh at infinities and NaNs (C99 Annex G).
fn cosh_special(x: f64, y: f64) -> C {
    if x.is_nan() {
        return (x, if y == 0.0 { 0.0 } else { f64::NAN });
    }
    if !y.is_finite() {
        return if x == 0.0 {
            (f64::NAN, 0.0)
        } else if x.is_infinite() {
            (f64::INFINITY, f64::NAN)
        } else {
            (f64::NAN, f64::NAN)
        };
    }
    // x is infinite, y finite.
    if y == 0.0 {
        // The sign of the zero is that of sin(y) * sinh(x).
        (f64::INFINITY, if x > 0.0 { y } else { -y })
    } else {
        (f64::INFINITY * fns::cos(y), x * fns::sin(y))
    }
}

fn c_cosh_raw(z: C) -> C {
    let (x, y) = z;
    if !is_finite(z) {
        return cosh_special(x, y);
    }
    if libm::fabs(x) > LOG_LARGE {
        let x1 = x - libm::copysign(1.0, x);
        (
            fns::cos(y) * fns::cosh(x1) * core::f64::consts::E,
            fns::sin(y) * fns::sinh(x1) * core::f64::consts::E,
        )
    } else {
        (fns::cos(y) * fns::cosh(x), fns::sin(y) * fns::sinh(x))
    }
}

fn c_cosh(_: &mut Vm, z: C) -> PyResult<C> {
    Ok(c_cosh_raw(z))
}

/// tanh at infinities and NaNs (C99 Annex G).
fn tanh_special(x: f64, y: f64) -> C {
    if x.is_infinite() {
        let zero_sign = if y.is_finite() {
            fns::sin(2.0 * y)
        } else {
            1.0
        };
        return (libm::copysign(1.0, x), libm::copysign(0.0, zero_sign));
    }
    if x.is_nan() {
        return (x, if y == 0.0 { y } else { f64::NAN });
    }
    // x finite, y infinite or NaN.
    (f64::NAN, f64::NAN)
}

fn c_tanh(z: C) -> C {
    let (x, y) = z;
    if !is_finite(z) {
        return tanh_special(x, y);
    }
    if libm::fabs(x) > LOG_LARGE {
        (
            libm::copysign(1.0, x),
            4.0 * fns::sin(y) * fns::cos(y) * fns::exp(-2.0 * libm::fabs(x)),
        )
    } else {
        let tx = fns::tanh(x);
        let ty = fns::tan(y);
        let cx = 1.0 / fns::cosh(x);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

fn c_tanh_checked(_: &mut Vm, z: C) -> PyResult<C> {
    Ok(c_tanh(z))
}

/// `i * z` rotated back: sin z = -i sinh(iz) and friends.
fn times_i(z: C) -> C {
    (-z.1, z.0)
}

fn c_sin(_: &mut Vm, z: C) -> PyResult<C> {
    let s = c_sinh(times_i(z));
    Ok((s.1, -s.0))
}

fn c_cos(_: &mut Vm, z: C) -> PyResult<C> {
    Ok(c_cosh_raw(times_i(z)))
}

fn c_tan(_: &mut Vm, z: C) -> PyResult<C> {
    let t = c_tanh(times_i(z));
    Ok((t.1, -t.0))
}

fn c_asinh(z: C) -> C {
    let (x, y) = z;
    if x.is_nan() {
        return if y == 0.0 {
            (x, y)
        } else if y.is_infinite() {
            (f64::INFINITY, f64::NAN)
        } else {
            (f64::NAN, f64::NAN)
        };
    }
    if libm::fabs(x) > LARGE || libm::fabs(y) > LARGE {
        let l = fns::log(fns::hypot(x / 2.0, y / 2.0)) + 2.0 * LN_2;
        let re = if y >= 0.0 {
            libm::copysign(l, x)
        } else {
            -libm::copysign(l, -x)
        };
        return (re, fns::atan2(y, libm::fabs(x)));
    }
    let s1 = c_sqrt((1.0 + y, -x));
    let s2 = c_sqrt((1.0 - y, x));
    (
        fns::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        fns::atan2(y, s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn c_asinh_checked(_: &mut Vm, z: C) -> PyResult<C> {
    Ok(c_asinh(z))
}

fn c_asin(_: &mut Vm, z: C) -> PyResult<C> {
    let s = c_asinh(times_i(z));
    Ok((s.1, -s.0))
}

fn c_acos(_: &mut Vm, (x, y): C) -> PyResult<C> {
    if y.is_nan() {
        return Ok(if x == 0.0 {
            (FRAC_PI_2, y)
        } else if x.is_infinite() {
            (f64::NAN, f64::INFINITY)
        } else {
            (f64::NAN, f64::NAN)
        });
    }
    if libm::fabs(x) > LARGE || libm::fabs(y) > LARGE {
        let re = fns::atan2(libm::fabs(y), x);
        let l = fns::log(fns::hypot(x / 2.0, y / 2.0)) + 2.0 * LN_2;
        let im = if x < 0.0 {
            -libm::copysign(l, y)
        } else {
            libm::copysign(l, -y)
        };
        return Ok((re, im));
    }
    let s1 = c_sqrt((1.0 - x, -y));
    let s2 = c_sqrt((1.0 + x, y));
    Ok((
        2.0 * fns::atan2(s1.0, s2.0),
        fns::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    ))
}

fn c_acosh(_: &mut Vm, (x, y): C) -> PyResult<C> {
    if libm::fabs(x) > LARGE || libm::fabs(y) > LARGE {
        return Ok((
            fns::log(fns::hypot(x / 2.0, y / 2.0)) + 2.0 * LN_2,
            fns::atan2(y, x),
        ));
    }
    let s1 = c_sqrt((x - 1.0, y));
    let s2 = c_sqrt((x + 1.0, y));
    Ok((
        fns::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * fns::atan2(s1.1, s2.0),
    ))
}

fn c_atanh(vm: &mut Vm, (x, y): C) -> PyResult<C> {
    if x < 0.0 {
        // atanh is odd: work in the right half-plane.
        let (re, im) = c_atanh(vm, (-x, -y))?;
        return Ok((-re, -im));
    }
    if y.is_nan() {
        let re = if x == 0.0 || x.is_infinite() {
            libm::copysign(0.0, x)
        } else {
            f64::NAN
        };
        return Ok((re, y));
    }
    if x.is_nan() {
        return Ok(if y.is_infinite() {
            (0.0, libm::copysign(FRAC_PI_2, y))
        } else {
            (f64::NAN, f64::NAN)
        });
    }
    let ay = libm::fabs(y);
    if x > SQRT_LARGE || ay > SQRT_LARGE {
        let re = if x.is_infinite() || ay.is_infinite() {
            libm::copysign(0.0, x)
        } else {
            let h = fns::hypot(x / 2.0, y / 2.0);
            x / 4.0 / h / h
        };
        return Ok((re, -libm::copysign(FRAC_PI_2, -y)));
    }
    if x == 1.0 && ay < SQRT_MIN {
        if ay == 0.0 {
            return Err(domain_error(vm));
        }
        return Ok((
            -fns::log(libm::sqrt(ay) / libm::sqrt(fns::hypot(ay, 2.0))),
            libm::copysign(fns::atan2(2.0, -ay) / 2.0, y),
        ));
    }
    let one_minus = 1.0 - x;
    Ok((
        fns::log1p(4.0 * x / (one_minus * one_minus + ay * ay)) / 4.0,
        -fns::atan2(-2.0 * y, one_minus * (1.0 + x) - ay * ay) / 2.0,
    ))
}

fn c_atan(vm: &mut Vm, z: C) -> PyResult<C> {
    let s = c_atanh(vm, times_i(z))?;
    Ok((s.1, -s.0))
}

pub fn phase(vm: &mut Vm, args: &Args) -> PyResult {
    let (x, y) = argument(vm, args, "phase")?;
    new_float(vm, fns::atan2(y, x))
}

pub fn polar(vm: &mut Vm, args: &Args) -> PyResult {
    let (x, y) = argument(vm, args, "polar")?;
    let r = fns::hypot(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    convert::float_pair(vm, r, fns::atan2(y, x))
}

pub fn rect(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "cmath", "rect", 2)?;
    let r = convert::real(vm, args.get(vm, 0))?;
    let phi = convert::real(vm, args.get(vm, 1))?;
    let z = if phi == 0.0 {
        // Keeps the sign of the zero imaginary part, and rect(inf, 0)
        // real.
        (r, if r.is_finite() { r * phi } else { phi })
    } else {
        (r * fns::cos(phi), r * fns::sin(phi))
    };
    let z = finish(vm, (r, phi), z)?;
    new_complex(vm, z)
}

fn classify(vm: &mut Vm, args: &Args, name: &str, test: fn(C) -> bool) -> PyResult {
    let z = argument(vm, args, name)?;
    Ok(Value::from_bool(test(z)))
}

pub fn isfinite(vm: &mut Vm, args: &Args) -> PyResult {
    classify(vm, args, "isfinite", is_finite)
}

pub fn isinf(vm: &mut Vm, args: &Args) -> PyResult {
    classify(vm, args, "isinf", |z| {
        z.0.is_infinite() || z.1.is_infinite()
    })
}

pub fn isnan(vm: &mut Vm, args: &Args) -> PyResult {
    classify(vm, args, "isnan", has_nan)
}

pub fn isclose(vm: &mut Vm, args: &Args) -> PyResult {
    let (a, b, rel, abs) = isclose_args(vm, args)?;
    let a = convert::complex_parts(vm, a)?;
    let b = convert::complex_parts(vm, b)?;
    let infinite = a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite();
    let diff = fns::hypot(b.0 - a.0, b.1 - a.1);
    let size_a = fns::hypot(a.0, a.1);
    let size_b = fns::hypot(b.0, b.1);
    Ok(Value::from_bool(close(
        a == b,
        infinite,
        diff,
        size_a,
        size_b,
        rel,
        abs,
    )))
}
