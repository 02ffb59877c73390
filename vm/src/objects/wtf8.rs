//! Generalized UTF-8: the byte form of a str that holds lone surrogates.
//!
//! CPython's str holds any code point 0..=0x10FFFF, including U+D800..=U+DFFF,
//! which UTF-8 (and so Rust's `str`) cannot. Such a str is stored as UTF-8
//! extended to encode each surrogate code point as its own 3-byte sequence
//! `ED A0..=BF 80..=BF`, whatever its neighbours: a high surrogate followed by
//! a low one stays two code points, as in CPython (`'\ud83d\ude00'` is not
//! `'\U0001f600'`). Every code point still starts with a non-continuation
//! byte and byte order is code-point order, so counting, indexing, searching
//! and comparing work on the bytes unchanged.
//!
//! These are pure functions over bytes the VM wrote itself (always well
//! formed); they never make a `&str` from bytes that hold a surrogate.

use alloc::vec::Vec;

/// Whether `bytes` (well-formed generalized UTF-8) holds a surrogate.
pub fn has_surrogate(bytes: &[u8]) -> bool {
    bytes
        .windows(2)
        .any(|pair| pair[0] == 0xED && pair[1] >= 0xA0)
}

/// Number of code points.
pub fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// The code point starting at byte `at` and its length in bytes; None at
/// the end.
pub fn decode_at(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    let first = *bytes.get(at)?;
    let continuation = |k: usize| u32::from(bytes.get(at + k).copied().unwrap_or(0x80) & 0x3F);
    Some(match first {
        0x00..=0x7F => (u32::from(first), 1),
        0xC0..=0xDF => ((u32::from(first & 0x1F) << 6) | continuation(1), 2),
        0xE0..=0xEF => (
            (u32::from(first & 0x0F) << 12) | (continuation(1) << 6) | continuation(2),
            3,
        ),
        _ => (
            (u32::from(first & 0x07) << 18)
                | (continuation(1) << 12)
                | (continuation(2) << 6)
                | continuation(3),
            4,
        ),
    })
}

/// The code points of `bytes`, in order.
pub fn code_points(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut at = 0;
    core::iter::from_fn(move || {
        let (code, len) = decode_at(bytes, at)?;
        at += len;
        Some(code)
    })
}

/// Append code point `code` (any value up to 0x10FFFF, surrogates included).
pub fn push(out: &mut Vec<u8>, code: u32) {
    if let Some(c) = char::from_u32(code) {
        let mut buffer = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
    } else {
        // A surrogate: the 3-byte form UTF-8 would give it.
        out.push(0xE0 | (code >> 12) as u8);
        out.push(0x80 | ((code >> 6) & 0x3F) as u8);
        out.push(0x80 | (code & 0x3F) as u8);
    }
}

/// The byte offset of code point `index`, or the byte length when `index`
/// is the code-point count or more.
pub fn offset_of_char(bytes: &[u8], index: usize) -> usize {
    let mut seen = 0;
    for (offset, &b) in bytes.iter().enumerate() {
        if (b & 0xC0) != 0x80 {
            if seen == index {
                return offset;
            }
            seen += 1;
        }
    }
    bytes.len()
}

/// The byte offset of the first occurrence of `needle` at or after `from`.
/// A match always starts and ends on code-point boundaries, because a
/// needle starts with a lead byte and ends with a whole code point.
pub fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= haystack.len()).then_some(from);
    }
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|at| at + from)
}
