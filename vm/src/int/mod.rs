//! Arbitrary-precision integers with Python semantics.
//!
//! A `BigInt` is a sign and a magnitude of little-endian u32 limbs (the
//! layout the heap's int objects store, so conversion is a copy). The
//! representation is always normalised: no high zero limbs, and zero is
//! the empty magnitude with a non-negative sign, so derived equality is
//! numeric equality. Ordering is implemented by hand (sign first, then
//! magnitude, reversed for negatives).
//!
//! This file holds the type and the sign logic; the unsigned limb
//! arithmetic lives in `magnitude` (add, subtract, shift), `mul`
//! (schoolbook and Karatsuba), `div` (Knuth D and Burnikel-Ziegler),
//! `modular` (`pow(b, e, m)`, gcd), `sqrt` (isqrt), and the conversions
//! in `radix` (text), `float` (f64) and `bitwise` (two's complement ops).
//!
//! `IntRef` is a borrowed sign and magnitude: the arithmetic that the VM
//! runs on every big-int operator (add, subtract, multiply, floor division
//! and modulo, comparison) is defined on it, so the VM reads operands in
//! place from their heap objects (and small ints from a two-limb buffer)
//! instead of copying them into BigInts first; the BigInt methods of the
//! same names borrow themselves and call it.
//!
//! Sizes: nothing here refuses a large result by itself. Callers bound
//! `shl` and `pow` first (`bit_length() + shift`, or `pow_bits_bound`)
//! against the heap so `1 << 10**10` raises instead of allocating; the
//! `checked_*` variants refuse anything beyond `MAX_BITS`.

mod bitwise;
mod div;
mod float;
mod magnitude;
mod modular;
mod mul;
mod radix;
mod sqrt;
#[cfg(test)]
mod tests;

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

pub use radix::parse_python_int;

#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct BigInt {
    negative: bool,
    mag: Vec<u32>,
}

impl BigInt {
    /// Largest result, in bits, the `checked_*` operations produce: far
    /// beyond any heap the VM runs on, but small enough that the limb
    /// vector's size cannot overflow.
    pub const MAX_BITS: u64 = if usize::BITS == 32 { 1 << 31 } else { 1 << 32 };

    /// Build from a sign and a magnitude, normalising both.
    pub(crate) fn from_parts(negative: bool, mut mag: Vec<u32>) -> BigInt {
        magnitude::trim(&mut mag);
        BigInt {
            negative: negative && !mag.is_empty(),
            mag,
        }
    }

    pub fn zero() -> BigInt {
        BigInt::default()
    }

    pub fn one() -> BigInt {
        BigInt::from_u64(1)
    }

    pub fn from_i64(n: i64) -> BigInt {
        BigInt {
            negative: n < 0,
            mag: magnitude::from_u64(n.unsigned_abs()),
        }
    }

    pub fn from_u64(n: u64) -> BigInt {
        BigInt {
            negative: false,
            mag: magnitude::from_u64(n),
        }
    }

    pub fn from_i128(n: i128) -> BigInt {
        let mut m = n.unsigned_abs();
        let mut mag = Vec::new();
        while m != 0 {
            mag.push(m as u32);
            m >>= 32;
        }
        BigInt {
            negative: n < 0,
            mag,
        }
    }

    /// Digits (no sign, prefix or underscores) in `radix` 2..=36.
    pub fn from_str_radix(digits: &str, radix: u32) -> Option<BigInt> {
        radix::mag_from_str(digits.as_bytes(), radix).map(|mag| BigInt::from_parts(false, mag))
    }

    /// From a sign and little-endian limbs (high zero limbs allowed).
    pub fn from_limbs(negative: bool, limbs: &[u32]) -> BigInt {
        BigInt::from_parts(negative, magnitude::trimmed(limbs).to_vec())
    }

    /// Like `from_limbs`, taking ownership (no copy).
    pub fn from_limb_vec(negative: bool, limbs: Vec<u32>) -> BigInt {
        BigInt::from_parts(negative, limbs)
    }

