//! `hash()`: CPython's numeric hash (so that `hash(1) == hash(1.0) ==
//! hash(True)` and equal numbers are equal dict keys), cached string
//! hashes, tuple hashes, identity hashes for objects, and `__hash__`.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{bytes, float, int, str as pystr, tuple};
use crate::ops;
use crate::qstr;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

/// The modulus of CPython's numeric hash: 2**61 - 1 on 64-bit targets,
/// 2**31 - 1 on 32-bit ones.
#[cfg(target_pointer_width = "64")]
const MODULUS_BITS: u32 = 61;
#[cfg(not(target_pointer_width = "64"))]
const MODULUS_BITS: u32 = 31;
const MODULUS: u64 = (1 << MODULUS_BITS) - 1;
const INFINITY_HASH: isize = 314159;

/// `hash(value)` as Python sees it.
pub fn hash_value(vm: &mut Vm, value: Value) -> PyResult<isize> {
    hash(vm, value).map(|h| h as isize)
}

/// The hash of a value, as a word (what tables use).
pub fn hash(vm: &mut Vm, value: Value) -> PyResult<usize> {
    if let Some(n) = value.as_small_int() {
        return Ok(hash_i64(n as i64) as usize);
    }
    if let Some(id) = value.as_qstr() {
        return Ok(vm.interner.hash(id));
    }
    if !value.is_heap() {
        if value.is_bool() {
            return Ok((value == Value::TRUE) as usize);
        }
        // Singletons, builtin types, natives: identity.
        return Ok(value.raw() >> 3);
    }
    match vm.heap.kind(value.heap_index_unchecked()) {
        ObjKind::Str | ObjKind::SurrogateStr => Ok(pystr::hash(vm, value)),
        ObjKind::Float => Ok(hash_f64(float::value(vm, value)) as usize),
        ObjKind::BigInt => Ok(hash_big(vm, value) as usize),
        ObjKind::Bytes => Ok(bytes::hash(vm, value)),
        ObjKind::Array => Err(unhashable(vm, value)),
        ObjKind::MemoryView => {
            use crate::objects::memoryview;
            if memoryview::is_released(vm, value) {
                return Err(crate::buffer::released_error(vm));
            }
            if !memoryview::layout(vm, value).readonly {
                return Err(vm.raise_value_error("cannot hash writable memoryview object"));
            }
            // As CPython: the hash of the bytes the view shows.
            Ok(crate::qstr::hash_bytes(memoryview::data(vm, value)).max(1))
        }
        ObjKind::Complex => {
            let (real, imag) = crate::objects::complex::parts(vm, value);
            let combined = (hash_f64(real) as i64)
                .wrapping_add((hash_f64(imag) as i64).wrapping_mul(1_000_003));
            Ok(fix_minus_one(combined as isize) as usize)
        }
        ObjKind::Tuple => {
            let count = tuple::len(vm, value);
            hash_items(vm, value, count, |vm, i| tuple::item(vm, value, i))
        }
        // Hashable from Python 3.12, as the tuple of its bounds.
        ObjKind::Slice => {
            let (start, stop, step) = crate::objects::slice::parts(vm, value);
            let bounds = [start, stop, step];
            hash_items(vm, value, bounds.len(), |_, i| bounds[i])
        }
        ObjKind::FrozenSet => {
            // Order-independent: combine entry hashes commutatively.
            let mut accumulator: usize = 0;
            vm.push_root(value);
            for i in 0..crate::objects::dict::used(vm, value) {
                if let Some((key, _)) = crate::objects::dict::entry(vm, value, i) {
                    match hash(vm, key) {
                        Ok(h) => {
                            accumulator = accumulator.wrapping_add(h.wrapping_mul(0x9e37_79b9))
                        }
                        Err(raised) => {
                            vm.pop_roots(1);
                            return Err(raised);
                        }
                    }
                }
            }
            vm.pop_roots(1);
            Ok(accumulator)
        }
        ObjKind::List | ObjKind::Dict | ObjKind::Set | ObjKind::ByteArray | ObjKind::Deque => {
            Err(unhashable(vm, value))
        }
        ObjKind::Instance | ObjKind::Exception => {
            let class = ops::types::type_of(vm, value);
            if crate::objects::class::is_class(vm, class) {
                let dict = crate::objects::class::field(vm, class, crate::objects::class::DICT);
                // A class that defines __eq__ but not __hash__ is unhashable.
                if let Some(method) =
                    crate::objects::class::lookup_user(vm, class, qstr::DUNDER_HASH)?
                {
                    if method.is_none() {
                        return Err(unhashable(vm, value));
                    }
                    let result = vm.call(method, &[value])?;
                    return match int::as_i64(vm, result) {
                        Some(n) => Ok(fix_minus_one(n as isize) as usize),
                        None if int::is_int(vm, result) => Ok(hash_big(vm, result) as usize),
                        None => {
                            Err(vm.raise_type_error("__hash__ method should return an integer"))
                        }
                    };
                }
                let defines_eq =
                    crate::objects::dict::get(vm, dict, Value::from_qstr(qstr::DUNDER_EQ))?
                        .is_some();
                if defines_eq {
                    return Err(unhashable(vm, value));
                }
                let native = ops::arith::unwrap_native(vm, value);
                if native != value {
                    return hash(vm, native);
                }
            }
            Ok(value.raw() >> 2)
        }
        ObjKind::BoundMethod => {
            // Consistent with equality: the receiver by identity, the
            // function by value.
            let receiver = crate::objects::bound_method::receiver(vm, value);
            let function = crate::objects::bound_method::function(vm, value);
            Ok((receiver.raw() >> 2) ^ hash(vm, function)?)
        }
        // Key and item views are set-like, so unhashable; values views
        // hash by identity.
        ObjKind::Iterator
            if matches!(
                crate::objects::iterator::kind(vm, value),
                crate::objects::iterator::IterKind::KeysView
                    | crate::objects::iterator::IterKind::ItemsView
            ) =>
        {
            Err(unhashable(vm, value))
        }
        _ => Ok(value.raw() >> 2),
    }
}

