//! Attribute accesses on instances of user classes answered inside the
//! dispatch loop by the attribute cache (`ops/attr_cache.rs`): `obj.x`,
//! `obj.x = v` and `obj.m` for `obj.m(...)`, when a current entry for the
//! instance's class says where the answer is.
//!
//! Each path only reads the cache and the instance dict and never
//! allocates. Anything else (another kind of object, a class with a
//! `__getattribute__` somewhere in the program, a cache miss) returns None
//! and the loop takes `ops::attr`, which fills the cache. This saves the
//! calls through `get_attr`/`lookup_attr`/`generic_instance_attr` (their
//! prologues and `PyResult<Option<Value>>` returns were a fifth of an
//! attribute load's instructions).

use crate::heap::ObjKind;
use crate::objects::instance;
use crate::ops::attr_cache::AttrOp;
use crate::value::{QStr, Value};
use crate::vm::Vm;

/// The class of `object` if it is an instance whose attribute loads the
/// cache may answer (no `__getattribute__` anywhere in the program).
#[inline(always)]
fn cacheable_class(vm: &Vm, object: Value) -> Option<Value> {
    (!vm.user_getattribute && vm.heap.kind_of(object) == Some(ObjKind::Instance))
        .then(|| instance::class(vm, object))
}

/// `object.name` from the instance dict.
#[inline(always)]
pub(super) fn load(vm: &Vm, object: Value, name: QStr) -> Option<Value> {
    let class = cacheable_class(vm, object)?;
    let word = vm.cached_instance_slot(object, class, name, AttrOp::Load)?;
    Some(Value::from_raw(vm.heap.words()[word]))
}

/// `object.name = value` into an existing instance dict entry; false when
/// the general path must do it.
#[inline(always)]
pub(super) fn store(vm: &mut Vm, object: Value, name: QStr, value: Value) -> bool {
    // A store never consults `__getattribute__` (a Store entry already
    // says the class has no `__setattr__`).
    if vm.heap.kind_of(object) != Some(ObjKind::Instance) {
        return false;
    }
    let class = instance::class(vm, object);
    match vm.cached_instance_slot(object, class, name, AttrOp::Store) {
        Some(word) => {
            vm.heap.words_mut()[word] = value.raw();
            true
        }
        None => false,
    }
}

/// `object.name` for a call: the class's Python function and the receiver,
/// when the instance dict does not shadow it.
#[inline(always)]
pub(super) fn load_method(vm: &Vm, object: Value, name: QStr) -> Option<(Value, Value)> {
    let class = cacheable_class(vm, object)?;
    let function = vm.cached_class_attribute(object, class, name, AttrOp::Method)?;
    Some((function, object))
}
