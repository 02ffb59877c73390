//! The `os` module: the file-system functions, over the mount table of
//! vfs.rs (mounted filesystem objects, then the port's files), and
//! `uname()`.
//! `os.stat` returns MicroPython's 10-tuple (mode, ino, dev, nlink, uid,
//! gid, size, atime, mtime, ctime), which indexes as CPython's
//! `stat_result` does.

use crate::builtins::args::check;
use crate::error::PyResult;
use crate::native::{Args, ModuleDef, NativeFunction};
use crate::objects::{int, list, str as pystr, tuple};
use crate::value::Value;
use crate::vfs::Stat;
use crate::vm::Vm;
use alloc::string::String;

pub static MODULE: ModuleDef = ModuleDef {
    name: "os",
    functions: &[
        &NativeFunction::function("listdir", listdir),
        &NativeFunction::function("stat", stat),
        &NativeFunction::function("_uname_fields", uname_fields),
    ],
    init: Some(init),
};

/// `uname()` and its result type, in Python (os_uname.py).
const UNAME_SOURCE: &str = include_str!("os_uname.py");

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    let separator = pystr::new(vm, "/")?;
    crate::modules::set_attr(vm, namespace, "sep", separator)?;
    crate::modules::run_frozen_source(vm, namespace, "<frozen os>", UNAME_SOURCE)
}

/// The processor the VM was built for (`os.uname().machine`).
fn machine() -> &'static str {
    if cfg!(target_arch = "x86_64") {
        "x86_64"
    } else if cfg!(target_arch = "aarch64") {
        "aarch64"
    } else if cfg!(target_arch = "arm") {
        "arm"
    } else if cfg!(target_arch = "xtensa") {
        "xtensa"
    } else if cfg!(target_arch = "riscv32") {
        "riscv32"
    } else {
        "unknown"
    }
}

/// `_uname_fields()`: (sysname, nodename, release, version, machine). The
/// port names the system (`sys.platform`); the release is Pyrite's.
fn uname_fields(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "_uname_fields", 0, 0)?;
    let platform = vm.config.platform;
    let release = env!("CARGO_PKG_VERSION");
    let version = alloc::format!("Pyrite {release}");
    let texts = [platform, platform, release, version.as_str(), machine()];
    let mark = vm.root_mark();
    let mut fields = [Value::NONE; 5];
    for (slot, text) in fields.iter_mut().zip(texts) {
        match pystr::new(vm, text) {
            Ok(made) => {
                vm.push_root(made);
                *slot = made;
            }
            Err(raised) => {
                vm.truncate_roots(mark);
                return Err(raised);
            }
        }
    }
    let made = tuple::new(vm, &fields);
    vm.truncate_roots(mark);
    made
}

fn path_argument(vm: &mut Vm, args: &Args, name: &str, default: &str) -> PyResult<String> {
    let Some(path) = args.get_opt(vm, 0) else {
        return Ok(String::from(default));
    };
    if pystr::is_str(&vm.heap, path) {
        pystr::require_utf8(vm, path)?;
    }
    match pystr::as_text(vm, path) {
        Some(text) => Ok(String::from(text)),
        None => {
            let message = alloc::format!(
                "{name}: path should be string, bytes or os.PathLike, not {}",
                crate::ops::types::type_name(vm, path)
            );
            Err(vm.raise_type_error(&message))
        }
    }
}

/// `listdir(path=".")`: the names in a directory, sorted (CPython leaves
/// the order to the file system; sorted output is the same every run).
fn listdir(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "listdir", 0, 1)?;
    let path = path_argument(vm, args, "listdir", ".")?;
    let mut names = crate::vfs::list_dir(vm, &path)?;
    names.sort();
    let made = list::new(vm, &[])?;
    vm.push_root(made);
    let result = (|| {
        for name in &names {
            let name = pystr::new(vm, name)?;
            list::append(vm, made, name)?;
        }
        Ok(made)
    })();
    vm.pop_roots(1);
    result
}

/// `stat(path)`.
fn stat(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "stat", 1, 1)?;
    let path = path_argument(vm, args, "stat", ".")?;
    match crate::vfs::stat(vm, &path)? {
        Stat::Mounted(result) => Ok(result),
        Stat::Port(found) => {
            const DIRECTORY: isize = 0o040000 | 0o755;
            const REGULAR_FILE: isize = 0o100000 | 0o644;
            let mode = if found.is_directory {
                DIRECTORY
            } else {
                REGULAR_FILE
            };
            let size = int::from_i64(vm, found.size as i64)?;
            vm.push_root(size);
            let modified = int::from_i64(vm, found.modified as i64);
            vm.pop_roots(1);
            let modified = modified?;
            vm.push_root(size);
            vm.push_root(modified);
            let zero = Value::small_int(0);
            let fields = [
                Value::small_int(mode),
                zero,
                zero,
                Value::small_int(1),
                zero,
                zero,
                size,
                modified,
                modified,
                modified,
            ];
            let made = tuple::new(vm, &fields);
            vm.pop_roots(2);
            made
        }
    }
}
