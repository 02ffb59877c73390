//! The builtin `open()`: a path on a mounted filesystem object (vfs.rs) is
//! opened by that object's `open(path, mode)`; any other is handed to
//! `io.open`, so the port's files exist exactly where the port compiles in
//! the `io` plugin module (which reaches them through `Port::files`).
//! Without it, `open()` raises OSError(ENOSYS), as on a port with no file
//! system.

use crate::builtins::os_error;
use crate::error::PyResult;
use crate::native::{Args, NativeFunction};
use crate::ops;
use crate::vm::Vm;
use alloc::string::String;

pub static OPEN: NativeFunction = NativeFunction::function("open", open);

fn open(vm: &mut Vm, args: &Args) -> PyResult {
    let file = args.get_opt(vm, 0).or_else(|| args.keyword(vm, "file"));
    if let Some(file) = file {
        // File names are UTF-8 (CPython's UnicodeEncodeError).
        if crate::objects::str::is_str(&vm.heap, file) {
            crate::objects::str::require_utf8(vm, file)?;
        }
    }
    let path = file.and_then(|file| crate::objects::str::as_text(vm, file).map(String::from));
    if let Some(path) = path {
        let mode = args.get_opt(vm, 1).or_else(|| args.keyword(vm, "mode"));
        let mode = match mode {
            None => String::from("r"),
            Some(mode) => match crate::objects::str::as_text(vm, mode) {
                Some(text) => String::from(text),
                None => String::from("r"),
            },
        };
        if let Some(opened) = crate::vfs::open_if_mounted(vm, &path, &mode)? {
            return Ok(opened);
        }
    }
    if crate::modules::find_builtin(vm, "io").is_none() {
        return Err(os_error::raise(vm, crate::errno::ENOSYS, None));
    }
    let io = crate::import::import_module(vm, "io")?;
    let name = vm.intern("open");
    let io_open = ops::attr::get_attr(vm, io, name)?;
    // The arguments (positional, then keyword values) are copied to the top
    // of the stack: a Python callee binds them where they stand and its
    // frame then owns that part of the stack.
    let keywords = args.keyword_count(vm);
    let top = vm.stack.len();
    vm.stack.push(io_open);
    for i in 0..args.count + keywords {
        let value = vm.stack[args.base + i];
        vm.stack.push(value);
    }
    let forwarded = Args {
        base: top + 1,
        count: args.count,
        kwnames: args.kwnames,
    };
    let result = vm.call_args(io_open, forwarded);
    vm.stack.truncate(top);
    result
}
