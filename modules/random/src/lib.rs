//! The `random` module as MicroPython has it: `seed`, `getrandbits`,
//! `randrange`, `randint`, `choice`, `random` and `uniform`, with
//! CPython's errors.
//!
//! The generator is xoshiro128++ (Blackman and Vigna): 128 bits of state,
//! period 2**128 - 1, 32-bit outputs, only shifts, rotations and adds, so
//! it is cheap on a Cortex-M. `seed(n)` expands the int `n` (any size,
//! sign ignored as CPython does) through SplitMix64 into the state, so a
//! given seed always gives the same sequence on every port; `seed()` or
//! `seed(None)` and the import itself seed from the port's clocks. The
//! sequence cannot match CPython's Mersenne Twister, so tests never print
//! random values, only properties of them.
//!
//! The state is process-wide (four `AtomicU32`, the widest atomics a
//! Cortex-M4 has), not per VM: two VMs in one process share one stream.

#![no_std]

extern crate alloc;

mod generator;

use alloc::format;
use generator::{below, next_u32, seed_from_words};
use pyrite_vm::builtins::args::check;
use pyrite_vm::bytecode::opcodes::BinaryOp;
use pyrite_vm::int::BigInt;
use pyrite_vm::native::{Args, ModuleDef, NativeFunction};
use pyrite_vm::objects::{bytes, float, int, str as pystr};
use pyrite_vm::ops;
use pyrite_vm::{PyResult, Value, Vm};

pub static MODULE: ModuleDef = ModuleDef {
    name: "random",
    functions: &[
        &NativeFunction::function("seed", seed),
        &NativeFunction::function("getrandbits", getrandbits),
        &NativeFunction::function("randrange", randrange),
        &NativeFunction::function("randint", randint),
        &NativeFunction::function("choice", choice),
        &NativeFunction::function("random", random),
        &NativeFunction::function("uniform", uniform),
    ],
    init: Some(seed_at_import),
};

/// Seed from whatever varies between runs: the wall clock and the tick
/// counters.
fn seed_from_clock(vm: &mut Vm) {
    let wall = vm.port().wall_clock_ns().unwrap_or(0);
    let ticks = vm.port().ticks_us();
    let cpu = vm.port().ticks_cpu();
    seed_from_words(&[
        wall as u32,
        (wall >> 32) as u32,
        ticks as u32,
        (ticks >> 32) as u32,
        cpu as u32,
    ]);
}

fn seed_at_import(vm: &mut Vm, _namespace: Value) -> PyResult<()> {
    seed_from_clock(vm);
    Ok(())
}

fn seed(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "seed", 0, 1)?;
    let value = args.get_opt(vm, 0).unwrap_or(Value::NONE);
    if value == Value::NONE {
        seed_from_clock(vm);
        return Ok(Value::NONE);
    }
    if int::is_int(vm, value) {
        let n = int::to_bigint(vm, value);
        seed_from_words(n.limbs());
        return Ok(Value::NONE);
    }
    if float::is_float(vm, value) {
        let bits = float::value(vm, value).to_bits();
        // Tagged apart from the int seeds, so seed(2.0) is not seed(2).
        seed_from_words(&[bits as u32, (bits >> 32) as u32, 0xf10a_7000]);
        return Ok(Value::NONE);
    }
    // Text and bytes seed by their bytes, four to a word.
    let bytes = if pystr::is_str(&vm.heap, value) {
        Some(pystr::bytes(vm, value))
    } else if bytes::is_bytes_like(vm, value) {
        Some(bytes::data(vm, value))
    } else {
        None
    };
    let Some(bytes) = bytes else {
        return Err(vm.raise_type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        ));
    };
    let mut words: alloc::vec::Vec<u32> = bytes
        .chunks(4)
        .map(|chunk| {
            let mut word = [0u8; 4];
            word[..chunk.len()].copy_from_slice(chunk);
            u32::from_le_bytes(word)
        })
        .collect();
    words.push(bytes.len() as u32);
    seed_from_words(&words);
    Ok(Value::NONE)
}

/// A random int of `bits` bits (0 <= n < 2**bits).
fn random_bits(bits: u64) -> BigInt {
    let words = bits.div_ceil(32) as usize;
    let mut limbs = alloc::vec::Vec::with_capacity(words);
    for i in 0..words {
        let mut word = next_u32();
        let used = bits - 32 * i as u64;
        if used < 32 {
            word >>= 32 - used;
        }
        limbs.push(word);
    }
    BigInt::from_limb_vec(false, limbs)
}

