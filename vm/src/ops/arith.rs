//! Arithmetic: binary operators (`+`, `//`, `<<`, ...), their in-place
//! forms, and the unary operators, over the numeric tower (bool < int <
//! float < complex), the sequence and set operators of builtin types, and
//! the `__op__`/`__rop__`/`__iop__` methods of user classes.

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::int::BigInt;
use crate::objects::{bytes, complex, float, int, list, str as pystr, tuple};
use crate::ops;
use crate::qstr::{self, QStr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::vec::Vec;

fn dunder(op: BinaryOp) -> (QStr, QStr, QStr) {
    use BinaryOp::*;
    match op {
        Add => (qstr::DUNDER_ADD, qstr::DUNDER_RADD, qstr::DUNDER_IADD),
        Sub => (qstr::DUNDER_SUB, qstr::DUNDER_RSUB, qstr::DUNDER_ISUB),
        Mul => (qstr::DUNDER_MUL, qstr::DUNDER_RMUL, qstr::DUNDER_IMUL),
        TrueDiv => (
            qstr::DUNDER_TRUEDIV,
            qstr::DUNDER_RTRUEDIV,
            qstr::DUNDER_ITRUEDIV,
        ),
        FloorDiv => (
            qstr::DUNDER_FLOORDIV,
            qstr::DUNDER_RFLOORDIV,
            qstr::DUNDER_IFLOORDIV,
        ),
        Mod => (qstr::DUNDER_MOD, qstr::DUNDER_RMOD, qstr::DUNDER_IMOD),
        Pow => (qstr::DUNDER_POW, qstr::DUNDER_RPOW, qstr::DUNDER_IPOW),
        LShift => (
            qstr::DUNDER_LSHIFT,
            qstr::DUNDER_RLSHIFT,
            qstr::DUNDER_ILSHIFT,
        ),
        RShift => (
            qstr::DUNDER_RSHIFT,
            qstr::DUNDER_RRSHIFT,
            qstr::DUNDER_IRSHIFT,
        ),
        BitAnd => (qstr::DUNDER_AND, qstr::DUNDER_RAND, qstr::DUNDER_IAND),
        BitOr => (qstr::DUNDER_OR, qstr::DUNDER_ROR, qstr::DUNDER_IOR),
        BitXor => (qstr::DUNDER_XOR, qstr::DUNDER_RXOR, qstr::DUNDER_IXOR),
        MatMul => (
            qstr::DUNDER_MATMUL,
            qstr::DUNDER_RMATMUL,
            qstr::DUNDER_IMATMUL,
        ),
    }
}

/// Whether a value is a user-class instance (whose operators are methods).
fn is_user_object(vm: &Vm, value: Value) -> bool {
    matches!(
        vm.heap.kind_of(value),
        Some(ObjKind::Instance) | Some(ObjKind::Exception) | Some(ObjKind::Class)
    )
}

/// `a op b`.
pub fn binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult {
    binary_or_fallback(vm, op, a, b, false)
}

/// `a op b`, also as the fallback of `a op= b` (`in_place`: the error
/// names the augmented operator, as CPython's does).
fn binary_or_fallback(vm: &mut Vm, op: BinaryOp, a: Value, b: Value, in_place: bool) -> PyResult {
    if is_user_object(vm, a) || is_user_object(vm, b) {
        if let Some(result) = user_binary(vm, op, a, b)? {
            return Ok(result);
        }
        // A user class built on a builtin type falls back to it.
        let a_native = unwrap_native(vm, a);
        let b_native = unwrap_native(vm, b);
        if a_native != a || b_native != b {
            if let Some(result) = builtin_binary(vm, op, a_native, b_native)? {
                return Ok(result);
            }
        }
        // `"%s" % obj` formats any object (through its __str__/__repr__).
        if op == BinaryOp::Mod && !is_user_object(vm, a) {
            if let Some(result) = builtin_binary(vm, op, a, b)? {
                return Ok(result);
            }
        }
        // `seq * n` with an object that has __index__.
        if op == BinaryOp::Mul && (is_sequence(vm, a) || is_sequence(vm, b)) {
            let (sequence, times) = if is_sequence(vm, a) { (a, b) } else { (b, a) };
            if ops::convert::is_index(vm, times)? {
                let times = ops::convert::index_value(vm, times)?;
                return binary_or_fallback(vm, op, sequence, times, in_place);
            }
        }
        return Err(unsupported(vm, op, a, b, in_place));
    }
    match builtin_binary(vm, op, a, b)? {
        Some(result) => Ok(result),
        None => Err(unsupported(vm, op, a, b, in_place)),
    }
}

/// The builtin value a user instance wraps (for subclasses of builtin
/// types), or the value itself.
pub fn unwrap_native(vm: &Vm, value: Value) -> Value {
    if vm.heap.kind_of(value) == Some(ObjKind::Instance) {
        let native = crate::objects::instance::native(vm, value);
        if !native.is_unbound() && crate::objects::instance::wraps_builtin(vm, value) {
            return native;
        }
    }
    value
}

fn unsupported(
    vm: &mut Vm,
    op: BinaryOp,
    a: Value,
    b: Value,
    in_place: bool,
) -> crate::error::Raised {
    let message = if op == BinaryOp::Add && pystr::is_str(&vm.heap, a) {
        format!(
            "can only concatenate str (not \"{}\") to str",
            ops::types::type_name(vm, b)
        )
    } else if op == BinaryOp::Add && vm.heap.kind_of(a) == Some(ObjKind::List) {
        format!(
            "can only concatenate list (not \"{}\") to list",
            ops::types::type_name(vm, b)
        )
    } else if op == BinaryOp::Add && vm.heap.kind_of(a) == Some(ObjKind::Array) {
        format!(
            "can only append array (not \"{}\") to array",
            ops::types::type_name(vm, b)
        )
    } else if op == BinaryOp::Add && bytes::is_bytes_like(vm, a) {
        format!(
            "can't concat {} to {}",
            ops::types::type_name(vm, b),
            ops::types::type_name(vm, a)
        )
    } else if op == BinaryOp::Add && vm.heap.kind_of(a) == Some(ObjKind::Tuple) {
        format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            ops::types::type_name(vm, b)
        )
    } else if op == BinaryOp::Mul && (is_sequence(vm, a) || is_sequence(vm, b)) {
        let other = if is_sequence(vm, a) { b } else { a };
        format!(
            "can't multiply sequence by non-int of type '{}'",
            ops::types::type_name(vm, other)
        )
    } else {
        let symbol = match (op, in_place) {
            (_, true) => format!("{}=", op.symbol()),
            (BinaryOp::Pow, false) => alloc::string::String::from("** or pow()"),
            (_, false) => alloc::string::String::from(op.symbol()),
        };
        format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            symbol,
            ops::types::type_name(vm, a),
            ops::types::type_name(vm, b)
        )
    };
    vm.raise_type_error(&message)
}

