//! `help()`: the short help of MicroPython's REPL (CPython's is pydoc, far
//! too large for a microcontroller). With no argument it prints a welcome
//! text; `help('modules')` lists the built-in modules; `help(obj)` names
//! the object and its type, then lists the attributes of the module, the
//! class, or the object's class, one `  name -- value` line each.

use super::args::check;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction, NativeKind};
use crate::objects::{self, dict, str as pystr};
use crate::ops;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;

pub static HELP: NativeFunction = NativeFunction::function("help", help);

const WELCOME: &str = "\
Welcome to Pyrite, a Python 3 for microcontrollers and hosts.

At the prompt, type an expression or a statement; a compound statement
ends with a blank line. Useful keys:
  CTRL-C        -- interrupt the running program
  CTRL-D        -- on a blank line, leave the REPL

help(obj) describes an object and lists its attributes;
help('modules') lists the modules built into this Pyrite.
";

fn help(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "help", 0, 1)?;
    let Some(object) = args.get_opt(vm, 0) else {
        vm.write_stdout(WELCOME.as_bytes());
        return Ok(Value::NONE);
    };
    if pystr::as_text(vm, object) == Some("modules") {
        list_modules(vm);
        return Ok(Value::NONE);
    }
    let mut out = String::from("object ");
    out.push_str(&describe(vm, object)?);
    out.push_str(" is of type ");
    out.push_str(&kind_name(vm, object));
    out.push('\n');
    let listed = attributes(vm, object)?;
    // Rooted: a value's __str__ could take it out of the namespace.
    let mark = vm.root_mark();
    for (_, value) in &listed {
        vm.push_root(*value);
    }
    let mut described = Ok(());
    for (name, value) in &listed {
        match describe(vm, *value) {
            Ok(text) => {
                out.push_str("  ");
                out.push_str(name);
                out.push_str(" -- ");
                out.push_str(&text);
                out.push('\n');
            }
            Err(raised) => {
                described = Err(raised);
                break;
            }
        }
    }
    vm.truncate_roots(mark);
    described?;
    vm.write_stdout(out.as_bytes());
    Ok(Value::NONE)
}

/// The built-in modules, sorted, in four columns.
fn list_modules(vm: &mut Vm) {
    let mut names: Vec<&str> = crate::modules::builtin_names(vm).collect();
    names.push("__main__");
    names.sort_unstable();
    names.dedup();
    let rows = names.len().div_ceil(4);
    let mut out = String::new();
    for row in 0..rows {
        let mut line = String::new();
        for column in 0..4 {
            if let Some(name) = names.get(column * rows + row) {
                line.push_str(name);
                let width = line.len().div_ceil(18).max(column + 1) * 18;
                while line.len() < width {
                    line.push(' ');
                }
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("Plus any modules on the filesystem\n");
    vm.write_stdout(out.as_bytes());
}

/// Whether `value` is a function of any sort (Python, builtin, bound).
fn is_function(vm: &Vm, value: Value) -> bool {
    if value.as_native_function().is_some() {
        return true;
    }
    matches!(
        vm.heap.kind_of(value),
        Some(ObjKind::Function | ObjKind::BoundMethod)
    )
}

/// The object as help shows it: a function as `<function>` (help needs no
/// addresses), a class method as `<classmethod>`, a module by name, any
/// other value as `str()` prints it.
fn describe(vm: &mut Vm, value: Value) -> PyResult<String> {
    if let Some(index) = value.as_native_function() {
        return Ok(String::from(match vm.native(index).kind {
            NativeKind::ClassMethod => "<classmethod>",
            _ => "<function>",
        }));
    }
    match vm.heap.kind_of(value) {
        Some(ObjKind::Function | ObjKind::BoundMethod) => return Ok(String::from("<function>")),
        Some(ObjKind::ClassMethod) => return Ok(String::from("<classmethod>")),
        Some(ObjKind::StaticMethod) => return Ok(String::from("<staticmethod>")),
        Some(ObjKind::Module) => {
            let name = objects::module::name(vm, value);
            return Ok(alloc::format!("<module '{}'>", pystr::text(vm, name)));
        }
        Some(ObjKind::Class) => {
            let text = ops::repr::repr(vm, value)?;
            return Ok(String::from(pystr::text(vm, text)));
        }
        _ => {}
    }
    let text = if value.as_builtin_type().is_some() {
        ops::repr::repr(vm, value)?
    } else {
        ops::repr::str(vm, value)?
    };
    Ok(String::from(pystr::text(vm, text)))
}

/// The type's name, every sort of function being "function".
fn kind_name(vm: &mut Vm, value: Value) -> String {
    if is_function(vm, value) {
        return String::from("function");
    }
    ops::types::type_name(vm, value)
}

/// What help lists: a module's or a user class's namespace in its order; a
/// builtin type's named methods (its operator slots, `__add__` and the
/// like, are left out); for any other object, the list of its class.
fn attributes(vm: &mut Vm, object: Value) -> PyResult<Vec<(String, Value)>> {
    if is_function(vm, object) {
        return Ok(Vec::new());
    }
    if let Some(id) = object.as_builtin_type() {
        return Ok(builtin_type_attributes(vm, id));
    }
    match vm.heap.kind_of(object) {
        Some(ObjKind::Module) => {
            let namespace = objects::module::dict(vm, object);
            Ok(namespace_items(vm, namespace))
        }
        Some(ObjKind::Class) => {
            let namespace = objects::class::field(vm, object, objects::class::DICT);
            Ok(namespace_items(vm, namespace))
        }
        _ => {
            let class = ops::types::type_of(vm, object);
            attributes(vm, class)
        }
    }
}

fn namespace_items(vm: &Vm, namespace: Value) -> Vec<(String, Value)> {
    let mut items = Vec::new();
    for i in 0..dict::used(vm, namespace) {
        if let Some((key, value)) = dict::entry(vm, namespace, i) {
            if let Some(name) = pystr::as_text(vm, key) {
                items.push((String::from(name), value));
            }
        }
    }
    items
}

fn builtin_type_attributes(vm: &mut Vm, id: TypeId) -> Vec<(String, Value)> {
    let mut items = Vec::new();
    for function in super::methods_for(id) {
        if function.name.starts_with("__") {
            continue;
        }
        let name = vm.intern(function.name);
        if let Some(value) = vm.own_type_attribute(id, name) {
            items.push((String::from(function.name), value));
        }
    }
    items
}
