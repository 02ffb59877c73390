//! Magnitude division: one-limb divisors by a single pass of u64 division,
//! longer ones by Knuth's algorithm D (TAOCP vol. 2, 4.3.1).
//!
//! Algorithm D normalises the divisor so its top limb has the high bit
//! set; then the two-limb estimate of each quotient limb is at most two
//! too large, and the correction loop on the top three limbs makes it
//! almost always exact before the multiply-subtract. The rare remaining
//! overshoot is undone by adding the divisor back once.

use super::magnitude::{self, trim};
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// `(a / b, a % b)` for `b != 0`.
pub fn div_rem(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    debug_assert!(!b.is_empty());
    if magnitude::cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let mut q = a.to_vec();
        let r = magnitude::div_rem_small_in_place(&mut q, b[0]);
        trim(&mut q);
        return (q, magnitude::from_u64(r as u64));
    }
    if b.len() >= 2 * BZ_THRESHOLD && a.len() - b.len() >= BZ_THRESHOLD {
        return div_rem_recursive(a, b);
    }
    knuth_d(a, b)
}

/// Algorithm D for `b.len() >= 2`, `a >= b`.
fn knuth_d(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = b.len();
    let shift = b[n - 1].leading_zeros();
    // Normalised divisor and dividend; the dividend gets an extra top limb.
    let v = shifted(b, shift, n);
    let mut u = shifted(a, shift, a.len() + 1);
    let (v_top, v_next) = (v[n - 1] as u64, v[n - 2] as u64);
    let mut q = vec![0u32; a.len() - n + 1];

    for j in (0..q.len()).rev() {
        let top = (u[j + n] as u64) << 32 | u[j + n - 1] as u64;
        let mut qhat = top / v_top;
        let mut rhat = top % v_top;
        while qhat >> 32 != 0 || qhat * v_next > (rhat << 32 | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += v_top;
            if rhat >> 32 != 0 {
                break;
            }
        }
        // u[j..=j+n] -= qhat * v
        let mut carry = 0u64;
        let mut borrow = 0i64;
        for i in 0..n {
            let p = qhat * v[i] as u64 + carry;
            carry = p >> 32;
            let t = u[i + j] as i64 - (p as u32) as i64 - borrow;
            u[i + j] = t as u32;
            borrow = -(t >> 32);
        }
        let t = u[j + n] as i64 - carry as i64 - borrow;
        u[j + n] = t as u32;
        if t < 0 {
            // qhat was one too large: add v back.
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s = u[i + j] as u64 + v[i] as u64 + c;
                u[i + j] = s as u32;
                c = s >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    // The remainder is the low n limbs of u, de-normalised.
    u.truncate(n);
    let mut r = if shift == 0 {
        u
    } else {
        let mut r = Vec::with_capacity(n);
        for i in 0..n {
            let high = if i + 1 < n {
                u[i + 1] << (32 - shift)
            } else {
                0
            };
            r.push((u[i] >> shift) | high);
        }
        r
    };
    trim(&mut r);
    (q, r)
}

/// `x << shift` (shift < 32) into a buffer of exactly `len` limbs.
fn shifted(x: &[u32], shift: u32, len: usize) -> Vec<u32> {
    let mut out = vec![0u32; len];
    if shift == 0 {
        out[..x.len()].copy_from_slice(x);
    } else {
        let mut carry = 0u32;
        for (o, &limb) in out.iter_mut().zip(x) {
            *o = (limb << shift) | carry;
            carry = limb >> (32 - shift);
        }
        if x.len() < len {
            out[x.len()] = carry;
        }
    }
    out
}

/// Below this many divisor limbs, Burnikel-Ziegler recursion costs more
/// than it saves and Algorithm D does the block division.
const BZ_THRESHOLD: usize = 48;

/// `(a / b, a % b)` for `b` of at least `2 * BZ_THRESHOLD` limbs with a
/// long quotient: Burnikel and Ziegler's recursive division, which turns
/// a big division into multiplications (Karatsuba) and small divisions.
///
/// The divisor is scaled (whole limbs and bits) so that its length is
/// `j * 2^k` with `j <= BZ_THRESHOLD` and its top bit is set, which keeps
/// every recursive half even-sized and every quotient estimate within two
/// of the truth. The dividend is then divided block by block of that
/// length, carrying the remainder.
fn div_rem_recursive(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = b.len();
    let mut blocks = 1usize;
    while n.div_ceil(blocks) > BZ_THRESHOLD {
        blocks *= 2;
    }
    let block_n = n.div_ceil(blocks) * blocks;
    let pad_limbs = block_n - n;
    let shift_bits = pad_limbs * 32 + b[n - 1].leading_zeros() as usize;
    let b = magnitude::shl(b, shift_bits);
    let a = magnitude::shl(a, shift_bits);
    debug_assert_eq!(b.len(), block_n);

    let count = a.len().div_ceil(block_n);
    let mut quotient = vec![0u32; count * block_n];
    let mut rem: Vec<u32> = Vec::new();
    for i in (0..count).rev() {
        let low = i * block_n;
        let high = (low + block_n).min(a.len());
        // current = rem * β^block_n + block
        let mut current = vec![0u32; block_n];
        current[..high - low].copy_from_slice(&a[low..high]);
        current.extend_from_slice(&rem);
        trim(&mut current);
        let (q, r) = div_2n_1n(&current, &b, block_n);
        quotient[low..low + q.len()].copy_from_slice(&q);
        rem = r;
    }
    trim(&mut quotient);
    (quotient, magnitude::shr(&rem, shift_bits))
}

/// `a / b` for `a < b * β^n`, `b` of n limbs with its top bit set.
fn div_2n_1n(a: &[u32], b: &[u32], n: usize) -> (Vec<u32>, Vec<u32>) {
    if n % 2 == 1 || n <= BZ_THRESHOLD {
        return div_rem(a, b);
    }
    let h = n / 2;
    // a = [a1 a2 a3 | a4], each h limbs; divide the top three, then the
    // remainder with a4 appended.
    let (a4, top) = split(a, h);
    let (q1, r) = div_3n_2n(top, b, h);
    let next = join(&r, a4, h);
    let (q2, s) = div_3n_2n(&next, b, h);
    (join(&q1, &q2, h), s)
}

/// `a / b` for `a < b * β^h` with `b = [b1 b2]` of 2h limbs (top bit set)
/// and `a` of up to 3h limbs.
fn div_3n_2n(a: &[u32], b: &[u32], h: usize) -> (Vec<u32>, Vec<u32>) {
    let (b2, b1) = split(b, h);
    let (a3, a12) = split(a, h);
    let a1 = if a12.len() > h { &a12[h..] } else { &[][..] };
    // Estimate the quotient from the top two thirds against b1.
    let (mut q, r1) = if magnitude::cmp(magnitude::trimmed(a1), magnitude::trimmed(b1)).is_lt() {
        div_2n_1n(a12, b1, h)
    } else {
        // q = β^h - 1, r1 = a12 - q * b1 = a12 - b1 * β^h + b1.
        let q = vec![u32::MAX; h];
        let shifted = join(b1, &[], h);
        let r1 = magnitude::add(&magnitude::sub(a12, &shifted), b1);
        (q, r1)
    };
    let d = super::mul::mul(&q, magnitude::trimmed(b2));
    let mut r = join(&r1, a3, h);
    // At most two corrections, as b is normalised.
    while magnitude::cmp(&r, &d).is_lt() {
        q = magnitude::sub(&q, &[1]);
        r = magnitude::add(&r, b);
    }
    (magnitude::trimmed(&q).to_vec(), magnitude::sub(&r, &d))
}

/// `(low h limbs, the rest)`, either possibly empty.
fn split(a: &[u32], h: usize) -> (&[u32], &[u32]) {
    if a.len() <= h {
        (a, &[])
    } else {
        a.split_at(h)
    }
}

/// `high * β^h + low` for `low < β^h`.
fn join(high: &[u32], low: &[u32], h: usize) -> Vec<u32> {
    let high = magnitude::trimmed(high);
    let low = magnitude::trimmed(low);
    if high.is_empty() {
        return low.to_vec();
    }
    let mut out = Vec::with_capacity(h + high.len());
    out.extend_from_slice(low);
    out.resize(h, 0);
    out.extend_from_slice(high);
    out
}
