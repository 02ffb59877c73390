//! The context-manager protocol's method lookup for `with` and `async
//! with`, with CPython's TypeError when a method is missing (rather than
//! the AttributeError of a plain attribute load).

use crate::error::PyResult;
use crate::ops;
use crate::qstr::{self, QStr};
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

/// The (function, self) pairs of `manager`'s `__exit__` and `__enter__`
/// (`__aexit__` and `__aenter__` for `async with`), as `load_method`
/// gives them. `manager` must be rooted.
pub fn context_methods(vm: &mut Vm, manager: Value, is_async: bool) -> PyResult<[Value; 4]> {
    let (enter_name, exit_name) = if is_async {
        (qstr::DUNDER_AENTER, qstr::DUNDER_AEXIT)
    } else {
        (qstr::DUNDER_ENTER, qstr::DUNDER_EXIT)
    };
    let (enter, enter_self) = method(vm, manager, enter_name, is_async, "")?;
    vm.push_root(enter);
    let exit = method(
        vm,
        manager,
        exit_name,
        is_async,
        if is_async {
            " (missed __aexit__ method)"
        } else {
            " (missed __exit__ method)"
        },
    );
    vm.pop_roots(1);
    let (exit, exit_self) = exit?;
    Ok([exit, exit_self, enter, enter_self])
}

fn method(
    vm: &mut Vm,
    manager: Value,
    name: QStr,
    is_async: bool,
    detail: &str,
) -> PyResult<(Value, Value)> {
    ops::attr::load_method(vm, manager, name).map_err(|raised| {
        if !vm.exception_matches(types::ATTRIBUTE_ERROR) {
            return raised;
        }
        vm.take_exception();
        let message = format!(
            "'{}' object does not support the {}context manager protocol{}",
            ops::types::type_name(vm, manager),
            if is_async { "asynchronous " } else { "" },
            detail
        );
        vm.raise_type_error(&message)
    })
}