    /// The magnitude's limbs, little-endian, without high zeros.
    pub fn limbs(&self) -> &[u32] {
        &self.mag
    }

    pub fn is_negative(&self) -> bool {
        self.negative
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_one(&self) -> bool {
        !self.negative && self.mag == [1]
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        if self.negative {
            -1
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|&l| l & 1 == 1)
    }

    pub fn to_i64(&self) -> Option<i64> {
        let m = magnitude::to_u64(&self.mag)?;
        if self.negative {
            if m <= 1 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(m).ok()
        }
    }

    pub fn to_u64(&self) -> Option<u64> {
        if self.negative {
            return None;
        }
        magnitude::to_u64(&self.mag)
    }

    pub fn to_i128(&self) -> Option<i128> {
        let m = magnitude::to_u128(&self.mag)?;
        if self.negative {
            if m <= 1 << 127 {
                Some((m as i128).wrapping_neg())
            } else {
                None
            }
        } else {
            i128::try_from(m).ok()
        }
    }

    /// Compare magnitudes, ignoring signs.
    pub fn cmp_abs(&self, other: &BigInt) -> Ordering {
        magnitude::cmp(&self.mag, &other.mag)
    }

    pub fn neg(&self) -> BigInt {
        BigInt::from_parts(!self.negative, self.mag.clone())
    }

    pub fn abs(&self) -> BigInt {
        BigInt {
            negative: false,
            mag: self.mag.clone(),
        }
    }

    /// `~x == -x - 1`.
    pub fn not(&self) -> BigInt {
        if self.negative {
            // -m -> m - 1
            BigInt::from_parts(false, magnitude::sub(&self.mag, &[1]))
        } else {
            // m -> -(m + 1)
            BigInt::from_parts(true, magnitude::add(&self.mag, &[1]))
        }
    }

    /// The value borrowed, for `IntRef`'s arithmetic.
    pub fn as_ref(&self) -> IntRef<'_> {
        IntRef {
            negative: self.negative,
            mag: &self.mag,
        }
    }

    pub fn add(&self, other: &BigInt) -> BigInt {
        self.as_ref() + other.as_ref()
    }

    pub fn sub(&self, other: &BigInt) -> BigInt {
        self.as_ref() - other.as_ref()
    }

    pub fn mul(&self, other: &BigInt) -> BigInt {
        self.as_ref() * other.as_ref()
    }

    /// Floor division and modulo (`divmod`): the quotient rounds toward
    /// negative infinity and the remainder takes the divisor's sign. None
    /// for a zero divisor.
    pub fn div_mod_floor(&self, other: &BigInt) -> Option<(BigInt, BigInt)> {
        self.as_ref().div_mod_floor(other.as_ref())
    }

    /// Truncating division (`q` toward zero, `r` with the dividend's sign).
    pub fn div_rem_trunc(&self, other: &BigInt) -> Option<(BigInt, BigInt)> {
        if other.is_zero() {
            return None;
        }
        let (q, r) = div::div_rem(&self.mag, &other.mag);
        Some((
            BigInt::from_parts(self.negative != other.negative, q),
            BigInt::from_parts(self.negative, r),
        ))
    }

    pub fn floor_div(&self, other: &BigInt) -> Option<BigInt> {
        self.as_ref().floor_div(other.as_ref())
    }

    pub fn floor_mod(&self, other: &BigInt) -> Option<BigInt> {
        self.as_ref().floor_mod(other.as_ref())
    }

    /// An upper bound on the bits of `self ** e`, for callers to refuse
    /// results that could not fit before computing them.
    pub fn pow_bits_bound(&self, e: u64) -> u64 {
        if self.mag.is_empty() || self.mag == [1] {
            return 1;
        }
        self.bit_length().saturating_mul(e)
    }

