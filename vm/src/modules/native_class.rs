//! Classes that a plugin module writes in Rust (`machine.Pin`,
//! `machine.Signal`): the class is an ordinary heap class made by
//! `create_class`, as a `class` statement makes one, whose namespace holds
//! the plugin's native functions; so Python classes subclass it with the
//! usual machinery (MRO, `super()`, overriding), and a native method found
//! on a subclass instance still binds to it.
//!
//! Instances keep their Rust-side state in the instance's NATIVE word (the
//! "payload"), which instances of classes laid out as `object` never use
//! otherwise (subclasses of builtin types keep the builtin value they wrap
//! there, and `ops::arith::unwrap_native` unwraps only for those). The
//! program cannot reach the payload, so a native method can trust what its
//! class's `__new__` put there once it has checked the receiver's class.
//!
//! The VM remembers each defined class by its definition (`Vm::native_classes`,
//! a GC root), so a plugin's natives can find their classes again (Signal
//! makes a Pin) whatever the program does to the module's namespace.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::NativeFunction;
use crate::objects::{class, dict, instance, tuple};
use crate::ops;
use crate::qstr;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

/// A class written in Rust by a plugin module.
pub struct NativeClass {
    pub name: &'static str,
    /// Its methods. `__new__` (a `NativeFunction::static_method`, given the
    /// class first) makes instances with `new_instance`; the others are
    /// usually `NativeFunction::method`s, given the instance first.
    pub methods: &'static [&'static NativeFunction],
    /// Integer class attributes (`Pin.OUT`).
    pub constants: &'static [(&'static str, isize)],
}

impl NativeClass {
    fn key(&'static self) -> usize {
        self as *const NativeClass as usize
    }
}

/// Make the class `def` with `bases` (empty: `object`; the caller keeps
/// them rooted, as classes in a namespace or from `class_of` are), set it
/// in the module namespace `module_namespace` under its name, and remember
/// it for `class_of`. A class is made once per VM: defining it again (the
/// module imported afresh after `del sys.modules[...]`) puts the same
/// class in the new namespace, so existing instances stay instances of it,
/// as a MicroPython built-in module's types never change.
pub fn define(
    vm: &mut Vm,
    def: &'static NativeClass,
    module_namespace: Value,
    bases: &[Value],
) -> PyResult<Value> {
    let name = Value::from_qstr(vm.interner.intern_static(def.name));
    if let Some(existing) = class_of(vm, def) {
        dict::set(vm, module_namespace, name, existing)?;
        return Ok(existing);
    }
    let mark = vm.root_mark();
    vm.push_root(module_namespace);
    let result = (|| {
        let bases = tuple::new(vm, bases)?;
        vm.push_root(bases);
        let namespace = dict::new(vm)?;
        vm.push_root(namespace);
        let name_key = Value::from_qstr(qstr::DUNDER_NAME);
        if let Some(module_name) = dict::get(vm, module_namespace, name_key)? {
            dict::set(
                vm,
                namespace,
                Value::from_qstr(qstr::DUNDER_MODULE),
                module_name,
            )?;
        }
        for function in def.methods {
            let value = vm.register_native(function);
            let key = Value::from_qstr(vm.interner.intern_static(function.name));
            dict::set(vm, namespace, key, value)?;
        }
        for &(name, number) in def.constants {
            let key = Value::from_qstr(vm.interner.intern_static(name));
            dict::set(vm, namespace, key, Value::small_int(number))?;
        }
        let metaclass = Value::from_builtin_type(types::TYPE);
        let new_class =
            crate::builtins::build_class::create_class(vm, name, bases, namespace, metaclass)?;
        vm.push_root(new_class);
        vm.native_classes.push((def.key(), new_class));
        dict::set(vm, module_namespace, name, new_class)?;
        Ok(new_class)
    })();
    vm.truncate_roots(mark);
    result
}

/// The class made from `def`, if `define` has run.
pub fn class_of(vm: &Vm, def: &'static NativeClass) -> Option<Value> {
    vm.native_classes
        .iter()
        .find(|(key, _)| *key == def.key())
        .map(|&(_, class_value)| class_value)
}

/// Whether `value` is an instance of the class made from `def` (or of a
/// subclass).
pub fn is_instance(vm: &Vm, value: Value, def: &'static NativeClass) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::Instance)
        && class_of(vm, def).is_some_and(|class_value| {
            ops::types::is_subclass(vm, instance::class(vm, value), class_value)
        })
}

/// What `__new__` stored in an instance of a native class (UNBOUND if
/// nothing: an instance made some other way).
pub fn payload(vm: &Vm, value: Value) -> Value {
    if vm.heap.kind_of(value) != Some(ObjKind::Instance) || instance::wraps_builtin(vm, value) {
        return Value::UNBOUND;
    }
    instance::native(vm, value)
}

/// A new instance of `class_value`, which must be the class made from
/// `def` or a subclass laid out as `object`, carrying `payload` (a Value
/// the caller keeps rooted). What a native class's `__new__` returns.
pub fn new_instance(
    vm: &mut Vm,
    def: &'static NativeClass,
    class_value: Value,
    payload: Value,
) -> PyResult {
    let Some(native_class) = class_of(vm, def) else {
        let message = format!("{} is not defined", def.name);
        return Err(vm.raise_type_error(&message));
    };
    if !class::is_class(vm, class_value) || !ops::types::is_subclass(vm, class_value, native_class)
    {
        let message = format!(
            "{}.__new__({}): {} is not a subtype of {}",
            def.name,
            ops::types::class_name(vm, class_value),
            ops::types::class_name(vm, class_value),
            def.name
        );
        return Err(vm.raise_type_error(&message));
    }
    if class::field(vm, class_value, class::BUILTIN_BASE) != Value::from_builtin_type(types::OBJECT)
    {
        return Err(vm.raise_type_error("multiple bases have instance lay-out conflict"));
    }
    vm.push_root(payload);
    let made = instance::new(vm, class_value);
    vm.pop_roots(1);
    let made = made?;
    instance::set_native(vm, made, payload);
    Ok(made)
}
