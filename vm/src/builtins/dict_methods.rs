//! Methods of `dict`.

use super::args::{check, check_count};
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::iterator::{self, IterKind};
use crate::objects::{dict, tuple};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

pub static METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("__init__", dict_init),
    &NativeFunction::method("keys", keys),
    &NativeFunction::method("values", values),
    &NativeFunction::method("items", items),
    &NativeFunction::method("get", get),
    &NativeFunction::method("pop", pop),
    &NativeFunction::method("popitem", popitem),
    &NativeFunction::method("setdefault", setdefault),
    &NativeFunction::method("update", update),
    &NativeFunction::method("__repr__", dunder_repr),
    &NativeFunction::method("clear", clear),
    &NativeFunction::method("copy", copy),
    &NativeFunction::class_method("fromkeys", fromkeys),
    &NativeFunction::method("__getitem__", dunder_getitem),
    &NativeFunction::method("__setitem__", dunder_setitem),
    &NativeFunction::method("__delitem__", dunder_delitem),
    &NativeFunction::method("__contains__", dunder_contains),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__iter__", dunder_iter),
];

fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if args.count == 0 {
        let message = alloc::format!("descriptor '{name}' of 'dict' object needs an argument");
        return Err(vm.raise_type_error(&message));
    }
    let value = ops::arith::unwrap_native(vm, args.get(vm, 0));
    if vm.heap.kind_of(value) != Some(ObjKind::Dict) {
        let message = alloc::format!(
            "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object",
            name,
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    }
    Ok(value)
}

fn view(vm: &mut Vm, args: &Args, name: &str, kind: IterKind) -> PyResult {
    check(vm, args, name, 1, 1)?;
    let target = receiver(vm, args, name)?;
    iterator::new(vm, kind, target, Value::NONE, Value::NONE)
}

fn keys(vm: &mut Vm, args: &Args) -> PyResult {
    view(vm, args, "keys", IterKind::KeysView)
}

fn values(vm: &mut Vm, args: &Args) -> PyResult {
    view(vm, args, "values", IterKind::ValuesView)
}

fn items(vm: &mut Vm, args: &Args) -> PyResult {
    view(vm, args, "items", IterKind::ItemsView)
}

fn get(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "get", 2, 3)?;
    let target = receiver(vm, args, "get")?;
    let key = args.get(vm, 1);
    match dict::get(vm, target, key)? {
        Some(value) => Ok(value),
        None => Ok(args.get_opt(vm, 2).unwrap_or(Value::NONE)),
    }
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "pop", 2, 3)?;
    let target = receiver(vm, args, "pop")?;
    let key = args.get(vm, 1);
    match dict::remove(vm, target, key)? {
        Some(value) => Ok(value),
        None => match args.get_opt(vm, 2) {
            Some(default) => Ok(default),
            None => Err(vm.raise_key_error(key)),
        },
    }
}

fn popitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "popitem", 1, 1)?;
    let target = receiver(vm, args, "popitem")?;
    let mut i = dict::used(vm, target);
    while i > 0 {
        i -= 1;
        if let Some((key, value)) = dict::entry(vm, target, i) {
            let pair = tuple::new(vm, &[key, value])?;
            dict::remove_entry(vm, target, i);
            return Ok(pair);
        }
    }
    let message = crate::objects::str::new(vm, "popitem(): dictionary is empty")?;
    Err(vm.raise_with_args(crate::types::KEY_ERROR, &[message]))
}

fn setdefault(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "setdefault", 2, 3)?;
    let target = receiver(vm, args, "setdefault")?;
    let key = args.get(vm, 1);
    if let Some(value) = dict::get(vm, target, key)? {
        return Ok(value);
    }
    let default = args.get_opt(vm, 2).unwrap_or(Value::NONE);
    dict::set(vm, target, key, default)?;
    Ok(default)
}

/// `dict.__init__(self, source=(), **kwargs)`: what fills a dict
/// subclass's instance (its `__new__` makes it empty), as CPython.
fn dict_init(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count > 2 {
        let message = alloc::format!("dict expected at most 1 argument, got {}", args.count - 1);
        return Err(vm.raise_type_error(&message));
    }
    update(vm, args)
}

fn update(vm: &mut Vm, args: &Args) -> PyResult {
    check_count(vm, args, "update", 1, 2)?;
    let target = receiver(vm, args, "update")?;
    if let Some(source) = args.get_opt(vm, 1) {
        crate::builtins::fill_dict(vm, target, source)?;
    }
    for k in 0..args.keyword_count(vm) {
        let (name, value) = args.keyword_at(vm, k);
        dict::set(vm, target, name, value)?;
    }
    Ok(Value::NONE)
}

/// `dict.__repr__`, for subclasses that wrap their own repr around it.
fn dunder_repr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__repr__", 1, 1)?;
    let target = receiver(vm, args, "__repr__")?;
    ops::repr::repr(vm, target)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "clear", 1, 1)?;
    let target = receiver(vm, args, "clear")?;
    dict::clear(vm, target);
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "copy", 1, 1)?;
    let target = receiver(vm, args, "copy")?;
    dict::copy(vm, target, ObjKind::Dict)
}

fn fromkeys(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "fromkeys", 2, 3)?;
    let class = args.get(vm, 0);
    let iterable = args.get(vm, 1);
    let value = args.get_opt(vm, 2).unwrap_or(Value::NONE);
    let table = if class == Value::from_builtin_type(crate::types::DICT) {
        dict::new(vm)?
    } else {
        vm.call(class, &[])?
    };
    vm.push_root(table);
    let mark = vm.root_mark();
    let result = (|| {
        let keys = ops::iter::collect_rooted(vm, iterable)?;
        for key in keys {
            ops::subscript::set_item(vm, table, key, value)?;
        }
        Ok(table)
    })();
    vm.truncate_roots(mark);
    vm.pop_roots(1);
    result
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__getitem__", 2, 2)?;
    let target = receiver(vm, args, "__getitem__")?;
    let key = args.get(vm, 1);
    match dict::get(vm, target, key)? {
        Some(value) => Ok(value),
        None => Err(vm.raise_key_error(key)),
    }
}

fn dunder_setitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__setitem__", 3, 3)?;
    let target = receiver(vm, args, "__setitem__")?;
    let (key, value) = (args.get(vm, 1), args.get(vm, 2));
    dict::set(vm, target, key, value)?;
    Ok(Value::NONE)
}

fn dunder_delitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__delitem__", 2, 2)?;
    let target = receiver(vm, args, "__delitem__")?;
    let key = args.get(vm, 1);
    match dict::remove(vm, target, key)? {
        Some(_) => Ok(Value::NONE),
        None => Err(vm.raise_key_error(key)),
    }
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__contains__", 2, 2)?;
    let target = receiver(vm, args, "__contains__")?;
    let key = args.get(vm, 1);
    dict::contains(vm, target, key).map(Value::from_bool)
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__len__", 1, 1)?;
    let target = receiver(vm, args, "__len__")?;
    Ok(Value::small_int(dict::len(vm, target) as isize))
}

fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__iter__", 1, 1)?;
    let target = receiver(vm, args, "__iter__")?;
    ops::iter::get_iter(vm, target)
}
