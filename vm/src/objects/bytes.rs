//! `bytes` (leaf: hash, length, bytes) and `bytearray` (traced: length, a
//! RawBytes buffer, and a small int holding the capacity asked for (above
//! bit 0) and the export flag (bit 0: set once a memoryview was made of it,
//! see `buffer::check_resizable`)).
//!
//! The capacity is kept as asked for, not as the buffer's block rounding
//! gives, so that growth reallocates when MicroPython's would: a bytearray
//! made with 4 bytes cannot grow while the heap is locked.

use crate::error::PyResult;
use crate::heap::{ObjKind, WORD_BYTES};
use crate::value::Value;
use crate::vm::Vm;

const HASH: usize = 0;
const LEN: usize = 1;
const DATA: usize = 2;

pub fn new(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Bytes, DATA + data.len().div_ceil(WORD_BYTES))?;
    vm.heap.set_word(object, LEN, data.len());
    vm.heap
        .bytes_mut(object, DATA, data.len())
        .copy_from_slice(data);
    Ok(Value::from_heap_index(object))
}

/// The bytes of a bytes or bytearray object.
pub fn data(vm: &Vm, value: Value) -> &[u8] {
    let object = value.heap_index_unchecked();
    match vm.heap.kind(object) {
        ObjKind::Bytes => {
            let len = vm.heap.word(object, LEN);
            vm.heap.bytes(object, DATA, len)
        }
        ObjKind::ByteArray => {
            let len = vm.heap.value(object, 0).small_int_unchecked() as usize;
            let buffer = vm.heap.word(object, 1);
            if buffer == 0 {
                &[]
            } else {
                vm.heap.bytes(buffer >> 2, 0, len)
            }
        }
        _ => &[],
    }
}

/// Whether the value is a bytes or bytearray (a buffer of bytes).
pub fn is_bytes_like(vm: &Vm, value: Value) -> bool {
    matches!(
        vm.heap.kind_of(value),
        Some(ObjKind::Bytes | ObjKind::ByteArray)
    )
}

pub fn hash(vm: &mut Vm, value: Value) -> usize {
    let object = value.heap_index_unchecked();
    let cached = vm.heap.word(object, HASH);
    if cached != 0 {
        return cached;
    }
    let hash = crate::qstr::hash_bytes(data(vm, value)).max(1);
    vm.heap.set_word(object, HASH, hash);
    hash
}

pub fn new_bytearray(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::ByteArray, 3)?;
    vm.heap.set_value(object, 0, Value::small_int(0));
    let array = Value::from_heap_index(object);
    if !data.is_empty() {
        vm.push_root(array);
        let result = bytearray_reserve(vm, array, data.len());
        vm.pop_roots(1);
        result?;
        let buffer = vm.heap.word(object, 1) >> 2;
        vm.heap
            .bytes_mut(buffer, 0, data.len())
            .copy_from_slice(data);
        vm.heap
            .set_value(object, 0, Value::small_int(data.len() as isize));
    }
    Ok(array)
}

pub fn bytearray_len(vm: &Vm, array: Value) -> usize {
    vm.heap
        .value(array.heap_index_unchecked(), 0)
        .small_int_unchecked() as usize
}

fn bytearray_capacity(vm: &Vm, array: Value) -> usize {
    let buffer = vm.heap.word(array.heap_index_unchecked(), 1);
    if buffer == 0 {
        return 0;
    }
    let room = vm.heap.capacity_words(buffer >> 2) * WORD_BYTES;
    match flags(vm, array) >> 1 {
        0 => room,
        asked => asked.min(room),
    }
}

/// The word holding the capacity and the export flag (0 before either).
fn flags(vm: &Vm, array: Value) -> usize {
    let word = vm.heap.word(array.heap_index_unchecked(), FLAGS);
    if word == 0 {
        0
    } else {
        Value::from_raw(word).small_int_unchecked() as usize
    }
}

fn set_flags(vm: &mut Vm, array: Value, flags: usize) {
    vm.heap.set_word(
        array.heap_index_unchecked(),
        FLAGS,
        Value::small_int(flags as isize).raw(),
    );
}

/// Make room for `wanted` bytes.
pub fn bytearray_reserve(vm: &mut Vm, array: Value, wanted: usize) -> PyResult<()> {
    let capacity = bytearray_capacity(vm, array);
    if wanted <= capacity {
        return Ok(());
    }
    // The first buffer is the size asked for; growth leaves room for more.
    let new_capacity = if capacity == 0 {
        wanted
    } else {
        wanted.max(capacity + capacity / 8 + 8)
    };
    vm.push_root(array);
    let buffer = vm.alloc(ObjKind::RawBytes, new_capacity.div_ceil(WORD_BYTES));
    vm.pop_roots(1);
    let buffer = buffer?;
    let object = array.heap_index_unchecked();
    let len = bytearray_len(vm, array);
    let old = vm.heap.word(object, 1);
    if old != 0 && len > 0 {
        let source = vm.heap.byte_offset(old >> 2, 0);
        let destination = vm.heap.byte_offset(buffer, 0);
        vm.heap
            .all_bytes_mut()
            .copy_within(source..source + len, destination);
    }
    vm.heap
        .set_word(object, 1, Value::from_heap_index(buffer).raw());
    let exported = flags(vm, array) & 1;
    set_flags(vm, array, new_capacity << 1 | exported);
    Ok(())
}

/// The bytes of a bytearray, mutable.
pub fn bytearray_data_mut(vm: &mut Vm, array: Value) -> &mut [u8] {
    let object = array.heap_index_unchecked();
    let len = bytearray_len(vm, array);
    let buffer = vm.heap.word(object, 1);
    if buffer == 0 {
        return &mut [];
    }
    vm.heap.bytes_mut(buffer >> 2, 0, len)
}

const FLAGS: usize = 2;

pub fn is_exported(vm: &Vm, array: Value) -> bool {
    flags(vm, array) & 1 != 0
}

pub fn set_exported(vm: &mut Vm, array: Value, exported: bool) {
    let kept = flags(vm, array) & !1;
    set_flags(vm, array, kept | exported as usize);
}

/// Set the length (after reserving room); new bytes are zero. A change of
/// length raises BufferError while a memoryview exports the bytearray.
pub fn bytearray_set_len(vm: &mut Vm, array: Value, len: usize) -> PyResult<()> {
    let old = bytearray_len(vm, array);
    if len != old {
        crate::buffer::check_resizable(vm, array)?;
    }
    bytearray_reserve(vm, array, len)?;
    let object = array.heap_index_unchecked();
    vm.heap.set_value(object, 0, Value::small_int(len as isize));
    if len > old {
        bytearray_data_mut(vm, array)[old..].fill(0);
    }
    Ok(())
}
