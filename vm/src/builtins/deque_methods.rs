//! Methods of `collections.deque` (the ring buffer is objects/deque.rs).
//! Indexing, iteration, comparison, `in`, repr and `+`/`*` are in the
//! shared operations (`ops/`), like the other sequences'.

use super::args::{check, check_count, parse};
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::deque;
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

pub static METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("append", append),
    &NativeFunction::method("appendleft", appendleft),
    &NativeFunction::method("pop", pop),
    &NativeFunction::method("popleft", popleft),
    &NativeFunction::method("extend", extend),
    &NativeFunction::method("extendleft", extendleft),
    &NativeFunction::method("rotate", rotate),
    &NativeFunction::method("clear", clear),
    &NativeFunction::method("count", count),
    &NativeFunction::method("remove", remove),
    &NativeFunction::method("index", index),
    &NativeFunction::method("insert", insert),
    &NativeFunction::method("reverse", reverse),
    &NativeFunction::method("copy", copy),
    &NativeFunction::method("__copy__", copy),
    &NativeFunction::method("__init__", init),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__getitem__", dunder_getitem),
    &NativeFunction::method("__setitem__", dunder_setitem),
    &NativeFunction::method("__delitem__", dunder_delitem),
    &NativeFunction::method("__contains__", dunder_contains),
    &NativeFunction::method("__iter__", dunder_iter),
    &NativeFunction::method("__reversed__", dunder_reversed),
];

/// The deque a method works on (a subclass instance's wrapped deque).
fn receiver(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let value = ops::arith::unwrap_native(vm, args.get(vm, 0));
    if vm.heap.kind_of(value) != Some(ObjKind::Deque) {
        let message = alloc::format!(
            "descriptor for 'collections.deque' objects doesn't apply to a '{}' object",
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    }
    Ok(value)
}

/// `deque(iterable=(), maxlen=None)`: what calling the type does.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult {
    let made = deque::new(vm, None)?;
    vm.push_root(made);
    let result = fill(vm, made, args, 0);
    vm.pop_roots(1);
    result.map(|_| made)
}

/// Set the bound and the contents from `(iterable=(), maxlen=None)`, the
/// arguments after the first `skip`.
fn fill(vm: &mut Vm, target: Value, args: &Args, skip: usize) -> PyResult<()> {
    let shifted = Args {
        base: args.base + skip,
        count: args.count - skip,
        kwnames: args.kwnames,
    };
    let [iterable, bound] = parse(vm, &shifted, "deque", ["iterable", "maxlen"], 0)?;
    let maxlen = if bound.is_unbound() || bound.is_none() {
        None
    } else {
        if !crate::objects::int::is_int(vm, bound) {
            return Err(vm.raise_type_error("an integer is required"));
        }
        let n = ops::convert::index_isize(vm, bound)?;
        if n < 0 {
            return Err(vm.raise_value_error("maxlen must be non-negative"));
        }
        Some(n as usize)
    };
    deque::clear(vm, target);
    deque::set_maxlen(vm, target, maxlen);
    if !iterable.is_unbound() {
        extend_from(vm, target, iterable, false)?;
    }
    Ok(())
}

/// Push every item of `source` at one end (a deque extended by itself
/// takes a snapshot first). The caller roots `target`.
fn extend_from(vm: &mut Vm, target: Value, source: Value, left: bool) -> PyResult<()> {
    let push = |vm: &mut Vm, item: Value| {
        if left {
            deque::push_front(vm, target, item)
        } else {
            deque::push_back(vm, target, item)
        }
    };
    let mark = vm.root_mark();
    vm.push_root(target);
    let result = (|| {
        if ops::arith::unwrap_native(vm, source) == target {
            let items = deque::items(vm, target);
            vm.roots.extend_from_slice(&items);
            for item in items {
                push(vm, item)?;
            }
            return Ok(());
        }
        let iterator = ops::iter::get_iter(vm, source)?;
        vm.push_root(iterator);
        while let Some(item) = ops::iter::next(vm, iterator)? {
            vm.push_root(item);
            let pushed = push(vm, item);
            vm.pop_roots(1);
            pushed?;
        }
        Ok(())
    })();
    vm.truncate_roots(mark);
    result
}

fn init(vm: &mut Vm, args: &Args) -> PyResult {
    let target = receiver(vm, args)?;
    fill(vm, target, args, 1)?;
    Ok(Value::NONE)
}

fn append(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "append", 2, 2)?;
    let target = receiver(vm, args)?;
    deque::push_back(vm, target, args.get(vm, 1))?;
    Ok(Value::NONE)
}

fn appendleft(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "appendleft", 2, 2)?;
    let target = receiver(vm, args)?;
    deque::push_front(vm, target, args.get(vm, 1))?;
    Ok(Value::NONE)
}

fn empty(vm: &mut Vm) -> crate::error::Raised {
    vm.raise_index_error("pop from an empty deque")
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "pop", 1, 1)?;
    let target = receiver(vm, args)?;
    deque::pop_back(vm, target).ok_or_else(|| empty(vm))
}

fn popleft(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "popleft", 1, 1)?;
    let target = receiver(vm, args)?;
    deque::pop_front(vm, target).ok_or_else(|| empty(vm))
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "extend", 2, 2)?;
    let target = receiver(vm, args)?;
    extend_from(vm, target, args.get(vm, 1), false)?;
    Ok(Value::NONE)
}

