//! The `machine` module: MicroPython's hardware API, over what the port
//! provides through `Port::device("machine")` (`hook.rs`: a
//! `MachinePort`, whose pins are embedded-hal 1.0 digital pins). This is
//! its hardware-independent part: `Pin`, `PinBase`, `Signal`, the board
//! functions and `time_pulse_us`; Timer, PWM, ADC, I2C, SPI and UART are to come.
//!
//! The classes are native classes (`pyrite_vm::modules::native_class`):
//! heap classes whose methods are Rust functions, so Python code
//! subclasses them as any class. `simulated.rs` is a board made of memory
//! for ports without pins.

#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

mod arguments;
mod board;
pub mod hook;
mod pin;
mod pin_base;
mod pulse;
mod signal;
pub mod simulated;
mod virtual_pin;

pub use hook::{BankPin, MachinePort, PinMode, Pull, ResetCause};
pub use simulated::SimulatedBoard;

use pyrite_vm::modules::native_class;
use pyrite_vm::native::ModuleDef;
use pyrite_vm::{PyResult, Value, Vm};

pub static MODULE: ModuleDef = ModuleDef {
    name: "machine",
    functions: &[
        board::IDLE,
        board::FREQ,
        board::DISABLE_IRQ,
        board::ENABLE_IRQ,
        board::UNIQUE_ID,
        board::RESET_CAUSE,
        &pulse::TIME_PULSE_US,
    ],
    init: Some(init),
};

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    native_class::define(vm, &pin::PIN, namespace, &[])?;
    native_class::define(vm, &pin_base::PIN_BASE, namespace, &[])?;
    native_class::define(vm, &signal::SIGNAL, namespace, &[])?;
    for (name, number) in [
        ("PWRON_RESET", board::PWRON_RESET),
        ("HARD_RESET", board::HARD_RESET),
        ("WDT_RESET", board::WDT_RESET),
        ("DEEPSLEEP_RESET", board::DEEPSLEEP_RESET),
        ("SOFT_RESET", board::SOFT_RESET),
    ] {
        pyrite_vm::modules::set_attr(vm, namespace, name, Value::small_int(number))?;
    }
    Ok(())
}
