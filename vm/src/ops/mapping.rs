//! Merging mappings: `{**a}`, `dict.update`, and `f(**kw)` (which rejects
//! repeated keys).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{dict, str as pystr};
use crate::ops;
use crate::qstr;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

/// Insert every key of `source` (a dict, or any object with `keys()` and
/// `__getitem__`) into `table`. With `strict`, a key already present is a
/// TypeError (duplicate keyword argument).
pub fn update(vm: &mut Vm, table: Value, source: Value, strict: bool) -> PyResult<()> {
    let mark = vm.root_mark();
    vm.push_root(table);
    vm.push_root(source);
    let result = (|| {
        let source = storage_dict(vm, source)?.unwrap_or(source);
        if vm.heap.kind_of(source) == Some(ObjKind::Dict) && !strict {
            return dict::update(vm, table, source);
        }
        if vm.heap.kind_of(source) == Some(ObjKind::Dict) {
            let mut i = 0;
            while i < dict::used(vm, source) {
                if let Some((key, value)) = dict::entry(vm, source, i) {
                    insert(vm, table, key, value, strict)?;
                }
                i += 1;
            }
            return Ok(());
        }
        let keys = vm.call_method(source, qstr::KEYS, &[]).map_err(|raised| {
            if vm.exception_matches(crate::types::ATTRIBUTE_ERROR) {
                vm.take_exception();
                let message = format!(
                    "'{}' object is not a mapping",
                    ops::types::type_name(vm, source)
                );
                vm.raise_type_error(&message)
            } else {
                raised
            }
        })?;
        vm.push_root(keys);
        let iterator = ops::iter::get_iter(vm, keys)?;
        vm.push_root(iterator);
        while let Some(key) = ops::iter::next(vm, iterator)? {
            vm.push_root(key);
            let value = ops::subscript::get_item(vm, source, key)?;
            insert(vm, table, key, value, strict)?;
            vm.pop_roots(1);
        }
        Ok(())
    })();
    vm.truncate_roots(mark);
    result
}

/// The builtin dict inside an instance of a dict subclass that does not
/// override `__iter__`: CPython merges such a mapping from its storage,
/// without calling its `keys()` or `__getitem__`.
fn storage_dict(vm: &mut Vm, source: Value) -> PyResult<Option<Value>> {
    if vm.heap.kind_of(source) != Some(ObjKind::Instance) {
        return Ok(None);
    }
    let native = ops::arith::unwrap_native(vm, source);
    if native == source || vm.heap.kind_of(native) != Some(ObjKind::Dict) {
        return Ok(None);
    }
    let class = crate::objects::instance::class(vm, source);
    let overrides_iter =
        crate::objects::class::lookup_user(vm, class, qstr::DUNDER_ITER)?.is_some();
    Ok((!overrides_iter).then_some(native))
}

/// `f(**source)` into the keyword dict `table`: as a strict `update`, with
/// the duplicate-keyword error naming `callee` as CPython does
/// (`__main__.f() got multiple values ...`).
pub fn merge_keywords(vm: &mut Vm, table: Value, source: Value, callee: Value) -> PyResult<()> {
    let result = update(vm, table, source, true);
    if result.is_err() && !callee.is_unbound() && vm.exception_matches(crate::types::TYPE_ERROR) {
        let exception = vm.current_exception;
        let args = crate::objects::exception::field(vm, exception, crate::objects::exception::ARGS);
        let message = if vm.heap.kind_of(args) == Some(ObjKind::Tuple)
            && crate::objects::tuple::len(vm, args) == 1
        {
            let first = crate::objects::tuple::item(vm, args, 0);
            pystr::as_text(vm, first).map(alloc::string::String::from)
        } else {
            None
        };
        if let Some(message) = message.filter(|m| m.starts_with("got multiple values")) {
            vm.take_exception();
            let name = function_name(vm, callee);
            let message = format!("{name}() {message}");
            return Err(vm.raise_type_error(&message));
        }
    }
    result
}

/// How CPython names a callable in argument errors: `module.qualname` for
/// functions outside builtins, else the type's name with " object".
fn function_name(vm: &mut Vm, callee: Value) -> alloc::string::String {
    use crate::objects::{bound_method, function};
    let callee = if vm.heap.kind_of(callee) == Some(ObjKind::BoundMethod) {
        bound_method::function(vm, callee)
    } else {
        callee
    };
    if vm.heap.kind_of(callee) == Some(ObjKind::Function) {
        let qualname = function::field(vm, callee, function::QUALNAME);
        let qualname = pystr::as_text(vm, qualname).unwrap_or("?").into();
        let module = function::field(vm, callee, function::MODULE);
        return match pystr::as_text(vm, module) {
            Some(module) if module != "builtins" => format!("{module}.{qualname}"),
            _ => qualname,
        };
    }
    if let Some(index) = callee.as_native_function() {
        return alloc::string::String::from(vm.native(index).name);
    }
    format!("{} object", ops::types::type_name(vm, callee))
}

fn insert(vm: &mut Vm, table: Value, key: Value, value: Value, strict: bool) -> PyResult<()> {
    if strict {
        if !pystr::is_str(&vm.heap, key) {
            return Err(vm.raise_type_error("keywords must be strings"));
        }
        if dict::contains(vm, table, key)? {
            let message = format!(
                "got multiple values for keyword argument '{}'",
                pystr::text_escaping_surrogates(vm, key)
            );
            return Err(vm.raise_type_error(&message));
        }
    }
    dict::set(vm, table, key, value)
}
