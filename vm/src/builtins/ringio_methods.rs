//! Methods of `micropython.RingIO` (the ring itself is objects/ringio.rs):
//! the stream calls MicroPython's tests and drivers use. `write` and
//! `readinto` allocate nothing, so they work with the heap locked (from an
//! interrupt handler, say); `read` and `readline` make the bytes they
//! return.

use super::args::check;
use crate::error::PyResult;
use crate::native::{Args, NativeFunction};
use crate::objects::{bytes, ringio};
use crate::ops::convert::index_isize;
use crate::value::Value;
use crate::vm::Vm;
use alloc::vec::Vec;

pub static METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("any", any),
    &NativeFunction::method("read", read),
    &NativeFunction::method("readline", readline),
    &NativeFunction::method("readinto", readinto),
    &NativeFunction::method("write", write),
    &NativeFunction::method("close", close),
];

/// `RingIO(size)`: a ring holding `size` bytes in a bytearray of its own;
/// `RingIO(buffer)`: a ring over a writable buffer, holding one byte less.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "RingIO", 1, 1)?;
    let argument = args.get(vm, 0);
    if crate::buffer::is_buffer(vm, argument) {
        let Some(length) = crate::buffer::data_mut(vm, argument).map(|data| data.len()) else {
            return Err(vm.raise_type_error("RingIO buffer must be writable"));
        };
        if !(2..=ringio::MAX_SIZE).contains(&length) {
            return Err(vm.raise_value_error("invalid buffer size"));
        }
        return ringio::new(vm, argument, length);
    }
    let capacity = index_isize(vm, argument)?;
    if capacity < 1 || capacity as usize >= ringio::MAX_SIZE {
        return Err(vm.raise_value_error("invalid buffer size"));
    }
    let size = capacity as usize + 1;
    let storage = bytes::new_bytearray(vm, &[])?;
    vm.push_root(storage);
    let made = bytes::bytearray_reserve(vm, storage, size)
        .and_then(|_| bytes::bytearray_set_len(vm, storage, size))
        .and_then(|_| ringio::new(vm, storage, size));
    vm.pop_roots(1);
    made
}

/// The optional byte count of `read(n)` and friends: all when absent or
/// negative.
fn count_argument(vm: &mut Vm, args: &Args, index: usize) -> PyResult<usize> {
    match args.get_opt(vm, index) {
        None => Ok(usize::MAX),
        Some(value) if value.is_none() => Ok(usize::MAX),
        Some(value) => {
            let n = index_isize(vm, value)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

/// `any()`: how many bytes are waiting.
fn any(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "any", 1, 1)?;
    let ring = args.get(vm, 0);
    Ok(Value::small_int(ringio::available(vm, ring) as isize))
}

fn read_bytes(vm: &mut Vm, args: &Args, name: &str, line: bool) -> PyResult {
    check(vm, args, name, 1, 2)?;
    let ring = args.get(vm, 0);
    let wanted = count_argument(vm, args, 1)?;
    let mut taken = Vec::new();
    ringio::take(vm, ring, wanted, line, |_, chunk| {
        taken.extend_from_slice(chunk);
        Ok(())
    })?;
    bytes::new(vm, &taken)
}

/// `read([n])`: up to `n` waiting bytes (all of them by default).
fn read(vm: &mut Vm, args: &Args) -> PyResult {
    read_bytes(vm, args, "read", false)
}

/// `readline([n])`: bytes up to and including the first newline.
fn readline(vm: &mut Vm, args: &Args) -> PyResult {
    read_bytes(vm, args, "readline", true)
}

/// `readinto(buffer[, n])`: fill `buffer` from the ring; returns the count.
fn readinto(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "readinto", 2, 3)?;
    let (ring, target) = (args.get(vm, 0), args.get(vm, 1));
    let Some(room) = crate::buffer::data_mut(vm, target).map(|data| data.len()) else {
        let message = alloc::format!(
            "a writable bytes-like object is required, not '{}'",
            crate::ops::types::type_name(vm, target)
        );
        return Err(vm.raise_type_error(&message));
    };
    let wanted = count_argument(vm, args, 2)?.min(room);
    let mut filled = 0;
    let taken = ringio::take(vm, ring, wanted, false, |vm, chunk| {
        if let Some(data) = crate::buffer::data_mut(vm, target) {
            let end = (filled + chunk.len()).min(data.len());
            data[filled..end].copy_from_slice(&chunk[..end - filled]);
        }
        filled += chunk.len();
        Ok(())
    })?;
    Ok(Value::small_int(taken as isize))
}

/// `write(buffer)`: as many of its bytes as fit; returns the count.
fn write(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "write", 2, 2)?;
    let (ring, source) = (args.get(vm, 0), args.get(vm, 1));
    let source = crate::buffer::require(vm, source)?;
    let written = ringio::put(vm, ring, source)?;
    Ok(Value::small_int(written as isize))
}

/// `close()`: nothing to release; the ring stays usable, as MicroPython's.
fn close(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "close", 1, 1)?;
    Ok(Value::NONE)
}
