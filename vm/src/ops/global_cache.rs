//! A cache of global and builtin name lookups (`LoadGlobal`,
//! `LoadBuiltin`, and `LoadName`'s fall-back to globals).
//!
//! Without it every global read hashes the name and probes the module
//! dict, and a builtin (`len`, `range`) probes the module dict, misses,
//! then probes the builtins overlay. An entry remembers, for one (globals
//! dict, name), where the answer is:
//! - in the globals dict: the heap word holding the value, read live, so
//!   rebinding an existing global (`x = x + 1` at module level) keeps the
//!   entry valid;
//! - in the builtins overlay (`builtins.x = ...`): likewise its word;
//! - in the fixed builtin table: the value itself (that table is written
//!   only at start-up).
//!
//! Validity is exact: each dict has a layout version (`objects/dict.rs`,
//! word 4) that changes to a never-used number whenever a key is added or
//! removed or the entries move. While the globals dict's version (and,
//! for an answer from the builtins, the overlay's) equals the one seen
//! when the entry was made, the name is where it was, or still absent.
//! Every write path (`StoreGlobal`, `del`, `globals()[k] = v`, `exec` into
//! the dict, `module.x = v` from another module, `dict.update`, ...) goes
//! through `objects/dict.rs`, so none can bypass the version.
//!
//! Entries name objects by heap index and are not roots, so a collection
//! empties the table (`invalidate`): until then every object an entry
//! names is alive, and the version of the dict at that index is the
//! version of the same dict.
//!
//! Versions are small ints. When the counter reaches the small-int limit
//! (after about 10^9 dict layout changes on a 32-bit target) every table
//! on the heap is given version 1, the cache is emptied, and counting
//! restarts at 2: no entry can then see an old number again.
//!
//! Direct-mapped, indexed by a mix of the globals dict's word and the
//! name; a collision replaces the older entry.

use crate::error::PyResult;
use crate::heap::{Heap, ObjKind};
use crate::objects::dict;
use crate::value::{QStr, Value};
use crate::vm::Vm;

#[cfg(target_pointer_width = "64")]
const ENTRIES: usize = 256;
#[cfg(not(target_pointer_width = "64"))]
const ENTRIES: usize = 32;

/// The `globals` of a `LoadBuiltin` entry: no globals dict is consulted,
/// as for a `LoadGlobal` with no globals (None). Not a heap reference.
const NO_GLOBALS: usize = Value::NONE.raw();

/// Layout versions stay below the largest small int.
const VERSION_LIMIT: usize = (isize::MAX >> 2) as usize;

#[derive(Clone, Copy)]
struct Entry {
    /// The globals dict's raw word, NO_GLOBALS, or 0 for an empty entry.
    globals: usize,
    name: u32,
    /// Whether the answer came from the builtins, so the overlay's version
    /// must also be unchanged.
    from_builtins: bool,
    /// Raw layout version words seen when the entry was made.
    globals_version: usize,
    overlay_version: usize,
    /// The heap word index holding the value, or 0: then `value` is it.
    value_word: usize,
    value: Value,
}

const EMPTY: Entry = Entry {
    globals: 0,
    name: 0,
    from_builtins: false,
    globals_version: 0,
    overlay_version: 0,
    value_word: 0,
    value: Value::NONE,
};

pub struct GlobalCache {
    entries: alloc::boxed::Box<[Entry]>,
    /// The next layout version to hand out.
    next_version: usize,
}

impl Default for GlobalCache {
    fn default() -> Self {
        GlobalCache::new()
    }
}

impl GlobalCache {
    pub fn new() -> GlobalCache {
        GlobalCache {
            entries: alloc::vec![EMPTY; ENTRIES].into_boxed_slice(),
            next_version: 1,
        }
    }

    #[inline(always)]
    fn slot(globals: usize, name: QStr) -> usize {
        let mixed = (globals >> 4) ^ (name.0 as usize).wrapping_mul(0x9e37);
        mixed & (ENTRIES - 1)
    }

    /// A layout version no table has had since the last renumbering.
    #[inline]
    pub(crate) fn fresh_version(&mut self, heap: &mut Heap) -> usize {
        if self.next_version >= VERSION_LIMIT {
            self.restart_versions(heap);
        }
        let version = self.next_version;
        self.next_version += 1;
        version
    }

    #[cold]
    fn restart_versions(&mut self, heap: &mut Heap) {
        dict::renumber_layouts(heap, 1);
        self.invalidate();
        self.next_version = 2;
    }

    /// For tests: make the counter run out after `left` more versions.
    #[cfg(test)]
    pub(crate) fn exhaust_versions_after(&mut self, left: usize) {
        self.next_version = VERSION_LIMIT - left;
    }

    /// For tests: whether the counter ran out and started again.
    #[cfg(test)]
    pub(crate) fn restarted_versions(&self) -> bool {
        self.next_version < VERSION_LIMIT / 2
    }

    /// Forget every entry (a collection may free what they name).
    pub fn invalidate(&mut self) {
        self.entries.fill(EMPTY);
    }
}

