//! The `array` module: the `array` type (objects/array.rs) and
//! `typecodes`. The type lives in the VM because the buffer protocol,
//! subscripts and comparisons know its layout.

use crate::error::PyResult;
use crate::native::ModuleDef;
use crate::objects::str as pystr;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "array",
    functions: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    let array_type = Value::from_builtin_type(types::ARRAY);
    super::set_attr(vm, namespace, "array", array_type)?;
    super::set_attr(vm, namespace, "ArrayType", array_type)?;
    // CPython lists 'u' too; Pyrite has no wchar_t arrays.
    let codes = pystr::new(vm, crate::buffer::element::TYPECODES)?;
    super::set_attr(vm, namespace, "typecodes", codes)
}
