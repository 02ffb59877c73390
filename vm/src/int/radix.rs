//! Text conversion: `to_str_radix`, `from_str_radix` and Python's
//! `int(text, base)` parser.
//!
//! Power-of-two radixes map bits to digits directly (linear). Other radixes
//! work in chunks: the largest power of the radix that fits a limb
//! (10^9 for decimal), so each pass of the quadratic loop produces or
//! consumes nine digits, not one. Numbers above `DC_THRESHOLD` limbs are
//! printed divide-and-conquer: split by radix^(2^k) into halves whose
//! digit strings are concatenated with zero padding, so the splitting
//! divisions run on balanced operands. Long texts are parsed the same way
//! in reverse (`high * radix^n + low`), so Karatsuba does the work.

use super::magnitude::{self, trim};
use super::BigInt;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Above this many limbs, printing splits the number recursively.
const DC_THRESHOLD: usize = 64;

/// Above this many digits, parsing splits the text recursively.
const DC_PARSE_DIGITS: usize = 1000;

/// `(radix^k, k)` with k the most digits of `radix` a u32 chunk can hold.
fn chunk(radix: u32) -> (u32, usize) {
    let mut power = radix;
    let mut count = 1;
    while let Some(next) = power.checked_mul(radix) {
        power = next;
        count += 1;
    }
    (power, count)
}

/// The digits of a magnitude, most significant first, no sign; "0" for
/// zero. `radix` in 2..=36.
pub fn mag_to_string(mag: &[u32], radix: u32) -> String {
    let mut out = Vec::new();
    if mag.is_empty() {
        out.push(b'0');
    } else if radix.is_power_of_two() {
        power_of_two_digits(mag, radix, &mut out);
    } else {
        write_digits(mag, radix, &mut out);
    }
    // All bytes come from DIGITS.
    String::from_utf8(out).unwrap_or_default()
}

fn power_of_two_digits(mag: &[u32], radix: u32, out: &mut Vec<u8>) {
    let bits = radix.trailing_zeros() as usize;
    let total = magnitude::bit_length(mag) as usize;
    let count = total.div_ceil(bits);
    for i in (0..count).rev() {
        let digit = magnitude::bits_u64_at(mag, i * bits) as u32 & (radix - 1);
        out.push(DIGITS[digit as usize]);
    }
}

/// Append the digits of a nonzero `mag`, divide-and-conquer when large.
fn write_digits(mag: &[u32], radix: u32, out: &mut Vec<u8>) {
    if mag.len() <= DC_THRESHOLD {
        write_chunked(mag, radix, 0, out);
        return;
    }
    // powers[i] = radix^(k * 2^i), while its square may still be <= mag.
    let (chunk_power, chunk_digits) = chunk(radix);
    let mut powers = vec![(vec![chunk_power], chunk_digits)];
    loop {
        let (last, digits) = &powers[powers.len() - 1];
        if last.len() * 2 > mag.len() + 1 {
            break;
        }
        let next = (super::mul::square(last), digits * 2);
        powers.push(next);
    }
    // The loop stops once the square outgrows mag, so mag < last^2 and
    // the top split leaves a high part below the last power.
    write_split(mag, radix, &powers, powers.len() - 1, 0, out);
}

/// Digits of `mag` split at `powers[level]`, left-padded to `width` digits
/// (width 0: unpadded, and then `mag` is nonzero).
fn write_split(
    mag: &[u32],
    radix: u32,
    powers: &[(Vec<u32>, usize)],
    level: usize,
    width: usize,
    out: &mut Vec<u8>,
) {
    if mag.len() <= DC_THRESHOLD {
        write_chunked(mag, radix, width, out);
        return;
    }
    let (power, digits) = &powers[level];
    let (high, low) = super::div::div_rem(mag, power);
    let below = level.saturating_sub(1);
    if width == 0 {
        if !high.is_empty() {
            // At the top the high part is unbounded: split it at this level.
            let high_level = if magnitude::cmp(&high, power).is_ge() {
                level
            } else {
                below
            };
            write_split(&high, radix, powers, high_level, 0, out);
            write_split(&low, radix, powers, below, *digits, out);
        } else {
            write_split(&low, radix, powers, below, 0, out);
        }
    } else {
        write_split(&high, radix, powers, below, width - digits, out);
        write_split(&low, radix, powers, below, *digits, out);
    }
}

/// Digits by repeated division by the chunk power, padded to `width`.
fn write_chunked(mag: &[u32], radix: u32, width: usize, out: &mut Vec<u8>) {
    let (chunk_power, chunk_digits) = chunk(radix);
    let mut work = mag.to_vec();
    let mut chunks = Vec::with_capacity(mag.len() * 32 / (chunk_digits * 3) + 1);
    while !work.is_empty() {
        chunks.push(magnitude::div_rem_small_in_place(&mut work, chunk_power));
        trim(&mut work);
    }
    let start = out.len();
    let mut buf = [0u8; 32];
    for (i, &c) in chunks.iter().rev().enumerate() {
        let mut c = c;
        let mut n = 0;
        while c != 0 {
            buf[n] = DIGITS[(c % radix) as usize];
            c /= radix;
            n += 1;
        }
        // Inner chunks are padded to full width; the first is not.
        if i != 0 {
            out.resize(out.len() + chunk_digits - n, b'0');
        }
        out.extend(buf[..n].iter().rev());
    }
    let len = out.len() - start;
    if len < width {
        let pad = width - len;
        out.splice(start..start, core::iter::repeat_n(b'0', pad));
    }
}

