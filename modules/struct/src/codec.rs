//! One item to bytes and back, for each format code, with CPython's
//! struct.error messages for values that do not fit.

use crate::format::Order;
use crate::half;
use alloc::format;
use alloc::string::String;
use pyrite_vm::objects::{bytes, float, int};
use pyrite_vm::{ops, PyResult, Value, Vm};

/// What went wrong packing a value: struct.error, or an exception already
/// raised (OverflowError for floats, as CPython).
pub enum PackError {
    Struct(String),
    Raised(pyrite_vm::Raised),
}

impl From<pyrite_vm::Raised> for PackError {
    fn from(raised: pyrite_vm::Raised) -> PackError {
        PackError::Raised(raised)
    }
}

fn struct_error(message: &str) -> PackError {
    PackError::Struct(String::from(message))
}

/// Write `bytes` (little-endian order) into `out` in `order`.
fn put(out: &mut [u8], little: &[u8], order: Order) {
    out.copy_from_slice(little);
    if !order.is_little() {
        out.reverse();
    }
}

/// The bytes of `out` as a little-endian u64 (from `order`).
fn get(data: &[u8], order: Order) -> u64 {
    let mut raw = [0u8; 8];
    raw[..data.len()].copy_from_slice(data);
    if !order.is_little() {
        raw[..data.len()].reverse();
    }
    u64::from_le_bytes(raw)
}

/// Pack one value of an integer, float, bool or char code into `out`
/// (its `item_size` bytes).
pub fn pack(
    vm: &mut Vm,
    code: u8,
    order: Order,
    value: Value,
    out: &mut [u8],
) -> Result<(), PackError> {
    match code {
        b'?' => {
            let truth = ops::truth::truthy(vm, value)?;
            out[0] = truth as u8;
            Ok(())
        }
        b'c' => {
            let native = ops::arith::unwrap_native(vm, value);
            if bytes::is_bytes_like(vm, native) && bytes::data(vm, native).len() == 1 {
                out[0] = bytes::data(vm, native)[0];
                return Ok(());
            }
            Err(struct_error(
                "char format requires a bytes object of length 1",
            ))
        }
        b'e' | b'f' | b'd' => {
            if !ops::convert::is_real(vm, ops::arith::unwrap_native(vm, value)) {
                return Err(struct_error("required argument is not a float"));
            }
            let x = ops::convert::number_to_f64(vm, value)?;
            let too_large = |vm: &mut Vm, code: u8| {
                let message = format!("float too large to pack with {} format", code as char);
                PackError::Raised(vm.raise_overflow_error(&message))
            };
            match code {
                b'e' => match half::pack(x) {
                    Some(bits) => put(out, &bits.to_le_bytes(), order),
                    None => return Err(too_large(vm, code)),
                },
                b'f' => {
                    let narrow = x as f32;
                    if narrow.is_infinite() && x.is_finite() {
                        return Err(too_large(vm, code));
                    }
                    put(out, &narrow.to_le_bytes(), order);
                }
                _ => put(out, &x.to_le_bytes(), order),
            }
            Ok(())
        }
        _ => pack_int(vm, code, order, value, out),
    }
}

fn pack_int(
    vm: &mut Vm,
    code: u8,
    order: Order,
    value: Value,
    out: &mut [u8],
) -> Result<(), PackError> {
    let native = ops::arith::unwrap_native(vm, value);
    if !int::is_int(vm, native) && !ops::convert::is_index(vm, value)? {
        return Err(struct_error("required argument is not an integer"));
    }
    let index = ops::convert::index_value(vm, value)?;
    let negative = int::sign(vm, index) < 0;
    let n = int::to_bigint(vm, index).to_i128();
    let size = out.len();
    let unsigned = code.is_ascii_uppercase();
    let bits = size as u32 * 8;
    let Some(n) = n else {
        return Err(struct_error("argument out of range"));
    };
    // b, B, h, H in native or little-endian order name their C type.
    let named = matches!(order, Order::Native | Order::Little) && size <= 2;
    let (low, high) = if code == b'P' {
        // A pointer takes negative values too, as a C cast would.
        (i64::MIN as i128, u64::MAX as i128)
    } else if unsigned {
        (0, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    };
    if n < low || n > high {
        let message = match (named, code) {
            (true, b'b') => String::from("byte format requires -128 <= number <= 127"),
            (true, b'B') => String::from("ubyte format requires 0 <= number <= 255"),
            (true, b'h') => String::from("short format requires -32768 <= number <= 32767"),
            (true, b'H') => String::from("ushort format requires 0 <= number <= 65535"),
            // Beyond the 64-bit C conversion, or an unsigned one given a
            // negative number: CPython's conversion fails first.
            _ if bits == 64 || code == b'P' || (unsigned && negative) => {
                String::from("argument out of range")
            }
            _ if !unsigned && (n < i64::MIN as i128 || n > i64::MAX as i128) => {
                String::from("argument out of range")
            }
            _ if unsigned && n > u64::MAX as i128 => String::from("argument out of range"),
            _ => format!(
                "'{}' format requires {} <= number <= {}",
                code as char, low, high
            ),
        };
        return Err(PackError::Struct(message));
    }
    let little = (n as u64).to_le_bytes();
    put(out, &little[..size], order);
    Ok(())
}

/// The value of one item of `code` in `data` (its `item_size` bytes).
pub fn unpack(vm: &mut Vm, code: u8, order: Order, data: &[u8]) -> PyResult<Value> {
    let raw = get(data, order);
    let bits = data.len() as u32 * 8;
    match code {
        b'?' => Ok(Value::from_bool(raw != 0)),
        b'c' => bytes::new(vm, &data[..1]),
        b'e' => float::new(vm, half::unpack(raw as u16)),
        b'f' => float::new(vm, f32::from_bits(raw as u32) as f64),
        b'd' => float::new(vm, f64::from_bits(raw)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let signed = if bits == 64 {
                raw as i64
            } else {
                ((raw << (64 - bits)) as i64) >> (64 - bits)
            };
            int::from_i64(vm, signed)
        }
        _ => int::from_i128(vm, raw as i128),
    }
}
