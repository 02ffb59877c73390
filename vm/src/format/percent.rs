//! printf-style `%` formatting: splitting a template into literal text
//! and conversion specs, and writing one converted value.
//!
//! The caller (`ops::format`) drives the loop because only it can fetch
//! arguments (`*` widths, mapping keys) and turn values into text; this
//! module parses `%[(key)][flags][width][.precision][hlL]conversion`
//! like CPython's `unicode_format_arg_parse`, and pads like
//! `unicode_format_arg_output`, whose quirks decide results such as
//! `'%-05d' % 5 == '5    '` (zero fill is dropped on the left, spaces pad
//! the right) and `'%#08x' % -255 == '-0x000ff'`.

use super::error::FormatError;
use super::float::{to_text, Style};
use super::layout::push_fill;
use alloc::string::String;

/// The flag characters `- + space # 0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: always write a sign.
    pub sign: bool,
    /// ` `: a space where a plus sign would go.
    pub space: bool,
    /// `#`: `0o`/`0x` prefixes, kept decimal point and zeros for floats.
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    pub conversion: char,
    pub key: Option<String>,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// `*` width: the caller takes it from the arguments. A negative
    /// value there means left justification (set `flags.left`).
    pub width_from_args: bool,
    pub precision_from_args: bool,
    /// Index, in characters, of the conversion character (for CPython's
    /// "unsupported format character" message).
    pub index: usize,
    pub flags: PercentFlags,
}

impl PercentSpec {
    /// CPython's error for a conversion character it does not know. The
    /// character is shown only when it is ASCII below DEL (CPython writes
    /// it with C's `%c`), else as `?`.
    pub fn unsupported(&self) -> FormatError {
        let c = self.conversion;
        let shown = if (c as u32) < 127 { c } else { '?' };
        FormatError::message(alloc::format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown,
            c as u32,
            self.index
        ))
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    Literal(&'a str),
    Spec(PercentSpec),
}

/// The pieces of a template, in order. `%%` comes out as the literal
/// `%`; an error ends the iteration.
pub struct PercentPieces<'a> {
    text: &'a str,
    /// Byte position of the next piece.
    pos: usize,
    /// The same position counted in characters.
    char_pos: usize,
    failed: bool,
}

impl<'a> PercentPieces<'a> {
    pub fn new(text: &'a str) -> Self {
        PercentPieces {
            text,
            pos: 0,
            char_pos: 0,
            failed: false,
        }
    }

    fn literal(&mut self, end: usize) -> PercentPiece<'a> {
        let piece = &self.text[self.pos..end];
        self.char_pos += piece.chars().count();
        self.pos = end;
        PercentPiece::Literal(piece)
    }

    /// Parse the spec after the `%` at `self.pos`.
    fn spec(&mut self) -> Result<PercentPiece<'a>, FormatError> {
        let mut cursor = Cursor {
            text: self.text,
            pos: self.pos + 1,
            chars: 1,
        };
        if cursor.peek() == Some('%') {
            let start = cursor.pos;
            self.pos += 2;
            self.char_pos += 2;
            return Ok(PercentPiece::Literal(&self.text[start..start + 1]));
        }
        let mut key = None;
        let mut c = cursor.next();
        if c == Some('(') {
            let start = cursor.pos;
            let mut depth = 1;
            while depth > 0 {
                match cursor.next() {
                    None => return Err(FormatError::message("incomplete format key")),
                    Some('(') => depth += 1,
                    Some(')') => depth -= 1,
                    Some(_) => {}
                }
            }
            key = Some(String::from(&self.text[start..cursor.pos - 1]));
            c = cursor.next();
        }
        let mut flags = PercentFlags::default();
        loop {
            match c {
                Some('-') => flags.left = true,
                Some('+') => flags.sign = true,
                Some(' ') => flags.space = true,
                Some('#') => flags.alternate = true,
                Some('0') => flags.zero = true,
                _ => break,
            }
            c = cursor.next();
        }
        let mut width = None;
        let width_from_args = c == Some('*');
        if width_from_args {
            c = cursor.next();
        } else if c.is_some_and(|c| c.is_ascii_digit()) {
            width = Some(cursor.number(&mut c, isize::MAX as usize, "width too big")?);
        }
        let mut precision = None;
        let mut precision_from_args = false;
        if c == Some('.') {
            precision = Some(0);
            c = cursor.next();
            if c == Some('*') {
                precision_from_args = true;
                c = cursor.next();
            } else if c.is_some_and(|c| c.is_ascii_digit()) {
                precision = Some(cursor.number(&mut c, i32::MAX as usize, "precision too big")?);
            }
        }
        // Length modifiers mean nothing in Python; CPython skips one.
        if matches!(c, Some('h' | 'l' | 'L')) {
            c = cursor.next();
        }
        let conversion = c.ok_or_else(|| FormatError::message("incomplete format"))?;
        let index = self.char_pos + cursor.chars - 1;
        self.pos = cursor.pos;
        self.char_pos += cursor.chars;
        Ok(PercentPiece::Spec(PercentSpec {
            conversion,
            key,
            width,
            precision,
            width_from_args,
            precision_from_args,
            index,
            flags,
        }))
    }
}

