//! `machine.time_pulse_us(pin, pulse_level, timeout_us=1000000)`: wait for
//! `pin` (anything pin-like, `virtual_pin.rs`) to read `pulse_level`, then
//! time how long it stays there, in microseconds of the port's clock. As
//! on MicroPython, -2 means it never reached the level within the timeout,
//! -1 that the pulse outlasted it. Both waits poll for Ctrl-C, so a long
//! timeout can still be interrupted.

use crate::arguments::int_value;
use crate::virtual_pin;
use pyrite_vm::builtins::args;
use pyrite_vm::native::{Args, NativeFunction};
use pyrite_vm::{PyResult, Value, Vm};

pub static TIME_PULSE_US: NativeFunction = NativeFunction::function("time_pulse_us", time_pulse_us);

const DEFAULT_TIMEOUT_US: u64 = 1_000_000;

fn time_pulse_us(vm: &mut Vm, args: &Args) -> PyResult {
    let [pin, level, timeout] = args::parse(
        vm,
        args,
        "time_pulse_us",
        ["pin", "pulse_level", "timeout_us"],
        2,
    )?;
    let level = int_value(vm, level, "pulse_level")?.unwrap_or(isize::MAX);
    let timeout_us = if timeout.is_unbound() {
        DEFAULT_TIMEOUT_US
    } else {
        match int_value(vm, timeout, "timeout_us")? {
            Some(us) if us >= 0 => us as u64,
            Some(_) => return Err(vm.raise_value_error("timeout_us must be non-negative")),
            None => u64::MAX,
        }
    };
    // Wait for the pulse to start.
    let start = vm.port().ticks_us();
    while virtual_pin::read(vm, pin)? != level {
        if elapsed(vm, start)? >= timeout_us {
            return Ok(Value::small_int(-2));
        }
    }
    // Time it.
    let start = vm.port().ticks_us();
    while virtual_pin::read(vm, pin)? == level {
        if elapsed(vm, start)? >= timeout_us {
            return Ok(Value::small_int(-1));
        }
    }
    let duration = elapsed(vm, start)?;
    pyrite_vm::objects::int::from_i64(vm, duration.min(i64::MAX as u64) as i64)
}

/// Microseconds since `start`; KeyboardInterrupt if Ctrl-C came meanwhile.
fn elapsed(vm: &mut Vm, start: u64) -> PyResult<u64> {
    if vm.port().take_interrupt() {
        return Err(vm.raise_with_args(pyrite_vm::types::KEYBOARD_INTERRUPT, &[]));
    }
    Ok(vm.port().ticks_us().saturating_sub(start))
}
