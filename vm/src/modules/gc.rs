//! The `gc` module: MicroPython's interface to the collector.

use crate::builtins::args::check;
use crate::error::PyResult;
use crate::heap::Pacing;
use crate::native::{Args, ModuleDef, NativeFunction};
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "gc",
    functions: &[
        &NativeFunction::function("collect", collect),
        &NativeFunction::function("mem_free", mem_free),
        &NativeFunction::function("mem_alloc", mem_alloc),
        &NativeFunction::function("enable", enable),
        &NativeFunction::function("disable", disable),
        &NativeFunction::function("isenabled", isenabled),
        &NativeFunction::function("threshold", threshold),
    ],
    init: None,
};

fn collect(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "collect", 0, 1)?;
    vm.collect();
    Ok(Value::NONE)
}

fn mem_free(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "mem_free", 0, 0)?;
    let free = vm.heap.bytes_free();
    int::from_i64(vm, free as i64)
}

fn mem_alloc(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "mem_alloc", 0, 0)?;
    let used = vm.heap.bytes_used();
    int::from_i64(vm, used as i64)
}

fn enable(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "enable", 0, 0)?;
    vm.gc_enabled = true;
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "disable", 0, 0)?;
    vm.gc_enabled = false;
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "isenabled", 0, 0)?;
    Ok(Value::from_bool(vm.gc_enabled))
}

/// `gc.threshold()` returns the allocation threshold in bytes (-1 when
/// collections happen only when memory runs out; under a port's
/// proportional pacing, the budget until the next collection);
/// `gc.threshold(n)` sets a fixed one, rounded down to whole blocks.
fn threshold(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "threshold", 0, 1)?;
    match args.get_opt(vm, 0) {
        None => {
            let words = vm.heap.collect_threshold_words();
            if words == usize::MAX {
                Ok(Value::small_int(-1))
            } else {
                int::from_i64(vm, (words * crate::heap::WORD_BYTES) as i64)
            }
        }
        Some(value) => {
            let bytes = crate::ops::convert::index_isize(vm, value)?;
            // Whole blocks, as MicroPython: `threshold(1)` reads back as 0
            // and makes every allocation collect first.
            vm.heap.set_pacing(if bytes < 0 {
                Pacing::OnExhaustion
            } else {
                Pacing::Fixed(bytes as usize / crate::heap::BLOCK_BYTES * crate::heap::BLOCK_WORDS)
            });
            Ok(Value::NONE)
        }
    }
}