fn is_sequence(vm: &Vm, value: Value) -> bool {
    pystr::is_str(&vm.heap, value)
        || matches!(
            vm.heap.kind_of(value),
            Some(
                ObjKind::List
                    | ObjKind::Tuple
                    | ObjKind::Bytes
                    | ObjKind::ByteArray
                    | ObjKind::Array
            )
        )
}

/// Try `a.__op__(b)`, then `b.__rop__(a)`; None if neither applies.
fn user_binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (forward, reflected, _) = dunder(op);
    let a_type = ops::types::type_of(vm, a);
    let b_type = ops::types::type_of(vm, b);
    // The right operand goes first when its type is a proper subclass of
    // the left's that overrides the reflected method; a reflected method
    // is never tried between two operands of the same type.
    let b_first = a_type != b_type
        && is_user_object(vm, b)
        && ops::types::is_subclass(vm, b_type, a_type)
        && overrides(vm, b_type, a_type, reflected)?;
    if b_first {
        if let Some(result) = call_operator(vm, b, reflected, a)? {
            return Ok(Some(result));
        }
    }
    if is_user_object(vm, a) {
        if let Some(result) = call_operator(vm, a, forward, b)? {
            return Ok(Some(result));
        }
    }
    if is_user_object(vm, b) && !b_first && a_type != b_type {
        if let Some(result) = call_operator(vm, b, reflected, a)? {
            return Ok(Some(result));
        }
    }
    Ok(None)
}

/// Whether `sub` finds a different `name` along its MRO than `base` does.
fn overrides(vm: &mut Vm, sub: Value, base: Value, name: QStr) -> PyResult<bool> {
    let in_sub = crate::objects::class::lookup_user(vm, sub, name)?;
    if in_sub.is_none() {
        return Ok(false);
    }
    Ok(in_sub != crate::objects::class::lookup_user(vm, base, name)?)
}

/// Call `receiver.name(argument)` if the class defines it; None when it is
/// missing or returns NotImplemented.
pub fn call_operator(
    vm: &mut Vm,
    receiver: Value,
    name: QStr,
    argument: Value,
) -> PyResult<Option<Value>> {
    let class = ops::types::type_of(vm, receiver);
    if !crate::objects::class::is_class(vm, class) {
        return Ok(None);
    }
    let Some(method) = crate::objects::class::lookup_user(vm, class, name)? else {
        return Ok(None);
    };
    let result = ops::attr::call_special(vm, method, receiver, &[argument])?;
    if result == Value::NOT_IMPLEMENTED {
        Ok(None)
    } else {
        Ok(Some(result))
    }
}

