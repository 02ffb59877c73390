//! `array.array` (traced): elements are stored unboxed, in native byte
//! order, in a RawBytes buffer, so `array('h')` of 1000 items takes about
//! 2000 bytes of heap.
//!
//! ```text
//!   word 0  small int: typecode | EXPORTED (a memoryview was made of it)
//!   word 1  small int: length in items
//!   word 2  storage (a RawBytes whose size is the capacity), or 0
//! ```
//!
//! The EXPORTED bit makes a resize look for live memoryviews first
//! (`buffer::check_resizable`), as CPython refuses to resize an exported
//! buffer.

use crate::buffer::element;
use crate::error::PyResult;
use crate::heap::{ObjKind, WORD_BYTES};
use crate::value::Value;
use crate::vm::Vm;

const INFO: usize = 0;
const LEN: usize = 1;
const STORAGE: usize = 2;

const CODE_MASK: isize = 0xff;
const EXPORTED: isize = 0x100;

/// A new array of typecode `code` (valid) holding `data` (whole items).
pub fn new(vm: &mut Vm, code: u8, data: &[u8]) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Array, 3)?;
    vm.heap
        .set_value(object, INFO, Value::small_int(code as isize));
    vm.heap.set_value(object, LEN, Value::small_int(0));
    let array = Value::from_heap_index(object);
    if !data.is_empty() {
        vm.push_root(array);
        let result = reserve(vm, array, data.len());
        vm.pop_roots(1);
        result?;
        let count = data.len() / item_size(vm, array);
        vm.heap
            .set_value(object, LEN, Value::small_int(count as isize));
        data_mut(vm, array).copy_from_slice(data);
    }
    Ok(array)
}

pub fn is_array(vm: &Vm, value: Value) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::Array)
}

fn info(vm: &Vm, array: Value) -> isize {
    vm.heap
        .value(array.heap_index_unchecked(), INFO)
        .small_int_unchecked()
}

pub fn typecode(vm: &Vm, array: Value) -> u8 {
    (info(vm, array) & CODE_MASK) as u8
}

pub fn item_size(vm: &Vm, array: Value) -> usize {
    element::size(typecode(vm, array)).unwrap_or(1)
}

/// The number of items.
pub fn len(vm: &Vm, array: Value) -> usize {
    vm.heap
        .value(array.heap_index_unchecked(), LEN)
        .small_int_unchecked() as usize
}

pub fn is_exported(vm: &Vm, array: Value) -> bool {
    info(vm, array) & EXPORTED != 0
}

pub fn set_exported(vm: &mut Vm, array: Value, exported: bool) {
    let old = info(vm, array);
    let new = if exported {
        old | EXPORTED
    } else {
        old & !EXPORTED
    };
    vm.heap
        .set_value(array.heap_index_unchecked(), INFO, Value::small_int(new));
}

fn capacity_bytes(vm: &Vm, array: Value) -> usize {
    let storage = vm.heap.word(array.heap_index_unchecked(), STORAGE);
    if storage == 0 {
        0
    } else {
        vm.heap.capacity_words(storage >> 2) * WORD_BYTES
    }
}

/// The items' bytes.
pub fn data(vm: &Vm, array: Value) -> &[u8] {
    let storage = vm.heap.word(array.heap_index_unchecked(), STORAGE);
    if storage == 0 {
        return &[];
    }
    let bytes = len(vm, array) * item_size(vm, array);
    vm.heap.bytes(storage >> 2, 0, bytes)
}

pub fn data_mut(vm: &mut Vm, array: Value) -> &mut [u8] {
    let storage = vm.heap.word(array.heap_index_unchecked(), STORAGE);
    if storage == 0 {
        return &mut [];
    }
    let bytes = len(vm, array) * item_size(vm, array);
    vm.heap.bytes_mut(storage >> 2, 0, bytes)
}

/// Make room for `wanted` bytes without changing the length.
fn reserve(vm: &mut Vm, array: Value, wanted: usize) -> PyResult<()> {
    let capacity = capacity_bytes(vm, array);
    if wanted <= capacity {
        return Ok(());
    }
    let new_capacity = wanted.max(capacity + capacity / 8 + 8);
    vm.push_root(array);
    let storage = vm.alloc(ObjKind::RawBytes, new_capacity.div_ceil(WORD_BYTES));
    vm.pop_roots(1);
    let storage = storage?;
    let object = array.heap_index_unchecked();
    let used = len(vm, array) * item_size(vm, array);
    let old = vm.heap.word(object, STORAGE);
    if old != 0 && used > 0 {
        let source = vm.heap.byte_offset(old >> 2, 0);
        let destination = vm.heap.byte_offset(storage, 0);
        vm.heap
            .all_bytes_mut()
            .copy_within(source..source + used, destination);
    }
    vm.heap
        .set_word(object, STORAGE, Value::from_heap_index(storage).raw());
    Ok(())
}

/// Set the length to `items` (new items are zero). A change of length
/// raises BufferError while a memoryview exports the array.
pub fn set_len(vm: &mut Vm, array: Value, items: usize) -> PyResult<()> {
    let old = len(vm, array);
    if items == old {
        return Ok(());
    }
    crate::buffer::check_resizable(vm, array)?;
    let size = item_size(vm, array);
    let Some(bytes) = items.checked_mul(size) else {
        return Err(vm.raise_memory_error());
    };
    if bytes > vm.heap.bytes_total() {
        return Err(vm.raise_memory_error());
    }
    reserve(vm, array, bytes)?;
    vm.heap.set_value(
        array.heap_index_unchecked(),
        LEN,
        Value::small_int(items as isize),
    );
    if items > old {
        data_mut(vm, array)[old * size..].fill(0);
    }
    Ok(())
}

/// Item `i` (< len) as a Python value.
pub fn item(vm: &mut Vm, array: Value, i: usize) -> PyResult<Value> {
    let code = typecode(vm, array);
    let size = item_size(vm, array);
    let mut raw = [0u8; 8];
    raw[..size].copy_from_slice(&data(vm, array)[i * size..(i + 1) * size]);
    element::load(vm, code, &raw[..size])
}

/// Append the already encoded items `bytes` (whole items).
pub fn append_bytes(vm: &mut Vm, array: Value, bytes: &[u8]) -> PyResult<()> {
    let size = item_size(vm, array);
    let old = len(vm, array);
    set_len(vm, array, old + bytes.len() / size)?;
    data_mut(vm, array)[old * size..].copy_from_slice(bytes);
    Ok(())
}
