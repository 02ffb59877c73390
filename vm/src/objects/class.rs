//! User-defined classes (traced).
//!
//! ```text
//!   word 0  name (str)
//!   word 1  bases (tuple)
//!   word 2  mro (tuple: the class itself first, ending in builtin types)
//!   word 3  namespace dict
//!   word 4  the builtin type instances are built on (object, Exception,
//!           list, ...): decides the instance's heap layout
//!   word 5  qualname (str)
//!   word 6  metaclass (a type)
//!   word 7  slots: None (instances have an attribute dict), or a tuple of
//!           the attribute names instances may have (`__slots__` of every
//!           class along the MRO)
//! ```

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::qstr::QStr;
use crate::value::Value;
use crate::vm::Vm;

pub const NAME: usize = 0;
pub const BASES: usize = 1;
pub const MRO: usize = 2;
pub const DICT: usize = 3;
pub const BUILTIN_BASE: usize = 4;
pub const QUALNAME: usize = 5;
pub const METACLASS: usize = 6;
pub const SLOTS: usize = 7;
const PAYLOAD: usize = 8;

/// Allocate a class; the caller fills in the MRO (which contains the
/// class itself) with `set_field`. All arguments must be rooted.
pub fn allocate(
    vm: &mut Vm,
    name: Value,
    qualname: Value,
    bases: Value,
    dict: Value,
    builtin_base: Value,
    metaclass: Value,
) -> PyResult<Value> {
    if crate::objects::dict::get(vm, dict, Value::from_qstr(crate::qstr::DUNDER_GETATTRIBUTE))?
        .is_some()
    {
        vm.user_getattribute = true;
    }
    let object = vm.alloc(ObjKind::Class, PAYLOAD)?;
    let heap = &mut vm.heap;
    heap.set_value(object, NAME, name);
    heap.set_value(object, QUALNAME, qualname);
    heap.set_value(object, BASES, bases);
    heap.set_value(object, MRO, Value::NONE);
    heap.set_value(object, DICT, dict);
    heap.set_value(object, BUILTIN_BASE, builtin_base);
    heap.set_value(object, METACLASS, metaclass);
    heap.set_value(object, SLOTS, Value::NONE);
    Ok(Value::from_heap_index(object))
}

#[inline]
pub fn field(vm: &Vm, class: Value, field: usize) -> Value {
    vm.heap.value(class.heap_index_unchecked(), field)
}

#[inline]
pub fn set_field(vm: &mut Vm, class: Value, field: usize, value: Value) {
    vm.lookup_cache.invalidate();
    vm.heap
        .set_value(class.heap_index_unchecked(), field, value);
}

#[inline]
pub fn is_class(vm: &Vm, value: Value) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::Class)
}

/// Look `name` up along the MRO of a class: in each user class's dict,
/// then in the builtin types' attribute tables.
pub fn lookup(vm: &mut Vm, class: Value, name: QStr) -> PyResult<Option<Value>> {
    // An instance of `object` itself has a builtin type as its class.
    if let Some(id) = class.as_builtin_type() {
        return Ok(vm.type_attribute(id, name));
    }
    if let Some(found) = vm.lookup_cache.get(class, name, false) {
        return Ok(found);
    }
    let epoch = vm.lookup_cache.epoch();
    let found = lookup_uncached(vm, class, name)?;
    vm.lookup_cache.put(epoch, class, name, false, found);
    Ok(found)
}

fn lookup_uncached(vm: &mut Vm, class: Value, name: QStr) -> PyResult<Option<Value>> {
    let mro = field(vm, class, MRO);
    let key = Value::from_qstr(name);
    let count = crate::objects::tuple::len(vm, mro);
    for i in 0..count {
        let entry = crate::objects::tuple::item(vm, mro, i);
        if let Some(id) = entry.as_builtin_type() {
            if let Some(value) = vm.own_type_attribute(id, name) {
                return Ok(Some(value));
            }
        } else {
            let dict = field(vm, entry, DICT);
            if let Some(value) = crate::objects::dict::get(vm, dict, key)? {
                return Ok(Some(value));
            }
        }
    }
    Ok(None)
}

/// Whether instances of `class` (a user class) may have attribute `name`:
/// always, unless `__slots__` restrict them.
pub fn allows_attribute(vm: &Vm, class: Value, name: QStr) -> bool {
    if !is_class(vm, class) {
        return true;
    }
    let slots = field(vm, class, SLOTS);
    if !slots.is_heap() {
        return true;
    }
    crate::objects::tuple::items(vm, slots).contains(&Value::from_qstr(name))
}

/// Like `lookup`, but only in user classes along the MRO (for hooks such
/// as `__new__` whose builtin default the VM applies itself).
pub fn lookup_user(vm: &mut Vm, class: Value, name: QStr) -> PyResult<Option<Value>> {
    if !class.is_heap() {
        return Ok(None);
    }
    if let Some(found) = vm.lookup_cache.get(class, name, true) {
        return Ok(found);
    }
    let epoch = vm.lookup_cache.epoch();
    let found = lookup_user_uncached(vm, class, name)?;
    vm.lookup_cache.put(epoch, class, name, true, found);
    Ok(found)
}

fn lookup_user_uncached(vm: &mut Vm, class: Value, name: QStr) -> PyResult<Option<Value>> {
    let mro = field(vm, class, MRO);
    let key = Value::from_qstr(name);
    let count = crate::objects::tuple::len(vm, mro);
    for i in 0..count {
        let entry = crate::objects::tuple::item(vm, mro, i);
        if is_class(vm, entry) {
            let dict = field(vm, entry, DICT);
            if let Some(value) = crate::objects::dict::get(vm, dict, key)? {
                return Ok(Some(value));
            }
        }
    }
    Ok(None)
}
