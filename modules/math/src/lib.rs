//! The `math` and `cmath` modules, as CPython 3.11 has them.
//!
//! Everything is computed with `libm` (so the crate stays `no_std`) and
//! every failure is CPython's: a result that is NaN for a non-NaN argument
//! is a ValueError "math domain error", an infinite result for finite
//! arguments is an OverflowError "math range error" where the function can
//! overflow (exp, cosh, ...) and a domain error where it cannot (log(0)).
//! Integer functions (`factorial`, `comb`, `gcd`, `isqrt`, ...) work on
//! ints of any size; functions of floats accept big ints where CPython
//! does (`log(10**1000)` is computed from the int's bits, not a float).
//!
//! Files: `convert` (arguments, errors, float to int), `real` (the float
//! functions), `gamma` (gamma and lgamma, as CPython computes them),
//! `rounding` (floor/ceil/trunc, frexp, modf, ldexp...),
//! `integer` (the int functions), `sums` (fsum, prod, hypot, dist),
//! `complex` (cmath), `libm_select` (the host's C libm or the `libm`
//! crate).

#![no_std]

extern crate alloc;

mod complex;
mod convert;
mod gamma;
mod integer;
mod libm_select;
mod real;
mod rounding;
mod sums;

use pyrite_vm::modules::set_attr;
use pyrite_vm::native::{ModuleDef, NativeFunction};
use pyrite_vm::objects::{complex as pycomplex, float};
use pyrite_vm::{PyResult, Value, Vm};

pub static MATH_MODULE: ModuleDef = ModuleDef {
    name: "math",
    functions: &[
        &NativeFunction::function("sqrt", real::sqrt),
        &NativeFunction::function("cbrt", real::cbrt),
        &NativeFunction::function("exp", real::exp),
        &NativeFunction::function("exp2", real::exp2),
        &NativeFunction::function("expm1", real::expm1),
        &NativeFunction::function("log", real::log),
        &NativeFunction::function("log2", real::log2),
        &NativeFunction::function("log10", real::log10),
        &NativeFunction::function("log1p", real::log1p),
        &NativeFunction::function("pow", real::pow),
        &NativeFunction::function("fabs", real::fabs),
        &NativeFunction::function("fmod", real::fmod),
        &NativeFunction::function("remainder", real::remainder),
        &NativeFunction::function("copysign", real::copysign),
        &NativeFunction::function("degrees", real::degrees),
        &NativeFunction::function("radians", real::radians),
        &NativeFunction::function("sin", real::sin),
        &NativeFunction::function("cos", real::cos),
        &NativeFunction::function("tan", real::tan),
        &NativeFunction::function("asin", real::asin),
        &NativeFunction::function("acos", real::acos),
        &NativeFunction::function("atan", real::atan),
        &NativeFunction::function("atan2", real::atan2),
        &NativeFunction::function("sinh", real::sinh),
        &NativeFunction::function("cosh", real::cosh),
        &NativeFunction::function("tanh", real::tanh),
        &NativeFunction::function("asinh", real::asinh),
        &NativeFunction::function("acosh", real::acosh),
        &NativeFunction::function("atanh", real::atanh),
        &NativeFunction::function("erf", real::erf),
        &NativeFunction::function("erfc", real::erfc),
        &NativeFunction::function("gamma", real::gamma),
        &NativeFunction::function("lgamma", real::lgamma),
        &NativeFunction::function("isfinite", real::isfinite),
        &NativeFunction::function("isinf", real::isinf),
        &NativeFunction::function("isnan", real::isnan),
        &NativeFunction::function("isclose", real::isclose),
        &NativeFunction::function("nextafter", real::nextafter),
        &NativeFunction::function("ulp", real::ulp),
        &NativeFunction::function("floor", rounding::floor),
        &NativeFunction::function("ceil", rounding::ceil),
        &NativeFunction::function("trunc", rounding::trunc),
        &NativeFunction::function("modf", rounding::modf),
        &NativeFunction::function("frexp", rounding::frexp),
        &NativeFunction::function("ldexp", rounding::ldexp),
        &NativeFunction::function("gcd", integer::gcd),
        &NativeFunction::function("lcm", integer::lcm),
        &NativeFunction::function("factorial", integer::factorial),
        &NativeFunction::function("comb", integer::comb),
        &NativeFunction::function("perm", integer::perm),
        &NativeFunction::function("isqrt", integer::isqrt),
        &NativeFunction::function("fsum", sums::fsum),
        &NativeFunction::function("prod", sums::prod),
        &NativeFunction::function("hypot", sums::hypot),
        &NativeFunction::function("dist", sums::dist),
    ],
    init: Some(math_constants),
};

pub static CMATH_MODULE: ModuleDef = ModuleDef {
    name: "cmath",
    functions: &[
        &NativeFunction::function("phase", complex::phase),
        &NativeFunction::function("polar", complex::polar),
        &NativeFunction::function("rect", complex::rect),
        &NativeFunction::function("exp", complex::exp),
        &NativeFunction::function("log", complex::log),
        &NativeFunction::function("log10", complex::log10),
        &NativeFunction::function("sqrt", complex::sqrt),
        &NativeFunction::function("sin", complex::sin),
        &NativeFunction::function("cos", complex::cos),
        &NativeFunction::function("tan", complex::tan),
        &NativeFunction::function("asin", complex::asin),
        &NativeFunction::function("acos", complex::acos),
        &NativeFunction::function("atan", complex::atan),
        &NativeFunction::function("sinh", complex::sinh),
        &NativeFunction::function("cosh", complex::cosh),
        &NativeFunction::function("tanh", complex::tanh),
        &NativeFunction::function("asinh", complex::asinh),
        &NativeFunction::function("acosh", complex::acosh),
        &NativeFunction::function("atanh", complex::atanh),
        &NativeFunction::function("isfinite", complex::isfinite),
        &NativeFunction::function("isinf", complex::isinf),
        &NativeFunction::function("isnan", complex::isnan),
        &NativeFunction::function("isclose", complex::isclose),
    ],
    init: Some(cmath_constants),
};

fn set_float(vm: &mut Vm, namespace: Value, name: &'static str, x: f64) -> PyResult<()> {
    let value = float::new(vm, x)?;
    set_attr(vm, namespace, name, value)
}

fn real_constants(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    set_float(vm, namespace, "pi", core::f64::consts::PI)?;
    set_float(vm, namespace, "e", core::f64::consts::E)?;
    set_float(vm, namespace, "tau", core::f64::consts::TAU)?;
    set_float(vm, namespace, "inf", f64::INFINITY)?;
    // CPython's nan is positive (copysign(1.0, math.nan) == 1.0).
    set_float(vm, namespace, "nan", f64::NAN)
}

fn math_constants(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    real_constants(vm, namespace)
}

fn cmath_constants(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    real_constants(vm, namespace)?;
    let infj = pycomplex::new(vm, 0.0, f64::INFINITY)?;
    set_attr(vm, namespace, "infj", infj)?;
    let nanj = pycomplex::new(vm, 0.0, f64::NAN)?;
    set_attr(vm, namespace, "nanj", nanj)
}
