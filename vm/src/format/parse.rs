//! `float(str)`: text to float with Python's syntax.
//!
//! The syntax check is done here (Python's grammar is not Rust's: it
//! allows underscores between digits and surrounding whitespace, and
//! spells infinities and NaNs its own way); the value then comes from
//! `core`'s `str::parse::<f64>`, which is correctly rounded, applied to
//! the text with its underscores removed. As in CPython, non-ASCII
//! decimal digits (`'١٢'`) count as digits and non-ASCII white space as
//! spaces.

use alloc::string::String;

/// The characters `float()` strips once non-ASCII white space has become
/// spaces: C's `isspace`. (The ASCII separators 0x1c..0x1f are white
/// space to `str.isspace` but are not stripped.)
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r')
}

/// The first code point of each run of ten decimal digits outside ASCII
/// (Unicode 14.0, CPython 3.11's tables: characters with a decimal value
/// always come in runs 0..9).
const DIGIT_ZEROS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a non-ASCII decimal digit.
pub(crate) fn unicode_digit(c: char) -> Option<u32> {
    let n = c as u32;
    let i = DIGIT_ZEROS.partition_point(|&zero| zero <= n);
    let zero = *DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    (n - zero < 10).then_some(n - zero)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII
/// digits to ASCII, non-ASCII white space to a space; any other
/// non-ASCII character makes the text invalid.
fn to_ascii(text: &str) -> Option<String> {
    text.chars()
        .map(|c| match c {
            c if c.is_ascii() => Some(c),
            c if c.is_whitespace() => Some(' '),
            c => unicode_digit(c).and_then(|d| char::from_digit(d, 10)),
        })
        .collect()
}

/// The float `text` spells, or `None` when it is not a valid literal.
pub fn parse_float(text: &str) -> Option<f64> {
    let converted;
    let text = if text.is_ascii() {
        text
    } else {
        converted = to_ascii(text)?;
        &converted
    };
    let text = text.trim_matches(is_space);
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let special = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(value) = special {
        return Some(if negative { -value } else { value });
    }
    let cleaned = decimal_literal(body)?;
    let value: f64 = cleaned.parse().ok()?;
    Some(if negative { -value } else { value })
}

/// Check `digits[.digits][(e|E)[sign]digits]` (at least one mantissa
/// digit; `_` only between two digits) and return it without the
/// underscores.
fn decimal_literal(body: &str) -> Option<String> {
    let bytes = body.as_bytes();
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    // A run of digits with single underscores between them; the number
    // of digits read.
    let digits = |i: &mut usize, out: &mut String| -> Option<usize> {
        let mut count = 0;
        while *i < bytes.len() {
            match bytes[*i] {
                b @ b'0'..=b'9' => {
                    out.push(b as char);
                    count += 1;
                }
                b'_' if count > 0 && bytes.get(*i + 1).is_some_and(u8::is_ascii_digit) => {}
                _ => break,
            }
            *i += 1;
        }
        // An underscore that was not followed by a digit ends the run
        // here and is rejected by the caller as trailing text.
        Some(count)
    };
    let whole = digits(&mut i, &mut out)?;
    let mut fraction = 0;
    if bytes.get(i) == Some(&b'.') {
        out.push('.');
        i += 1;
        fraction = digits(&mut i, &mut out)?;
    }
    if whole + fraction == 0 {
        return None;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        out.push('e');
        i += 1;
        if let Some(&sign @ (b'+' | b'-')) = bytes.get(i) {
            out.push(sign as char);
            i += 1;
        }
        if digits(&mut i, &mut out)? == 0 {
            return None;
        }
    }
    (i == bytes.len()).then_some(out)
}
