//! Unit tests of the formatting code against CPython 3.11's results.
//!
//! The big tables in `tests/cases.rs` were produced by running CPython on
//! each case; the drivers here play the part of `ops::format` (turning an
//! int into digits, fetching `%` arguments) so that every public function
//! is exercised the way the VM calls it.

mod cases;

use super::*;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use std::println;

fn radix_digits(mut n: u128, radix: u32) -> String {
    if n == 0 {
        return String::from("0");
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(char::from_digit((n % radix as u128) as u32, radix).unwrap());
        n /= radix as u128;
    }
    out.iter().rev().collect()
}

/// `format(value, spec)` as `ops::format::format` computes it.
fn format_value(kind: &str, value: &str, spec_text: &str) -> Result<String, String> {
    let type_name = match kind {
        "i" => "int",
        "f" => "float",
        "s" => "str",
        _ => "complex",
    };
    let spec = FormatSpec::parse(spec_text).map_err(|e| e.for_type(type_name).to_string())?;
    let result = match kind {
        "i" => {
            let n: i128 = value.parse().unwrap();
            if spec.is_float_type() {
                format_float(n as f64, &spec)
            } else if spec.is_char_type() {
                spec.validate_char()
                    .map_err(|e| e.for_type(type_name).to_string())?;
                match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(c) => format_char(c, &spec),
                    None => return Err(String::from("%c arg not in range(0x110000)")),
                }
            } else {
                let digits = radix_digits(n.unsigned_abs(), spec.int_radix());
                format_int(n < 0, &digits, &spec)
            }
        }
        "f" => format_float(value.parse().unwrap(), &spec),
        "s" => format_str(value, &spec),
        _ => {
            let (re, im) = value.split_once(',').unwrap();
            format_complex(re.parse().unwrap(), im.parse().unwrap(), &spec)
        }
    };
    result.map_err(|e| e.for_type(type_name).to_string())
}

#[test]
fn format_matches_cpython() {
    let mut failures = 0;
    for &(kind, value, spec, expected) in cases::FORMAT_CASES {
        let got = format_value(kind, value, spec);
        let expected = expected.map(String::from).map_err(String::from);
        if got != expected {
            failures += 1;
            println!("format({kind}:{value}, {spec:?}): got {got:?}, expected {expected:?}");
        }
    }
    assert_eq!(failures, 0, "{failures} format cases differ from CPython");
}

fn hex_float(text: &str) -> f64 {
    // CPython's float.hex(): [-]0x1.hhhhp+e, 0x0.0p+0, inf, nan.
    match text {
        "inf" => return f64::INFINITY,
        "-inf" => return f64::NEG_INFINITY,
        "nan" => return f64::NAN,
        _ => {}
    }
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let rest = rest.strip_prefix("0x").unwrap();
    let (mantissa, exponent) = rest.split_once('p').unwrap();
    let (lead, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut bits: u64 = lead.parse().unwrap();
    for c in fraction.chars() {
        bits = bits * 16 + c.to_digit(16).unwrap() as u64;
    }
    let exponent: i32 = exponent.parse().unwrap();
    let scale = exponent - 4 * fraction.len() as i32;
    // Scale in two steps so that subnormal results stay exact.
    let value =
        bits as f64 * libm::exp2((scale / 2) as f64) * libm::exp2((scale - scale / 2) as f64);
    if negative {
        -value
    } else {
        value
    }
}

#[test]
fn repr_matches_cpython() {
    for &(hex, expected) in cases::REPR_CASES {
        let x = hex_float(hex);
        assert_eq!(float_repr(x), expected, "repr of {hex}");
    }
    assert_eq!(float_repr(-f64::NAN), "nan");
}

fn same_float(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan()
}

#[test]
fn round_matches_cpython() {
    let mut failures = 0;
    for &(hex, ndigits, expected) in cases::ROUND_CASES {
        let x = hex_float(hex);
        let got = round_half_even(x, ndigits);
        if !same_float(got, hex_float(expected)) {
            failures += 1;
            println!("round({x:?}, {ndigits}): got {got:?}, expected {expected}");
        }
    }
    assert_eq!(failures, 0);
}

#[test]
fn parse_matches_cpython() {
    for &(text, expected) in cases::PARSE_CASES {
        let got = parse_float(text);
        match expected {
            None => assert!(got.is_none(), "float({text:?}) should fail, got {got:?}"),
            Some(hex) => {
                let want = hex_float(hex);
                let got = got.unwrap_or_else(|| panic!("float({text:?}) failed"));
                assert!(
                    same_float(got, want),
                    "float({text:?}): {got:?} != {want:?}"
                );
            }
        }
    }
    // The sign of a NaN is kept, as in CPython.
    assert!(parse_float("-nan").unwrap().is_sign_negative());
}

#[derive(Clone, Copy, Debug)]
enum Arg<'a> {
    Int(i128),
    Float(f64),
    Str(&'a str),
}

fn arg(text: &str) -> Arg<'_> {
    let (tag, value) = text.split_once(':').unwrap();
    match tag {
        "i" => Arg::Int(value.parse().unwrap()),
        "f" => Arg::Float(value.parse().unwrap()),
        _ => Arg::Str(value),
    }
}

