//! `dict` (and the table behind `set`/`frozenset`): an insertion-ordered
//! hash table in the compact layout CPython uses.
//!
//! ```text
//!   word 0  number of live entries (small int)
//!   word 1  entries used, deleted ones included (small int)
//!   word 2  entries: a ValueArray of key, value pairs in insertion order
//!           (0 until the first insertion); a deleted entry's key is UNBOUND
//!   word 3  index: a RawBytes hash table of entry numbers + 1 (0 = empty
//!           slot), 1, 2 or 4 bytes each depending on the capacity; 0 while
//!           the table holds at most LINEAR_LIMIT entries, which are found
//!           by a linear scan instead (most instance dicts).
//!   word 4  layout version (small int): a number no other table state
//!           had, given whenever a key is added or removed or the entries
//!           move (`new_layout`); overwriting a value keeps it. The global
//!           cache (`ops/global_cache.rs`) trusts a remembered entry
//!           position, or a remembered absence, while it is unchanged.
//! ```
//!
//! Hashes are not stored: ints hash for free and strings cache theirs, and
//! leaving them out saves a word per entry. Sets use the same layout with
//! the value words left 0.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

const LEN: usize = 0;
const USED: usize = 1;
const ENTRIES: usize = 2;
const INDEX: usize = 3;
const VERSION: usize = 4;
/// Five payload words take three blocks, the same as four would: the
/// version word costs no memory.
const PAYLOAD: usize = 5;

/// Tables this small are searched linearly, without an index.
const LINEAR_LIMIT: usize = 8;

fn small(n: usize) -> usize {
    Value::small_int(n as isize).raw()
}

fn read_small(word: usize) -> usize {
    Value::from_raw(word).small_int_unchecked() as usize
}

/// A new empty dict (kind Dict, Set or FrozenSet) with room for
/// `capacity` entries.
pub fn new_table(vm: &mut Vm, kind: ObjKind, capacity: usize) -> PyResult<Value> {
    let object = vm.alloc(kind, PAYLOAD)?;
    vm.heap.set_word(object, LEN, small(0));
    vm.heap.set_word(object, USED, small(0));
    new_layout(vm, object);
    let table = Value::from_heap_index(object);
    if capacity > 0 {
        vm.push_root(table);
        let result = resize(vm, object, capacity);
        vm.pop_roots(1);
        result?;
    }
    Ok(table)
}

pub fn new(vm: &mut Vm) -> PyResult<Value> {
    new_table(vm, ObjKind::Dict, 0)
}

/// Give the table a layout version no table had before: its keys or
/// their positions changed.
#[inline]
fn new_layout(vm: &mut Vm, object: usize) {
    let version = vm.global_cache.fresh_version(&mut vm.heap);
    vm.heap.set_word(object, VERSION, small(version));
}

/// The raw word of the table's layout version (compare words only).
#[inline(always)]
pub fn layout_version(heap: &crate::heap::Heap, object: usize) -> usize {
    heap.word(object, VERSION)
}

/// Give every table on the heap the layout version `version` (when the
/// version numbers run out and start again).
pub(crate) fn renumber_layouts(heap: &mut crate::heap::Heap, version: usize) {
    heap.for_each_object_mut(|heap, object, kind| {
        if matches!(kind, ObjKind::Dict | ObjKind::Set | ObjKind::FrozenSet) {
            heap.set_word(object, VERSION, small(version));
        }
    });
}

/// Where the value of an interned-string key sits: Some(Some(word index
/// of the value)), Some(None) if the key is absent, None when only the
/// general probe can tell (see `probe_interned`). Runs no Python code.
pub(crate) fn interned_value_word(vm: &Vm, table: Value, key: Value) -> Option<Option<usize>> {
    let found = interned_entry(vm, table, key)?;
    let entries = vm.heap.word(table.heap_index_unchecked(), ENTRIES) >> 2;
    Some(found.map(|i| entries + 1 + 2 * i + 1))
}