/// `a op= b`: `__iop__` first, then the binary operator. Lists, bytearrays
/// and sets are updated in place.
pub fn inplace(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult {
    match vm.heap.kind_of(a) {
        Some(ObjKind::Deque) => {
            if let Some(result) = ops::deque::inplace(vm, op, a, b)? {
                return Ok(result);
            }
        }
        Some(ObjKind::List) if op == BinaryOp::Add => {
            ops::sequence::list_extend(vm, a, b)?;
            return Ok(a);
        }
        Some(ObjKind::List) if op == BinaryOp::Mul => {
            let times = ops::convert::index_isize(vm, b)?;
            let items: Vec<Value> = list::items(vm, a).to_vec();
            let mut repeated = Vec::new();
            for _ in 0..times.max(0) {
                repeated.extend_from_slice(&items);
            }
            let len = list::len(vm, a);
            list::splice(vm, a, 0, len, &repeated)?;
            return Ok(a);
        }
        Some(ObjKind::Set)
            if matches!(
                op,
                BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor
            ) =>
        {
            if matches!(vm.heap.kind_of(b), Some(ObjKind::Set | ObjKind::FrozenSet)) {
                ops::set::inplace(vm, op, a, b)?;
                return Ok(a);
            }
        }
        Some(ObjKind::Array) if op == BinaryOp::Add => {
            if let Some(extra) = crate::builtins::array_methods::same_kind_data(vm, a, b)? {
                crate::objects::array::append_bytes(vm, a, &extra)?;
                return Ok(a);
            }
        }
        Some(ObjKind::Array) if op == BinaryOp::Mul => {
            let times = ops::convert::index_isize(vm, b)?.max(0) as usize;
            let data: Vec<u8> = crate::objects::array::data(vm, a).to_vec();
            let Some(total) = data.len().checked_mul(times) else {
                return Err(vm.raise_memory_error());
            };
            if total > vm.heap.bytes_total() {
                return Err(vm.raise_memory_error());
            }
            let size = crate::objects::array::item_size(vm, a);
            crate::objects::array::set_len(vm, a, total / size)?;
            crate::objects::array::data_mut(vm, a).copy_from_slice(&data.repeat(times));
            return Ok(a);
        }
        Some(ObjKind::ByteArray) if op == BinaryOp::Add && crate::buffer::is_buffer(vm, b) => {
            let extra: Vec<u8> = crate::buffer::data(vm, b).to_vec();
            let len = bytes::bytearray_len(vm, a);
            bytes::bytearray_set_len(vm, a, len + extra.len())?;
            bytes::bytearray_data_mut(vm, a)[len..].copy_from_slice(&extra);
            return Ok(a);
        }
        Some(ObjKind::Dict) if op == BinaryOp::BitOr => {
            ops::mapping::update(vm, a, b, false)?;
            return Ok(a);
        }
        Some(ObjKind::Instance) => {
            let (_, _, in_place) = dunder(op);
            if let Some(result) = call_operator(vm, a, in_place, b)? {
                return Ok(result);
            }
        }
        _ => {}
    }
    binary_or_fallback(vm, op, a, b, true)
}

/// Binary operators of builtin types; None when the types don't support
/// the operator together.
pub(crate) fn builtin_binary(
    vm: &mut Vm,
    op: BinaryOp,
    a: Value,
    b: Value,
) -> PyResult<Option<Value>> {
    // bool's own &, |, ^ keep the type.
    if a.is_bool() && b.is_bool() {
        let (x, y) = (a == Value::TRUE, b == Value::TRUE);
        match op {
            BinaryOp::BitAnd => return Ok(Some(Value::from_bool(x & y))),
            BinaryOp::BitOr => return Ok(Some(Value::from_bool(x | y))),
            BinaryOp::BitXor => return Ok(Some(Value::from_bool(x ^ y))),
            _ => {}
        }
    }
    let a_int = int::is_int(vm, a);
    let b_int = int::is_int(vm, b);
    if a_int && b_int {
        if op == BinaryOp::MatMul {
            // Ints have no `@`; the caller's message names the operator.
            return Ok(None);
        }
        return int_binary(vm, op, a, b).map(Some);
    }
    let a_num = a_int || float::is_float(vm, a);
    let b_num = b_int || float::is_float(vm, b);
    if a_num && b_num {
        let x = ops::convert::number_to_f64(vm, a)?;
        let y = ops::convert::number_to_f64(vm, b)?;
        return float_binary(vm, op, x, y);
    }
    let a_complex = vm.heap.kind_of(a) == Some(ObjKind::Complex);
    let b_complex = vm.heap.kind_of(b) == Some(ObjKind::Complex);
    if (a_complex || a_num) && (b_complex || b_num) {
        return complex_binary(vm, op, a, b);
    }
    sequence_binary(vm, op, a, b)
}

fn int_binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult {
    if let (Some(x), Some(y)) = (int::as_i64(vm, a), int::as_i64(vm, b)) {
        if let Some(result) = small_int_binary(vm, op, x, y)? {
            return Ok(result);
        }
    }
    if let Some(result) = int::arith_in_place(vm, op, a, b) {
        return result;
    }
    let x = int::to_bigint(vm, a);
    let y = int::to_bigint(vm, b);
    big_int_binary(vm, op, &x, &y)
}

/// Int arithmetic in i128 where it cannot overflow; None to go big.
fn small_int_binary(vm: &mut Vm, op: BinaryOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    let (x, y) = (x as i128, y as i128);
    let result = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::FloorDiv => {
            if y == 0 {
                return Err(vm.raise_zero_division("integer division or modulo by zero"));
            }
            floor_div_i128(x, y)
        }
        BinaryOp::Mod => {
            if y == 0 {
                return Err(vm.raise_zero_division("integer modulo by zero"));
            }
            x - floor_div_i128(x, y) * y
        }
        BinaryOp::TrueDiv => {
            if y == 0 {
                return Err(vm.raise_zero_division("division by zero"));
            }
            // Exact when both fit the f64 mantissa; else the big path
            // divides correctly rounded.
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return float::new(vm, x as f64 / y as f64).map(Some);
            }
            return Ok(None);
        }
        BinaryOp::Pow => {
            if y < 0 {
                if x == 0 {
                    return Err(vm.raise_zero_division("0.0 cannot be raised to a negative power"));
                }
                return float::new(vm, libm::pow(x as f64, y as f64)).map(Some);
            }
            let mut result: i128 = 1;
            let mut base = x;
            let mut exponent = y as u64;
            while exponent > 0 {
                if exponent & 1 == 1 {
                    match result.checked_mul(base) {
                        Some(r) if r.unsigned_abs() < (1u128 << 100) => result = r,
                        _ => return Ok(None),
                    }
                }
                exponent >>= 1;
                if exponent > 0 {
                    match base.checked_mul(base) {
                        Some(b) if b.unsigned_abs() < (1u128 << 100) => base = b,
                        _ => return Ok(None),
                    }
                }
            }
            result
        }
        BinaryOp::LShift => {
            if y < 0 {
                return Err(vm.raise_value_error("negative shift count"));
            }
            if x == 0 {
                0
            } else if y < 64 {
                x << y
            } else {
                return Ok(None);
            }
        }
        BinaryOp::RShift => {
            if y < 0 {
                return Err(vm.raise_value_error("negative shift count"));
            }
            x >> y.min(127)
        }
        BinaryOp::BitAnd => x & y,
        BinaryOp::BitOr => x | y,
        BinaryOp::BitXor => x ^ y,
        BinaryOp::MatMul => return Ok(None),
    };
    int::from_i128(vm, result).map(Some)
}

