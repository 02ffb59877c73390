//! Instances of user classes (traced): the class, the attribute dict
//! (None until the first attribute is set, so attribute-less instances stay
//! two blocks), and for subclasses of builtin types (list, dict, int...) the
//! builtin value they wrap (for instances of a plugin's native class, the
//! payload its `__new__` stored: `modules/native_class.rs`).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

pub const CLASS: usize = 0;
pub const DICT: usize = 1;
pub const NATIVE: usize = 2;

pub fn new(vm: &mut Vm, class: Value) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Instance, 3)?;
    vm.heap.set_value(object, CLASS, class);
    vm.heap.set_value(object, DICT, Value::NONE);
    vm.heap.set_value(object, NATIVE, Value::UNBOUND);
    Ok(Value::from_heap_index(object))
}

#[inline]
pub fn class(vm: &Vm, instance: Value) -> Value {
    vm.heap.value(instance.heap_index_unchecked(), CLASS)
}

/// `obj.__class__ = class` (the caller checked the layouts agree).
pub fn set_class(vm: &mut Vm, instance: Value, class: Value) {
    vm.heap
        .set_value(instance.heap_index_unchecked(), CLASS, class);
}

#[inline]
pub fn native(vm: &Vm, instance: Value) -> Value {
    vm.heap.value(instance.heap_index_unchecked(), NATIVE)
}

#[inline]
pub fn set_native(vm: &mut Vm, instance: Value, value: Value) {
    vm.heap
        .set_value(instance.heap_index_unchecked(), NATIVE, value);
}

/// Whether the NATIVE word holds a builtin value this instance wraps (its
/// class derives from a builtin type other than `object`). Otherwise it is
/// UNBOUND or the payload of a plugin's native class
/// (`modules/native_class.rs`), which must never stand in for the instance.
pub fn wraps_builtin(vm: &Vm, instance: Value) -> bool {
    let class_value = class(vm, instance);
    class_value.is_heap()
        && crate::objects::class::field(vm, class_value, crate::objects::class::BUILTIN_BASE)
            != Value::from_builtin_type(crate::types::OBJECT)
}

/// The attribute dict, created on first use.
pub fn dict(vm: &mut Vm, instance: Value) -> PyResult<Value> {
    let object = instance.heap_index_unchecked();
    let dict = vm.heap.value(object, DICT);
    if dict.is_heap() {
        return Ok(dict);
    }
    vm.push_root(instance);
    let dict = crate::objects::dict::new(vm);
    vm.pop_roots(1);
    let dict = dict?;
    vm.heap.set_value(object, DICT, dict);
    Ok(dict)
}

/// The attribute dict if it exists.
#[inline]
pub fn existing_dict(vm: &Vm, instance: Value) -> Option<Value> {
    let dict = vm.heap.value(instance.heap_index_unchecked(), DICT);
    dict.is_heap().then_some(dict)
}