/// `interned_value_word`, as the entry's position.
pub(crate) fn interned_entry(vm: &Vm, table: Value, key: Value) -> Option<Option<usize>> {
    let id = key.as_qstr()?;
    let hash = vm.interner.hash(id);
    match probe_interned(vm, table, key, hash)? {
        Probe::Found { entry: i } => Some(Some(i)),
        Probe::Absent => Some(None),
    }
}

/// The heap word index of the value of entry `i` if that entry's key is
/// exactly the word `key` (a position remembered by a cache, checked).
#[inline(always)]
pub(crate) fn value_word_if_key_at(vm: &Vm, table: Value, i: usize, key: Value) -> Option<usize> {
    let object = table.heap_index_unchecked();
    if i >= read_small(vm.heap.word(object, USED)) {
        return None;
    }
    // USED > i means the entries array exists and holds entry i.
    let entries = vm.heap.word(object, ENTRIES) >> 2;
    let at = entries + 1 + 2 * i;
    (vm.heap.words()[at] == key.raw()).then_some(at + 1)
}

pub fn len(vm: &Vm, table: Value) -> usize {
    read_small(vm.heap.word(table.heap_index_unchecked(), LEN))
}

/// Entries used (deleted included): iterate `0..used` with `entry`.
pub fn used(vm: &Vm, table: Value) -> usize {
    read_small(vm.heap.word(table.heap_index_unchecked(), USED))
}

/// The entry at position `i` (< used), or None if it was deleted.
pub fn entry(vm: &Vm, table: Value, i: usize) -> Option<(Value, Value)> {
    let object = table.heap_index_unchecked();
    let entries = vm.heap.word(object, ENTRIES);
    if entries == 0 {
        return None;
    }
    let entries = entries >> 2;
    if 2 * i + 1 >= vm.heap.capacity_words(entries) {
        return None;
    }
    let key = vm.heap.value(entries, 2 * i);
    if key.is_unbound() || key.raw() == 0 {
        return None;
    }
    Some((key, vm.heap.value(entries, 2 * i + 1)))
}

fn entries_capacity(vm: &Vm, object: usize) -> usize {
    let entries = vm.heap.word(object, ENTRIES);
    if entries == 0 {
        0
    } else {
        vm.heap.capacity_words(entries >> 2) / 2
    }
}

fn index_width(slots: usize) -> usize {
    if slots <= 255 {
        1
    } else if slots <= 65535 {
        2
    } else {
        4
    }
}

fn index_slots(capacity: usize) -> usize {
    (capacity * 3 / 2 + 1).next_power_of_two()
}

fn read_slot(vm: &Vm, index: usize, width: usize, slot: usize) -> usize {
    let bytes = vm.heap.bytes(index, 0, (slot + 1) * width);
    match width {
        1 => bytes[slot] as usize,
        2 => u16::from_le_bytes([bytes[2 * slot], bytes[2 * slot + 1]]) as usize,
        _ => u32::from_le_bytes([
            bytes[4 * slot],
            bytes[4 * slot + 1],
            bytes[4 * slot + 2],
            bytes[4 * slot + 3],
        ]) as usize,
    }
}

fn write_slot(vm: &mut Vm, index: usize, width: usize, slot: usize, entry_plus_one: usize) {
    let bytes = vm.heap.bytes_mut(index, 0, (slot + 1) * width);
    match width {
        1 => bytes[slot] = entry_plus_one as u8,
        2 => bytes[2 * slot..2 * slot + 2].copy_from_slice(&(entry_plus_one as u16).to_le_bytes()),
        _ => bytes[4 * slot..4 * slot + 4].copy_from_slice(&(entry_plus_one as u32).to_le_bytes()),
    }
}

/// Where a key is, or where it would go.
enum Probe {
    Found { entry: usize },
    Absent,
}