fn extendleft(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "extendleft", 2, 2)?;
    let target = receiver(vm, args)?;
    extend_from(vm, target, args.get(vm, 1), true)?;
    Ok(Value::NONE)
}

fn rotate(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "rotate", 1, 2)?;
    let target = receiver(vm, args)?;
    let steps = match args.get_opt(vm, 1) {
        Some(n) => ops::convert::index_isize(vm, n)?,
        None => 1,
    };
    deque::rotate(vm, target, steps);
    Ok(Value::NONE)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "clear", 1, 1)?;
    let target = receiver(vm, args)?;
    deque::clear(vm, target);
    Ok(Value::NONE)
}

/// The position of the first item equal to `value` in `start..stop`.
/// Items are re-read after each comparison, which may run Python code
/// that changes the deque.
fn find(
    vm: &mut Vm,
    target: Value,
    value: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(deque::len(vm, target)) {
        let candidate = deque::item(vm, target, i);
        if candidate == value || ops::compare::equal(vm, candidate, value)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn not_in_deque(vm: &mut Vm, value: Value) -> PyResult<crate::error::Raised> {
    let mut message = alloc::string::String::new();
    ops::repr::write_repr(vm, value, &mut message)?;
    message.push_str(" is not in deque");
    Ok(vm.raise_value_error(&message))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "count", 2, 2)?;
    let target = receiver(vm, args)?;
    let value = args.get(vm, 1);
    let mut total = 0;
    let mut i = 0;
    while let Some(found) = find(vm, target, value, i, usize::MAX)? {
        total += 1;
        i = found + 1;
    }
    Ok(Value::small_int(total))
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "remove", 2, 2)?;
    let target = receiver(vm, args)?;
    let value = args.get(vm, 1);
    match find(vm, target, value, 0, usize::MAX)? {
        Some(i) => {
            deque::remove_at(vm, target, i);
            Ok(Value::NONE)
        }
        None => Err(not_in_deque(vm, value)?),
    }
}

fn index(vm: &mut Vm, args: &Args) -> PyResult {
    check_count(vm, args, "index", 2, 4)?;
    let target = receiver(vm, args)?;
    let value = args.get(vm, 1);
    let start = args.get_opt(vm, 2).unwrap_or(Value::UNBOUND);
    let stop = args.get_opt(vm, 3).unwrap_or(Value::UNBOUND);
    let len = deque::len(vm, target);
    let (start, stop) = super::list_methods::bounds(vm, start, stop, len)?;
    match find(vm, target, value, start, stop)? {
        Some(i) => Ok(Value::small_int(i as isize)),
        None => Err(not_in_deque(vm, value)?),
    }
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "insert", 3, 3)?;
    let target = receiver(vm, args)?;
    let position = ops::convert::index_isize(vm, args.get(vm, 1))?;
    let len = deque::len(vm, target);
    if deque::maxlen(vm, target) == Some(len) {
        return Err(vm.raise_index_error("deque already at its maximum size"));
    }
    let position = if position < 0 {
        (position + len as isize).max(0) as usize
    } else {
        (position as usize).min(len)
    };
    deque::insert(vm, target, position, args.get(vm, 2))?;
    Ok(Value::NONE)
}

fn reverse(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "reverse", 1, 1)?;
    let target = receiver(vm, args)?;
    deque::reverse(vm, target);
    Ok(Value::NONE)
}

/// A new deque with the same items and bound.
pub fn copy_of(vm: &mut Vm, source: Value) -> PyResult {
    let made = deque::new(vm, deque::maxlen(vm, source))?;
    vm.push_root(made);
    let mark = vm.root_mark();
    let result = (|| {
        for i in 0..deque::len(vm, source) {
            let item = deque::item(vm, source, i);
            deque::push_back(vm, made, item)?;
        }
        Ok(made)
    })();
    vm.truncate_roots(mark);
    vm.pop_roots(1);
    result
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "copy", 1, 1)?;
    let target = receiver(vm, args)?;
    copy_of(vm, target)
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__len__", 1, 1)?;
    let target = receiver(vm, args)?;
    Ok(Value::small_int(deque::len(vm, target) as isize))
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__getitem__", 2, 2)?;
    let target = receiver(vm, args)?;
    ops::subscript::get_item(vm, target, args.get(vm, 1))
}

fn dunder_setitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__setitem__", 3, 3)?;
    let target = receiver(vm, args)?;
    ops::subscript::set_item(vm, target, args.get(vm, 1), args.get(vm, 2))?;
    Ok(Value::NONE)
}

fn dunder_delitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__delitem__", 2, 2)?;
    let target = receiver(vm, args)?;
    ops::subscript::delete_item(vm, target, args.get(vm, 1))?;
    Ok(Value::NONE)
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__contains__", 2, 2)?;
    let target = receiver(vm, args)?;
    let found = find(vm, target, args.get(vm, 1), 0, usize::MAX)?;
    Ok(Value::from_bool(found.is_some()))
}

fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__iter__", 1, 1)?;
    let target = receiver(vm, args)?;
    ops::iter::get_iter(vm, target)
}

fn dunder_reversed(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__reversed__", 1, 1)?;
    let target = receiver(vm, args)?;
    let len = deque::len(vm, target);
    crate::objects::iterator::new(
        vm,
        crate::objects::iterator::IterKind::SeqReverse,
        target,
        Value::small_int(len as isize),
        Value::NONE,
    )
}
