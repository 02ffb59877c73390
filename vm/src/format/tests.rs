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
                if i64::try_from(n).is_err() {
                    return Err(String::from("Python int too large to convert to C long"));
                }
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

/// A port that collects what the program prints.
struct Capture(alloc::rc::Rc<core::cell::RefCell<String>>);

impl crate::port::Port for Capture {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.0
            .borrow_mut()
            .push_str(&String::from_utf8_lossy(bytes));
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.0
            .borrow_mut()
            .push_str(&String::from_utf8_lossy(bytes));
    }
    fn ticks_us(&mut self) -> u64 {
        0
    }
    fn sleep_us(&mut self, _us: u64) {}
}

fn new_vm() -> (crate::vm::Vm, alloc::rc::Rc<core::cell::RefCell<String>>) {
    let output = alloc::rc::Rc::new(core::cell::RefCell::new(String::new()));
    let memory = crate::heap::HeapMemory::Owned(alloc::vec![0usize; 1 << 20].into_boxed_slice());
    let vm = crate::vm::Vm::with_config(
        memory,
        alloc::boxed::Box::new(Capture(output.clone())),
        &[],
        crate::vm::Config::default(),
    );
    (vm, output)
}

/// A Python value to build on the VM heap.
#[derive(Clone, Copy)]
enum V<'a> {
    I(i128),
    B(bool),
    F(f64),
    S(&'a str),
    C(f64, f64),
    T(&'a [V<'a>]),
    L(&'a [V<'a>]),
    /// bytes, or a bytearray when the flag is set.
    Y(&'a [u8], bool),
    /// A dict with bytes keys.
    DB(&'a [(&'a [u8], V<'a>)]),
    D(&'a [(&'a str, V<'a>)]),
}

/// Build `value`, leaving it (and its parts) rooted.
fn build(vm: &mut crate::vm::Vm, value: V<'_>) -> crate::value::Value {
    use crate::objects::{complex, dict, float, int, str as pystr, tuple};
    let built = match value {
        V::I(n) => int::from_i128(vm, n).unwrap(),
        V::B(b) => {
            if b {
                crate::value::Value::TRUE
            } else {
                crate::value::Value::FALSE
            }
        }
        V::F(x) => float::new(vm, x).unwrap(),
        V::S(text) => pystr::new(vm, text).unwrap(),
        V::C(re, im) => complex::new(vm, re, im).unwrap(),
        V::T(items) => {
            let values: Vec<_> = items.iter().map(|&item| build(vm, item)).collect();
            tuple::new(vm, &values).unwrap()
        }
        V::L(items) => {
            let values: Vec<_> = items.iter().map(|&item| build(vm, item)).collect();
            crate::objects::list::new(vm, &values).unwrap()
        }
        V::Y(data, false) => crate::objects::bytes::new(vm, data).unwrap(),
        V::Y(data, true) => crate::objects::bytes::new_bytearray(vm, data).unwrap(),
        V::DB(entries) => {
            let table = dict::new(vm).unwrap();
            vm.push_root(table);
            for &(key, item) in entries {
                let key = build(vm, V::Y(key, false));
                let item = build(vm, item);
                dict::set(vm, table, key, item).unwrap();
            }
            table
        }
        V::D(entries) => {
            let table = dict::new(vm).unwrap();
            vm.push_root(table);
            for &(key, item) in entries {
                let key = build(vm, V::S(key));
                let item = build(vm, item);
                dict::set(vm, table, key, item).unwrap();
            }
            table
        }
    };
    vm.push_root(built);
    built
}

/// The text of a result, or `Type: message` of the exception raised.
fn outcome(vm: &mut crate::vm::Vm, result: crate::PyResult, repr: bool) -> Result<String, String> {
    match result {
        Ok(value) => {
            let text = if repr {
                crate::ops::repr::repr(vm, value).unwrap()
            } else {
                value
            };
            Ok(String::from(crate::objects::str::text(vm, text)))
        }
        Err(_) => {
            let exception = vm.take_exception();
            Err(vm.exception_summary(exception))
        }
    }
}

fn check(got: Result<String, String>, expected: Result<&str, &str>, what: &str) -> bool {
    let expected = expected.map(String::from).map_err(String::from);
    if got != expected {
        println!("{what}: got {got:?}, expected {expected:?}");
        return false;
    }
    true
}

/// The VM side of formatting (`ops::format`: `format()`, `%`, `round()`)
/// on values built directly on the heap, against CPython 3.11.
#[test]
fn vm_formatting_matches_cpython() {
    let (mut vm, _) = new_vm();
    let mut failures = 0;
    let mut tally = |ok: bool| failures += (!ok) as usize;
    {
        let mut fmt = |vm: &mut crate::vm::Vm, value: V<'_>, spec: V<'_>, expected| {
            let mark = vm.root_mark();
            let value = build(vm, value);
            let spec = build(vm, spec);
            let result = crate::ops::format::format(vm, value, spec);
            tally(check(outcome(vm, result, false), expected, "format"));
            vm.truncate_roots(mark);
        };
        fmt(&mut vm, V::F(1234.5678_f64), V::S(",.2f"), Ok("1,234.57"));
        fmt(&mut vm, V::B(true), V::S(">5"), Ok("    1"));
        fmt(&mut vm, V::B(false), V::S("d"), Ok("0"));
        fmt(
            &mut vm,
            V::B(true),
            V::S("s"),
            Err("ValueError: Unknown format code 's' for object of type 'bool'"),
        );
        fmt(&mut vm, V::B(true), V::S("x"), Ok("1"));
        fmt(&mut vm, V::B(true), V::S(".2f"), Ok("1.00"));
        fmt(&mut vm, V::I(65), V::S("c"), Ok("A"));
        fmt(
            &mut vm,
            V::I(65),
            V::S("+c"),
            Err("ValueError: Sign not allowed with integer format specifier 'c'"),
        );
        fmt(
            &mut vm,
            V::I(-1),
            V::S("c"),
            Err("OverflowError: %c arg not in range(0x110000)"),
        );
        fmt(
            &mut vm,
            V::I(-1),
            V::S("#c"),
            Err("ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        );
        fmt(
            &mut vm,
            V::I(1114112),
            V::S("c"),
            Err("OverflowError: %c arg not in range(0x110000)"),
        );
        fmt(
            &mut vm,
            V::I(1000000000000000000000000000000),
            V::S(","),
            Ok("1,000,000,000,000,000,000,000,000,000,000"),
        );
        fmt(
            &mut vm,
            V::I(1000000000000000000000000000000),
            V::S("_x"),
            Ok("c_9f2c_9cd0_4674_edea_4000_0000"),
        );
        fmt(
            &mut vm,
            V::I(-1000000000000000000000000000000),
            V::S("#_o"),
            Ok("-0o14_4762_6234_6404_3164_7336_5100_0000_0000"),
        );
        fmt(&mut vm, V::I(-255), V::S("#010X"), Ok("-0X00000FF"));
        fmt(&mut vm, V::I(7), V::S("e"), Ok("7.000000e+00"));
        fmt(&mut vm, V::I(7), V::S(".2%"), Ok("700.00%"));
        fmt(
            &mut vm,
            V::I(1),
            V::S("abc"),
            Err("ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        );
        fmt(
            &mut vm,
            V::F(1.5_f64),
            V::S("abc"),
            Err("ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        );
        fmt(
            &mut vm,
            V::S("x"),
            V::S("abc"),
            Err("ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        );
        fmt(
            &mut vm,
            V::C(1.0_f64, 2.0_f64),
            V::S("abc"),
            Err("ValueError: Invalid format specifier 'abc' for object of type 'complex'"),
        );
        fmt(
            &mut vm,
            V::I(1),
            V::S("q"),
            Err("ValueError: Unknown format code 'q' for object of type 'int'"),
        );
        fmt(
            &mut vm,
            V::S("s"),
            V::S(","),
            Err("ValueError: Cannot specify ',' with 's'."),
        );
        fmt(&mut vm, V::C(1.0_f64, 2.0_f64), V::S(""), Ok("(1+2j)"));
        fmt(
            &mut vm,
            V::C(1.0_f64, 2.0_f64),
            V::S(">10"),
            Ok("    (1+2j)"),
        );
        fmt(
            &mut vm,
            V::C(1.0_f64, 2.0_f64),
            V::S(".2f"),
            Ok("1.00+2.00j"),
        );
        fmt(
            &mut vm,
            V::C(0.0_f64, 1.0_f64),
            V::S("05"),
            Err("ValueError: Zero padding is not allowed in complex format specifier"),
        );
        fmt(&mut vm, V::F(3.14158_f64), V::S(".3"), Ok("3.14"));
        fmt(&mut vm, V::I(42), V::S(">6"), Ok("    42"));
        fmt(&mut vm, V::S("ab"), V::S("*^6"), Ok("**ab**"));
        fmt(&mut vm, V::F(1e+16_f64), V::S(""), Ok("1e+16"));
        fmt(
            &mut vm,
            V::F(0.30000000000000004_f64),
            V::S(""),
            Ok("0.30000000000000004"),
        );
        fmt(&mut vm, V::F(1.0_f64), V::S(""), Ok("1.0"));
        fmt(&mut vm, V::F(-0.0_f64), V::S(""), Ok("-0.0"));
        fmt(&mut vm, V::I(1), V::S(""), Ok("1"));
        fmt(&mut vm, V::S("x"), V::S(""), Ok("x"));
        fmt(
            &mut vm,
            V::I(1),
            V::S(".2"),
            Err("ValueError: Precision not allowed in integer format specifier"),
        );
        fmt(
            &mut vm,
            V::I(1),
            V::S("z"),
            Err("ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        );
        fmt(&mut vm, V::S("\u{e9}"), V::S("^5"), Ok("  \u{e9}  "));
        fmt(
            &mut vm,
            V::I(18446744073709551616),
            V::S("n"),
            Ok("18446744073709551616"),
        );
        fmt(&mut vm, V::F(1.5_f64), V::S("n"), Ok("1.5"));
        fmt(&mut vm, V::I(12), V::S("%"), Ok("1200.000000%"));
        fmt(&mut vm, V::F(-0.0_f64), V::S("z.2f"), Ok("0.00"));
        fmt(&mut vm, V::F(1e+300_f64), V::S(",.0e"), Ok("1e+300"));
        fmt(&mut vm, V::B(true), V::S(""), Ok("True"));
        fmt(
            &mut vm,
            V::I(1),
            V::I(3),
            Err("TypeError: format() argument 2 must be str, not int"),
        );
    }
    {
        let mut pct = |vm: &mut crate::vm::Vm, template: &str, args: V<'_>, expected| {
            let mark = vm.root_mark();
            let template_value = build(vm, V::S(template));
            let args = build(vm, args);
            let result = crate::ops::format::percent_format(vm, template_value, args);
            tally(check(outcome(vm, result, false), expected, template));
            vm.truncate_roots(mark);
        };
        pct(
            &mut vm,
            "%5.2f|%-5d|%05x|%+d|",
            V::T(&[V::F(3.14158_f64), V::I(42), V::I(255), V::I(7)]),
            Ok(" 3.14|42   |000ff|+7|"),
        );
        pct(
            &mut vm,
            "%(a)s and %(b)05.1f",
            V::D(&[("a", V::S("x")), ("b", V::F(2.25_f64))]),
            Ok("x and 002.2"),
        );
        pct(
            &mut vm,
            "%*d|%-*d|",
            V::T(&[V::I(-4), V::I(1), V::I(3), V::I(2)]),
            Ok("1   |2  |"),
        );
        pct(
            &mut vm,
            "%.*f",
            V::T(&[V::I(2), V::F(1.005_f64)]),
            Ok("1.00"),
        );
        pct(&mut vm, "%c%c", V::T(&[V::I(65), V::S("b")]), Ok("Ab"));
        pct(
            &mut vm,
            "%s %r %a",
            V::T(&[V::S("\u{e9}"), V::S("\u{e9}"), V::S("\u{e9}")]),
            Ok("\u{e9} '\u{e9}' '\\xe9'"),
        );
        pct(
            &mut vm,
            "%d",
            V::S("x"),
            Err("TypeError: %d format: a real number is required, not str"),
        );
        pct(
            &mut vm,
            "%x",
            V::F(1.5_f64),
            Err("TypeError: %x format: an integer is required, not float"),
        );
        pct(
            &mut vm,
            "%y",
            V::I(1),
            Err("ValueError: unsupported format character 'y' (0x79) at index 1"),
        );
        pct(
            &mut vm,
            "%5%",
            V::I(1),
            Err("ValueError: unsupported format character '%' (0x25) at index 2"),
        );
        pct(&mut vm, "%%", V::T(&[]), Ok("%"));
        pct(
            &mut vm,
            "%s %s",
            V::T(&[V::I(1)]),
            Err("TypeError: not enough arguments for format string"),
        );
        pct(
            &mut vm,
            "%s",
            V::T(&[V::I(1), V::I(2)]),
            Err("TypeError: not all arguments converted during string formatting"),
        );
        pct(
            &mut vm,
            "%*d",
            V::T(&[V::S("a"), V::I(1)]),
            Err("TypeError: * wants int"),
        );
        pct(
            &mut vm,
            "%.*d",
            V::T(&[V::F(1.5_f64), V::I(1)]),
            Err("TypeError: * wants int"),
        );
        pct(
            &mut vm,
            "%c",
            V::I(1114112),
            Err("OverflowError: %c arg not in range(0x110000)"),
        );
        pct(
            &mut vm,
            "%c",
            V::S("ab"),
            Err("TypeError: %c requires int or char"),
        );
        pct(&mut vm, "%s", V::I(5), Ok("5"));
        pct(&mut vm, "%d", V::B(true), Ok("1"));
        pct(&mut vm, "%s", V::B(true), Ok("True"));
        pct(&mut vm, "%d", V::F(-3.9_f64), Ok("-3"));
        pct(
            &mut vm,
            "%i",
            V::I(100000000000000000000),
            Ok("100000000000000000000"),
        );
        pct(
            &mut vm,
            "%x",
            V::I(-100000000000000000000),
            Ok("-56bc75e2d63100000"),
        );
        pct(
            &mut vm,
            "%e",
            V::I(100000000000000000000),
            Ok("1.000000e+20"),
        );
        pct(&mut vm, "%.3g", V::I(2), Ok("2"));
        pct(&mut vm, "%r", V::F(1.0_f64), Ok("1.0"));
        pct(&mut vm, "%s", V::F(1e+16_f64), Ok("1e+16"));
        pct(&mut vm, "%s", V::C(1.0_f64, 2.0_f64), Ok("(1+2j)"));
        pct(
            &mut vm,
            "%(a)s",
            V::T(&[V::I(1)]),
            Err("TypeError: format requires a mapping"),
        );
        pct(
            &mut vm,
            "%(a",
            V::D(&[("a", V::I(1))]),
            Err("ValueError: incomplete format key"),
        );
        pct(
            &mut vm,
            "hello",
            V::I(5),
            Err("TypeError: not all arguments converted during string formatting"),
        );
        pct(&mut vm, "hello", V::T(&[]), Ok("hello"));
        pct(&mut vm, "hello", V::D(&[]), Ok("hello"));
        pct(&mut vm, "%s", V::D(&[]), Ok("{}"));
        pct(
            &mut vm,
            "%s",
            V::T(&[]),
            Err("TypeError: not enough arguments for format string"),
        );
        pct(
            &mut vm,
            "%g %G",
            V::T(&[V::F(f64::NAN), V::F(f64::NEG_INFINITY)]),
            Ok("nan -INF"),
        );
        pct(
            &mut vm,
            "%05.1f|%-07.2e|",
            V::T(&[V::F(-2.5_f64), V::F(1234.5_f64)]),
            Ok("-02.5|1.23e+03|"),
        );
    }
    {
        // The argument that counts as a mapping (any subscriptable but a
        // tuple or str, and for bytes templates not bytes either).
        let mut pct = |vm: &mut crate::vm::Vm, template: V<'_>, args: V<'_>, expected| {
            let mark = vm.root_mark();
            let is_bytes = matches!(template, V::Y(..));
            let template_value = build(vm, template);
            let args = build(vm, args);
            let result = if is_bytes {
                crate::ops::format::percent_format_bytes(vm, template_value, args).map(|b| {
                    let text: String = crate::objects::bytes::data(vm, b)
                        .iter()
                        .map(|&c| c as char)
                        .collect();
                    crate::objects::str::new(vm, &text).unwrap()
                })
            } else {
                crate::ops::format::percent_format(vm, template_value, args)
            };
            tally(check(outcome(vm, result, false), expected, "mapping"));
            vm.truncate_roots(mark);
        };
        pct(&mut vm, V::S("hello"), V::Y(b"x", false), Ok("hello"));
        pct(&mut vm, V::S("hello"), V::Y(b"x", true), Ok("hello"));
        pct(&mut vm, V::S("hello"), V::L(&[V::I(1)]), Ok("hello"));
        pct(&mut vm, V::S("%s"), V::L(&[V::I(1), V::I(2)]), Ok("[1, 2]"));
        pct(
            &mut vm,
            V::S("%(a)s"),
            V::L(&[V::I(1)]),
            Err("TypeError: list indices must be integers or slices, not str"),
        );
        pct(
            &mut vm,
            V::S("hello"),
            V::S("x"),
            Err("TypeError: not all arguments converted during string formatting"),
        );
        pct(
            &mut vm,
            V::Y(b"hello", false),
            V::Y(b"x", false),
            Err("TypeError: not all arguments converted during bytes formatting"),
        );
        pct(
            &mut vm,
            V::Y(b"hello", false),
            V::L(&[V::I(1)]),
            Ok("hello"),
        );
        pct(
            &mut vm,
            V::Y(b"%(a)s|%(b)5d", false),
            V::DB(&[(b"a", V::Y(b"xy", false)), (b"b", V::I(3))]),
            Ok("xy|    3"),
        );
    }
    // (Rounding ints to tens, and `round()` of floats beyond i128, are
    // left to the bigint branch: this build's BigInt is a stand-in.)
    {
        let mut rnd = |vm: &mut crate::vm::Vm, number: V<'_>, ndigits: Option<i128>, expected| {
            let mark = vm.root_mark();
            let number = build(vm, number);
            let ndigits = match ndigits {
                Some(n) => build(vm, V::I(n)),
                None => crate::value::Value::UNBOUND,
            };
            let result = crate::ops::format::round(vm, number, ndigits);
            tally(check(outcome(vm, result, true), expected, "round"));
            vm.truncate_roots(mark);
        };
        rnd(&mut vm, V::F(2.675_f64), Some(2), Ok("2.67"));
        rnd(&mut vm, V::F(0.5_f64), None, Ok("0"));
        rnd(&mut vm, V::F(1.5_f64), None, Ok("2"));
        rnd(&mut vm, V::F(-0.5_f64), None, Ok("0"));
        rnd(&mut vm, V::F(2.5_f64), None, Ok("2"));
        rnd(&mut vm, V::F(1234.5_f64), Some(-2), Ok("1200.0"));
        rnd(&mut vm, V::F(-0.5_f64), Some(0), Ok("-0.0"));
        rnd(
            &mut vm,
            V::F(1.7976931348623157e+308_f64),
            Some(-308),
            Err("OverflowError: rounded value too large to represent"),
        );
        rnd(&mut vm, V::F(1.5_f64), Some(400), Ok("1.5"));
        rnd(&mut vm, V::F(1.5_f64), Some(-400), Ok("0.0"));
        rnd(&mut vm, V::F(-1.5_f64), Some(-400), Ok("-0.0"));
        rnd(&mut vm, V::F(f64::INFINITY), Some(2), Ok("inf"));
        rnd(
            &mut vm,
            V::F(f64::NAN),
            None,
            Err("ValueError: cannot convert float NaN to integer"),
        );
        rnd(
            &mut vm,
            V::F(f64::INFINITY),
            None,
            Err("OverflowError: cannot convert float infinity to integer"),
        );
        rnd(&mut vm, V::I(123), Some(-1), Ok("120"));
        rnd(&mut vm, V::I(125), Some(-1), Ok("120"));
        rnd(&mut vm, V::I(-125), Some(-1), Ok("-120"));
        rnd(&mut vm, V::I(7), Some(2), Ok("7"));
        rnd(&mut vm, V::B(true), None, Ok("1"));
        rnd(&mut vm, V::F(0.5_f64), Some(0), Ok("0.0"));
        rnd(&mut vm, V::F(5e-324_f64), Some(323), Ok("0.0"));
        rnd(&mut vm, V::F(5e-324_f64), Some(324), Ok("5e-324"));
    }
    assert_eq!(
        failures, 0,
        "{failures} VM formatting cases differ from CPython"
    );
}

/// A whole program through the compiler and VM, against its output under
/// CPython 3.11.
#[test]
fn python_program_matches_cpython() {
    let (mut vm, output) = new_vm();
    vm.run_main(PROGRAM, "<test>");
    let got = output.borrow().clone();
    let mut differences = 0;
    for (i, (g, e)) in got.lines().zip(EXPECTED.lines()).enumerate() {
        if g != e {
            differences += 1;
            println!("line {}: got {g}, expected {e}", i + 1);
        }
    }
    assert_eq!(differences, 0, "{got}");
    assert_eq!(got.lines().count(), EXPECTED.lines().count(), "{got}");
}

const PROGRAM: &str = r####"def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))
show(lambda: "%5.2f|%-5d|%05x|%+d|" % (3.14159, 42, 255, 7))
show(lambda: "%(a)s and %(b)05.1f" % {'a': 'x', 'b': 2.25})
show(lambda: "%*d|%-*d|" % (-4, 1, 3, 2))
show(lambda: "%.*f" % (2, 1.005))
show(lambda: "%c%c" % (65, 'b'))
show(lambda: "%s %r %a" % ('é', 'é', 'é'))
show(lambda: "%d" % 'x')
show(lambda: "%x" % 1.5)
show(lambda: "%y" % 1)
show(lambda: "%5%" % 1)
show(lambda: "%%" % ())
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "%*d" % ('a', 1))
show(lambda: "%c" % 0x110000)
show(lambda: format(1234.5678, ',.2f'))
show(lambda: format(True, '>5'))
show(lambda: format(False, 'd'))
show(lambda: format(True, 's'))
show(lambda: format(65, 'c'))
show(lambda: format(65, '+c'))
show(lambda: format(-1, 'c'))
show(lambda: format(-1, '#c'))
show(lambda: format(10**30, ','))
show(lambda: format(10**30, '_x'))
show(lambda: format(-255, '#010X'))
show(lambda: format(7, 'e'))
show(lambda: format(7, '.2%'))
show(lambda: format(1, 'abc'))
show(lambda: format(1.5, 'abc'))
show(lambda: format('x', 'abc'))
show(lambda: format(1, 'q'))
show(lambda: format('s', ','))
show(lambda: format(1+2j, ''))
show(lambda: format(1+2j, '>10'))
show(lambda: format(1+2j, '.2f'))
show(lambda: format(1j, '05'))
show(lambda: f"{3.14159:.3}|{42:>6}|{'ab':*^6}|{1e16}|{0.1+0.2}")
show(lambda: "{:,}|{:_b}|{:#o}".format(1234567, 37, 8))
show(lambda: repr(1e-5) + ' ' + str(123456789012345.0) + ' ' + repr(-0.0))
show(lambda: (round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5, -2), round(-0.5, 0)))
show(lambda: round(1.7976931348623157e308, -308))
show(lambda: (float('1_000.5'), float(' -Infinity '), float('nan')))
show(lambda: float('1__0'))
show(lambda: float('0x10'))
show(lambda: complex('1.5-2_0j'))
show(lambda: int('1_000'))
"####;

const EXPECTED: &str = r####"' 3.14|42   |000ff|+7|'
'x and 002.2'
'1   |2  |'
'1.00'
'Ab'
"é 'é' '\\xe9'"
TypeError: %d format: a real number is required, not str
TypeError: %x format: an integer is required, not float
ValueError: unsupported format character 'y' (0x79) at index 1
ValueError: unsupported format character '%' (0x25) at index 2
'%'
TypeError: not enough arguments for format string
TypeError: not all arguments converted during string formatting
TypeError: * wants int
OverflowError: %c arg not in range(0x110000)
'1,234.57'
'    1'
'0'
ValueError: Unknown format code 's' for object of type 'bool'
'A'
ValueError: Sign not allowed with integer format specifier 'c'
OverflowError: %c arg not in range(0x110000)
ValueError: Alternate form (#) not allowed with integer format specifier 'c'
'1,000,000,000,000,000,000,000,000,000,000'
'c_9f2c_9cd0_4674_edea_4000_0000'
'-0X00000FF'
'7.000000e+00'
'700.00%'
ValueError: Invalid format specifier 'abc' for object of type 'int'
ValueError: Invalid format specifier 'abc' for object of type 'float'
ValueError: Invalid format specifier 'abc' for object of type 'str'
ValueError: Unknown format code 'q' for object of type 'int'
ValueError: Cannot specify ',' with 's'.
'(1+2j)'
'    (1+2j)'
'1.00+2.00j'
ValueError: Zero padding is not allowed in complex format specifier
'3.14|    42|**ab**|1e+16|0.30000000000000004'
'1,234,567|10_0101|0o10'
'1e-05 123456789012345.0 -0.0'
(2.67, 0, 2, 0, 1200.0, -0.0)
OverflowError: rounded value too large to represent
(1000.5, -inf, nan)
ValueError: could not convert string to float: '1__0'
ValueError: could not convert string to float: '0x10'
(1.5-20j)
1000
"####;