fn floor_div_i128(x: i128, y: i128) -> i128 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

fn big_int_binary(vm: &mut Vm, op: BinaryOp, x: &BigInt, y: &BigInt) -> PyResult {
    let result = match op {
        BinaryOp::Add => x.add(y),
        BinaryOp::Sub => x.sub(y),
        BinaryOp::Mul => x.mul(y),
        BinaryOp::FloorDiv => match x.floor_div(y) {
            Some(q) => q,
            None => return Err(vm.raise_zero_division("integer division or modulo by zero")),
        },
        BinaryOp::Mod => match x.floor_mod(y) {
            Some(r) => r,
            None => return Err(vm.raise_zero_division("integer modulo by zero")),
        },
        BinaryOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.raise_zero_division("division by zero"));
            }
            return match x.true_div(y) {
                Some(q) => float::new(vm, q),
                None => {
                    Err(vm.raise_overflow_error("integer division result too large for a float"))
                }
            };
        }
        BinaryOp::Pow => {
            if y.is_negative() {
                let (Some(base), Some(exponent)) = (x.to_f64(), y.to_f64()) else {
                    return Err(vm.raise_overflow_error("int too large to convert to float"));
                };
                if base == 0.0 {
                    return Err(vm.raise_zero_division("0.0 cannot be raised to a negative power"));
                }
                return float::new(vm, libm::pow(base, exponent));
            }
            if x.is_zero() || x.abs().is_one() {
                // 0, 1 and -1 to any (here positive) power, however large.
                let result = if x.is_negative() && !y.is_odd() {
                    x.neg()
                } else {
                    x.clone()
                };
                return int::from_bigint(vm, &result);
            }
            let Some(exponent) = y.to_i64().filter(|&e| e <= u32::MAX as i64) else {
                return Err(vm.raise_overflow_error("exponent too large"));
            };
            check_big_size(vm, x.pow_bits_bound(exponent as u64))?;
            x.pow(exponent as u32)
        }
        BinaryOp::LShift => {
            if y.is_negative() {
                return Err(vm.raise_value_error("negative shift count"));
            }
            let Some(shift) = y.to_i64() else {
                return Err(vm.raise_overflow_error("too many digits in integer"));
            };
            check_big_size(vm, x.bit_length().saturating_add(shift as u64))?;
            match x.checked_shl(shift as u64) {
                Some(shifted) => shifted,
                None => return Err(vm.raise_memory_error()),
            }
        }
        BinaryOp::RShift => {
            if y.is_negative() {
                return Err(vm.raise_value_error("negative shift count"));
            }
            match y.to_i64() {
                Some(shift) => x.shr(usize::try_from(shift).unwrap_or(usize::MAX)),
                None => {
                    if x.is_negative() {
                        BigInt::from_i64(-1)
                    } else {
                        BigInt::from_i64(0)
                    }
                }
            }
        }
        BinaryOp::BitAnd => x.bitand(y),
        BinaryOp::BitOr => x.bitor(y),
        BinaryOp::BitXor => x.bitxor(y),
        // builtin_binary answers `int @ int` before coming here.
        BinaryOp::MatMul => {
            return Err(vm.raise_type_error("unsupported operand type(s) for @: 'int' and 'int'"))
        }
    };
    int::from_bigint(vm, &result)
}

