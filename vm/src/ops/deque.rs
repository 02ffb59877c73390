//! The operators of `collections.deque`: `+` (deque + deque), `*` (by an
//! int), and their in-place forms (`+=` extends by any iterable, `*=`
//! repeats in place). Repetition pushes item by item, so a bounded deque
//! keeps the last `maxlen` items, as CPython's.

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{deque, int};
use crate::value::Value;
use crate::vm::Vm;
use alloc::vec::Vec;

fn is_deque(vm: &Vm, value: Value) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::Deque)
}

/// `a + b` or `a * b` where one side is a deque; None when the operator
/// does not apply (the caller raises its TypeError).
pub fn binary(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    match op {
        BinaryOp::Add if is_deque(vm, a) => {
            if !is_deque(vm, b) {
                let message = alloc::format!(
                    "can only concatenate deque (not \"{}\") to deque",
                    crate::ops::types::type_name(vm, b)
                );
                return Err(vm.raise_type_error(&message));
            }
            let made = crate::builtins::deque_copy(vm, a)?;
            vm.push_root(made);
            let result = push_all(vm, made, &deque::items(vm, b), 1);
            vm.pop_roots(1);
            result.map(|_| Some(made))
        }
        BinaryOp::Mul => {
            let (source, count) = if is_deque(vm, a) { (a, b) } else { (b, a) };
            if !is_deque(vm, source) {
                return Ok(None);
            }
            if !int::is_int(vm, count) {
                let message = alloc::format!(
                    "can't multiply sequence by non-int of type '{}'",
                    crate::ops::types::type_name(vm, count)
                );
                return Err(vm.raise_type_error(&message));
            }
            let times = repeat_count(vm, count)?;
            let made = deque::new(vm, deque::maxlen(vm, source))?;
            vm.push_root(made);
            let result = push_all(vm, made, &deque::items(vm, source), times);
            vm.pop_roots(1);
            result.map(|_| Some(made))
        }
        _ => Ok(None),
    }
}

/// `a += b` / `a *= b` on a deque `a`; None for other operators.
pub fn inplace(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    match op {
        BinaryOp::Add => {
            vm.push_root(a);
            let mark = vm.root_mark();
            let result = crate::ops::iter::collect_rooted(vm, b)
                .and_then(|items| push_all(vm, a, &items, 1));
            vm.truncate_roots(mark);
            vm.pop_roots(1);
            result.map(|_| Some(a))
        }
        BinaryOp::Mul if int::is_int(vm, b) => {
            let times = repeat_count(vm, b)?;
            let items = deque::items(vm, a);
            deque::clear(vm, a);
            vm.push_root(a);
            let mark = vm.root_mark();
            vm.roots.extend_from_slice(&items);
            let result = push_all(vm, a, &items, times);
            vm.truncate_roots(mark);
            vm.pop_roots(1);
            result.map(|_| Some(a))
        }
        _ => Ok(None),
    }
}

fn repeat_count(vm: &mut Vm, count: Value) -> PyResult<usize> {
    match int::as_i64(vm, count) {
        Some(n) => Ok(n.max(0) as usize),
        None if int::sign(vm, count) < 0 => Ok(0),
        None => Err(vm.raise_overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// Push `items` (rooted by the caller) onto `target`'s right end `times`
/// times. A bounded deque only ever holds `maxlen` of them, so the pushes
/// that would be dropped anyway are skipped; an unbounded one must fit the
/// heap.
fn push_all(vm: &mut Vm, target: Value, items: &[Value], times: usize) -> PyResult<()> {
    if items.is_empty() || times == 0 {
        return Ok(());
    }
    let total = items.len().saturating_mul(times);
    let skip = match deque::maxlen(vm, target) {
        Some(bound) => total.saturating_sub(bound),
        None => {
            if total.saturating_mul(crate::heap::WORD_BYTES) > vm.heap.bytes_total() {
                return Err(vm.raise_memory_error());
            }
            0
        }
    };
    let sequence: Vec<Value> = items.to_vec();
    for position in skip..total {
        let item = sequence[position % sequence.len()];
        deque::push_back(vm, target, item)?;
    }
    Ok(())
}
