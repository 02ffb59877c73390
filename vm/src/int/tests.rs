//! Tests of `BigInt` against CPython: the literal expected values below
//! were printed by CPython 3 for the expressions named beside them. Small
//! operands (within i128) are also checked exhaustively over a grid of
//! limb-boundary values against i128 arithmetic, and large random-ish ones
//! by algebraic identities (division round trips, shift/multiply
//! agreement, text round trips).

use super::{parse_python_int, BigInt};
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

fn big(text: &str) -> BigInt {
    parse_python_int(text, 10).unwrap_or_else(|| panic!("bad literal {text}"))
}

fn dec(n: &BigInt) -> String {
    n.to_str_radix(10)
}

/// Values around limb boundaries, both signs.
fn grid() -> Vec<i128> {
    let mut v = Vec::new();
    for base in [
        0i128,
        1,
        2,
        3,
        7,
        1 << 31,
        1 << 32,
        1 << 63,
        1 << 64,
        1 << 95,
        1 << 96,
    ] {
        for delta in [-1i128, 0, 1] {
            let x = base + delta;
            v.push(x);
            v.push(-x);
        }
    }
    v.push(0x1234_5678_9abc_def0_1357_9bdf);
    v.push(-0xfedc_ba98_7654_3210_2468_ace1);
    v.sort();
    v.dedup();
    v
}

