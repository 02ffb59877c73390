//! `complex`: two f64 in a leaf object.

use crate::error::PyResult;
use crate::heap::{ObjKind, WORD_BYTES};
use crate::value::Value;
use crate::vm::Vm;

pub fn new(vm: &mut Vm, real: f64, imag: f64) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Complex, 16 / WORD_BYTES)?;
    let bytes = vm.heap.bytes_mut(object, 0, 16);
    bytes[..8].copy_from_slice(&real.to_bits().to_le_bytes());
    bytes[8..].copy_from_slice(&imag.to_bits().to_le_bytes());
    Ok(Value::from_heap_index(object))
}

/// (real, imag).
pub fn parts(vm: &Vm, value: Value) -> (f64, f64) {
    let bytes = vm.heap.bytes(value.heap_index_unchecked(), 0, 16);
    let mut real = [0u8; 8];
    let mut imag = [0u8; 8];
    real.copy_from_slice(&bytes[..8]);
    imag.copy_from_slice(&bytes[8..]);
    (
        f64::from_bits(u64::from_le_bytes(real)),
        f64::from_bits(u64::from_le_bytes(imag)),
    )
}
