//! `format(str, spec)`: precision truncates, width pads; everything
//! numeric in the spec is an error, checked in CPython's order (the
//! grouping check comes first because CPython does it while parsing,
//! with `s` as the default type).

use super::error::FormatError;
use super::layout;
use super::spec::{bad_grouping, FormatSpec};
use alloc::string::String;

pub fn format_str(text: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    if let (Some(grouping), None) = (spec.grouping, spec.ty) {
        return Err(bad_grouping(grouping, 's'));
    }
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(FormatError::unknown_code(other)),
    }
    match spec.sign {
        Some(' ') => {
            return Err(FormatError::message(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::message(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::message(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::message(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let resolved = spec.resolve(false, 3);
    if resolved.align == '=' {
        return Err(FormatError::message(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    // Precision and width count characters, not bytes.
    let (text, len) = match spec.precision {
        Some(limit) => match text.char_indices().nth(limit) {
            Some((end, _)) => (&text[..end], limit),
            None => (text, text.chars().count()),
        },
        None => (text, text.chars().count()),
    };
    Ok(layout::pad(
        text,
        len,
        resolved.fill,
        resolved.align,
        resolved.width,
    ))
}