fn floor_div_i128(x: i128, y: i128) -> i128 {
    let q = x / y;
    if x % y != 0 && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// A deterministic pseudo-random BigInt of `limbs` limbs.
fn pseudo_random(seed: &mut u64, limbs: usize, negative: bool) -> BigInt {
    let mut v = Vec::with_capacity(limbs);
    for _ in 0..limbs {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        v.push(*seed as u32);
    }
    BigInt::from_limb_vec(negative, v)
}

#[test]
fn grid_against_i128() {
    let values = grid();
    for &x in &values {
        let bx = BigInt::from_i128(x);
        assert_eq!(bx.to_i128(), Some(x));
        assert_eq!(dec(&bx), alloc::format!("{x}"));
        assert_eq!(dec(&bx.neg()), alloc::format!("{}", -x));
        assert_eq!(dec(&bx.not()), alloc::format!("{}", !x));
        assert_eq!(
            bx.bit_length(),
            128 - x.unsigned_abs().leading_zeros() as u64
        );
        for s in [0usize, 1, 31, 32, 33, 64, 100, 200] {
            assert_eq!(bx.shr(s).to_i128(), Some(x >> s.min(127)), "{x} >> {s}");
        }
        for s in [0usize, 1, 5, 31] {
            if x.unsigned_abs().leading_zeros() as usize <= s + 1 {
                continue;
            }
            assert_eq!(bx.shl(s).to_i128(), Some(x << s), "{x} << {s}");
        }
        for &y in &values {
            let by = BigInt::from_i128(y);
            assert_eq!(bx.cmp(&by), x.cmp(&y), "cmp {x} {y}");
            assert_eq!(bx.add(&by).to_i128(), Some(x + y), "{x} + {y}");
            assert_eq!(bx.sub(&by).to_i128(), Some(x - y), "{x} - {y}");
            assert_eq!(bx.bitand(&by).to_i128(), Some(x & y), "{x} & {y}");
            assert_eq!(bx.bitor(&by).to_i128(), Some(x | y), "{x} | {y}");
            assert_eq!(bx.bitxor(&by).to_i128(), Some(x ^ y), "{x} ^ {y}");
            if let Some(p) = x.checked_mul(y) {
                assert_eq!(bx.mul(&by).to_i128(), Some(p), "{x} * {y}");
            }
            if y == 0 {
                assert_eq!(bx.floor_div(&by), None);
                assert_eq!(bx.floor_mod(&by), None);
                assert_eq!(bx.true_div(&by), None);
                continue;
            }
            let q = floor_div_i128(x, y);
            assert_eq!(
                bx.floor_div(&by).and_then(|q| q.to_i128()),
                Some(q),
                "{x} // {y}"
            );
            assert_eq!(
                bx.floor_mod(&by).and_then(|r| r.to_i128()),
                Some(x - q * y),
                "{x} % {y}"
            );
        }
    }
}

#[test]
fn zero_is_normalised() {
    let z = BigInt::from_i64(5).sub(&BigInt::from_i64(5));
    assert!(z.is_zero() && !z.is_negative());
    assert_eq!(z, BigInt::zero());
    assert_eq!(BigInt::from_limbs(true, &[0, 0]), BigInt::zero());
    assert_eq!(BigInt::from_i64(-3).mul(&BigInt::zero()), BigInt::zero());
    assert_eq!(BigInt::from_limbs(false, &[7, 0, 0]).limbs(), &[7]);
    assert_eq!(big("-0"), BigInt::zero());
}

#[test]
fn large_values_against_cpython() {
    let a = big("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699056346"); // 3**200 + 12345
    let b = big("-11450477594321044359340126713545146077054004823284978858214566372120240027250"); // -(7**90) - 1
    assert_eq!(
        a,
        BigInt::from_i64(3).pow(200).add(&BigInt::from_i64(12345))
    );
    assert_eq!(b, BigInt::from_i64(7).pow(90).neg().sub(&BigInt::one()));
    assert_eq!(dec(&a.mul(&b)), "-3041407028361443166354064482231003261045150440633004652166702419791201939210454192639111820454067660573170074563911198149023261395546612683537333525429287608230092325428500");
    assert_eq!(dec(&a.floor_div(&b).unwrap()), "-23196760719186782609");
    assert_eq!(
        dec(&a.floor_mod(&b).unwrap()),
        "-10379578322509265310036391696577300201193914256971787496450389892361287038904"
    );
    assert_eq!(dec(&b.floor_div(&a).unwrap()), "-1");
    assert_eq!(dec(&b.floor_mod(&a).unwrap()), "265613988875874769327330844441458582469893325939849349897520956915807512043087616622264459029096");
    assert_eq!(dec(&a.bitand(&b)), "265613988875874769338752051022863419131545581135707941352299050774906253750072543925748787871882");
    assert_eq!(
        dec(&a.bitor(&b)),
        "-11421206581404836661652255195858591454778093859098741706984927303484328842786"
    );
    assert_eq!(dec(&a.bitxor(&b)), "-265613988875874769350173257604268255793197836331566532807077144634004995457057471229233116714668");
    assert_eq!(
        dec(&b.not()),
        "11450477594321044359340126713545146077054004823284978858214566372120240027249"
    );
    assert_eq!(
        dec(&b.shr(100)),
        "-9032834120269012639801638037117222836819382533"
    );
    assert_eq!(
        dec(&b.shr(3)),
        "-1431309699290130544917515839193143259631750602910622357276820796515030003407"
    );
    assert_eq!(dec(&a.shl(77)), "40138451150359737704689577552319132988763486780652671748679996101911112400466032389538706227589387474357141334877274112");
    // -(2**70) // 3 and % 3
    let n = BigInt::one().shl(70).neg();
    let three = BigInt::from_i64(3);
    assert_eq!(dec(&n.floor_div(&three).unwrap()), "-393530540239137101142");
    assert_eq!(dec(&n.floor_mod(&three).unwrap()), "2");
    assert_eq!(
        dec(&BigInt::from_i64(2).pow(100)),
        "1267650600228229401496703205376"
    );
    assert_eq!(
        BigInt::from_i64(-7).floor_div(&BigInt::from_i64(2)),
        Some(BigInt::from_i64(-4))
    );
}

#[test]
fn radix_strings_against_cpython() {
    let b = big("-11450477594321044359340126713545146077054004823284978858214566372120240027250");
    let cases = [
        (2, "-1100101010000101111011001101100110110001011100001111100100001101000110010010110100101110110011110111010111000100100101101011010010110001011010001000001000011100100111011100001110111110010101111010110001110111101010100100110010001011011110111011001110010"),
        (8, "-1452057315466134174415062264566367270445532261321010344734167625726167524462133673162"),
        (16, "-1950bd9b362e1f21a325a5d9eeb892d6962d104393b877caf58ef549916f7672"),
        (36, "-mpq0na59qi3t0q7r2k0269khuvxa1isym63no0q5zmpspgho2"),
    ];
    for (radix, text) in cases {
        assert_eq!(b.to_str_radix(radix), text, "radix {radix}");
        assert_eq!(BigInt::from_str_radix(&text[1..], radix), Some(b.abs()));
        assert_eq!(parse_python_int(text, radix), Some(b.clone()));
    }
    assert_eq!(BigInt::zero().to_str_radix(16), "0");
    assert_eq!(BigInt::from_i64(-255).to_str_radix(16), "-ff");
    assert_eq!(BigInt::from_i64(35).to_str_radix(36), "z");
}

#[test]
fn text_round_trips_at_every_size() {
    let mut seed = 0x9e37_79b9_7f4a_7c15;
    for limbs in [1usize, 2, 3, 10, 63, 64, 65, 100, 129, 300, 1000] {
        let n = pseudo_random(&mut seed, limbs, limbs % 2 == 0);
        for radix in [2, 3, 7, 8, 10, 16, 36] {
            let text = n.to_str_radix(radix);
            assert_eq!(
                parse_python_int(&text, radix),
                Some(n.clone()),
                "{limbs} limbs radix {radix}"
            );
        }
    }
    // Long texts with leading zeros (the high half of the split is zero).
    let mut text = String::new();
    text.extend(core::iter::repeat_n('0', 3000));
    text.push_str("123");
    assert_eq!(big(&text), BigInt::from_i64(123));
    text.extend(core::iter::repeat_n('0', 2500));
    assert_eq!(
        big(&text),
        BigInt::from_i64(123).mul(&BigInt::from_i64(10).pow(2500))
    );
    // Inner chunks of zeros must be padded: 10**k and 10**k + 1.
    for k in [9u32, 18, 100, 700, 1000, 2000] {
        let p = BigInt::from_i64(10).pow(k);
        let mut expected = String::from("1");
        expected.extend(core::iter::repeat_n('0', k as usize));
        assert_eq!(dec(&p), expected);
        let p1 = p.add(&BigInt::one());
        expected.pop();
        expected.push('1');
        assert_eq!(dec(&p1), expected);
    }
}

#[test]
fn str_of_large_power() {
    // CPython: len(str(3**100000)) == 47713, str(3**100000)[:20] and [-20:].
    let n = BigInt::from_i64(3).pow(100000);
    assert_eq!(n.bit_length(), 158497);
    let s = dec(&n);
    assert_eq!(s.len(), 47713);
    assert_eq!(&s[..20], "13349714142304014694");
    assert_eq!(&s[s.len() - 20..], "74250669865522000001");
    assert_eq!(big(&s), n);
}

#[test]
fn python_int_parsing() {
    let ok = [
        ("  42  ", 10, "42"),
        ("-42", 10, "-42"),
        ("+4_2", 10, "42"),
        ("0x_ff", 16, "255"),
        ("0XFF", 0, "255"),
        ("0o17", 0, "15"),
        ("0b1_01", 0, "5"),
        ("0b101", 2, "5"),
        ("0", 0, "0"),
        ("00", 0, "0"),
        ("0_0", 0, "0"),
        ("-0", 0, "0"),
        ("010", 10, "10"),
        ("Zz", 36, "1295"),
        ("b", 16, "11"),
        ("0b1", 16, "177"),
        ("\t\n 7\n", 8, "7"),
        ("\x1c\x0c9\u{3000}", 10, "9"),
    ];
    for (text, radix, expected) in ok {
        assert_eq!(
            parse_python_int(text, radix).map(|n| dec(&n)),
            Some(expected.into()),
            "{text:?} base {radix}"
        );
    }
    let bad = [
        ("", 10),
        ("  ", 10),
        ("-", 10),
        ("_1", 10),
        ("1_", 10),
        ("1__2", 10),
        ("0x", 16),
        ("0x", 0),
        ("0b", 0),
        ("010", 0),
        ("0_1", 0),
        ("- 5", 10),
        ("5 5", 10),
        ("0x1", 10),
        ("0o8", 8),
        ("2", 2),
        ("12", 1),
        ("12", 37),
        ("+-1", 10),
        ("٣", 10),
    ];
    for (text, radix) in bad {
        assert_eq!(parse_python_int(text, radix), None, "{text:?} base {radix}");
    }
    assert_eq!(BigInt::from_str_radix("", 10), None);
    assert_eq!(BigInt::from_str_radix("-1", 10), None);
    assert_eq!(BigInt::from_str_radix("1_0", 10), None);
    assert_eq!(BigInt::from_str_radix("19", 9), None);
    assert_eq!(
        BigInt::from_str_radix("000123", 10),
        Some(BigInt::from_i64(123))
    );
}

#[test]
fn division_round_trips() {
    let mut seed = 0x2545_f491_4f6c_dd1d;
    let sizes = [1usize, 2, 3, 5, 8, 17, 40, 70, 96, 150, 333, 700];
    for &na in &sizes {
        for &nb in &sizes {
            for signs in 0..4 {
                let n = pseudo_random(&mut seed, na, signs & 1 == 1);
                let d = pseudo_random(&mut seed, nb, signs & 2 == 2);
                let (q, r) = n.div_mod_floor(&d).unwrap();
                assert_eq!(q.mul(&d).add(&r), n, "q*d + r");
                assert_eq!(r.cmp_abs(&d), Ordering::Less);
                assert!(r.is_zero() || r.is_negative() == d.is_negative());
                assert_eq!(n.floor_div(&d), Some(q));
                assert_eq!(n.floor_mod(&d), Some(r));
                // Exact division recovers the factor.
                let p = n.mul(&d);
                assert_eq!(p.floor_div(&d), Some(n.clone()));
                assert_eq!(p.floor_mod(&d), Some(BigInt::zero()));
            }
        }
    }
    // Structured operands that push quotient estimates to their limits
    // (all-ones limbs, lone top bits), at sizes taking the recursive path.
    for nb in [96usize, 100, 131, 200] {
        for na in [nb + 48, 2 * nb, 3 * nb + 5] {
            let ones = BigInt::from_limb_vec(false, alloc::vec![u32::MAX; na]);
            let mut top_bit = alloc::vec![0u32; nb];
            top_bit[nb - 1] = 0x8000_0000;
            top_bit[0] = 1;
            let mut almost = alloc::vec![u32::MAX; nb];
            almost[nb - 1] = 0x8000_0000;
            let divisors = [
                BigInt::from_limb_vec(false, alloc::vec![u32::MAX; nb]),
                BigInt::from_limb_vec(false, top_bit),
                BigInt::from_limb_vec(true, almost),
                pseudo_random(&mut seed, nb, false),
            ];
            for d in divisors {
                for n in [ones.clone(), ones.neg().add(&BigInt::from_i64(12345))] {
                    let (q, r) = n.div_mod_floor(&d).unwrap();
                    assert_eq!(q.mul(&d).add(&r), n, "{na}/{nb}");
                    assert_eq!(r.cmp_abs(&d), Ordering::Less);
                    assert!(r.is_zero() || r.is_negative() == d.is_negative());
                }
            }
        }
    }
    // Divisors whose top limbs force Knuth D's add-back step.
    let n = BigInt::from_limbs(false, &[0, 0, 0x8000_0000, 0x7fff_ffff]);
    let d = BigInt::from_limbs(false, &[1, 0, 0x8000_0000]);
    let (q, r) = n.div_mod_floor(&d).unwrap();
    assert_eq!(q.mul(&d).add(&r), n);
    assert_eq!(r.cmp_abs(&d), Ordering::Less);
    let n = BigInt::from_limbs(false, &[0xffff_ffff, 0xffff_ffff, 0xffff_fffe, 0xffff_ffff]);
    let d = BigInt::from_limbs(false, &[0xffff_ffff, 0xffff_ffff, 0xffff_ffff]);
    let (q, r) = n.div_mod_floor(&d).unwrap();
    assert_eq!(q.mul(&d).add(&r), n);
    assert_eq!(r.cmp_abs(&d), Ordering::Less);
}

#[test]
fn karatsuba_agrees_with_schoolbook_identities() {
    let mut seed = 0x1234_5678_9abc_def1;
    for (na, nb) in [
        (32, 32),
        (33, 64),
        (64, 64),
        (100, 31),
        (100, 100),
        (257, 130),
        (700, 700),
        (1000, 90),
    ] {
        let a = pseudo_random(&mut seed, na, false);
        let b = pseudo_random(&mut seed, nb, true);
        let c = pseudo_random(&mut seed, 5, false);
        // (a + c) * b == a*b + c*b, with c*b schoolbook-sized.
        assert_eq!(a.add(&c).mul(&b), a.mul(&b).add(&c.mul(&b)));
        assert_eq!(a.mul(&b), b.mul(&a));
        assert_eq!(a.mul(&b).floor_div(&b), Some(a.clone()));
        // Squares: (a+1)^2 == a^2 + 2a + 1.
        // Squares (routed to the squaring code) against a general product.
        assert_eq!(a.mul(&a), a.mul(&a.add(&BigInt::one())).sub(&a));
        assert_eq!(b.mul(&b), b.mul(&b.sub(&c)).add(&b.mul(&c)));
        let a1 = a.add(&BigInt::one());
        assert_eq!(a1.mul(&a1), a.mul(&a).add(&a.shl(1)).add(&BigInt::one()));
    }
    // 1000-digit product against CPython: (10**1000 - 1) * (10**999 + 7).
    let x = BigInt::from_i64(10).pow(1000).sub(&BigInt::one());
    let y = BigInt::from_i64(10).pow(999).add(&BigInt::from_i64(7));
    let p = dec(&x.mul(&y));
    let mut expected = String::from("1");
    expected.extend(core::iter::repeat_n('0', 998));
    expected.push_str("68");
    expected.extend(core::iter::repeat_n('9', 996));
    expected.push_str("993");
    assert_eq!(p, expected);
}

#[test]
fn float_conversion_rounding() {
    let two = BigInt::from_i64(2);
    let cases: [(BigInt, f64); 8] = [
        (two.pow(53).add(&BigInt::one()), 9007199254740992.0),
        (two.pow(54).add(&BigInt::from_i64(3)), 1.8014398509481988e16),
        (two.pow(64).add(&two.pow(11)), 1.8446744073709552e19),
        (
            two.pow(64).add(&two.pow(11)).add(&BigInt::one()),
            1.8446744073709556e19,
        ),
        (
            two.pow(64).add(&BigInt::from_i64(3).mul(&two.pow(11))),
            1.844674407370956e19,
        ),
        (
            two.pow(1024).sub(&two.pow(970)).sub(&BigInt::one()),
            1.7976931348623157e308,
        ),
        (BigInt::from_i64(3).pow(200), 2.6561398887587478e95),
        (BigInt::from_i64(-7), -7.0),
    ];
    for (n, x) in cases {
        assert_eq!(n.to_f64(), Some(x), "{n:?}");
        assert_eq!(n.neg().to_f64(), Some(-x));
    }
    assert_eq!(two.pow(1024).to_f64(), None);
    assert_eq!(two.pow(1024).sub(&two.pow(970)).to_f64(), None); // ties to 2**1024
    assert_eq!(BigInt::zero().to_f64(), Some(0.0));
}

#[test]
fn from_f64_truncates() {
    assert_eq!(
        BigInt::from_f64(2.5e30).map(|n| dec(&n)),
        Some("2499999999999999908974073741312".into())
    );
    assert_eq!(BigInt::from_f64(-1e300).map(|n| dec(&n)), Some("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160".into()));
    assert_eq!(BigInt::from_f64(-2.9), Some(BigInt::from_i64(-2)));
    assert_eq!(BigInt::from_f64(0.9), Some(BigInt::zero()));
    assert_eq!(BigInt::from_f64(-0.0), Some(BigInt::zero()));
    assert_eq!(BigInt::from_f64(5e-324), Some(BigInt::zero()));
    assert_eq!(BigInt::from_f64(f64::INFINITY), None);
    assert_eq!(BigInt::from_f64(f64::NAN), None);
    assert_eq!(
        BigInt::from_f64(f64::MAX).and_then(|n| n.to_f64()),
        Some(f64::MAX)
    );
}

#[test]
fn true_division_against_cpython() {
    let p = |b: i64, e: u32| BigInt::from_i64(b).pow(e);
    let cases: [(BigInt, BigInt, f64); 10] = [
        (p(10, 30), p(7, 1), 1.4285714285714285e29),
        (p(3, 700), p(7, 500), 2.72808750611994e-89),
        (p(2, 2000).add(&BigInt::one()), p(2, 1990), 1024.0),
        (BigInt::one(), p(3, 670), 2.132e-320),
        (BigInt::from_i64(7), p(2, 1080), 0.0),
        (p(2, 1100), p(3, 1300), 7.505231537212421e-290),
        (p(2, 1074).add(&BigInt::one()), p(2, 2148), 5e-324),
        (BigInt::from_i64(3), p(2, 1075), 1e-323),
        (BigInt::one(), p(2, 1075), 0.0),
        (
            p(10, 400).neg(),
            BigInt::from_i64(3).mul(&p(10, 399)),
            -3.3333333333333335,
        ),
    ];
    for (a, b, x) in cases {
        assert_eq!(a.true_div(&b), Some(x), "{a:?} / {b:?}");
    }
    assert_eq!(p(10, 400).true_div(&BigInt::from_i64(3)), None);
    assert_eq!(
        BigInt::zero()
            .true_div(&BigInt::from_i64(-5))
            .map(f64::to_bits),
        Some((-0.0f64).to_bits())
    );
    assert_eq!(BigInt::one().true_div(&BigInt::zero()), None);
}

#[test]
fn modular_power_against_cpython() {
    let m = BigInt::from_i64(2).pow(127).sub(&BigInt::one());
    let e = BigInt::from_i64(10).pow(20).add(&BigInt::from_i64(7));
    assert_eq!(
        dec(&BigInt::from_i64(3).pow_mod(&e, &m).unwrap()),
        "97042603808913478002477269549404590419"
    );
    let m89 = BigInt::from_i64(2).pow(89).sub(&BigInt::one());
    let x = big("12345678901234567890");
    assert_eq!(
        dec(&x.pow_mod(&BigInt::from_i64(-1), &m89).unwrap()),
        "338604421359886006294785622"
    );
    // Long exponents take the windowed path.
    let two = BigInt::from_i64(2);
    let m521 = two.pow(521).sub(&BigInt::one());
    let e = two.pow(200).add(&BigInt::from_i64(12345));
    assert_eq!(dec(&BigInt::from_i64(3).pow_mod(&e, &m521).unwrap()), "4338780491919666181842014272161726345596012287671258750685364526064149899877228717662325852948922545439443849184256688375421359782722678232121232674959151749");
    let m = BigInt::from_i64(10).pow(40).add(&BigInt::from_i64(7));
    let e = BigInt::from_i64(10).pow(30).add(&BigInt::one());
    assert_eq!(
        dec(&big("-123456789123456789").pow_mod(&e, &m).unwrap()),
        "9651325530443908601849220764823221979213"
    );
    let m = two.pow(255).sub(&BigInt::from_i64(19));
    let b = two.pow(300).add(&BigInt::one());
    assert_eq!(
        dec(&b.pow_mod(&two.pow(64), &m).unwrap()),
        "38240896601455841266763122272296243782930005167420367000926696962234382058595"
    );
    let i = |n: i64| BigInt::from_i64(n);
    assert_eq!(i(0).pow_mod(&i(0), &i(7)), Some(i(1)));
    assert_eq!(i(0).pow_mod(&i(5), &i(7)), Some(i(0)));
    assert_eq!(i(0).pow_mod(&i(-1), &i(7)), None);
    assert_eq!(i(-5).pow_mod(&i(3), &i(7)), Some(i(1)));
    assert_eq!(i(5).pow_mod(&i(3), &i(-7)), Some(i(-1)));
    assert_eq!(i(2).pow_mod(&i(3), &i(-5)), Some(i(-2)));
    assert_eq!(i(3).pow_mod(&i(-1), &i(7)), Some(i(5)));
    assert_eq!(i(2).pow_mod(&i(-1), &i(4)), None);
    assert_eq!(i(5).pow_mod(&i(0), &i(1)), Some(i(0)));
    assert_eq!(i(5).pow_mod(&i(0), &i(7)), Some(i(1)));
    assert_eq!(i(5).pow_mod(&i(2), &i(0)), None);
}

#[test]
fn powers_and_bit_length() {
    let i = |n: i64| BigInt::from_i64(n);
    assert_eq!(i(0).pow(0), i(1));
    assert_eq!(i(0).pow(5), i(0));
    assert_eq!(i(-1).pow(7), i(-1));
    assert_eq!(i(-1).pow(8), i(1));
    assert_eq!(i(-2).pow(3), i(-8));
    assert_eq!(i(-4).pow(65).bit_length(), 131);
    assert!(i(-4).pow(65).is_negative());
    assert_eq!(i(-3).pow(3), i(-27));
    assert_eq!(i(1).pow_bits_bound(u64::MAX), 1);
    assert_eq!(i(3).pow_checked(u32::MAX), None);
    assert_eq!(i(-1).pow_checked(u32::MAX), Some(i(-1)));
    assert_eq!(BigInt::one().checked_shl(u64::MAX), None);
    assert_eq!(BigInt::zero().checked_shl(u64::MAX), Some(BigInt::zero()));
    assert_eq!(i(255).bit_length(), 8);
    assert_eq!(i(-256).bit_length(), 9);
    assert_eq!(i(0).bit_length(), 0);
}

#[test]
fn rounding_to_multiples_against_cpython() {
    let i = |n: i64| BigInt::from_i64(n);
    let ten = |k: u32| BigInt::from_i64(10).pow(k);
    assert_eq!(
        dec(&big("12345678901234567890123").round_to_multiple(&ten(5))),
        "12345678901234567900000"
    );
    assert_eq!(i(-25).round_to_multiple(&i(10)), i(-20));
    assert_eq!(i(-15).round_to_multiple(&i(10)), i(-20));
    assert_eq!(i(35).round_to_multiple(&i(10)), i(40));
    assert_eq!(i(25).round_to_multiple(&i(10)), i(20));
    let x = ten(25).add(&BigInt::from_i64(5).mul(&ten(19)));
    assert_eq!(
        dec(&x.round_to_multiple(&ten(20))),
        "10000000000000000000000000"
    );
    let y = ten(25).add(&BigInt::from_i64(15).mul(&ten(19)));
    assert_eq!(
        dec(&y.round_to_multiple(&ten(20))),
        "10000200000000000000000000"
    );
}

#[test]
fn ordering_is_numeric() {
    let mut v: Vec<BigInt> = [
        "-100000000000000000000000",
        "-5",
        "0",
        "3",
        "4294967296",
        "-4294967296",
        "99999999999999999999",
    ]
    .iter()
    .map(|s| big(s))
    .collect();
    v.sort();
    let shown: Vec<String> = v.iter().map(dec).collect();
    assert_eq!(
        shown,
        [
            "-100000000000000000000000",
            "-4294967296",
            "-5",
            "0",
            "3",
            "4294967296",
            "99999999999999999999"
        ]
    );
}

/// The digits of pi by the unbounded spigot, as the pidigits benchmark
/// computes them.
fn pidigits(count: usize) -> String {
    let i = |n: i64| BigInt::from_i64(n);
    let (mut acc, mut den, mut num) = (i(0), i(1), i(1));
    let mut out = String::new();
    let mut k = 0i64;
    while out.len() < count {
        k += 1;
        let k2 = k * 2 + 1;
        acc = acc.add(&num.shl(1)).mul(&i(k2));
        den = den.mul(&i(k2));
        num = num.mul(&i(k));
        if num > acc {
            continue;
        }
        let extract = |nth: i64| num.mul(&i(nth)).add(&acc).floor_div(&den).unwrap();
        let d = extract(3);
        if d != extract(4) {
            continue;
        }
        out.push_str(&dec(&d));
        acc = acc.sub(&den.mul(&d)).mul(&i(10));
        num = num.mul(&i(10));
    }
    out
}

/// Rough timings (run with `--ignored --nocapture`, best of several
/// runs since the machine is shared).
#[test]
#[ignore]
fn timings() {
    use std::time::{Duration, Instant};
    fn best<T>(runs: u32, mut f: impl FnMut() -> T) -> (Duration, T) {
        let mut best = Duration::MAX;
        let mut out = None;
        for _ in 0..runs {
            let t = Instant::now();
            out = Some(f());
            best = best.min(t.elapsed());
        }
        (best, out.unwrap())
    }
    let (t, n) = best(5, || BigInt::from_i64(3).pow(100000));
    std::println!("3**100000: {t:?}");
    let (t, s) = best(5, || dec(&n));
    std::println!("str(3**100000): {t:?}");
    let (t, back) = best(5, || big(&s));
    std::println!("int(str(3**100000)): {t:?}");
    assert_eq!(back, n);
    let (t, _) = best(5, || n.mul(&n));
    std::println!("(3**100000)**2: {t:?}");
    let nn = n.mul(&n).add(&BigInt::from_i64(12345));
    let (t, _) = best(5, || nn.floor_div(&n));
    std::println!("(3**200000)//(3**100000): {t:?}");
    let a = BigInt::from_i64(10).pow(1000).sub(&BigInt::from_i64(12345));
    let b = BigInt::from_i64(10)
        .pow(1000)
        .floor_div(&BigInt::from_i64(7))
        .unwrap();
    let (t, c) = best(2000, || a.mul(&b));
    std::println!("1000-digit mul: {t:?}");
    let (t, _) = best(2000, || c.floor_div(&a));
    std::println!("2000/1000-digit div: {t:?}");
    let (t, _) = best(2000, || c.add(&a));
    std::println!("2000-digit add: {t:?}");
    // The pidigits spigot (benchmarks game), 2000 digits.
    let (t, digits) = best(3, || pidigits(2000));
    std::println!("pidigits(2000): {t:?}");
    assert!(digits.starts_with("31415926535897932384"));
    let mut seed = 77;
    for limbs in [24usize, 40, 64, 100, 200, 400] {
        let x = pseudo_random(&mut seed, limbs, false);
        let y = pseudo_random(&mut seed, limbs, false);
        let (t, _) = best(500, || x.mul(&y));
        let (s, _) = best(500, || x.mul(&x));
        std::println!("{limbs}-limb mul: {t:?}, square: {s:?}");
    }
}

#[test]
fn bitwise_and_shift_identities_on_large_values() {
    let mut seed = 0xdead_beef_cafe_f00d;
    let minus_one = BigInt::from_i64(-1);
    for (na, nb) in [
        (1usize, 5usize),
        (5, 1),
        (3, 3),
        (10, 40),
        (40, 10),
        (100, 100),
    ] {
        for signs in 0..4 {
            let a = pseudo_random(&mut seed, na, signs & 1 == 1);
            let b = pseudo_random(&mut seed, nb, signs & 2 == 2);
            let and = a.bitand(&b);
            let or = a.bitor(&b);
            let xor = a.bitxor(&b);
            // a + b == (a | b) + (a & b) and a ^ b == (a | b) - (a & b).
            assert_eq!(a.add(&b), or.add(&and));
            assert_eq!(xor, or.sub(&and));
            // De Morgan, and the identities of -1.
            assert_eq!(and.not(), a.not().bitor(&b.not()));
            assert_eq!(a.bitand(&minus_one), a);
            assert_eq!(a.bitor(&minus_one), minus_one);
            assert_eq!(a.bitxor(&minus_one), a.not());
            assert_eq!(a.bitxor(&a), BigInt::zero());
            for k in [1usize, 31, 32, 33, 64, 100, 1000] {
                let p = BigInt::one().shl(k);
                assert_eq!(a.shl(k), a.mul(&p));
                assert_eq!(a.shl(k).shr(k), a);
                assert_eq!(a.shr(k), a.floor_div(&p).unwrap(), "{a:?} >> {k}");
                // The low k bits: a & (2^k - 1) == a mod 2^k.
                assert_eq!(a.bitand(&p.sub(&BigInt::one())), a.floor_mod(&p).unwrap());
            }
        }
    }
}

#[test]
fn to_f64_is_nearest_on_random_values() {
    let mut seed = 0x0123_4567_89ab_cdef;
    for limbs in [2usize, 3, 4, 7, 20, 31] {
        for _ in 0..50 {
            let mut n = pseudo_random(&mut seed, limbs, false);
            // Make some values sit exactly on or next to a rounding tie.
            if seed % 3 == 0 {
                let bits = n.bit_length() as usize;
                n = n.shr(bits - 54).shl(bits - 54);
            }
            let x = n.to_f64().unwrap();
            let back = BigInt::from_f64(x).unwrap();
            let error = n.sub(&back).abs();
            let ulp = BigInt::one().shl(n.bit_length() as usize - 53);
            let twice = error.shl(1);
            match twice.cmp(&ulp) {
                Ordering::Less => {}
                // A tie goes to the even mantissa.
                Ordering::Equal => assert!(
                    back.shr(n.bit_length() as usize - 53)
                        .bitand(&BigInt::one())
                        .is_zero()
                        || back.bit_length() > n.bit_length()
                ),
                Ordering::Greater => panic!("{n:?} -> {x}"),
            }
        }
    }
}

#[test]
fn gcd_and_isqrt_against_cpython() {
    let i = |n: i64| BigInt::from_i64(n);
    let two = BigInt::from_i64(2);
    let m = |k: u32| two.pow(k).sub(&BigInt::one());
    assert_eq!(dec(&m(200).gcd(&m(120))), "1099511627775");
    let x = BigInt::from_i64(3)
        .pow(100)
        .mul(&BigInt::from_i64(5).pow(7));
    assert_eq!(
        dec(&x.gcd(&BigInt::from_i64(15).pow(40))),
        "949817613988822562578125"
    );
    assert_eq!(i(0).gcd(&i(0)), i(0));
    assert_eq!(i(-12).gcd(&i(18)), i(6));
    assert_eq!(i(0).gcd(&m(100).neg()), m(100));
    assert_eq!(
        dec(&BigInt::from_i64(10).pow(101).isqrt().unwrap()),
        "316227766016837933199889354443271853371955513932521"
    );
    assert_eq!(
        dec(&two.pow(128).sub(&BigInt::one()).isqrt().unwrap()),
        "18446744073709551615"
    );
    assert_eq!(two.pow(64).isqrt(), Some(BigInt::from_u64(1 << 32)));
    assert_eq!(m(64).isqrt(), Some(BigInt::from_u64((1 << 32) - 1)));
    assert_eq!(i(-1).isqrt(), None);
    for n in 0..200 {
        let r = i(n).isqrt().unwrap().to_i64().unwrap();
        assert!(r * r <= n && (r + 1) * (r + 1) > n);
    }
    let mut seed = 5;
    for limbs in [3usize, 10, 50] {
        let n = pseudo_random(&mut seed, limbs, false);
        let r = n.isqrt().unwrap();
        assert!(r.mul(&r) <= n && r.add(&BigInt::one()).mul(&r.add(&BigInt::one())) > n);
    }
}
