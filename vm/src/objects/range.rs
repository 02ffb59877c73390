//! `range` (traced): start, stop, step as ints of any size. Ranges whose
//! bounds are all small ints (nearly all of them) take the machine-word
//! paths (`small_bounds`); the others go through generic int arithmetic
//! (`fields` with `length_value`, `item_value`, `contains_int`).

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::int;
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;
use core::cmp::Ordering;

pub fn new(vm: &mut Vm, start: isize, stop: isize, step: isize) -> PyResult<Value> {
    new_values(
        vm,
        Value::small_int(start),
        Value::small_int(stop),
        Value::small_int(step),
    )
}

/// A range over three int Values (small or big; step non-zero).
pub fn new_values(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let mark = vm.root_mark();
    vm.push_root(start);
    vm.push_root(stop);
    vm.push_root(step);
    let object = vm.alloc(ObjKind::Range, 3);
    vm.truncate_roots(mark);
    let object = object?;
    vm.heap.set_value(object, 0, start);
    vm.heap.set_value(object, 1, stop);
    vm.heap.set_value(object, 2, step);
    Ok(Value::from_heap_index(object))
}

/// (start, stop, step) as stored.
pub fn fields(vm: &Vm, range: Value) -> (Value, Value, Value) {
    let object = range.heap_index_unchecked();
    (
        vm.heap.value(object, 0),
        vm.heap.value(object, 1),
        vm.heap.value(object, 2),
    )
}

/// (start, stop, step) when all three are small ints.
pub fn small_bounds(vm: &Vm, range: Value) -> Option<(isize, isize, isize)> {
    let (start, stop, step) = fields(vm, range);
    Some((
        start.as_small_int()?,
        stop.as_small_int()?,
        step.as_small_int()?,
    ))
}

/// Number of values in a range with these bounds.
pub fn length(start: isize, stop: isize, step: isize) -> usize {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as usize
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as usize
    } else {
        0
    }
}

fn arith(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult {
    ops::arith::binary(vm, op, a, b)
}

fn cmp(vm: &Vm, a: Value, b: Value) -> Ordering {
    ops::compare::compare_numbers(vm, a, b).unwrap_or(Ordering::Equal)
}

/// The length as an int Value (any size).
pub fn length_value(vm: &mut Vm, range: Value) -> PyResult {
    if let Some((start, stop, step)) = small_bounds(vm, range) {
        return int::from_i64(vm, length(start, stop, step) as i64);
    }
    let (start, stop, step) = fields(vm, range);
    let ascending = int::sign(vm, step) > 0;
    let (low, high, magnitude) = if ascending {
        (start, stop, step)
    } else {
        (
            stop,
            start,
            arith(vm, BinaryOp::Sub, Value::small_int(0), step)?,
        )
    };
    if cmp(vm, low, high) != Ordering::Less {
        return Ok(Value::small_int(0));
    }
    // (high - low - 1) // magnitude + 1; each intermediate is rooted while
    // the next is computed.
    let mark = vm.root_mark();
    vm.push_root(range);
    vm.push_root(magnitude);
    let result = (|| {
        let span = arith(vm, BinaryOp::Sub, high, low)?;
        vm.push_root(span);
        let span = arith(vm, BinaryOp::Sub, span, Value::small_int(1))?;
        vm.push_root(span);
        let quotient = arith(vm, BinaryOp::FloorDiv, span, magnitude)?;
        vm.push_root(quotient);
        arith(vm, BinaryOp::Add, quotient, Value::small_int(1))
    })();
    vm.truncate_roots(mark);
    result
}

/// Item `index` (an int, may be negative) or None when out of range.
pub fn item_value(vm: &mut Vm, range: Value, index: Value) -> PyResult<Option<Value>> {
    let mark = vm.root_mark();
    vm.push_root(range);
    vm.push_root(index);
    let result = (|| {
        let len = length_value(vm, range)?;
        vm.push_root(len);
        let index = if int::sign(vm, index) < 0 {
            arith(vm, BinaryOp::Add, index, len)?
        } else {
            index
        };
        vm.push_root(index);
        if int::sign(vm, index) < 0 || cmp(vm, index, len) != Ordering::Less {
            return Ok(None);
        }
        let (start, _, step) = fields(vm, range);
        let offset = arith(vm, BinaryOp::Mul, index, step)?;
        vm.push_root(offset);
        arith(vm, BinaryOp::Add, start, offset).map(Some)
    })();
    vm.truncate_roots(mark);
    result
}

/// The position of int `n` in the range, or None.
pub fn position_of(vm: &mut Vm, range: Value, n: Value) -> PyResult<Option<Value>> {
    let (start, stop, step) = fields(vm, range);
    let inside = if int::sign(vm, step) > 0 {
        cmp(vm, start, n) != Ordering::Greater && cmp(vm, n, stop) == Ordering::Less
    } else {
        cmp(vm, stop, n) == Ordering::Less && cmp(vm, n, start) != Ordering::Greater
    };
    if !inside {
        return Ok(None);
    }
    let mark = vm.root_mark();
    vm.push_root(range);
    vm.push_root(n);
    let result = (|| {
        let offset = arith(vm, BinaryOp::Sub, n, start)?;
        vm.push_root(offset);
        let remainder = arith(vm, BinaryOp::Mod, offset, step)?;
        if int::sign(vm, remainder) != 0 {
            return Ok(None);
        }
        arith(vm, BinaryOp::FloorDiv, offset, step).map(Some)
    })();
    vm.truncate_roots(mark);
    result
}

/// `len(range)`: OverflowError when the length does not fit a machine word.
pub fn len_checked(vm: &mut Vm, range: Value) -> PyResult<usize> {
    if let Some((start, stop, step)) = small_bounds(vm, range) {
        return Ok(length(start, stop, step));
    }
    let len = length_value(vm, range)?;
    // Up to isize::MAX, as CPython's Py_ssize_t (a big int past the small
    // int range may still fit).
    match crate::objects::int::as_i64(vm, len).and_then(|n| isize::try_from(n).ok()) {
        Some(n) if n >= 0 => Ok(n as usize),
        _ => Err(vm.raise_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// Whether the range is empty (for truth).
pub fn is_empty(vm: &Vm, range: Value) -> bool {
    let (start, stop, step) = fields(vm, range);
    let order = cmp(vm, start, stop);
    if int::sign(vm, step) > 0 {
        order != Ordering::Less
    } else {
        order != Ordering::Greater
    }
}
