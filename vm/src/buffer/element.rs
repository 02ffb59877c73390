//! Elements of typed buffers: the typecodes `array.array` and
//! `memoryview` share (`b B h H i I l L q Q f d`), their sizes, and the
//! conversion between a Python value and the element's bytes in native
//! byte order. Range errors use CPython's messages, which name the C type.

use crate::error::PyResult;
use crate::objects::{float, int};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

/// The typecodes, in the order CPython lists them.
pub const TYPECODES: &str = "bBhHiIlLqQfd";

/// `sizeof(long)`: a machine word on the targets Pyrite runs on (LP64
/// hosts, 32-bit microcontrollers).
const LONG_BYTES: usize = core::mem::size_of::<usize>();

/// The size in bytes of an element of typecode `code`, None if it is not
/// one (`B` also stands for the bytes of bytes and bytearray).
pub fn size(code: u8) -> Option<usize> {
    Some(match code {
        b'b' | b'B' | b'c' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => LONG_BYTES,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

pub fn is_float(code: u8) -> bool {
    matches!(code, b'f' | b'd')
}

/// The value of the element in `bytes` (exactly `size(code)` of them).
pub fn load(vm: &mut Vm, code: u8, bytes: &[u8]) -> PyResult<Value> {
    let mut raw = [0u8; 8];
    raw[..bytes.len()].copy_from_slice(bytes);
    let unsigned = u64::from_ne_bytes(raw);
    // Sign-extend from the element's width (native order is little-endian
    // on every target, so the low bytes come first in `raw`).
    let width = bytes.len() as u32 * 8;
    let signed = if width == 64 {
        unsigned as i64
    } else {
        ((unsigned << (64 - width)) as i64) >> (64 - width)
    };
    match code {
        b'f' => float::new(
            vm,
            f32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64,
        ),
        b'd' => float::new(vm, f64::from_ne_bytes(raw)),
        b'c' => crate::objects::bytes::new(vm, &bytes[..1]),
        b'b' | b'h' | b'i' | b'l' | b'q' => int::from_i64(vm, signed),
        _ => int::from_i128(vm, unsigned as i128),
    }
}

/// The bytes of `value` as an element of typecode `code` (the first
/// `size(code)` bytes of the result), or the exception CPython raises.
pub fn encode(vm: &mut Vm, code: u8, value: Value) -> PyResult<[u8; 8]> {
    if is_float(code) {
        let x = ops::convert::number_to_f64(vm, value)?;
        let mut out = [0u8; 8];
        if code == b'f' {
            out[..4].copy_from_slice(&(x as f32).to_ne_bytes());
        } else {
            out = x.to_ne_bytes();
        }
        return Ok(out);
    }
    let index = ops::convert::index_value(vm, value)?;
    let negative = int::sign(vm, index) < 0;
    let n = int::to_bigint(vm, index).to_i128();
    let n = check_range(vm, code, n, negative)?;
    Ok((n as u64).to_ne_bytes())
}

/// `n` (None: beyond i128, of sign `negative`) if it fits typecode `code`,
/// else OverflowError with the message CPython gives for that C type.
fn check_range(vm: &mut Vm, code: u8, n: Option<i128>, negative: bool) -> PyResult<i128> {
    const C_LONG: &str = "Python int too large to convert to C long";
    const C_ULONG: &str = "Python int too large to convert to C unsigned long";
    const NEGATIVE_UINT: &str = "can't convert negative value to unsigned int";
    let long_min = if LONG_BYTES == 8 {
        i64::MIN as i128
    } else {
        i32::MIN as i128
    };
    let long_max = if LONG_BYTES == 8 {
        i64::MAX as i128
    } else {
        i32::MAX as i128
    };
    let ulong_max = if LONG_BYTES == 8 {
        u64::MAX as i128
    } else {
        u32::MAX as i128
    };
    // Small typecodes go through a C long first, as in CPython.
    let small = |low: i128, high: i128, name: &'static str| {
        move |n: Option<i128>| -> Result<i128, &'static str> {
            match n {
                Some(n) if n < long_min || n > long_max => Err(C_LONG),
                None => Err(C_LONG),
                Some(n) if n > high => Err(match name {
                    "b" => "signed char is greater than maximum",
                    "B" => "unsigned byte integer is greater than maximum",
                    "h" => "signed short integer is greater than maximum",
                    "H" => "unsigned short is greater than maximum",
                    _ => "signed integer is greater than maximum",
                }),
                Some(n) if n < low => Err(match name {
                    "b" => "signed char is less than minimum",
                    "B" => "unsigned byte integer is less than minimum",
                    "h" => "signed short integer is less than minimum",
                    "H" => "unsigned short is less than minimum",
                    _ => "signed integer is less than minimum",
                }),
                Some(n) => Ok(n),
            }
        }
    };
    let checked = match code {
        b'b' => small(-128, 127, "b")(n),
        b'B' => small(0, 255, "B")(n),
        b'h' => small(-32768, 32767, "h")(n),
        b'H' => small(0, 65535, "H")(n),
        b'i' => small(i32::MIN as i128, i32::MAX as i128, "i")(n),
        b'I' => match n {
            _ if negative => Err(NEGATIVE_UINT),
            Some(n) if n > ulong_max => Err(C_ULONG),
            None => Err(C_ULONG),
            Some(n) if n > u32::MAX as i128 => Err("unsigned int is greater than maximum"),
            Some(n) => Ok(n),
        },
        b'l' => match n {
            Some(n) if n >= long_min && n <= long_max => Ok(n),
            _ => Err(C_LONG),
        },
        b'L' => match n {
            _ if negative => Err(NEGATIVE_UINT),
            Some(n) if n <= ulong_max => Ok(n),
            _ => Err(C_ULONG),
        },
        b'q' => match n {
            Some(n) if n >= i64::MIN as i128 && n <= i64::MAX as i128 => Ok(n),
            _ => Err("int too big to convert"),
        },
        _ => match n {
            _ if negative => Err("can't convert negative int to unsigned"),
            Some(n) if n <= u64::MAX as i128 => Ok(n),
            _ => Err("int too big to convert"),
        },
    };
    checked.map_err(|message| vm.raise_overflow_error(message))
}
