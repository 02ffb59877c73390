//! IEEE 754 binary16 (`e`) conversions, rounding to nearest-even as
//! CPython's PyFloat_Pack2 does.

/// 2**k as an f64 (for -1022 <= k <= 1023).
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `v` (non-negative, below 2**53) rounded to an integer, ties to even.
fn round_half_even(v: f64) -> u32 {
    let floor = v as u64;
    let fraction = v - floor as f64;
    let up = fraction > 0.5 || (fraction == 0.5 && floor % 2 == 1);
    (floor + up as u64) as u32
}

/// The binary16 bits of `x`, or None if it is finite but too large.
pub fn pack(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    if a < pow2(-14) {
        // Subnormal: units of 2**-24 (a result of 1024 is the smallest
        // normal number, which the bit layout gives for free).
        return Some(sign | round_half_even(a * pow2(24)) as u16);
    }
    let mut exponent = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mantissa = a * pow2(-exponent);
    let mut fraction = round_half_even((mantissa - 1.0) * 1024.0);
    if fraction == 1024 {
        fraction = 0;
        exponent += 1;
    }
    if exponent > 15 {
        return None;
    }
    Some(sign | (((exponent + 15) as u16) << 10) | fraction as u16)
}

pub fn unpack(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = ((bits >> 10) & 0x1f) as i32;
    let fraction = (bits & 0x3ff) as f64;
    let magnitude = match exponent {
        0 => fraction * pow2(-24),
        31 if fraction == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + fraction) * pow2(exponent - 25),
    };
    sign * magnitude
}

#[cfg(test)]
mod tests {
    use super::{pack, unpack};

    #[test]
    fn exact_values_round_trip() {
        for &(x, bits) in &[
            (0.0, 0x0000u16),
            (1.0, 0x3c00),
            (-2.0, 0xc000),
            (65504.0, 0x7bff),
            (6.103515625e-05, 0x0400),
            (5.960464477539063e-08, 0x0001),
        ] {
            assert_eq!(pack(x), Some(bits));
            assert_eq!(unpack(bits), x);
        }
    }

    #[test]
    fn rounds_to_nearest_even() {
        // 2049 lies halfway between 2048 and 2050: the even mantissa wins.
        assert_eq!(pack(2049.0), pack(2048.0));
        assert_eq!(pack(2051.0), pack(2052.0));
        // Half the smallest subnormal rounds to zero, a bit more to it.
        assert_eq!(pack(2.98023223876953125e-08), Some(0));
        assert_eq!(pack(3e-08), Some(1));
    }

    #[test]
    fn overflow_and_specials() {
        assert_eq!(pack(65519.0), Some(0x7bff));
        assert_eq!(pack(65520.0), None);
        assert_eq!(pack(f64::INFINITY), Some(0x7c00));
        assert!(unpack(pack(f64::NAN).unwrap_or(0)).is_nan());
    }
}
