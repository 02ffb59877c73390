//! `import`: finding modules (already loaded, built in, or a `.py` file or
//! package on `sys.path` read through the mounted filesystems, vfs.rs),
//! running them once, and binding what `import` and `from ... import` ask
//! for. A `.mpy` file in place of the source is a ValueError: Pyrite does
//! not run MicroPython's bytecode.

use crate::compile::CompileMode;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{dict, list, module, str as pystr, tuple};
use crate::ops;
use crate::qstr::{self, QStr};
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// What an `import` statement does: call `builtins.__import__` when a
/// program has replaced it, else `import_name`.
pub fn import_statement(
    vm: &mut Vm,
    name: QStr,
    fromlist: Value,
    level: usize,
    globals: Value,
) -> PyResult {
    let overlay = vm.builtins_overlay;
    if overlay.is_heap() {
        let key = Value::from_qstr(crate::qstr::DUNDER_IMPORT);
        if let Some(custom) = crate::objects::dict::get(vm, overlay, key)? {
            let level = crate::objects::int::from_i64(vm, level as i64)?;
            return vm.call(
                custom,
                &[
                    Value::from_qstr(name),
                    globals,
                    Value::NONE,
                    fromlist,
                    level,
                ],
            );
        }
    }
    import_name(vm, name, fromlist, level, globals)
}

/// What `ImportName` does: import `name` (relative to the importing
/// module's package when `level` > 0) and return the top-level package
/// (no fromlist) or the module itself (with a fromlist).
pub fn import_name(
    vm: &mut Vm,
    name: QStr,
    fromlist: Value,
    level: usize,
    globals: Value,
) -> PyResult {
    let name_text = String::from(vm.qstr_text(name));
    let absolute = if level > 0 {
        resolve_relative(vm, &name_text, level, globals)?
    } else {
        if name_text.is_empty() {
            return Err(vm.raise_value_error("Empty module name"));
        }
        name_text.clone()
    };
    let module_value = import_module(vm, &absolute)?;
    let has_fromlist = fromlist.is_heap() && ops::truth::truthy(vm, fromlist)?;
    if !has_fromlist {
        if level == 0 {
            let top = name_text.split('.').next().unwrap_or("");
            if top != absolute {
                return import_module(vm, top);
            }
        }
        return Ok(module_value);
    }
    // `from package import submodule`: import submodules named in the
    // fromlist that are not attributes yet.
    if vm.heap.kind_of(fromlist) == Some(ObjKind::Tuple) && is_package(vm, module_value)? {
        vm.push_root(module_value);
        let names: Vec<Value> = tuple::items(vm, fromlist).to_vec();
        for item in names {
            let Some(item_name) = pystr::as_text(vm, item).map(String::from) else {
                continue;
            };
            if item_name == "*" {
                continue;
            }
            let item_id = vm.intern(&item_name);
            if ops::attr::lookup_attr(vm, module_value, item_id)?.is_none() {
                let full = format!("{absolute}.{item_name}");
                match import_module(vm, &full) {
                    Ok(_) => {}
                    Err(raised) => {
                        if vm.exception_matches(types::MODULE_NOT_FOUND_ERROR) {
                            vm.take_exception();
                        } else {
                            vm.pop_roots(1);
                            return Err(raised);
                        }
                    }
                }
            }
        }
        vm.pop_roots(1);
    }
    Ok(module_value)
}

fn is_package(vm: &mut Vm, module_value: Value) -> PyResult<bool> {
    if vm.heap.kind_of(module_value) != Some(ObjKind::Module) {
        return Ok(false);
    }
    let namespace = module::dict(vm, module_value);
    Ok(dict::get(vm, namespace, Value::from_qstr(qstr::DUNDER_PATH))?.is_some())
}

