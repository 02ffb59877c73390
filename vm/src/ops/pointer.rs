//! Viper pointers without memory unsafety.
//!
//! A viper pointer is a machine word, as in MicroPython: `ptr8(buf)` is the
//! address of `buf`'s bytes, `int(p)` shows it, and an int can be cast back
//! to a pointer. Pyrite's addresses are byte offsets into the GC heap
//! region (never 0: block 0 is unused), and a load or store never
//! dereferences one directly. Taking a buffer's address records the
//! buffer in `Vm::pointer_targets`; `PtrLoad`/`PtrStore` find the recorded
//! buffer whose bytes cover the whole element and go through the heap's
//! checked accessors. An access outside every recorded buffer is an
//! IndexError (MicroPython reads or writes whatever memory is there).
//!
//! The table is weak: a collection drops the entries of buffers it frees
//! (`Vm::collect`), so a pointer never reaches freed or reused memory, and
//! it holds at most `MAX_TARGETS` entries (the oldest is forgotten).

use crate::error::PyResult;
use crate::heap::{ObjKind, WORD_BYTES};
use crate::value::Value;
use crate::vm::Vm;

/// Recorded buffers at most; older entries are forgotten first.
const MAX_TARGETS: usize = 64;

/// The bytes of one buffer whose address viper code took.
#[derive(Clone, Copy, Debug)]
pub struct PointerTarget {
    /// The heap object holding the bytes.
    pub object: usize,
    /// The payload word where the bytes start.
    pub first_word: usize,
    /// The address of the first byte and the number of bytes.
    pub start: usize,
    pub len: usize,
    /// Bytes objects are immutable: stores through them are refused.
    pub writable: bool,
}

/// The address of the bytes of a buffer object (bytes, bytearray), after
/// recording it; None for any other object.
pub fn buffer_address(vm: &mut Vm, value: Value) -> PyResult<Option<usize>> {
    let target = match vm.heap.kind_of(value) {
        Some(ObjKind::Bytes) => {
            let object = value.heap_index_unchecked();
            PointerTarget {
                object,
                first_word: 2,
                start: vm.heap.byte_offset(object, 2),
                len: vm.heap.word(object, 1),
                writable: false,
            }
        }
        Some(ObjKind::ByteArray) => {
            let array = value.heap_index_unchecked();
            let len = crate::objects::bytes::bytearray_len(vm, value);
            let buffer = vm.heap.word(array, 1);
            if buffer == 0 {
                // No storage yet: an address nothing can be read through.
                return Ok(Some(vm.heap.byte_offset(array, 0)));
            }
            let object = buffer >> 2;
            PointerTarget {
                object,
                first_word: 0,
                start: vm.heap.byte_offset(object, 0),
                len,
                writable: true,
            }
        }
        _ => return Ok(None),
    };
    let table = &mut vm.pointer_targets;
    if let Some(known) = table.iter_mut().find(|t| t.object == target.object) {
        *known = target;
    } else {
        if table.len() >= MAX_TARGETS {
            table.remove(0);
        }
        table.push(target);
    }
    Ok(Some(target.start))
}

/// The recorded buffer holding `size` bytes at `address`, and the offset
/// of that address in it.
fn find(vm: &Vm, address: usize, size: usize) -> Option<(PointerTarget, usize)> {
    let end = address.checked_add(size)?;
    vm.pointer_targets.iter().find_map(|t| {
        // The object's own size bounds the bytes too, whatever was recorded.
        let capacity = vm
            .heap
            .capacity_words(t.object)
            .saturating_sub(t.first_word)
            * WORD_BYTES;
        let len = t.len.min(capacity);
        (address >= t.start && end <= t.start + len).then(|| (*t, address - t.start))
    })
}

fn element_address(vm: &mut Vm, ptr: Value, index: Value, size: usize) -> PyResult<usize> {
    let base = crate::ops::word::truncated_word(vm, ptr)?;
    let index = crate::ops::word::truncated_word(vm, index)?;
    Ok(base.wrapping_add(index.wrapping_mul(size)))
}

fn out_of_bounds(vm: &mut Vm) -> crate::error::Raised {
    vm.raise_index_error("viper pointer access outside its buffer")
}

/// `PtrLoad`: the unsigned little-endian element `index` of `size` bytes.
pub fn load(vm: &mut Vm, ptr: Value, index: Value, size: u8) -> PyResult<Value> {
    let size = size as usize;
    let address = element_address(vm, ptr, index, size)?;
    let Some((target, offset)) = find(vm, address, size) else {
        return Err(out_of_bounds(vm));
    };
    let bytes = vm
        .heap
        .bytes(target.object, target.first_word, offset + size);
    let mut word: usize = 0;
    for (i, &byte) in bytes[offset..].iter().enumerate() {
        word |= (byte as usize) << (8 * i);
    }
    crate::ops::word::from_int(vm, word)
}

/// `PtrStore`: element `index` of `size` bytes = the low bytes of `value`.
pub fn store(vm: &mut Vm, ptr: Value, index: Value, value: Value, size: u8) -> PyResult<()> {
    let size = size as usize;
    let address = element_address(vm, ptr, index, size)?;
    let word = crate::ops::word::truncated_word(vm, value)?;
    let Some((target, offset)) = find(vm, address, size) else {
        return Err(out_of_bounds(vm));
    };
    if !target.writable {
        return Err(vm.raise_type_error("viper pointer store to immutable bytes"));
    }
    let bytes = vm
        .heap
        .bytes_mut(target.object, target.first_word, offset + size);
    for (i, byte) in bytes[offset..].iter_mut().enumerate() {
        *byte = (word >> (8 * i)) as u8;
    }
    Ok(())
}
