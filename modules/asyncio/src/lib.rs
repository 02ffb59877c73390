//! The `asyncio` module: CPython's event loop, futures, tasks, `gather`,
//! `wait_for`, `Event`, `Lock`, `TaskGroup`, and MicroPython's additions
//! (`sleep_ms`, `wait_for_ms`, `ThreadSafeFlag`, streams over non-blocking
//! objects such as `micropython.RingIO`).
//!
//! Everything is frozen Python, compiled at first import, because the
//! scheduling logic is ordinary object code: the event loop runs callbacks
//! and steps coroutines with `send`/`throw`, as CPython's does, so the order
//! in which tasks wake is CPython's. The sources run one after another in
//! the module's namespace, one concept per file. Underneath, three native
//! helpers reach the port: the monotonic clock, a sleep until the next
//! deadline (so an idle loop really sleeps), and CPython's exception report
//! for the loop's default exception handler.

#![no_std]

use pyrite_vm::builtins::args::check;
use pyrite_vm::native::{Args, ModuleDef, NativeFunction};
use pyrite_vm::objects::float;
use pyrite_vm::ops::convert::number_to_f64;
use pyrite_vm::{PyResult, Value, Vm};

/// The frozen sources, in the order they run: each may use the names the
/// earlier ones defined.
const SOURCES: [(&str, &str); 10] = [
    ("<frozen asyncio.exceptions>", include_str!("exceptions.py")),
    (
        "<frozen asyncio.exception_group>",
        include_str!("exception_group.py"),
    ),
    ("<frozen asyncio.events>", include_str!("events.py")),
    ("<frozen asyncio.futures>", include_str!("futures.py")),
    ("<frozen asyncio.tasks>", include_str!("tasks.py")),
    ("<frozen asyncio.funcs>", include_str!("funcs.py")),
    ("<frozen asyncio.locks>", include_str!("locks.py")),
    ("<frozen asyncio.taskgroups>", include_str!("taskgroups.py")),
    ("<frozen asyncio.streams>", include_str!("streams.py")),
    ("<frozen asyncio.runners>", include_str!("runners.py")),
];

pub static MODULE: ModuleDef = ModuleDef {
    name: "asyncio",
    functions: &[
        &NativeFunction::function("_monotonic", monotonic),
        &NativeFunction::function("_wait", wait),
        &NativeFunction::function("_print_exception", print_exception),
    ],
    init: Some(init),
};

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    let deque = Value::from_builtin_type(pyrite_vm::types::DEQUE);
    pyrite_vm::modules::set_attr(vm, namespace, "_deque", deque)?;
    for (filename, source) in SOURCES {
        pyrite_vm::modules::run_frozen_source(vm, namespace, filename, source)?;
    }
    Ok(())
}

/// `_monotonic()`: seconds on the port's monotonic clock, as a float
/// (`loop.time()`); microsecond resolution.
fn monotonic(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_monotonic", 0, 0)?;
    let us = vm.port().ticks_us();
    float::new(vm, us as f64 / 1e6)
}

/// `_wait(seconds)`: block until the loop's next deadline. Callbacks
/// scheduled meanwhile (`micropython.schedule`) run afterwards, as after
/// `time.sleep`; a Ctrl-C cuts the sleep short and is raised at the next
/// safe point.
fn wait(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_wait", 1, 1)?;
    let seconds = number_to_f64(vm, args.get(vm, 0))?;
    if seconds > 0.0 {
        // An f64 to u64 cast saturates, so a huge timeout is merely long.
        vm.port().sleep_us((seconds * 1e6) as u64);
    }
    vm.run_scheduled()?;
    Ok(Value::NONE)
}

/// `_print_exception(exc)`: the report CPython prints for an uncaught
/// exception (traceback with source lines), on stderr.
fn print_exception(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_print_exception", 1, 1)?;
    let exc = args.get(vm, 0);
    vm.print_exception(exc);
    Ok(Value::NONE)
}
