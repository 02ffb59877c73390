//! Closure cells: one traced word holding the variable's value (UNBOUND
//! while empty).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

pub fn new(vm: &mut Vm, contents: Value) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Cell, 1)?;
    vm.heap.set_value(object, 0, contents);
    Ok(Value::from_heap_index(object))
}

#[inline]
pub fn get(vm: &Vm, cell: Value) -> Value {
    vm.heap.value(cell.heap_index_unchecked(), 0)
}

#[inline]
pub fn set(vm: &mut Vm, cell: Value, contents: Value) {
    vm.heap.set_value(cell.heap_index_unchecked(), 0, contents);
}
