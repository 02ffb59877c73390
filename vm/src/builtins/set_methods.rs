//! Methods of `set` and `frozenset`.

use super::args::check;
use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::dict;
use crate::ops::{self, compare::CompareOp};
use crate::value::Value;
use crate::vm::Vm;

pub static SET_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("add", add),
    &NativeFunction::method("remove", remove),
    &NativeFunction::method("discard", discard),
    &NativeFunction::method("pop", pop),
    &NativeFunction::method("clear", clear),
    &NativeFunction::method("copy", copy),
    &NativeFunction::method("update", update),
    &NativeFunction::method("intersection_update", intersection_update),
    &NativeFunction::method("difference_update", difference_update),
    &NativeFunction::method("symmetric_difference_update", symmetric_difference_update),
    &NativeFunction::method("union", union),
    &NativeFunction::method("intersection", intersection),
    &NativeFunction::method("difference", difference),
    &NativeFunction::method("symmetric_difference", symmetric_difference),
    &NativeFunction::method("issubset", issubset),
    &NativeFunction::method("issuperset", issuperset),
    &NativeFunction::method("isdisjoint", isdisjoint),
    &NativeFunction::method("__contains__", dunder_contains),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__iter__", dunder_iter),
];

pub static FROZENSET_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("copy", copy),
    &NativeFunction::method("union", union),
    &NativeFunction::method("intersection", intersection),
    &NativeFunction::method("difference", difference),
    &NativeFunction::method("symmetric_difference", symmetric_difference),
    &NativeFunction::method("issubset", issubset),
    &NativeFunction::method("issuperset", issuperset),
    &NativeFunction::method("isdisjoint", isdisjoint),
    &NativeFunction::method("__contains__", dunder_contains),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__iter__", dunder_iter),
];

fn receiver(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.count == 0 {
        return Err(vm.raise_type_error("set method needs an argument"));
    }
    let value = ops::arith::unwrap_native(vm, args.get(vm, 0));
    if !matches!(
        vm.heap.kind_of(value),
        Some(ObjKind::Set | ObjKind::FrozenSet)
    ) {
        let message = alloc::format!(
            "descriptor requires a 'set' object but received a '{}'",
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    }
    Ok(value)
}

/// A set holding the items of any iterable (sets pass through).
fn as_set(vm: &mut Vm, value: Value) -> PyResult {
    if matches!(
        vm.heap.kind_of(value),
        Some(ObjKind::Set | ObjKind::FrozenSet)
    ) {
        return Ok(value);
    }
    let set = dict::new_table(vm, ObjKind::Set, 0)?;
    vm.push_root(set);
    let result = ops::set::update(vm, set, value);
    vm.pop_roots(1);
    result.map(|_| set)
}

fn add(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "add", 2, 2)?;
    let target = receiver(vm, args)?;
    let item = args.get(vm, 1);
    ops::set::add(vm, target, item)?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "remove", 2, 2)?;
    let target = receiver(vm, args)?;
    let item = args.get(vm, 1);
    match dict::remove(vm, target, item)? {
        Some(_) => Ok(Value::NONE),
        None => Err(vm.raise_key_error(item)),
    }
}

fn discard(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "discard", 2, 2)?;
    let target = receiver(vm, args)?;
    let item = args.get(vm, 1);
    dict::remove(vm, target, item)?;
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "pop", 1, 1)?;
    let target = receiver(vm, args)?;
    for i in 0..dict::used(vm, target) {
        if let Some((key, _)) = dict::entry(vm, target, i) {
            dict::remove_entry(vm, target, i);
            return Ok(key);
        }
    }
    let message = crate::objects::str::new(vm, "pop from an empty set")?;
    Err(vm.raise_with_args(crate::types::KEY_ERROR, &[message]))
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "clear", 1, 1)?;
    let target = receiver(vm, args)?;
    dict::clear(vm, target);
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "copy", 1, 1)?;
    let target = receiver(vm, args)?;
    let kind = vm.heap.kind_of(target).unwrap_or(ObjKind::Set);
    dict::copy(vm, target, kind)
}

