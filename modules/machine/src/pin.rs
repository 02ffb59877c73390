//! `machine.Pin`: a pin of the port's bank (`hook::MachinePort::pin`).
//! An instance's payload is its pin number; mode, pull and level live in
//! the bank, so two Pin objects for the same number are the same pin, as
//! on MicroPython.
//!
//! Pins compare equal (and hash alike) when they are the same number, as
//! MicroPython's ports, which hand out one object per pin, make them.
//!
//! `Pin(id, mode=-1, pull=-1, *, value=None)` and `init(...)` change only
//! what they are given (-1: leave as it is; `pull=None`: no pull), setting
//! the output level before the mode so a pin made an output starts at the
//! level asked for.

use crate::arguments::{check_method, int_value};
use crate::hook::{self, BankPin, PinMode, Pull};
use embedded_hal::digital::ErrorKind;
use pyrite_vm::builtins::args;
use pyrite_vm::modules::native_class::{self, NativeClass};
use pyrite_vm::native::{Args, NativeFunction};
use pyrite_vm::objects::str as pystr;
use pyrite_vm::ops;
use pyrite_vm::{PyResult, Value, Vm};

pub const IN: isize = 0;
pub const OUT: isize = 1;
pub const OPEN_DRAIN: isize = 2;
pub const PULL_UP: isize = 1;
pub const PULL_DOWN: isize = 2;

pub static PIN: NativeClass = NativeClass {
    name: "Pin",
    methods: &[
        &NativeFunction::static_method("__new__", pin_new),
        &NativeFunction::method("init", pin_init),
        &NativeFunction::method("value", pin_value),
        &NativeFunction::method("__call__", pin_call),
        &NativeFunction::method("on", pin_on),
        &NativeFunction::method("off", pin_off),
        &NativeFunction::method("high", pin_high),
        &NativeFunction::method("low", pin_low),
        &NativeFunction::method("toggle", pin_toggle),
        &NativeFunction::method("mode", pin_mode),
        &NativeFunction::method("pull", pin_pull),
        &NativeFunction::method("__repr__", pin_repr),
        &NativeFunction::method("__eq__", pin_eq),
        &NativeFunction::method("__hash__", pin_hash),
    ],
    constants: &[
        ("IN", IN),
        ("OUT", OUT),
        ("OPEN_DRAIN", OPEN_DRAIN),
        ("PULL_UP", PULL_UP),
        ("PULL_DOWN", PULL_DOWN),
    ],
};

/// The argument names of the constructor (`value` is keyword-only).
pub const CONSTRUCTOR_NAMES: [&str; 4] = ["id", "mode", "pull", "value"];

/// The pin number `id` names, checked against the bank.
fn pin_number(vm: &mut Vm, id: Value) -> PyResult<u32> {
    let number = int_value(vm, id, "Pin id")?.and_then(|n| u32::try_from(n).ok());
    let exists = match hook::board(vm) {
        None => return Err(hook::missing_board(vm)),
        Some(board) => number.is_some_and(|n| board.pin(n).is_some()),
    };
    match number {
        Some(n) if exists => Ok(n),
        _ => {
            let repr = ops::repr::repr(vm, id)?;
            let message = alloc::format!("invalid pin: {}", pystr::text(vm, repr));
            Err(vm.raise_value_error(&message))
        }
    }
}

/// Why a bank access failed.
enum Failure {
    NoBoard,
    NoPin,
    Hardware(ErrorKind),
}

/// Run `action` on pin `id` of the port's bank, turning failures into
/// Python exceptions.
pub fn with_pin<R>(
    vm: &mut Vm,
    id: u32,
    action: impl FnOnce(&mut dyn BankPin) -> Result<R, ErrorKind>,
) -> PyResult<R> {
    let outcome = match hook::board(vm) {
        None => Err(Failure::NoBoard),
        Some(board) => match board.pin(id) {
            None => Err(Failure::NoPin),
            Some(pin) => action(pin).map_err(Failure::Hardware),
        },
    };
    outcome.map_err(|failure| match failure {
        Failure::NoBoard => hook::missing_board(vm),
        Failure::NoPin => vm.raise_value_error(&alloc::format!("invalid pin: {id}")),
        Failure::Hardware(kind) => {
            let message = alloc::format!("pin {id}: {kind:?}");
            vm.raise_msg(pyrite_vm::types::OS_ERROR, &message)
        }
    })
}

/// The mode a `mode` argument asks for (None: leave it).
fn requested_mode(vm: &mut Vm, mode: Value) -> PyResult<Option<PinMode>> {
    if mode.is_unbound() || mode.is_none() {
        return Ok(None);
    }
    match int_value(vm, mode, "Pin mode")? {
        Some(-1) => Ok(None),
        Some(IN) => Ok(Some(PinMode::Input)),
        Some(OUT) => Ok(Some(PinMode::Output)),
        Some(OPEN_DRAIN) => Ok(Some(PinMode::OpenDrain)),
        _ => {
            let repr = ops::repr::repr(vm, mode)?;
            let message = alloc::format!("invalid pin mode: {}", pystr::text(vm, repr));
            Err(vm.raise_value_error(&message))
        }
    }
}

