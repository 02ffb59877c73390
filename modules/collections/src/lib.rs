//! The `collections` module: `deque` is the VM's native ring-buffer type
//! (it needs a heap layout of its own); `OrderedDict`, `defaultdict`,
//! `Counter` and `namedtuple` are frozen Python source (`collections.py`),
//! compiled at import, because each is a thin layer over dict or tuple
//! whose behaviour (argument binding, subclassing, `__missing__`) the
//! interpreter already has.

#![no_std]

use pyrite_vm::native::ModuleDef;
use pyrite_vm::{PyResult, Value, Vm};

const SOURCE: &str = include_str!("collections.py");

pub static MODULE: ModuleDef = ModuleDef {
    name: "collections",
    functions: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    let deque = Value::from_builtin_type(pyrite_vm::types::DEQUE);
    pyrite_vm::modules::set_attr(vm, namespace, "deque", deque)?;
    pyrite_vm::modules::run_frozen_source(vm, namespace, "<frozen collections>", SOURCE)
}
