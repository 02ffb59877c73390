//! Conversions between ints and f64, and correctly rounded `int / int`.
//!
//! Rounding is always done once, on an integer that carries the bits that
//! matter plus a sticky bit for everything below: either by the hardware
//! u64 -> f64 conversion (round-half-even) on a 64-bit window whose low
//! bit is ORed with the sticky bit, or, for division, by hand on a
//! quotient of 55-56 bits so subnormal results round once, not twice.

use super::magnitude::{self, bits_u64_at};
use super::{div, BigInt};
use alloc::vec::Vec;

/// f64 mantissa bits, hidden bit included.
const MANTISSA_BITS: i64 = 53;
/// Exponent (in the `2^(e-1) <= x < 2^e` sense) of the smallest normal.
const MIN_EXP: i64 = -1021;
/// Values at or above `2^MAX_EXP` overflow.
const MAX_EXP: i64 = 1024;

/// `m * 2^e`, exact while the result is representable.
fn scale(m: f64, e: i64) -> f64 {
    libm::ldexp(m, e.clamp(-2000, 2000) as i32)
}

/// The magnitude as a correctly rounded f64; infinity when it overflows.
pub fn mag_to_f64(mag: &[u32]) -> f64 {
    let bits = magnitude::bit_length(mag) as i64;
    if bits <= 64 {
        return magnitude::to_u64(mag).unwrap_or(0) as f64;
    }
    if bits > MAX_EXP {
        return f64::INFINITY;
    }
    // Top 64 bits with the sticky bit folded into the lowest: rounding to
    // 53 bits only needs to know whether anything below is nonzero.
    let shift = (bits - 64) as usize;
    let mut top = bits_u64_at(mag, shift);
    if magnitude::any_low_bits(mag, shift) {
        top |= 1;
    }
    scale(top as f64, shift as i64)
}

impl BigInt {
    /// The nearest f64 (ties to even); None when it overflows f64.
    pub fn to_f64(&self) -> Option<f64> {
        let x = mag_to_f64(self.limbs());
        if x.is_infinite() {
            return None;
        }
        Some(if self.is_negative() { -x } else { x })
    }

    /// The integer part of `x` (truncated toward zero); None for NaN and
    /// infinities.
    pub fn from_f64(x: f64) -> Option<BigInt> {
        if !x.is_finite() {
            return None;
        }
        let bits = x.to_bits();
        let negative = bits >> 63 != 0;
        let exponent = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1u64 << 52) - 1);
        if exponent == 0 {
            // Zero or subnormal: |x| < 1.
            return Some(BigInt::zero());
        }
        let mantissa = fraction | 1u64 << 52;
        // x = mantissa * 2^(exponent - 1075)
        let e = exponent - 1075;
        let mag = if e >= 0 {
            magnitude::shl(&magnitude::from_u64(mantissa), e as usize)
        } else if e > -64 {
            magnitude::from_u64(mantissa >> -e)
        } else {
            Vec::new()
        };
        Some(BigInt::from_parts(negative, mag))
    }

    /// `self / other` correctly rounded; None when `other` is zero or the
    /// quotient overflows f64.
    pub fn true_div(&self, other: &BigInt) -> Option<f64> {
        if other.is_zero() {
            return None;
        }
        let negative = self.is_negative() != other.is_negative();
        let sign = |x: f64| if negative { -x } else { x };
        let (a, b) = (self.limbs(), other.limbs());
        if a.is_empty() {
            return Some(sign(0.0));
        }
        let (la, lb) = (
            magnitude::bit_length(a) as i64,
            magnitude::bit_length(b) as i64,
        );
        if la <= MANTISSA_BITS && lb <= MANTISSA_BITS {
            // Both exact: one IEEE division rounds once.
            let x = magnitude::to_u64(a).unwrap_or(0) as f64;
            let y = magnitude::to_u64(b).unwrap_or(0) as f64;
            return Some(sign(x / y));
        }
        // 2^(diff-1) < a/b < 2^(diff+1).
        let diff = la - lb;
        if diff > MAX_EXP {
            return None;
        }
        if diff < MIN_EXP - MANTISSA_BITS - 2 {
            // a/b < 2^-1075 (half the smallest subnormal): rounds to zero.
            return Some(sign(0.0));
        }
        // q = floor(a / b / 2^shift) has 55 or 56 bits (fewer for
        // subnormals), at least two more than the result keeps.
        let shift = diff.max(MIN_EXP) - MANTISSA_BITS - 2;
        let (num, den, mut sticky) = if shift <= 0 {
            (magnitude::shl(a, (-shift) as usize), b.to_vec(), false)
        } else {
            let s = shift as usize;
            (
                magnitude::shr(a, s),
                b.to_vec(),
                magnitude::any_low_bits(a, s),
            )
        };
        let (q, r) = div::div_rem(&num, &den);
        sticky |= !r.is_empty();
        let q = magnitude::to_u64(&q).unwrap_or(u64::MAX);
        // Exponent of the value: 2^(e-1) <= q*2^shift < 2^e.
        let e = (64 - q.leading_zeros()) as i64 + shift;
        let ulp = e.max(MIN_EXP) - MANTISSA_BITS;
        let drop = (ulp - shift) as u32;
        let mut mantissa = q >> drop;
        let rest = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if rest > half || (rest == half && (sticky || mantissa & 1 == 1)) {
            mantissa += 1;
        }
        let x = scale(mantissa as f64, ulp);
        if x.is_infinite() {
            return None;
        }
        Some(sign(x))
    }
}
