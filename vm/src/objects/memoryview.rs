//! `memoryview` (traced): a window on the bytes of an exporter (bytes,
//! bytearray or array.array) that copies nothing. It holds the exporter
//! itself, not the exporter's storage, so it keeps the exporter alive and
//! sees its writes even after a bytearray or array moved its storage.
//!
//! ```text
//!   word 0  the exporter (a view of a view names the innermost exporter)
//!   word 1  small int: byte offset of the first item in the exporter
//!   word 2  small int: length in items
//!   word 3  small int: format | itemsize << 8 | READONLY | RELEASED
//! ```
//!
//! Views are one-dimensional and contiguous (no step slices).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{array, bytes};
use crate::value::Value;
use crate::vm::Vm;

const BASE: usize = 0;
const START: usize = 1;
const LEN: usize = 2;
const INFO: usize = 3;

const READONLY: isize = 1 << 16;
const RELEASED: isize = 1 << 17;

/// The shape of a view.
#[derive(Clone, Copy)]
pub struct Layout {
    pub base: Value,
    /// Byte offset in the exporter.
    pub start: usize,
    /// Items.
    pub len: usize,
    pub format: u8,
    pub item_size: usize,
    pub readonly: bool,
}

pub fn new(vm: &mut Vm, layout: Layout) -> PyResult<Value> {
    vm.push_root(layout.base);
    let object = vm.alloc(ObjKind::MemoryView, 4);
    vm.pop_roots(1);
    let object = object?;
    let info = layout.format as isize
        | (layout.item_size as isize) << 8
        | if layout.readonly { READONLY } else { 0 };
    vm.heap.set_value(object, BASE, layout.base);
    vm.heap
        .set_value(object, START, Value::small_int(layout.start as isize));
    vm.heap
        .set_value(object, LEN, Value::small_int(layout.len as isize));
    vm.heap.set_value(object, INFO, Value::small_int(info));
    Ok(Value::from_heap_index(object))
}

pub fn is_memoryview(vm: &Vm, value: Value) -> bool {
    vm.heap.kind_of(value) == Some(ObjKind::MemoryView)
}

fn small(vm: &Vm, view: Value, field: usize) -> isize {
    vm.heap
        .value(view.heap_index_unchecked(), field)
        .small_int_unchecked()
}

pub fn layout(vm: &Vm, view: Value) -> Layout {
    let info = small(vm, view, INFO);
    Layout {
        base: vm.heap.value(view.heap_index_unchecked(), BASE),
        start: small(vm, view, START) as usize,
        len: small(vm, view, LEN) as usize,
        format: (info & 0xff) as u8,
        item_size: ((info >> 8) & 0xff) as usize,
        readonly: info & READONLY != 0,
    }
}

pub fn base(vm: &Vm, view: Value) -> Value {
    vm.heap.value(view.heap_index_unchecked(), BASE)
}

pub fn is_released(vm: &Vm, view: Value) -> bool {
    small(vm, view, INFO) & RELEASED != 0
}

/// Whether the view at heap index `view` is an unreleased view of
/// `exporter` (for the heap walk of `buffer::check_resizable`).
pub fn exports(heap: &crate::heap::Heap, view: usize, exporter: Value) -> bool {
    heap.value(view, BASE) == exporter
        && heap.value(view, INFO).small_int_unchecked() & RELEASED == 0
}

/// `release()`: the view no longer exports its base.
pub fn release(vm: &mut Vm, view: Value) {
    let info = small(vm, view, INFO) | RELEASED;
    vm.heap
        .set_value(view.heap_index_unchecked(), INFO, Value::small_int(info));
}

/// The whole of an exporter's bytes.
fn exporter_bytes(vm: &Vm, base: Value) -> &[u8] {
    if array::is_array(vm, base) {
        array::data(vm, base)
    } else {
        bytes::data(vm, base)
    }
}

/// The byte range of the view within its exporter, clamped to the
/// exporter's current length (which a live view keeps from shrinking,
/// but clamping keeps every access in bounds regardless).
fn range(vm: &Vm, view: Value) -> (usize, usize) {
    let layout = layout(vm, view);
    let available = exporter_bytes(vm, layout.base).len();
    let start = layout.start.min(available);
    let end = (layout.start + layout.len * layout.item_size).min(available);
    (start, end)
}

/// The bytes the view shows.
pub fn data(vm: &Vm, view: Value) -> &[u8] {
    let (start, end) = range(vm, view);
    &exporter_bytes(vm, base(vm, view))[start..end]
}

/// The bytes the view shows, for writing (the caller checked it is not
/// read-only, so the exporter is a bytearray or an array).
pub fn data_mut(vm: &mut Vm, view: Value) -> &mut [u8] {
    let (start, end) = range(vm, view);
    let base = base(vm, view);
    let whole = if array::is_array(vm, base) {
        array::data_mut(vm, base)
    } else if vm.heap.kind_of(base) == Some(ObjKind::ByteArray) {
        bytes::bytearray_data_mut(vm, base)
    } else {
        return &mut [];
    };
    &mut whole[start..end]
}
