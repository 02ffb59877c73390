//! Float to text: `repr`, the `e f g` presentations, `format(float)` and
//! `round(float, n)`.
//!
//! Digits come from `core`'s float formatter, which is exact: `{:e}`
//! prints the shortest digits that round-trip, and `{:.*e}` / `{:.*}`
//! print correctly rounded digits (ties to even, on the exact binary
//! value), the same digits CPython's `_Py_dg_dtoa` produces in modes 0, 2
//! and 3. What differs is only the syntax, so the digits are rearranged
//! here following CPython's `format_float_short` (the choice between
//! fixed and exponent notation, trailing zeros, `#`, the added `.0`).

use super::error::FormatError;
use super::layout;
use super::spec::FormatSpec;
use alloc::format;
use alloc::string::String;

/// How `to_text` writes a number: CPython's `Py_DTSF_*` flags and the
/// case of the type code.
#[derive(Clone, Copy, Default)]
pub(crate) struct Style {
    /// `#`: keep trailing zeros and the decimal point.
    pub alternate: bool,
    /// Write integral values as `1.0`, and switch `g` to exponent notation
    /// one digit earlier (the no-type presentation with a precision).
    pub add_dot_0: bool,
    /// `z`: no minus sign on a value that rounds to zero.
    pub no_neg_zero: bool,
    pub upper: bool,
}

/// The text of `x` in presentation `code` (`e`, `f`, `g`, or `r` for
/// shortest round-trip), without the sign; and whether a minus sign is
/// due. `precision` is the number of digits after the point for `e` and
/// `f`, the number of significant digits for `g`, unused for `r`.
pub(crate) fn to_text(x: f64, code: char, precision: usize, style: Style) -> (bool, String) {
    if !x.is_finite() {
        // The sign of a NaN is never shown.
        let text = match (x.is_nan(), style.upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        return (x < 0.0, String::from(text));
    }
    let ax = x.abs();
    let mut body = match code {
        'f' => {
            let mut text = format!("{ax:.precision$}");
            if style.alternate && precision == 0 {
                text.push('.');
            }
            text
        }
        'e' => {
            let text = format!("{ax:.precision$e}");
            let (mantissa, exponent) = split_exponent(&text);
            let mut out = String::from(mantissa);
            if style.alternate && precision == 0 {
                out.push('.');
            }
            push_exponent(&mut out, exponent, style.upper);
            out
        }
        'g' => {
            let precision = precision.max(1);
            let (digits, decpt) = significant(ax, precision);
            let threshold = if style.add_dot_0 {
                precision as i64 - 1
            } else {
                precision as i64
            };
            let exponent = decpt <= -4 || decpt > threshold;
            let end = if style.alternate {
                precision as i64
            } else {
                digits.len() as i64
            };
            assemble(&digits, decpt, exponent, end, style)
        }
        _ => {
            let (digits, decpt) = shortest(ax);
            let exponent = !(-4 < decpt && decpt <= 16);
            assemble(&digits, decpt, exponent, digits.len() as i64, style)
        }
    };
    if style.upper {
        body.make_ascii_uppercase();
    }
    let negative = x.is_sign_negative() && !(style.no_neg_zero && is_zero_text(&body));
    (negative, body)
}

/// Whether the mantissa of a formatted number is all zeros.
fn is_zero_text(body: &str) -> bool {
    body.bytes()
        .take_while(|&b| b != b'e' && b != b'E')
        .filter(u8::is_ascii_digit)
        .all(|b| b == b'0')
}

/// `core`'s `1.25e-7` split into mantissa and exponent value.
fn split_exponent(text: &str) -> (&str, i64) {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    (mantissa, exponent.parse().unwrap_or(0))
}

/// CPython's exponent: a sign and at least two digits.
fn push_exponent(out: &mut String, exponent: i64, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exponent < 0 { '-' } else { '+' });
    let magnitude = exponent.unsigned_abs();
    if magnitude < 10 {
        out.push('0');
    }
    out.push_str(&format!("{magnitude}"));
}

/// Digits of `core`'s exponent form, with the position of the decimal
/// point relative to them (`0.d1d2... * 10**decpt`, dtoa's convention).
fn digits_of(text: &str) -> (String, i64) {
    let (mantissa, exponent) = split_exponent(text);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (digits, exponent + 1)
}

/// The shortest digits that read back as `ax`, and among those the
/// nearest to it, ties to even (dtoa's mode 0). `core` gives a shortest
/// string but settles an exact tie in the last digit upwards
/// (123815148551994.625 comes out as ...994.63 where CPython writes
/// ...994.62), so the correctly rounded string of the same length is
/// preferred whenever it reads back too.
fn shortest(ax: f64) -> (String, i64) {
    let text = format!("{ax:e}");
    let (digits, decpt) = digits_of(&text);
    if digits.len() < 2 {
        return (digits, decpt);
    }
    let rounded = format!("{:.*e}", digits.len() - 1, ax);
    if rounded != text && rounded.parse::<f64>() == Ok(ax) {
        return digits_of(&rounded);
    }
    (digits, decpt)
}

/// `ax` correctly rounded to `n >= 1` significant digits, trailing zeros
/// removed (zero is `"0"`).
fn significant(ax: f64, n: usize) -> (String, i64) {
    let (mut digits, decpt) = digits_of(&format!("{:.*e}", n - 1, ax));
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits == "0" {
        return (digits, 1);
    }
    (digits, decpt)
}

