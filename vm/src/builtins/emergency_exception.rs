//! The emergency exception: one exception instance made at start-up, used
//! when an exception is needed and there is no memory to make it. Its
//! storage for an argument (a one-item tuple) and a traceback (a list with
//! room for a few frames) is made by the first `micropython.heap_lock()`
//! or by `micropython.alloc_emergency_exception_buf(size)`, so a program
//! that never locks the heap does not pay for it.
//!
//! `raise ValueError(x)` while the heap is locked (an interrupt handler)
//! constructs the exception first: instead of that construction failing
//! with MemoryError, the emergency instance is given the type and the
//! argument, so the handler sees the exception it raised, and its
//! traceback is recorded into the preallocated list (cut short past
//! `EMERGENCY_TRACEBACK_ENTRIES`). MicroPython does the same with its
//! emergency exception buffer (`micropython.alloc_emergency_exception_buf`).
//!
//! There is one such instance: it is reused by the next emergency, so a
//! program keeping it sees it change (as in MicroPython). While it is being
//! handled, a second emergency degrades to the MemoryError.

use crate::objects::{exception, list, tuple};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;

/// Room in the emergency traceback by default: (code, offset) for 8 frames.
pub const EMERGENCY_TRACEBACK_ENTRIES: usize = 16;

/// Make the emergency exception's storage, with room for `entries`
/// traceback entries, unless it has that much already.
pub fn reserve(vm: &mut Vm, entries: usize) -> crate::error::PyResult<()> {
    if !vm.emergency_args.is_heap() {
        vm.emergency_args = tuple::new(vm, &[Value::NONE])?;
    }
    let traceback = vm.emergency_traceback;
    if traceback.is_heap() && list::capacity(vm, traceback) >= entries {
        return Ok(());
    }
    let made = list::with_capacity(vm, entries)?;
    // The emergency exception may hold the old list: it keeps it.
    vm.emergency_traceback = made;
    Ok(())
}

/// Make the emergency exception an instance of builtin type `type_id` with
/// arguments `args` (at most one), if it is free. None when it is in use
/// or the arguments do not fit; it then stays as it was.
pub fn take(vm: &mut Vm, type_id: TypeId, args: &[Value]) -> Option<Value> {
    use exception::{ARGS, CAUSE, CLASS, CONTEXT, DICT, SUPPRESS_CONTEXT, TRACEBACK};
    let error = vm.emergency_exception;
    if !error.is_heap() || !vm.empty_tuple.is_heap() || error == vm.handled_exception {
        return None;
    }
    let arguments = match args {
        [] => vm.empty_tuple,
        [only] if vm.emergency_args.is_heap() => {
            tuple::set_item(vm, vm.emergency_args, 0, *only);
            vm.emergency_args
        }
        _ => return None,
    };
    exception::set_field(vm, error, CLASS, Value::from_builtin_type(type_id));
    exception::set_field(vm, error, ARGS, arguments);
    exception::set_field(vm, error, DICT, Value::NONE);
    exception::set_field(vm, error, SUPPRESS_CONTEXT, Value::FALSE);
    // No context: the exception being handled may itself refer to the
    // emergency exception from an earlier use, which would make a cycle.
    exception::set_field(vm, error, CAUSE, Value::NONE);
    exception::set_field(vm, error, CONTEXT, Value::NONE);
    let traceback = vm.emergency_traceback;
    if traceback.is_heap() {
        list::truncate(vm, traceback, 0);
    }
    exception::set_field(
        vm,
        error,
        TRACEBACK,
        if traceback.is_heap() {
            traceback
        } else {
            Value::NONE
        },
    );
    Some(error)
}