/// Refuse results that could not fit any heap (so `2 ** 10**12` raises
/// MemoryError at once instead of computing for hours).
fn check_big_size(vm: &mut Vm, bits: u64) -> PyResult<()> {
    let bytes = bits / 8;
    if bytes as u128 > vm.heap.bytes_total() as u128 {
        return Err(vm.raise_memory_error());
    }
    Ok(())
}

fn float_binary(vm: &mut Vm, op: BinaryOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    let result = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.raise_zero_division("float division by zero"));
            }
            x / y
        }
        BinaryOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.raise_zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinaryOp::Mod => {
            if y == 0.0 {
                return Err(vm.raise_zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinaryOp::Pow => {
            // 0.0 ** -inf is inf, as IEEE pow says (no error).
            if x == 0.0 && y < 0.0 && y.is_finite() {
                return Err(vm.raise_zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y != libm::floor(y) && y.is_finite() {
                // A negative number to a fractional power is complex.
                let magnitude = libm::pow(-x, y);
                let angle = core::f64::consts::PI * y;
                return complex::new(
                    vm,
                    magnitude * libm::cos(angle),
                    magnitude * libm::sin(angle),
                )
                .map(Some);
            }
            let result = exact_integral_power(x, y).unwrap_or_else(|| libm::pow(x, y));
            if result.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.raise_overflow_error("(34, 'Numerical result out of range')"));
            }
            result
        }
        _ => return Ok(None),
    };
    float::new(vm, result).map(Some)
}

/// `x ** y` for an integral `x` and `y` whose power `|x| ** |y|` is an
/// integer below 2**53: computed exactly, then one correctly rounded
/// division for a negative exponent. libm's pow is within an ulp but not
/// correctly rounded, and CPython (on glibc) gives `10.0 ** -5 == 1e-05`.
fn exact_integral_power(x: f64, y: f64) -> Option<f64> {
    if x != libm::trunc(x) || y != libm::trunc(y) || x.abs() > 1e16 || y.abs() > 64.0 {
        return None;
    }
    let (base, exponent) = (x.abs() as u64, y.abs() as u32);
    let power = base.checked_pow(exponent).filter(|&p| p < 1 << 53)? as f64;
    // The sign of -0.0 too: (-0.0) ** 3.0 is -0.0.
    let signed = if x.is_sign_negative() && exponent % 2 == 1 {
        -power
    } else {
        power
    };
    Some(if y < 0.0 { 1.0 / signed } else { signed })
}

/// Python's float floor division and modulo (the remainder takes the
/// divisor's sign).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut remainder = libm::fmod(x, y);
    let mut quotient = (x - remainder) / y;
    if remainder != 0.0 {
        if (y < 0.0) != (remainder < 0.0) {
            remainder += y;
            quotient -= 1.0;
        }
    } else {
        remainder = libm::copysign(0.0, y);
    }
    let mut floor = if quotient != 0.0 {
        let f = libm::floor(quotient);
        if quotient - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        libm::copysign(0.0, x / y)
    };
    if floor.is_nan() {
        floor = quotient;
    }
    (floor, remainder)
}