/// The absolute name for a relative import.
fn resolve_relative(vm: &mut Vm, name: &str, level: usize, globals: Value) -> PyResult<String> {
    let mut package = String::new();
    if globals.is_heap() {
        if let Some(value) = dict::get(vm, globals, Value::from_qstr(qstr::DUNDER_PACKAGE))? {
            if let Some(text) = pystr::as_text(vm, value) {
                package = String::from(text);
            }
        }
        if package.is_empty() {
            if let Some(value) = dict::get(vm, globals, Value::from_qstr(qstr::DUNDER_NAME))? {
                let module_name = String::from(pystr::as_text(vm, value).unwrap_or(""));
                let is_package =
                    dict::get(vm, globals, Value::from_qstr(qstr::DUNDER_PATH))?.is_some();
                package = if is_package {
                    module_name
                } else {
                    module_name
                        .rsplit_once('.')
                        .map(|(p, _)| String::from(p))
                        .unwrap_or_default()
                };
            }
        }
    }
    if package.is_empty() || package == "__main__" {
        return Err(vm.raise_msg(
            types::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(vm.raise_msg(
            types::IMPORT_ERROR,
            "attempted relative import beyond top-level package",
        ));
    }
    parts.truncate(parts.len() - (level - 1));
    let mut absolute = parts.join(".");
    if !name.is_empty() {
        absolute.push('.');
        absolute.push_str(name);
    }
    Ok(absolute)
}

/// Import the module named `full` (dotted), importing its parents first.
pub fn import_module(vm: &mut Vm, full: &str) -> PyResult {
    let key = pystr::new(vm, full)?;
    vm.push_root(key);
    let modules = vm.modules;
    let existing = dict::get(vm, modules, key);
    vm.pop_roots(1);
    if let Some(found) = existing? {
        return Ok(found);
    }
    let (parent, leaf) = match full.rsplit_once('.') {
        Some((parent, leaf)) => (Some(parent), leaf),
        None => (None, full),
    };
    let search_path = match parent {
        Some(parent_name) => {
            let parent_module = import_module(vm, parent_name)?;
            let namespace = module::dict(vm, parent_module);
            match dict::get(vm, namespace, Value::from_qstr(qstr::DUNDER_PATH))? {
                Some(path) => Some((parent_module, path)),
                None => {
                    let message =
                        format!("No module named '{full}'; '{parent_name}' is not a package");
                    return Err(vm.raise_msg(types::MODULE_NOT_FOUND_ERROR, &message));
                }
            }
        }
        None => None,
    };
    let loaded = match search_path {
        None => {
            if let Some(found) = load_builtin(vm, full)? {
                found
            } else {
                let path = sys_path(vm)?;
                load_from_path(vm, full, leaf, path)?
            }
        }
        Some((_, path)) => load_from_path(vm, full, leaf, path)?,
    };
    if let Some((parent_module, _)) = search_path {
        vm.push_root(loaded);
        let leaf_id = vm.intern(leaf);
        let result = ops::attr::set_attr(vm, parent_module, leaf_id, loaded);
        vm.pop_roots(1);
        result?;
    }
    Ok(loaded)
}

fn register(vm: &mut Vm, name: &str, module_value: Value) -> PyResult<()> {
    vm.push_root(module_value);
    let key = pystr::new(vm, name);
    let result = key.and_then(|key| {
        let modules = vm.modules;
        dict::set(vm, modules, key, module_value)
    });
    vm.pop_roots(1);
    result
}

fn load_builtin(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let made = if name == "builtins" {
        crate::modules::builtins_module(vm)?
    } else {
        match crate::modules::find_builtin(vm, name) {
            Some(def) => crate::modules::instantiate(vm, def)?,
            None => return Ok(None),
        }
    };
    register(vm, name, made)?;
    Ok(Some(made))
}

/// `sys.path` as a list of strings.
fn sys_path(vm: &mut Vm) -> PyResult {
    let sys = import_module(vm, "sys")?;
    let path_name = vm.intern("path");
    let path = ops::attr::get_attr(vm, sys, path_name)?;
    Ok(path)
}

fn not_found(vm: &mut Vm, full: &str) -> crate::error::Raised {
    let message = format!("No module named '{full}'");
    vm.raise_msg(types::MODULE_NOT_FOUND_ERROR, &message)
}

/// Find `leaf.py` or `leaf/__init__.py` in the directories of `path` and
/// run it as module `full`.
fn load_from_path(vm: &mut Vm, full: &str, leaf: &str, path: Value) -> PyResult {
    let directories: Vec<String> = match vm.heap.kind_of(path) {
        Some(ObjKind::List) => list::items(vm, path)
            .iter()
            .filter_map(|&d| pystr::as_text(vm, d).map(String::from))
            .collect(),
        _ => Vec::new(),
    };
    for directory in directories {
        let prefix = if directory.is_empty() || directory == "." {
            String::new()
        } else if directory.ends_with('/') {
            directory.clone()
        } else {
            format!("{directory}/")
        };
        let package_init = format!("{prefix}{leaf}/__init__.py");
        if let Some(source) = crate::vfs::read_if_exists(vm, &package_init)? {
            let package_dir = format!("{prefix}{leaf}");
            return run_module_file(vm, full, &package_init, source, Some(package_dir));
        }
        let file = format!("{prefix}{leaf}.py");
        if let Some(source) = crate::vfs::read_if_exists(vm, &file)? {
            return run_module_file(vm, full, &file, source, None);
        }
        let compiled = format!("{prefix}{leaf}.mpy");
        if crate::vfs::exists(vm, &compiled)? {
            return Err(refuse_mpy(vm));
        }
    }
    Err(not_found(vm, full))
}

/// A `.mpy` file (MicroPython's precompiled bytecode) found where no
/// `.py` is. Pyrite runs only source, so every one, well-formed or not, is
/// "incompatible", as MicroPython calls one of another version or
/// architecture (docs/differences.md).
fn refuse_mpy(vm: &mut Vm) -> crate::error::Raised {
    vm.raise_value_error("incompatible .mpy file")
}

fn run_module_file(
    vm: &mut Vm,
    full: &str,
    filename: &str,
    source: Vec<u8>,
    package_dir: Option<String>,
) -> PyResult {
    let Ok(text) = String::from_utf8(source) else {
        let message = format!("(unicode error) source file {filename} is not valid UTF-8");
        return Err(vm.raise_msg(types::SYNTAX_ERROR, &message));
    };
    let name = pystr::new(vm, full)?;
    let module_value = module::new(vm, name)?;
    vm.push_root(module_value);
    let result = (|| {
        let namespace = module::dict(vm, module_value);
        let file = pystr::new(vm, filename)?;
        dict::set(vm, namespace, Value::from_qstr(qstr::DUNDER_FILE), file)?;
        let package = match &package_dir {
            Some(directory) => {
                let directory = pystr::new(vm, directory)?;
                vm.push_root(directory);
                let path = list::new(vm, &[directory]);
                vm.pop_roots(1);
                dict::set(vm, namespace, Value::from_qstr(qstr::DUNDER_PATH), path?)?;
                String::from(full)
            }
            None => full
                .rsplit_once('.')
                .map(|(p, _)| String::from(p))
                .unwrap_or_default(),
        };
        let package = pystr::new(vm, &package)?;
        dict::set(
            vm,
            namespace,
            Value::from_qstr(qstr::DUNDER_PACKAGE),
            package,
        )?;
        // Registered before running, so circular imports see the
        // partially initialised module.
        register(vm, full, module_value)?;
        let code_object = vm.compile_to_code(&text, filename, CompileMode::Module)?;
        vm.run_code(code_object, namespace, Value::UNBOUND)?;
        Ok(module_value)
    })();
    vm.pop_roots(1);
    if result.is_err() {
        let failure = vm.take_exception();
        vm.push_root(failure);
        if let Ok(key) = pystr::new(vm, full) {
            let modules = vm.modules;
            let _ = dict::remove(vm, modules, key);
        }
        vm.pop_roots(1);
        vm.current_exception = failure;
    }
    result
}

/// What `ImportFrom` does: `from module import name`.
pub fn import_from(vm: &mut Vm, module_value: Value, name: QStr) -> PyResult {
    match ops::attr::lookup_attr(vm, module_value, name)? {
        Some(value) => Ok(value),
        None => {
            // A submodule not imported yet.
            if vm.heap.kind_of(module_value) == Some(ObjKind::Module) {
                let module_name = module::name(vm, module_value);
                let full = format!("{}.{}", pystr::text(vm, module_name), vm.qstr_text(name));
                if is_package(vm, module_value)? {
                    if let Ok(found) = import_module(vm, &full) {
                        return Ok(found);
                    }
                    vm.take_exception();
                }
                // CPython names where the module came from.
                let namespace = module::dict(vm, module_value);
                let location = match dict::get(vm, namespace, Value::from_qstr(qstr::DUNDER_FILE))?
                {
                    Some(file) if pystr::is_str(&vm.heap, file) => {
                        String::from(pystr::text(vm, file))
                    }
                    _ => String::from("unknown location"),
                };
                let message = format!(
                    "cannot import name '{}' from '{}' ({location})",
                    vm.qstr_text(name),
                    pystr::text(vm, module_name)
                );
                return Err(vm.raise_msg(types::IMPORT_ERROR, &message));
            }
            Err(ops::attr::attribute_error(vm, module_value, name))
        }
    }
}

/// `from module import *`: the names in `__all__`, or every name not
/// starting with an underscore.
pub fn import_star(vm: &mut Vm, module_value: Value, target: Value) -> PyResult<()> {
    // As CPython, anything in sys.modules will do: its `__all__`, else the
    // public keys of its `__dict__`, each read back with getattr.
    let mark = vm.root_mark();
    vm.push_root(module_value);
    let result = (|| {
        let (names, public_only) = match ops::attr::lookup_attr(vm, module_value, qstr::DUNDER_ALL)?
        {
            Some(all) => {
                vm.push_root(all);
                (ops::iter::collect_rooted(vm, all)?, false)
            }
            None => {
                let Some(namespace) = ops::attr::lookup_attr(vm, module_value, qstr::DUNDER_DICT)?
                else {
                    return Err(vm.raise_msg(
                        crate::types::IMPORT_ERROR,
                        "from-import-* object has no __dict__ and no __all__",
                    ));
                };
                vm.push_root(namespace);
                (ops::iter::collect_rooted(vm, namespace)?, true)
            }
        };
        for name in names {
            if !pystr::is_str(&vm.heap, name) {
                let message = alloc::format!(
                    "Item in __all__ must be str, not {}",
                    ops::types::type_name(vm, name)
                );
                return Err(vm.raise_type_error(&message));
            }
            if public_only && pystr::text(vm, name).starts_with('_') {
                continue;
            }
            let id = pystr::to_qstr(vm, name)?;
            let value = ops::attr::get_attr(vm, module_value, id)?;
            dict::set(vm, target, Value::from_qstr(id), value)?;
        }
        Ok(())
    })();
    vm.truncate_roots(mark);
    result
}
