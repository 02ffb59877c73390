//! `&`, `|`, `^` with Python's semantics: negative numbers behave as
//! infinite two's complement.
//!
//! Each operand is viewed as a limb stream in two's complement (a negative
//! magnitude m reads as `!(m - 1)`, computed on the fly with a running
//! borrow), extended with its sign limb; the result's sign is the
//! operation applied to the two sign bits, and a negative result is
//! converted back the same way (`m = !r + 1`). One pass, one allocation.

use super::magnitude::trim;
use super::BigInt;
use alloc::vec::Vec;

#[derive(Clone, Copy)]
pub enum Op {
    And,
    Or,
    Xor,
}

impl Op {
    #[inline]
    fn apply(self, a: u32, b: u32) -> u32 {
        match self {
            Op::And => a & b,
            Op::Or => a | b,
            Op::Xor => a ^ b,
        }
    }
}

/// Reads a signed magnitude as two's complement limbs.
struct TwosComplement<'a> {
    limbs: &'a [u32],
    negative: bool,
    /// Borrow of the running `m - 1` (negative numbers only).
    borrow: bool,
}

impl<'a> TwosComplement<'a> {
    fn new(n: &'a BigInt) -> Self {
        TwosComplement {
            limbs: n.limbs(),
            negative: n.is_negative(),
            borrow: true,
        }
    }

    /// Limb i; must be called with i = 0, 1, 2, ... in order.
    #[inline]
    fn limb(&mut self, i: usize) -> u32 {
        let m = self.limbs.get(i).copied().unwrap_or(0);
        if !self.negative {
            return m;
        }
        let (d, underflow) = m.overflowing_sub(self.borrow as u32);
        self.borrow = underflow;
        !d
    }
}

pub fn bitwise(a: &BigInt, b: &BigInt, op: Op) -> BigInt {
    let sign_a = if a.is_negative() { u32::MAX } else { 0 };
    let sign_b = if b.is_negative() { u32::MAX } else { 0 };
    let negative = op.apply(sign_a, sign_b) != 0;
    // Past the longer operand both streams are pure sign limbs, so the
    // result is too; for And with a non-negative operand, past that
    // operand the result is zero.
    let len = match op {
        Op::And if !a.is_negative() && !b.is_negative() => a.limbs().len().min(b.limbs().len()),
        Op::And if !a.is_negative() => a.limbs().len(),
        Op::And if !b.is_negative() => b.limbs().len(),
        _ => a.limbs().len().max(b.limbs().len()),
    };
    let mut x = TwosComplement::new(a);
    let mut y = TwosComplement::new(b);
    let mut out = Vec::with_capacity(len + 1);
    // For a negative result, convert back on the fly: m = !r + 1.
    let mut carry = true;
    for i in 0..len {
        let r = op.apply(x.limb(i), y.limb(i));
        if negative {
            let (s, overflow) = (!r).overflowing_add(carry as u32);
            carry = overflow;
            out.push(s);
        } else {
            out.push(r);
        }
    }
    if negative && carry {
        // The result is -2^(32*len): all low limbs were zero.
        out.push(1);
    }
    trim(&mut out);
    BigInt::from_parts(negative, out)
}
