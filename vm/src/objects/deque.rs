//! `collections.deque`: a double-ended queue in a ring buffer (traced).
//!
//! ```text
//!   word 0  length (small int)
//!   word 1  head: the storage slot of item 0 (small int)
//!   word 2  maxlen (small int), or -1 when unbounded
//!   word 3  storage: a ValueArray whose size is the capacity, or 0 while
//!           the deque has never held anything
//! ```
//!
//! Item `i` lives in slot `(head + i) % capacity`, so pushing and popping
//! at either end is O(1) and never moves the other items. A full buffer
//! is copied into one twice as large (in order, head 0). With a maxlen, a
//! push onto a full deque drops the item at the other end, as CPython's.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

const LEN: usize = 0;
const HEAD: usize = 1;
const MAXLEN: usize = 2;
const STORAGE: usize = 3;
const PAYLOAD: usize = 4;

/// An empty deque holding at most `maxlen` items (None: unbounded).
pub fn new(vm: &mut Vm, maxlen: Option<usize>) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Deque, PAYLOAD)?;
    vm.heap.set_value(object, LEN, Value::small_int(0));
    vm.heap.set_value(object, HEAD, Value::small_int(0));
    let maxlen = maxlen.map_or(-1, |n| n as isize);
    vm.heap.set_value(object, MAXLEN, Value::small_int(maxlen));
    Ok(Value::from_heap_index(object))
}

#[inline]
fn field(vm: &Vm, deque: Value, i: usize) -> usize {
    vm.heap
        .value(deque.heap_index_unchecked(), i)
        .small_int_unchecked() as usize
}

fn set_field(vm: &mut Vm, deque: Value, i: usize, n: usize) {
    vm.heap.set_value(
        deque.heap_index_unchecked(),
        i,
        Value::small_int(n as isize),
    );
}

#[inline]
pub fn len(vm: &Vm, deque: Value) -> usize {
    field(vm, deque, LEN)
}

pub fn maxlen(vm: &Vm, deque: Value) -> Option<usize> {
    let n = vm
        .heap
        .value(deque.heap_index_unchecked(), MAXLEN)
        .small_int_unchecked();
    (n >= 0).then_some(n as usize)
}

/// Change the bound (deque.__init__ on a subclass instance), dropping
/// items from the left that no longer fit.
pub fn set_maxlen(vm: &mut Vm, deque: Value, maxlen: Option<usize>) {
    let n = maxlen.map_or(-1, |n| n as isize);
    vm.heap
        .set_value(deque.heap_index_unchecked(), MAXLEN, Value::small_int(n));
    if let Some(bound) = maxlen {
        while len(vm, deque) > bound {
            pop_front(vm, deque);
        }
    }
}

fn storage(vm: &Vm, deque: Value) -> usize {
    vm.heap.word(deque.heap_index_unchecked(), STORAGE) >> 2
}

fn capacity(vm: &Vm, deque: Value) -> usize {
    let word = vm.heap.word(deque.heap_index_unchecked(), STORAGE);
    if word == 0 {
        0
    } else {
        vm.heap.capacity_words(word >> 2)
    }
}

/// The storage slot of item `i` (< len).
#[inline]
fn slot(vm: &Vm, deque: Value, i: usize) -> usize {
    (field(vm, deque, HEAD) + i) % capacity(vm, deque)
}

/// Item `i` (< len).
pub fn item(vm: &Vm, deque: Value, i: usize) -> Value {
    vm.heap.value(storage(vm, deque), slot(vm, deque, i))
}

/// Replace item `i` (< len).
pub fn set_item(vm: &mut Vm, deque: Value, i: usize, value: Value) {
    let (storage, slot) = (storage(vm, deque), slot(vm, deque, i));
    vm.heap.set_value(storage, slot, value);
}

/// The items in order, copied out.
pub fn items(vm: &Vm, deque: Value) -> alloc::vec::Vec<Value> {
    (0..len(vm, deque)).map(|i| item(vm, deque, i)).collect()
}

/// Make room for one more item (the deque is rooted by the caller).
fn grow_if_full(vm: &mut Vm, deque: Value) -> PyResult<()> {
    let (len, capacity) = (len(vm, deque), capacity(vm, deque));
    if len < capacity {
        return Ok(());
    }
    let wanted = if capacity == 0 { 4 } else { capacity * 2 };
    let wanted = match maxlen(vm, deque) {
        Some(bound) => wanted.min(bound.max(1)),
        None => wanted,
    };
    let fresh = vm.alloc(ObjKind::ValueArray, wanted)?;
    for i in 0..len {
        let value = item(vm, deque, i);
        vm.heap.set_value(fresh, i, value);
    }
    vm.heap.set_word(
        deque.heap_index_unchecked(),
        STORAGE,
        Value::from_heap_index(fresh).raw(),
    );
    set_field(vm, deque, HEAD, 0);
    Ok(())
}

/// Room for one more item before a push: a full bounded deque drops the
/// item at the far end (`drop_far_end`), a full storage grows. False when
/// the deque is bounded to length 0, so the push does nothing.
fn make_room(
    vm: &mut Vm,
    deque: Value,
    value: Value,
    drop_far_end: fn(&mut Vm, Value) -> Option<Value>,
) -> PyResult<bool> {
    match maxlen(vm, deque) {
        Some(0) => return Ok(false),
        Some(bound) if len(vm, deque) >= bound => {
            drop_far_end(vm, deque);
        }
        _ => {}
    }
    vm.push_root(value);
    vm.push_root(deque);
    let grown = grow_if_full(vm, deque);
    vm.pop_roots(2);
    grown.map(|()| true)
}

