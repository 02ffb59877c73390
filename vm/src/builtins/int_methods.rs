//! Methods of `int`, `float` and `complex`.

use super::args::{check, parse};
use crate::error::PyResult;
use crate::native::{Args, NativeFunction};
use crate::objects::{bytes, complex, float, int, str as pystr, tuple};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;
use alloc::vec::Vec;

pub static INT_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("bit_length", bit_length),
    &NativeFunction::method("bit_count", bit_count),
    &NativeFunction::method("to_bytes", to_bytes),
    &NativeFunction::class_method("from_bytes", from_bytes),
    &NativeFunction::method("conjugate", positive),
    &NativeFunction::method("as_integer_ratio", int_as_integer_ratio),
    &NativeFunction::method("is_integer", int_is_integer),
    &NativeFunction::method("__index__", positive),
    &NativeFunction::method("__int__", positive),
    &NativeFunction::method("__float__", to_float),
    &NativeFunction::method("__abs__", absolute),
    &NativeFunction::method("__neg__", negative),
    &NativeFunction::method("__pos__", positive),
    &NativeFunction::method("__round__", round),
    &NativeFunction::method("__format__", format),
];

pub static FLOAT_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("is_integer", float_is_integer),
    &NativeFunction::method("hex", float_hex),
    &NativeFunction::class_method("fromhex", float_fromhex),
    &NativeFunction::method("as_integer_ratio", float_as_integer_ratio),
    &NativeFunction::method("conjugate", positive),
    &NativeFunction::method("__int__", to_int),
    &NativeFunction::method("__trunc__", to_int),
    &NativeFunction::method("__float__", positive),
    &NativeFunction::method("__floor__", float_floor),
    &NativeFunction::method("__ceil__", float_ceil),
    &NativeFunction::method("__abs__", absolute),
    &NativeFunction::method("__neg__", negative),
    &NativeFunction::method("__pos__", positive),
    &NativeFunction::method("__round__", round),
    &NativeFunction::method("__format__", format),
];

pub static COMPLEX_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("conjugate", complex_conjugate),
    &NativeFunction::method("__abs__", absolute),
    &NativeFunction::method("__neg__", negative),
];

fn receiver(vm: &Vm, args: &Args) -> Value {
    ops::arith::unwrap_native(vm, args.get(vm, 0))
}

fn bit_length(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "bit_length", 1, 1)?;
    let n = int::to_bigint(vm, receiver(vm, args));
    int::from_i64(vm, n.bit_length() as i64)
}

fn bit_count(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "bit_count", 1, 1)?;
    let n = int::to_bigint(vm, receiver(vm, args));
    let count: u32 = n.limbs().iter().map(|limb| limb.count_ones()).sum();
    int::from_i64(vm, count as i64)
}

