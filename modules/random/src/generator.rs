//! xoshiro128++ with its state in atomics (relaxed loads and stores: the
//! VM is single-threaded, the atomics only make a `static` safe), seeded
//! through SplitMix64.

use core::sync::atomic::{AtomicU32, Ordering};

/// Never all zero (the one state xoshiro cannot leave).
static STATE: [AtomicU32; 4] = [
    AtomicU32::new(0x9e37_79b9),
    AtomicU32::new(0x243f_6a88),
    AtomicU32::new(0xb7e1_5162),
    AtomicU32::new(0x1234_5678),
];

fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Reset the state from any number of seed words (the same words always
/// give the same state).
pub fn seed_from_words(words: &[u32]) {
    let mut mix = words.len() as u64;
    for &w in words {
        mix = splitmix64(&mut mix) ^ w as u64;
    }
    let a = splitmix64(&mut mix);
    let b = splitmix64(&mut mix);
    let mut s = [a as u32, (a >> 32) as u32, b as u32, (b >> 32) as u32];
    if s == [0; 4] {
        s[0] = 1;
    }
    for (slot, value) in STATE.iter().zip(s) {
        slot.store(value, Ordering::Relaxed);
    }
}

pub fn next_u32() -> u32 {
    let mut s = [0u32; 4];
    for (value, slot) in s.iter_mut().zip(&STATE) {
        *value = slot.load(Ordering::Relaxed);
    }
    let result = s[0].wrapping_add(s[3]).rotate_left(7).wrapping_add(s[0]);
    let t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = s[3].rotate_left(11);
    for (slot, value) in STATE.iter().zip(s) {
        slot.store(value, Ordering::Relaxed);
    }
    result
}

/// A uniform value in `0..n` (n > 0), by Lemire's multiply-and-reject.
pub fn below(n: u32) -> u32 {
    let threshold = n.wrapping_neg() % n;
    loop {
        let product = next_u32() as u64 * n as u64;
        if product as u32 >= threshold {
            return (product >> 32) as u32;
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    #[test]
    fn same_seed_same_sequence_and_bounds() {
        seed_from_words(&[42]);
        let first: [u32; 4] = core::array::from_fn(|_| next_u32());
        seed_from_words(&[42]);
        let again: [u32; 4] = core::array::from_fn(|_| next_u32());
        assert_eq!(first, again);
        for n in [1, 2, 3, 7, 1000, u32::MAX] {
            for _ in 0..100 {
                assert!(below(n) < n);
            }
        }
    }
}
