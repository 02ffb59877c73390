//! `slice` objects (traced): start, stop, step, each a Value (None when
//! omitted), and the index arithmetic that applies a slice to a sequence.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

pub fn new(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Slice, 3)?;
    vm.heap.set_value(object, 0, start);
    vm.heap.set_value(object, 1, stop);
    vm.heap.set_value(object, 2, step);
    Ok(Value::from_heap_index(object))
}

pub fn parts(vm: &Vm, slice: Value) -> (Value, Value, Value) {
    let object = slice.heap_index_unchecked();
    (
        vm.heap.value(object, 0),
        vm.heap.value(object, 1),
        vm.heap.value(object, 2),
    )
}

/// A slice resolved against a sequence length: the positions it selects
/// are `start, start + step, ...` (`count` of them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub count: usize,
}

impl Resolved {
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.count).map(move |i| (self.start + i as isize * self.step) as usize)
    }
}

/// Resolve a slice against a sequence of `len` items, as
/// `slice.indices(len)` does.
/// A slice bound as an isize, saturated (CPython clamps ints beyond the
/// machine word, so `seq[2**70:]` is empty rather than an error).
fn saturating_index(vm: &mut Vm, value: Value) -> PyResult<isize> {
    if !value.is_small_int() && !crate::ops::convert::is_index(vm, value)? {
        return Err(vm.raise_type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    let n = crate::ops::convert::index_value(vm, value)?;
    if let Some(small) = n.as_small_int() {
        return Ok(small);
    }
    match crate::objects::int::as_i64(vm, n).and_then(|n| isize::try_from(n).ok()) {
        Some(n) => Ok(n),
        None if crate::objects::int::sign(vm, n) < 0 => Ok(isize::MIN),
        None => Ok(isize::MAX),
    }
}

pub fn resolve(vm: &mut Vm, slice: Value, len: usize) -> PyResult<Resolved> {
    let (start, stop, step) = parts(vm, slice);
    let step = if step.is_none() {
        1
    } else {
        // -isize::MAX keeps -step representable.
        saturating_index(vm, step)?.max(-isize::MAX)
    };
    if step == 0 {
        return Err(vm.raise_value_error("slice step cannot be zero"));
    }
    let len = len as isize;
    let clamp = |vm: &mut Vm, value: Value, default: isize| -> PyResult<isize> {
        if value.is_none() {
            return Ok(default);
        }
        let mut n = saturating_index(vm, value)?;
        if n < 0 {
            n += len;
            if n < 0 {
                n = if step < 0 { -1 } else { 0 };
            }
        } else if n >= len {
            n = if step < 0 { len - 1 } else { len };
        }
        Ok(n)
    };
    let (start, stop) = if step > 0 {
        (clamp(vm, start, 0)?, clamp(vm, stop, len)?)
    } else {
        (clamp(vm, start, len - 1)?, clamp(vm, stop, -1)?)
    };
    let count = if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok(Resolved {
        start,
        stop,
        step,
        count,
    })
}
