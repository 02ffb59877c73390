//! The `micropython` module: compile-time constants, memory reports, and
//! the code-emitter decorators (which leave the function as bytecode until
//! the native emitters exist).

use crate::builtins::args::check;
use crate::error::PyResult;
use crate::native::{Args, ModuleDef, NativeFunction};
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

pub static MODULE: ModuleDef = ModuleDef {
    name: "micropython",
    functions: &[
        &NativeFunction::function("const", identity),
        &NativeFunction::function("native", identity),
        &NativeFunction::function("viper", identity),
        &NativeFunction::function("opt_level", opt_level),
        &NativeFunction::function("mem_info", mem_info),
        &NativeFunction::function("qstr_info", qstr_info),
        &NativeFunction::function("alloc_emergency_exception_buf", ignore),
        &NativeFunction::function("kbd_intr", ignore),
        &NativeFunction::function("heap_lock", heap_lock),
        &NativeFunction::function("heap_unlock", heap_unlock),
    ],
    init: None,
};

fn identity(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "const", 1, 1)?;
    Ok(args.get(vm, 0))
}

/// `opt_level()` reads and `opt_level(n)` sets the optimisation level
/// that compilation will use (MicroPython's; nothing reads it yet).
fn opt_level(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "opt_level", 0, 1)?;
    if args.count == 0 {
        return Ok(Value::small_int(vm.opt_level));
    }
    vm.opt_level = crate::ops::convert::index_isize(vm, args.get(vm, 0))?;
    Ok(Value::NONE)
}

fn ignore(_vm: &mut Vm, _args: &Args) -> PyResult {
    Ok(Value::NONE)
}

fn heap_lock(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "heap_lock", 0, 0)?;
    Ok(Value::NONE)
}

fn heap_unlock(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "heap_unlock", 0, 0)?;
    Ok(Value::small_int(0))
}

fn mem_info(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "mem_info", 0, 1)?;
    let text = format!(
        "GC: total: {}, used: {}, free: {}, max free block: {}\n collections: {}, block size: {} bytes\n",
        vm.heap.bytes_total(),
        vm.heap.bytes_used(),
        vm.heap.bytes_free(),
        vm.heap.largest_free_bytes(),
        vm.heap.collections(),
        crate::heap::BLOCK_BYTES,
    );
    vm.write_stdout(text.as_bytes());
    Ok(Value::NONE)
}

fn qstr_info(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "qstr_info", 0, 1)?;
    let text = format!(
        "qstr: n_str={}, n_str_data_bytes={}\n",
        vm.interner.len(),
        vm.interner.owned_bytes()
    );
    vm.write_stdout(text.as_bytes());
    Ok(Value::NONE)
}
