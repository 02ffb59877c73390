//! `range` (traced): start, stop, step as ints. Pyrite's ranges hold ints
//! that fit a machine word (small ints); bigger bounds raise OverflowError
//! (see docs/differences.md).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

pub fn new(vm: &mut Vm, start: isize, stop: isize, step: isize) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Range, 3)?;
    vm.heap.set_value(object, 0, Value::small_int(start));
    vm.heap.set_value(object, 1, Value::small_int(stop));
    vm.heap.set_value(object, 2, Value::small_int(step));
    Ok(Value::from_heap_index(object))
}

/// (start, stop, step).
pub fn bounds(vm: &Vm, range: Value) -> (isize, isize, isize) {
    let object = range.heap_index_unchecked();
    (
        vm.heap.value(object, 0).small_int_unchecked(),
        vm.heap.value(object, 1).small_int_unchecked(),
        vm.heap.value(object, 2).small_int_unchecked(),
    )
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

pub fn len(vm: &Vm, range: Value) -> usize {
    let (start, stop, step) = bounds(vm, range);
    length(start, stop, step)
}
