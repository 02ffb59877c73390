//! The module's functions about the board as a whole: `idle`, `freq`,
//! `disable_irq`/`enable_irq`, `unique_id`, `reset_cause`, each asking the
//! port's `MachinePort`.

use crate::arguments;
use crate::hook::{self, MachinePort, ResetCause};
use pyrite_vm::builtins::args::check;
use pyrite_vm::native::{Args, NativeFunction};
use pyrite_vm::objects::{bytes, int};
use pyrite_vm::ops;
use pyrite_vm::{PyResult, Value, Vm};

pub const PWRON_RESET: isize = 1;
pub const HARD_RESET: isize = 2;
pub const WDT_RESET: isize = 3;
pub const DEEPSLEEP_RESET: isize = 4;
pub const SOFT_RESET: isize = 5;

pub static IDLE: &NativeFunction = &NativeFunction::function("idle", idle);
pub static FREQ: &NativeFunction = &NativeFunction::function("freq", freq);
pub static DISABLE_IRQ: &NativeFunction = &NativeFunction::function("disable_irq", disable_irq);
pub static ENABLE_IRQ: &NativeFunction = &NativeFunction::function("enable_irq", enable_irq);
pub static UNIQUE_ID: &NativeFunction = &NativeFunction::function("unique_id", unique_id);
pub static RESET_CAUSE: &NativeFunction = &NativeFunction::function("reset_cause", reset_cause);

/// The port's board, or a RuntimeError for a port without one.
fn board(vm: &mut Vm) -> PyResult<&mut dyn MachinePort> {
    if hook::board(vm).is_none() {
        return Err(hook::missing_board(vm));
    }
    Ok(hook::board(vm).expect("checked above"))
}

fn idle(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "idle", 0, 0)?;
    board(vm)?.idle();
    Ok(Value::NONE)
}

/// `freq()`: the CPU clock in hertz; `freq(hz)` asks the board to change it.
fn freq(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "freq", 0, 1)?;
    if args.count == 0 {
        let hz = board(vm)?.freq();
        return int::from_i64(vm, hz as i64);
    }
    let requested = args.get(vm, 0);
    let hz = arguments::int_value(vm, requested, "frequency")?
        .and_then(|hz| u32::try_from(hz).ok())
        .filter(|&hz| hz > 0);
    let accepted = match hz {
        Some(hz) => board(vm)?.set_freq(hz),
        None => false,
    };
    if !accepted {
        let repr = ops::repr::repr(vm, requested)?;
        let message = alloc::format!(
            "frequency {} Hz is not supported by this board",
            pyrite_vm::objects::str::text(vm, repr)
        );
        return Err(vm.raise_value_error(&message));
    }
    Ok(Value::NONE)
}

/// `disable_irq()`: mask interrupts, returning the state to restore.
fn disable_irq(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "disable_irq", 0, 0)?;
    let state = board(vm)?.disable_irq();
    int::from_i64(vm, state as i64)
}

/// `enable_irq(state)`: restore what `disable_irq()` returned.
fn enable_irq(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "enable_irq", 1, 1)?;
    let state = args.get(vm, 0);
    let state =
        arguments::int_value(vm, state, "enable_irq() state")?.and_then(|n| u32::try_from(n).ok());
    let Some(state) = state else {
        return Err(vm.raise_value_error("enable_irq() state must be what disable_irq() returned"));
    };
    board(vm)?.enable_irq(state);
    Ok(Value::NONE)
}

fn unique_id(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "unique_id", 0, 0)?;
    let id = alloc::vec::Vec::from(board(vm)?.unique_id());
    bytes::new(vm, &id)
}

fn reset_cause(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "reset_cause", 0, 0)?;
    let cause = board(vm)?.reset_cause();
    Ok(Value::small_int(match cause {
        ResetCause::PowerOn => PWRON_RESET,
        ResetCause::Hard => HARD_RESET,
        ResetCause::Watchdog => WDT_RESET,
        ResetCause::DeepSleep => DEEPSLEEP_RESET,
        ResetCause::Soft => SOFT_RESET,
    }))
}
