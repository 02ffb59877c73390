//! Methods of `list`, `tuple` and `range`.

use super::args::{check, check_count, parse};
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::{int, list, range};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;
use alloc::vec::Vec;

/// `list.append`, named so the VM can find its number (`Vm::list_append`).
pub(crate) static LIST_APPEND: NativeFunction = NativeFunction::method("append", list_append);

pub static LIST_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("__init__", list_init),
    &LIST_APPEND,
    &NativeFunction::method("extend", list_extend),
    &NativeFunction::method("insert", list_insert),
    &NativeFunction::method("pop", list_pop),
    &NativeFunction::method("remove", list_remove),
    &NativeFunction::method("index", sequence_index),
    &NativeFunction::method("count", sequence_count),
    &NativeFunction::method("sort", list_sort),
    &NativeFunction::method("reverse", list_reverse),
    &NativeFunction::method("clear", list_clear),
    &NativeFunction::method("copy", list_copy),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__getitem__", dunder_getitem),
    &NativeFunction::method("__setitem__", dunder_setitem),
    &NativeFunction::method("__delitem__", dunder_delitem),
    &NativeFunction::method("__contains__", dunder_contains),
    &NativeFunction::method("__iter__", dunder_iter),
];

pub static TUPLE_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("index", sequence_index),
    &NativeFunction::method("count", sequence_count),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__getitem__", dunder_getitem),
    &NativeFunction::method("__contains__", dunder_contains),
    &NativeFunction::method("__iter__", dunder_iter),
];

pub static SLICE_METHODS: &[&NativeFunction] = &[&NativeFunction::method("indices", slice_indices)];

pub static RANGE_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("index", range_index),
    &NativeFunction::method("count", range_count),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__getitem__", dunder_getitem),
    &NativeFunction::method("__contains__", dunder_contains),
    &NativeFunction::method("__iter__", dunder_iter),
];

/// The list a method was called on (`self` may be a list subclass
/// instance, already unwrapped by attribute lookup).
fn receiver(vm: &mut Vm, args: &Args, kind: ObjKind, name: &str) -> PyResult<Value> {
    if args.count == 0 {
        let message = alloc::format!("descriptor '{name}' needs an argument");
        return Err(vm.raise_type_error(&message));
    }
    let value = ops::arith::unwrap_native(vm, args.get(vm, 0));
    if vm.heap.kind_of(value) != Some(kind) {
        let message = alloc::format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            if kind == ObjKind::List {
                "list"
            } else {
                "tuple"
            },
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    }
    Ok(value)
}

fn list_append(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "append", 2, 2)?;
    let target = receiver(vm, args, ObjKind::List, "append")?;
    let value = args.get(vm, 1);
    list::append(vm, target, value)?;
    Ok(Value::NONE)
}

/// `list.__init__(self, iterable=())`: what fills a list subclass's
/// instance (its `__new__` makes it empty), as CPython.
fn list_init(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count > 2 {
        let message = alloc::format!("list expected at most 1 argument, got {}", args.count - 1);
        return Err(vm.raise_type_error(&message));
    }
    check(vm, args, "list", 1, 2)?;
    let target = receiver(vm, args, ObjKind::List, "__init__")?;
    list::truncate(vm, target, 0);
    if let Some(source) = args.get_opt(vm, 1) {
        ops::sequence::list_extend(vm, target, source)?;
    }
    Ok(Value::NONE)
}

fn list_extend(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "extend", 2, 2)?;
    let target = receiver(vm, args, ObjKind::List, "extend")?;
    let source = args.get(vm, 1);
    ops::sequence::list_extend(vm, target, source)?;
    Ok(Value::NONE)
}

fn list_insert(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "insert", 3, 3)?;
    let target = receiver(vm, args, ObjKind::List, "insert")?;
    let index_value = args.get(vm, 1);
    let index = ops::convert::index_isize(vm, index_value)?;
    let len = list::len(vm, target) as isize;
    let position = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    let value = args.get(vm, 2);
    list::insert(vm, target, position as usize, value)?;
    Ok(Value::NONE)
}