fn byte_order(vm: &mut Vm, value: Value) -> PyResult<bool> {
    if value.is_unbound() {
        return Ok(false);
    }
    match pystr::as_text(vm, value) {
        Some("big") => Ok(false),
        Some("little") => Ok(true),
        _ => Err(vm.raise_value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn to_bytes(vm: &mut Vm, args: &Args) -> PyResult {
    let [target, length, order, signed] = parse(
        vm,
        args,
        "to_bytes",
        ["self", "length", "byteorder", "signed"],
        1,
    )?;
    let length = if length.is_unbound() {
        1
    } else {
        let n = ops::convert::index_isize(vm, length)?;
        if n < 0 {
            return Err(vm.raise_value_error("length argument must be non-negative"));
        }
        n as usize
    };
    let little = byte_order(vm, order)?;
    let signed = !signed.is_unbound() && ops::truth::truthy(vm, signed)?;
    let n = int::to_bigint(vm, ops::arith::unwrap_native(vm, target));
    if n.is_negative() && !signed {
        return Err(vm.raise_overflow_error("can't convert negative int to unsigned"));
    }
    // Two's complement bytes, little-endian, sign-extended.
    let mut out: Vec<u8> = Vec::with_capacity(length);
    let magnitude: Vec<u8> = n
        .abs()
        .limbs()
        .iter()
        .flat_map(|l| l.to_le_bytes())
        .collect();
    if n.is_negative() {
        let mut carry = 1u16;
        for i in 0..length.max(magnitude.len()) {
            let byte = !magnitude.get(i).copied().unwrap_or(0) as u16 + carry;
            out.push(byte as u8);
            carry = byte >> 8;
        }
    } else {
        out.extend_from_slice(&magnitude);
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    // Check that the value fits: the bytes past `length` must be the sign
    // fill, and the top bit of the last kept byte must match the sign.
    let fits = out.iter().skip(length).all(|&b| b == fill)
        && (!signed
            || length == 0 && n.is_zero()
            || length > 0
                && ((out.get(length - 1).copied().unwrap_or(fill) & 0x80 != 0) == n.is_negative()));
    if !fits || (length == 0 && !n.is_zero()) {
        return Err(vm.raise_overflow_error("int too big to convert"));
    }
    out.resize(length, fill);
    out.truncate(length);
    if !little {
        out.reverse();
    }
    bytes::new(vm, &out)
}

fn from_bytes(vm: &mut Vm, args: &Args) -> PyResult {
    let [class, source, order, signed] = parse(
        vm,
        args,
        "from_bytes",
        ["cls", "bytes", "byteorder", "signed"],
        2,
    )?;
    let little = byte_order(vm, order)?;
    let signed = !signed.is_unbound() && ops::truth::truthy(vm, signed)?;
    let mut data = ops::subscript::byte_values(vm, source)?;
    if !little {
        data.reverse();
    }
    let negative = signed && data.last().is_some_and(|&b| b & 0x80 != 0);
    if negative {
        // Magnitude of a two's complement number: invert and add one.
        let mut carry = 1u16;
        for byte in data.iter_mut() {
            let value = (!*byte) as u16 + carry;
            *byte = value as u8;
            carry = value >> 8;
        }
    }
    let limbs: Vec<u32> = data
        .chunks(4)
        .map(|chunk| {
            let mut word = [0u8; 4];
            word[..chunk.len()].copy_from_slice(chunk);
            u32::from_le_bytes(word)
        })
        .collect();
    let mut limbs = limbs;
    while limbs.last() == Some(&0) {
        limbs.pop();
    }
    let n = crate::int::BigInt::from_limbs(negative, &limbs);
    let value = int::from_bigint(vm, &n)?;
    if class == Value::from_builtin_type(crate::types::INT) {
        Ok(value)
    } else {
        vm.call(class, &[value])
    }
}

fn int_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "as_integer_ratio", 1, 1)?;
    let value = receiver(vm, args);
    let value = ops::arith::positive(vm, value)?;
    tuple::new(vm, &[value, Value::small_int(1)])
}

fn int_is_integer(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "is_integer", 1, 1)?;
    Ok(Value::TRUE)
}

fn positive(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__pos__", 1, 1)?;
    let value = receiver(vm, args);
    ops::arith::positive(vm, value)
}

fn negative(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__neg__", 1, 1)?;
    let value = receiver(vm, args);
    ops::arith::negative(vm, value)
}

fn absolute(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__abs__", 1, 1)?;
    let value = receiver(vm, args);
    ops::arith::absolute(vm, value)
}

fn to_float(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__float__", 1, 1)?;
    let value = receiver(vm, args);
    let x = ops::convert::number_to_f64(vm, value)?;
    float::new(vm, x)
}

fn to_int(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__int__", 1, 1)?;
    let value = receiver(vm, args);
    vm.call(Value::from_builtin_type(crate::types::INT), &[value])
}

fn round(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__round__", 1, 2)?;
    let value = receiver(vm, args);
    let digits = args.get_opt(vm, 1).unwrap_or(Value::UNBOUND);
    ops::format::round(vm, value, digits)
}

fn format(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__format__", 2, 2)?;
    let (value, spec) = (receiver(vm, args), args.get(vm, 1));
    ops::format::format(vm, value, spec)
}

fn float_is_integer(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "is_integer", 1, 1)?;
    let x = float::value(vm, receiver(vm, args));
    Ok(Value::from_bool(x.is_finite() && libm::floor(x) == x))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "as_integer_ratio", 1, 1)?;
    let x = float::value(vm, receiver(vm, args));
    if x.is_nan() {
        return Err(vm.raise_value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.raise_overflow_error("cannot convert Infinity to integer ratio"));
    }
    // x = mantissa * 2**exponent exactly, with an integer mantissa.
    let (mut mantissa, mut exponent) = libm::frexp(x);
    while mantissa != libm::floor(mantissa) {
        mantissa *= 2.0;
        exponent -= 1;
    }
    let mut numerator =
        crate::int::BigInt::from_f64(mantissa).unwrap_or(crate::int::BigInt::from_i64(0));
    let mut denominator = crate::int::BigInt::from_i64(1);
    if exponent > 0 {
        numerator = numerator.shl(exponent as usize);
    } else {
        denominator = denominator.shl((-exponent) as usize);
    }
    let numerator = int::from_bigint(vm, &numerator)?;
    vm.push_root(numerator);
    let denominator = int::from_bigint(vm, &denominator);
    let result = denominator.and_then(|d| tuple::new(vm, &[numerator, d]));
    vm.pop_roots(1);
    result
}

fn float_floor(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__floor__", 1, 1)?;
    let x = float::value(vm, receiver(vm, args));
    let f = float::new(vm, libm::floor(x))?;
    vm.call(Value::from_builtin_type(crate::types::INT), &[f])
}

fn float_ceil(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__ceil__", 1, 1)?;
    let x = float::value(vm, receiver(vm, args));
    let f = float::new(vm, libm::ceil(x))?;
    vm.call(Value::from_builtin_type(crate::types::INT), &[f])
}

fn complex_conjugate(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "conjugate", 1, 1)?;
    let (real, imag) = complex::parts(vm, receiver(vm, args));
    complex::new(vm, real, -imag)
}

/// `float.hex()`: the exact value in hexadecimal.
fn float_hex(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "hex", 1, 1)?;
    let x = float::value(vm, args.get(vm, 0));
    pystr::new(vm, &crate::format::hexfloat::float_to_hex(x))
}

/// `float.fromhex(text)`, a class method.
fn float_fromhex(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "fromhex", 2, 2)?;
    let source = args.get(vm, 1);
    if pystr::is_str(&vm.heap, source) {
        // As CPython, which reads the text as UTF-8 first.
        pystr::require_utf8(vm, source)?;
    }
    let Some(text) = pystr::as_text(vm, source).map(alloc::string::String::from) else {
        let message = alloc::format!(
            "must be str, not {}",
            ops::types::type_name(vm, args.get(vm, 1))
        );
        return Err(vm.raise_type_error(&message));
    };
    use crate::format::hexfloat::{float_from_hex, HexFloatError};
    match float_from_hex(&text) {
        Ok(x) => float::new(vm, x),
        Err(HexFloatError::Invalid) => {
            Err(vm.raise_value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexFloatError::Overflow) => {
            Err(vm.raise_overflow_error("hexadecimal value too large to represent as a float"))
        }
    }
}
