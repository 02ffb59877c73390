//! `float`: an f64 in a leaf object (one block on a 64-bit host, two on a
//! 32-bit target).

use crate::error::PyResult;
use crate::heap::{ObjKind, WORD_BYTES};
use crate::value::Value;
use crate::vm::Vm;

const WORDS: usize = 8 / WORD_BYTES;

pub fn new(vm: &mut Vm, x: f64) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Float, WORDS)?;
    vm.heap
        .bytes_mut(object, 0, 8)
        .copy_from_slice(&x.to_bits().to_le_bytes());
    Ok(Value::from_heap_index(object))
}

#[inline]
pub fn value(vm: &Vm, float: Value) -> f64 {
    let bytes = vm.heap.bytes(float.heap_index_unchecked(), 0, 8);
    let mut raw = [0u8; 8];
    raw.copy_from_slice(bytes);
    f64::from_bits(u64::from_le_bytes(raw))
}

#[inline]
pub fn is_float(vm: &Vm, value: Value) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::Float)
}