fn list_pop(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "pop", 1, 2)?;
    let target = receiver(vm, args, ObjKind::List, "pop")?;
    let len = list::len(vm, target);
    let position = crate::builtins::args::pop_position(vm, args, len, "list")?;
    Ok(list::remove_at(vm, target, position))
}

fn list_remove(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "remove", 2, 2)?;
    let target = receiver(vm, args, ObjKind::List, "remove")?;
    let value = args.get(vm, 1);
    let len = list::len(vm, target);
    match ops::compare::find_in_list(vm, target, value, 0, len)? {
        Some(position) => {
            list::remove_at(vm, target, position);
            Ok(Value::NONE)
        }
        None => Err(vm.raise_value_error("list.remove(x): x not in list")),
    }
}

/// Resolve optional start/stop arguments against a length, as slices do.
pub(super) fn bounds(
    vm: &mut Vm,
    start: Value,
    stop: Value,
    len: usize,
) -> PyResult<(usize, usize)> {
    let clamp = |vm: &mut Vm, value: Value, default: usize| -> PyResult<usize> {
        if value.is_unbound() || value.is_none() {
            return Ok(default);
        }
        let n = ops::convert::index_isize(vm, value)?;
        Ok(if n < 0 {
            (n + len as isize).max(0) as usize
        } else {
            (n as usize).min(len)
        })
    };
    Ok((clamp(vm, start, 0)?, clamp(vm, stop, len)?))
}

fn sequence_index(vm: &mut Vm, args: &Args) -> PyResult {
    check_count(vm, args, "index", 2, 4)?;
    let target = ops::arith::unwrap_native(vm, args.get(vm, 0));
    let value = args.get(vm, 1);
    let start = args.get_opt(vm, 2).unwrap_or(Value::UNBOUND);
    let stop = args.get_opt(vm, 3).unwrap_or(Value::UNBOUND);
    let len = ops::sequence::len_of(vm, target);
    let (start, stop) = bounds(vm, start, stop, len)?;
    let mut i = start;
    while i < stop.min(ops::sequence::len_of(vm, target)) {
        let candidate = ops::sequence::item_of(vm, target, i);
        if candidate == value || ops::compare::equal(vm, candidate, value)? {
            return Ok(Value::small_int(i as isize));
        }
        i += 1;
    }
    if vm.heap.kind_of(target) == Some(ObjKind::List) {
        let mut message = alloc::string::String::new();
        ops::repr::write_repr(vm, value, &mut message)?;
        message.push_str(" is not in list");
        return Err(vm.raise_value_error(&message));
    }
    Err(vm.raise_value_error("tuple.index(x): x not in tuple"))
}

fn sequence_count(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "count", 2, 2)?;
    let target = ops::arith::unwrap_native(vm, args.get(vm, 0));
    let value = args.get(vm, 1);
    let mut count = 0;
    let mut i = 0;
    while i < ops::sequence::len_of(vm, target) {
        let candidate = ops::sequence::item_of(vm, target, i);
        if candidate == value || ops::compare::equal(vm, candidate, value)? {
            count += 1;
        }
        i += 1;
    }
    Ok(Value::small_int(count))
}

