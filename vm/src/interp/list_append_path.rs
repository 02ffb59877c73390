//! `items.append(x)` without a native call: the commonest method call of
//! sensor and matrix loops (building an output list) is recognised by the
//! dispatch loop and done in place.
//!
//! `LoadMethod` on an exact list (`ObjKind::List`: a subclass instance is
//! an `Instance`, whose own `append` may override) with the name `append`
//! yields the pair (list.append, the list) without searching the type's
//! method table. `CallMethod` whose function is `Vm::list_append`, whose
//! receiver is an exact list and which passes one argument appends
//! directly, skipping the receiver check and argument-count check (both
//! hold by what was compared) and the native-call bookkeeping. Every other
//! shape, including `list.append(items, x)` through the unbound method or
//! a wrong argument count, takes the general call, which raises CPython's
//! errors.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::list;
use crate::qstr::{self, QStr};
use crate::value::Value;
use crate::vm::Vm;

/// The method pair of `object.name` when that is a list's `append`.
#[inline(always)]
pub(crate) fn load(vm: &Vm, object: Value, name: QStr) -> Option<(Value, Value)> {
    (name == qstr::APPEND && vm.heap.kind_of(object) == Some(ObjKind::List))
        .then_some((vm.list_append, object))
}

/// Whether a `CallMethod` of `method` on `receiver` with `argc` arguments
/// is `list.append` on an exact list with its one argument.
#[inline(always)]
pub(crate) fn applies(vm: &Vm, method: Value, receiver: Value, argc: usize) -> bool {
    method == vm.list_append && argc == 1 && vm.heap.kind_of(receiver) == Some(ObjKind::List)
}

/// Append `item` to `items` (both in registers, so rooted while the list
/// grows). Growth may raise MemoryError, as the native does.
#[inline(always)]
pub(crate) fn append(vm: &mut Vm, items: Value, item: Value) -> PyResult<Value> {
    list::append(vm, items, item)?;
    Ok(Value::NONE)
}
