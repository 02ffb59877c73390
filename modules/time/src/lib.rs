//! The `time` module: CPython's `time()`, `time_ns()` and `sleep()`, plus
//! MicroPython's ticks API over the port's monotonic clock.
//!
//! Ticks wrap around: `ticks_ms()`, `ticks_us()` and `ticks_cpu()` count
//! modulo `TICKS_PERIOD` (2**30, so a tick value is always a small int even
//! on a 32-bit board and reading the clock never allocates), and only
//! `ticks_diff`/`ticks_add` give meaning to them, as MicroPython documents:
//! `ticks_diff(a, b)` is the signed distance in `-PERIOD/2 .. PERIOD/2`.

#![no_std]

use pyrite_vm::builtins::args::check;
use pyrite_vm::native::{Args, ModuleDef, NativeFunction};
use pyrite_vm::objects::{float, int};
use pyrite_vm::ops::convert::{index_isize, number_to_f64};
use pyrite_vm::{PyResult, Value, Vm};

/// Ticks count modulo this (a power of two).
pub const TICKS_PERIOD: i64 = 1 << 30;
const TICKS_MASK: i64 = TICKS_PERIOD - 1;
const TICKS_HALF: i64 = TICKS_PERIOD / 2;

pub static MODULE: ModuleDef = ModuleDef {
    name: "time",
    functions: &[
        &NativeFunction::function("time", time),
        &NativeFunction::function("time_ns", time_ns),
        &NativeFunction::function("sleep", sleep),
        &NativeFunction::function("sleep_ms", sleep_ms),
        &NativeFunction::function("sleep_us", sleep_us),
        &NativeFunction::function("ticks_ms", ticks_ms),
        &NativeFunction::function("ticks_us", ticks_us),
        &NativeFunction::function("ticks_cpu", ticks_cpu),
        &NativeFunction::function("ticks_diff", ticks_diff),
        &NativeFunction::function("ticks_add", ticks_add),
    ],
    init: None,
};

/// Nanoseconds since the epoch, or since boot on a port with no wall clock.
fn now_ns(vm: &mut Vm) -> u64 {
    match vm.port().wall_clock_ns() {
        Some(ns) => ns,
        None => vm.port().ticks_us().saturating_mul(1000),
    }
}

fn time(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "time", 0, 0)?;
    let ns = now_ns(vm);
    float::new(vm, ns as f64 / 1e9)
}

fn time_ns(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "time_ns", 0, 0)?;
    let ns = now_ns(vm);
    int::from_i128(vm, ns as i128)
}

/// Sleep for `us` microseconds, raising ValueError for a negative time.
fn sleep_for(vm: &mut Vm, us: f64) -> PyResult {
    if us.is_nan() || us < 0.0 {
        return Err(vm.raise_value_error("sleep length must be non-negative"));
    }
    // Large values saturate: an f64 to u64 cast clamps.
    vm.port().sleep_us(us as u64);
    // A sleep is a safe point: callbacks scheduled meanwhile (by
    // `micropython.schedule`) run before the program goes on.
    vm.run_scheduled()?;
    Ok(Value::NONE)
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "sleep", 1, 1)?;
    let seconds = number_to_f64(vm, args.get(vm, 0))?;
    sleep_for(vm, seconds * 1e6)
}

fn sleep_ms(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "sleep_ms", 1, 1)?;
    let ms = index_isize(vm, args.get(vm, 0))?;
    sleep_for(vm, ms as f64 * 1e3)
}

fn sleep_us(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "sleep_us", 1, 1)?;
    let us = index_isize(vm, args.get(vm, 0))?;
    sleep_for(vm, us as f64)
}

fn wrap(ticks: u64) -> Value {
    Value::small_int((ticks as i64 & TICKS_MASK) as isize)
}

fn ticks_ms(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "ticks_ms", 0, 0)?;
    Ok(wrap(vm.port().ticks_us() / 1000))
}

fn ticks_us(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "ticks_us", 0, 0)?;
    Ok(wrap(vm.port().ticks_us()))
}

fn ticks_cpu(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "ticks_cpu", 0, 0)?;
    Ok(wrap(vm.port().ticks_cpu()))
}

/// The signed distance from `start` to `end` on the ticks circle.
pub fn ticks_distance(end: i64, start: i64) -> i64 {
    ((end.wrapping_sub(start).wrapping_add(TICKS_HALF)) & TICKS_MASK) - TICKS_HALF
}

fn ticks_diff(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "ticks_diff", 2, 2)?;
    let end = index_isize(vm, args.get(vm, 0))? as i64;
    let start = index_isize(vm, args.get(vm, 1))? as i64;
    Ok(Value::small_int(ticks_distance(end, start) as isize))
}

fn ticks_add(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "ticks_add", 2, 2)?;
    let ticks = index_isize(vm, args.get(vm, 0))? as i64;
    let delta = index_isize(vm, args.get(vm, 1))? as i64;
    Ok(Value::small_int(
        (ticks.wrapping_add(delta) & TICKS_MASK) as isize,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_distance_wraps_around() {
        assert_eq!(ticks_distance(5, 3), 2);
        assert_eq!(ticks_distance(3, 5), -2);
        // Just after the wrap point, the distance is still small.
        assert_eq!(ticks_distance(1, TICKS_PERIOD - 1), 2);
        assert_eq!(ticks_distance(TICKS_PERIOD - 1, 1), -2);
        assert_eq!(ticks_distance(TICKS_HALF - 1, 0), TICKS_HALF - 1);
        assert_eq!(ticks_distance(TICKS_HALF, 0), -TICKS_HALF);
    }
}
