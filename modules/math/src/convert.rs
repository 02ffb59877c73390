//! Arguments and results shared by the math functions: argument counts
//! with CPython's messages, real and complex arguments (`__float__`,
//! `__index__`, `__complex__`), the domain/range error rule, and float to
//! int conversion.

use alloc::format;
use pyrite_vm::native::Args;
use pyrite_vm::objects::{complex, float, int};
use pyrite_vm::ops;
use pyrite_vm::types;
use pyrite_vm::{PyResult, Raised, Value, Vm};

/// Exactly `n` positional arguments, no keywords. `module` prefixes the
/// one-argument message as CPython does ("math.sqrt() takes exactly one
/// argument (0 given)"); several arguments read "pow expected 2
/// arguments, got 1".
pub fn expect(vm: &mut Vm, args: &Args, module: &str, name: &str, n: usize) -> PyResult<()> {
    if args.keyword_count(vm) > 0 {
        let message = if n == 1 {
            format!("{module}.{name}() takes no keyword arguments")
        } else {
            format!("{name}() takes no keyword arguments")
        };
        return Err(vm.raise_type_error(&message));
    }
    if args.count == n {
        return Ok(());
    }
    let message = if n == 1 {
        format!(
            "{module}.{name}() takes exactly one argument ({} given)",
            args.count
        )
    } else {
        format!("{name} expected {n} arguments, got {}", args.count)
    };
    Err(vm.raise_type_error(&message))
}

/// Between `min` and `max` positional arguments ("math.log requires 1 to
/// 2 arguments").
pub fn expect_range(
    vm: &mut Vm,
    args: &Args,
    qualified: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if args.keyword_count(vm) > 0 {
        let message = format!("{qualified}() takes no keyword arguments");
        return Err(vm.raise_type_error(&message));
    }
    if args.count < min || args.count > max {
        let message = format!("{qualified} requires {min} to {max} arguments");
        return Err(vm.raise_type_error(&message));
    }
    Ok(())
}

/// A real argument as f64: ints (OverflowError when too large), floats,
/// objects with `__float__` or, failing that, `__index__`.
pub fn real(vm: &mut Vm, value: Value) -> PyResult<f64> {
    match ops::convert::number_to_f64(vm, value) {
        Ok(x) => Ok(x),
        Err(raised) => {
            if vm.exception_matches(types::TYPE_ERROR) && ops::convert::is_index(vm, value)? {
                vm.take_exception();
                let n = ops::convert::index_value(vm, value)?;
                return ops::convert::number_to_f64(vm, n);
            }
            Err(raised)
        }
    }
}

/// A complex argument as (real, imag): complex numbers, objects with
/// `__complex__`, then anything `real` accepts.
pub fn complex_parts(vm: &mut Vm, value: Value) -> PyResult<(f64, f64)> {
    match ops::convert::number_to_complex(vm, value) {
        Ok(z) => Ok(z),
        Err(raised) => {
            if vm.exception_matches(types::TYPE_ERROR) && ops::convert::is_index(vm, value)? {
                vm.take_exception();
                return Ok((real(vm, value)?, 0.0));
            }
            Err(raised)
        }
    }
}

pub fn domain_error(vm: &mut Vm) -> Raised {
    vm.raise_value_error("math domain error")
}

pub fn range_error(vm: &mut Vm) -> Raised {
    vm.raise_overflow_error("math range error")
}

/// CPython's rule for a function of one float: a NaN result from a
/// non-NaN argument is a domain error; an infinite result from a finite
/// argument is a range error if the function can overflow, else a domain
/// error (a pole, like log(0)).
pub fn checked(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(r)
}

/// The int nearest `x` toward zero (`x` integral in practice).
pub fn float_to_int(vm: &mut Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return Err(vm.raise_value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.raise_overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e15 {
        return int::from_i64(vm, x as i64);
    }
    match pyrite_vm::int::BigInt::from_f64(x) {
        Some(n) => int::from_bigint(vm, &n),
        None => Err(vm.raise_overflow_error("cannot convert float infinity to integer")),
    }
}

pub fn new_float(vm: &mut Vm, x: f64) -> PyResult {
    float::new(vm, x)
}

pub fn new_complex(vm: &mut Vm, (re, im): (f64, f64)) -> PyResult {
    complex::new(vm, re, im)
}

/// An argument that must be an int (`__index__` honoured), with CPython's
/// "'float' object cannot be interpreted as an integer".
pub fn integer(vm: &mut Vm, value: Value) -> PyResult {
    ops::convert::index_value(vm, value)
}

/// A tuple of two new floats (both rooted while the tuple is allocated).
pub fn float_pair(vm: &mut Vm, a: f64, b: f64) -> PyResult {
    let first = float::new(vm, a)?;
    vm.push_root(first);
    let result = float::new(vm, b).and_then(|second| {
        vm.push_root(second);
        let pair = pyrite_vm::objects::tuple::new(vm, &[first, second]);
        vm.pop_roots(1);
        pair
    });
    vm.pop_roots(1);
    result
}
