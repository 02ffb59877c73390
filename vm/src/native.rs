//! Functions written in Rust and callable from Python: builtins, methods of
//! builtin types, functions of plugin modules.
//!
//! A native function is a `static NativeFunction`; the VM numbers them in a
//! table at start-up (or when a plugin module is first imported) and a
//! Value names one by that number, so a builtin function costs no heap.

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

pub type NativeFn = fn(&mut Vm, &Args) -> PyResult;

/// How a native function behaves when found as an attribute of a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A plain function (a builtin, a module function).
    Function,
    /// A method of a builtin type: binds to the instance, which arrives as
    /// argument 0.
    Method,
    /// Binds to the type (`int.from_bytes`, `dict.fromkeys`): the type
    /// arrives as argument 0.
    ClassMethod,
    /// Never binds (`str.maketrans`).
    StaticMethod,
}

pub struct NativeFunction {
    pub name: &'static str,
    pub kind: NativeKind,
    pub call: NativeFn,
    /// A method that takes an instance of a subclass of its builtin type
    /// as it is, rather than the builtin value inside (the operator
    /// methods of builtins/slot_wrappers.rs: `list.__iadd__` returns self).
    pub whole_receiver: bool,
}

impl NativeFunction {
    pub const fn function(name: &'static str, call: NativeFn) -> NativeFunction {
        NativeFunction {
            name,
            kind: NativeKind::Function,
            call,
            whole_receiver: false,
        }
    }

    pub const fn method(name: &'static str, call: NativeFn) -> NativeFunction {
        NativeFunction {
            name,
            kind: NativeKind::Method,
            call,
            whole_receiver: false,
        }
    }

    /// A method given the receiver unchanged (see `whole_receiver`).
    pub const fn operator_method(name: &'static str, call: NativeFn) -> NativeFunction {
        NativeFunction {
            name,
            kind: NativeKind::Method,
            call,
            whole_receiver: true,
        }
    }

    pub const fn class_method(name: &'static str, call: NativeFn) -> NativeFunction {
        NativeFunction {
            name,
            kind: NativeKind::ClassMethod,
            call,
            whole_receiver: false,
        }
    }

    pub const fn static_method(name: &'static str, call: NativeFn) -> NativeFunction {
        NativeFunction {
            name,
            kind: NativeKind::StaticMethod,
            call,
            whole_receiver: false,
        }
    }
}

/// The arguments of a native call. They live in VM registers (so they are
/// GC roots for the duration of the call): `count` positional values from
/// stack index `base`, then one value per keyword named in the tuple
/// `kwnames` (or no keywords when it is UNBOUND).
#[derive(Clone, Copy, Debug)]
pub struct Args {
    pub base: usize,
    pub count: usize,
    pub kwnames: Value,
}

/// A plugin module: its name and its functions, registered by a port.
pub struct ModuleDef {
    pub name: &'static str,
    pub functions: &'static [&'static NativeFunction],
    /// Adds non-function attributes (constants) once the module object
    /// exists; its dict is the second argument.
    pub init: Option<fn(&mut Vm, Value) -> PyResult<()>>,
}
