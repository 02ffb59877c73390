//! Binding call arguments to a Python function's parameters: positional
//! parameters, defaults, keyword arguments, keyword-only parameters,
//! `*args`, `**kwargs`, and the closure's cells, written into the registers
//! of the new frame.

use crate::bytecode::CodeFlags;
use crate::error::PyResult;
use crate::native::Args;
use crate::objects::code::CodeData;
use crate::objects::{dict, function, tuple};
use crate::qstr::QStr;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Number of keyword arguments in `args`.
pub fn keyword_count(vm: &Vm, args: &Args) -> usize {
    if args.kwnames.is_heap() {
        tuple::len(vm, args.kwnames)
    } else {
        0
    }
}

/// Write the parameters of `function` (running `code`) into
/// `stack[base..base + register_count]`, from the arguments `args` (which
/// are on the stack, possibly overlapping the destination). Registers not
/// set by binding become UNBOUND.
///
/// Inlined for its common case, positional arguments that match the
/// parameters exactly: nothing is allocated then, so the caller need not
/// root anything. The rest is `bind_complex`, out of line.
#[inline(always)]
pub fn bind_arguments(
    vm: &mut Vm,
    function: Value,
    code: &CodeData,
    args: Args,
    base: usize,
) -> PyResult<()> {
    if takes_exactly(code, &args) {
        bind_exact(vm, function, code, args, base);
        return Ok(());
    }
    bind_complex(vm, function, code, args, base)
}

/// Whether `args` binds one to one to the positional parameters of `code`
/// (no keywords, no `*args`/`**kwargs`, no keyword-only parameters, no
/// defaults needed).
#[inline]
pub fn takes_exactly(code: &CodeData, args: &Args) -> bool {
    let info = &code.info;
    !info
        .flags
        .intersects(CodeFlags::VARARGS | CodeFlags::VARKEYWORDS)
        && info.kwonly_count == 0
        && !args.kwnames.is_heap()
        && args.count == info.positional_count as usize
}

/// Binding when `takes_exactly` holds: the arguments become the first
/// registers, the others are cleared, the closure's cells are copied in.
#[inline]
pub fn bind_exact(vm: &mut Vm, function: Value, code: &CodeData, args: Args, base: usize) {
    let register_count = code.info.register_count as usize;
    if args.base != base {
        // The destination may lie beyond the top of the stack.
        let end = base + register_count.max(args.count);
        if vm.stack.len() < end {
            vm.stack.resize(end, Value::UNBOUND);
        }
        vm.stack
            .copy_within(args.base..args.base + args.count, base);
    }
    prepare_registers(vm, base, args.count, register_count);
    if code.info.freevar_count != 0 {
        copy_closure(vm, function, code, base);
    }
}

/// Everything `bind_exact` does not handle: keywords, defaults, `*args`,
/// `**kwargs`, and the errors.
#[inline(never)]
fn bind_complex(
    vm: &mut Vm,
    function: Value,
    code: &CodeData,
    args: Args,
    base: usize,
) -> PyResult<()> {
    let keywords = keyword_count(vm, &args);
    // Copy the arguments out: the destination may overlap them. They stay
    // rooted (with the function) while the *args tuple and **kwargs dict
    // are allocated.
    let values: Vec<Value> = vm.stack[args.base..args.base + args.count + keywords].to_vec();
    let mark = vm.root_mark();
    vm.push_root(function);
    vm.roots.extend_from_slice(&values);
    vm.push_root(args.kwnames);
    let result = bind_general(vm, function, code, &values, args.count, args.kwnames, base);
    vm.truncate_roots(mark);
    result
}

#[inline]
fn prepare_registers(vm: &mut Vm, base: usize, bound: usize, register_count: usize) {
    let end = base + register_count;
    if vm.stack.len() < end {
        vm.stack.resize(end, Value::UNBOUND);
    }
    vm.stack[base + bound..end].fill(Value::UNBOUND);
}

#[inline(never)]
fn copy_closure(vm: &mut Vm, function: Value, code: &CodeData, base: usize) {
    let count = code.info.freevar_count as usize;
    if count == 0 {
        return;
    }
    let closure = function::field(vm, function, function::CLOSURE);
    if !closure.is_heap() {
        return;
    }
    let start = base + code.info.freevar_start as usize;
    for i in 0..count.min(tuple::len(vm, closure)) {
        let cell = tuple::item(vm, closure, i);
        vm.stack[start + i] = cell;
    }
}

fn name_list(vm: &Vm, names: &[QStr]) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|&n| format!("'{}'", vm.qstr_text(n)))
        .collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

