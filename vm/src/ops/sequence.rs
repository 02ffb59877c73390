//! Helpers shared by the sequence types: uniform item access for lists,
//! tuples and deques, `list.extend`, and unpacking into registers.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{list, tuple};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::vec::Vec;

/// Length of a list or tuple.
pub fn len_of(vm: &Vm, sequence: Value) -> usize {
    match vm.heap.kind_of(sequence) {
        Some(ObjKind::List) => list::len(vm, sequence),
        Some(ObjKind::Tuple) => tuple::len(vm, sequence),
        Some(ObjKind::Deque) => crate::objects::deque::len(vm, sequence),
        _ => 0,
    }
}

/// Item `i` (< len) of a list or tuple.
pub fn item_of(vm: &Vm, sequence: Value, i: usize) -> Value {
    match vm.heap.kind_of(sequence) {
        Some(ObjKind::List) => list::item(vm, sequence, i),
        Some(ObjKind::Deque) => crate::objects::deque::item(vm, sequence, i),
        _ => tuple::item(vm, sequence, i),
    }
}

/// The items of a list or tuple, copied out.
pub fn items_of(vm: &Vm, sequence: Value) -> Vec<Value> {
    match vm.heap.kind_of(sequence) {
        Some(ObjKind::List) => list::items(vm, sequence).to_vec(),
        Some(ObjKind::Tuple) => tuple::items(vm, sequence).to_vec(),
        Some(ObjKind::Deque) => crate::objects::deque::items(vm, sequence),
        _ => Vec::new(),
    }
}

/// `target.extend(source)` for a list target.
pub fn list_extend(vm: &mut Vm, target: Value, source: Value) -> PyResult<()> {
    match vm.heap.kind_of(source) {
        Some(ObjKind::List) | Some(ObjKind::Tuple) => {
            let items = items_of(vm, source);
            let len = list::len(vm, target);
            list::splice(vm, target, len, len, &items)
        }
        _ => {
            let mark = vm.root_mark();
            vm.push_root(target);
            let result = (|| {
                let iterator = ops::iter::get_iter(vm, source)?;
                vm.push_root(iterator);
                while let Some(item) = ops::iter::next(vm, iterator)? {
                    list::append(vm, target, item)?;
                }
                Ok(())
            })();
            vm.truncate_roots(mark);
            result
        }
    }
}

/// Unpack `source` into registers from stack index `base`: exactly
/// `count` items (`star_after` None), or `count` items, a list of the
/// middle ones, and `star_after` items.
pub fn unpack(
    vm: &mut Vm,
    source: Value,
    base: usize,
    count: usize,
    star_after: Option<usize>,
) -> PyResult<()> {
    // A list or tuple of exactly `count` items (`a, b = pair`, `for x, y in
    // zip(...)`): straight from its storage into the registers, with no
    // Rust vector and nothing to root (nothing allocates).
    if star_after.is_none() {
        match vm.heap.kind_of(source) {
            Some(ObjKind::Tuple) if tuple::len(vm, source) == count => {
                for i in 0..count {
                    vm.stack[base + i] = tuple::item(vm, source, i);
                }
                return Ok(());
            }
            Some(ObjKind::List) if list::len(vm, source) == count => {
                for i in 0..count {
                    vm.stack[base + i] = list::item(vm, source, i);
                }
                return Ok(());
            }
            _ => {}
        }
    }
    if !ops::iter::is_iterable(vm, source)? {
        let message = format!(
            "cannot unpack non-iterable {} object",
            ops::types::type_name(vm, source)
        );
        return Err(vm.raise_type_error(&message));
    }
    let mark = vm.root_mark();
    vm.push_root(source);
    let items = match ops::iter::collect_rooted(vm, source) {
        Ok(items) => items,
        Err(raised) => {
            vm.truncate_roots(mark);
            return Err(raised);
        }
    };
    let result = (|| match star_after {
        None => {
            if items.len() < count {
                let message = format!(
                    "not enough values to unpack (expected {}, got {})",
                    count,
                    items.len()
                );
                return Err(vm.raise_value_error(&message));
            }
            if items.len() > count {
                let message = format!("too many values to unpack (expected {})", count);
                return Err(vm.raise_value_error(&message));
            }
            vm.stack[base..base + count].copy_from_slice(&items);
            Ok(())
        }
        Some(after) => {
            if items.len() < count + after {
                let message = format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    count + after,
                    items.len()
                );
                return Err(vm.raise_value_error(&message));
            }
            let middle_end = items.len() - after;
            let middle = list::new(vm, &items[count..middle_end])?;
            vm.stack[base..base + count].copy_from_slice(&items[..count]);
            vm.stack[base + count] = middle;
            vm.stack[base + count + 1..base + count + 1 + after]
                .copy_from_slice(&items[middle_end..]);
            Ok(())
        }
    })();
    vm.truncate_roots(mark);
    result
}
