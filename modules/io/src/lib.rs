//! The `io` module: `IOBase`, `StringIO`, `BytesIO` and the file classes
//! `open()` returns are frozen Python (`io.py`, compiled at import): they
//! are plain classes users subclass (MicroPython's tests do), and their
//! buffering logic reads best in Python. Underneath, five native functions
//! reach the port's files (`Port::files`), so a port without a file system
//! still has StringIO/BytesIO and `open()` raises OSError(ENOSYS).

#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use pyrite_vm::builtins::args::check;
use pyrite_vm::builtins::os_error;
use pyrite_vm::native::{Args, ModuleDef, NativeFunction};
use pyrite_vm::objects::{bytes, str as pystr};
use pyrite_vm::ops::convert::index_isize;
use pyrite_vm::port::{FilePort, OpenMode, SeekFrom};
use pyrite_vm::{PyResult, Raised, Value, Vm};

const SOURCE: &str = include_str!("io.py");

pub static MODULE: ModuleDef = ModuleDef {
    name: "io",
    functions: &[
        &NativeFunction::function("_file_open", file_open),
        &NativeFunction::function("_file_read", file_read),
        &NativeFunction::function("_file_write", file_write),
        &NativeFunction::function("_file_seek", file_seek),
        &NativeFunction::function("_file_close", file_close),
    ],
    init: Some(init),
};

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    pyrite_vm::modules::run_frozen_source(vm, namespace, "<frozen io>", SOURCE)
}

/// Run `operation` on the port's files, turning an errno into OSError.
fn with_files<T>(
    vm: &mut Vm,
    filename: Option<&str>,
    operation: impl FnOnce(&mut dyn FilePort) -> Result<T, i32>,
) -> PyResult<T> {
    let outcome = match vm.port().files() {
        Some(files) => operation(files),
        None => Err(pyrite_vm::errno::ENOSYS),
    };
    outcome.map_err(|code| -> Raised { os_error::raise(vm, code, filename) })
}

fn handle_of(vm: &mut Vm, value: Value) -> PyResult<u32> {
    let n = index_isize(vm, value)?;
    u32::try_from(n).map_err(|_| vm.raise_value_error("bad file handle"))
}

/// `_file_open(path, mode)`: mode holds the letters 'r', 'w', 'a', 'x'
/// and '+' (already checked by io.py).
fn file_open(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_file_open", 2, 2)?;
    let (path, mode) = (args.get(vm, 0), args.get(vm, 1));
    for text in [path, mode] {
        if pystr::is_str(&vm.heap, text) {
            pystr::require_utf8(vm, text)?;
        }
    }
    let (Some(path), Some(mode)) = (
        pystr::as_text(vm, path).map(alloc::string::String::from),
        pystr::as_text(vm, mode).map(alloc::string::String::from),
    ) else {
        return Err(vm.raise_type_error("_file_open() takes two strings"));
    };
    let plus = mode.contains('+');
    let mut open_mode = OpenMode {
        read: plus,
        write: plus,
        ..OpenMode::default()
    };
    match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') => open_mode.read = true,
        Some('w') => {
            open_mode.write = true;
            open_mode.create = true;
            open_mode.truncate = true;
        }
        Some('a') => {
            open_mode.write = true;
            open_mode.append = true;
            open_mode.create = true;
        }
        Some('x') => {
            open_mode.write = true;
            open_mode.create = true;
            open_mode.exclusive = true;
        }
        _ => {
            return Err(
                vm.raise_value_error("must have exactly one of create/read/write/append mode")
            )
        }
    }
    let handle = with_files(vm, Some(&path), |files| files.file_open(&path, open_mode))?;
    Ok(Value::small_int(handle as isize))
}

/// `_file_read(handle, n)`: up to n bytes (n < 0: to the end of the file).
fn file_read(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_file_read", 2, 2)?;
    let handle = handle_of(vm, args.get(vm, 0))?;
    let wanted = index_isize(vm, args.get(vm, 1))?;
    // What is read becomes one bytes object on the GC heap: more than the
    // heap holds is a MemoryError, never a Rust allocation failure.
    let most = vm.heap.bytes_total();
    let limit = if wanted < 0 {
        most + 1
    } else {
        (wanted as usize).min(most + 1)
    };
    let mut data: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 4096];
    while data.len() < limit {
        let room = (limit - data.len()).min(chunk.len());
        let got = with_files(vm, None, |files| {
            files.file_read(handle, &mut chunk[..room])
        })?;
        if got == 0 {
            break;
        }
        data.extend_from_slice(&chunk[..got]);
        if wanted >= 0 && data.len() >= wanted as usize {
            break;
        }
    }
    if data.len() > most {
        return Err(vm.raise_memory_error());
    }
    bytes::new(vm, &data)
}

/// `_file_write(handle, data)`: write all of a bytes-like object.
fn file_write(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_file_write", 2, 2)?;
    let handle = handle_of(vm, args.get(vm, 0))?;
    let data = args.get(vm, 1);
    if !bytes::is_bytes_like(vm, data) {
        return Err(vm.raise_type_error("a bytes-like object is required"));
    }
    let data: Vec<u8> = bytes::data(vm, data).to_vec();
    with_files(vm, None, |files| files.file_write(handle, &data))?;
    Ok(Value::small_int(data.len() as isize))
}

/// `_file_seek(handle, offset, whence)`: the new position.
fn file_seek(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_file_seek", 3, 3)?;
    let handle = handle_of(vm, args.get(vm, 0))?;
    let offset = index_isize(vm, args.get(vm, 1))? as i64;
    let whence = index_isize(vm, args.get(vm, 2))?;
    let to = match whence {
        0 if offset >= 0 => SeekFrom::Start(offset as u64),
        0 => {
            let message = alloc::format!("negative seek position {offset}");
            return Err(vm.raise_value_error(&message));
        }
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => {
            let message = alloc::format!("invalid whence ({whence}, should be 0, 1 or 2)");
            return Err(vm.raise_value_error(&message));
        }
    };
    let position = with_files(vm, None, |files| files.file_seek(handle, to))?;
    pyrite_vm::objects::int::from_i64(vm, position as i64)
}

fn file_close(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_file_close", 1, 1)?;
    let handle = handle_of(vm, args.get(vm, 0))?;
    with_files(vm, None, |files| files.file_close(handle))?;
    Ok(Value::NONE)
}