#[allow(clippy::too_many_arguments)]
fn bind_general(
    vm: &mut Vm,
    function: Value,
    code: &CodeData,
    values: &[Value],
    positional: usize,
    kwnames: Value,
    base: usize,
) -> PyResult<()> {
    let info = &code.info;
    let qualname = info.qualname.as_str();
    let positional_params = info.positional_count as usize;
    let kwonly = info.kwonly_count as usize;
    let has_varargs = info.flags.contains(CodeFlags::VARARGS);
    let has_varkw = info.flags.contains(CodeFlags::VARKEYWORDS);
    let varargs_reg = positional_params + kwonly;
    let varkw_reg = varargs_reg + has_varargs as usize;
    prepare_registers(vm, base, 0, info.register_count as usize);

    let direct = positional.min(positional_params);
    vm.stack[base..base + direct].copy_from_slice(&values[..direct]);
    if has_varargs {
        // No extra arguments share the VM's empty tuple (tuples are
        // immutable): a call then allocates nothing for `*args`, so such
        // functions run with the heap locked.
        let extra = if direct == positional && vm.empty_tuple.is_heap() {
            vm.empty_tuple
        } else {
            tuple::new(vm, &values[direct..positional])?
        };
        vm.stack[base + varargs_reg] = extra;
    } else if positional > positional_params {
        let defaults = function::field(vm, function, function::DEFAULTS);
        let default_count = if defaults.is_heap() {
            tuple::len(vm, defaults)
        } else {
            0
        };
        let takes = if default_count > 0 {
            format!(
                "from {} to {}",
                positional_params - default_count,
                positional_params
            )
        } else {
            format!("{positional_params}")
        };
        let message = format!(
            "{}() takes {} positional argument{} but {} {} given",
            qualname,
            takes,
            if positional_params == 1 && default_count == 0 {
                ""
            } else {
                "s"
            },
            positional,
            if positional == 1 { "was" } else { "were" }
        );
        return Err(vm.raise_type_error(&message));
    }
    if has_varkw {
        let kwargs = dict::new(vm)?;
        vm.stack[base + varkw_reg] = kwargs;
    }
    let keyword_count = values.len() - positional;
    for k in 0..keyword_count {
        let name = tuple::item(vm, kwnames, k);
        let value = values[positional + k];
        let name_id = crate::objects::str::to_qstr(vm, name)?;
        let slot = info.param_names[..positional_params + kwonly]
            .iter()
            .position(|&param| param == name_id)
            .filter(|&i| i >= info.posonly_count as usize);
        match slot {
            Some(i) => {
                if !vm.stack[base + i].is_unbound() {
                    let message = format!(
                        "{}() got multiple values for argument '{}'",
                        qualname,
                        vm.qstr_text(name_id)
                    );
                    return Err(vm.raise_type_error(&message));
                }
                vm.stack[base + i] = value;
            }
            None if has_varkw => {
                let kwargs = vm.stack[base + varkw_reg];
                dict::set(vm, kwargs, name, value)?;
            }
            None => {
                let is_posonly = info.param_names[..info.posonly_count as usize].contains(&name_id);
                let message = if is_posonly {
                    format!(
                        "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                        qualname,
                        vm.qstr_text(name_id)
                    )
                } else {
                    format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname,
                        vm.qstr_text(name_id)
                    )
                };
                return Err(vm.raise_type_error(&message));
            }
        }
    }
    // Defaults for the positional parameters left unbound.
    let defaults = function::field(vm, function, function::DEFAULTS);
    let default_count = if defaults.is_heap() {
        tuple::len(vm, defaults)
    } else {
        0
    };
    let first_default = positional_params.saturating_sub(default_count);
    let mut missing = Vec::new();
    for i in 0..positional_params {
        if vm.stack[base + i].is_unbound() {
            if i >= first_default {
                let value = tuple::item(vm, defaults, i - first_default);
                vm.stack[base + i] = value;
            } else {
                missing.push(info.param_names[i]);
            }
        }
    }
    if !missing.is_empty() {
        let message = format!(
            "{}() missing {} required positional argument{}: {}",
            qualname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(vm, &missing)
        );
        return Err(vm.raise_type_error(&message));
    }
    let kw_defaults = function::field(vm, function, function::KW_DEFAULTS);
    for i in positional_params..positional_params + kwonly {
        if vm.stack[base + i].is_unbound() {
            let name = info.param_names[i];
            let default = if kw_defaults.is_heap() {
                dict::get(vm, kw_defaults, Value::from_qstr(name))?
            } else {
                None
            };
            match default {
                Some(value) => vm.stack[base + i] = value,
                None => missing.push(name),
            }
        }
    }
    if !missing.is_empty() {
        let message = format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qualname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(vm, &missing)
        );
        return Err(vm.raise_type_error(&message));
    }
    copy_closure(vm, function, code, base);
    Ok(())
}
