//! `sys.stdin`, `sys.stdout`, `sys.stderr` and their binary `buffer`s.
//!
//! Each is a Stream object (traced):
//!
//! ```text
//!   word 0  which: STDIN, STDOUT or STDERR, plus BINARY for a `buffer`
//!   word 1  a text stream's binary stream (`.buffer`); None for a binary one
//!   word 2  input taken from the port but not yet returned (bytes), or None
//! ```
//!
//! Output goes to the port's stdout/stderr; input comes a line at a time
//! from `Port::read_line` (the only input a port offers), so `read(n)`
//! keeps what it read past `n` for the next call.

use crate::builtins::args::check;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::{bytes, int, str as pystr};
use crate::ops;
use crate::types::{self, TypeId};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;
use alloc::vec::Vec;

pub const STDIN: isize = 0;
pub const STDOUT: isize = 1;
pub const STDERR: isize = 2;
const BINARY: isize = 4;

const WHICH: usize = 0;
const BUFFER: usize = 1;
const PENDING: usize = 2;

/// Methods of the text streams (`TextIOWrapper`).
pub static TEXT_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("write", write),
    &NativeFunction::method("flush", flush),
    &NativeFunction::method("read", read),
    &NativeFunction::method("readline", readline),
    &NativeFunction::method("fileno", fileno),
];

/// Methods of the binary streams (`BufferedReader`, `FileIO`).
pub static BINARY_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("write", write),
    &NativeFunction::method("flush", flush),
    &NativeFunction::method("read", read),
    &NativeFunction::method("readline", readline),
    &NativeFunction::method("fileno", fileno),
];

fn allocate(vm: &mut Vm, which: isize, buffer: Value) -> PyResult {
    let object = vm.alloc(ObjKind::Stream, 3)?;
    vm.heap.set_value(object, WHICH, Value::small_int(which));
    vm.heap.set_value(object, BUFFER, buffer);
    vm.heap.set_value(object, PENDING, Value::NONE);
    Ok(Value::from_heap_index(object))
}

/// A text stream for `which` with its binary `buffer`.
pub fn new_text_stream(vm: &mut Vm, which: isize) -> PyResult {
    let binary = allocate(vm, which | BINARY, Value::NONE)?;
    vm.push_root(binary);
    let text = allocate(vm, which, binary);
    vm.pop_roots(1);
    text
}

/// The object a program has put in `sys.stdout` or `sys.stderr` (`which`)
/// in place of the interpreter's own stream (`sys.stdout = io.StringIO()`),
/// so `print()` and the traceback printer write to it as CPython's do; None
/// while `sys` is not imported or the attribute holds the original stream.
pub fn replaced_stream(vm: &mut Vm, which: isize) -> Option<Value> {
    let sys_name = Value::from_qstr(vm.intern("sys"));
    let sys = crate::objects::dict::get(vm, vm.modules, sys_name).ok()??;
    if vm.heap.kind_of(sys) != Some(ObjKind::Module) {
        return None;
    }
    let namespace = crate::objects::module::dict(vm, sys);
    let attribute = Value::from_qstr(vm.intern(if which == STDERR { "stderr" } else { "stdout" }));
    let stream = crate::objects::dict::get(vm, namespace, attribute).ok()??;
    if vm.heap.kind_of(stream) == Some(ObjKind::Stream) && self::which(vm, stream) == which {
        return None;
    }
    Some(stream)
}

/// Write `text` to `sys.stdout`/`sys.stderr` (`which`): the port's stream,
/// or the `write` method of the object that replaced it.
pub fn write_text(vm: &mut Vm, which: isize, text: &str) -> PyResult<()> {
    match replaced_stream(vm, which) {
        None if which == STDERR => vm.write_stderr(text.as_bytes()),
        None => vm.write_stdout(text.as_bytes()),
        Some(stream) => {
            vm.push_root(stream);
            let written = pystr::new(vm, text).and_then(|text| {
                vm.push_root(text);
                let result = vm.call_method(stream, crate::qstr::WRITE, &[text]);
                vm.pop_roots(1);
                result
            });
            vm.pop_roots(1);
            written?;
        }
    }
    Ok(())
}

