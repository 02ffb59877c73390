//! Laying out a formatted number in its field, as CPython's
//! `calc_number_widths` and `fill_number` do:
//!
//! `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`
//!
//! [`number`] takes a float's text without its sign and splits it as
//! CPython's `parse_number` does: the leading ASCII digits are grouped and
//! zero padded, everything after them (a decimal point, fraction,
//! exponent, `%`, or all of `inf`) is copied as is. Integers, whose hex
//! digits are not all ASCII digits, hand their parts to [`fields`]
//! directly. Zero padding (`0` fill with `=` alignment) happens
//! inside the grouping so that separators appear among the padding zeros
//! (`format(1234, '010,')` is `00,001,234`), which is why it cannot be a
//! plain left pad.

use super::spec::Resolved;
use alloc::string::String;
use alloc::vec::Vec;

/// Lay out `body` (no sign) of a number that is negative or not, with an
/// already-cased `prefix` such as `0x`.
pub(crate) fn number(body: &str, negative: bool, prefix: &str, spec: &Resolved) -> String {
    let digit_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(digit_len);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    fields(digits, decimal, remainder, negative, prefix, spec)
}

/// Lay out the character of `format(n, 'c')`: all remainder, no digits.
pub(crate) fn char_number(text: &str, spec: &Resolved) -> String {
    fields("", false, text, false, "", spec)
}

/// Lay out the parts of a number: `digits` (grouped and zero padded),
/// an optional decimal point, and a `remainder` copied as is.
pub(crate) fn fields(
    digits: &str,
    decimal: bool,
    remainder: &str,
    negative: bool,
    prefix: &str,
    spec: &Resolved,
) -> String {
    let sign = match (spec.sign, negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let fixed = sign.is_some() as usize
        + prefix.chars().count()
        + decimal as usize
        + remainder.chars().count();
    let min_width = if spec.fill == '0' && spec.align == '=' {
        spec.width.saturating_sub(fixed)
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        // Only `c` and inf/nan bodies have no digits; CPython pads them
        // with the fill character rather than with zero digits.
        String::new()
    } else {
        group(digits, min_width, spec.grouping)
    };
    let used = fixed + grouped.len();
    let padding = spec.width.saturating_sub(used);
    let (left, middle, right) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(used + padding);
    push_fill(&mut out, spec.fill, left);
    if let Some(sign) = sign {
        out.push(sign);
    }
    out.push_str(prefix);
    push_fill(&mut out, spec.fill, middle);
    out.push_str(&grouped);
    if decimal {
        out.push('.');
    }
    out.push_str(remainder);
    push_fill(&mut out, spec.fill, right);
    out
}

/// Pad text of `len` characters to the spec's width with its alignment
/// (strings and composed complex numbers).
pub(crate) fn pad(text: &str, len: usize, fill: char, align: char, width: usize) -> String {
    let padding = width.saturating_sub(len);
    let (left, right) = match align {
        '>' => (padding, 0),
        '^' => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    };
    let mut out = String::with_capacity(text.len() + padding);
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, right);
    out
}

pub(crate) fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(core::iter::repeat_n(fill, count));
}

/// The digits with separators every `size` digits from the right, left
/// padded with zeros (separators included) to at least `min_width`
/// characters. This is CPython's `_PyUnicode_InsertThousandsGrouping`
/// loop, which is what decides, for example, that `08,` gives
/// `0,001,234`: a group is only started when width is still missing, and
/// once started it is completed with its separator.
fn group(digits: &str, min_width: usize, grouping: Option<(char, usize)>) -> String {
    let bytes = digits.as_bytes();
    let Some((separator, size)) = grouping else {
        let mut out = String::with_capacity(min_width.max(bytes.len()));
        push_fill(&mut out, '0', min_width.saturating_sub(bytes.len()));
        out.push_str(digits);
        return out;
    };
    // Groups are collected right to left, then reversed.
    let mut groups: Vec<(usize, &[u8])> = Vec::new();
    let mut remaining = bytes.len() as isize;
    let mut min_width = min_width as isize;
    loop {
        let len = (size as isize).min(remaining.max(min_width).max(1));
        let chars = remaining.min(len).max(0);
        let zeros = (len - remaining).max(0);
        let end = remaining as usize;
        groups.push((zeros as usize, &bytes[end - chars as usize..end]));
        remaining -= chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    let mut out = String::with_capacity(bytes.len() + 2 * groups.len());
    for (i, (zeros, chunk)) in groups.iter().rev().enumerate() {
        if i > 0 {
            out.push(separator);
        }
        push_fill(&mut out, '0', *zeros);
        out.extend(chunk.iter().map(|&b| b as char));
    }
    out
}
