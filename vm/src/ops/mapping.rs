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

fn insert(vm: &mut Vm, table: Value, key: Value, value: Value, strict: bool) -> PyResult<()> {
    if strict {
        if !pystr::is_str(&vm.heap, key) {
            return Err(vm.raise_type_error("keywords must be strings"));
        }
        if dict::contains(vm, table, key)? {
            let message = format!(
                "got multiple values for keyword argument '{}'",
                pystr::text(vm, key)
            );
            return Err(vm.raise_type_error(&message));
        }
    }
    dict::set(vm, table, key, value)
}
