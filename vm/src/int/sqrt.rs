//! Integer square root (`math.isqrt`): the floor of the exact root.
//!
//! Newton's iteration `x' = (x + n/x) / 2` decreases monotonically to the
//! floor once started above it, so it starts from a power of two just
//! above the root (from the bit length) and stops when it no longer
//! decreases. Values that fit a u64 finish in machine words.

use super::magnitude;
use super::BigInt;

impl BigInt {
    /// `floor(sqrt(self))`; None for negative numbers.
    pub fn isqrt(&self) -> Option<BigInt> {
        if self.is_negative() {
            return None;
        }
        if let Some(n) = magnitude::to_u64(self.limbs()) {
            return Some(BigInt::from_u64(isqrt_u64(n)));
        }
        // 2^ceil(bits/2) > sqrt(n).
        let bits = self.bit_length();
        let mut x = BigInt::one().shl(bits.div_ceil(2) as usize);
        loop {
            let (q, _) = self.div_rem_trunc(&x)?;
            let next = x.add(&q).shr(1);
            if next >= x {
                return Some(x);
            }
            x = next;
        }
    }
}

fn isqrt_u64(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    // The float estimate is within one or two of the truth; fix it up
    // exactly in integers.
    let mut x = libm::sqrt(n as f64) as u64;
    while x.checked_mul(x).is_none_or(|sq| sq > n) {
        x -= 1;
    }
    while (x + 1).checked_mul(x + 1).is_some_and(|sq| sq <= n) {
        x += 1;
    }
    x
}