fn type_name(value: Arg<'_>) -> &'static str {
    match value {
        Arg::Int(_) => "int",
        Arg::Float(_) => "float",
        Arg::Str(_) => "str",
    }
}

/// `template % args` as `ops::format::percent_format_text` drives it.
fn percent(template: &str, encoded: &[&str]) -> Result<String, String> {
    let mut positional = Vec::new();
    let mut mapping = Vec::new();
    for item in encoded {
        match item.strip_prefix('@') {
            Some(entry) => {
                let (key, value) = entry.split_once('@').unwrap();
                mapping.push((key, arg(value)));
            }
            None => positional.push(arg(item)),
        }
    }
    let is_mapping = !mapping.is_empty();
    let mut next = 0;
    let take = |next: &mut usize| -> Result<Arg<'_>, String> {
        let value = positional
            .get(*next)
            .copied()
            .ok_or_else(|| String::from("not enough arguments for format string"))?;
        *next += 1;
        Ok(value)
    };
    let mut out = String::new();
    for piece in PercentPieces::new(template) {
        match piece.map_err(|e| e.to_string())? {
            PercentPiece::Literal(text) => out.push_str(text),
            PercentPiece::Spec(mut spec) => {
                let star = |value: Arg<'_>| match value {
                    Arg::Int(n) => Ok(n as isize),
                    _ => Err(String::from("* wants int")),
                };
                if spec.width_from_args {
                    let width = star(take(&mut next)?)?;
                    if width < 0 {
                        spec.flags.left = true;
                    }
                    spec.width = Some(width.unsigned_abs());
                }
                if spec.precision_from_args {
                    spec.precision = Some(star(take(&mut next)?)?.max(0) as usize);
                }
                let value = match &spec.key {
                    Some(key) => {
                        if !is_mapping {
                            return Err(String::from("format requires a mapping"));
                        }
                        mapping.iter().find(|(k, _)| k == key).unwrap().1
                    }
                    None => take(&mut next)?,
                };
                let text = match (spec.conversion, value) {
                    ('s', Arg::Str(s)) => percent_format_text(s, &spec),
                    ('s', Arg::Int(n)) => percent_format_text(&n.to_string(), &spec),
                    ('s', Arg::Float(x)) => percent_format_text(&float_repr(x), &spec),
                    ('c', Arg::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) => percent_format_text(c.encode_utf8(&mut [0; 4]), &spec),
                        None => return Err(String::from("%c arg not in range(0x110000)")),
                    },
                    ('c', Arg::Str(s)) if s.chars().count() == 1 => percent_format_text(s, &spec),
                    ('c', _) => return Err(String::from("%c requires int or char")),
                    ('d' | 'i' | 'u', Arg::Float(x)) => {
                        let n = x.trunc() as i128;
                        percent_format_int(n < 0, &n.unsigned_abs().to_string(), &spec)
                    }
                    ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Arg::Int(n)) => {
                        let radix = match spec.conversion {
                            'o' => 8,
                            'x' | 'X' => 16,
                            _ => 10,
                        };
                        percent_format_int(n < 0, &radix_digits(n.unsigned_abs(), radix), &spec)
                    }
                    ('d' | 'i' | 'u', other) => {
                        return Err(format!(
                            "%{} format: a real number is required, not {}",
                            spec.conversion,
                            type_name(other)
                        ))
                    }
                    ('o' | 'x' | 'X', other) => {
                        return Err(format!(
                            "%{} format: an integer is required, not {}",
                            spec.conversion,
                            type_name(other)
                        ))
                    }
                    ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Int(n)) => {
                        percent_format_float(n as f64, &spec)
                    }
                    ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Float(x)) => {
                        percent_format_float(x, &spec)
                    }
                    ('e' | 'E' | 'f' | 'F' | 'g' | 'G', other) => {
                        return Err(format!("must be real number, not {}", type_name(other)))
                    }
                    _ => return Err(spec.unsupported().to_string()),
                };
                out.push_str(&text);
            }
        }
    }
    if !is_mapping && next < positional.len() {
        return Err(String::from(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

#[test]
fn percent_matches_cpython() {
    let mut failures = 0;
    for &(template, args, expected) in cases::PERCENT_CASES {
        let got = percent(template, args);
        let expected = expected.map(String::from).map_err(String::from);
        if got != expected {
            failures += 1;
            println!("{template:?} % {args:?}: got {got:?}, expected {expected:?}");
        }
    }
    assert_eq!(failures, 0, "{failures} percent cases differ from CPython");
}

#[test]
fn percent_pieces_split_a_template() {
    let pieces: Vec<_> = PercentPieces::new("a%-5.2fb%%c%(k)sé%*d")
        .map(Result::unwrap)
        .collect();
    assert_eq!(pieces.len(), 8);
    assert_eq!(pieces[0], PercentPiece::Literal("a"));
    let PercentPiece::Spec(spec) = &pieces[1] else {
        panic!("{:?}", pieces[1]);
    };
    assert_eq!(
        (spec.conversion, spec.width, spec.precision, spec.flags.left),
        ('f', Some(5), Some(2), true)
    );
    assert_eq!(pieces[3], PercentPiece::Literal("%"));
    let PercentPiece::Spec(spec) = &pieces[5] else {
        panic!("{:?}", pieces[5]);
    };
    assert_eq!(spec.key.as_deref(), Some("k"));
    let PercentPiece::Spec(spec) = &pieces[7] else {
        panic!("{:?}", pieces[7]);
    };
    assert!(spec.width_from_args);
    // The index counts characters, not bytes.
    assert_eq!(spec.index, 19);
}
