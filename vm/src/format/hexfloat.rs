//! `float.hex()` and `float.fromhex()`: the exact hexadecimal form of a
//! double (`0x1.8000000000000p+0`), and its parser, which rounds a longer
//! mantissa to nearest-even as CPython does.

use alloc::format;
use alloc::string::String;

/// CPython's `float.hex`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exponent_field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // Subnormals keep a leading 0 and the smallest exponent.
    let (lead, exponent) = if exponent_field == 0 {
        (0, -1022)
    } else {
        (1, exponent_field - 1023)
    };
    let exponent_sign = if exponent < 0 { '-' } else { '+' };
    format!(
        "{sign}0x{lead}.{fraction:013x}p{exponent_sign}{}",
        exponent.unsigned_abs()
    )
}

/// Why `float.fromhex` refused its text.
#[derive(Debug, PartialEq, Eq)]
pub enum HexFloatError {
    Invalid,
    Overflow,
}

/// CPython's `float.fromhex`: `[sign]['0x']digits['.'digits]['p'exponent]`,
/// or inf/infinity/nan, with surrounding whitespace.
pub fn float_from_hex(text: &str) -> Result<f64, HexFloatError> {
    let text = text.trim();
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let signed = |x: f64| if negative { -x } else { x };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exponent_text) = match body.split_once('p') {
        Some((digits, exponent)) => (digits, Some(exponent)),
        None => (body, None),
    };
    // The mantissa: up to 16 significant hex digits exactly, the rest only
    // as a sticky bit; `scale` is the power of two the digits are off by.
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    let mut sticky = false;
    let mut scale: i64 = 0;
    let mut seen_digit = false;
    let mut after_point = false;
    for c in digits.chars() {
        if c == '.' {
            if after_point {
                return Err(HexFloatError::Invalid);
            }
            after_point = true;
            continue;
        }
        let value = c.to_digit(16).ok_or(HexFloatError::Invalid)? as u64;
        seen_digit = true;
        if significant < 16 {
            if mantissa != 0 || value != 0 {
                mantissa = mantissa << 4 | value;
                significant += 1;
            }
            if after_point {
                scale -= 4;
            }
        } else {
            sticky |= value != 0;
            if !after_point {
                scale += 4;
            }
        }
    }
    if !seen_digit {
        return Err(HexFloatError::Invalid);
    }
    let exponent: i64 = match exponent_text {
        None => 0,
        Some(text) => {
            let (negative_exponent, digits) = match text.as_bytes().first() {
                Some(b'-') => (true, &text[1..]),
                Some(b'+') => (false, &text[1..]),
                _ => (false, text),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexFloatError::Invalid);
            }
            // Past this any result is zero or infinite anyway.
            let magnitude = digits
                .bytes()
                .fold(0i64, |n, b| (n * 10 + (b - b'0') as i64).min(1 << 40));
            if negative_exponent {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    if mantissa == 0 {
        return Ok(signed(0.0));
    }
    Ok(signed(round_to_double(mantissa, sticky, scale + exponent)?))
}

/// `mantissa * 2**exponent` (plus a sticky bit of lower digits) rounded to
/// the nearest double, ties to even.
fn round_to_double(mantissa: u64, sticky: bool, exponent: i64) -> Result<f64, HexFloatError> {
    let leading = mantissa.leading_zeros() as i64;
    let normalised = mantissa << leading;
    // The value is in [2**top, 2**(top+1)).
    let top = exponent - leading + 63;
    if top > 1023 {
        return Err(HexFloatError::Overflow);
    }
    // Below half the smallest subnormal (2**-1074) everything rounds to 0;
    // from half up to it, to 0 on the exact tie (even) and up otherwise.
    if top < -1075 {
        return Ok(0.0);
    }
    if top == -1075 {
        let exact_half = normalised == 1 << 63 && !sticky;
        return Ok(if exact_half { 0.0 } else { f64::from_bits(1) });
    }
    // Bits of `normalised` below the 53 (or fewer, for a subnormal) kept:
    // at most 63 here, so the shifts below stay within a u128.
    let dropped = if top >= -1022 { 11 } else { 11 + (-1022 - top) } as u32;
    let wide = (normalised as u128) << 64;
    let shift = dropped + 64;
    let kept = (wide >> shift) as u64;
    let rest = wide & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let round_up = rest > half || (rest == half && (sticky || kept & 1 == 1));
    let kept = kept + round_up as u64;
    if top < -1022 {
        // A subnormal; a carry into bit 52 makes the smallest normal.
        return Ok(f64::from_bits(kept));
    }
    let (kept, top) = if kept == 1 << 53 {
        (kept >> 1, top + 1)
    } else {
        (kept, top)
    };
    if top > 1023 {
        return Err(HexFloatError::Overflow);
    }
    let bits = ((top + 1023) as u64) << 52 | (kept & ((1 << 52) - 1));
    Ok(f64::from_bits(bits))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected strings and values printed by CPython 3.11.
    #[test]
    fn hex_of_doubles() {
        assert_eq!(float_to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_to_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(float_to_hex(0.0), "0x0.0p+0");
        assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_to_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert_eq!(float_to_hex(1e300), "0x1.7e43c8800759cp+996");
    }

    #[test]
    fn doubles_from_hex() {
        assert_eq!(float_from_hex("0x1.8p1"), Ok(3.0));
        assert_eq!(float_from_hex("  -0X1P-2 "), Ok(-0.25));
        assert_eq!(float_from_hex("ff"), Ok(255.0));
        assert_eq!(float_from_hex(".8"), Ok(0.5));
        assert_eq!(float_from_hex("0x1.999999999999ap-4"), Ok(0.1));
        assert_eq!(float_from_hex("0x0.0000000000001p-1022"), Ok(5e-324));
        assert_eq!(float_from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(float_from_hex("0x1.0000001p-1075"), Ok(5e-324));
        assert_eq!(float_from_hex("0x1p-1076"), Ok(0.0));
        assert_eq!(float_from_hex("0x1p-99999999999999"), Ok(0.0));
        assert_eq!(float_from_hex("0x1p-1074"), Ok(5e-324));
        assert_eq!(float_from_hex("0x1.8p-1074"), Ok(1e-323));
        assert_eq!(float_from_hex("0x1.fffffffffffffp+1023"), Ok(f64::MAX));
        // Ties round to even: 0x1.00000000000008 is halfway.
        assert_eq!(float_from_hex("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(
            float_from_hex("0x1.00000000000018p0"),
            Ok(1.0000000000000004)
        );
        assert_eq!(
            float_from_hex("0x1.000000000000080001p0"),
            Ok(1.0000000000000002)
        );
        assert_eq!(float_from_hex("0x1p1024"), Err(HexFloatError::Overflow));
        assert_eq!(float_from_hex("0x.p1"), Err(HexFloatError::Invalid));
        assert_eq!(float_from_hex("0x1.2.3"), Err(HexFloatError::Invalid));
        assert!(float_from_hex("-Infinity").unwrap().is_infinite());
    }

    #[test]
    fn every_double_survives_a_round_trip() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20000 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let x = f64::from_bits(state);
            if x.is_nan() {
                continue;
            }
            let back = float_from_hex(&float_to_hex(x)).unwrap();
            assert_eq!(back.to_bits(), x.to_bits(), "{x:e}");
        }
    }
}