/// The value of `digits` (no sign, prefix or underscores) in `radix`
/// (2..=36); None if empty or any character is not a digit.
pub fn mag_from_str(digits: &[u8], radix: u32) -> Option<Vec<u32>> {
    if digits.is_empty() || !(2..=36).contains(&radix) {
        return None;
    }
    let mut values = Vec::with_capacity(digits.len());
    for &c in digits {
        values.push(digit_value(c).filter(|&d| d < radix)?);
    }
    Some(mag_from_values(&values, radix))
}

fn digit_value(c: u8) -> Option<u32> {
    (c as char).to_digit(36)
}

/// A magnitude from digit values (each < radix), most significant first.
fn mag_from_values(values: &[u32], radix: u32) -> Vec<u32> {
    if radix.is_power_of_two() {
        // Fill bits from the least significant digit.
        let mut mag = Vec::with_capacity(values.len() / 6 + 1);
        let bits = radix.trailing_zeros();
        let mut acc = 0u64;
        let mut filled = 0;
        for &d in values.iter().rev() {
            acc |= (d as u64) << filled;
            filled += bits;
            if filled >= 32 {
                mag.push(acc as u32);
                acc >>= 32;
                filled -= 32;
            }
        }
        mag.push(acc as u32);
        trim(&mut mag);
        return mag;
    }
    let (chunk_power, chunk_digits) = chunk(radix);
    if values.len() <= DC_PARSE_DIGITS {
        return parse_chunked(values, radix, chunk_digits);
    }
    // powers[i] = radix^(k * 2^i) while that many digits is under half.
    let mut powers = vec![vec![chunk_power]];
    let mut digits = chunk_digits;
    while digits * 2 < values.len() {
        let next = super::mul::square(&powers[powers.len() - 1]);
        powers.push(next);
        digits *= 2;
    }
    parse_split(values, radix, chunk_digits, &powers)
}

/// Divide-and-conquer parse: `high * radix^low_digits + low`, with the
/// low part the largest `k * 2^i` digits shorter than the whole, so both
/// halves are balanced and the powers are squares computed once.
fn parse_split(values: &[u32], radix: u32, chunk_digits: usize, powers: &[Vec<u32>]) -> Vec<u32> {
    if values.len() <= DC_PARSE_DIGITS {
        return parse_chunked(values, radix, chunk_digits);
    }
    let mut level = 0;
    while level + 1 < powers.len() && chunk_digits << (level + 1) < values.len() {
        level += 1;
    }
    let low_digits = chunk_digits << level;
    let (high, low) = values.split_at(values.len() - low_digits);
    let high = parse_split(high, radix, chunk_digits, powers);
    let low = parse_split(low, radix, chunk_digits, powers);
    let mut mag = super::mul::mul(&high, &powers[level]);
    if mag.len() < low.len() {
        mag.resize(low.len(), 0);
    }
    let carry = magnitude::add_into(&mut mag, &low);
    if carry != 0 {
        mag.push(carry);
    }
    trim(&mut mag);
    mag
}

/// Quadratic parse, one chunk of digits (one multiply-add pass) at a time.
fn parse_chunked(values: &[u32], radix: u32, chunk_digits: usize) -> Vec<u32> {
    let mut mag = Vec::with_capacity(values.len() / 9 + 1);
    let first = values.len() % chunk_digits;
    let mut start = 0;
    let mut take = if first == 0 { chunk_digits } else { first };
    while start < values.len() {
        let piece = &values[start..start + take];
        let value = piece.iter().fold(0u32, |acc, &d| acc * radix + d);
        let scale = radix.pow(take as u32);
        magnitude::mul_small_add(&mut mag, scale, value);
        start += take;
        take = chunk_digits;
    }
    mag
}

/// Python's `int(text, base)`: surrounding whitespace, an optional sign,
/// an optional 0x/0o/0b prefix matching the base (base 0 detects it, and
/// then decimal digits may not have leading zeros unless all are zero),
/// and single underscores between digits (or right after a prefix).
pub fn parse_python_int(text: &str, radix: u32) -> Option<BigInt> {
    if radix != 0 && !(2..=36).contains(&radix) {
        return None;
    }
    // Python's whitespace includes the separators U+001C..U+001F.
    let text = text.trim_matches(|c: char| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c));
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let bytes = rest.as_bytes();
    let prefix_radix = if bytes.len() >= 2 && bytes[0] == b'0' {
        match bytes[1] {
            b'x' | b'X' => Some(16),
            b'o' | b'O' => Some(8),
            b'b' | b'B' => Some(2),
            _ => None,
        }
    } else {
        None
    };
    let detected = radix == 0;
    let (radix, body, prefixed) = match (radix, prefix_radix) {
        (0, Some(p)) => (p, &bytes[2..], true),
        (0, None) => (10, bytes, false),
        (r, Some(p)) if r == p => (r, &bytes[2..], true),
        (r, _) => (r, bytes, false),
    };
    // Underscores: single, between digits, or right after a prefix.
    let mut values = Vec::with_capacity(body.len());
    let mut previous_underscore = false;
    for (i, &c) in body.iter().enumerate() {
        if c == b'_' {
            if previous_underscore || (i == 0 && !prefixed) {
                return None;
            }
            previous_underscore = true;
            continue;
        }
        previous_underscore = false;
        values.push(digit_value(c).filter(|&d| d < radix)?);
    }
    if values.is_empty() || previous_underscore {
        return None;
    }
    if detected && radix == 10 && values[0] == 0 && values.iter().any(|&d| d != 0) {
        return None;
    }
    let mag = mag_from_values(&values, radix);
    Some(BigInt::from_parts(negative, mag))
}
