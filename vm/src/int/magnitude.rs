//! Unsigned magnitudes: little-endian `u32` limbs with `u64` intermediates.
//!
//! Every function here takes and returns *normalised* magnitudes (no high
//! zero limbs; zero is the empty slice) unless it says otherwise. The
//! in-place helpers (`add_into`, `sub_into`) work on fixed-size windows of
//! a larger buffer, so they report the carry or borrow out of the window
//! instead of growing it: multiplication and division use them on
//! sub-slices of a result whose final size is known in advance.

use alloc::vec::Vec;
use core::cmp::Ordering;

/// Bits in a limb.
pub const LIMB_BITS: usize = 32;

/// Drop high zero limbs.
#[inline]
pub fn trim(v: &mut Vec<u32>) {
    while let Some(&0) = v.last() {
        v.pop();
    }
}

/// The slice without its high zero limbs.
#[inline]
pub fn trimmed(v: &[u32]) -> &[u32] {
    let mut n = v.len();
    while n > 0 && v[n - 1] == 0 {
        n -= 1;
    }
    &v[..n]
}

/// Numeric comparison of two normalised magnitudes.
pub fn cmp(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x.cmp(y);
        }
    }
    Ordering::Equal
}

/// `a + b`.
pub fn add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    out.extend_from_slice(long);
    let carry = add_into(&mut out, short);
    if carry != 0 {
        out.push(carry);
    }
    out
}

/// `acc += b` within the window `acc` (which must be at least as long as
/// `b`); returns the carry out of the window.
pub fn add_into(acc: &mut [u32], b: &[u32]) -> u32 {
    let mut carry = 0u64;
    let (low, high) = acc.split_at_mut(b.len());
    for (x, &y) in low.iter_mut().zip(b) {
        let s = *x as u64 + y as u64 + carry;
        *x = s as u32;
        carry = s >> 32;
    }
    if carry != 0 {
        for x in high {
            let (s, overflow) = x.overflowing_add(1);
            *x = s;
            if !overflow {
                return 0;
            }
        }
    }
    carry as u32
}

/// `acc -= b` within the window `acc` (at least as long as `b`); returns
/// the borrow out of the window (1 when `b` was larger).
pub fn sub_into(acc: &mut [u32], b: &[u32]) -> u32 {
    let mut borrow = 0u64;
    let (low, high) = acc.split_at_mut(b.len());
    for (x, &y) in low.iter_mut().zip(b) {
        let d = (*x as u64).wrapping_sub(y as u64).wrapping_sub(borrow);
        *x = d as u32;
        borrow = (d >> 63) & 1;
    }
    if borrow != 0 {
        for x in high {
            let (d, underflow) = x.overflowing_sub(1);
            *x = d;
            if !underflow {
                return 0;
            }
        }
    }
    borrow as u32
}

/// `a - b` for `a >= b`.
pub fn sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    debug_assert!(cmp(a, b) != Ordering::Less);
    let mut out = a.to_vec();
    sub_into(&mut out, b);
    trim(&mut out);
    out
}

/// `|a - b|` and whether `b > a`.
pub fn sub_abs(a: &[u32], b: &[u32]) -> (Vec<u32>, bool) {
    match cmp(a, b) {
        Ordering::Less => (sub(b, a), true),
        Ordering::Equal => (Vec::new(), false),
        Ordering::Greater => (sub(a, b), false),
    }
}

/// `a = a * m + c` in place.
pub fn mul_small_add(a: &mut Vec<u32>, m: u32, c: u32) {
    let mut carry = c as u64;
    for x in a.iter_mut() {
        let p = *x as u64 * m as u64 + carry;
        *x = p as u32;
        carry = p >> 32;
    }
    if carry != 0 {
        a.push(carry as u32);
    }
    trim(a);
}

/// `a /= d` in place (the caller trims); returns the remainder. `d != 0`.
pub fn div_rem_small_in_place(a: &mut [u32], d: u32) -> u32 {
    let d = d as u64;
    let mut rem = 0u64;
    for x in a.iter_mut().rev() {
        let cur = (rem << 32) | *x as u64;
        *x = (cur / d) as u32;
        rem = cur % d;
    }
    rem as u32
}

/// `a << bits`.
pub fn shl(a: &[u32], bits: usize) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = bits / LIMB_BITS;
    let shift = (bits % LIMB_BITS) as u32;
    let mut out = Vec::with_capacity(limbs + a.len() + 1);
    out.resize(limbs, 0);
    if shift == 0 {
        out.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &x in a {
            out.push((x << shift) | carry);
            carry = x >> (32 - shift);
        }
        if carry != 0 {
            out.push(carry);
        }
    }
    out
}

/// `a >> bits` (floor, as the magnitude is unsigned).
pub fn shr(a: &[u32], bits: usize) -> Vec<u32> {
    let limbs = bits / LIMB_BITS;
    if limbs >= a.len() {
        return Vec::new();
    }
    let shift = (bits % LIMB_BITS) as u32;
    let src = &a[limbs..];
    let mut out = Vec::with_capacity(src.len());
    if shift == 0 {
        out.extend_from_slice(src);
    } else {
        for i in 0..src.len() {
            let high = src.get(i + 1).map_or(0, |&h| h << (32 - shift));
            out.push((src[i] >> shift) | high);
        }
    }
    trim(&mut out);
    out
}

/// Whether any of the low `bits` bits of `a` is set.
pub fn any_low_bits(a: &[u32], bits: usize) -> bool {
    let limbs = bits / LIMB_BITS;
    if limbs >= a.len() {
        return !a.is_empty();
    }
    if a[..limbs].iter().any(|&x| x != 0) {
        return true;
    }
    let shift = bits % LIMB_BITS;
    shift != 0 && a[limbs] & ((1u32 << shift) - 1) != 0
}

/// Number of significant bits (0 for zero).
#[inline]
pub fn bit_length(a: &[u32]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros()) as u64,
    }
}

/// The magnitude of a u64.
#[inline]
pub fn from_u64(n: u64) -> Vec<u32> {
    let mut v = Vec::new();
    if n != 0 {
        v.push(n as u32);
        if n >> 32 != 0 {
            v.push((n >> 32) as u32);
        }
    }
    v
}

/// The magnitude as a u64 if it fits.
#[inline]
pub fn to_u64(a: &[u32]) -> Option<u64> {
    match a.len() {
        0 => Some(0),
        1 => Some(a[0] as u64),
        2 => Some(a[0] as u64 | (a[1] as u64) << 32),
        _ => None,
    }
}

/// The magnitude as a u128 if it fits.
pub fn to_u128(a: &[u32]) -> Option<u128> {
    if a.len() > 4 {
        return None;
    }
    Some(
        a.iter()
            .rev()
            .fold(0u128, |acc, &limb| (acc << 32) | limb as u128),
    )
}

/// The low 64 bits of the magnitude `a >> bits` (used to read the top bits
/// of a number for float conversion).
pub fn bits_u64_at(a: &[u32], bits: usize) -> u64 {
    let limbs = bits / LIMB_BITS;
    let shift = (bits % LIMB_BITS) as u32;
    let limb = |i: usize| a.get(i).copied().unwrap_or(0) as u128;
    let window = limb(limbs) | limb(limbs + 1) << 32 | limb(limbs + 2) << 64;
    (window >> shift) as u64
}
