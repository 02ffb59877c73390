//! `list`: a growable sequence (traced). Word 0 is the length (small int),
//! word 1 the storage: a ValueArray whose capacity is its size, or 0 while
//! the list has never held anything. Growth is by about 1/8 plus a little,
//! as CPython does, which keeps appends amortised O(1) without wasting
//! much of a small heap.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

const LEN: usize = 0;
const STORAGE: usize = 1;

/// An empty list with room for `capacity` items.
pub fn with_capacity(vm: &mut Vm, capacity: usize) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::List, 2)?;
    vm.heap.set_value(object, LEN, Value::small_int(0));
    let list = Value::from_heap_index(object);
    if capacity > 0 {
        vm.push_root(list);
        let storage = vm.alloc(ObjKind::ValueArray, capacity);
        vm.pop_roots(1);
        vm.heap
            .set_word(object, STORAGE, Value::from_heap_index(storage?).raw());
    }
    Ok(list)
}

/// A list of `items` (rooted by the caller).
pub fn new(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let list = with_capacity(vm, items.len())?;
    if !items.is_empty() {
        let storage = storage(vm, list);
        vm.heap
            .values_mut(storage, 0, items.len())
            .copy_from_slice(items);
        set_len(vm, list, items.len());
    }
    Ok(list)
}

/// A list of registers `stack[from..from + len]`.
pub fn from_stack(vm: &mut Vm, from: usize, len: usize) -> PyResult<Value> {
    let list = with_capacity(vm, len)?;
    if len > 0 {
        let storage = storage(vm, list);
        for i in 0..len {
            let item = vm.stack[from + i];
            vm.heap.set_value(storage, i, item);
        }
        set_len(vm, list, len);
    }
    Ok(list)
}

#[inline]
pub fn len(vm: &Vm, list: Value) -> usize {
    vm.heap
        .value(list.heap_index_unchecked(), LEN)
        .small_int_unchecked() as usize
}

fn set_len(vm: &mut Vm, list: Value, len: usize) {
    vm.heap.set_value(
        list.heap_index_unchecked(),
        LEN,
        Value::small_int(len as isize),
    );
}

/// The storage object (only valid when the list has capacity).
#[inline]
fn storage(vm: &Vm, list: Value) -> usize {
    vm.heap.word(list.heap_index_unchecked(), STORAGE) >> 2
}

pub(crate) fn capacity(vm: &Vm, list: Value) -> usize {
    let word = vm.heap.word(list.heap_index_unchecked(), STORAGE);
    if word == 0 {
        0
    } else {
        vm.heap.capacity_words(word >> 2)
    }
}

/// The items, in order.
#[inline]
pub fn items(vm: &Vm, list: Value) -> &[Value] {
    let len = len(vm, list);
    if len == 0 {
        return &[];
    }
    vm.heap.values(storage(vm, list), 0, len)
}

pub fn items_mut(vm: &mut Vm, list: Value) -> &mut [Value] {
    let len = len(vm, list);
    if len == 0 {
        return &mut [];
    }
    let storage = storage(vm, list);
    vm.heap.values_mut(storage, 0, len)
}

#[inline]
pub fn item(vm: &Vm, list: Value, i: usize) -> Value {
    vm.heap.value(storage(vm, list), i)
}

#[inline]
pub fn set_item(vm: &mut Vm, list: Value, i: usize, value: Value) {
    let storage = storage(vm, list);
    vm.heap.set_value(storage, i, value);
}

/// Make room for at least `wanted` items.
pub fn reserve(vm: &mut Vm, list: Value, wanted: usize) -> PyResult<()> {
    let capacity = capacity(vm, list);
    if wanted <= capacity {
        return Ok(());
    }
    let new_capacity = if capacity == 0 {
        wanted.max(4)
    } else {
        wanted.max(capacity + (capacity >> 3) + 6)
    };
    vm.push_root(list);
    let storage_object = vm.alloc(ObjKind::ValueArray, new_capacity);
    vm.pop_roots(1);
    let storage_object = storage_object?;
    let len = len(vm, list);
    if len > 0 {
        let old = storage(vm, list);
        for i in 0..len {
            let item = vm.heap.word(old, i);
            vm.heap.set_word(storage_object, i, item);
        }
    }
    vm.heap.set_word(
        list.heap_index_unchecked(),
        STORAGE,
        Value::from_heap_index(storage_object).raw(),
    );
    Ok(())
}

/// `list.append(value)`. The caller roots list and value.
pub fn append(vm: &mut Vm, list: Value, value: Value) -> PyResult<()> {
    let len = len(vm, list);
    if len == capacity(vm, list) {
        vm.push_root(value);
        let result = reserve(vm, list, len + 1);
        vm.pop_roots(1);
        result?;
    }
    let storage = storage(vm, list);
    vm.heap.set_value(storage, len, value);
    set_len(vm, list, len + 1);
    Ok(())
}

/// Insert at `index` (clamped to 0..=len).
pub fn insert(vm: &mut Vm, list: Value, index: usize, value: Value) -> PyResult<()> {
    append(vm, list, value)?;
    let items = items_mut(vm, list);
    let index = index.min(items.len() - 1);
    items[index..].rotate_right(1);
    Ok(())
}

/// Remove and return the item at `index` (< len).
pub fn remove_at(vm: &mut Vm, list: Value, index: usize) -> Value {
    let items = items_mut(vm, list);
    let value = items[index];
    items[index..].rotate_left(1);
    let len = items.len();
    let storage = storage(vm, list);
    vm.heap.set_word(storage, len - 1, 0);
    set_len(vm, list, len - 1);
    value
}

/// Drop items from `new_len` on.
pub fn truncate(vm: &mut Vm, list: Value, new_len: usize) {
    let len = len(vm, list);
    if new_len >= len {
        return;
    }
    let storage = storage(vm, list);
    for i in new_len..len {
        vm.heap.set_word(storage, i, 0);
    }
    set_len(vm, list, new_len);
}

/// Replace `start..end` with `replacement` (values rooted by the caller,
/// who passes them in a Rust vector when they come from another object).
pub fn splice(
    vm: &mut Vm,
    list: Value,
    start: usize,
    end: usize,
    replacement: &[Value],
) -> PyResult<()> {
    let len = len(vm, list);
    let removed = end - start;
    let new_len = len - removed + replacement.len();
    if new_len > len {
        // `replacement` may hold the only references to its values: root
        // them across the allocation.
        let mark = vm.root_mark();
        for &value in replacement {
            vm.push_root(value);
        }
        let result = reserve(vm, list, new_len);
        vm.truncate_roots(mark);
        result?;
    }
    let storage = storage(vm, list);
    let words = vm.heap.values_mut(storage, 0, len.max(new_len));
    words.copy_within(end..len, start + replacement.len());
    words[start..start + replacement.len()].copy_from_slice(replacement);
    for i in new_len..len {
        vm.heap.set_word(storage, i, 0);
    }
    set_len(vm, list, new_len);
    Ok(())
}
