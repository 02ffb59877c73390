//! `machine.Signal`: a pin seen through an optional inversion, so code says
//! "on" for an active-low LED. An instance's payload is the tuple (pin,
//! invert), where the pin is anything `virtual_pin.rs` can read and write.
//!
//! `Signal(pin, *, invert=False)` wraps a pin-like object (a Pin, a Signal,
//! a PinBase instance); any other arguments are a Pin's constructor
//! arguments (`Signal(5, Pin.OUT, invert=True)`), and an initial `value=`
//! is the signal's level, so it is inverted on the way to the Pin. As on
//! MicroPython, a Python subclass's instances are called through the
//! native `__call__`.

use crate::arguments::check_method;
use crate::pin::{self, PIN};
use crate::pin_base::PIN_BASE;
use crate::virtual_pin;
use pyrite_vm::builtins::args;
use pyrite_vm::heap::ObjKind;
use pyrite_vm::modules::native_class::{self, NativeClass};
use pyrite_vm::native::{Args, NativeFunction};
use pyrite_vm::objects::tuple;
use pyrite_vm::ops;
use pyrite_vm::{PyResult, Value, Vm};

pub static SIGNAL: NativeClass = NativeClass {
    name: "Signal",
    methods: &[
        &NativeFunction::static_method("__new__", signal_new),
        &NativeFunction::method("value", signal_value),
        &NativeFunction::method("__call__", signal_call),
        &NativeFunction::method("on", signal_on),
        &NativeFunction::method("off", signal_off),
    ],
    constants: &[],
};

/// The (pin, invert) of a Signal, if `value` is one.
pub fn parts(vm: &Vm, value: Value) -> Option<(Value, bool)> {
    if !native_class::is_instance(vm, value, &SIGNAL) {
        return None;
    }
    let payload = native_class::payload(vm, value);
    if vm.heap.kind_of(payload) != Some(ObjKind::Tuple) {
        return None;
    }
    let items = tuple::items(vm, payload);
    Some((items[0], items[1] == Value::TRUE))
}

/// Whether `value` can be wrapped as it is.
fn is_pin_like(vm: &Vm, value: Value) -> bool {
    native_class::is_instance(vm, value, &PIN)
        || native_class::is_instance(vm, value, &PIN_BASE)
        || native_class::is_instance(vm, value, &SIGNAL)
}

/// `Signal.__new__(cls, pin_or_pin_arguments..., *, invert=False)`.
fn signal_new(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count == 0 {
        return Err(vm.raise_type_error("Signal.__new__(): not enough arguments"));
    }
    let class_value = args.get(vm, 0);
    let rest = args.after_first();
    let wraps_given_pin = rest.count >= 1 && is_pin_like(vm, rest.get(vm, 0));
    let pin_object;
    let invert;
    if wraps_given_pin {
        if rest.count > 1 {
            return Err(vm.raise_type_error(
                "Signal() given a pin object takes no other positional arguments",
            ));
        }
        let [_, invert_value] = args::parse(vm, &rest, "Signal", ["pin", "invert"], 1)?;
        invert = !invert_value.is_unbound() && ops::truth::truthy(vm, invert_value)?;
        pin_object = rest.get(vm, 0);
    } else {
        if rest.count == 0 && rest.keyword(vm, "id").is_none() {
            return Err(vm.raise_type_error(
                "Signal() needs a pin object (Pin, Signal or PinBase) or a pin id",
            ));
        }
        if rest.count >= 1 && !pyrite_vm::objects::int::is_int(vm, rest.get(vm, 0)) {
            let message = alloc::format!(
                "Signal() needs a pin object (Pin, Signal or PinBase) or a pin id, not '{}'",
                ops::types::type_name(vm, rest.get(vm, 0))
            );
            return Err(vm.raise_type_error(&message));
        }
        if rest.count > 3 {
            let message = alloc::format!(
                "Signal() takes at most 3 positional arguments ({} given)",
                rest.count
            );
            return Err(vm.raise_type_error(&message));
        }
        let [id, mode, pull, mut value, invert_value] = args::parse(
            vm,
            &rest,
            "Signal",
            ["id", "mode", "pull", "value", "invert"],
            1,
        )?;
        invert = !invert_value.is_unbound() && ops::truth::truthy(vm, invert_value)?;
        if invert && !value.is_unbound() && !value.is_none() {
            value = Value::from_bool(!ops::truth::truthy(vm, value)?);
        }
        let Some(pin_class) = native_class::class_of(vm, &PIN) else {
            return Err(vm.raise_type_error("machine.Pin is not defined"));
        };
        // The arguments stay rooted in their registers; `value` may be a
        // fresh bool, which is an immediate.
        pin_object = pin::make(vm, pin_class, [id, mode, pull, value])?;
    }
    vm.push_root(pin_object);
    let result = (|| {
        let payload = tuple::new(vm, &[pin_object, Value::from_bool(invert)])?;
        vm.push_root(payload);
        let made = native_class::new_instance(vm, &SIGNAL, class_value, payload);
        vm.pop_roots(1);
        made
    })();
    vm.pop_roots(1);
    result
}

/// The Signal in argument 0, or the TypeError for anything else.
fn receiver(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Value> {
    if args.count > 0 {
        let this = args.get(vm, 0);
        if parts(vm, this).is_some() {
            return Ok(this);
        }
        let message = alloc::format!(
            "descriptor '{}' for 'Signal' objects doesn't apply to a '{}' object",
            method,
            ops::types::type_name(vm, this)
        );
        return Err(vm.raise_type_error(&message));
    }
    let message = alloc::format!("unbound method Signal.{method}() needs an argument");
    Err(vm.raise_type_error(&message))
}

/// `value()` reads the logical level, `value(x)` sets it.
fn get_or_set(vm: &mut Vm, args: &Args, method: &str, qualified: &str) -> PyResult {
    let this = receiver(vm, args, method)?;
    check_method(vm, args, qualified, 0, 1)?;
    if args.count == 1 {
        return virtual_pin::read(vm, this).map(Value::small_int);
    }
    let high = ops::truth::truthy(vm, args.get(vm, 1))?;
    virtual_pin::write(vm, this, high)?;
    Ok(Value::NONE)
}

fn signal_value(vm: &mut Vm, args: &Args) -> PyResult {
    get_or_set(vm, args, "value", "Signal.value")
}

fn signal_call(vm: &mut Vm, args: &Args) -> PyResult {
    get_or_set(vm, args, "__call__", "Signal.__call__")
}

fn set_level(vm: &mut Vm, args: &Args, method: &str, qualified: &str, high: bool) -> PyResult {
    let this = receiver(vm, args, method)?;
    check_method(vm, args, qualified, 0, 0)?;
    virtual_pin::write(vm, this, high)?;
    Ok(Value::NONE)
}

fn signal_on(vm: &mut Vm, args: &Args) -> PyResult {
    set_level(vm, args, "on", "Signal.on", true)
}

fn signal_off(vm: &mut Vm, args: &Args) -> PyResult {
    set_level(vm, args, "off", "Signal.off", false)
}
