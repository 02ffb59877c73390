//! `int` (and `bool`, a subtype): small ints are immediate Values; larger
//! ones are BigInt leaf objects holding a sign and u32 limbs:
//!
//! ```text
//!   word 0  limb count << 1 | sign bit
//!   word 1… limbs, least significant first, as an array of u32 in the
//!           machine's byte order (two per word on 64-bit; a spare
//!           half-word at the end is zero)
//! ```
//!
//! so `limbs` reads them in place as a `&[u32]`: arithmetic borrows its
//! operands (`IntRef`) and a result is copied in once, with no conversion.
//!
//! A BigInt object never holds a value that fits a small int: every result
//! is normalised, so equal ints have equal representations and the small
//! int fast paths never miss.

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::heap::{ObjKind, WORD_BYTES};
use crate::int::{BigInt, IntRef};
use crate::value::Value;
use crate::vm::Vm;

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
    let object = vm.alloc_leaf_for_overwrite(ObjKind::BigInt, LIMBS + words)?;
    vm.heap.set_word(
        object,
        HEADER,
        (limbs.len() << 1) | n.is_negative() as usize,
    );
    // The spare half-word, if any, stays zero.
    vm.heap.set_word(object, LIMBS + words - 1, 0);
    vm.heap
        .u32s_mut(object, LIMBS, limbs.len())
        .copy_from_slice(limbs);
    Ok(Value::from_heap_index(object))
}

/// The sign and limbs of a big int object, in place.
#[inline]
fn big_parts(vm: &Vm, value: Value) -> (bool, &[u32]) {
    let object = value.heap_index_unchecked();
    let header = vm.heap.word(object, HEADER);
    (header & 1 != 0, vm.heap.u32s(object, LIMBS, header >> 1))
}

/// An int's value (small, bool or big) borrowed: a big int's limbs in
/// place, a small one's in `buffer`.
#[inline]
pub fn int_ref<'a>(vm: &'a Vm, value: Value, buffer: &'a mut [u32; 2]) -> IntRef<'a> {
    if let Some(n) = value.as_small_int() {
        return IntRef::from_i64(n as i64, buffer);
    }
    if value.is_bool() {
        return IntRef::from_i64((value == Value::TRUE) as i64, buffer);
    }
    let (negative, limbs) = big_parts(vm, value);
    IntRef::new(negative, limbs)
}

/// The value of an int (small, bool or big) as a BigInt.
pub fn to_bigint(vm: &Vm, value: Value) -> BigInt {
    let mut buffer = [0; 2];
    int_ref(vm, value, &mut buffer).to_bigint()
}

/// Numeric order of two ints, read in place.
pub fn compare(vm: &Vm, a: Value, b: Value) -> core::cmp::Ordering {
    let (mut x_buffer, mut y_buffer) = ([0; 2], [0; 2]);
    int_ref(vm, a, &mut x_buffer).cmp(&int_ref(vm, b, &mut y_buffer))
}

/// `a + b`, `a - b`, `a * b`, `a // b` and `a % b` for ints at least one of
/// which is big, with the operands read in place; None for any other
/// operator and for a zero divisor (the general path raises).
pub fn arith_in_place(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    let (mut x_buffer, mut y_buffer) = ([0; 2], [0; 2]);
    let x = int_ref(vm, a, &mut x_buffer);
    let y = int_ref(vm, b, &mut y_buffer);
    let result = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::FloorDiv => x.floor_div(y)?,
        BinaryOp::Mod => x.floor_mod(y)?,
        _ => return None,
    };
    Some(from_bigint(vm, &result))
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
        let (negative, limbs) = big_parts(vm, value);
        let magnitude = match *limbs {
            [low] => low as u64,
            [low, high] => (high as u64) << 32 | low as u64,
            _ => return None,
        };
        return if negative {
            0i64.checked_sub_unsigned(magnitude)
        } else {
            i64::try_from(magnitude).ok()
        };
    }
    None
}

/// The sign of an int: -1, 0 or 1.
pub fn sign(vm: &Vm, value: Value) -> i32 {
    if let Some(n) = as_i64(vm, value) {
        return n.signum() as i32;
    }
    if big_parts(vm, value).0 {
        -1
    } else {
        1
    }
}
