//! The `types` module: `types.coroutine`, which lets a generator function's
//! generators be awaited (CPython sets `CO_ITERABLE_COROUTINE` on its
//! code). Other callables are returned unchanged.

use crate::builtins::args::check;
use crate::bytecode::CodeFlags;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, ModuleDef, NativeFunction};
use crate::objects::{code, function};
use crate::vm::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "types",
    functions: &[&NativeFunction::function("coroutine", coroutine)],
    init: None,
};

fn coroutine(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "coroutine", 1, 1)?;
    let target = args.get(vm, 0);
    if vm.heap.kind_of(target) == Some(ObjKind::Function) {
        let code_object = function::field(vm, target, function::CODE);
        let flags = code::data(vm, code_object).info.flags;
        if flags.contains(CodeFlags::GENERATOR) && !flags.contains(CodeFlags::COROUTINE) {
            let marked = code::with_flags(vm, code_object, CodeFlags::ITERABLE_COROUTINE)?;
            function::set_field(vm, target, function::CODE, marked);
        }
        return Ok(target);
    }
    if !crate::builtins::functions::is_callable(vm, target) {
        return Err(vm.raise_type_error("types.coroutine() expects a callable"));
    }
    Ok(target)
}
