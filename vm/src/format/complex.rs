//! `format(complex, spec)`, following CPython's
//! `format_complex_internal`: each part is formatted like a float (but
//! `1` rather than `1.0` in the no-type presentation), the imaginary part
//! always carries a sign unless the real part is left out, and the width
//! applies to the whole `(re+imj)` text. With no type the result looks
//! like `str(z)`: parentheses, or only the imaginary part when the real
//! part is +0.

use super::error::FormatError;
use super::float::float_body;
use super::layout;
use super::spec::{FormatSpec, Resolved};
use alloc::string::String;

pub fn format_complex(real: f64, imag: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.ty == Some('%') {
        return Err(FormatError::unknown_code('%'));
    }
    // The type check comes first in CPython.
    float_body(0.0, spec, false)?;
    let outer = spec.resolve(true, 3);
    if outer.fill == '0' {
        return Err(FormatError::message(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if outer.align == '=' {
        return Err(FormatError::message(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let no_type = spec.ty.is_none();
    let skip_real = no_type && real == 0.0 && real.is_sign_positive();
    let parens = no_type && !skip_real;
    // Parts are laid out without padding; grouping still applies.
    let part = |x: f64, sign: Option<char>| -> Result<String, FormatError> {
        let (_, negative, body) = float_body(x, spec, false)?;
        let resolved = Resolved {
            fill: ' ',
            align: '<',
            sign,
            width: 0,
            grouping: outer.grouping,
        };
        Ok(layout::number(&body, negative, "", &resolved))
    };
    let mut text = String::new();
    if parens {
        text.push('(');
    }
    if !skip_real {
        text.push_str(&part(real, spec.sign)?);
    }
    let imag_sign = if skip_real { spec.sign } else { Some('+') };
    text.push_str(&part(imag, imag_sign)?);
    text.push('j');
    if parens {
        text.push(')');
    }
    let len = text.chars().count();
    Ok(layout::pad(
        &text,
        len,
        outer.fill,
        outer.align,
        outer.width,
    ))
}
