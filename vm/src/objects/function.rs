//! Python functions (traced): the code they run and the environment they
//! were created in.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

pub const CODE: usize = 0;
pub const GLOBALS: usize = 1;
/// Tuple of defaults for the last positional parameters, or None.
pub const DEFAULTS: usize = 2;
/// Dict of keyword-only defaults, or None.
pub const KW_DEFAULTS: usize = 3;
/// Tuple of cells, or None.
pub const CLOSURE: usize = 4;
pub const NAME: usize = 5;
pub const QUALNAME: usize = 6;
/// Attribute dict (`f.x = 1`), or None until needed.
pub const DICT: usize = 7;
/// `__module__`: the defining module's `__name__`.
pub const MODULE: usize = 8;
const PAYLOAD: usize = 9;

/// A function for `code` in `globals`. All arguments must be rooted.
pub fn new(
    vm: &mut Vm,
    code: Value,
    globals: Value,
    defaults: Value,
    kw_defaults: Value,
    closure: Value,
) -> PyResult<Value> {
    let data = crate::objects::code::data(vm, code);
    let object = vm.alloc(ObjKind::Function, PAYLOAD)?;
    let heap = &mut vm.heap;
    heap.set_value(object, CODE, code);
    heap.set_value(object, GLOBALS, globals);
    heap.set_value(object, DEFAULTS, defaults);
    heap.set_value(object, KW_DEFAULTS, kw_defaults);
    heap.set_value(object, CLOSURE, closure);
    heap.set_value(object, NAME, Value::from_qstr(data.info.name));
    heap.set_value(object, DICT, Value::NONE);
    let function = Value::from_heap_index(object);
    vm.push_root(function);
    let qualname = crate::objects::str::new(vm, &data.info.qualname);
    let module = if globals.is_heap() {
        crate::objects::dict::get(vm, globals, Value::from_qstr(crate::qstr::DUNDER_NAME))
    } else {
        Ok(None)
    };
    vm.pop_roots(1);
    vm.heap.set_value(object, QUALNAME, qualname?);
    vm.heap
        .set_value(object, MODULE, module?.unwrap_or(Value::NONE));
    Ok(function)
}

#[inline]
pub fn field(vm: &Vm, function: Value, field: usize) -> Value {
    vm.heap.value(function.heap_index_unchecked(), field)
}

#[inline]
pub fn set_field(vm: &mut Vm, function: Value, field: usize, value: Value) {
    vm.heap
        .set_value(function.heap_index_unchecked(), field, value);
}
