//! Decoding literal tokens into values: numbers, and the bodies of string,
//! bytes and f-string-text tokens (escapes, newline normalisation).
//!
//! The lexer has already checked a number's shape, so number conversion
//! cannot fail here. A string body with nothing to decode is returned as a
//! borrowed slice of the source; otherwise the decoded text is built in the
//! arena.

use super::ast::{Constant, IntLiteral};
use bumpalo::collections::{String as BString, Vec as BVec};
use bumpalo::Bump;

/// Convert a `Number` token's text.
#[inline(never)]
pub fn number<'a>(text: &'a str, arena: &'a Bump) -> Constant<'a> {
    let text = strip_underscores(text, arena);
    let bytes = text.as_bytes();
    let (radix, digits) = if bytes.len() > 1 && bytes[0] == b'0' {
        match bytes[1].to_ascii_lowercase() {
            b'x' => (16, &text[2..]),
            b'o' => (8, &text[2..]),
            b'b' => (2, &text[2..]),
            _ => (10, text),
        }
    } else {
        (10, text)
    };
    if radix == 10 {
        if let Some(imaginary) = text.strip_suffix(['j', 'J']) {
            return Constant::Imaginary(imaginary.parse().unwrap_or(f64::INFINITY));
        }
        if text.contains(['.', 'e', 'E']) {
            return Constant::Float(text.parse().unwrap_or(f64::INFINITY));
        }
    }
    match i64::from_str_radix(digits, radix) {
        Ok(value) => Constant::Int(IntLiteral::Small(value)),
        Err(_) => Constant::Int(IntLiteral::Big { digits, radix }),
    }
}

fn strip_underscores<'a>(text: &'a str, arena: &'a Bump) -> &'a str {
    if !text.contains('_') {
        return text;
    }
    let mut out = BString::with_capacity_in(text.len(), arena);
    out.extend(text.chars().filter(|&c| c != '_'));
    out.into_bump_str()
}

/// What went wrong decoding an escape: the message (positions are the
/// caller's business, as CPython reports them at the end of the token).
pub type DecodeError = alloc::string::String;

fn unicode_error(start: usize, end: usize, what: &str) -> DecodeError {
    alloc::format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        start,
        end,
        what
    )
}

/// A decoded str literal: text, or generalized UTF-8 bytes
/// (objects/wtf8.rs) when an escape names a lone surrogate (`'\\ud800'`).
#[derive(Clone, Copy, Debug)]
pub enum DecodedStr<'a> {
    Text(&'a str),
    Surrogates(&'a [u8]),
}

/// Decode a str literal body, keeping surrogate escapes.
pub fn decode_str_literal<'a>(
    body: &'a str,
    raw: bool,
    arena: &'a Bump,
) -> Result<DecodedStr<'a>, DecodeError> {
    let text = decode_str_lossy(body, raw, false, arena)?;
    // A surrogate escape left U+FFFD in `text`; only then decode again,
    // into bytes that can hold it.
    if raw || !text.contains('\u{fffd}') {
        return Ok(DecodedStr::Text(text));
    }
    let mut out = BVec::with_capacity_in(body.len(), arena);
    decode_into(body, raw, false, &mut EscapeSink::Wtf8(&mut out))?;
    if !crate::objects::wtf8::has_surrogate(&out) {
        return Ok(DecodedStr::Text(text));
    }
    Ok(DecodedStr::Surrogates(out.into_bump_slice()))
}

/// Decode f-string text (where `{{` and `}}` stand for single braces) or
/// a raw debug text. A lone surrogate escape is an error here: f-string
/// parts are compiled as UTF-8 text.
pub fn decode_str<'a>(
    body: &'a str,
    raw: bool,
    fstring_text: bool,
    arena: &'a Bump,
) -> Result<&'a str, DecodeError> {
    let text = decode_str_lossy(body, raw, fstring_text, arena)?;
    if !raw && text.contains('\u{fffd}') {
        let mut out = BVec::with_capacity_in(body.len(), arena);
        decode_into(body, raw, fstring_text, &mut EscapeSink::Wtf8(&mut out))?;
        if crate::objects::wtf8::has_surrogate(&out) {
            return Err(alloc::string::String::from(
                "lone surrogate escapes in f-strings are not supported",
            ));
        }
    }
    Ok(text)
}

/// Decode a str literal body; a surrogate escape becomes U+FFFD.
fn decode_str_lossy<'a>(
    body: &'a str,
    raw: bool,
    fstring_text: bool,
    arena: &'a Bump,
) -> Result<&'a str, DecodeError> {
    let needs_work = body.contains('\r')
        || (!raw && body.contains('\\'))
        || (fstring_text && body.contains(['{', '}']));
    if !needs_work {
        return Ok(body);
    }
    let mut out = BString::with_capacity_in(body.len(), arena);
    decode_into(body, raw, fstring_text, &mut EscapeSink::Str(&mut out))?;
    Ok(out.into_bump_str())
}

