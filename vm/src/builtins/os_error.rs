//! OSError as CPython builds it: `OSError(errno, strerror[, filename[,
//! winerror[, filename2]]])` keeps only (errno, strerror) in `args` and the
//! file names as attributes, picks the subclass the errno stands for
//! (`OSError(2, ...)` is a FileNotFoundError), and prints as
//! `[Errno 2] No such file or directory: 'name'`.

use crate::error::{PyResult, Raised};
use crate::objects::{dict, exception, str as pystr, tuple};
use crate::ops;
use crate::types::{self, TypeId};
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

/// `T(*args)` for a builtin OSError type T.
pub fn construct(vm: &mut Vm, id: TypeId, base: usize, count: usize) -> PyResult {
    let arguments: alloc::vec::Vec<Value> = vm.stack[base..base + count].to_vec();
    let mut class = id;
    if (2..=5).contains(&count) && id == types::OS_ERROR {
        if let Some(code) = arguments[0].as_small_int() {
            if let Some(subclass) = crate::errno::os_error_subclass(code as i32) {
                class = subclass;
            }
        }
    }
    let kept = if (3..=5).contains(&count) {
        &arguments[..2]
    } else {
        &arguments[..]
    };
    let kept = tuple::new(vm, kept)?;
    vm.push_root(kept);
    let made = exception::new(vm, Value::from_builtin_type(class), kept);
    vm.pop_roots(1);
    let made = made?;
    if (3..=5).contains(&count) {
        vm.push_root(made);
        let result = set_file_names(
            vm,
            made,
            arguments[2],
            arguments.get(4).copied().unwrap_or(Value::NONE),
        );
        vm.pop_roots(1);
        result?;
    }
    Ok(made)
}

fn set_file_names(vm: &mut Vm, error: Value, filename: Value, filename2: Value) -> PyResult<()> {
    let attributes = exception::dict(vm, error)?;
    let key = Value::from_qstr(vm.intern("filename"));
    dict::set(vm, attributes, key, filename)?;
    if !filename2.is_none() {
        let key = Value::from_qstr(vm.intern("filename2"));
        dict::set(vm, attributes, key, filename2)?;
    }
    Ok(())
}

/// `str()` of an OSError with (errno, strerror) arguments; None for other
/// argument shapes (printed like any exception's).
pub fn write_str(vm: &mut Vm, error: Value, out: &mut String) -> PyResult<Option<()>> {
    let args = exception::field(vm, error, exception::ARGS);
    if !args.is_heap() || tuple::len(vm, args) != 2 {
        return Ok(None);
    }
    let (code, message) = (tuple::item(vm, args, 0), tuple::item(vm, args, 1));
    out.push_str("[Errno ");
    ops::repr::write_str(vm, code, out)?;
    out.push_str("] ");
    ops::repr::write_str(vm, message, out)?;
    let attributes = exception::field(vm, error, exception::DICT);
    if attributes.is_heap() {
        let key = Value::from_qstr(vm.intern("filename"));
        if let Some(filename) = dict::get(vm, attributes, key)? {
            if !filename.is_none() {
                out.push_str(": ");
                ops::repr::write_repr(vm, filename, out)?;
                let key = Value::from_qstr(vm.intern("filename2"));
                if let Some(filename2) = dict::get(vm, attributes, key)? {
                    out.push_str(" -> ");
                    ops::repr::write_repr(vm, filename2, out)?;
                }
            }
        }
    }
    Ok(Some(()))
}

/// Raise the OSError (subclass) for error `code`, with the C library's
/// message and, when given, the file name: what a failed port file
/// operation becomes.
pub fn raise(vm: &mut Vm, code: i32, filename: Option<&str>) -> Raised {
    let text = crate::errno::message(code).unwrap_or("Unknown error");
    let made = (|| {
        let message = pystr::new(vm, text)?;
        vm.push_root(message);
        let name = match filename {
            Some(name) => pystr::new(vm, name),
            None => Ok(Value::NONE),
        };
        let result = name.and_then(|name| {
            vm.push_root(name);
            let base = vm.stack.len();
            vm.stack.push(Value::small_int(code as isize));
            vm.stack.push(message);
            vm.stack.push(name);
            let count = if filename.is_some() { 3 } else { 2 };
            let made = construct(vm, types::OS_ERROR, base, count);
            vm.stack.truncate(base);
            vm.pop_roots(1);
            made
        });
        vm.pop_roots(1);
        result
    })();
    match made {
        Ok(error) => vm.raise_exception(error),
        Err(raised) => raised,
    }
}
