//! Modules built into the VM (`sys`, `gc`, `micropython`, `types`,
//! `builtins`) and
//! the creation of module objects for them and for the plugin modules a
//! port compiles in.

pub mod array;
pub mod gc;
pub mod micropython;
pub mod native_class;
pub mod os;
pub mod stdio;
pub mod sys;
pub mod types;
pub mod vfs;

use crate::error::PyResult;
use crate::native::ModuleDef;
use crate::objects::{dict, module, str as pystr};
use crate::qstr;
use crate::value::Value;
use crate::vm::Vm;

static CORE_MODULES: &[&ModuleDef] = &[
    &sys::MODULE,
    &gc::MODULE,
    &micropython::MODULE,
    &array::MODULE,
    &types::MODULE,
    &os::MODULE,
    &vfs::MODULE,
];

/// The definition of a built-in module named `name`: the VM's own first,
/// then the port's plugins.
pub fn find_builtin(vm: &Vm, name: &str) -> Option<&'static ModuleDef> {
    CORE_MODULES
        .iter()
        .chain(vm.plugin_modules.iter())
        .find(|def| def.name == name)
        .copied()
}

/// Intern the names of the built-in modules and their functions at
/// start-up, as compiled-in names (no copy), so that they do not count as
/// the program's strings (`micropython.qstr_info`) when a program names them.
pub(crate) fn intern_builtin_module_names(vm: &mut Vm) {
    let plugins = vm.plugin_modules.clone();
    for def in CORE_MODULES.iter().chain(plugins.iter()) {
        vm.interner.intern_static(def.name);
        for function in def.functions {
            vm.interner.intern_static(function.name);
        }
    }
}

/// Names of all built-in modules (for `help('modules')`-style listings).
pub fn builtin_names(vm: &Vm) -> impl Iterator<Item = &'static str> + '_ {
    CORE_MODULES
        .iter()
        .chain(vm.plugin_modules.iter())
        .map(|def| def.name)
        .chain(core::iter::once("builtins"))
}

/// Create the module object for a built-in module (not registered in
/// sys.modules: the importer does that).
pub fn instantiate(vm: &mut Vm, def: &'static ModuleDef) -> PyResult {
    let name = pystr::new(vm, def.name)?;
    let object = module::new(vm, name)?;
    vm.push_root(object);
    let result = (|| {
        let namespace = module::dict(vm, object);
        for function in def.functions {
            let value = vm.register_native(function);
            let key = Value::from_qstr(vm.interner.intern_static(function.name));
            dict::set(vm, namespace, key, value)?;
        }
        if let Some(init) = def.init {
            init(vm, namespace)?;
        }
        Ok(object)
    })();
    vm.pop_roots(1);
    result
}

/// The `builtins` module: its dict is the overlay that run-time
/// assignments (`builtins.x = 1`) go to.
pub fn builtins_module(vm: &mut Vm) -> PyResult {
    let object = module::new(vm, Value::from_qstr(qstr::BUILTINS))?;
    let namespace = module::dict(vm, object);
    vm.builtins_overlay = namespace;
    Ok(object)
}

/// Set `name` in a module namespace dict.
pub fn set_attr(vm: &mut Vm, namespace: Value, name: &'static str, value: Value) -> PyResult<()> {
    let key = Value::from_qstr(vm.interner.intern_static(name));
    vm.push_root(value);
    let result = dict::set(vm, namespace, key, value);
    vm.pop_roots(1);
    result
}

/// Run a plugin module's frozen Python source (its Python-level part,
/// compiled when the module is first imported) in the module's namespace,
/// which the caller keeps rooted (a module's `init` gets it rooted).
pub fn run_frozen_source(
    vm: &mut Vm,
    namespace: Value,
    filename: &str,
    source: &str,
) -> PyResult<()> {
    let code_object = vm.compile_to_code(source, filename, crate::compile::CompileMode::Module)?;
    vm.run_code(code_object, namespace, Value::UNBOUND)?;
    Ok(())
}
