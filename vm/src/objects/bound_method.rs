//! Bound methods (traced): a function and the object it is bound to.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

pub fn new(vm: &mut Vm, function: Value, receiver: Value) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::BoundMethod, 2)?;
    vm.heap.set_value(object, 0, function);
    vm.heap.set_value(object, 1, receiver);
    Ok(Value::from_heap_index(object))
}

#[inline]
pub fn function(vm: &Vm, method: Value) -> Value {
    vm.heap.value(method.heap_index_unchecked(), 0)
}

#[inline]
pub fn receiver(vm: &Vm, method: Value) -> Value {
    vm.heap.value(method.heap_index_unchecked(), 1)
}
