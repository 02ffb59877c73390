//! A cache of attribute accesses on instances of user classes: `obj.x`,
//! `obj.x = v` and `obj.m(...)`.
//!
//! The general path (`ops/attr.rs`) looks the name up along the class's
//! MRO (through `lookup_cache`), checks what it found for properties and
//! descriptors, then hashes the name and probes the instance dict. Its
//! outcome depends on two things: the class (its MRO, namespaces and
//! `__setattr__`), and the instance's own dict. An entry records, for a
//! (class, name, operation), the part decided by the class, and where in
//! the instance dict the answer was:
//! - `Load`/`Store`: the class leaves the name to the instance dict (no
//!   class attribute of that name, or one that is not a property or a
//!   user descriptor; for a store also no `__setattr__` and no
//!   `__slots__` refusal), and the name was entry `position` of the
//!   instance's dict. Instances of one class usually get their attributes
//!   in the same order, so the position fits all of them; a hit checks
//!   that the key word at that position is the name.
//! - `Method`: the class attribute is a Python function; a hit checks the
//!   instance dict does not shadow it. `ClassValue`: likewise for `obj.x`
//!   finding a plain class attribute (a number, a string: no binding).
//!
//! Validity. The class part is valid while `lookup_cache`'s epoch is
//! unchanged: it advances on every write to a class dict or MRO and on
//! every collection (so an entry's class and function are alive, and a
//! class index is not reused), and entries are made only while that cache
//! is enabled (no class dict has escaped to the program). The instance
//! part is checked at every hit against the instance's current dict.
//!
//! Two-way set-associative: a multiplicative hash of the class's word, the
//! name and the operation picks a set of two entries; a new entry goes in
//! front and pushes the front one back. (Direct-mapped with a weaker mix,
//! the few dozen hot (class, name) pairs of benches/particles.py missed on
//! one load in nine, evicting one another.)

use crate::heap::ObjKind;
use crate::objects::{dict, instance};
use crate::value::{QStr, Value};
use crate::vm::Vm;

#[cfg(target_pointer_width = "64")]
const ENTRIES: usize = 256;
#[cfg(not(target_pointer_width = "64"))]
const ENTRIES: usize = 32;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum AttrOp {
    Load = 1,
    Store = 2,
    Method = 3,
    /// `obj.x` for a plain class attribute (not a function, descriptor or
    /// property: it is returned as it is).
    ClassValue = 4,
}

#[derive(Clone, Copy)]
struct Entry {
    /// The class's raw word (0: empty).
    class: usize,
    name: u32,
    op: u8,
    epoch: u64,
    /// Load/Store: the entry position in the instance dict.
    position: usize,
    /// Method: the function; ClassValue: the class attribute.
    function: Value,
}

const EMPTY: Entry = Entry {
    class: 0,
    name: 0,
    op: 0,
    epoch: 0,
    position: 0,
    function: Value::NONE,
};

pub struct AttrCache {
    entries: alloc::boxed::Box<[Entry]>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache::new()
    }
}

impl AttrCache {
    pub fn new() -> AttrCache {
        AttrCache {
            entries: alloc::vec![EMPTY; ENTRIES].into_boxed_slice(),
        }
    }

    /// The first of the two entries of the set for (class, name, op).
    #[inline(always)]
    fn set(class: Value, name: QStr, op: AttrOp) -> usize {
        let key = (class.raw() as u64) ^ ((name.0 as u64) << 32) ^ ((op as u64) << 28);
        let hashed = key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32;
        (hashed as usize & (ENTRIES / 2 - 1)) * 2
    }

    /// Put `entry` in front of its set, the front entry moving back
    /// (unless it is the one being replaced).
    fn insert(&mut self, entry: Entry, op: AttrOp) {
        let set = AttrCache::set(Value::from_raw(entry.class), QStr(entry.name), op);
        let front = self.entries[set];
        let same_key =
            front.class == entry.class && front.name == entry.name && front.op == entry.op;
        if !same_key {
            self.entries[set + 1] = front;
        }
        self.entries[set] = entry;
    }
}

