//! `micropython.RingIO`: a byte ring buffer with a stream interface
//! (traced).
//!
//! ```text
//!   word 0  the storage: a bytearray it made, or the buffer it was given
//!   word 1  how many bytes of the storage the ring uses (small int)
//!   word 2  read index: the next byte to read (small int)
//!   word 3  write index: where the next byte goes (small int)
//! ```
//!
//! The ring is empty when the indices are equal and full when the write
//! index is one behind the read index, so a ring over `n` bytes holds
//! `n - 1`, as MicroPython's. Reads and writes copy between the storage and
//! the other buffer through a small stack buffer (both live in the GC heap,
//! so neither can be borrowed while the other is), and allocate nothing.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

const STORAGE: usize = 0;
const SIZE: usize = 1;
const READ: usize = 2;
const WRITE: usize = 3;
const PAYLOAD: usize = 4;

/// The most bytes a ring may span (its indices are 16-bit in MicroPython).
pub const MAX_SIZE: usize = 65535;

/// A ring over the first `size` bytes of `storage` (a writable buffer, at
/// least that long, rooted by the caller).
pub fn new(vm: &mut Vm, storage: Value, size: usize) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::RingIo, PAYLOAD)?;
    let heap = &mut vm.heap;
    heap.set_value(object, STORAGE, storage);
    heap.set_value(object, SIZE, Value::small_int(size as isize));
    heap.set_value(object, READ, Value::small_int(0));
    heap.set_value(object, WRITE, Value::small_int(0));
    Ok(Value::from_heap_index(object))
}

fn field(vm: &Vm, ring: Value, i: usize) -> usize {
    vm.heap
        .value(ring.heap_index_unchecked(), i)
        .small_int_unchecked() as usize
}

fn set_field(vm: &mut Vm, ring: Value, i: usize, n: usize) {
    vm.heap
        .set_value(ring.heap_index_unchecked(), i, Value::small_int(n as isize));
}

pub fn storage(vm: &Vm, ring: Value) -> Value {
    vm.heap.value(ring.heap_index_unchecked(), STORAGE)
}

/// Bytes waiting to be read.
pub fn available(vm: &Vm, ring: Value) -> usize {
    let (size, read, write) = (
        field(vm, ring, SIZE),
        field(vm, ring, READ),
        field(vm, ring, WRITE),
    );
    (write + size - read) % size
}

/// Bytes that can be written before the ring is full.
pub fn free(vm: &Vm, ring: Value) -> usize {
    field(vm, ring, SIZE) - 1 - available(vm, ring)
}

/// The storage's bytes, or None if it has shrunk below the ring's size (a
/// user's bytearray resized since) or was released.
fn ring_bytes(vm: &mut Vm, ring: Value) -> Option<&mut [u8]> {
    let size = field(vm, ring, SIZE);
    let storage = storage(vm, ring);
    crate::buffer::data_mut(vm, storage)
        .filter(|data| data.len() >= size)
        .map(|data| &mut data[..size])
}

fn storage_lost(vm: &mut Vm) -> crate::error::Raised {
    vm.raise_value_error("RingIO buffer was resized")
}

/// Take up to `wanted` bytes out of the ring, handing them to `sink` in
/// chunks; returns how many were taken. `stop_after_newline` ends after the
/// first b'\n' (readline).
pub fn take(
    vm: &mut Vm,
    ring: Value,
    wanted: usize,
    stop_after_newline: bool,
    mut sink: impl FnMut(&mut Vm, &[u8]) -> PyResult<()>,
) -> PyResult<usize> {
    let count = wanted.min(available(vm, ring));
    let size = field(vm, ring, SIZE);
    let mut read = field(vm, ring, READ);
    let mut taken = 0;
    let mut chunk = [0u8; 128];
    while taken < count {
        let Some(data) = ring_bytes(vm, ring) else {
            return Err(storage_lost(vm));
        };
        let run = (count - taken).min(size - read).min(chunk.len());
        let mut n = run;
        if stop_after_newline {
            if let Some(at) = data[read..read + run].iter().position(|&b| b == b'\n') {
                n = at + 1;
            }
        }
        chunk[..n].copy_from_slice(&data[read..read + n]);
        read = (read + n) % size;
        taken += n;
        set_field(vm, ring, READ, read);
        sink(vm, &chunk[..n])?;
        if stop_after_newline && chunk[n - 1] == b'\n' {
            break;
        }
    }
    Ok(taken)
}

/// Append as much of `source` (a buffer) as fits; returns how many bytes.
pub fn put(vm: &mut Vm, ring: Value, source: Value) -> PyResult<usize> {
    let length = crate::buffer::data(vm, source).len();
    let count = length.min(free(vm, ring));
    let size = field(vm, ring, SIZE);
    let mut write = field(vm, ring, WRITE);
    let mut done = 0;
    let mut chunk = [0u8; 128];
    while done < count {
        let run = (count - done).min(size - write).min(chunk.len());
        let from = crate::buffer::data(vm, source);
        if from.len() < done + run {
            break;
        }
        chunk[..run].copy_from_slice(&from[done..done + run]);
        let Some(data) = ring_bytes(vm, ring) else {
            return Err(storage_lost(vm));
        };
        data[write..write + run].copy_from_slice(&chunk[..run]);
        write = (write + run) % size;
        done += run;
    }
    set_field(vm, ring, WRITE, write);
    Ok(done)
}
