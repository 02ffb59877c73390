//! Set operations (`set`/`frozenset` share the dict table with no values)
//! and the set-like behaviour of dict views.

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::dict;
use crate::objects::iterator::{self, IterKind};
use crate::ops::{self, compare::CompareOp};
use crate::value::Value;
use crate::vm::Vm;
use alloc::vec::Vec;

/// `set.add(item)`.
pub fn add(vm: &mut Vm, set: Value, item: Value) -> PyResult<()> {
    dict::set(vm, set, item, Value::from_raw(0))
}

/// Add every item of an iterable.
pub fn update(vm: &mut Vm, set: Value, source: Value) -> PyResult<()> {
    let mark = vm.root_mark();
    vm.push_root(set);
    let result = (|| {
        if matches!(
            vm.heap.kind_of(source),
            Some(ObjKind::Set | ObjKind::FrozenSet | ObjKind::Dict)
        ) {
            let mut i = 0;
            while i < dict::used(vm, source) {
                if let Some((key, _)) = dict::entry(vm, source, i) {
                    add(vm, set, key)?;
                }
                i += 1;
            }
            return Ok(());
        }
        let items = ops::iter::collect_rooted(vm, source)?;
        for item in items {
            add(vm, set, item)?;
        }
        Ok(())
    })();
    vm.truncate_roots(mark);
    result
}

/// The keys of a table, copied out (and rooted by the caller).
fn keys(vm: &Vm, table: Value) -> Vec<Value> {
    (0..dict::used(vm, table))
        .filter_map(|i| dict::entry(vm, table, i).map(|(k, _)| k))
        .collect()
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s
/// type.
pub fn binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult {
    let kind = vm.heap.kind_of(a).unwrap_or(ObjKind::Set);
    let result = dict::new_table(vm, kind, 0)?;
    let mark = vm.root_mark();
    vm.push_root(result);
    vm.push_root(a);
    vm.push_root(b);
    let outcome = (|| {
        match op {
            BinaryOp::BitOr => {
                update(vm, result, a)?;
                update(vm, result, b)?;
            }
            BinaryOp::BitAnd => {
                for key in keys(vm, a) {
                    if dict::contains(vm, b, key)? {
                        add(vm, result, key)?;
                    }
                }
            }
            BinaryOp::Sub => {
                for key in keys(vm, a) {
                    if !dict::contains(vm, b, key)? {
                        add(vm, result, key)?;
                    }
                }
            }
            BinaryOp::BitXor => {
                for key in keys(vm, a) {
                    if !dict::contains(vm, b, key)? {
                        add(vm, result, key)?;
                    }
                }
                for key in keys(vm, b) {
                    if !dict::contains(vm, a, key)? {
                        add(vm, result, key)?;
                    }
                }
            }
            _ => {}
        }
        Ok(result)
    })();
    vm.truncate_roots(mark);
    outcome
}

/// Whether `value` is a keys or items view (which act as sets).
pub fn is_set_like_view(vm: &Vm, value: Value) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::Iterator)
        && matches!(
            iterator::kind(vm, value),
            IterKind::KeysView | IterKind::ItemsView
        )
}

/// A new set of the items of `value`.
fn set_of(vm: &mut Vm, value: Value) -> PyResult {
    let set = dict::new_table(vm, ObjKind::Set, 0)?;
    vm.push_root(set);
    let result = update(vm, set, value);
    vm.pop_roots(1);
    result.map(|()| set)
}

/// `view op other` (or reflected) where one side is a keys/items view: the
/// other may be any iterable, and the result is a set. None (not
/// supported) when the other side is not iterable.
pub fn view_binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !ops::iter::is_iterable(vm, a)? || !ops::iter::is_iterable(vm, b)? {
        return Ok(None);
    }
    let mark = vm.root_mark();
    vm.push_root(a);
    vm.push_root(b);
    let result = (|| {
        let left = set_of(vm, a)?;
        vm.push_root(left);
        let right = set_of(vm, b)?;
        vm.push_root(right);
        binary(vm, op, left, right)
    })();
    vm.truncate_roots(mark);
    result.map(Some)
}