/// Write `digits` with the point at `decpt`, as the slice
/// `[start, end)` of the digits padded with zeros on both sides, or in
/// exponent notation (CPython's `format_float_short`).
fn assemble(digits: &str, decpt: i64, exponent: bool, end: i64, style: Style) -> String {
    let len = digits.len() as i64;
    let (decpt, exp) = if exponent { (1, decpt - 1) } else { (decpt, 0) };
    let start = if decpt <= 0 { decpt - 1 } else { 0 };
    let end = if !exponent && style.add_dot_0 {
        end.max(decpt + 1)
    } else {
        end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| layout::push_fill(out, '0', n.max(0) as usize);
    let mut out = String::new();
    if decpt <= 0 {
        zeros(&mut out, decpt - start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -start);
    }
    if 0 < decpt && decpt <= len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if len < decpt {
        zeros(&mut out, decpt - len);
        out.push('.');
        zeros(&mut out, end - decpt);
    } else {
        zeros(&mut out, end - len);
    }
    if out.ends_with('.') && !style.alternate {
        out.pop();
    }
    if exponent {
        push_exponent(&mut out, exp, false);
    }
    out
}

/// `repr(x)`: shortest round-trip digits, fixed notation for exponents
/// from -4 to 15, `.0` on integral values.
pub fn float_repr(x: f64) -> String {
    let style = Style {
        add_dot_0: true,
        ..Style::default()
    };
    let (negative, body) = to_text(x, 'r', 0, style);
    if negative {
        let mut out = String::with_capacity(body.len() + 1);
        out.push('-');
        out.push_str(&body);
        return out;
    }
    body
}

/// `format(x, spec)` for a float (and for an int with a float type).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let (code, negative, body) = float_body(x, spec, true)?;
    let mut body = body;
    if code == '%' {
        body.push('%');
    }
    Ok(layout::number(&body, negative, "", &spec.resolve(true, 3)))
}

/// The text of a float part under a spec, without sign, padding or
/// grouping; shared with `complex`. `add_dot_0` is false for complex
/// parts, which CPython writes as `1` rather than `1.0`.
pub(crate) fn float_body(
    x: f64,
    spec: &FormatSpec,
    add_dot_0: bool,
) -> Result<(char, bool, String), FormatError> {
    let ty = spec.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(FormatError::unknown_code(ty));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::message("precision too big"));
    }
    let mut style = Style {
        alternate: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        upper: matches!(ty, 'E' | 'F' | 'G'),
        add_dot_0: false,
    };
    let mut x = x;
    let (code, precision) = match (ty, spec.precision) {
        ('\0', None) => {
            style.add_dot_0 = add_dot_0;
            ('r', 0)
        }
        ('\0', Some(p)) => {
            style.add_dot_0 = add_dot_0;
            ('g', p)
        }
        ('%', p) => {
            x *= 100.0;
            ('f', p.unwrap_or(6))
        }
        ('n', p) => ('g', p.unwrap_or(6)),
        (t, p) => (t.to_ascii_lowercase(), p.unwrap_or(6)),
    };
    let (negative, body) = to_text(x, code, precision, style);
    Ok((ty, negative, body))
}

/// `round(x, ndigits)`: the exact binary value of `x` rounded to a
/// multiple of `10**-ndigits`, ties to even, then read back correctly
/// rounded (CPython's `double_round`). An overflow on reading back
/// (CPython's OverflowError) gives an infinity.
pub fn round_half_even(x: f64, ndigits: i32) -> f64 {
    // Beyond these every double rounds to itself, or to a signed zero
    // (CPython's NDIGITS_MAX and NDIGITS_MIN).
    if !x.is_finite() || ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    if ndigits >= 0 {
        let text = format!("{:.*}", ndigits as usize, x);
        return text.parse().unwrap_or(x);
    }
    // Rounding to tens, hundreds, ...: work on the exact decimal
    // expansion (a double has at most 767 significant digits), because
    // the position of the rounding digit depends on the exact exponent.
    let scale = -(ndigits as i64);
    let exact = format!("{:.800e}", x.abs());
    let (digits, decpt) = digits_of(&exact);
    let digits = digits.as_bytes();
    let keep = decpt - scale;
    let mut kept: alloc::vec::Vec<u8> = if keep > 0 {
        digits[..keep as usize].to_vec()
    } else {
        alloc::vec::Vec::new()
    };
    if keep >= 0 {
        let rest = &digits[keep as usize..];
        let first = rest.first().copied().unwrap_or(b'0');
        let beyond = rest.iter().skip(1).any(|&d| d != b'0');
        let odd = kept.last().is_some_and(|d| (d - b'0') % 2 == 1);
        if first > b'5' || first == b'5' && (beyond || odd) {
            increment(&mut kept);
        }
    }
    if kept.is_empty() {
        return 0.0 * x;
    }
    let mut text = String::with_capacity(kept.len() + 8);
    if x < 0.0 {
        text.push('-');
    }
    text.extend(kept.iter().map(|&d| d as char));
    text.push_str(&format!("e{scale}"));
    text.parse().unwrap_or(x)
}

/// Add one to a decimal digit string, growing it on a carry out.
fn increment(digits: &mut alloc::vec::Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}
