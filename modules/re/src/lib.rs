//! The `re` module: CPython's API over a backtracking engine of our own.
//!
//! The engine is native: `parse.rs` (pattern text → tree, CPython's
//! error messages), `compile.rs` (tree → instructions), `matcher.rs`
//! (backtracking over an explicit, size-limited stack). The Python-level
//! API (`re.py`, frozen): `Pattern` and `Match` objects, `sub` templates,
//! `split`, `findall`, `finditer`, the flags, the `re.error` class. Two
//! native functions join them: `_compile` checks a pattern and reports
//! its groups; `_exec` runs one (it parses again each time, a cost linear
//! in the pattern, so no compiled program has to live on the GC heap),
//! and in its "all" mode finds every match in one call, so `findall` and
//! `sub` convert the subject to code points once.

#![no_std]

extern crate alloc;

mod compile;
mod matcher;
mod parse;
mod program;

use alloc::vec::Vec;
use matcher::{Goal, Matcher, UNSET};
use pyrite_vm::builtins::args::check;
use pyrite_vm::native::{Args, ModuleDef, NativeFunction};
use pyrite_vm::objects::{bytes, list, str as pystr, tuple};
use pyrite_vm::ops::convert::index_isize;
use pyrite_vm::{PyResult, Value, Vm};

const SOURCE: &str = include_str!("re.py");

pub static MODULE: ModuleDef = ModuleDef {
    name: "re",
    functions: &[
        &NativeFunction::function("_compile", compile_pattern),
        &NativeFunction::function("_exec", exec),
    ],
    init: Some(init),
};

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    pyrite_vm::modules::run_frozen_source(vm, namespace, "<frozen re>", SOURCE)
}

/// The code points of a str, or the bytes of a bytes-like object (and
/// whether it was bytes).
fn code_points(vm: &mut Vm, value: Value) -> PyResult<(Vec<u32>, bool)> {
    if pystr::is_str(&vm.heap, value) {
        // Lone surrogates included: the engine works on code points.
        let data = pystr::bytes(vm, value);
        return Ok((pyrite_vm::objects::wtf8::code_points(data).collect(), false));
    }
    if bytes::is_bytes_like(vm, value) {
        return Ok((
            bytes::data(vm, value).iter().map(|&b| b as u32).collect(),
            true,
        ));
    }
    Err(vm.raise_type_error("expected string or bytes-like object"))
}

fn program_of(
    vm: &mut Vm,
    pattern: Value,
    flags: Value,
) -> PyResult<Result<program::Program, parse::PatternError>> {
    let (text, is_bytes) = code_points(vm, pattern)?;
    let flags = index_isize(vm, flags)? as u32;
    Ok(parse::parse(&text, flags, is_bytes).and_then(compile::compile))
}

/// `_compile(pattern, flags)`: `(groups, [(name, number), ...], flags)`,
/// or `(message, position)` for a bad pattern (re.py raises re.error).
fn compile_pattern(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_compile", 2, 2)?;
    let compiled = program_of(vm, args.get(vm, 0), args.get(vm, 1))?;
    let program = match compiled {
        Ok(program) => program,
        Err(error) => {
            let message = pystr::new(vm, &error.message)?;
            vm.push_root(message);
            let result = tuple::new(vm, &[message, Value::small_int(error.pos as isize)]);
            vm.pop_roots(1);
            return result;
        }
    };
    let names = list::new(vm, &[])?;
    vm.push_root(names);
    let result = (|| {
        for (name, number) in &program.names {
            let name: alloc::string::String =
                name.iter().filter_map(|&c| char::from_u32(c)).collect();
            let name = pystr::new(vm, &name)?;
            vm.push_root(name);
            let pair = tuple::new(vm, &[name, Value::small_int(*number as isize)]);
            vm.pop_roots(1);
            let pair = pair?;
            list::append(vm, names, pair)?;
        }
        let flags = Value::small_int(program.flags as isize);
        tuple::new(
            vm,
            &[Value::small_int(program.groups as isize), names, flags],
        )
    })();
    vm.pop_roots(1);
    result
}

const MATCH: isize = 0;
const SEARCH: isize = 1;
const FULLMATCH: isize = 2;
const ALL: isize = 3;

/// The spans of the last match as a flat tuple (start, end per group;
/// -1 for a group that did not take part).
fn spans(vm: &mut Vm, slots: &[usize]) -> PyResult {
    let items: Vec<Value> = slots
        .iter()
        .map(|&slot| Value::small_int(if slot == UNSET { -1 } else { slot as isize }))
        .collect();
    tuple::new(vm, &items)
}

/// `_exec(pattern, flags, subject, pos, endpos, mode, count)`: modes
/// match, search, fullmatch give the spans or None; mode "all" gives the
/// list of the spans of up to `count` (0: all) successive matches, as
/// finditer finds them.
fn exec(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_exec", 7, 7)?;
    let program = match program_of(vm, args.get(vm, 0), args.get(vm, 1))? {
        Ok(program) => program,
        Err(error) => return Err(vm.raise_value_error(&error.message)),
    };
    let (text, is_bytes) = code_points(vm, args.get(vm, 2))?;
    let pos = index_isize(vm, args.get(vm, 3))?.clamp(0, text.len() as isize) as usize;
    let endpos = index_isize(vm, args.get(vm, 4))?.clamp(0, text.len() as isize) as usize;
    let mode = index_isize(vm, args.get(vm, 5))?;
    let count = index_isize(vm, args.get(vm, 6))?.max(0) as usize;
    if endpos < pos {
        return if mode == ALL {
            list::new(vm, &[])
        } else {
            Ok(Value::NONE)
        };
    }
    // The backtracking stack's limit follows the GC heap's size, so a
    // small board refuses earlier than a host.
    let limit = (vm.heap.bytes_total() / 16).clamp(4096, 1 << 22);
    let mut matcher = Matcher::new(&program, &text[..endpos], !is_bytes, limit);
    let too_deep = |vm: &mut Vm| {
        vm.raise_msg(
            pyrite_vm::types::RECURSION_ERROR,
            "maximum recursion depth exceeded in regular expression",
        )
    };
    if mode != ALL {
        let (anchored, to_end) = match mode {
            MATCH => (true, false),
            SEARCH => (false, false),
            FULLMATCH => (true, true),
            _ => return Err(vm.raise_value_error("bad _exec mode")),
        };
        let goal = Goal {
            to_end,
            must_advance: false,
        };
        let found = matcher
            .search(pos, anchored, goal)
            .map_err(|_| too_deep(vm))?;
        return if found {
            spans(vm, &matcher.slots)
        } else {
            Ok(Value::NONE)
        };
    }
    let results = list::new(vm, &[])?;
    vm.push_root(results);
    let outcome = (|| {
        let mut from = pos;
        let mut must_advance = false;
        while from <= endpos {
            let goal = Goal {
                to_end: false,
                must_advance,
            };
            if !matcher
                .search(from, false, goal)
                .map_err(|_| too_deep(vm))?
            {
                break;
            }
            let item = spans(vm, &matcher.slots)?;
            list::append(vm, results, item)?;
            let (start, end) = (matcher.slots[0], matcher.slots[1]);
            must_advance = start == end;
            from = end;
            if count != 0 && list::len(vm, results) >= count {
                break;
            }
        }
        Ok(results)
    })();
    vm.pop_roots(1);
    outcome
}