    /// `self ** e`. The caller bounds the size (`pow_bits_bound`).
    pub fn pow(&self, e: u32) -> BigInt {
        let negative = self.negative && e & 1 == 1;
        if e == 0 {
            return BigInt::one();
        }
        if self.mag.is_empty() || self.mag == [1] {
            return BigInt::from_parts(negative, self.mag.clone());
        }
        // A power of two is a shift.
        let bits = self.bit_length();
        if self.mag.iter().map(|l| l.count_ones()).sum::<u32>() == 1 {
            let shift = (bits - 1) * e as u64;
            return BigInt::from_parts(negative, magnitude::shl(&[1], shift as usize));
        }
        // Left to right square-and-multiply: the multiplier stays the
        // (small) base, so each multiply is unbalanced and cheap.
        let mut acc = self.mag.clone();
        for i in (0..31 - e.leading_zeros()).rev() {
            acc = mul::square(&acc);
            if e >> i & 1 == 1 {
                acc = mul::mul(&acc, &self.mag);
            }
        }
        BigInt::from_parts(negative, acc)
    }

    /// `self ** e`, or None when the result could exceed `MAX_BITS`.
    pub fn pow_checked(&self, e: u32) -> Option<BigInt> {
        if self.pow_bits_bound(e as u64) > Self::MAX_BITS {
            return None;
        }
        Some(self.pow(e))
    }

    /// Bits of |self| (Python's `int.bit_length`).
    pub fn bit_length(&self) -> u64 {
        magnitude::bit_length(&self.mag)
    }

    /// `self << n`. The caller bounds the size (`bit_length() + n`).
    pub fn shl(&self, n: usize) -> BigInt {
        BigInt::from_parts(self.negative, magnitude::shl(&self.mag, n))
    }

    /// `self << n`, or None when the result would exceed `MAX_BITS`.
    pub fn checked_shl(&self, n: u64) -> Option<BigInt> {
        if self.is_zero() {
            return Some(BigInt::zero());
        }
        if self.bit_length().saturating_add(n) > Self::MAX_BITS {
            return None;
        }
        Some(self.shl(usize::try_from(n).ok()?))
    }

    /// `self >> n`, rounding toward negative infinity.
    pub fn shr(&self, n: usize) -> BigInt {
        let q = magnitude::shr(&self.mag, n);
        if self.negative && magnitude::any_low_bits(&self.mag, n) {
            return BigInt::from_parts(true, magnitude::add(&q, &[1]));
        }
        BigInt::from_parts(self.negative, q)
    }

    pub fn bitand(&self, other: &BigInt) -> BigInt {
        bitwise::bitwise(self, other, bitwise::Op::And)
    }

    pub fn bitor(&self, other: &BigInt) -> BigInt {
        bitwise::bitwise(self, other, bitwise::Op::Or)
    }

    pub fn bitxor(&self, other: &BigInt) -> BigInt {
        bitwise::bitwise(self, other, bitwise::Op::Xor)
    }

    /// The multiple of `m` nearest to `self`, ties to the even multiple
    /// (`round(x, -n)` with m = 10**n). `m` is taken as |m|; zero leaves
    /// `self` unchanged.
    pub fn round_to_multiple(&self, m: &BigInt) -> BigInt {
        let m = m.abs();
        let Some((mut q, r)) = self.div_mod_floor(&m) else {
            return self.clone();
        };
        // 0 <= r < m: round up past half, or at half to an even q.
        let twice = r.shl(1);
        match twice.cmp(&m) {
            Ordering::Greater => q = q.add(&BigInt::one()),
            Ordering::Equal if q.is_odd() => q = q.add(&BigInt::one()),
            _ => {}
        }
        q.mul(&m)
    }

