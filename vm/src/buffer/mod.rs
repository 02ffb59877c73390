//! The buffer protocol: the objects whose contents are a run of bytes
//! (bytes, bytearray, array.array, memoryview, and instances of user
//! subclasses of them), so that `bytes(x)`, `b"" + x`, `str(x, "utf-8")`,
//! `int.from_bytes(x)`, `b"".join`, `struct.unpack(fmt, x)` ... accept any
//! of them.
//!
//! Exports. CPython refuses to resize a bytearray or array while a
//! memoryview of it exists (BufferError). With a tracing collector nothing
//! tells the exporter when its last view dies, so making a view sets an
//! EXPORTED flag on the exporter; a resize of a flagged exporter marks what
//! the program can still reach (as a collection does, but not through the
//! dead value-stack slots that returned frames and finished temporaries
//! leave behind) and looks for an unreleased view of it among the marked
//! objects. None found: the flag is cleared and later resizes are free
//! again. Only resizes of exporters that had a view pay for the check.

pub mod element;

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{array, bytes, memoryview};
use crate::ops;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

/// The object that holds the bytes: `value` itself, or the builtin value a
/// user subclass instance wraps.
fn exporter(vm: &Vm, value: Value) -> Value {
    ops::arith::unwrap_native(vm, value)
}

/// Whether `value` exposes a buffer (a released memoryview does not).
pub fn is_buffer(vm: &Vm, value: Value) -> bool {
    let value = exporter(vm, value);
    match vm.heap.kind_of(value) {
        Some(ObjKind::Bytes | ObjKind::ByteArray | ObjKind::Array) => true,
        Some(ObjKind::MemoryView) => !memoryview::is_released(vm, value),
        _ => false,
    }
}

/// The bytes of a buffer (empty for anything else).
pub fn data(vm: &Vm, value: Value) -> &[u8] {
    let value = exporter(vm, value);
    match vm.heap.kind_of(value) {
        Some(ObjKind::Bytes | ObjKind::ByteArray) => bytes::data(vm, value),
        Some(ObjKind::Array) => array::data(vm, value),
        Some(ObjKind::MemoryView) if !memoryview::is_released(vm, value) => {
            memoryview::data(vm, value)
        }
        _ => &[],
    }
}

/// The bytes of a writable buffer (bytearray, array, writable memoryview);
/// None for read-only buffers and non-buffers.
pub fn data_mut(vm: &mut Vm, value: Value) -> Option<&mut [u8]> {
    let value = exporter(vm, value);
    match vm.heap.kind_of(value) {
        Some(ObjKind::ByteArray) => Some(bytes::bytearray_data_mut(vm, value)),
        Some(ObjKind::Array) => Some(array::data_mut(vm, value)),
        Some(ObjKind::MemoryView)
            if !memoryview::is_released(vm, value) && !memoryview::layout(vm, value).readonly =>
        {
            Some(memoryview::data_mut(vm, value))
        }
        _ => None,
    }
}

/// `value` if it is a buffer, else CPython's TypeError ("a bytes-like
/// object is required, not 'T'"), or ValueError for a released view.
pub fn require(vm: &mut Vm, value: Value) -> PyResult<Value> {
    if is_buffer(vm, value) {
        return Ok(value);
    }
    if memoryview::is_memoryview(vm, exporter(vm, value)) {
        return Err(released_error(vm));
    }
    let message = format!(
        "a bytes-like object is required, not '{}'",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

/// The error for any use of a released memoryview.
pub fn released_error(vm: &mut Vm) -> crate::error::Raised {
    vm.raise_value_error("operation forbidden on released memoryview object")
}

/// Record that a view of `exporter` (a builtin exporter) was made.
pub fn note_export(vm: &mut Vm, exporter: Value) {
    match vm.heap.kind_of(exporter) {
        Some(ObjKind::ByteArray) => bytes::set_exported(vm, exporter, true),
        Some(ObjKind::Array) => array::set_exported(vm, exporter, true),
        _ => {}
    }
}

/// Ok unless a live, unreleased memoryview exports `exporter` (a bytearray
/// or array about to change length): then BufferError, as CPython.
pub fn check_resizable(vm: &mut Vm, exporter: Value) -> PyResult<()> {
    let exported = match vm.heap.kind_of(exporter) {
        Some(ObjKind::ByteArray) => bytes::is_exported(vm, exporter),
        Some(ObjKind::Array) => array::is_exported(vm, exporter),
        _ => false,
    };
    if !exported {
        return Ok(());
    }
    // Garbage views must not count, nor views only left in dead stack
    // slots (a finished temporary, a returned frame's registers).
    vm.push_root(exporter);
    let viewed = vm.reachable_from_live_roots(ObjKind::MemoryView, |heap, view| {
        memoryview::exports(heap, view, exporter)
    });
    vm.pop_roots(1);
    if viewed {
        let message = if array::is_array(vm, exporter) {
            "cannot resize an array that is exporting buffers"
        } else {
            "Existing exports of data: object cannot be re-sized"
        };
        return Err(vm.raise_msg(types::BUFFER_ERROR, message));
    }
    match vm.heap.kind_of(exporter) {
        Some(ObjKind::ByteArray) => bytes::set_exported(vm, exporter, false),
        _ => array::set_exported(vm, exporter, false),
    }
    Ok(())
}