fn decode_into(
    body: &str,
    raw: bool,
    fstring_text: bool,
    sink: &mut EscapeSink,
) -> Result<(), DecodeError> {
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'\r' => {
                sink.char('\n');
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
            }
            b'{' | b'}' if fstring_text && bytes.get(i + 1) == Some(&c) => {
                sink.char(c as char);
                i += 2;
            }
            b'\\' if !raw => {
                i = escape(body, i, sink)?;
            }
            _ => {
                let ch = body[i..].chars().next().unwrap_or('\0');
                sink.char(ch);
                i += ch.len_utf8();
            }
        }
    }
    Ok(())
}

/// Decode a bytes literal body; `Err(None)` means a non-ASCII character.
pub fn decode_bytes<'a>(
    body: &'a str,
    raw: bool,
    arena: &'a Bump,
) -> Result<&'a [u8], Option<DecodeError>> {
    if !body.is_ascii() {
        return Err(None);
    }
    if !body.contains('\r') && (raw || !body.contains('\\')) {
        return Ok(body.as_bytes());
    }
    let mut out = BVec::with_capacity_in(body.len(), arena);
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' => {
                out.push(b'\n');
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
            }
            b'\\' if !raw => {
                i = escape(body, i, &mut EscapeSink::Bytes(&mut out)).map_err(Some)?;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out.into_bump_slice())
}

enum EscapeSink<'s, 'a> {
    Str(&'s mut BString<'a>),
    Bytes(&'s mut BVec<'a, u8>),
    /// A str's text as generalized UTF-8, surrogates kept.
    Wtf8(&'s mut BVec<'a, u8>),
}

impl EscapeSink<'_, '_> {
    fn is_bytes(&self) -> bool {
        matches!(self, EscapeSink::Bytes(_))
    }

    fn char(&mut self, c: char) {
        match self {
            EscapeSink::Str(s) => s.push(c),
            EscapeSink::Bytes(b) | EscapeSink::Wtf8(b) => {
                let mut buf = [0u8; 4];
                b.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }

    /// A numeric escape: a code point in str, a byte in bytes. A lone
    /// surrogate (legal in CPython's str) cannot exist in UTF-8 text and
    /// becomes U+FFFD in `Str` (`decode_str_literal` then decodes again
    /// into `Wtf8`).
    fn value(&mut self, value: u32) {
        match self {
            EscapeSink::Str(s) => s.push(char::from_u32(value).unwrap_or('\u{fffd}')),
            EscapeSink::Bytes(b) => b.push(value as u8),
            EscapeSink::Wtf8(b) => {
                let mut bytes = alloc::vec::Vec::new();
                crate::objects::wtf8::push(&mut bytes, value);
                b.extend_from_slice(&bytes);
            }
        }
    }
}

/// Decode the escape whose backslash is at `i`; returns the index after it.
fn escape(body: &str, i: usize, sink: &mut EscapeSink) -> Result<usize, DecodeError> {
    let bytes = body.as_bytes();
    let Some(&c) = bytes.get(i + 1) else {
        sink.char('\\');
        return Ok(i + 1);
    };
    let simple = match c {
        b'\n' => return Ok(i + 2),
        b'\r' => {
            return Ok(if bytes.get(i + 2) == Some(&b'\n') {
                i + 3
            } else {
                i + 2
            })
        }
        b'\\' => Some('\\'),
        b'\'' => Some('\''),
        b'"' => Some('"'),
        b'a' => Some('\x07'),
        b'b' => Some('\x08'),
        b'f' => Some('\x0c'),
        b'n' => Some('\n'),
        b'r' => Some('\r'),
        b't' => Some('\t'),
        b'v' => Some('\x0b'),
        _ => None,
    };
    if let Some(ch) = simple {
        sink.char(ch);
        return Ok(i + 2);
    }
    match c {
        b'0'..=b'7' => {
            let mut value = 0u32;
            let mut j = i + 1;
            while j < i + 4 && j < bytes.len() && (b'0'..=b'7').contains(&bytes[j]) {
                value = value * 8 + u32::from(bytes[j] - b'0');
                j += 1;
            }
            sink.value(value);
            Ok(j)
        }
        b'x' => hex_escape(body, i, 2, "truncated \\xXX escape", sink),
        b'u' if !sink.is_bytes() => hex_escape(body, i, 4, "truncated \\uXXXX escape", sink),
        b'U' if !sink.is_bytes() => hex_escape(body, i, 8, "truncated \\UXXXXXXXX escape", sink),
        b'N' if !sink.is_bytes() => Err(alloc::string::String::from(
            "\\N{...} escapes are not supported",
        )),
        _ => {
            // Unknown escapes keep their backslash.
            sink.char('\\');
            Ok(i + 1)
        }
    }
}

fn hex_escape(
    body: &str,
    i: usize,
    count: usize,
    truncated: &str,
    sink: &mut EscapeSink,
) -> Result<usize, DecodeError> {
    let bytes = body.as_bytes();
    let first = i + 2;
    let mut value = 0u32;
    for k in 0..count {
        match bytes.get(first + k).and_then(|&b| (b as char).to_digit(16)) {
            Some(digit) => value = value * 16 + digit,
            None => return Err(unicode_error(i, first + k - 1, truncated)),
        }
    }
    if value > 0x10ffff && !sink.is_bytes() {
        return Err(unicode_error(
            i,
            first + count - 1,
            "illegal Unicode character",
        ));
    }
    sink.value(value);
    Ok(first + count)
}