/// Whether a class attribute found by `class::lookup` leaves `obj.name`
/// to the instance dict: not a property, not a user object (which may be
/// a descriptor).
#[inline]
pub(crate) fn yields_to_instance_dict(vm: &Vm, class_attribute: Option<Value>) -> bool {
    match class_attribute {
        None => true,
        Some(attribute) => !matches!(
            vm.heap.kind_of(attribute),
            Some(ObjKind::Property | ObjKind::Instance)
        ),
    }
}

/// Whether `obj.name` returns the class attribute as it is (no binding,
/// no descriptor call): what `AttrOp::ClassValue` may cache.
pub(crate) fn is_plain_class_value(vm: &Vm, attribute: Value) -> bool {
    if attribute.as_native_function().is_some() {
        return false;
    }
    !matches!(
        vm.heap.kind_of(attribute),
        Some(
            ObjKind::Function
                | ObjKind::ClassMethod
                | ObjKind::StaticMethod
                | ObjKind::Property
                | ObjKind::Instance
        )
    )
}

impl Vm {
    #[inline(always)]
    fn attr_entry(&self, class: Value, name: QStr, op: AttrOp) -> Option<&Entry> {
        let set = AttrCache::set(class, name, op);
        let epoch = self.lookup_cache.epoch();
        self.attr_cache.entries[set..set + 2].iter().find(|entry| {
            entry.class == class.raw()
                && entry.name == name.0
                && entry.op == op as u8
                && entry.epoch == epoch
        })
    }

    /// For `Load`/`Store`: the heap word holding `object.name` in the
    /// instance dict, if a current entry for `object`'s class says the
    /// class leaves the name to the dict and the dict has it there.
    #[inline(always)]
    pub(crate) fn cached_instance_slot(
        &self,
        object: Value,
        class: Value,
        name: QStr,
        op: AttrOp,
    ) -> Option<usize> {
        let entry = self.attr_entry(class, name, op)?;
        let attributes = instance::existing_dict(self, object)?;
        dict::value_word_if_key_at(self, attributes, entry.position, Value::from_qstr(name))
    }

    /// Remember that `class` leaves `name` (for `op`) to the instance
    /// dict, where it was entry `position` of `attributes`. `epoch` is the
    /// lookup cache's epoch before the class was consulted (if consulting
    /// it ran code that changed a class, the entry is not made).
    pub(crate) fn remember_instance_slot(
        &mut self,
        epoch: u64,
        class: Value,
        name: QStr,
        op: AttrOp,
        attributes: Value,
    ) {
        if !self.lookup_cache.enabled() || epoch != self.lookup_cache.epoch() {
            return;
        }
        let Some(Some(position)) = dict::interned_entry(self, attributes, Value::from_qstr(name))
        else {
            return;
        };
        let entry = Entry {
            class: class.raw(),
            name: name.0,
            op: op as u8,
            epoch,
            position,
            function: Value::NONE,
        };
        self.attr_cache.insert(entry, op);
    }

    /// For `Method`/`ClassValue`: the class attribute `object.name` finds,
    /// if a current entry for `object`'s class names one and the instance
    /// dict does not shadow it.
    #[inline(always)]
    pub(crate) fn cached_class_attribute(
        &self,
        object: Value,
        class: Value,
        name: QStr,
        op: AttrOp,
    ) -> Option<Value> {
        let entry = self.attr_entry(class, name, op)?;
        if let Some(attributes) = instance::existing_dict(self, object) {
            // Absent for sure, or the general path decides.
            if dict::interned_entry(self, attributes, Value::from_qstr(name)) != Some(None) {
                return None;
            }
        }
        Some(entry.function)
    }

    /// Remember that on `class`, `name` is `attribute` (a Python function
    /// for `Method`, a plain value for `ClassValue`).
    pub(crate) fn remember_class_attribute(
        &mut self,
        epoch: u64,
        class: Value,
        name: QStr,
        op: AttrOp,
        attribute: Value,
    ) {
        if !self.lookup_cache.enabled() || epoch != self.lookup_cache.epoch() {
            return;
        }
        let entry = Entry {
            class: class.raw(),
            name: name.0,
            op: op as u8,
            epoch,
            position: 0,
            function: attribute,
        };
        self.attr_cache.insert(entry, op);
    }
}