fn complex_parts(vm: &mut Vm, value: Value) -> PyResult<(f64, f64)> {
    if vm.heap.kind_of(value) == Some(ObjKind::Complex) {
        Ok(complex::parts(vm, value))
    } else {
        Ok((ops::convert::number_to_f64(vm, value)?, 0.0))
    }
}

fn complex_binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (ar, ai) = complex_parts(vm, a)?;
    let (br, bi) = complex_parts(vm, b)?;
    let (real, imag) = match op {
        BinaryOp::Add => (ar + br, ai + bi),
        BinaryOp::Sub => (ar - br, ai - bi),
        BinaryOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinaryOp::TrueDiv => {
            let denominator = br * br + bi * bi;
            if denominator == 0.0 {
                return Err(vm.raise_zero_division("complex division by zero"));
            }
            (
                (ar * br + ai * bi) / denominator,
                (ai * br - ar * bi) / denominator,
            )
        }
        BinaryOp::Pow => {
            if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(vm.raise_zero_division("0.0 to a negative or complex power"));
                }
                if br == 0.0 {
                    (1.0, 0.0)
                } else {
                    (0.0, 0.0)
                }
            } else {
                let modulus = libm::hypot(ar, ai);
                let argument = libm::atan2(ai, ar);
                let length = libm::pow(modulus, br) * libm::exp(-bi * argument);
                let angle = br * argument + bi * libm::log(modulus);
                (length * libm::cos(angle), length * libm::sin(angle))
            }
        }
        _ => return Ok(None),
    };
    complex::new(vm, real, imag).map(Some)
}