fn list_sort(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count != 1 {
        return Err(vm.raise_type_error("sort() takes no positional arguments"));
    }
    let target = receiver(vm, args, ObjKind::List, "sort")?;
    let mut key = Value::NONE;
    let mut reverse = false;
    for k in 0..args.keyword_count(vm) {
        let (name, value) = args.keyword_at(vm, k);
        match crate::objects::str::text(vm, name) {
            "key" => key = value,
            "reverse" => reverse = ops::truth::truthy(vm, value)?,
            other => {
                let message = alloc::format!("'{other}' is an invalid keyword argument for sort()");
                return Err(vm.raise_type_error(&message));
            }
        }
    }
    // Sort a copy while the list looks empty, so that a key function that
    // mutates it is detected, as CPython does.
    let mut items: Vec<Value> = list::items(vm, target).to_vec();
    let mark = vm.root_mark();
    vm.roots.extend_from_slice(&items);
    let len = items.len();
    list::truncate(vm, target, 0);
    let sorted = crate::builtins::sort_values(vm, &mut items, key, reverse);
    let modified = list::len(vm, target) != 0;
    let restored = list::splice(vm, target, 0, list::len(vm, target), &items);
    vm.truncate_roots(mark);
    sorted?;
    restored?;
    debug_assert_eq!(list::len(vm, target), len);
    if modified {
        return Err(vm.raise_value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn list_reverse(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "reverse", 1, 1)?;
    let target = receiver(vm, args, ObjKind::List, "reverse")?;
    list::items_mut(vm, target).reverse();
    Ok(Value::NONE)
}

fn list_clear(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "clear", 1, 1)?;
    let target = receiver(vm, args, ObjKind::List, "clear")?;
    list::truncate(vm, target, 0);
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "copy", 1, 1)?;
    let target = receiver(vm, args, ObjKind::List, "copy")?;
    let items: Vec<Value> = list::items(vm, target).to_vec();
    list::new(vm, &items)
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__len__", 1, 1)?;
    let target = ops::arith::unwrap_native(vm, args.get(vm, 0));
    let n = ops::len::len(vm, target)?;
    Ok(Value::small_int(n as isize))
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__getitem__", 2, 2)?;
    let target = ops::arith::unwrap_native(vm, args.get(vm, 0));
    let key = args.get(vm, 1);
    ops::subscript::get_item(vm, target, key)
}

fn dunder_setitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__setitem__", 3, 3)?;
    let target = ops::arith::unwrap_native(vm, args.get(vm, 0));
    let (key, value) = (args.get(vm, 1), args.get(vm, 2));
    ops::subscript::set_item(vm, target, key, value)?;
    Ok(Value::NONE)
}

fn dunder_delitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__delitem__", 2, 2)?;
    let target = ops::arith::unwrap_native(vm, args.get(vm, 0));
    let key = args.get(vm, 1);
    ops::subscript::delete_item(vm, target, key)?;
    Ok(Value::NONE)
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__contains__", 2, 2)?;
    let target = ops::arith::unwrap_native(vm, args.get(vm, 0));
    let item = args.get(vm, 1);
    ops::compare::contains(vm, target, item).map(Value::from_bool)
}

fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__iter__", 1, 1)?;
    let target = ops::arith::unwrap_native(vm, args.get(vm, 0));
    ops::iter::get_iter(vm, target)
}

fn range_position(vm: &mut Vm, target: Value, value: Value) -> PyResult<Option<Value>> {
    if !int::is_int(vm, value) {
        return Ok(None);
    }
    let n = ops::convert::index_value(vm, value)?;
    range::position_of(vm, target, n)
}

fn range_index(vm: &mut Vm, args: &Args) -> PyResult {
    let [target, value] = parse(vm, args, "index", ["self", "value"], 2)?;
    match range_position(vm, target, value)? {
        Some(position) => Ok(position),
        None => {
            let mut shown = alloc::string::String::new();
            ops::repr::write_repr(vm, value, &mut shown)?;
            let message = alloc::format!("{shown} is not in range");
            Err(vm.raise_value_error(&message))
        }
    }
}

fn range_count(vm: &mut Vm, args: &Args) -> PyResult {
    let [target, value] = parse(vm, args, "count", ["self", "value"], 2)?;
    Ok(Value::small_int(
        range_position(vm, target, value)?.is_some() as isize,
    ))
}

/// `slice.indices(length)`: (start, stop, step) clamped to a sequence of
/// that length.
fn slice_indices(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "indices", 2, 2)?;
    let (target, length) = (args.get(vm, 0), args.get(vm, 1));
    let length = ops::convert::index_isize(vm, length)?;
    if length < 0 {
        return Err(vm.raise_value_error("length should not be negative"));
    }
    let resolved = crate::objects::slice::resolve(vm, target, length as usize)?;
    crate::objects::tuple::new(
        vm,
        &[
            Value::small_int(resolved.start),
            Value::small_int(resolved.stop),
            Value::small_int(resolved.step),
        ],
    )
}
