//! What a port provides for `machine`: a `MachinePort` (the board: its pin
//! bank, clock frequency, interrupt mask, identity), handed to the VM
//! through `Port::device("machine")` as a `Box<dyn MachinePort>`.
//!
//! A pin is an embedded-hal 1.0 digital pin (`InputPin` +
//! `StatefulOutputPin`), so a board crate hands over the pins its HAL
//! already has; embedded-hal has no run-time mode or pull changes, which
//! `BankPin::configure` adds, because MicroPython's `Pin` switches them
//! at run time (`Pin.init`, `Pin.mode(x)`).

use alloc::boxed::Box;
use embedded_hal::digital::{ErrorKind, InputPin, StatefulOutputPin};
use pyrite_vm::{Raised, Vm};

/// How a pin is used (`Pin.IN`, `Pin.OUT`, `Pin.OPEN_DRAIN`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinMode {
    Input,
    Output,
    /// Drives low for 0, lets go of the line for 1.
    OpenDrain,
}

/// The weak resistor on a pin (`Pin.PULL_UP`, `Pin.PULL_DOWN`, None).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pull {
    None,
    Up,
    Down,
}

/// Why the board last started (`machine.reset_cause()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResetCause {
    PowerOn,
    Hard,
    Watchdog,
    DeepSleep,
    Soft,
}

/// One pin of the bank: embedded-hal's input and stateful output traits,
/// with embedded-hal's `ErrorKind` as the error, plus run-time
/// configuration. Writing an input pin sets the level it will drive once
/// it is an output (MicroPython's output buffer).
pub trait BankPin: InputPin<Error = ErrorKind> + StatefulOutputPin<Error = ErrorKind> {
    /// Switch mode and pull; the output level is kept.
    fn configure(&mut self, mode: PinMode, pull: Pull) -> Result<(), ErrorKind>;
    fn mode(&self) -> PinMode;
    fn pull(&self) -> Pull;
}

/// The board, as `machine` sees it.
pub trait MachinePort {
    /// Pin `id`, or None if the board has no such pin.
    fn pin(&mut self, id: u32) -> Option<&mut dyn BankPin>;
    /// The CPU clock in hertz (`machine.freq()`).
    fn freq(&self) -> u32;
    /// `machine.freq(hz)`: whether the board now runs at `hz` (false: it
    /// cannot, and runs as before).
    fn set_freq(&mut self, _hz: u32) -> bool {
        false
    }
    /// Wait for an interrupt, or just give the CPU away (`machine.idle()`).
    fn idle(&mut self) {}
    /// Mask interrupts; returns the state to give back to `enable_irq`.
    fn disable_irq(&mut self) -> u32 {
        0
    }
    /// Restore the interrupt state `disable_irq` returned.
    fn enable_irq(&mut self, _state: u32) {}
    /// Bytes that identify this board (`machine.unique_id()`).
    fn unique_id(&self) -> &[u8] {
        &[]
    }
    fn reset_cause(&self) -> ResetCause {
        ResetCause::PowerOn
    }
}

/// The port's board, if it has one.
pub fn board(vm: &mut Vm) -> Option<&mut dyn MachinePort> {
    let device = vm.port().device("machine")?;
    let board = device.downcast_mut::<Box<dyn MachinePort>>()?;
    Some(&mut **board)
}

/// The error for a port that gave no board (RuntimeError).
pub fn missing_board(vm: &mut Vm) -> Raised {
    vm.raise_runtime_error("this port has no machine board")
}