/// The hash of `count` items (`item(vm, i)`) of `owner`, combined in order:
/// tuples and slices. `owner` is rooted while an item's `__hash__` runs.
fn hash_items(
    vm: &mut Vm,
    owner: Value,
    count: usize,
    item: impl Fn(&Vm, usize) -> Value,
) -> PyResult<usize> {
    let mut accumulator: usize = 0x27d4_eb2f;
    vm.push_root(owner);
    for i in 0..count {
        let element = item(vm, i);
        let element_hash = match vm.nested(|vm| hash(vm, element)) {
            Ok(h) => h,
            Err(raised) => {
                vm.pop_roots(1);
                return Err(raised);
            }
        };
        accumulator = (accumulator ^ element_hash)
            .wrapping_mul(0x0100_0193)
            .rotate_left(5);
    }
    vm.pop_roots(1);
    Ok(fix_minus_one(accumulator.wrapping_add(count) as isize) as usize)
}

fn unhashable(vm: &mut Vm, value: Value) -> crate::error::Raised {
    let message = format!("unhashable type: '{}'", ops::types::type_name(vm, value));
    vm.raise_type_error(&message)
}

fn fix_minus_one(h: isize) -> isize {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of an int that fits i64.
pub fn hash_i64(n: i64) -> isize {
    let magnitude = n.unsigned_abs() % MODULUS;
    let h = if n < 0 {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    fix_minus_one(h as isize)
}

fn hash_big(vm: &Vm, value: Value) -> isize {
    let n = int::to_bigint(vm, value);
    // Reduce the magnitude modulo 2**BITS - 1, 32 bits at a time from the
    // top: x * 2**32 mod M.
    let mut accumulator: u64 = 0;
    for &limb in n.limbs().iter().rev() {
        accumulator = ((((accumulator as u128) << 32) | limb as u128) % MODULUS as u128) as u64;
    }
    let h = if n.is_negative() {
        -(accumulator as i64)
    } else {
        accumulator as i64
    };
    fix_minus_one(h as isize)
}

/// CPython's hash of a float: equal to the hash of the int it equals, and
/// for other values the exact rational value reduced modulo the modulus.
pub fn hash_f64(x: f64) -> isize {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 {
            INFINITY_HASH
        } else {
            -INFINITY_HASH
        };
    }
    let (mantissa, mut exponent) = libm::frexp(x.abs());
    let mut m = mantissa;
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (MODULUS_BITS - 28));
        m *= 268_435_456.0; // 2**28
        exponent -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if exponent >= 0 {
        exponent as u32 % MODULUS_BITS
    } else {
        MODULUS_BITS - 1 - ((-1 - exponent) as u32 % MODULUS_BITS)
    };
    h = ((h << e) & MODULUS) | (h >> (MODULUS_BITS - e));
    let h = if x < 0.0 { -(h as i64) } else { h as i64 };
    fix_minus_one(h as isize)
}
