//! TEMPORARY stand-in (replaced by the bigint branch): i128-backed.
use alloc::string::String;
use alloc::vec::Vec;
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct BigInt(i128, Vec<u32>);
impl BigInt {
    fn mk(n: i128) -> BigInt {
        let m = n.unsigned_abs();
        let mut l = Vec::new();
        let mut x = m;
        while x > 0 {
            l.push(x as u32);
            x >>= 32;
        }
        BigInt(n, l)
    }
    pub fn from_i64(n: i64) -> BigInt {
        Self::mk(n as i128)
    }
    pub fn from_i128(n: i128) -> BigInt {
        Self::mk(n)
    }
    pub fn from_f64(x: f64) -> Option<BigInt> {
        if x.is_finite() {
            Some(Self::mk(x as i128))
        } else {
            None
        }
    }
    pub fn from_str_radix(s: &str, r: u32) -> Option<BigInt> {
        i128::from_str_radix(s, r).ok().map(Self::mk)
    }
    pub fn from_limbs(neg: bool, limbs: &[u32]) -> BigInt {
        let mut m: i128 = 0;
        for &l in limbs.iter().rev() {
            m = (m << 32) | l as i128;
        }
        Self::mk(if neg { -m } else { m })
    }
    pub fn limbs(&self) -> &[u32] {
        &self.1
    }
    pub fn is_negative(&self) -> bool {
        self.0 < 0
    }
    pub fn is_zero(&self) -> bool {
        self.0 == 0
    }
    pub fn to_i64(&self) -> Option<i64> {
        i64::try_from(self.0).ok()
    }
    pub fn to_f64(&self) -> Option<f64> {
        Some(self.0 as f64)
    }
    pub fn neg(&self) -> BigInt {
        Self::mk(-self.0)
    }
    pub fn abs(&self) -> BigInt {
        Self::mk(self.0.abs())
    }
    pub fn not(&self) -> BigInt {
        Self::mk(!self.0)
    }
    pub fn add(&self, o: &BigInt) -> BigInt {
        Self::mk(self.0.wrapping_add(o.0))
    }
    pub fn sub(&self, o: &BigInt) -> BigInt {
        Self::mk(self.0.wrapping_sub(o.0))
    }
    pub fn mul(&self, o: &BigInt) -> BigInt {
        Self::mk(self.0.wrapping_mul(o.0))
    }
    pub fn floor_div(&self, o: &BigInt) -> Option<BigInt> {
        if o.0 == 0 {
            None
        } else {
            Some(Self::mk(
                self.0.div_euclid(o.0)
                    - if o.0 < 0 && self.0.rem_euclid(o.0) != 0 {
                        1
                    } else {
                        0
                    },
            ))
        }
    }
    pub fn floor_mod(&self, o: &BigInt) -> Option<BigInt> {
        let q = self.floor_div(o)?;
        Some(Self::mk(self.0 - q.0 * o.0))
    }
    pub fn true_div(&self, o: &BigInt) -> Option<f64> {
        Some(self.0 as f64 / o.0 as f64)
    }
    pub fn pow(&self, e: u32) -> BigInt {
        Self::mk(self.0.wrapping_pow(e))
    }
    pub fn pow_checked(&self, e: u32) -> Option<BigInt> {
        self.0.checked_pow(e).map(Self::mk)
    }
    pub fn pow_mod(&self, e: &BigInt, m: &BigInt) -> Option<BigInt> {
        let mut r: i128 = 1;
        for _ in 0..e.0 {
            r = (r * self.0).rem_euclid(m.0);
        }
        Some(Self::mk(r))
    }
    pub fn bit_length(&self) -> u64 {
        128 - self.0.unsigned_abs().leading_zeros() as u64
    }
    pub fn shl(&self, n: usize) -> BigInt {
        Self::mk(self.0.wrapping_shl(n as u32))
    }
    pub fn shr(&self, n: usize) -> BigInt {
        Self::mk(self.0 >> n.min(127))
    }
    pub fn bitand(&self, o: &BigInt) -> BigInt {
        Self::mk(self.0 & o.0)
    }
    pub fn bitor(&self, o: &BigInt) -> BigInt {
        Self::mk(self.0 | o.0)
    }
    pub fn bitxor(&self, o: &BigInt) -> BigInt {
        Self::mk(self.0 ^ o.0)
    }
    pub fn round_to_multiple(&self, m: &BigInt) -> BigInt {
        Self::mk((self.0 / m.0) * m.0)
    }
    pub fn to_str_radix(&self, r: u32) -> String {
        let mut s = String::new();
        let mut m = self.0.unsigned_abs();
        if m == 0 {
            return "0".into();
        }
        let mut d = Vec::new();
        while m > 0 {
            d.push(core::char::from_digit((m % r as u128) as u32, r).unwrap_or('?'));
            m /= r as u128;
        }
        if self.0 < 0 {
            s.push('-');
        }
        s.extend(d.iter().rev());
        s
    }
}
pub fn parse_python_int(text: &str, radix: u32) -> Option<BigInt> {
    let t = text.trim().replace('_', "");
    let r = if radix == 0 { 10 } else { radix };
    i128::from_str_radix(&t, r).ok().map(BigInt::from_i128)
}
