//! `float(str)`: text to float with Python's syntax.
//!
//! The syntax check is done here (Python's grammar is not Rust's: it
//! allows underscores between digits and surrounding whitespace, and
//! spells infinities and NaNs its own way); the value then comes from
//! `core`'s `str::parse::<f64>`, which is correctly rounded, applied to
//! the text with its underscores removed.

use alloc::string::String;

/// The characters `float()` strips: C's `isspace` in ASCII (CPython
/// only maps non-ASCII white space to spaces before stripping, so the
/// ASCII separators 0x1c..0x1f, white space to `str.isspace`, are not
/// stripped), Unicode white space beyond.
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r')
    } else {
        c.is_whitespace()
    }
}

/// The float `text` spells, or `None` when it is not a valid literal.
pub fn parse_float(text: &str) -> Option<f64> {
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
