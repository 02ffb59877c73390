//! Small-int subscripts of the builtin sequences, answered inside the
//! dispatch loop: `GetItem` on a list, tuple, bytes or bytearray, `SetItem`
//! on a list or bytearray, and `ForNext` over a sequence loop state (which
//! indexes as `GetItem` does).
//!
//! These paths answer only what succeeds: an index out of range, another
//! receiver (a subclass instance is an `Instance`, so it never matches
//! here), a key that is not a small int or a byte value out of range
//! returns None or false, and the loop takes the general path in
//! `ops::subscript`, which raises CPython's errors. They read the heap and
//! never allocate, so nothing needs rooting.

use crate::heap::ObjKind;
use crate::objects::{bytes, list, tuple};
use crate::value::Value;
use crate::vm::Vm;

/// A Python index (negative counts from the end) resolved against `len`;
/// None when outside `0..len`.
#[inline(always)]
fn resolve(index: isize, len: usize) -> Option<usize> {
    // `index` is a small int and `len` below the heap size, so the sum
    // cannot overflow; a negative result becomes a huge usize and fails
    // the comparison.
    let at = if index < 0 {
        index + len as isize
    } else {
        index
    } as usize;
    (at < len).then_some(at)
}

/// `object[index]` for a list, tuple, bytes or bytearray and an in-range
/// index; None otherwise.
#[inline(always)]
pub(crate) fn get(vm: &Vm, object: Value, index: isize) -> Option<Value> {
    if !object.is_heap() {
        return None;
    }
    match vm.heap.kind(object.heap_index_unchecked()) {
        ObjKind::List => {
            let at = resolve(index, list::len(vm, object))?;
            Some(list::item(vm, object, at))
        }
        ObjKind::Tuple => {
            let at = resolve(index, tuple::len(vm, object))?;
            Some(tuple::item(vm, object, at))
        }
        ObjKind::Bytes | ObjKind::ByteArray => {
            let data = bytes::data(vm, object);
            let at = resolve(index, data.len())?;
            Some(Value::small_int(data[at] as isize))
        }
        _ => None,
    }
}

/// `object[index] = value` for a list, or a bytearray and a value in
/// `0..256`, with an in-range index; false (nothing stored) otherwise.
#[inline(always)]
pub(crate) fn set(vm: &mut Vm, object: Value, index: isize, value: Value) -> bool {
    if !object.is_heap() {
        return false;
    }
    match vm.heap.kind(object.heap_index_unchecked()) {
        ObjKind::List => match resolve(index, list::len(vm, object)) {
            Some(at) => {
                list::set_item(vm, object, at, value);
                true
            }
            None => false,
        },
        ObjKind::ByteArray => {
            let Some(byte) = value.as_small_int().and_then(|b| u8::try_from(b).ok()) else {
                return false;
            };
            let data = bytes::bytearray_data_mut(vm, object);
            match resolve(index, data.len()) {
                Some(at) => {
                    data[at] = byte;
                    true
                }
                None => false,
            }
        }
        _ => false,
    }
}
