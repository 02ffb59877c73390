//! `property`, `staticmethod` and `classmethod` objects (traced). A
//! property holds getter, setter, deleter and doc; the other two wrap one
//! callable.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

pub const GETTER: usize = 0;
pub const SETTER: usize = 1;
pub const DELETER: usize = 2;
pub const DOC: usize = 3;

pub fn new_property(
    vm: &mut Vm,
    getter: Value,
    setter: Value,
    deleter: Value,
    doc: Value,
) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Property, 4)?;
    vm.heap.set_value(object, GETTER, getter);
    vm.heap.set_value(object, SETTER, setter);
    vm.heap.set_value(object, DELETER, deleter);
    vm.heap.set_value(object, DOC, doc);
    Ok(Value::from_heap_index(object))
}

/// A staticmethod or classmethod wrapper (`kind` says which).
pub fn new_wrapper(vm: &mut Vm, kind: ObjKind, callable: Value) -> PyResult<Value> {
    let object = vm.alloc(kind, 1)?;
    vm.heap.set_value(object, 0, callable);
    Ok(Value::from_heap_index(object))
}

#[inline]
pub fn field(vm: &Vm, object: Value, field: usize) -> Value {
    vm.heap.value(object.heap_index_unchecked(), field)
}
