//! `traceback` objects, made only when Python code asks for one.
//!
//! An exception keeps its traceback compact: a flat list of (code object,
//! instruction offset) pairs, the frame that raised first and each frame
//! the exception left after it (`Vm::record_traceback` appends as frames
//! unwind; the printer reads it). `exc.__traceback__`, `sys.exc_info()`
//! and `__exit__`'s third argument give a traceback object instead
//! (traced, two words):
//!
//! ```text
//!   word 0  the exception's list of entries
//!   word 1  the pair index of this object's frame (small int)
//! ```
//!
//! The first object is the outermost frame recorded so far (the last
//! pair), as in CPython; `tb_next` is the pair before it, one frame
//! further in, and None at the frame that raised. Frames the exception
//! leaves later are appended after this object's pair, so an object
//! already handed out keeps describing the same frames.
//!
//! The exception's TRACEBACK field holds None, the list, or the last head
//! object handed out (which holds the list): asking again before more
//! frames are recorded gives that same object, so `sys.exc_info()[2] is
//! exc.__traceback__`, as in CPython.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{code, list};
use crate::value::Value;
use crate::vm::Vm;

const ENTRIES: usize = 0;
const INDEX: usize = 1;

fn new(vm: &mut Vm, entries: Value, index: usize) -> PyResult<Value> {
    vm.push_root(entries);
    let object = vm.alloc(ObjKind::Traceback, 2);
    vm.pop_roots(1);
    let object = object?;
    vm.heap.set_value(object, ENTRIES, entries);
    vm.heap
        .set_value(object, INDEX, Value::small_int(index as isize));
    Ok(Value::from_heap_index(object))
}

fn pair_count(vm: &Vm, entries: Value) -> usize {
    if vm.heap.kind_of(entries) == Some(ObjKind::List) {
        list::len(vm, entries) / 2
    } else {
        0
    }
}

/// The entries list (or None) in an exception's TRACEBACK field.
pub fn entries(vm: &Vm, field: Value) -> Value {
    if vm.heap.kind_of(field) == Some(ObjKind::Traceback) {
        vm.heap.value(field.heap_index_unchecked(), ENTRIES)
    } else {
        field
    }
}

/// `exception.__traceback__`: the object for the outermost frame
/// recorded so far (the one handed out before, if no frame was recorded
/// since), or None when there is none.
pub fn of_exception(vm: &mut Vm, exception: Value) -> PyResult<Value> {
    let field =
        crate::objects::exception::field(vm, exception, crate::objects::exception::TRACEBACK);
    let list = entries(vm, field);
    let pairs = pair_count(vm, list);
    if pairs == 0 {
        return Ok(Value::NONE);
    }
    if vm.heap.kind_of(field) == Some(ObjKind::Traceback) && parts(vm, field).1 == pairs - 1 {
        return Ok(field);
    }
    vm.push_root(exception);
    let head = new(vm, list, pairs - 1);
    vm.pop_roots(1);
    let head = head?;
    crate::objects::exception::set_field(vm, exception, crate::objects::exception::TRACEBACK, head);
    Ok(head)
}

/// What storing `value` as an exception's `__traceback__` keeps: the
/// entries of a traceback object's frame and those inside it (a copy, so
/// the exception raised again grows its own list), or None.
pub fn to_entries(vm: &mut Vm, value: Value) -> PyResult<Value> {
    if value.is_none() {
        return Ok(Value::NONE);
    }
    if vm.heap.kind_of(value) != Some(ObjKind::Traceback) {
        return Err(vm.raise_type_error("__traceback__ must be a traceback or None"));
    }
    let (entries, index) = parts(vm, value);
    let kept: alloc::vec::Vec<Value> = list::items(vm, entries)[..2 * (index + 1)].to_vec();
    for &item in &kept {
        vm.push_root(item);
    }
    let copy = list::new(vm, &kept);
    vm.pop_roots(kept.len());
    copy
}

fn parts(vm: &Vm, traceback: Value) -> (Value, usize) {
    let object = traceback.heap_index_unchecked();
    let entries = vm.heap.value(object, ENTRIES);
    let index = vm.heap.value(object, INDEX).as_small_int().unwrap_or(0) as usize;
    // The list only grows, so the pair is still there.
    (
        entries,
        index.min(pair_count(vm, entries).saturating_sub(1)),
    )
}

/// `tb_next`: the next frame in, or None.
pub fn next(vm: &mut Vm, traceback: Value) -> PyResult<Value> {
    let (entries, index) = parts(vm, traceback);
    if index == 0 {
        return Ok(Value::NONE);
    }
    new(vm, entries, index - 1)
}

/// `tb_lasti`: the offset of the instruction running in this frame.
pub fn offset(vm: &Vm, traceback: Value) -> usize {
    let (entries, index) = parts(vm, traceback);
    list::items(vm, entries)
        .get(2 * index + 1)
        .and_then(|offset| offset.as_small_int())
        .unwrap_or(0) as usize
}

/// `tb_lineno`: the line of that instruction.
pub fn line(vm: &Vm, traceback: Value) -> u32 {
    let (entries, index) = parts(vm, traceback);
    let Some(&code_object) = list::items(vm, entries).get(2 * index) else {
        return 0;
    };
    if vm.heap.kind_of(code_object) != Some(ObjKind::Code) {
        return 0;
    }
    code::data(vm, code_object)
        .info
        .line_table
        .lookup(offset(vm, traceback) as u32)
        .map_or(0, |location| location.line)
}
