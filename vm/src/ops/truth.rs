//! Truth testing: `bool(value)`, `if value:`.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{bytes, dict, float, list, str as pystr, tuple};
use crate::ops;
use crate::qstr;
use crate::value::Value;
use crate::vm::Vm;

pub fn truthy(vm: &mut Vm, value: Value) -> PyResult<bool> {
    if let Some(n) = value.as_small_int() {
        return Ok(n != 0);
    }
    if let Some(id) = value.as_qstr() {
        return Ok(!vm.qstr_text(id).is_empty());
    }
    match value {
        Value::TRUE => return Ok(true),
        Value::FALSE | Value::NONE => return Ok(false),
        _ => {}
    }
    if !value.is_heap() {
        return Ok(true);
    }
    Ok(match vm.heap.kind(value.heap_index_unchecked()) {
        ObjKind::Str | ObjKind::SurrogateStr => pystr::char_count(vm, value) != 0,
        ObjKind::Float => float::value(vm, value) != 0.0,
        ObjKind::Complex => crate::objects::complex::parts(vm, value) != (0.0, 0.0),
        ObjKind::BigInt => true,
        ObjKind::Bytes | ObjKind::ByteArray => !bytes::data(vm, value).is_empty(),
        ObjKind::Array => crate::objects::array::len(vm, value) > 0,
        ObjKind::MemoryView => ops::len::len(vm, value)? > 0,
        ObjKind::List => list::len(vm, value) > 0,
        ObjKind::Tuple => tuple::len(vm, value) > 0,
        ObjKind::Deque => crate::objects::deque::len(vm, value) > 0,
        ObjKind::Dict | ObjKind::Set | ObjKind::FrozenSet => dict::len(vm, value) > 0,
        ObjKind::Range => !crate::objects::range::is_empty(vm, value),
        ObjKind::Iterator => match ops::len::view_len(vm, value) {
            Some(len) => len > 0,
            None => true,
        },
        ObjKind::Instance => return user_truth(vm, value),
        _ => true,
    })
}

/// `__bool__`, then `__len__`, then the wrapped builtin value, else true.
fn user_truth(vm: &mut Vm, value: Value) -> PyResult<bool> {
    let class = crate::objects::instance::class(vm, value);
    if let Some(method) = crate::objects::class::lookup_user(vm, class, qstr::DUNDER_BOOL)? {
        let result = vm.call(method, &[value])?;
        return match result {
            Value::TRUE => Ok(true),
            Value::FALSE => Ok(false),
            _ => {
                let message = alloc::format!(
                    "__bool__ should return bool, returned {}",
                    ops::types::type_name(vm, result)
                );
                Err(vm.raise_type_error(&message))
            }
        };
    }
    if crate::objects::class::lookup_user(vm, class, qstr::DUNDER_LEN)?.is_some() {
        return Ok(ops::len::len(vm, value)? > 0);
    }
    let native = ops::arith::unwrap_native(vm, value);
    if native != value {
        return truthy(vm, native);
    }
    Ok(true)
}
