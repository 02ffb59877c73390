//! Raising: turning the operand of `raise` into an exception instance,
//! attaching causes, and matching `except` clauses.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{exception, tuple};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

/// The exception `raise value` raises: an instance as is, a class
/// instantiated without arguments.
pub fn make_exception(vm: &mut Vm, value: Value) -> PyResult {
    if exception::is_exception(vm, value) {
        return Ok(value);
    }
    if ops::types::is_exception_class(vm, value) {
        let made = vm.call(value, &[])?;
        if exception::is_exception(vm, made) {
            return Ok(made);
        }
    }
    Err(vm.raise_type_error("exceptions must derive from BaseException"))
}

/// `raise value from cause`.
pub fn make_exception_from(vm: &mut Vm, value: Value, cause: Value) -> PyResult {
    let exception_value = make_exception(vm, value)?;
    vm.push_root(exception_value);
    let cause_value = if cause.is_none() {
        Ok(Value::NONE)
    } else {
        make_exception(vm, cause).map_err(|raised| {
            if vm.exception_matches(crate::types::TYPE_ERROR) {
                vm.take_exception();
                vm.raise_type_error("exception causes must derive from BaseException")
            } else {
                raised
            }
        })
    };
    vm.pop_roots(1);
    let cause_value = cause_value?;
    exception::set_field(vm, exception_value, exception::CAUSE, cause_value);
    exception::set_field(
        vm,
        exception_value,
        exception::SUPPRESS_CONTEXT,
        Value::TRUE,
    );
    Ok(exception_value)
}

/// Whether `exception_value` matches an `except` clause's class (or tuple
/// of classes).
pub fn exception_matches(vm: &mut Vm, exception_value: Value, class: Value) -> PyResult<bool> {
    if vm.heap.kind_of(class) == Some(ObjKind::Tuple) {
        for i in 0..tuple::len(vm, class) {
            let item = tuple::item(vm, class, i);
            if exception_matches(vm, exception_value, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !ops::types::is_exception_class(vm, class) {
        return Err(vm.raise_type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(ops::types::is_instance(vm, exception_value, class))
}
