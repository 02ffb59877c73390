//! `machine.PinBase`: the class a Python class derives from to make its
//! own pin. It adds no behaviour: the subclass defines `value(self,
//! v=None)`, which Signal and the other pin users call
//! (`virtual_pin.rs`). Its `__new__` takes and ignores any arguments, as
//! MicroPython's does, so a subclass's `__init__` may take its own.

use pyrite_vm::modules::native_class::{self, NativeClass};
use pyrite_vm::native::{Args, NativeFunction};
use pyrite_vm::{PyResult, Value, Vm};

pub static PIN_BASE: NativeClass = NativeClass {
    name: "PinBase",
    methods: &[&NativeFunction::static_method("__new__", pin_base_new)],
    constants: &[],
};

fn pin_base_new(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count == 0 {
        return Err(vm.raise_type_error("PinBase.__new__(): not enough arguments"));
    }
    let class_value = args.get(vm, 0);
    native_class::new_instance(vm, &PIN_BASE, class_value, Value::UNBOUND)
}
