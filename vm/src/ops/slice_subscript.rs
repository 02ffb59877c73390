//! `x[a:b:c]` and `x[a:b:c] = v` without a slice object where nothing can
//! keep one: the compiler emits `GetSlice`/`SetSlice` for a subscript
//! written with a slice, and when the object is a builtin sequence and the
//! bounds are small ints or None, the subscript gets the VM's one scratch
//! slice (made at the first such subscript or `heap_lock()`) with those
//! bounds instead of a new slice. So
//! slicing a bytearray in place or through a memoryview runs with the heap
//! locked, as in MicroPython, and every such slice saves an allocation.
//!
//! Why the scratch slice cannot be seen or changed while in use: the
//! builtin sequences resolve a slice to indices and never store it; the
//! bounds being small ints, resolving runs no `__index__`; and while it is
//! lent out (`Vm::slice_scratch_busy`), Python code the subscript runs (a
//! generator assigned to a list slice) gets ordinary slice objects.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::slice;
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

/// `object[slice(*bounds)]`.
pub fn get_slice(vm: &mut Vm, object: Value, bounds: [Value; 3]) -> PyResult {
    with_slice(vm, object, bounds, |vm, key| {
        ops::subscript::get_item(vm, object, key)
    })
}

/// `object[slice(*bounds)] = value`.
pub fn set_slice(vm: &mut Vm, object: Value, bounds: [Value; 3], value: Value) -> PyResult<()> {
    with_slice(vm, object, bounds, |vm, key| {
        ops::subscript::set_item(vm, object, key, value)
    })
}

/// Run `subscript` with a slice of `bounds`: the scratch slice when that is
/// safe, else a new slice, rooted while it runs. The caller roots `object`
/// (and whatever `subscript` uses).
fn with_slice<T>(
    vm: &mut Vm,
    object: Value,
    bounds: [Value; 3],
    subscript: impl FnOnce(&mut Vm, Value) -> PyResult<T>,
) -> PyResult<T> {
    if !vm.slice_scratch.is_heap() && !vm.heap.is_locked() {
        vm.push_root(object);
        let made = reserve_scratch(vm);
        vm.pop_roots(1);
        made?;
    }
    if scratch_applies(vm, object, &bounds) {
        let scratch = vm.slice_scratch;
        for (field, bound) in bounds.into_iter().enumerate() {
            vm.heap
                .set_value(scratch.heap_index_unchecked(), field, bound);
        }
        vm.slice_scratch_busy = true;
        let result = subscript(vm, scratch);
        vm.slice_scratch_busy = false;
        return result;
    }
    let key = slice::new(vm, bounds[0], bounds[1], bounds[2])?;
    vm.push_root(key);
    let result = subscript(vm, key);
    vm.pop_roots(1);
    result
}

/// Make the scratch slice if it is not made yet.
pub fn reserve_scratch(vm: &mut Vm) -> PyResult<()> {
    if !vm.slice_scratch.is_heap() {
        vm.slice_scratch = slice::new(vm, Value::NONE, Value::NONE, Value::NONE)?;
    }
    Ok(())
}

fn scratch_applies(vm: &Vm, object: Value, bounds: &[Value; 3]) -> bool {
    if vm.slice_scratch_busy || !vm.slice_scratch.is_heap() {
        return false;
    }
    if !bounds.iter().all(|b| b.is_small_int() || b.is_none()) {
        return false;
    }
    object.as_qstr().is_some()
        || matches!(
            vm.heap.kind_of(object),
            Some(
                ObjKind::List
                    | ObjKind::Tuple
                    | ObjKind::Str
                    | ObjKind::SurrogateStr
                    | ObjKind::Bytes
                    | ObjKind::ByteArray
                    | ObjKind::Array
                    | ObjKind::MemoryView
            )
        )
}
