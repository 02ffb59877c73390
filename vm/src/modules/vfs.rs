//! The `vfs` module: `mount` and `umount` of filesystem objects over the
//! mount table in vfs.rs (MicroPython's API, which CPython lacks).

use crate::builtins::args::{check, parse};
use crate::error::PyResult;
use crate::native::{Args, ModuleDef, NativeFunction};
use crate::objects::{list, str as pystr, tuple};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;
use alloc::string::String;

pub static MODULE: ModuleDef = ModuleDef {
    name: "vfs",
    functions: &[
        &NativeFunction::function("mount", mount),
        &NativeFunction::function("umount", umount),
    ],
    init: None,
};

/// `mount(fs, mount_point, *, readonly=False, mkfs=False)`: call
/// `fs.mount(readonly, mkfs)` (when it has one), then serve paths under
/// `mount_point` from `fs`. `mount()`: the (fs, mount point) pairs of the
/// filesystem objects mounted (the port's own files are not an object).
fn mount(vm: &mut Vm, args: &Args) -> PyResult {
    let [fs, point, readonly, mkfs] = parse(
        vm,
        args,
        "mount",
        ["fs", "mount_point", "readonly", "mkfs"],
        0,
    )?;
    if fs.is_unbound() {
        return mounted_list(vm);
    }
    if pystr::is_str(&vm.heap, point) {
        pystr::require_utf8(vm, point)?;
    }
    let Some(point) = pystr::as_text(vm, point).map(String::from) else {
        return Err(vm.raise_type_error("mount point must be a str"));
    };
    let flag = |value: Value| {
        if value.is_unbound() {
            Value::FALSE
        } else {
            value
        }
    };
    let (readonly, mkfs) = (flag(readonly), flag(mkfs));
    let readonly = Value::from_bool(ops::truth::truthy(vm, readonly)?);
    let mkfs = Value::from_bool(ops::truth::truthy(vm, mkfs)?);
    let mount_name = vm.intern("mount");
    if ops::attr::lookup_attr(vm, fs, mount_name)?.is_some() {
        vm.call_method(fs, mount_name, &[readonly, mkfs])?;
    }
    crate::vfs::add_mount(vm, fs, &point)?;
    Ok(Value::NONE)
}

fn mounted_list(vm: &mut Vm) -> PyResult {
    let made = list::new(vm, &[])?;
    vm.push_root(made);
    let result = (|| {
        for (point, fs) in crate::vfs::entries(vm) {
            if fs.is_none() {
                continue;
            }
            let point = pystr::new(vm, &point)?;
            vm.push_root(point);
            let pair = tuple::new(vm, &[fs, point]);
            vm.pop_roots(1);
            list::append(vm, made, pair?)?;
        }
        Ok(made)
    })();
    vm.pop_roots(1);
    result
}

/// `umount(mount_point or fs)`: stop serving it, then call its `umount()`.
fn umount(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "umount", 1, 1)?;
    let target = args.get(vm, 0);
    let fs = crate::vfs::remove_mount(vm, target)?;
    if fs.is_none() {
        return Ok(Value::NONE);
    }
    vm.push_root(fs);
    let umount_name = vm.intern("umount");
    let result = match ops::attr::lookup_attr(vm, fs, umount_name) {
        Ok(Some(_)) => vm.call_method(fs, umount_name, &[]).map(|_| Value::NONE),
        Ok(None) => Ok(Value::NONE),
        Err(raised) => Err(raised),
    };
    vm.pop_roots(1);
    result
}
