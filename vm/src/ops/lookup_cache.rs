//! A cache of class-attribute lookups along the MRO.
//!
//! `obj.x`, `obj.method()` and `obj.x = v` on an instance each look the
//! name up along its class's MRO first (for data descriptors, methods,
//! `__setattr__`), and that walk probes one dict per class; most of those
//! probes miss (an instance attribute is in no class). This table remembers
//! the outcome, found or not, of `class::lookup` / `class::lookup_user`
//! by (class, name).
//!
//! Validity. An entry carries the epoch it was made in and counts only
//! while the epoch is current. The epoch advances whenever a cached outcome
//! may have changed:
//! - a class's dict or MRO is written (`setattr`/`delattr` on a class,
//!   `class::set_field`): any class's change may matter to its
//!   subclasses, so all entries go;
//! - a collection: a freed class's heap index may be reused by a new
//!   object, and cached attribute Values are not roots.
//!
//! A class's dict is written only through those paths while it stays
//! private to the class; once a program holds one itself (`C.__dict__`,
//! `vars(C)`), `expose` turns the cache off for the rest of the run.
//!
//! Direct-mapped, indexed by a mix of the class's word and the name's id;
//! a collision simply replaces the older entry.

use crate::value::{QStr, Value};

#[cfg(target_pointer_width = "64")]
const ENTRIES: usize = 512;
#[cfg(not(target_pointer_width = "64"))]
const ENTRIES: usize = 64;

#[derive(Clone, Copy)]
struct Entry {
    /// The class's raw word (0: empty).
    class: usize,
    name: u32,
    user_only: bool,
    epoch: u64,
    /// The attribute found, or None for a cached miss.
    found: Option<Value>,
}

const EMPTY: Entry = Entry {
    class: 0,
    name: 0,
    user_only: false,
    epoch: 0,
    found: None,
};

pub struct LookupCache {
    entries: alloc::boxed::Box<[Entry]>,
    /// Entries of other epochs are stale. Starts at 1 so EMPTY is stale.
    /// 64 bits on every target: it never wraps, so the attribute cache
    /// (`attr_cache.rs`), which keys its entries on it, needs no flush.
    epoch: u64,
    /// A class dict escaped to the program: never cache again.
    disabled: bool,
}

impl Default for LookupCache {
    fn default() -> Self {
        LookupCache::new()
    }
}

impl LookupCache {
    pub fn new() -> LookupCache {
        LookupCache {
            entries: alloc::vec![EMPTY; ENTRIES].into_boxed_slice(),
            epoch: 1,
            disabled: false,
        }
    }

    #[inline(always)]
    fn slot(class: Value, name: QStr) -> usize {
        // Heap indices are multiples of the block size: drop the low
        // bits that never vary, then mix in the name.
        let mixed = (class.raw() >> 4) ^ (name.0 as usize).wrapping_mul(0x9e37);
        mixed & (ENTRIES - 1)
    }

    /// The cached outcome of looking `name` up on `class`: Some(found)
    /// (found itself None for a cached miss), or None if not cached.
    #[inline(always)]
    pub fn get(&self, class: Value, name: QStr, user_only: bool) -> Option<Option<Value>> {
        let entry = &self.entries[Self::slot(class, name)];
        if entry.epoch == self.epoch
            && entry.class == class.raw()
            && entry.name == name.0
            && entry.user_only == user_only
        {
            Some(entry.found)
        } else {
            None
        }
    }

    /// The current epoch, to pass to `put` after the lookup.
    #[inline(always)]
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Whether outcomes may be cached (no class dict has escaped).
    #[inline(always)]
    pub fn enabled(&self) -> bool {
        !self.disabled
    }

    /// Remember the outcome of a lookup that started in `epoch`: dropped
    /// if the lookup itself invalidated the cache (a key's `__eq__` that
    /// writes a class).
    #[inline(always)]
    pub fn put(
        &mut self,
        epoch: u64,
        class: Value,
        name: QStr,
        user_only: bool,
        found: Option<Value>,
    ) {
        if self.disabled || epoch != self.epoch {
            return;
        }
        self.entries[Self::slot(class, name)] = Entry {
            class: class.raw(),
            name: name.0,
            user_only,
            epoch: self.epoch,
            found,
        };
    }

    /// Forget every entry.
    #[inline]
    pub fn invalidate(&mut self) {
        self.epoch += 1;
    }

    /// A class dict is now reachable by the program, which may write it
    /// behind the cache's back: stop caching.
    pub fn expose(&mut self) {
        self.disabled = true;
        self.invalidate();
    }
}