/// The pull a `pull` argument asks for (None: leave it).
fn requested_pull(vm: &mut Vm, pull: Value) -> PyResult<Option<Pull>> {
    if pull.is_unbound() {
        return Ok(None);
    }
    if pull.is_none() {
        return Ok(Some(Pull::None));
    }
    match int_value(vm, pull, "Pin pull")? {
        Some(-1) => Ok(None),
        Some(0) => Ok(Some(Pull::None)),
        Some(PULL_UP) => Ok(Some(Pull::Up)),
        Some(PULL_DOWN) => Ok(Some(Pull::Down)),
        _ => {
            let repr = ops::repr::repr(vm, pull)?;
            let message = alloc::format!("invalid pin pull: {}", pystr::text(vm, repr));
            Err(vm.raise_value_error(&message))
        }
    }
}

/// Apply `mode`, `pull` and `value` (each UNBOUND when not given) to pin
/// `id`: the output level first, then mode and pull. Every argument is
/// checked before the pin changes.
fn configure(vm: &mut Vm, id: u32, mode: Value, pull: Value, value: Value) -> PyResult<()> {
    let mode = requested_mode(vm, mode)?;
    let pull = requested_pull(vm, pull)?;
    let level = if value.is_unbound() || value.is_none() {
        None
    } else {
        Some(ops::truth::truthy(vm, value)?)
    };
    with_pin(vm, id, |pin| {
        if let Some(high) = level {
            drive(pin, high)?;
        }
        if mode.is_some() || pull.is_some() {
            let mode = mode.unwrap_or(pin.mode());
            let pull = pull.unwrap_or(pin.pull());
            pin.configure(mode, pull)?;
        }
        Ok(())
    })
}

fn drive(pin: &mut dyn BankPin, high: bool) -> Result<(), ErrorKind> {
    if high {
        pin.set_high()
    } else {
        pin.set_low()
    }
}

/// Make a Pin of class `class_value` from constructor arguments (each
/// UNBOUND when not given; `id` is required). Signal uses it too.
pub fn make(vm: &mut Vm, class_value: Value, [id, mode, pull, value]: [Value; 4]) -> PyResult {
    let number = pin_number(vm, id)?;
    configure(vm, number, mode, pull, value)?;
    native_class::new_instance(vm, &PIN, class_value, Value::small_int(number as isize))
}

/// `Pin.__new__(cls, id, mode=-1, pull=-1, *, value=None)`.
fn pin_new(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count == 0 {
        return Err(vm.raise_type_error("Pin.__new__(): not enough arguments"));
    }
    let class_value = args.get(vm, 0);
    let rest = args.after_first();
    if rest.count > 3 {
        let message = alloc::format!(
            "Pin() takes at most 3 positional arguments ({} given)",
            rest.count
        );
        return Err(vm.raise_type_error(&message));
    }
    let values = args::parse(vm, &rest, "Pin", CONSTRUCTOR_NAMES, 1)?;
    make(vm, class_value, values)
}

/// The pin number of `self` (argument 0) for method `method`.
fn receiver(vm: &mut Vm, args: &Args, method: &str) -> PyResult<u32> {
    let payload = if args.count == 0 {
        None
    } else {
        let this = args.get(vm, 0);
        native_class::is_instance(vm, this, &PIN)
            .then(|| native_class::payload(vm, this).as_small_int())
            .flatten()
    };
    match payload {
        Some(number) => Ok(number as u32),
        None if args.count == 0 => {
            let message = alloc::format!("unbound method Pin.{method}() needs an argument");
            Err(vm.raise_type_error(&message))
        }
        None => {
            let this = args.get(vm, 0);
            let message = alloc::format!(
                "descriptor '{}' for 'Pin' objects doesn't apply to a '{}' object",
                method,
                ops::types::type_name(vm, this)
            );
            Err(vm.raise_type_error(&message))
        }
    }
}

/// The pin number of a Pin object, if `value` is one (for Signal).
pub fn number_of(vm: &Vm, value: Value) -> Option<u32> {
    if !native_class::is_instance(vm, value, &PIN) {
        return None;
    }
    native_class::payload(vm, value)
        .as_small_int()
        .map(|n| n as u32)
}

/// `pin.init(mode=-1, pull=-1, *, value=None)`.
fn pin_init(vm: &mut Vm, args: &Args) -> PyResult {
    let id = receiver(vm, args, "init")?;
    let rest = args.after_first();
    if rest.count > 2 {
        let message = alloc::format!(
            "init() takes at most 2 positional arguments ({} given)",
            rest.count
        );
        return Err(vm.raise_type_error(&message));
    }
    let [mode, pull, value] = args::parse(vm, &rest, "init", ["mode", "pull", "value"], 0)?;
    configure(vm, id, mode, pull, value)?;
    Ok(Value::NONE)
}

