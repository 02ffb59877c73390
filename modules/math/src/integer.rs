//! The functions of ints: `gcd`, `lcm`, `factorial`, `comb`, `perm` and
//! `isqrt`, on ints of any size.
//!
//! Products of consecutive integers (factorial, perm, comb) multiply in a
//! balanced tree, so the big multiplications are between operands of
//! similar size where Karatsuba pays. Their size is known in advance, so
//! one that could not fit the GC heap is a MemoryError before any work.

use crate::convert::{expect, integer};
use crate::libm_select as fns;
use alloc::format;
use pyrite_vm::int::BigInt;
use pyrite_vm::native::Args;
use pyrite_vm::objects::int;
use pyrite_vm::{PyResult, Value, Vm};

/// The integers `lo, lo+1, ..., lo+count-1` multiplied together.
fn range_product(lo: &BigInt, count: u64) -> BigInt {
    if count <= 16 {
        let mut acc = BigInt::one();
        let mut factor = lo.clone();
        for _ in 0..count {
            acc = acc.mul(&factor);
            factor = factor.add(&BigInt::one());
        }
        return acc;
    }
    let half = count / 2;
    let upper = lo.add(&BigInt::from_u64(half));
    range_product(lo, half).mul(&range_product(&upper, count - half))
}

/// MemoryError unless an int of `bits` bits fits the GC heap.
fn check_fits(vm: &mut Vm, bits: f64) -> PyResult<()> {
    if bits / 8.0 > vm.heap.bytes_total() as f64 {
        return Err(vm.raise_memory_error());
    }
    Ok(())
}

/// An upper bound on the bits of `count` factors no larger than `top`.
fn product_bits(top: &BigInt, count: u64) -> f64 {
    count as f64 * (top.bit_length() as f64)
}

/// `n!` for n >= 0 (no size check).
fn factorial_of(n: u64) -> BigInt {
    if n < 2 {
        return BigInt::one();
    }
    range_product(&BigInt::from_u64(2), n - 1)
}

/// The argument of factorial as a u64, with CPython's errors.
fn factorial_arg(vm: &mut Vm, value: Value) -> PyResult<u64> {
    let n = integer(vm, value)?;
    if int::sign(vm, n) < 0 {
        return Err(vm.raise_value_error("factorial() not defined for negative values"));
    }
    match int::as_i64(vm, n) {
        Some(n) => Ok(n as u64),
        None => Err(vm.raise_overflow_error(&format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))),
    }
}

fn checked_factorial(vm: &mut Vm, n: u64) -> PyResult {
    // log2(n!) < n * log2(n).
    check_fits(vm, n as f64 * fns::log2(n.max(2) as f64))?;
    let result = factorial_of(n);
    int::from_bigint(vm, &result)
}

pub fn factorial(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "factorial", 1)?;
    let n = factorial_arg(vm, args.get(vm, 0))?;
    checked_factorial(vm, n)
}

/// `n` and `k` of comb/perm as BigInts, both checked non-negative.
fn n_and_k(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = integer(vm, n)?;
    vm.push_root(n);
    let k = integer(vm, k);
    vm.pop_roots(1);
    let k = k?;
    let (n, k) = (int::to_bigint(vm, n), int::to_bigint(vm, k));
    if n.is_negative() {
        return Err(vm.raise_value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.raise_value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `k` as a count of factors (OverflowError past i64, as CPython).
fn factor_count(vm: &mut Vm, k: &BigInt, what: &str) -> PyResult<u64> {
    match k.to_i64() {
        Some(k) => Ok(k as u64),
        None => Err(vm.raise_overflow_error(&format!("{what} must not exceed {}", i64::MAX))),
    }
}

pub fn perm(vm: &mut Vm, args: &Args) -> PyResult {
    if args.keyword_count(vm) > 0 {
        return Err(vm.raise_type_error("perm() takes no keyword arguments"));
    }
    if args.count < 1 || args.count > 2 {
        let message = format!("perm expected at most 2 arguments, got {}", args.count);
        let message = if args.count < 1 {
            "perm expected at least 1 argument, got 0".into()
        } else {
            message
        };
        return Err(vm.raise_type_error(&message));
    }
    let k = args.get_opt(vm, 1).unwrap_or(Value::NONE);
    if k == Value::NONE {
        let n = factorial_arg(vm, args.get(vm, 0))?;
        return checked_factorial(vm, n);
    }
    let (n, k) = n_and_k(vm, args.get(vm, 0), k)?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    let count = factor_count(vm, &k, "k")?;
    check_fits(vm, product_bits(&n, count))?;
    let lo = n.sub(&k).add(&BigInt::one());
    let result = range_product(&lo, count);
    int::from_bigint(vm, &result)
}

pub fn comb(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "comb", 2)?;
    let (n, k) = n_and_k(vm, args.get(vm, 0), args.get(vm, 1))?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    // C(n, k) == C(n, n-k): take the fewer factors.
    let rest = n.sub(&k);
    let k = if rest < k { rest } else { k };
    let count = factor_count(vm, &k, "min(n - k, k)")?;
    check_fits(vm, product_bits(&n, count))?;
    let lo = n.sub(&k).add(&BigInt::one());
    let numerator = range_product(&lo, count);
    let result = numerator
        .floor_div(&factorial_of(count))
        .unwrap_or_else(BigInt::zero);
    int::from_bigint(vm, &result)
}

pub fn isqrt(vm: &mut Vm, args: &Args) -> PyResult {
    expect(vm, args, "math", "isqrt", 1)?;
    let n = integer(vm, args.get(vm, 0))?;
    if let Some(small) = int::as_i64(vm, n).filter(|&n| n >= 0) {
        let root = BigInt::from_u64(small as u64).isqrt().unwrap_or_default();
        return int::from_bigint(vm, &root);
    }
    match int::to_bigint(vm, n).isqrt() {
        Some(root) => int::from_bigint(vm, &root),
        None => Err(vm.raise_value_error("isqrt() argument must be nonnegative")),
    }
}

/// The arguments of gcd/lcm, each an int, as BigInts.
fn int_arguments(vm: &mut Vm, args: &Args, name: &str) -> PyResult<alloc::vec::Vec<BigInt>> {
    if args.keyword_count(vm) > 0 {
        let message = format!("{name}() takes no keyword arguments");
        return Err(vm.raise_type_error(&message));
    }
    let mut values = alloc::vec::Vec::with_capacity(args.count);
    for i in 0..args.count {
        let n = integer(vm, args.get(vm, i))?;
        values.push(int::to_bigint(vm, n));
    }
    Ok(values)
}

pub fn gcd(vm: &mut Vm, args: &Args) -> PyResult {
    let values = int_arguments(vm, args, "gcd")?;
    let mut acc = BigInt::zero();
    for n in &values {
        acc = acc.gcd(n);
    }
    int::from_bigint(vm, &acc.abs())
}

pub fn lcm(vm: &mut Vm, args: &Args) -> PyResult {
    let values = int_arguments(vm, args, "lcm")?;
    let mut acc = BigInt::one();
    for n in &values {
        if n.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        check_fits(vm, (acc.bit_length() + n.bit_length()) as f64)?;
        let g = acc.gcd(n);
        acc = acc.floor_div(&g).unwrap_or_else(BigInt::zero).mul(n).abs();
    }
    int::from_bigint(vm, &acc)
}
