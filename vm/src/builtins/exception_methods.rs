//! Methods of BaseException (inherited by every exception).

use super::args::check;
use crate::error::PyResult;
use crate::native::{Args, NativeFunction};
use crate::objects::{dict, exception, list, tuple};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

pub static METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("__init__", exception_init),
    &NativeFunction::method("with_traceback", with_traceback),
    &NativeFunction::method("add_note", add_note),
    &NativeFunction::method("__str__", exception_str),
    &NativeFunction::method("__repr__", exception_repr),
];

fn exception_init(vm: &mut Vm, args: &Args) -> PyResult {
    let target = args.get(vm, 0);
    if !exception::is_exception(vm, target) {
        return Ok(Value::NONE);
    }
    let rest = tuple::from_stack(vm, args.base + 1, args.count - 1)?;
    exception::set_field(vm, target, exception::ARGS, rest);
    Ok(Value::NONE)
}

fn with_traceback(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "with_traceback", 2, 2)?;
    let (target, traceback) = (args.get(vm, 0), args.get(vm, 1));
    let entries = crate::objects::traceback::to_entries(vm, traceback)?;
    exception::set_field(vm, target, exception::TRACEBACK, entries);
    Ok(target)
}

fn add_note(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "add_note", 2, 2)?;
    let (target, note) = (args.get(vm, 0), args.get(vm, 1));
    if !crate::objects::str::is_str(&vm.heap, note) {
        let message = alloc::format!(
            "note must be a str, not '{}'",
            ops::types::type_name(vm, note)
        );
        return Err(vm.raise_type_error(&message));
    }
    let attributes = exception::dict(vm, target)?;
    let key = crate::objects::str::new(vm, "__notes__")?;
    vm.push_root(key);
    let notes = match dict::get(vm, attributes, key)? {
        Some(notes) => notes,
        None => {
            let notes = list::new(vm, &[])?;
            dict::set(vm, attributes, key, notes)?;
            notes
        }
    };
    vm.pop_roots(1);
    list::append(vm, notes, note)?;
    Ok(Value::NONE)
}

fn exception_str(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__str__", 1, 1)?;
    let target = args.get(vm, 0);
    let arguments = exception::field(vm, target, exception::ARGS);
    match tuple::len(vm, arguments) {
        0 => Ok(Value::from_qstr(crate::qstr::EMPTY)),
        1 => {
            let first = tuple::item(vm, arguments, 0);
            ops::repr::str(vm, first)
        }
        _ => ops::repr::repr(vm, arguments),
    }
}

fn exception_repr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__repr__", 1, 1)?;
    let target = args.get(vm, 0);
    let class_value = ops::types::type_of(vm, target);
    let mut out = ops::types::class_name(vm, class_value);
    let arguments = exception::field(vm, target, exception::ARGS);
    if tuple::len(vm, arguments) == 1 {
        out.push('(');
        let first = tuple::item(vm, arguments, 0);
        ops::repr::write_repr(vm, first, &mut out)?;
        out.push(')');
    } else {
        ops::repr::write_repr(vm, arguments, &mut out)?;
    }
    crate::objects::str::new(vm, &out)
}