/// `append`: onto the right end; a full bounded deque drops its leftmost.
/// The caller roots deque and value.
pub fn push_back(vm: &mut Vm, deque: Value, value: Value) -> PyResult<()> {
    if !make_room(vm, deque, value, pop_front)? {
        return Ok(());
    }
    let len = len(vm, deque);
    let (storage, slot) = (storage(vm, deque), slot(vm, deque, len));
    vm.heap.set_value(storage, slot, value);
    set_field(vm, deque, LEN, len + 1);
    Ok(())
}

/// `appendleft`: onto the left end; a full bounded deque drops its
/// rightmost. The caller roots deque and value.
pub fn push_front(vm: &mut Vm, deque: Value, value: Value) -> PyResult<()> {
    if !make_room(vm, deque, value, pop_back)? {
        return Ok(());
    }
    let capacity = capacity(vm, deque);
    let head = (field(vm, deque, HEAD) + capacity - 1) % capacity;
    set_field(vm, deque, HEAD, head);
    let storage = storage(vm, deque);
    vm.heap.set_value(storage, head, value);
    let len = len(vm, deque);
    set_field(vm, deque, LEN, len + 1);
    Ok(())
}

/// Remove and return the rightmost item.
pub fn pop_back(vm: &mut Vm, deque: Value) -> Option<Value> {
    let len = len(vm, deque);
    if len == 0 {
        return None;
    }
    let (storage, slot) = (storage(vm, deque), slot(vm, deque, len - 1));
    let value = vm.heap.value(storage, slot);
    // Emptied slots hold 0 so the collector does not keep the value alive.
    vm.heap.set_word(storage, slot, 0);
    set_field(vm, deque, LEN, len - 1);
    Some(value)
}

/// Remove and return the leftmost item.
pub fn pop_front(vm: &mut Vm, deque: Value) -> Option<Value> {
    let len = len(vm, deque);
    if len == 0 {
        return None;
    }
    let (storage, head) = (storage(vm, deque), field(vm, deque, HEAD));
    let value = vm.heap.value(storage, head);
    vm.heap.set_word(storage, head, 0);
    let capacity = capacity(vm, deque);
    set_field(vm, deque, HEAD, (head + 1) % capacity);
    set_field(vm, deque, LEN, len - 1);
    Some(value)
}

/// Remove every item.
pub fn clear(vm: &mut Vm, deque: Value) {
    while pop_back(vm, deque).is_some() {}
    set_field(vm, deque, HEAD, 0);
}

/// `rotate(n)`: move the last `n` items to the front (negative: the first
/// to the back).
pub fn rotate(vm: &mut Vm, deque: Value, n: isize) {
    let len = len(vm, deque);
    if len <= 1 {
        return;
    }
    let steps = n.rem_euclid(len as isize) as usize;
    if steps == 0 {
        return;
    }
    // Rotating right by `steps` moves the head back by `steps` positions
    // when the buffer is exactly full; otherwise items are moved one by one
    // (at most len/2 of them, whichever direction is shorter).
    if steps <= len / 2 {
        for _ in 0..steps {
            let value = pop_back(vm, deque).unwrap_or(Value::NONE);
            unchecked_push_front(vm, deque, value);
        }
    } else {
        for _ in 0..len - steps {
            let value = pop_front(vm, deque).unwrap_or(Value::NONE);
            unchecked_push_back(vm, deque, value);
        }
    }
}

/// Push into the slot just freed by a pop (no allocation, no maxlen check).
fn unchecked_push_front(vm: &mut Vm, deque: Value, value: Value) {
    let capacity = capacity(vm, deque);
    let head = (field(vm, deque, HEAD) + capacity - 1) % capacity;
    set_field(vm, deque, HEAD, head);
    let storage = storage(vm, deque);
    vm.heap.set_value(storage, head, value);
    let len = len(vm, deque);
    set_field(vm, deque, LEN, len + 1);
}

fn unchecked_push_back(vm: &mut Vm, deque: Value, value: Value) {
    let len = len(vm, deque);
    let (storage, slot) = (storage(vm, deque), slot(vm, deque, len));
    vm.heap.set_value(storage, slot, value);
    set_field(vm, deque, LEN, len + 1);
}

/// Remove item `i` (< len), shifting the shorter side.
pub fn remove_at(vm: &mut Vm, deque: Value, i: usize) -> Value {
    let value = item(vm, deque, i);
    let len = len(vm, deque);
    if i < len / 2 {
        for k in (0..i).rev() {
            let moved = item(vm, deque, k);
            set_item(vm, deque, k + 1, moved);
        }
        pop_front(vm, deque);
    } else {
        for k in i..len - 1 {
            let moved = item(vm, deque, k + 1);
            set_item(vm, deque, k, moved);
        }
        pop_back(vm, deque);
    }
    value
}

/// Insert before item `i` (<= len); the caller has checked the bound.
/// The caller roots deque and value.
pub fn insert(vm: &mut Vm, deque: Value, i: usize, value: Value) -> PyResult<()> {
    push_back(vm, deque, value)?;
    let len = len(vm, deque);
    for k in (i..len - 1).rev() {
        let moved = item(vm, deque, k);
        set_item(vm, deque, k + 1, moved);
    }
    set_item(vm, deque, i, value);
    Ok(())
}

/// Reverse in place.
pub fn reverse(vm: &mut Vm, deque: Value) {
    let len = len(vm, deque);
    for k in 0..len / 2 {
        let (a, b) = (item(vm, deque, k), item(vm, deque, len - 1 - k));
        set_item(vm, deque, k, b);
        set_item(vm, deque, len - 1 - k, a);
    }
}
