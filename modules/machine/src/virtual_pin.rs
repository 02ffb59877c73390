//! Reading and writing anything pin-like, as Signal (and later pulse
//! timing) does: a Pin goes straight to the bank, a Signal to the pin it
//! wraps (inverted as it says), and any other object, a PinBase subclass
//! in particular, through its own `value()` / `value(level)` method, so a
//! Python class makes a pin by defining `value`. As on MicroPython, a
//! level is written as True or False, and the int `value()` returns is
//! read as it is (a Signal then flips its lowest bit).

use crate::{pin, signal};
use pyrite_vm::objects::int;
use pyrite_vm::ops;
use pyrite_vm::qstr::QStr;
use pyrite_vm::{PyResult, Value, Vm};

/// The level `object` reads, as an int.
pub fn read(vm: &mut Vm, object: Value) -> PyResult<isize> {
    if let Some(number) = pin::number_of(vm, object) {
        return pin::read(vm, number).map(|high| high as isize);
    }
    if let Some((inner, invert)) = signal::parts(vm, object) {
        // The Signal itself keeps `inner` alive; it is an argument, so rooted.
        return read(vm, inner).map(|level| level ^ invert as isize);
    }
    let name = value_name(vm);
    let level = vm.call_method(object, name, &[])?;
    let level = ops::arith::unwrap_native(vm, level);
    if !int::is_int(vm, level) {
        let message = alloc::format!(
            "value() of a pin must return an int, not '{}'",
            ops::types::type_name(vm, level)
        );
        return Err(vm.raise_type_error(&message));
    }
    ops::convert::index_isize(vm, level)
}

/// Drive `object` to `high`.
pub fn write(vm: &mut Vm, object: Value, high: bool) -> PyResult<()> {
    if let Some(number) = pin::number_of(vm, object) {
        return pin::write(vm, number, high);
    }
    if let Some((inner, invert)) = signal::parts(vm, object) {
        return write(vm, inner, high ^ invert);
    }
    let name = value_name(vm);
    vm.call_method(object, name, &[Value::from_bool(high)])?;
    Ok(())
}

fn value_name(vm: &mut Vm) -> QStr {
    vm.interner.intern_static("value")
}