/// A position in a template, in bytes and in characters consumed.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
    chars: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        self.chars += 1;
        Some(c)
    }

    /// A decimal number starting with the digit `*c`; leaves the
    /// character after it in `*c`.
    fn number(
        &mut self,
        c: &mut Option<char>,
        limit: usize,
        too_big: &str,
    ) -> Result<usize, FormatError> {
        let mut value = 0usize;
        while let Some(d) = c.and_then(|c| c.to_digit(10)) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= limit)
                .ok_or_else(|| FormatError::message(too_big))?;
            *c = self.next();
        }
        Ok(value)
    }
}

impl<'a> Iterator for PercentPieces<'a> {
    type Item = Result<PercentPiece<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        match rest.find('%') {
            Some(0) => {
                let piece = self.spec();
                self.failed = piece.is_err();
                Some(piece)
            }
            Some(offset) => Some(Ok(self.literal(self.pos + offset))),
            None => Some(Ok(self.literal(self.text.len()))),
        }
    }
}

/// `%s`, `%r`, `%a` (truncated to the precision) and `%c` (not
/// truncated): text padded with spaces; `0` and signs do not apply.
pub fn percent_format_text(text: &str, spec: &PercentSpec) -> String {
    let (text, len) = match spec.precision {
        Some(limit) if spec.conversion != 'c' => match text.char_indices().nth(limit) {
            Some((end, _)) => (&text[..end], limit),
            None => (text, text.chars().count()),
        },
        _ => (text, text.chars().count()),
    };
    let padding = spec.width.unwrap_or(0).saturating_sub(len);
    let mut out = String::with_capacity(text.len() + padding);
    if !spec.flags.left {
        push_fill(&mut out, ' ', padding);
    }
    out.push_str(text);
    if spec.flags.left {
        push_fill(&mut out, ' ', padding);
    }
    out
}

/// `%d %i %u %o %x %X` of an integer given as its sign and its
/// magnitude's digits (base 8 for `o`, 16 lowercase for `x`/`X`, else
/// 10). The precision is a minimum number of digits.
pub fn percent_format_int(negative: bool, digits: &str, spec: &PercentSpec) -> String {
    let mut body = String::with_capacity(digits.len());
    push_fill(
        &mut body,
        '0',
        spec.precision.unwrap_or(0).saturating_sub(digits.len()),
    );
    body.push_str(digits);
    let prefix = match spec.conversion {
        'o' if spec.flags.alternate => "0o",
        'x' if spec.flags.alternate => "0x",
        'X' if spec.flags.alternate => "0X",
        _ => "",
    };
    if spec.conversion == 'X' {
        body.make_ascii_uppercase();
    }
    number_output(negative, prefix, &body, spec)
}

/// `%e %E %f %F %g %G`; the precision defaults to 6.
pub fn percent_format_float(x: f64, spec: &PercentSpec) -> String {
    let style = Style {
        alternate: spec.flags.alternate,
        upper: spec.conversion.is_ascii_uppercase(),
        ..Style::default()
    };
    let code = spec.conversion.to_ascii_lowercase();
    let (negative, body) = to_text(x, code, spec.precision.unwrap_or(6), style);
    number_output(negative, "", &body, spec)
}

/// CPython's `unicode_format_arg_output` for numbers.
fn number_output(negative: bool, prefix: &str, body: &str, spec: &PercentSpec) -> String {
    let flags = spec.flags;
    let sign = if negative {
        Some('-')
    } else if flags.sign {
        Some('+')
    } else if flags.space {
        Some(' ')
    } else {
        None
    };
    let fill = if flags.zero { '0' } else { ' ' };
    let mut len = prefix.len() + body.chars().count();
    let mut width = spec.width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 1);
    if let Some(sign) = sign {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    if !prefix.is_empty() {
        if fill != ' ' {
            out.push_str(prefix);
        }
        width = width.saturating_sub(prefix.len());
        len -= prefix.len();
    }
    if width > len && !flags.left {
        push_fill(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if let Some(sign) = sign {
            out.push(sign);
        }
        out.push_str(prefix);
    }
    out.push_str(body);
    if width > len {
        push_fill(&mut out, ' ', width - len);
    }
    out
}
