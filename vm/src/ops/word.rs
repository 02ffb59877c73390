//! Viper's machine-word operations (the typed opcodes of `bytecode/word.rs`)
//! over canonical Values: an `int` is a Python int in `isize` range, a
//! `uint` or pointer one in `usize` range, a `bool` True or False. Every
//! operation wraps modulo 2**bits as the machine instruction would, and
//! returns the canonical Value of its result type.

use crate::bytecode::{VType, WordCompare, WordOp, WordUnaryOp};
use crate::error::PyResult;
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;

const BITS: u32 = usize::BITS;

/// The machine word of an int (bool included), truncated to the word's
/// bits in two's complement as MicroPython's `mp_obj_get_int_truncated`.
pub fn truncated_word(vm: &mut Vm, value: Value) -> PyResult<usize> {
    if let Some(n) = value.as_small_int() {
        return Ok(n as usize);
    }
    if value.is_bool() {
        return Ok((value == Value::TRUE) as usize);
    }
    if int::is_big(vm, value) {
        let big = int::to_bigint(vm, value);
        let mut word: usize = 0;
        for (i, limb) in big.limbs().iter().enumerate() {
            let shift = i as u32 * 32;
            if shift >= BITS {
                break;
            }
            word |= (*limb as usize) << shift;
        }
        return Ok(if big.is_negative() {
            word.wrapping_neg()
        } else {
            word
        });
    }
    let name = crate::ops::types::type_name(vm, value);
    Err(vm.raise_type_error(&alloc::format!("can't convert {name} to int")))
}

/// The canonical Value of a signed word.
pub fn from_int(vm: &mut Vm, word: usize) -> PyResult<Value> {
    int::from_i64(vm, word as isize as i64)
}

/// The canonical Value of an unsigned word.
pub fn from_uint(vm: &mut Vm, word: usize) -> PyResult<Value> {
    match i64::try_from(word) {
        Ok(n) => int::from_i64(vm, n),
        Err(_) => int::from_i128(vm, word as i128),
    }
}

/// `ToNative`: an object (or a value of another viper type) as `vtype`.
pub fn to_native(vm: &mut Vm, value: Value, vtype: VType) -> PyResult<Value> {
    match vtype {
        VType::Object => Ok(value),
        VType::Bool => Ok(Value::from_bool(crate::ops::truth::truthy(vm, value)?)),
        VType::Int => {
            let word = truncated_word(vm, value)?;
            from_int(vm, word)
        }
        VType::Uint => {
            let word = truncated_word(vm, value)?;
            from_uint(vm, word)
        }
        VType::None => Ok(Value::small_int(0)),
        VType::Ptr | VType::Ptr8 | VType::Ptr16 | VType::Ptr32 => {
            let word = match crate::ops::pointer::buffer_address(vm, value)? {
                Some(address) => address,
                None if value == Value::NONE => 0,
                None => truncated_word(vm, value)?,
            };
            from_uint(vm, word)
        }
    }
}

/// `IntOp` (`signed`) and `UintOp`.
pub fn binary(vm: &mut Vm, op: WordOp, signed: bool, lhs: Value, rhs: Value) -> PyResult<Value> {
    let a = truncated_word(vm, lhs)?;
    let b = truncated_word(vm, rhs)?;
    // A shift by the word size or more leaves no bits (or only the sign),
    // rather than the machine's masked shift count.
    let shift = |n: usize| {
        if n >= BITS as usize {
            None
        } else {
            Some(n as u32)
        }
    };
    let result = match op {
        WordOp::Add => a.wrapping_add(b),
        WordOp::Sub => a.wrapping_sub(b),
        WordOp::Mul => a.wrapping_mul(b),
        WordOp::And => a & b,
        WordOp::Or => a | b,
        WordOp::Xor => a ^ b,
        WordOp::LShift => shift(b).map_or(0, |s| a << s),
        WordOp::RShift if signed => {
            let s = shift(b).unwrap_or(BITS - 1);
            ((a as isize) >> s) as usize
        }
        WordOp::RShift => shift(b).map_or(0, |s| a >> s),
        WordOp::FloorDiv | WordOp::Mod => {
            let (x, y) = (a as isize, b as isize);
            if y == 0 {
                return Err(vm.raise_zero_division("integer division or modulo by zero"));
            }
            // Floor semantics, as Python's // and % on ints.
            let quotient = x.wrapping_div(y);
            let remainder = x.wrapping_rem(y);
            let adjust = remainder != 0 && ((remainder < 0) != (y < 0));
            if op == WordOp::FloorDiv {
                (if adjust { quotient - 1 } else { quotient }) as usize
            } else {
                (if adjust { remainder + y } else { remainder }) as usize
            }
        }
    };
    if signed {
        from_int(vm, result)
    } else {
        from_uint(vm, result)
    }
}

/// `IntCompare` (`signed`) and `UintCompare`: a bool.
pub fn compare(
    vm: &mut Vm,
    op: WordCompare,
    signed: bool,
    lhs: Value,
    rhs: Value,
) -> PyResult<Value> {
    let a = truncated_word(vm, lhs)?;
    let b = truncated_word(vm, rhs)?;
    let ordering = if signed {
        (a as isize).cmp(&(b as isize))
    } else {
        a.cmp(&b)
    };
    use core::cmp::Ordering::*;
    let result = match op {
        WordCompare::Lt => ordering == Less,
        WordCompare::Le => ordering != Greater,
        WordCompare::Eq => ordering == Equal,
        WordCompare::Ne => ordering != Equal,
        WordCompare::Gt => ordering == Greater,
        WordCompare::Ge => ordering != Less,
    };
    Ok(Value::from_bool(result))
}

/// `WordUnary`.
pub fn unary(vm: &mut Vm, op: WordUnaryOp, value: Value) -> PyResult<Value> {
    let word = truncated_word(vm, value)?;
    match op {
        WordUnaryOp::IntNeg => from_int(vm, word.wrapping_neg()),
        WordUnaryOp::IntInvert => from_int(vm, !word),
        WordUnaryOp::UintNeg => from_uint(vm, word.wrapping_neg()),
        WordUnaryOp::UintInvert => from_uint(vm, !word),
    }
}