fn which(vm: &Vm, stream: Value) -> isize {
    vm.heap
        .value(stream.heap_index_unchecked(), WHICH)
        .small_int_unchecked()
}

fn is_binary(vm: &Vm, stream: Value) -> bool {
    which(vm, stream) & BINARY != 0
}

/// The type of a Stream object.
pub fn type_of(vm: &Vm, stream: Value) -> TypeId {
    let which = which(vm, stream);
    match (which & BINARY != 0, which & !BINARY) {
        (false, _) => types::TEXT_IO,
        (true, STDIN) => types::BUFFERED_READER,
        (true, _) => types::FILE_IO,
    }
}

fn name(vm: &Vm, stream: Value) -> &'static str {
    match which(vm, stream) & !BINARY {
        STDIN => "<stdin>",
        STDOUT => "<stdout>",
        _ => "<stderr>",
    }
}

/// CPython's repr: `<_io.TextIOWrapper name='<stdout>' mode='w'
/// encoding='utf-8'>`, `<_io.FileIO name='<stdout>' mode='wb' closefd=False>`.
pub fn repr(vm: &Vm, stream: Value) -> String {
    let name = name(vm, stream);
    if is_binary(vm, stream) {
        // As CPython run unbuffered (`python3 -u`, how the corpus runs it):
        // the output buffers are raw FileIO objects.
        return if which(vm, stream) & !BINARY == STDIN {
            alloc::format!("<_io.BufferedReader name='{name}'>")
        } else {
            alloc::format!("<_io.FileIO name='{name}' mode='wb' closefd=False>")
        };
    }
    let mode = if which(vm, stream) == STDIN { "r" } else { "w" };
    alloc::format!("<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>")
}

/// The data attributes: `buffer` (text streams), `name`, `encoding`.
pub fn attribute(vm: &mut Vm, stream: Value, attribute: &str) -> PyResult<Option<Value>> {
    Ok(match attribute {
        "buffer" if !is_binary(vm, stream) => {
            Some(vm.heap.value(stream.heap_index_unchecked(), BUFFER))
        }
        "name" => Some(pystr::new(vm, name(vm, stream))?),
        "encoding" if !is_binary(vm, stream) => Some(pystr::new(vm, "utf-8")?),
        _ => None,
    })
}

/// The stream a method runs on (methods are shared by three types, so
/// the receiver is checked here).
fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let stream = args.get(vm, 0);
    if vm.heap.kind_of(stream) != Some(ObjKind::Stream) {
        let message = alloc::format!(
            "descriptor '{}' doesn't apply to a '{}' object",
            name,
            ops::types::type_name(vm, stream)
        );
        return Err(vm.raise_type_error(&message));
    }
    Ok(stream)
}

fn unsupported(vm: &mut Vm, what: &str) -> crate::error::Raised {
    vm.raise_msg(types::OS_ERROR, what)
}

fn write(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "write", 2, 2)?;
    let stream = receiver(vm, args, "write")?;
    let data = args.get(vm, 1);
    if which(vm, stream) & !BINARY == STDIN {
        return Err(unsupported(vm, "not writable"));
    }
    let (content, count): (Vec<u8>, usize) = if is_binary(vm, stream) {
        if !bytes::is_bytes_like(vm, data) {
            let message = alloc::format!(
                "a bytes-like object is required, not '{}'",
                ops::types::type_name(vm, data)
            );
            return Err(vm.raise_type_error(&message));
        }
        let content = bytes::data(vm, data).to_vec();
        let count = content.len();
        (content, count)
    } else if pystr::has_surrogates(&vm.heap, data) {
        // As CPython's text streams: stderr escapes lone surrogates
        // (errors='backslashreplace'); stdout is strict UTF-8.
        if which(vm, stream) & !BINARY != STDERR {
            return Err(pystr::surrogates_not_allowed(vm, data));
        }
        let text = pystr::text_escaping_surrogates(vm, data);
        let count = pystr::char_count(vm, data);
        (text.into_bytes(), count)
    } else {
        let Some(text) = pystr::as_text(vm, data) else {
            let message = alloc::format!(
                "write() argument must be str, not {}",
                ops::types::type_name(vm, data)
            );
            return Err(vm.raise_type_error(&message));
        };
        (text.as_bytes().to_vec(), text.chars().count())
    };
    if which(vm, stream) & !BINARY == STDERR {
        vm.write_stderr(&content);
    } else {
        vm.write_stdout(&content);
    }
    int::from_i64(vm, count as i64)
}

