//! Conversions Rust code needs from Python values: indices (`__index__`),
//! floats, sizes.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{float, int};
use crate::ops;
use crate::qstr;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

/// An int used as an index or count (`__index__` honoured); OverflowError
/// when it does not fit a machine word.
pub fn index_isize(vm: &mut Vm, value: Value) -> PyResult<isize> {
    if let Some(n) = value.as_small_int() {
        return Ok(n);
    }
    if value.is_bool() {
        return Ok((value == Value::TRUE) as isize);
    }
    if int::is_big(vm, value) {
        return match int::as_i64(vm, value).and_then(|n| isize::try_from(n).ok()) {
            Some(n) => Ok(n),
            None => Err(vm.raise_msg(
                crate::types::INDEX_ERROR,
                "cannot fit 'int' into an index-sized integer",
            )),
        };
    }
    if vm.heap.kind_of(value) == Some(ObjKind::Instance) {
        let class = crate::objects::instance::class(vm, value);
        if let Some(method) = crate::objects::class::lookup_user(vm, class, qstr::DUNDER_INDEX)? {
            let result = vm.call(method, &[value])?;
            if int::is_int(vm, result) {
                return index_isize(vm, result);
            }
        }
        let native = ops::arith::unwrap_native(vm, value);
        if native != value {
            return index_isize(vm, native);
        }
    }
    let message = format!(
        "'{}' object cannot be interpreted as an integer",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

/// `operator.index(value)`: an int of any size (bools become 0 or 1).
pub fn index_value(vm: &mut Vm, value: Value) -> PyResult<Value> {
    if value.is_bool() {
        return Ok(Value::small_int((value == Value::TRUE) as isize));
    }
    if int::is_int(vm, value) {
        return Ok(value);
    }
    if vm.heap.kind_of(value) == Some(ObjKind::Instance) {
        let class = crate::objects::instance::class(vm, value);
        if let Some(method) = crate::objects::class::lookup_user(vm, class, qstr::DUNDER_INDEX)? {
            let result = vm.call(method, &[value])?;
            if int::is_int(vm, result) {
                return index_value(vm, result);
            }
        }
        let native = ops::arith::unwrap_native(vm, value);
        if native != value {
            return index_value(vm, native);
        }
    }
    let message = format!(
        "'{}' object cannot be interpreted as an integer",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

/// Whether `value` can serve as an index (an int or has `__index__`).
pub fn is_index(vm: &mut Vm, value: Value) -> PyResult<bool> {
    if int::is_int(vm, value) {
        return Ok(true);
    }
    if vm.heap.kind_of(value) == Some(ObjKind::Instance) {
        let class = crate::objects::instance::class(vm, value);
        return Ok(crate::objects::class::lookup_user(vm, class, qstr::DUNDER_INDEX)?.is_some());
    }
    Ok(false)
}

/// A real number (int or float) as f64; OverflowError for ints too large.
pub fn number_to_f64(vm: &mut Vm, value: Value) -> PyResult<f64> {
    if let Some(n) = value.as_small_int() {
        return Ok(n as f64);
    }
    if value.is_bool() {
        return Ok((value == Value::TRUE) as u8 as f64);
    }
    if float::is_float(vm, value) {
        return Ok(float::value(vm, value));
    }
    if int::is_big(vm, value) {
        return match int::to_bigint(vm, value).to_f64() {
            Some(x) => Ok(x),
            None => Err(vm.raise_overflow_error("int too large to convert to float")),
        };
    }
    let native = ops::arith::unwrap_native(vm, value);
    if native != value {
        return number_to_f64(vm, native);
    }
    if vm.heap.kind_of(value) == Some(ObjKind::Instance) {
        let class = crate::objects::instance::class(vm, value);
        if let Some(method) = crate::objects::class::lookup_user(vm, class, qstr::DUNDER_FLOAT)? {
            let result = vm.call(method, &[value])?;
            if float::is_float(vm, result) {
                return Ok(float::value(vm, result));
            }
            let native = ops::arith::unwrap_native(vm, result);
            if float::is_float(vm, native) {
                return Ok(float::value(vm, native));
            }
            let message = format!(
                "{}.__float__ returned non-float (type {})",
                ops::types::type_name(vm, value),
                ops::types::type_name(vm, result)
            );
            return Err(vm.raise_type_error(&message));
        }
    }
    let message = format!(
        "must be real number, not {}",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

/// Whether a value is a real number (int, bool or float).
pub fn is_real(vm: &Vm, value: Value) -> bool {
    int::is_int(vm, value) || float::is_float(vm, value)
}

/// A number as (real, imag): complex numbers, objects with `__complex__`
/// (which must return a complex), then any real number (`__float__`
/// included).
pub fn number_to_complex(vm: &mut Vm, value: Value) -> PyResult<(f64, f64)> {
    if vm.heap.kind_of(value) == Some(ObjKind::Complex) {
        return Ok(crate::objects::complex::parts(vm, value));
    }
    if vm.heap.kind_of(value) == Some(ObjKind::Instance) {
        let class = crate::objects::instance::class(vm, value);
        let name = vm.interner.intern_static("__complex__");
        if let Some(method) = crate::objects::class::lookup_user(vm, class, name)? {
            let result = vm.call(method, &[value])?;
            if vm.heap.kind_of(result) == Some(ObjKind::Complex) {
                return Ok(crate::objects::complex::parts(vm, result));
            }
            let message = format!(
                "__complex__ returned non-complex (type {})",
                ops::types::type_name(vm, result)
            );
            return Err(vm.raise_type_error(&message));
        }
        let native = ops::arith::unwrap_native(vm, value);
        if native != value {
            return number_to_complex(vm, native);
        }
    }
    Ok((number_to_f64(vm, value)?, 0.0))
}
