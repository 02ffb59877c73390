//! Name lookups in namespace dicts (module globals, class bodies, exec's
//! locals), keyed by interned names.

use crate::error::PyResult;
use crate::objects::dict;
use crate::qstr::QStr;
use crate::value::Value;
use crate::vm::Vm;

pub fn get(vm: &mut Vm, namespace: Value, name: QStr) -> PyResult<Option<Value>> {
    dict::get(vm, namespace, Value::from_qstr(name))
}

pub fn set(vm: &mut Vm, namespace: Value, name: QStr, value: Value) -> PyResult<()> {
    dict::set(vm, namespace, Value::from_qstr(name), value)
}

/// Remove a name; false if it was not there.
pub fn delete(vm: &mut Vm, namespace: Value, name: QStr) -> PyResult<bool> {
    Ok(dict::remove(vm, namespace, Value::from_qstr(name))?.is_some())
}
