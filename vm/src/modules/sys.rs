//! The `sys` module.

use crate::builtins::args::check;
use crate::error::PyResult;
use crate::native::{Args, ModuleDef, NativeFunction};
use crate::objects::{int, list, str as pystr, tuple};
use crate::ops;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

/// The Python-level part: `version_info` and `implementation`.
const NAMESPACE_SOURCE: &str = include_str!("sys_namespace.py");

pub static MODULE: ModuleDef = ModuleDef {
    name: "sys",
    functions: &[
        &NativeFunction::function("exit", exit),
        &NativeFunction::function("exc_info", exc_info),
        &NativeFunction::function("exception", exception),
        &NativeFunction::function("print_exception", print_exception),
        &NativeFunction::function("getrecursionlimit", getrecursionlimit),
        &NativeFunction::function("setrecursionlimit", setrecursionlimit),
        &NativeFunction::function("intern", intern),
    ],
    init: Some(init),
};

fn string_list(vm: &mut Vm, items: &[String]) -> PyResult {
    let result = list::with_capacity(vm, items.len())?;
    vm.push_root(result);
    let filled = (|| {
        for item in items {
            let text = pystr::new(vm, item)?;
            list::append(vm, result, text)?;
        }
        Ok(result)
    })();
    vm.pop_roots(1);
    filled
}

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    let argv = vm.config.argv.clone();
    let path = vm.config.path.clone();
    let argv = string_list(vm, &argv)?;
    super::set_attr(vm, namespace, "argv", argv)?;
    let path = string_list(vm, &path)?;
    super::set_attr(vm, namespace, "path", path)?;
    let modules = vm.modules;
    super::set_attr(vm, namespace, "modules", modules)?;
    for (name, which) in [
        ("stdin", super::stdio::STDIN),
        ("stdout", super::stdio::STDOUT),
        ("stderr", super::stdio::STDERR),
    ] {
        let stream = super::stdio::new_text_stream(vm, which)?;
        super::set_attr(vm, namespace, name, stream)?;
        // CPython's `sys.__stdout__` and the rest: the original streams, to
        // restore after a program replaced them.
        let original = match which {
            super::stdio::STDIN => "__stdin__",
            super::stdio::STDOUT => "__stdout__",
            _ => "__stderr__",
        };
        super::set_attr(vm, namespace, original, stream)?;
    }
    let platform = pystr::new(vm, vm.config.platform)?;
    super::set_attr(vm, namespace, "platform", platform)?;
    let byteorder = pystr::new(
        vm,
        if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        },
    )?;
    super::set_attr(vm, namespace, "byteorder", byteorder)?;
    let maxsize = int::from_i64(vm, isize::MAX as i64)?;
    super::set_attr(vm, namespace, "maxsize", maxsize)?;
    let version = pystr::new(vm, "3.12.0 (Pyrite 0.1.0)")?;
    super::set_attr(vm, namespace, "version", version)?;
    // version_info and implementation: see sys_namespace.py.
    let machine = pystr::new(vm, vm.config.platform)?;
    super::set_attr(vm, namespace, "_platform", machine)?;
    super::run_frozen_source(vm, namespace, "<frozen sys>", NAMESPACE_SOURCE)
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "exit", 0, 1)?;
    match args.get_opt(vm, 0) {
        Some(code) => Err(vm.raise_with_args(types::SYSTEM_EXIT, &[code])),
        None => Err(vm.raise_with_args(types::SYSTEM_EXIT, &[])),
    }
}

fn exc_info(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "exc_info", 0, 0)?;
    let handled = vm.handled_exception;
    if !handled.is_heap() {
        return tuple::new(vm, &[Value::NONE, Value::NONE, Value::NONE]);
    }
    let class = ops::types::type_of(vm, handled);
    let traceback = crate::objects::traceback::of_exception(vm, handled)?;
    vm.push_root(traceback);
    let info = tuple::new(vm, &[class, handled, traceback]);
    vm.pop_roots(1);
    info
}

fn exception(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "exception", 0, 0)?;
    let handled = vm.handled_exception;
    Ok(if handled.is_heap() {
        handled
    } else {
        Value::NONE
    })
}

/// MicroPython's `sys.print_exception(exc, file=sys.stdout)`, in
/// MicroPython's layout (no source lines; CPython has no such function).
fn print_exception(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "print_exception", 1, 2)?;
    let exception_value = args.get(vm, 0);
    let text = vm.format_exception_as(
        exception_value,
        crate::interp::traceback::ReportStyle::MicroPython,
    );
    match args.get_opt(vm, 1) {
        Some(file) => {
            let text = pystr::new(vm, &text)?;
            vm.call_method(file, crate::qstr::WRITE, &[text])?;
        }
        None => vm.write_stdout(text.as_bytes()),
    }
    Ok(Value::NONE)
}

fn getrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "getrecursionlimit", 0, 0)?;
    int::from_i64(vm, vm.config.recursion_limit as i64)
}

fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "setrecursionlimit", 1, 1)?;
    let value = args.get(vm, 0);
    let limit = ops::convert::index_isize(vm, value)?;
    if limit < 1 {
        return Err(vm.raise_value_error("recursion limit must be greater or equal than 1"));
    }
    vm.config.recursion_limit = limit as usize;
    Ok(Value::NONE)
}

fn intern(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "intern", 1, 1)?;
    let value = args.get(vm, 0);
    if !pystr::is_str(&vm.heap, value) {
        return Err(vm.raise_type_error("intern() argument must be str"));
    }
    Ok(Value::from_qstr(pystr::to_qstr(vm, value)?))
}
