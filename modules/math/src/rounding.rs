//! Functions from floats to their parts: `floor`, `ceil`, `trunc` (ints,
//! through `__floor__`/`__ceil__`/`__trunc__` for other types), `modf`,
//! `frexp` and `ldexp`.

use crate::convert::{self, expect, float_pair, float_to_int, new_float, range_error};
use alloc::format;
use pyrite_vm::heap::ObjKind;
use pyrite_vm::native::Args;
use pyrite_vm::objects::{class, float, instance, int, tuple};
use pyrite_vm::ops;
use pyrite_vm::{PyResult, Value, Vm};

/// The special method `name` of a user object's class, if it has one.
fn special_method(vm: &mut Vm, value: Value, name: &'static str) -> PyResult<Option<Value>> {
    if vm.heap.kind_of(value) != Some(ObjKind::Instance) {
        return Ok(None);
    }
    let class_value = instance::class(vm, value);
    let qstr = vm.interner.intern_static(name);
    class::lookup_user(vm, class_value, qstr)
}

/// An int argument as a plain int (a bool becomes 0 or 1).
fn int_itself(vm: &mut Vm, value: Value) -> PyResult {
    ops::convert::index_value(vm, value)
}

/// `floor`/`ceil`: ints are returned as they are, floats rounded to an
/// int, user objects asked through `method`, anything else converted to
/// float first.
fn round_with(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    method: &'static str,
    f: fn(f64) -> f64,
) -> PyResult {
    expect(vm, args, "math", name, 1)?;
    let value = args.get(vm, 0);
    if int::is_int(vm, value) {
        return int_itself(vm, value);
    }
    if float::is_float(vm, value) {
        return float_to_int(vm, f(float::value(vm, value)));
    }
    if let Some(found) = special_method(vm, value, method)? {
        return vm.call(found, &[value]);
    }
    let x = convert::real(vm, value)?;
    float_to_int(vm, f(x))
}

pub fn floor(vm: &mut Vm, args: &Args) -> PyResult {
    round_with(vm, args, "floor", "__floor__", libm::floor)
}

pub fn ceil(vm: &mut Vm, args: &Args) -> PyResult {
    round_with(vm, args, "ceil", "__ceil__", libm::ceil)
}

pub fn trunc(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "trunc", 1)?;
    let value = args.get(vm, 0);
    if int::is_int(vm, value) {
        return int_itself(vm, value);
    }
    if float::is_float(vm, value) {
        return float_to_int(vm, libm::trunc(float::value(vm, value)));
    }
    if let Some(found) = special_method(vm, value, "__trunc__")? {
        return vm.call(found, &[value]);
    }
    let native = ops::arith::unwrap_native(vm, value);
    if native != value && (int::is_int(vm, native) || float::is_float(vm, native)) {
        let x = convert::real(vm, native)?;
        return float_to_int(vm, libm::trunc(x));
    }
    let message = format!(
        "type {} doesn't define __trunc__ method",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

pub fn modf(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "modf", 1)?;
    let x = convert::real(vm, args.get(vm, 0))?;
    if x.is_infinite() {
        return float_pair(vm, libm::copysign(0.0, x), x);
    }
    let (fraction, integral) = libm::modf(x);
    float_pair(vm, fraction, integral)
}

pub fn frexp(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "frexp", 1)?;
    let x = convert::real(vm, args.get(vm, 0))?;
    let (mantissa, exponent) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    let m = new_float(vm, mantissa)?;
    vm.push_root(m);
    let result = tuple::new(vm, &[m, Value::small_int(exponent as isize)]);
    vm.pop_roots(1);
    result
}

pub fn ldexp(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "ldexp", 2)?;
    let x = convert::real(vm, args.get(vm, 0))?;
    let exponent = args.get(vm, 1);
    if !int::is_int(vm, exponent) {
        return Err(vm.raise_type_error("Expected an int as second argument to ldexp."));
    }
    if x == 0.0 || !x.is_finite() {
        return new_float(vm, x);
    }
    // Beyond +-100000 every finite x overflows or underflows to zero.
    let e = match int::as_i64(vm, exponent) {
        Some(e) => e.clamp(-100_000, 100_000),
        None if int::sign(vm, exponent) < 0 => -100_000,
        None => 100_000,
    };
    let r = libm::ldexp(x, e as i32);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    new_float(vm, r)
}