    /// Digits in `radix` (2..=36), lowercase, with a leading `-` when
    /// negative.
    pub fn to_str_radix(&self, radix: u32) -> String {
        let radix = radix.clamp(2, 36);
        let digits = radix::mag_to_string(&self.mag, radix);
        if self.negative {
            let mut s = String::with_capacity(digits.len() + 1);
            s.push('-');
            s.push_str(&digits);
            s
        } else {
            digits
        }
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &BigInt) -> Ordering {
        self.as_ref().cmp(&other.as_ref())
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &BigInt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A signed magnitude borrowed from where it is stored, normalised like a
/// BigInt (no high zero limbs, zero never negative).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntRef<'a> {
    negative: bool,
    mag: &'a [u32],
}

impl<'a> IntRef<'a> {
    /// From a sign and little-endian limbs (high zero limbs allowed).
    pub fn new(negative: bool, limbs: &'a [u32]) -> IntRef<'a> {
        let mag = magnitude::trimmed(limbs);
        IntRef {
            negative: negative && !mag.is_empty(),
            mag,
        }
    }

    /// `n`, its magnitude kept in `buffer`.
    pub fn from_i64(n: i64, buffer: &'a mut [u32; 2]) -> IntRef<'a> {
        let m = n.unsigned_abs();
        *buffer = [m as u32, (m >> 32) as u32];
        IntRef::new(n < 0, buffer)
    }

    pub fn is_zero(self) -> bool {
        self.mag.is_empty()
    }

    pub fn to_bigint(self) -> BigInt {
        BigInt {
            negative: self.negative,
            mag: self.mag.to_vec(),
        }
    }

    /// `self + other` with other's sign given separately (so `sub` is
    /// `add` with the sign flipped).
    fn add_signed(self, other: IntRef<'_>, other_negative: bool) -> BigInt {
        if self.negative == other_negative {
            return BigInt::from_parts(self.negative, magnitude::add(self.mag, other.mag));
        }
        let (mag, flipped) = magnitude::sub_abs(self.mag, other.mag);
        BigInt::from_parts(self.negative != flipped, mag)
    }

    /// Floor division and modulo; None for a zero divisor.
    pub fn div_mod_floor(self, other: IntRef<'_>) -> Option<(BigInt, BigInt)> {
        if other.is_zero() {
            return None;
        }
        let (q, r) = div::div_rem(self.mag, other.mag);
        let negative = self.negative != other.negative;
        if negative && !r.is_empty() {
            // Truncation rounded toward zero: step the quotient down and
            // move the remainder to the divisor's side.
            let q = magnitude::add(&q, &[1]);
            let r = magnitude::sub(other.mag, &r);
            return Some((
                BigInt::from_parts(true, q),
                BigInt::from_parts(other.negative, r),
            ));
        }
        Some((
            BigInt::from_parts(negative, q),
            BigInt::from_parts(other.negative, r),
        ))
    }

    pub fn floor_div(self, other: IntRef<'_>) -> Option<BigInt> {
        self.div_mod_floor(other).map(|(q, _)| q)
    }

    pub fn floor_mod(self, other: IntRef<'_>) -> Option<BigInt> {
        if other.is_zero() {
            return None;
        }
        let (_, r) = div::div_rem(self.mag, other.mag);
        if self.negative != other.negative && !r.is_empty() {
            return Some(BigInt::from_parts(
                other.negative,
                magnitude::sub(other.mag, &r),
            ));
        }
        Some(BigInt::from_parts(other.negative, r))
    }
}

impl<'b> core::ops::Add<IntRef<'b>> for IntRef<'_> {
    type Output = BigInt;
    fn add(self, other: IntRef<'b>) -> BigInt {
        self.add_signed(other, other.negative)
    }
}

impl<'b> core::ops::Sub<IntRef<'b>> for IntRef<'_> {
    type Output = BigInt;
    fn sub(self, other: IntRef<'b>) -> BigInt {
        self.add_signed(other, !other.negative)
    }
}

impl<'b> core::ops::Mul<IntRef<'b>> for IntRef<'_> {
    type Output = BigInt;
    fn mul(self, other: IntRef<'b>) -> BigInt {
        BigInt::from_parts(
            self.negative != other.negative,
            mul::mul(self.mag, other.mag),
        )
    }
}

/// Numeric order (equality is the derived one: both sides are normalised).
impl Ord for IntRef<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => magnitude::cmp(self.mag, other.mag),
            (true, true) => magnitude::cmp(other.mag, self.mag),
        }
    }
}

impl PartialOrd for IntRef<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Debug for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BigInt({})", self.to_str_radix(10))
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_radix(10))
    }
}
