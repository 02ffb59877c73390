//! The protocols behind `await`, `async for` and `async with`, as CPython:
//! `await x` drives a coroutine (or a generator marked by
//! `types.coroutine`) directly and anything else through the iterator its
//! type's `__await__` returns; `async for` gets its iterator from
//! `__aiter__` and awaits `__anext__()` until that raises
//! StopAsyncIteration. The special methods are looked up on the type.

use crate::bytecode::CodeFlags;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::ops;
use crate::qstr::{self, QStr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

/// The code flags of a generator or coroutine object, None for anything
/// else.
fn generator_flags(vm: &Vm, value: Value) -> Option<CodeFlags> {
    if vm.heap.kind_of(value) != Some(ObjKind::Generator) {
        return None;
    }
    let code = crate::objects::generator::field(vm, value, crate::objects::generator::CODE);
    Some(crate::objects::code::data(vm, code).info.flags)
}

fn is_coroutine(vm: &Vm, value: Value) -> bool {
    generator_flags(vm, value).is_some_and(|flags| flags.contains(CodeFlags::COROUTINE))
}

/// Call `type(value).name(value)`; None when the type has no such method.
fn call_special(vm: &mut Vm, value: Value, name: QStr) -> PyResult<Option<Value>> {
    if vm.heap.kind_of(value) != Some(ObjKind::Instance) {
        return Ok(None);
    }
    let class = crate::objects::instance::class(vm, value);
    let Some(method) = crate::objects::class::lookup_user(vm, class, name)? else {
        return Ok(None);
    };
    vm.call(method, &[value]).map(Some)
}

/// What `await value` iterates.
pub fn get_awaitable(vm: &mut Vm, value: Value) -> PyResult {
    if let Some(flags) = generator_flags(vm, value) {
        if flags.intersects(CodeFlags::COROUTINE | CodeFlags::ITERABLE_COROUTINE) {
            return Ok(value);
        }
    }
    let Some(iterator) = call_special(vm, value, qstr::DUNDER_AWAIT)? else {
        let message = format!(
            "object {} can't be used in 'await' expression",
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    };
    if is_coroutine(vm, iterator) {
        return Err(vm.raise_type_error("__await__() returned a coroutine"));
    }
    if !ops::iter::is_iterator(vm, iterator)? {
        let message = format!(
            "__await__() returned non-iterator of type '{}'",
            ops::types::type_name(vm, iterator)
        );
        return Err(vm.raise_type_error(&message));
    }
    Ok(iterator)
}

fn has_anext(vm: &mut Vm, value: Value) -> PyResult<bool> {
    if vm.heap.kind_of(value) != Some(ObjKind::Instance) {
        return Ok(false);
    }
    let class = crate::objects::instance::class(vm, value);
    Ok(crate::objects::class::lookup_user(vm, class, qstr::DUNDER_ANEXT)?.is_some())
}

/// `async for`'s iterator: `type(value).__aiter__(value)`.
pub fn get_aiter(vm: &mut Vm, value: Value) -> PyResult {
    let Some(iterator) = call_special(vm, value, qstr::DUNDER_AITER)? else {
        let message = format!(
            "'async for' requires an object with __aiter__ method, got {}",
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    };
    if !has_anext(vm, iterator)? {
        let message = format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            ops::types::type_name(vm, iterator)
        );
        return Err(vm.raise_type_error(&message));
    }
    Ok(iterator)
}

/// What `async for` awaits for its next item: the awaitable iterator of
/// `type(iterator).__anext__(iterator)`.
pub fn get_anext(vm: &mut Vm, iterator: Value) -> PyResult {
    let Some(next) = call_special(vm, iterator, qstr::DUNDER_ANEXT)? else {
        let message = format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            ops::types::type_name(vm, iterator)
        );
        return Err(vm.raise_type_error(&message));
    };
    vm.push_root(next);
    let awaitable = get_awaitable(vm, next);
    vm.pop_roots(1);
    awaitable.map_err(|raised| {
        if vm.exception_matches(crate::types::TYPE_ERROR) {
            vm.take_exception();
            let message = format!(
                "'async for' received an invalid object from __anext__: {}",
                ops::types::type_name(vm, next)
            );
            vm.raise_type_error(&message)
        } else {
            raised
        }
    })
}