/// The level pin `id` reads.
pub fn read(vm: &mut Vm, id: u32) -> PyResult<bool> {
    with_pin(vm, id, |pin| pin.is_high())
}

/// Set the level pin `id` drives (or will drive, as an input).
pub fn write(vm: &mut Vm, id: u32, high: bool) -> PyResult<()> {
    with_pin(vm, id, |pin| drive(pin, high))
}

/// `value()` and `value(x)`, also what calling the pin does.
fn get_or_set(vm: &mut Vm, args: &Args, method: &str, qualified: &str) -> PyResult {
    let id = receiver(vm, args, method)?;
    check_method(vm, args, qualified, 0, 1)?;
    if args.count == 1 {
        let high = read(vm, id)?;
        return Ok(Value::small_int(high as isize));
    }
    let high = ops::truth::truthy(vm, args.get(vm, 1))?;
    write(vm, id, high)?;
    Ok(Value::NONE)
}

fn pin_value(vm: &mut Vm, args: &Args) -> PyResult {
    get_or_set(vm, args, "value", "Pin.value")
}

fn pin_call(vm: &mut Vm, args: &Args) -> PyResult {
    get_or_set(vm, args, "__call__", "Pin.__call__")
}

fn set_level(vm: &mut Vm, args: &Args, method: &str, qualified: &str, high: bool) -> PyResult {
    let id = receiver(vm, args, method)?;
    check_method(vm, args, qualified, 0, 0)?;
    write(vm, id, high)?;
    Ok(Value::NONE)
}

fn pin_on(vm: &mut Vm, args: &Args) -> PyResult {
    set_level(vm, args, "on", "Pin.on", true)
}

fn pin_off(vm: &mut Vm, args: &Args) -> PyResult {
    set_level(vm, args, "off", "Pin.off", false)
}

fn pin_high(vm: &mut Vm, args: &Args) -> PyResult {
    set_level(vm, args, "high", "Pin.high", true)
}

fn pin_low(vm: &mut Vm, args: &Args) -> PyResult {
    set_level(vm, args, "low", "Pin.low", false)
}

/// `pin.toggle()`: invert the output level.
fn pin_toggle(vm: &mut Vm, args: &Args) -> PyResult {
    let id = receiver(vm, args, "toggle")?;
    check_method(vm, args, "Pin.toggle", 0, 0)?;
    with_pin(vm, id, |pin| pin.toggle())?;
    Ok(Value::NONE)
}

/// `pin.mode()` / `pin.mode(m)`.
fn pin_mode(vm: &mut Vm, args: &Args) -> PyResult {
    let id = receiver(vm, args, "mode")?;
    check_method(vm, args, "Pin.mode", 0, 1)?;
    if args.count == 2 {
        configure(vm, id, args.get(vm, 1), Value::UNBOUND, Value::UNBOUND)?;
        return Ok(Value::NONE);
    }
    let mode = with_pin(vm, id, |pin| Ok(pin.mode()))?;
    Ok(Value::small_int(match mode {
        PinMode::Input => IN,
        PinMode::Output => OUT,
        PinMode::OpenDrain => OPEN_DRAIN,
    }))
}

/// `pin.pull()` (None when there is no pull) / `pin.pull(p)`.
fn pin_pull(vm: &mut Vm, args: &Args) -> PyResult {
    let id = receiver(vm, args, "pull")?;
    check_method(vm, args, "Pin.pull", 0, 1)?;
    if args.count == 2 {
        configure(vm, id, Value::UNBOUND, args.get(vm, 1), Value::UNBOUND)?;
        return Ok(Value::NONE);
    }
    let pull = with_pin(vm, id, |pin| Ok(pin.pull()))?;
    Ok(match pull {
        Pull::None => Value::NONE,
        Pull::Up => Value::small_int(PULL_UP),
        Pull::Down => Value::small_int(PULL_DOWN),
    })
}

/// `repr(pin)`: `Pin(5)`.
fn pin_repr(vm: &mut Vm, args: &Args) -> PyResult {
    let id = receiver(vm, args, "__repr__")?;
    check_method(vm, args, "Pin.__repr__", 0, 0)?;
    let text = alloc::format!("Pin({id})");
    pystr::new(vm, &text)
}

/// `pin == other`: the same pin number.
fn pin_eq(vm: &mut Vm, args: &Args) -> PyResult {
    let id = receiver(vm, args, "__eq__")?;
    check_method(vm, args, "Pin.__eq__", 1, 1)?;
    Ok(match number_of(vm, args.get(vm, 1)) {
        Some(other) => Value::from_bool(other == id),
        None => Value::NOT_IMPLEMENTED,
    })
}

/// `hash(pin)`: its number, so equal pins hash alike.
fn pin_hash(vm: &mut Vm, args: &Args) -> PyResult {
    let id = receiver(vm, args, "__hash__")?;
    check_method(vm, args, "Pin.__hash__", 0, 0)?;
    Ok(Value::small_int(id as isize))
}
