//! `int` (and `bool`, a subtype): small ints are immediate Values; larger
//! ones are BigInt leaf objects holding a sign and u32 limbs:
//!
//! ```text
//!   word 0  limb count << 1 | sign bit
//!   word 1… limbs, little-endian, packed into words
//! ```
//!
//! A BigInt object never holds a value that fits a small int: every result
//! is normalised, so equal ints have equal representations and the small
//! int fast paths never miss.

use crate::error::PyResult;
use crate::heap::{ObjKind, WORD_BYTES};
use crate::int::BigInt;
use crate::value::Value;
use crate::vm::Vm;
use alloc::vec::Vec;

const HEADER: usize = 0;
const LIMBS: usize = 1;

/// Whether `value` is an int (bool included).
#[inline]
pub fn is_int(vm: &Vm, value: Value) -> bool {
    value.is_small_int() || value.is_bool() || vm.heap.kind_of(value) == Some(ObjKind::BigInt)
}

#[inline]
pub fn is_big(vm: &Vm, value: Value) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::BigInt)
}

/// An int from an i64 (small when it fits).
pub fn from_i64(vm: &mut Vm, n: i64) -> PyResult<Value> {
    match Value::try_small_int(n) {
        Some(value) => Ok(value),
        None => from_bigint(vm, &BigInt::from_i64(n)),
    }
}

pub fn from_i128(vm: &mut Vm, n: i128) -> PyResult<Value> {
    if let Ok(small) = i64::try_from(n) {
        return from_i64(vm, small);
    }
    from_bigint(vm, &BigInt::from_i128(n))
}

/// An int from the digits of a literal.
pub fn from_digits(vm: &mut Vm, negative: bool, digits: &str, radix: u32) -> PyResult<Value> {
    match BigInt::from_str_radix(digits, radix) {
        Some(magnitude) => {
            let value = if negative { magnitude.neg() } else { magnitude };
            from_bigint(vm, &value)
        }
        None => Err(vm.raise_value_error("invalid integer literal")),
    }
}

/// Store a BigInt, normalising to a small int when it fits.
pub fn from_bigint(vm: &mut Vm, n: &BigInt) -> PyResult<Value> {
    if let Some(small) = n.to_i64().and_then(Value::try_small_int) {
        return Ok(small);
    }
    let limbs = n.limbs();
    let words = (limbs.len() * 4).div_ceil(WORD_BYTES);
    let object = vm.alloc(ObjKind::BigInt, LIMBS + words)?;
    vm.heap.set_word(
        object,
        HEADER,
        (limbs.len() << 1) | n.is_negative() as usize,
    );
    let bytes = vm.heap.bytes_mut(object, LIMBS, limbs.len() * 4);
    for (i, limb) in limbs.iter().enumerate() {
        bytes[4 * i..4 * i + 4].copy_from_slice(&limb.to_le_bytes());
    }
    Ok(Value::from_heap_index(object))
}

/// The value of an int (small, bool or big) as a BigInt.
pub fn to_bigint(vm: &Vm, value: Value) -> BigInt {
    if let Some(n) = value.as_small_int() {
        return BigInt::from_i64(n as i64);
    }
    if value.is_bool() {
        return BigInt::from_i64((value == Value::TRUE) as i64);
    }
    let object = value.heap_index_unchecked();
    let header = vm.heap.word(object, HEADER);
    let count = header >> 1;
    let bytes = vm.heap.bytes(object, LIMBS, count * 4);
    let limbs: Vec<u32> = bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    BigInt::from_limb_vec(header & 1 != 0, limbs)
}

/// An int that fits i64 (small ints, bools, and big ints in range).
pub fn as_i64(vm: &Vm, value: Value) -> Option<i64> {
    if let Some(n) = value.as_small_int() {
        return Some(n as i64);
    }
    if value.is_bool() {
        return Some((value == Value::TRUE) as i64);
    }
    if is_big(vm, value) {
        // More than two limbs cannot fit: skip the conversion, which
        // allocates.
        let header = vm.heap.word(value.heap_index_unchecked(), HEADER);
        if header >> 1 > 2 {
            return None;
        }
        return to_bigint(vm, value).to_i64();
    }
    None
}

/// The sign of an int: -1, 0 or 1.
pub fn sign(vm: &Vm, value: Value) -> i32 {
    if let Some(n) = as_i64(vm, value) {
        return n.signum() as i32;
    }
    if to_bigint(vm, value).is_negative() {
        -1
    } else {
        1
    }
}