/// Find `key` (whose hash is `hash`) in the table. May run Python code
/// (`__eq__`), so the table and key must be rooted by the caller.
fn probe(vm: &mut Vm, table: Value, key: Value, hash: usize) -> PyResult<Probe> {
    if key.as_qstr().is_some() {
        if let Some(found) = probe_interned(vm, table, key, hash) {
            return Ok(found);
        }
    }
    let object = table.heap_index_unchecked();
    let index = vm.heap.word(object, INDEX);
    if index == 0 {
        let used = read_small(vm.heap.word(object, USED));
        for i in 0..used {
            if let Some((candidate, _)) = entry(vm, table, i) {
                if keys_equal(vm, candidate, key)? {
                    return Ok(Probe::Found { entry: i });
                }
            }
        }
        return Ok(Probe::Absent);
    }
    let index = index >> 2;
    let capacity = entries_capacity(vm, object);
    let slots = index_slots(capacity);
    let width = index_width(capacity + 1);
    let mask = slots - 1;
    let mut slot = hash & mask;
    loop {
        let found = read_slot(vm, index, width, slot);
        if found == 0 {
            return Ok(Probe::Absent);
        }
        if let Some((candidate, _)) = entry(vm, table, found - 1) {
            if keys_equal(vm, candidate, key)? {
                return Ok(Probe::Found { entry: found - 1 });
            }
        }
        slot = (slot + 1) & mask;
    }
}

/// `probe` for an interned-string key (attribute names, globals, most
/// literal keys), which runs no Python code: only the same qstr or a heap
/// str with the same text equals it (interning is unique, so two
/// different qstrs differ), and the scan compares words without the
/// general equality's checks. None when the scan meets a key that is a
/// user object (a str subclass, a class with `__eq__`), which may equal
/// the str: the general probe decides then.
fn probe_interned(vm: &Vm, table: Value, key: Value, hash: usize) -> Option<Probe> {
    let object = table.heap_index_unchecked();
    let entries = vm.heap.word(object, ENTRIES);
    if entries == 0 {
        return Some(Probe::Absent);
    }
    let entries = entries >> 2;
    let mut undecided = false;
    let mut matches = |candidate: Value| {
        if candidate == key {
            return true;
        }
        if !candidate.is_heap() {
            return false;
        }
        match vm.heap.kind(candidate.heap_index_unchecked()) {
            ObjKind::Str | ObjKind::SurrogateStr => crate::objects::str::equal(vm, candidate, key),
            ObjKind::Instance | ObjKind::Class | ObjKind::Exception => {
                undecided = true;
                false
            }
            _ => false,
        }
    };
    let index = vm.heap.word(object, INDEX);
    if index == 0 {
        let used = read_small(vm.heap.word(object, USED));
        let pairs = vm.heap.values(entries, 0, 2 * used);
        let found = pairs.chunks_exact(2).position(|pair| matches(pair[0]));
        return match found {
            Some(i) => Some(Probe::Found { entry: i }),
            None if undecided => None,
            None => Some(Probe::Absent),
        };
    }
    let index = index >> 2;
    let capacity = entries_capacity(vm, object);
    let slots = index_slots(capacity);
    let width = index_width(capacity + 1);
    let mask = slots - 1;
    let mut slot = hash & mask;
    loop {
        let found = read_slot(vm, index, width, slot);
        if found == 0 {
            return if undecided { None } else { Some(Probe::Absent) };
        }
        if matches(vm.heap.value(entries, 2 * (found - 1))) {
            return Some(Probe::Found { entry: found - 1 });
        }
        slot = (slot + 1) & mask;
    }
}

/// Key equality: identity, then the fast cases, then `==`.
fn keys_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    let a_str = crate::objects::str::is_str(&vm.heap, a);
    let b_str = crate::objects::str::is_str(&vm.heap, b);
    if a_str && b_str {
        return Ok(crate::objects::str::equal(vm, a, b));
    }
    if a_str != b_str && (a.is_small_int() || b.is_small_int()) {
        return Ok(false);
    }
    ops::compare::equal(vm, a, b)
}

