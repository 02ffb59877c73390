//! `tuple`: a fixed sequence of values, stored inline (traced):
//! word 0 the length (small int), then the items. The empty tuple is
//! allocated like any other (it is small).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

const LEN: usize = 0;
const ITEMS: usize = 1;

/// A tuple of `len` items, all None, to be filled with `set_item`.
pub fn new_filled(vm: &mut Vm, len: usize) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Tuple, ITEMS + len)?;
    vm.heap
        .set_value(object, LEN, Value::small_int(len as isize));
    vm.heap.values_mut(object, ITEMS, len).fill(Value::NONE);
    Ok(Value::from_heap_index(object))
}

/// A tuple of `items`. The items must be rooted by the caller (a slice of
/// registers is).
pub fn new(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let tuple = new_filled(vm, items.len())?;
    vm.heap
        .values_mut(tuple.heap_index_unchecked(), ITEMS, items.len())
        .copy_from_slice(items);
    Ok(tuple)
}

/// A tuple of registers `stack[from..from + len]` (no copy to Rust memory
/// needed: the registers stay rooted while the tuple is allocated).
pub fn from_stack(vm: &mut Vm, from: usize, len: usize) -> PyResult<Value> {
    let tuple = new_filled(vm, len)?;
    for i in 0..len {
        let item = vm.stack[from + i];
        vm.heap
            .set_value(tuple.heap_index_unchecked(), ITEMS + i, item);
    }
    Ok(tuple)
}

/// A tuple of the roots pushed since `mark` (`vm.roots[mark..]`, which
/// stay rooted while the tuple is allocated; the caller pops them).
pub fn from_roots(vm: &mut Vm, mark: usize) -> PyResult<Value> {
    let len = vm.roots.len() - mark;
    let tuple = new_filled(vm, len)?;
    vm.heap
        .values_mut(tuple.heap_index_unchecked(), ITEMS, len)
        .copy_from_slice(&vm.roots[mark..]);
    Ok(tuple)
}

#[inline]
pub fn len(vm: &Vm, tuple: Value) -> usize {
    vm.heap
        .value(tuple.heap_index_unchecked(), LEN)
        .small_int_unchecked() as usize
}

#[inline]
pub fn items(vm: &Vm, tuple: Value) -> &[Value] {
    let object = tuple.heap_index_unchecked();
    let len = vm.heap.value(object, LEN).small_int_unchecked() as usize;
    vm.heap.values(object, ITEMS, len)
}

#[inline]
pub fn item(vm: &Vm, tuple: Value, i: usize) -> Value {
    vm.heap.value(tuple.heap_index_unchecked(), ITEMS + i)
}

#[inline]
pub fn set_item(vm: &mut Vm, tuple: Value, i: usize, value: Value) {
    vm.heap
        .set_value(tuple.heap_index_unchecked(), ITEMS + i, value);
}
