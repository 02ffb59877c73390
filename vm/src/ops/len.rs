//! `len()`.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{bytes, dict, iterator, list, str as pystr, tuple};
use crate::ops;
use crate::qstr;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

pub fn len(vm: &mut Vm, value: Value) -> PyResult<usize> {
    if value.as_qstr().is_some() {
        return Ok(pystr::char_count(vm, value));
    }
    if let Some(kind) = vm.heap.kind_of(value) {
        match kind {
            ObjKind::Str | ObjKind::SurrogateStr => return Ok(pystr::char_count(vm, value)),
            ObjKind::List => return Ok(list::len(vm, value)),
            ObjKind::Tuple => return Ok(tuple::len(vm, value)),
            ObjKind::Deque => return Ok(crate::objects::deque::len(vm, value)),
            ObjKind::Dict | ObjKind::Set | ObjKind::FrozenSet => return Ok(dict::len(vm, value)),
            ObjKind::Bytes | ObjKind::ByteArray => return Ok(bytes::data(vm, value).len()),
            ObjKind::Array => return Ok(crate::objects::array::len(vm, value)),
            ObjKind::MemoryView => {
                if crate::objects::memoryview::is_released(vm, value) {
                    return Err(crate::buffer::released_error(vm));
                }
                return Ok(crate::objects::memoryview::layout(vm, value).len);
            }
            ObjKind::Range => return crate::objects::range::len_checked(vm, value),
            ObjKind::Iterator => {
                if let Some(len) = view_len(vm, value) {
                    return Ok(len);
                }
            }
            ObjKind::Instance => {
                let class = crate::objects::instance::class(vm, value);
                if let Some(method) =
                    crate::objects::class::lookup_user(vm, class, qstr::DUNDER_LEN)?
                {
                    let result = vm.call(method, &[value])?;
                    let n = ops::convert::index_isize(vm, result)?;
                    if n < 0 {
                        return Err(vm.raise_value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                let native = ops::arith::unwrap_native(vm, value);
                if native != value {
                    return len(vm, native);
                }
            }
            _ => {}
        }
    }
    let message = format!(
        "object of type '{}' has no len()",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

/// The length of a dict view (`keys()`, `values()`, `items()`).
pub fn view_len(vm: &Vm, value: Value) -> Option<usize> {
    match iterator::kind(vm, value) {
        iterator::IterKind::KeysView
        | iterator::IterKind::ValuesView
        | iterator::IterKind::ItemsView => Some(dict::len(vm, iterator::state(vm, value, 1))),
        _ => None,
    }
}