/// Grow (or compact) the table so it has room for `capacity` entries.
fn resize(vm: &mut Vm, object: usize, capacity: usize) -> PyResult<()> {
    let capacity = capacity.max(4);
    let table = Value::from_heap_index(object);
    let entries = vm.alloc(ObjKind::ValueArray, 2 * capacity)?;
    // The block size may give room for more entries than asked.
    let capacity = vm.heap.capacity_words(entries) / 2;
    let entries_value = Value::from_heap_index(entries);
    vm.push_root(entries_value);
    let index = if capacity > LINEAR_LIMIT {
        let slots = index_slots(capacity);
        let width = index_width(capacity + 1);
        match vm.alloc(
            ObjKind::RawBytes,
            (slots * width).div_ceil(crate::heap::WORD_BYTES),
        ) {
            Ok(index) => index,
            Err(raised) => {
                vm.pop_roots(1);
                return Err(raised);
            }
        }
    } else {
        0
    };
    vm.pop_roots(1);
    // Move the live entries, compacting out deleted ones.
    let used = read_small(vm.heap.word(object, USED));
    let mut live = 0;
    for i in 0..used {
        if let Some((key, value)) = entry(vm, table, i) {
            vm.heap.set_value(entries, 2 * live, key);
            vm.heap.set_word(entries, 2 * live + 1, value.raw());
            live += 1;
        }
    }
    vm.heap.set_word(object, ENTRIES, entries_value.raw());
    vm.heap.set_word(object, USED, small(live));
    new_layout(vm, object);
    vm.heap.set_word(
        object,
        INDEX,
        if index == 0 {
            0
        } else {
            Value::from_heap_index(index).raw()
        },
    );
    if index != 0 {
        let slots = index_slots(capacity);
        let width = index_width(capacity + 1);
        let mask = slots - 1;
        for i in 0..live {
            let key = vm.heap.value(entries, 2 * i);
            // Rehashing a key that is already in a table cannot fail for
            // the builtin key types; a user __hash__ that fails now is
            // reported.
            let hash = ops::hash::hash(vm, key)?;
            let mut slot = hash & mask;
            while read_slot(vm, index, width, slot) != 0 {
                slot = (slot + 1) & mask;
            }
            write_slot(vm, index, width, slot, i + 1);
        }
    }
    Ok(())
}

/// `table[key]`, or None. The caller roots table and key.
pub fn get(vm: &mut Vm, table: Value, key: Value) -> PyResult<Option<Value>> {
    let hash = ops::hash::hash(vm, key)?;
    get_hashed(vm, table, key, hash)
}

pub fn get_hashed(vm: &mut Vm, table: Value, key: Value, hash: usize) -> PyResult<Option<Value>> {
    match probe(vm, table, key, hash)? {
        Probe::Found { entry: i } => Ok(entry(vm, table, i).map(|(_, value)| value)),
        Probe::Absent => Ok(None),
    }
}

/// Whether `key` is in the table.
pub fn contains(vm: &mut Vm, table: Value, key: Value) -> PyResult<bool> {
    let hash = ops::hash::hash(vm, key)?;
    Ok(matches!(probe(vm, table, key, hash)?, Probe::Found { .. }))
}

/// `table[key] = value`. The caller roots table, key and value (registers
/// do).
pub fn set(vm: &mut Vm, table: Value, key: Value, value: Value) -> PyResult<()> {
    let hash = ops::hash::hash(vm, key)?;
    set_hashed(vm, table, key, value, hash)
}

