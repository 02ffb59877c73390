//! `format(int, spec)`: the `b c d o x X n` presentations.
//!
//! The caller converts the integer to digits itself (in the base
//! `FormatSpec::int_radix` names, lowercase), because big integers live
//! in the VM's own representation; this module adds the `0x` prefix, the
//! case, grouping and padding. `c` is split out as [`format_char`]
//! because its range check raises OverflowError, which only the caller
//! can do.

use super::error::FormatError;
use super::layout;
use super::spec::{check_int_common, FormatSpec};
use alloc::string::String;

/// Format an integer given as its sign and its magnitude's digits in base
/// `spec.int_radix()`.
pub fn format_int(negative: bool, digits: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let (prefix, group_size) = match ty {
        'd' | 'n' => ("", 3),
        'b' => ("0b", 4),
        'o' => ("0o", 4),
        'x' => ("0x", 4),
        'X' => ("0X", 4),
        'c' => {
            // Callers use `format_char` so as to raise OverflowError for
            // a bad code point; this fallback can only say ValueError.
            spec.validate_char()?;
            let code = digits.parse::<u32>().ok().filter(|_| !negative);
            return match code.and_then(char::from_u32) {
                Some(c) => format_char(c, spec),
                None => Err(FormatError::message("%c arg not in range(0x110000)")),
            };
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            // Callers normally convert to float themselves (raising
            // OverflowError for ints beyond the float range); decimal
            // digits read back the same value.
            let magnitude: f64 = digits.parse().unwrap_or(f64::INFINITY);
            let x = if negative { -magnitude } else { magnitude };
            return super::float::format_float(x, spec);
        }
        other => return Err(FormatError::unknown_code(other)),
    };
    check_int_common(spec)?;
    // `,` only groups decimal digits (the parser rejects it otherwise);
    // `_` groups by 3 in decimal and by 4 in the power-of-two bases.
    let prefix = if spec.alternate { prefix } else { "" };
    let resolved = spec.resolve(true, group_size);
    // All of the text is digits (hex letters included), so it is handed
    // to the layout as such rather than split at the first non-digit.
    if ty == 'X' {
        let upper = digits.to_ascii_uppercase();
        return Ok(layout::fields(
            &upper, false, "", negative, prefix, &resolved,
        ));
    }
    Ok(layout::fields(
        digits, false, "", negative, prefix, &resolved,
    ))
}

/// `format(n, 'c')` once `n` is known to be a code point: the character
/// laid out like a number with no digits (so `0` padding fills with
/// zeros before it, as in CPython).
pub fn format_char(c: char, spec: &FormatSpec) -> Result<String, FormatError> {
    spec.validate_char()?;
    let mut buffer = [0u8; 4];
    let text: &str = c.encode_utf8(&mut buffer);
    // The character is laid out as a remainder, never as digits: a
    // digit character must not be grouped or zero padded.
    Ok(layout::char_number(text, &spec.resolve(true, 3)))
}