/// `a |= b` and friends, in place.
pub fn inplace(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<()> {
    if op == BinaryOp::BitOr {
        return update(vm, a, b);
    }
    let computed = binary(vm, op, a, b)?;
    vm.push_root(computed);
    dict::clear(vm, a);
    let result = update(vm, a, computed);
    vm.pop_roots(1);
    result
}

/// Whether every key of `a` is in `b`.
fn is_subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    for key in keys(vm, a) {
        if !dict::contains(vm, b, key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons: equality and the subset orders.
pub fn compare(vm: &mut Vm, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
    let (len_a, len_b) = (dict::len(vm, a), dict::len(vm, b));
    let mark = vm.root_mark();
    vm.push_root(a);
    vm.push_root(b);
    let result = (|| {
        Ok(match op {
            CompareOp::Eq => len_a == len_b && is_subset(vm, a, b)?,
            CompareOp::Ne => !(len_a == len_b && is_subset(vm, a, b)?),
            CompareOp::Le => is_subset(vm, a, b)?,
            CompareOp::Lt => len_a < len_b && is_subset(vm, a, b)?,
            CompareOp::Ge => is_subset(vm, b, a)?,
            CompareOp::Gt => len_a > len_b && is_subset(vm, b, a)?,
        })
    })();
    vm.truncate_roots(mark);
    result
}

/// `==` between dict views: keys views compare as sets, items views as
/// sets of pairs; None when not both views of a comparable kind.
pub fn views_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<bool>> {
    let (kind_a, kind_b) = (iterator::kind(vm, a), iterator::kind(vm, b));
    if kind_a != kind_b || !matches!(kind_a, IterKind::KeysView | IterKind::ItemsView) {
        return Ok(None);
    }
    let (da, db) = (iterator::state(vm, a, 1), iterator::state(vm, b, 1));
    if kind_a == IterKind::KeysView {
        return dict_keys_equal(vm, da, db).map(Some);
    }
    if dict::len(vm, da) != dict::len(vm, db) {
        return Ok(Some(false));
    }
    for i in 0..dict::used(vm, da) {
        if let Some((key, value)) = dict::entry(vm, da, i) {
            match dict::get(vm, db, key)? {
                None => return Ok(Some(false)),
                Some(other) => {
                    if value != other && !ops::compare::equal(vm, value, other)? {
                        return Ok(Some(false));
                    }
                }
            }
        }
    }
    Ok(Some(true))
}

/// Whether two tables (dicts or sets) have the same keys.
fn dict_keys_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if dict::len(vm, a) != dict::len(vm, b) {
        return Ok(false);
    }
    for i in 0..dict::used(vm, a) {
        if let Some((key, _)) = dict::entry(vm, a, i) {
            if !dict::contains(vm, b, key)? {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// `view == set` for a keys or items view; None if `view` is not one.
pub fn view_equals_set(vm: &mut Vm, view: Value, set: Value) -> PyResult<Option<bool>> {
    if !is_set_like_view(vm, view) {
        return Ok(None);
    }
    let source = iterator::state(vm, view, 1);
    if iterator::kind(vm, view) == IterKind::KeysView {
        return dict_keys_equal(vm, source, set).map(Some);
    }
    let mark = vm.root_mark();
    vm.push_root(view);
    vm.push_root(set);
    let result = set_of(vm, view).and_then(|items| {
        vm.push_root(items);
        dict_keys_equal(vm, items, set)
    });
    vm.truncate_roots(mark);
    result.map(Some)
}

/// `item in view`; None if `view` is not a dict view.
pub fn view_contains(vm: &mut Vm, view: Value, item: Value) -> PyResult<Option<bool>> {
    let source = iterator::state(vm, view, 1);
    match iterator::kind(vm, view) {
        IterKind::KeysView => dict::contains(vm, source, item).map(Some),
        IterKind::ValuesView => {
            for i in 0..dict::used(vm, source) {
                if let Some((_, value)) = dict::entry(vm, source, i) {
                    if ops::compare::equal(vm, value, item)? {
                        return Ok(Some(true));
                    }
                }
            }
            Ok(Some(false))
        }
        IterKind::ItemsView => {
            if vm.heap.kind_of(item) != Some(ObjKind::Tuple)
                || crate::objects::tuple::len(vm, item) != 2
            {
                return Ok(Some(false));
            }
            let key = crate::objects::tuple::item(vm, item, 0);
            let wanted = crate::objects::tuple::item(vm, item, 1);
            match dict::get(vm, source, key)? {
                Some(value) => ops::compare::equal(vm, value, wanted).map(Some),
                None => Ok(Some(false)),
            }
        }
        _ => Ok(None),
    }
}