pub fn set_hashed(
    vm: &mut Vm,
    table: Value,
    key: Value,
    value: Value,
    hash: usize,
) -> PyResult<()> {
    let object = table.heap_index_unchecked();
    if let Probe::Found { entry: i } = probe(vm, table, key, hash)? {
        let entries = vm.heap.word(object, ENTRIES) >> 2;
        vm.heap.set_word(entries, 2 * i + 1, value.raw());
        return Ok(());
    }
    let used = read_small(vm.heap.word(object, USED));
    let len = read_small(vm.heap.word(object, LEN));
    let capacity = entries_capacity(vm, object);
    if used >= capacity {
        // Compact if many entries are deleted, else double.
        let wanted = if len < capacity / 2 {
            capacity
        } else {
            capacity * 2
        };
        vm.push_root(table);
        vm.push_root(key);
        vm.push_root(value);
        let result = resize(vm, object, wanted.max(len + 1));
        vm.pop_roots(3);
        result?;
    }
    let used = read_small(vm.heap.word(object, USED));
    let entries = vm.heap.word(object, ENTRIES) >> 2;
    vm.heap.set_value(entries, 2 * used, key);
    vm.heap.set_word(entries, 2 * used + 1, value.raw());
    vm.heap.set_word(object, USED, small(used + 1));
    vm.heap.set_word(object, LEN, small(len + 1));
    new_layout(vm, object);
    let index = vm.heap.word(object, INDEX);
    if index != 0 {
        let index = index >> 2;
        let capacity = entries_capacity(vm, object);
        let slots = index_slots(capacity);
        let width = index_width(capacity + 1);
        let mask = slots - 1;
        let mut slot = hash & mask;
        while read_slot(vm, index, width, slot) != 0 {
            slot = (slot + 1) & mask;
        }
        write_slot(vm, index, width, slot, used + 1);
    }
    Ok(())
}

/// Remove `key`, returning its value, or None if absent.
pub fn remove(vm: &mut Vm, table: Value, key: Value) -> PyResult<Option<Value>> {
    let hash = ops::hash::hash(vm, key)?;
    let Probe::Found { entry: i } = probe(vm, table, key, hash)? else {
        return Ok(None);
    };
    Ok(remove_entry(vm, table, i))
}

/// Delete entry `i`, returning its value.
pub fn remove_entry(vm: &mut Vm, table: Value, i: usize) -> Option<Value> {
    let object = table.heap_index_unchecked();
    let (_, value) = entry(vm, table, i)?;
    let entries = vm.heap.word(object, ENTRIES) >> 2;
    vm.heap.set_value(entries, 2 * i, Value::UNBOUND);
    vm.heap.set_word(entries, 2 * i + 1, 0);
    let len = read_small(vm.heap.word(object, LEN));
    vm.heap.set_word(object, LEN, small(len - 1));
    new_layout(vm, object);
    // With the index, the dead entry stays as a tombstone so probe chains
    // through it still work; without one, trailing dead entries can go.
    if vm.heap.word(object, INDEX) == 0 {
        let mut used = read_small(vm.heap.word(object, USED));
        while used > 0 && entry(vm, table, used - 1).is_none() {
            used -= 1;
        }
        vm.heap.set_word(object, USED, small(used));
    }
    Some(value)
}

pub fn clear(vm: &mut Vm, table: Value) {
    let object = table.heap_index_unchecked();
    vm.heap.set_word(object, LEN, small(0));
    vm.heap.set_word(object, USED, small(0));
    vm.heap.set_word(object, ENTRIES, 0);
    vm.heap.set_word(object, INDEX, 0);
    new_layout(vm, object);
}

/// A shallow copy, of kind `kind`.
pub fn copy(vm: &mut Vm, table: Value, kind: ObjKind) -> PyResult<Value> {
    vm.push_root(table);
    let result = new_table(vm, kind, len(vm, table));
    vm.pop_roots(1);
    let copy = result?;
    vm.push_root(copy);
    let result = update(vm, copy, table);
    vm.pop_roots(1);
    result?;
    Ok(copy)
}

/// Insert every entry of table `source` into `table`.
pub fn update(vm: &mut Vm, table: Value, source: Value) -> PyResult<()> {
    let mark = vm.root_mark();
    vm.push_root(table);
    vm.push_root(source);
    let mut i = 0;
    let result = loop {
        if i >= used(vm, source) {
            break Ok(());
        }
        if let Some((key, value)) = entry(vm, source, i) {
            if let Err(raised) = set(vm, table, key, value) {
                break Err(raised);
            }
        }
        i += 1;
    };
    vm.truncate_roots(mark);
    result
}