/// The raw version word of the builtins overlay (0 while there is none).
#[inline(always)]
fn overlay_version(vm: &Vm) -> usize {
    if vm.builtins_overlay.is_heap() {
        dict::layout_version(&vm.heap, vm.builtins_overlay.heap_index_unchecked())
    } else {
        0
    }
}

impl Vm {
    /// `globals[name]`, else the builtin `name`, else NameError; through
    /// the cache.
    #[inline(always)]
    pub(crate) fn load_global_cached(&mut self, globals: Value, name: QStr) -> PyResult {
        let key = globals.raw();
        let entry = &self.global_cache.entries[GlobalCache::slot(key, name)];
        if entry.globals == key && entry.name == name.0 {
            // An entry for a globals dict (not NO_GLOBALS) names a live
            // dict: the table is emptied at every collection.
            if !entry.from_builtins {
                if dict::layout_version(&self.heap, globals.heap_index_unchecked())
                    == entry.globals_version
                {
                    return Ok(Value::from_raw(self.heap.words()[entry.value_word]));
                }
            } else if (key == NO_GLOBALS
                || dict::layout_version(&self.heap, globals.heap_index_unchecked())
                    == entry.globals_version)
                && overlay_version(self) == entry.overlay_version
            {
                return Ok(self.cached_builtin(entry));
            }
        }
        self.load_global_uncached(globals, name)
    }

    /// The builtin `name` (ignoring globals), else NameError; through the
    /// cache.
    #[inline(always)]
    pub(crate) fn load_builtin_cached(&mut self, name: QStr) -> PyResult {
        let entry = &self.global_cache.entries[GlobalCache::slot(NO_GLOBALS, name)];
        if entry.globals == NO_GLOBALS
            && entry.name == name.0
            && overlay_version(self) == entry.overlay_version
        {
            return Ok(self.cached_builtin(entry));
        }
        self.load_builtin_uncached(name)
    }

    #[inline(always)]
    fn cached_builtin(&self, entry: &Entry) -> Value {
        if entry.value_word != 0 {
            Value::from_raw(self.heap.words()[entry.value_word])
        } else {
            entry.value
        }
    }

    #[inline(never)]
    fn load_global_uncached(&mut self, globals: Value, name: QStr) -> PyResult {
        if self.heap.kind_of(globals) != Some(ObjKind::Dict) {
            return self.load_global(globals, name);
        }
        let object = globals.heap_index_unchecked();
        match dict::interned_value_word(self, globals, Value::from_qstr(name)) {
            Some(Some(word)) => {
                let globals_version = dict::layout_version(&self.heap, object);
                self.global_cache.entries[GlobalCache::slot(globals.raw(), name)] = Entry {
                    globals: globals.raw(),
                    name: name.0,
                    from_builtins: false,
                    globals_version,
                    overlay_version: 0,
                    value_word: word,
                    value: Value::NONE,
                };
                Ok(Value::from_raw(self.heap.words()[word]))
            }
            Some(None) => {
                let globals_version = dict::layout_version(&self.heap, object);
                let (mut entry, cacheable) = match self.find_builtin(name)? {
                    Some(found) => found,
                    None => return Err(self.raise_name_error(name)),
                };
                let value = self.cached_builtin(&entry);
                if cacheable {
                    entry.globals = globals.raw();
                    entry.globals_version = globals_version;
                    self.global_cache.entries[GlobalCache::slot(globals.raw(), name)] = entry;
                }
                Ok(value)
            }
            // A user object among the keys: the general lookup decides.
            None => self.load_global(globals, name),
        }
    }

    #[inline(never)]
    fn load_builtin_uncached(&mut self, name: QStr) -> PyResult {
        match self.find_builtin(name)? {
            Some((entry, cacheable)) => {
                let value = self.cached_builtin(&entry);
                if cacheable {
                    self.global_cache.entries[GlobalCache::slot(NO_GLOBALS, name)] = entry;
                }
                Ok(value)
            }
            None => Err(self.raise_name_error(name)),
        }
    }

    /// Look `name` up in the builtins (the overlay first) and describe
    /// where it was found as an entry for NO_GLOBALS, with whether it may
    /// be cached; None if it is not a builtin. If the overlay holds a user
    /// object among its keys the general lookup answers, uncacheable.
    fn find_builtin(&mut self, name: QStr) -> PyResult<Option<(Entry, bool)>> {
        let overlay = self.builtins_overlay;
        let mut entry = Entry {
            globals: NO_GLOBALS,
            name: name.0,
            from_builtins: true,
            globals_version: 0,
            overlay_version: overlay_version(self),
            value_word: 0,
            value: Value::NONE,
        };
        if overlay.is_heap() {
            match dict::interned_value_word(self, overlay, Value::from_qstr(name)) {
                Some(Some(word)) => {
                    entry.value_word = word;
                    return Ok(Some((entry, true)));
                }
                Some(None) => {}
                None => {
                    return Ok(self
                        .builtin(name)?
                        .map(|value| (Entry { value, ..EMPTY }, false)));
                }
            }
        }
        Ok(self
            .builtin_names
            .get(name.0 as usize)
            .copied()
            .filter(|v| !v.is_unbound())
            .map(|value| (Entry { value, ..entry }, true)))
    }
}
