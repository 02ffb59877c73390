//! `float`: an f64 in a leaf object (one block on a 64-bit host, two on a
//! 32-bit target).

use crate::error::PyResult;
use crate::heap::{ObjKind, WORD_BYTES};
use crate::value::Value;
use crate::vm::Vm;

const WORDS: usize = 8 / WORD_BYTES;

#[inline]
pub fn new(vm: &mut Vm, x: f64) -> PyResult<Value> {
    // The float arithmetic of the dispatch loop allocates one float per
    // operation: on a 64-bit host the bits are one word, written with
    // the header in one step.
    #[cfg(all(target_pointer_width = "64", not(feature = "gc-stress")))]
    if let Some(object) = vm
        .heap
        .allocate_one_word_leaf(ObjKind::Float, x.to_bits().to_le() as usize)
    {
        return Ok(Value::from_heap_index(object));
    }
    let object = vm.alloc(ObjKind::Float, WORDS)?;
    vm.heap
        .bytes_mut(object, 0, 8)
        .copy_from_slice(&x.to_bits().to_le_bytes());
    Ok(Value::from_heap_index(object))
}

#[inline]
pub fn value(vm: &Vm, float: Value) -> f64 {
    #[cfg(target_pointer_width = "64")]
    {
        // The same little-endian bytes, read as the one word they fill.
        let word = vm.heap.word(float.heap_index_unchecked(), 0) as u64;
        f64::from_bits(u64::from_le(word))
    }
    #[cfg(not(target_pointer_width = "64"))]
    {
        value_from_bytes(vm, float)
    }
}

#[cfg(not(target_pointer_width = "64"))]
fn value_from_bytes(vm: &Vm, float: Value) -> f64 {
    let bytes = vm.heap.bytes(float.heap_index_unchecked(), 0, 8);
    let mut raw = [0u8; 8];
    raw.copy_from_slice(bytes);
    f64::from_bits(u64::from_le_bytes(raw))
}

#[inline]
pub fn is_float(vm: &Vm, value: Value) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::Float)
}
