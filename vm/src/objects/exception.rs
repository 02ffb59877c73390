//! Exception instances (traced), of builtin or user exception classes.
//!
//! ```text
//!   word 0  class (a builtin exception type or a user class)
//!   word 1  args (tuple)
//!   word 2  traceback: a list of (code object, instruction offset) pairs
//!           flattened, innermost frame last; None when not raised yet
//!   word 3  __cause__ (or None)
//!   word 4  __context__ (or None)
//!   word 5  __suppress_context__ (bool)
//!   word 6  attribute dict (None until needed)
//! ```

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

pub const CLASS: usize = 0;
pub const ARGS: usize = 1;
pub const TRACEBACK: usize = 2;
pub const CAUSE: usize = 3;
pub const CONTEXT: usize = 4;
pub const SUPPRESS_CONTEXT: usize = 5;
pub const DICT: usize = 6;
const PAYLOAD: usize = 7;

/// An exception of `class` with the arguments tuple `args` (both rooted).
pub fn new(vm: &mut Vm, class: Value, args: Value) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Exception, PAYLOAD)?;
    let heap = &mut vm.heap;
    heap.set_value(object, CLASS, class);
    heap.set_value(object, ARGS, args);
    heap.set_value(object, TRACEBACK, Value::NONE);
    heap.set_value(object, CAUSE, Value::NONE);
    heap.set_value(object, CONTEXT, Value::NONE);
    heap.set_value(object, SUPPRESS_CONTEXT, Value::FALSE);
    heap.set_value(object, DICT, Value::NONE);
    Ok(Value::from_heap_index(object))
}

#[inline]
pub fn field(vm: &Vm, exception: Value, field: usize) -> Value {
    vm.heap.value(exception.heap_index_unchecked(), field)
}

#[inline]
pub fn set_field(vm: &mut Vm, exception: Value, field: usize, value: Value) {
    vm.heap
        .set_value(exception.heap_index_unchecked(), field, value);
}

#[inline]
pub fn is_exception(vm: &Vm, value: Value) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::Exception)
}

/// Forget where an exception was raised (before raising it again from
/// scratch, as for the preallocated MemoryError).
pub fn reset_traceback(vm: &mut Vm, exception: Value) {
    set_field(vm, exception, TRACEBACK, Value::NONE);
    set_field(vm, exception, CONTEXT, Value::NONE);
    set_field(vm, exception, CAUSE, Value::NONE);
}

/// `__traceback__`: the traceback list, None when there is none (never
/// raised, or cleared).
pub fn traceback(vm: &Vm, exception: Value) -> Value {
    let traceback = field(vm, exception, TRACEBACK);
    if traceback.is_heap()
        && vm.heap.kind_of(traceback) == Some(ObjKind::List)
        && crate::objects::list::len(vm, traceback) == 0
    {
        return Value::NONE;
    }
    traceback
}

/// `exc.__traceback__ = None`: empty the traceback list but keep its
/// storage, so that raising the exception again records where without
/// allocating (a preallocated exception raised while the heap is locked).
pub fn clear_traceback(vm: &mut Vm, exception: Value) {
    let traceback = field(vm, exception, TRACEBACK);
    if vm.heap.kind_of(traceback) == Some(ObjKind::List) {
        crate::objects::list::truncate(vm, traceback, 0);
    } else {
        set_field(vm, exception, TRACEBACK, Value::NONE);
    }
}

/// The attribute dict, created on first use.
pub fn dict(vm: &mut Vm, exception: Value) -> PyResult<Value> {
    let dict = field(vm, exception, DICT);
    if dict.is_heap() {
        return Ok(dict);
    }
    vm.push_root(exception);
    let dict = crate::objects::dict::new(vm);
    vm.pop_roots(1);
    let dict = dict?;
    set_field(vm, exception, DICT, dict);
    Ok(dict)
}