/// `+`, `*`, `%` of str/bytes/list/tuple, set operators, dict `|`.
fn sequence_binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let a_kind = vm.heap.kind_of(a);
    let b_kind = vm.heap.kind_of(b);
    if a_kind == Some(ObjKind::Deque) || b_kind == Some(ObjKind::Deque) {
        return ops::deque::binary(vm, op, a, b);
    }
    let a_str = pystr::is_str(&vm.heap, a);
    match op {
        BinaryOp::Add => {
            if a_str && pystr::is_str(&vm.heap, b) {
                // Immutable: an empty operand gives the other back, with
                // no allocation (as CPython, and as code running with the
                // heap locked needs).
                if pystr::bytes(vm, b).is_empty() {
                    return Ok(Some(a));
                }
                if pystr::bytes(vm, a).is_empty() {
                    return Ok(Some(b));
                }
                return pystr::concat(vm, &[a, b]).map(Some);
            }
            if a_kind == Some(ObjKind::Bytes) && b_kind == Some(ObjKind::Bytes) {
                if bytes::data(vm, b).is_empty() {
                    return Ok(Some(a));
                }
                if bytes::data(vm, a).is_empty() {
                    return Ok(Some(b));
                }
            }
            match (a_kind, b_kind) {
                (Some(ObjKind::List), Some(ObjKind::List)) => {
                    let mut items: Vec<Value> = list::items(vm, a).to_vec();
                    items.extend_from_slice(list::items(vm, b));
                    return list::new(vm, &items).map(Some);
                }
                (Some(ObjKind::Tuple), Some(ObjKind::Tuple)) => {
                    let mut items: Vec<Value> = tuple::items(vm, a).to_vec();
                    items.extend_from_slice(tuple::items(vm, b));
                    return tuple::new(vm, &items).map(Some);
                }
                (Some(ObjKind::Array), _) => {
                    let Some(extra) = crate::builtins::array_methods::same_kind_data(vm, a, b)?
                    else {
                        return Ok(None);
                    };
                    let mut data: Vec<u8> = crate::objects::array::data(vm, a).to_vec();
                    data.extend_from_slice(&extra);
                    let code = crate::objects::array::typecode(vm, a);
                    return crate::objects::array::new(vm, code, &data).map(Some);
                }
                _ => {}
            }
            if bytes::is_bytes_like(vm, a) && crate::buffer::is_buffer(vm, b) {
                let mut data: Vec<u8> = bytes::data(vm, a).to_vec();
                data.extend_from_slice(crate::buffer::data(vm, b));
                return if a_kind == Some(ObjKind::ByteArray) {
                    bytes::new_bytearray(vm, &data).map(Some)
                } else {
                    bytes::new(vm, &data).map(Some)
                };
            }
            Ok(None)
        }
        BinaryOp::Mul => {
            let (sequence, count) = if int::is_int(vm, b) {
                (a, b)
            } else if int::is_int(vm, a) {
                (b, a)
            } else {
                return Ok(None);
            };
            if !is_sequence(vm, sequence) {
                return Ok(None);
            }
            let times = match int::as_i64(vm, count) {
                Some(n) => n.max(0) as usize,
                None if int::sign(vm, count) < 0 => 0,
                None => {
                    return Err(
                        vm.raise_overflow_error("cannot fit 'int' into an index-sized integer")
                    )
                }
            };
            repeat(vm, sequence, times).map(Some)
        }
        BinaryOp::Mod => {
            if a_str {
                return ops::format::percent_format(vm, a, b).map(Some);
            }
            if a_kind == Some(ObjKind::Bytes) || a_kind == Some(ObjKind::ByteArray) {
                return ops::format::percent_format_bytes(vm, a, b).map(Some);
            }
            Ok(None)
        }
        BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor => {
            let sets = |k: Option<ObjKind>| matches!(k, Some(ObjKind::Set | ObjKind::FrozenSet));
            if sets(a_kind) && sets(b_kind) {
                return ops::set::binary(vm, op, a, b).map(Some);
            }
            if ops::set::is_set_like_view(vm, a) || ops::set::is_set_like_view(vm, b) {
                return ops::set::view_binary(vm, op, a, b);
            }
            if op == BinaryOp::BitOr
                && a_kind == Some(ObjKind::Dict)
                && b_kind == Some(ObjKind::Dict)
            {
                let merged = crate::objects::dict::copy(vm, a, ObjKind::Dict)?;
                vm.push_root(merged);
                let result = crate::objects::dict::update(vm, merged, b);
                vm.pop_roots(1);
                result?;
                return Ok(Some(merged));
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// `sequence * times`.
fn repeat(vm: &mut Vm, sequence: Value, times: usize) -> PyResult {
    if pystr::is_str(&vm.heap, sequence) {
        let text = pystr::bytes(vm, sequence);
        let Some(total) = text.len().checked_mul(times) else {
            return Err(vm.raise_memory_error());
        };
        if total > vm.heap.bytes_total() {
            return Err(vm.raise_memory_error());
        }
        let repeated = text.repeat(times);
        return pystr::from_wtf8(vm, &repeated);
    }
    match vm.heap.kind_of(sequence) {
        Some(ObjKind::List) | Some(ObjKind::Tuple) => {
            let items: Vec<Value> = ops::sequence::items_of(vm, sequence);
            let Some(total) = items.len().checked_mul(times) else {
                return Err(vm.raise_memory_error());
            };
            if total.saturating_mul(crate::heap::WORD_BYTES) > vm.heap.bytes_total() {
                return Err(vm.raise_memory_error());
            }
            let is_list = vm.heap.kind_of(sequence) == Some(ObjKind::List);
            let result = if is_list {
                list::with_capacity(vm, total)?
            } else {
                tuple::new_filled(vm, total)?
            };
            for t in 0..times {
                for (i, &item) in items.iter().enumerate() {
                    if is_list {
                        list::append(vm, result, item)?;
                    } else {
                        tuple::set_item(vm, result, t * items.len() + i, item);
                    }
                }
            }
            Ok(result)
        }
        Some(ObjKind::Bytes) | Some(ObjKind::ByteArray) => {
            let data: Vec<u8> = bytes::data(vm, sequence).to_vec();
            let Some(total) = data.len().checked_mul(times) else {
                return Err(vm.raise_memory_error());
            };
            if total > vm.heap.bytes_total() {
                return Err(vm.raise_memory_error());
            }
            let repeated = data.repeat(times);
            if vm.heap.kind_of(sequence) == Some(ObjKind::ByteArray) {
                bytes::new_bytearray(vm, &repeated)
            } else {
                bytes::new(vm, &repeated)
            }
        }
        Some(ObjKind::Array) => crate::builtins::array_methods::repeat(vm, sequence, times),
        _ => Err(vm.raise_type_error("can't multiply sequence")),
    }
}

// ---- unary operators ----

fn unary_error(vm: &mut Vm, symbol: &str, value: Value) -> crate::error::Raised {
    let message = format!(
        "bad operand type for unary {}: '{}'",
        symbol,
        ops::types::type_name(vm, value)
    );
    vm.raise_type_error(&message)
}

fn call_unary(vm: &mut Vm, value: Value, name: QStr) -> PyResult<Option<Value>> {
    if !is_user_object(vm, value) {
        return Ok(None);
    }
    let class = ops::types::type_of(vm, value);
    match crate::objects::class::lookup_user(vm, class, name)? {
        Some(method) => vm.call(method, &[value]).map(Some),
        None => Ok(None),
    }
}

/// `-value`.
pub fn negative(vm: &mut Vm, value: Value) -> PyResult {
    if let Some(result) = call_unary(vm, value, qstr::DUNDER_NEG)? {
        return Ok(result);
    }
    let value = unwrap_native(vm, value);
    if int::is_int(vm, value) {
        if let Some(n) = int::as_i64(vm, value) {
            return int::from_i128(vm, -(n as i128));
        }
        let big = int::to_bigint(vm, value);
        return int::from_bigint(vm, &big.neg());
    }
    if float::is_float(vm, value) {
        let x = float::value(vm, value);
        return float::new(vm, -x);
    }
    if vm.heap.kind_of(value) == Some(ObjKind::Complex) {
        let (real, imag) = complex::parts(vm, value);
        return complex::new(vm, -real, -imag);
    }
    Err(unary_error(vm, "-", value))
}

/// `+value`.
pub fn positive(vm: &mut Vm, value: Value) -> PyResult {
    if let Some(result) = call_unary(vm, value, qstr::DUNDER_POS)? {
        return Ok(result);
    }
    let value = unwrap_native(vm, value);
    if value.is_bool() {
        return Ok(Value::small_int((value == Value::TRUE) as isize));
    }
    if int::is_int(vm, value)
        || float::is_float(vm, value)
        || vm.heap.kind_of(value) == Some(ObjKind::Complex)
    {
        return Ok(value);
    }
    Err(unary_error(vm, "+", value))
}

/// `~value`.
pub fn invert(vm: &mut Vm, value: Value) -> PyResult {
    if let Some(result) = call_unary(vm, value, qstr::DUNDER_INVERT)? {
        return Ok(result);
    }
    let value = unwrap_native(vm, value);
    if int::is_int(vm, value) {
        if let Some(n) = int::as_i64(vm, value) {
            return int::from_i128(vm, !(n as i128));
        }
        let big = int::to_bigint(vm, value);
        return int::from_bigint(vm, &big.not());
    }
    Err(unary_error(vm, "~", value))
}

/// `abs(value)`.
pub fn absolute(vm: &mut Vm, value: Value) -> PyResult {
    if let Some(result) = call_unary(vm, value, qstr::DUNDER_ABS)? {
        return Ok(result);
    }
    let value = unwrap_native(vm, value);
    if int::is_int(vm, value) {
        if let Some(n) = int::as_i64(vm, value) {
            return int::from_i128(vm, (n as i128).abs());
        }
        let big = int::to_bigint(vm, value);
        return int::from_bigint(vm, &big.abs());
    }
    if float::is_float(vm, value) {
        let x = float::value(vm, value);
        return float::new(vm, libm::fabs(x));
    }
    if vm.heap.kind_of(value) == Some(ObjKind::Complex) {
        let (real, imag) = complex::parts(vm, value);
        return float::new(vm, libm::hypot(real, imag));
    }
    let message = format!(
        "bad operand type for abs(): '{}'",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

/// `divmod(a, b)`.
pub fn divmod(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let is_number = |vm: &Vm, v: Value| {
        crate::objects::int::is_int(vm, v) || crate::objects::float::is_float(vm, v)
    };
    if !(is_number(vm, a) && is_number(vm, b)) {
        if let Some(result) = call_operator(vm, a, qstr::DUNDER_DIVMOD, b)? {
            return Ok(result);
        }
        if let Some(result) = call_operator(vm, b, qstr::DUNDER_RDIVMOD, a)? {
            return Ok(result);
        }
        let (na, nb) = (unwrap_native(vm, a), unwrap_native(vm, b));
        if !(is_number(vm, na) && is_number(vm, nb)) {
            let message = format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                ops::types::type_name(vm, a),
                ops::types::type_name(vm, b)
            );
            return Err(vm.raise_type_error(&message));
        }
    }
    let quotient = binary(vm, BinaryOp::FloorDiv, a, b)?;
    vm.push_root(quotient);
    let remainder = binary(vm, BinaryOp::Mod, a, b);
    let result = remainder.and_then(|r| {
        vm.push_root(r);
        let pair = tuple::new(vm, &[quotient, r]);
        vm.pop_roots(1);
        pair
    });
    vm.pop_roots(1);
    result
}
