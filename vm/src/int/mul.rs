//! Magnitude multiplication: schoolbook below `KARATSUBA_THRESHOLD` limbs,
//! Karatsuba above it.
//!
//! Everything accumulates into a caller-sized output window (`out += a*b`)
//! so the recursion never reallocates the result; only the three
//! half-size partial products of each Karatsuba level are temporaries.
//! Operands of very different lengths are cut into pieces as long as the
//! shorter one, since Karatsuba only pays on balanced halves.

use super::magnitude::{add_into, sub_into, trim};
use alloc::vec;
use alloc::vec::Vec;

/// Below this many limbs in the shorter operand, schoolbook is faster
/// (measured on x86-64: at 40 limbs one Karatsuba level about ties).
pub const KARATSUBA_THRESHOLD: usize = 32;

/// `a * b`.
pub fn mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    if a.len() == b.len() && a.len() > 1 && a == b {
        // `x * x` from Python arrives as two equal copies; the compare is
        // linear, the saving quadratic.
        return square(a);
    }
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = vec![0u32; a.len() + b.len()];
    if b.len() == 1 {
        mul_small_into(&mut out, a, b[0]);
    } else {
        mul_into(&mut out, a, b);
    }
    trim(&mut out);
    out
}

/// `a * a`: about half the limb products of a general multiply, since
/// each cross term `a[i]*a[j]` appears twice.
pub fn square(a: &[u32]) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; 2 * a.len()];
    square_into(&mut out, a);
    trim(&mut out);
    out
}

/// `out += a * a`; `out` long enough for the sum.
fn square_into(out: &mut [u32], a: &[u32]) {
    if a.len() < KARATSUBA_THRESHOLD {
        schoolbook_square(out, a);
    } else {
        karatsuba_square(out, a);
    }
}

/// `out += a * a`, quadratic: the cross terms once, doubled by a shift,
/// then the diagonal squares.
fn schoolbook_square(out: &mut [u32], a: &[u32]) {
    let n = a.len();
    let mut cross = vec![0u32; 2 * n];
    for i in 0..n {
        let x = a[i] as u64;
        if x == 0 {
            continue;
        }
        let mut carry = 0u64;
        for j in i + 1..n {
            let p = x * a[j] as u64 + cross[i + j] as u64 + carry;
            cross[i + j] = p as u32;
            carry = p >> 32;
        }
        cross[i + n] = carry as u32;
    }
    // cross * 2 + diagonal, in one pass.
    let mut shifted_in = 0u32;
    let mut carry = 0u64;
    for i in 0..n {
        let sq = a[i] as u64 * a[i] as u64;
        let (lo, hi) = (cross[2 * i], cross[2 * i + 1]);
        let d_lo = (lo << 1) | shifted_in;
        let d_hi = (hi << 1) | (lo >> 31);
        shifted_in = hi >> 31;
        let s = d_lo as u64 + (sq as u32) as u64 + carry;
        cross[2 * i] = s as u32;
        let s = d_hi as u64 + (sq >> 32) + (s >> 32);
        cross[2 * i + 1] = s as u32;
        carry = s >> 32;
    }
    // The square fits 2n limbs, so nothing is left over.
    add_into(out, &cross);
}

/// Karatsuba for squares: `(a0+a1)^2 - a0^2 - a1^2 = 2*a0*a1`.
fn karatsuba_square(out: &mut [u32], a: &[u32]) {
    let m = a.len() / 2;
    let (a0, a1) = a.split_at(m);
    let a0 = super::magnitude::trimmed(a0);
    let z0 = square(a0);
    let z2 = square(a1);
    let z1 = square(&super::magnitude::add(a0, a1));
    add_into(out, &z0);
    add_into(&mut out[2 * m..], &z2);
    let mid = &mut out[m..];
    add_into(mid, &z1);
    sub_into(mid, &z0);
    sub_into(mid, &z2);
}

/// `out = a * m` (out zeroed and `a.len() + 1` long or longer).
fn mul_small_into(out: &mut [u32], a: &[u32], m: u32) {
    let mut carry = 0u64;
    for (o, &x) in out.iter_mut().zip(a) {
        let p = x as u64 * m as u64 + carry;
        *o = p as u32;
        carry = p >> 32;
    }
    out[a.len()] = carry as u32;
}

/// `out += a * b` with `a.len() >= b.len() >= 1`; `out` must be long enough
/// to hold the final sum (carries propagate to its end).
fn mul_into(out: &mut [u32], a: &[u32], b: &[u32]) {
    if b.len() < KARATSUBA_THRESHOLD {
        schoolbook(out, a, b);
    } else if a.len() >= 2 * b.len() {
        // Unbalanced: multiply b by b-sized pieces of a.
        let n = b.len();
        for (i, piece) in a.chunks(n).enumerate() {
            let piece = super::magnitude::trimmed(piece);
            if piece.is_empty() {
                continue;
            }
            let window = &mut out[i * n..];
            if piece.len() >= n {
                mul_into(window, piece, b);
            } else {
                mul_into(window, b, piece);
            }
        }
    } else {
        karatsuba(out, a, b);
    }
}

/// `out += a * b`, quadratic. The inner loop is a multiply-accumulate row
/// whose carry stays in a u64.
fn schoolbook(out: &mut [u32], a: &[u32], b: &[u32]) {
    for (i, &y) in b.iter().enumerate() {
        if y == 0 {
            continue;
        }
        let mut carry = 0u64;
        let row = &mut out[i..];
        for (o, &x) in row.iter_mut().zip(a) {
            // (2^32-1)^2 + 2*(2^32-1) == 2^64-1: cannot overflow.
            let p = x as u64 * y as u64 + *o as u64 + carry;
            *o = p as u32;
            carry = p >> 32;
        }
        let tail = &mut row[a.len()..];
        add_into(tail, &[carry as u32]);
    }
}

/// `out += a * b` with `b.len() <= a.len() < 2 * b.len()`.
///
/// With `a = a1*B^m + a0`, `b = b1*B^m + b0`:
/// `a*b = z2*B^2m + (z1 - z2 - z0)*B^m + z0` where `z1 = (a0+a1)(b0+b1)`.
/// The middle term is added before z0 and z2 are subtracted so the window
/// never goes negative.
fn karatsuba(out: &mut [u32], a: &[u32], b: &[u32]) {
    let m = b.len() / 2;
    let (a0, a1) = a.split_at(m);
    let (b0, b1) = b.split_at(m);
    let a0 = super::magnitude::trimmed(a0);
    let b0 = super::magnitude::trimmed(b0);

    let z0 = product(a0, b0);
    let z2 = product(a1, b1);
    let sa = super::magnitude::add(a0, a1);
    let sb = super::magnitude::add(b0, b1);
    let z1 = product(&sa, &sb);

    add_into(out, &z0);
    add_into(&mut out[2 * m..], &z2);
    let mid = &mut out[m..];
    add_into(mid, &z1);
    sub_into(mid, &z0);
    sub_into(mid, &z2);
}

/// A fresh product of two possibly-empty, possibly-unordered magnitudes.
fn product(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let a = super::magnitude::trimmed(a);
    let b = super::magnitude::trimmed(b);
    if b.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    mul_into(&mut out, a, b);
    trim(&mut out);
    out
}
