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
