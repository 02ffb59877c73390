//! Number theory: modular exponentiation, `pow(base, exp, mod)`, modular
//! inverses for negative exponents, and `gcd` (for `math.gcd`).
//!
//! The power runs on magnitudes with a fixed 4-bit window: sixteen
//! precomputed powers of the base, then four squarings and at most one
//! multiply per window, each reduced by one division. Short exponents use
//! plain square-and-multiply, where the table would cost more than it
//! saves. Signs are applied only at the end (the result takes the
//! modulus's sign, as in Python).

use super::magnitude::{self, bits_u64_at};
use super::{div, mul, BigInt};
use alloc::vec;
use alloc::vec::Vec;

/// Exponents with fewer bits than this skip the window table.
const WINDOW_MIN_BITS: u64 = 64;

impl BigInt {
    /// `pow(self, e, m)`: the result has m's sign (0 <= r < m for m > 0).
    /// A negative `e` uses the modular inverse; None when it does not
    /// exist or `m` is zero.
    pub fn pow_mod(&self, e: &BigInt, m: &BigInt) -> Option<BigInt> {
        if m.is_zero() {
            return None;
        }
        let modulus = m.abs();
        if modulus.is_one() {
            return Some(BigInt::zero());
        }
        let mut base = self.floor_mod(&modulus)?;
        if e.is_negative() {
            base = base.mod_inverse(&modulus)?;
        }
        let r = pow_mod_mag(base.limbs(), e.limbs(), modulus.limbs());
        let r = BigInt::from_parts(false, r);
        if m.is_negative() && !r.is_zero() {
            return Some(r.sub(&modulus));
        }
        Some(r)
    }

    /// Greatest common divisor, non-negative (`gcd(0, 0) == 0`), by
    /// Euclid's algorithm; each step is one division, and once both fit
    /// a u64 the rest runs in machine words.
    pub fn gcd(&self, other: &BigInt) -> BigInt {
        let (mut a, mut b) = (self.limbs().to_vec(), other.limbs().to_vec());
        loop {
            if let (Some(mut x), Some(mut y)) = (magnitude::to_u64(&a), magnitude::to_u64(&b)) {
                while y != 0 {
                    (x, y) = (y, x % y);
                }
                return BigInt::from_u64(x);
            }
            if b.is_empty() {
                return BigInt::from_parts(false, a);
            }
            let r = div::div_rem(&a, &b).1;
            a = core::mem::replace(&mut b, r);
        }
    }

    /// The inverse of `self` modulo `m > 1` (self in 0..m), by the
    /// extended Euclidean algorithm; None when gcd(self, m) != 1.
    fn mod_inverse(&self, m: &BigInt) -> Option<BigInt> {
        let (mut old_r, mut r) = (self.clone(), m.clone());
        let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
        while !r.is_zero() {
            let (q, rem) = old_r.div_mod_floor(&r)?;
            old_r = core::mem::replace(&mut r, rem);
            let next = old_s.sub(&q.mul(&s));
            old_s = core::mem::replace(&mut s, next);
        }
        if !old_r.is_one() {
            return None;
        }
        old_s.floor_mod(m)
    }
}

/// `x mod m` for a magnitude `x` (already reduced values pass through).
fn reduce(x: Vec<u32>, m: &[u32]) -> Vec<u32> {
    if magnitude::cmp(&x, m).is_lt() {
        x
    } else {
        div::div_rem(&x, m).1
    }
}

/// `base^exp mod m` with `base < m` and `m > 1`.
fn pow_mod_mag(base: &[u32], exp: &[u32], m: &[u32]) -> Vec<u32> {
    let bits = magnitude::bit_length(exp);
    let mut acc = vec![1u32];
    if bits < WINDOW_MIN_BITS {
        for i in (0..bits as usize).rev() {
            acc = reduce(mul::square(&acc), m);
            if bits_u64_at(exp, i) & 1 == 1 {
                acc = reduce(mul::mul(&acc, base), m);
            }
        }
        return acc;
    }
    let mut table: Vec<Vec<u32>> = Vec::with_capacity(16);
    table.push(vec![1]);
    for i in 1..16 {
        let next = reduce(mul::mul(&table[i - 1], base), m);
        table.push(next);
    }
    let windows = bits.div_ceil(4) as usize;
    for w in (0..windows).rev() {
        if w != windows - 1 {
            for _ in 0..4 {
                acc = reduce(mul::square(&acc), m);
            }
        }
        let digit = (bits_u64_at(exp, w * 4) & 15) as usize;
        if digit != 0 {
            acc = reduce(mul::mul(&acc, &table[digit]), m);
        }
    }
    acc
}