/// Apply `op` with every argument in turn to a copy of self (or to self
/// in place for the `_update` forms).
fn combine(vm: &mut Vm, args: &Args, op: BinaryOp, in_place: bool) -> PyResult {
    let target = receiver(vm, args)?;
    let mut result = if in_place {
        target
    } else {
        let kind = vm.heap.kind_of(target).unwrap_or(ObjKind::Set);
        dict::copy(vm, target, kind)?
    };
    let mark = vm.root_mark();
    vm.push_root(result);
    let outcome = (|| {
        for i in 1..args.count {
            let other = args.get(vm, i);
            let other = as_set(vm, other)?;
            vm.push_root(other);
            if in_place {
                ops::set::inplace(vm, op, result, other)?;
            } else {
                result = ops::set::binary(vm, op, result, other)?;
                vm.push_root(result);
            }
        }
        Ok(if in_place { Value::NONE } else { result })
    })();
    vm.truncate_roots(mark);
    outcome
}

fn update(vm: &mut Vm, args: &Args) -> PyResult {
    combine(vm, args, BinaryOp::BitOr, true)
}

fn intersection_update(vm: &mut Vm, args: &Args) -> PyResult {
    combine(vm, args, BinaryOp::BitAnd, true)
}

fn difference_update(vm: &mut Vm, args: &Args) -> PyResult {
    combine(vm, args, BinaryOp::Sub, true)
}

fn symmetric_difference_update(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "symmetric_difference_update", 2, 2)?;
    combine(vm, args, BinaryOp::BitXor, true)
}

fn union(vm: &mut Vm, args: &Args) -> PyResult {
    combine(vm, args, BinaryOp::BitOr, false)
}

fn intersection(vm: &mut Vm, args: &Args) -> PyResult {
    combine(vm, args, BinaryOp::BitAnd, false)
}

fn difference(vm: &mut Vm, args: &Args) -> PyResult {
    combine(vm, args, BinaryOp::Sub, false)
}

fn symmetric_difference(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "symmetric_difference", 2, 2)?;
    combine(vm, args, BinaryOp::BitXor, false)
}

fn relation(vm: &mut Vm, args: &Args, name: &str, op: CompareOp) -> PyResult {
    check(vm, args, name, 2, 2)?;
    let target = receiver(vm, args)?;
    let other = args.get(vm, 1);
    let other = as_set(vm, other)?;
    vm.push_root(other);
    let result = ops::set::compare(vm, op, target, other);
    vm.pop_roots(1);
    result.map(Value::from_bool)
}

fn issubset(vm: &mut Vm, args: &Args) -> PyResult {
    relation(vm, args, "issubset", CompareOp::Le)
}

fn issuperset(vm: &mut Vm, args: &Args) -> PyResult {
    relation(vm, args, "issuperset", CompareOp::Ge)
}

fn isdisjoint(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "isdisjoint", 2, 2)?;
    let target = receiver(vm, args)?;
    let other = args.get(vm, 1);
    let other = as_set(vm, other)?;
    vm.push_root(other);
    let common = ops::set::binary(vm, BinaryOp::BitAnd, target, other);
    vm.pop_roots(1);
    let common = common?;
    Ok(Value::from_bool(dict::len(vm, common) == 0))
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__contains__", 2, 2)?;
    let target = receiver(vm, args)?;
    let item = args.get(vm, 1);
    dict::contains(vm, target, item).map(Value::from_bool)
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__len__", 1, 1)?;
    let target = receiver(vm, args)?;
    Ok(Value::small_int(dict::len(vm, target) as isize))
}

fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__iter__", 1, 1)?;
    let target = receiver(vm, args)?;
    ops::iter::get_iter(vm, target)
}
