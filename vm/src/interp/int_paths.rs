//! Small-int fast paths for the dispatch loop.
//!
//! One function computes `a op b` for every binary operator on two small
//! ints, so the binary opcodes (which pass a constant operator: the match
//! folds away) and `InplaceOp` (which passes the operator from its operand:
//! an int has no `__iop__`, so `x op= y` is `x op y`) share the same code.
//! None means the general path decides: overflow out of the small-int
//! range, division by zero, a negative shift count, `/`, `**` and `@`.
//!
//! `tagged` is the entry the loop uses: `+` and `-` work on the tagged
//! words themselves (`2a+1 + 2b` is `2(a+b)+1`), so the machine's overflow
//! flag is the small-int range check and nothing is untagged or retagged.

use crate::bytecode::BinaryOp;
use crate::value::Value;

/// `a op b` for two small-int Values when the result is a small int.
#[inline(always)]
pub(crate) fn tagged(op: BinaryOp, a: Value, b: Value) -> Option<Value> {
    debug_assert!(a.is_small_int() && b.is_small_int());
    let (x, y) = (a.raw() as isize, b.raw() as isize);
    match op {
        // Overflow of the word is exactly leaving the small-int range: the
        // sum or difference is twice the result plus the tag bit.
        BinaryOp::Add => x.checked_add(y - 1).map(|n| Value::from_raw(n as usize)),
        BinaryOp::Sub => x.checked_sub(y - 1).map(|n| Value::from_raw(n as usize)),
        _ => binary(op, a.small_int_unchecked(), b.small_int_unchecked()),
    }
}

/// `a op b` for two small ints when the result is a small int.
#[inline(always)]
pub(crate) fn binary(op: BinaryOp, a: isize, b: isize) -> Option<Value> {
    let wide = |n: Option<isize>| n.and_then(|n| Value::try_small_int(n as i64));
    match op {
        BinaryOp::Add => wide(a.checked_add(b)),
        BinaryOp::Sub => wide(a.checked_sub(b)),
        BinaryOp::Mul => wide(a.checked_mul(b)),
        BinaryOp::FloorDiv if b != 0 => {
            // div_euclid rounds toward -inf only for a positive divisor.
            let adjust = (b < 0 && a.rem_euclid(b) != 0) as isize;
            wide(Some(a.div_euclid(b) - adjust))
        }
        BinaryOp::Mod if b != 0 => {
            // Python's remainder takes the sign of the divisor.
            let r = a.rem_euclid(b);
            Some(Value::small_int(if b < 0 && r != 0 { r + b } else { r }))
        }
        BinaryOp::LShift if (0..(isize::BITS as isize - 2)).contains(&b) => {
            wide(a.checked_shl(b as u32).filter(|n| n >> b == a))
        }
        BinaryOp::RShift if b >= 0 => Some(Value::small_int(a >> b.min(isize::BITS as isize - 1))),
        BinaryOp::BitAnd => Some(Value::small_int(a & b)),
        BinaryOp::BitOr => Some(Value::small_int(a | b)),
        BinaryOp::BitXor => Some(Value::small_int(a ^ b)),
        _ => None,
    }
}