fn flush(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "flush", 1, 1)?;
    receiver(vm, args, "flush")?;
    Ok(Value::NONE)
}

fn fileno(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "fileno", 1, 1)?;
    let stream = receiver(vm, args, "fileno")?;
    Ok(Value::small_int(which(vm, stream) & !BINARY))
}

/// The optional size argument of read/readline (None or negative: all).
fn size_argument(vm: &mut Vm, args: &Args) -> PyResult<Option<usize>> {
    match args.get_opt(vm, 1) {
        None => Ok(None),
        Some(value) if value.is_none() => Ok(None),
        Some(value) => {
            let n = ops::convert::index_isize(vm, value)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

/// Take input up to `size` (characters for text, bytes for binary) or,
/// for a line, through its newline; what was read beyond stays pending.
fn take_input(vm: &mut Vm, stream: Value, size: Option<usize>, line: bool) -> PyResult {
    if which(vm, stream) & !BINARY != STDIN {
        return Err(unsupported(vm, "not readable"));
    }
    let binary = is_binary(vm, stream);
    let pending = vm.heap.value(stream.heap_index_unchecked(), PENDING);
    let mut have: Vec<u8> = if pending.is_none() {
        Vec::new()
    } else {
        bytes::data(vm, pending).to_vec()
    };
    // Where the answer ends in `have`, once known. Lines from the port are
    // whole UTF-8 text, so a character count can be cut at a boundary.
    let cut = |have: &[u8]| -> Option<usize> {
        let mut end = have.len();
        if line {
            if let Some(newline) = have.iter().position(|&b| b == b'\n') {
                end = newline + 1;
            }
        }
        if let Some(n) = size {
            let limit = if binary {
                n
            } else {
                core::str::from_utf8(have)
                    .ok()
                    .and_then(|text| text.char_indices().nth(n).map(|(i, _)| i))
                    .unwrap_or(have.len())
            };
            end = end.min(limit);
        }
        let complete = end < have.len() || (line && have.get(end.wrapping_sub(1)) == Some(&b'\n'));
        complete.then_some(end)
    };
    let end = loop {
        if let Some(end) = cut(&have) {
            break end;
        }
        if size == Some(0) {
            break 0;
        }
        match vm.port.read_line() {
            Some(more) => have.extend_from_slice(more.as_bytes()),
            None => break have.len(),
        }
        if have.len() > vm.heap.bytes_total() {
            return Err(vm.raise_memory_error());
        }
    };
    let rest = if end < have.len() {
        bytes::new(vm, &have[end..])?
    } else {
        Value::NONE
    };
    vm.heap
        .set_value(stream.heap_index_unchecked(), PENDING, rest);
    let taken = &have[..end];
    if binary {
        bytes::new(vm, taken)
    } else {
        pystr::new(vm, core::str::from_utf8(taken).unwrap_or(""))
    }
}

fn read(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "read", 1, 2)?;
    let stream = receiver(vm, args, "read")?;
    let size = size_argument(vm, args)?;
    take_input(vm, stream, size, false)
}

fn readline(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "readline", 1, 2)?;
    let stream = receiver(vm, args, "readline")?;
    let size = size_argument(vm, args)?;
    take_input(vm, stream, size, true)
}