fn getrandbits(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "getrandbits", 1, 1)?;
    let bits = ops::convert::index_isize(vm, args.get(vm, 0))?;
    if bits < 0 {
        return Err(vm.raise_value_error("number of bits must be non-negative"));
    }
    if bits as u64 / 8 > vm.heap.bytes_total() as u64 {
        return Err(vm.raise_memory_error());
    }
    int::from_bigint(vm, &random_bits(bits as u64))
}

/// A uniform int in `0..n` (n > 0), by rejection: draw `n.bit_length()`
/// bits until the value is below `n`, so no value is favoured.
fn random_below(n: &BigInt) -> BigInt {
    if let Some(small) = n.to_u64().filter(|&n| n <= u32::MAX as u64) {
        return BigInt::from_u64(below(small as u32) as u64);
    }
    let bits = n.bit_length();
    loop {
        let candidate = random_bits(bits);
        if candidate < *n {
            return candidate;
        }
    }
}

/// An int argument of randrange/randint: ints and `__index__` only.
fn int_arg(vm: &mut Vm, value: Value, position: usize) -> PyResult<BigInt> {
    if !ops::convert::is_index(vm, value)? {
        let message = format!("non-integer arg {position} for randrange()");
        return Err(vm.raise_value_error(&message));
    }
    let n = ops::convert::index_value(vm, value)?;
    Ok(int::to_bigint(vm, n))
}

/// `start + step * randbelow(count)` for the range (start, stop, step).
fn from_range(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> PyResult {
    if step.is_zero() {
        return Err(vm.raise_value_error("zero step for randrange()"));
    }
    let width = stop.sub(&start);
    // Number of values: ceil(width / step), by floor division of
    // (width + step - 1) for a positive step, (width + step + 1) for a
    // negative one.
    let adjust = if step.is_negative() {
        BigInt::one()
    } else {
        BigInt::from_i64(-1)
    };
    let count = width
        .add(&step)
        .add(&adjust)
        .floor_div(&step)
        .unwrap_or_default();
    if count.signum() <= 0 {
        let message = if step.is_one() {
            format!("empty range for randrange() ({start}, {stop}, {width})")
        } else {
            "empty range for randrange()".into()
        };
        return Err(vm.raise_value_error(&message));
    }
    let offset = random_below(&count).mul(&step);
    int::from_bigint(vm, &start.add(&offset))
}

fn randrange(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "randrange", 1, 3)?;
    if args.count == 1 {
        let stop = int_arg(vm, args.get(vm, 0), 1)?;
        if stop.signum() <= 0 {
            return Err(vm.raise_value_error("empty range for randrange()"));
        }
        return int::from_bigint(vm, &random_below(&stop));
    }
    let start = int_arg(vm, args.get(vm, 0), 1)?;
    let stop = int_arg(vm, args.get(vm, 1), 2)?;
    let step = match args.get_opt(vm, 2) {
        Some(step) => int_arg(vm, step, 3)?,
        None => BigInt::one(),
    };
    from_range(vm, start, stop, step)
}

fn randint(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "randint", 2, 2)?;
    let low = int_arg(vm, args.get(vm, 0), 1)?;
    let high = int_arg(vm, args.get(vm, 1), 2)?;
    from_range(vm, low, high.add(&BigInt::one()), BigInt::one())
}

fn choice(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "choice", 1, 1)?;
    let sequence = args.get(vm, 0);
    let n = ops::len::len(vm, sequence)?;
    if n == 0 {
        return Err(vm.raise_index_error("Cannot choose from an empty sequence"));
    }
    let index = random_below(&BigInt::from_u64(n as u64));
    let index = int::from_bigint(vm, &index)?;
    ops::subscript::get_item(vm, sequence, index)
}

/// A float in [0, 1) with 53 random bits.
fn unit_float() -> f64 {
    let high = (next_u32() >> 5) as u64; // 27 bits
    let low = (next_u32() >> 6) as u64; // 26 bits
    ((high << 26) | low) as f64 / (1u64 << 53) as f64
}

fn random(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "random", 0, 0)?;
    float::new(vm, unit_float())
}

/// `a + (b - a) * random()` with Python's arithmetic, as CPython
/// computes it (so its errors are the operators' errors).
fn uniform(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "uniform", 2, 2)?;
    let (a, b) = (args.get(vm, 0), args.get(vm, 1));
    let width = ops::arith::binary(vm, BinaryOp::Sub, b, a)?;
    vm.push_root(width);
    let result = float::new(vm, unit_float()).and_then(|r| {
        let offset = ops::arith::binary(vm, BinaryOp::Mul, width, r)?;
        vm.push_root(offset);
        let sum = ops::arith::binary(vm, BinaryOp::Add, a, offset);
        vm.pop_roots(1);
        sum
    });
    vm.pop_roots(1);
    result
}
