//! Small-int fast paths for the dispatch loop.
//!
//! One function computes `a op b` for every binary operator on two small
//! ints, so the binary opcodes (which pass a constant operator: the match
//! folds away) and `InplaceOp` (which passes the operator from its operand:
//! an int has no `__iop__`, so `x op= y` is `x op y`) share the same code.
//! None means the general path decides: overflow out of the small-int
//! range, division by zero, a negative shift count, `/`, `**` and `@`.

use crate::bytecode::BinaryOp;
use crate::value::Value;

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
