//! Subscripts: `obj[key]`, `obj[key] = value`, `del obj[key]`, with
//! integer indices (negative from the end) and slices for the sequence
//! types, keys for dicts, and `__getitem__`/`__setitem__`/`__delitem__` for
//! user classes.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{bytes, dict, int, list, range, slice, str as pystr, tuple};
use crate::ops;
use crate::qstr::{self, QStr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

fn is_slice(vm: &Vm, key: Value) -> bool {
    vm.heap.kind_of(key) == Some(ObjKind::Slice)
}

/// Normalise an index against `len`; None if out of range.
fn normalise(index: isize, len: usize) -> Option<usize> {
    let len = len as isize;
    let i = if index < 0 { index + len } else { index };
    (0..len).contains(&i).then_some(i as usize)
}

fn index_type_error(vm: &mut Vm, what: &str, key: Value) -> crate::error::Raised {
    let message = format!(
        "{} indices must be integers or slices, not {}",
        what,
        ops::types::type_name(vm, key)
    );
    vm.raise_type_error(&message)
}

/// Call a user class's `__getitem__`-family method; None if absent.
fn user_method(vm: &mut Vm, object: Value, name: QStr, args: &[Value]) -> PyResult<Option<Value>> {
    let class = crate::objects::instance::class(vm, object);
    match crate::objects::class::lookup_user(vm, class, name)? {
        Some(method) => ops::attr::call_special(vm, method, object, args).map(Some),
        None => Ok(None),
    }
}

/// The position a deque subscript names: deques take integer indexes
/// only (no slices), as CPython's.
fn deque_position(vm: &mut Vm, deque: Value, key: Value) -> PyResult<usize> {
    if !ops::convert::is_index(vm, key)? {
        let message = format!(
            "sequence index must be integer, not '{}'",
            ops::types::type_name(vm, key)
        );
        return Err(vm.raise_type_error(&message));
    }
    let index = ops::convert::index_isize(vm, key)?;
    normalise(index, crate::objects::deque::len(vm, deque))
        .ok_or_else(|| vm.raise_index_error("deque index out of range"))
}

/// `object[key]`.
pub fn get_item(vm: &mut Vm, object: Value, key: Value) -> PyResult {
    if pystr::is_str(&vm.heap, object) {
        return str_item(vm, object, key);
    }
    match vm.heap.kind_of(object) {
        Some(ObjKind::Deque) => {
            let i = deque_position(vm, object, key)?;
            Ok(crate::objects::deque::item(vm, object, i))
        }
        Some(ObjKind::List) | Some(ObjKind::Tuple) => {
            let is_list = vm.heap.kind_of(object) == Some(ObjKind::List);
            let what = if is_list { "list" } else { "tuple" };
            if is_slice(vm, key) {
                let len = ops::sequence::len_of(vm, object);
                let resolved = slice::resolve(vm, key, len)?;
                let items: Vec<Value> = resolved
                    .positions()
                    .map(|i| ops::sequence::item_of(vm, object, i))
                    .collect();
                return if is_list {
                    list::new(vm, &items)
                } else {
                    tuple::new(vm, &items)
                };
            }
            if !ops::convert::is_index(vm, key)? {
                return Err(index_type_error(vm, what, key));
            }
            let index = ops::convert::index_isize(vm, key)?;
            let len = ops::sequence::len_of(vm, object);
            match normalise(index, len) {
                Some(i) => Ok(ops::sequence::item_of(vm, object, i)),
                None => {
                    let message = format!("{what} index out of range");
                    Err(vm.raise_index_error(&message))
                }
            }
        }
        Some(ObjKind::Dict) => match dict::get(vm, object, key)? {
            Some(value) => Ok(value),
            None => Err(vm.raise_key_error(key)),
        },
        Some(ObjKind::Bytes) | Some(ObjKind::ByteArray) => {
            let is_array = vm.heap.kind_of(object) == Some(ObjKind::ByteArray);
            if is_slice(vm, key) {
                let len = bytes::data(vm, object).len();
                let resolved = slice::resolve(vm, key, len)?;
                let data = bytes::data(vm, object);
                let picked: Vec<u8> = resolved.positions().map(|i| data[i]).collect();
                return if is_array {
                    bytes::new_bytearray(vm, &picked)
                } else {
                    bytes::new(vm, &picked)
                };
            }
            if !ops::convert::is_index(vm, key)? {
                return Err(index_type_error(
                    vm,
                    if is_array { "bytearray" } else { "byte" },
                    key,
                ));
            }
            let index = ops::convert::index_isize(vm, key)?;
            let data = bytes::data(vm, object);
            match normalise(index, data.len()) {
                Some(i) => Ok(Value::small_int(data[i] as isize)),
                None => Err(vm.raise_index_error(if is_array {
                    "bytearray index out of range"
                } else {
                    "index out of range"
                })),
            }
        }
        Some(ObjKind::Array) => crate::builtins::array_methods::get_item(vm, object, key),
        Some(ObjKind::MemoryView) => crate::builtins::memoryview_methods::get_item(vm, object, key),
        Some(ObjKind::Range) => {
            let Some((start, stop, step)) = range::small_bounds(vm, object) else {
                return big_range_item(vm, object, key);
            };
            let len = range::length(start, stop, step);
            if is_slice(vm, key) {
                // CPython's bounds: the slice's indices mapped through the
                // range (so range(0, 20, 3)[::2] is range(0, 21, 6)). In
                // i128, as they may leave the small ints.
                let resolved = slice::resolve(vm, key, len)?;
                let (start, step) = (start as i128, step as i128);
                let new_start = int::from_i128(vm, start + resolved.start as i128 * step)?;
                vm.push_root(new_start);
                let new_stop = int::from_i128(vm, start + resolved.stop as i128 * step);
                let new_stop = new_stop.and_then(|new_stop| {
                    vm.push_root(new_stop);
                    let new_step = int::from_i128(vm, step * resolved.step as i128);
                    let made = new_step.and_then(|new_step| {
                        vm.push_root(new_step);
                        let made = range::new_values(vm, new_start, new_stop, new_step);
                        vm.pop_roots(1);
                        made
                    });
                    vm.pop_roots(1);
                    made
                });
                vm.pop_roots(1);
                return new_stop;
            }
            let index = ops::convert::index_isize(vm, key)?;
            match normalise(index, len) {
                Some(i) => Ok(Value::small_int(start + i as isize * step)),
                None => Err(vm.raise_index_error("range object index out of range")),
            }
        }
        Some(ObjKind::Instance) => {
            if let Some(result) = user_method(vm, object, qstr::DUNDER_GETITEM, &[key])? {
                return Ok(result);
            }
            let native = ops::arith::unwrap_native(vm, object);
            if native != object {
                if vm.heap.kind_of(native) == Some(ObjKind::Dict) {
                    if let Some(value) = dict::get(vm, native, key)? {
                        return Ok(value);
                    }
                    // dict subclasses may supply __missing__.
                    if let Some(result) = user_method(vm, object, qstr::DUNDER_MISSING, &[key])? {
                        return Ok(result);
                    }
                    return Err(vm.raise_key_error(key));
                }
                return get_item(vm, native, key);
            }
            Err(not_subscriptable(vm, object))
        }
        Some(ObjKind::Class) => {
            // `list[int]`-style generic aliases: return the class itself.
            Ok(object)
        }
        _ => {
            if object.as_builtin_type().is_some() {
                return Ok(object);
            }
            Err(not_subscriptable(vm, object))
        }
    }
}

fn not_subscriptable(vm: &mut Vm, object: Value) -> crate::error::Raised {
    let message = format!(
        "'{}' object is not subscriptable",
        ops::types::type_name(vm, object)
    );
    vm.raise_type_error(&message)
}

fn str_item(vm: &mut Vm, text_value: Value, key: Value) -> PyResult {
    if is_slice(vm, key) {
        let len = pystr::char_count(vm, text_value);
        let resolved = slice::resolve(vm, key, len)?;
        if pystr::has_surrogates(&vm.heap, text_value) {
            let data = pystr::bytes(vm, text_value);
            let starts: Vec<usize> = (0..data.len())
                .filter(|&i| (data[i] & 0xC0) != 0x80)
                .chain(core::iter::once(data.len()))
                .collect();
            let mut piece = Vec::new();
            for i in resolved.positions() {
                piece.extend_from_slice(&data[starts[i]..starts[i + 1]]);
            }
            return pystr::from_wtf8(vm, &piece);
        }
        let text = pystr::text(vm, text_value);
        let result: String = if pystr::is_ascii(vm, text_value) {
            if resolved.step == 1 {
                let start = resolved.start.max(0) as usize;
                String::from(&text[start..start + resolved.count])
            } else {
                let bytes = text.as_bytes();
                resolved.positions().map(|i| bytes[i] as char).collect()
            }
        } else {
            let chars: Vec<char> = text.chars().collect();
            resolved.positions().map(|i| chars[i]).collect()
        };
        return pystr::new(vm, &result);
    }
    if !ops::convert::is_index(vm, key)? {
        let message = format!(
            "string indices must be integers, not '{}'",
            ops::types::type_name(vm, key)
        );
        return Err(vm.raise_type_error(&message));
    }
    let index = ops::convert::index_isize(vm, key)?;
    let len = pystr::char_count(vm, text_value);
    let Some(i) = normalise(index, len) else {
        return Err(vm.raise_index_error("string index out of range"));
    };
    let at = pystr::byte_offset(vm, text_value, i);
    match pystr::char_at_offset(vm, text_value, at)? {
        Some((c, _)) => Ok(c),
        None => Err(vm.raise_index_error("string index out of range")),
    }
}

/// `object[key] = value`.
pub fn set_item(vm: &mut Vm, object: Value, key: Value, value: Value) -> PyResult<()> {
    match vm.heap.kind_of(object) {
        Some(ObjKind::Deque) => {
            let i = deque_position(vm, object, key)?;
            crate::objects::deque::set_item(vm, object, i, value);
            Ok(())
        }
        Some(ObjKind::List) => {
            if is_slice(vm, key) {
                return set_list_slice(vm, object, key, value);
            }
            if !ops::convert::is_index(vm, key)? {
                return Err(index_type_error(vm, "list", key));
            }
            let index = ops::convert::index_isize(vm, key)?;
            match normalise(index, list::len(vm, object)) {
                Some(i) => {
                    list::set_item(vm, object, i, value);
                    Ok(())
                }
                None => Err(vm.raise_index_error("list assignment index out of range")),
            }
        }
        Some(ObjKind::Dict) => dict::set(vm, object, key, value),
        Some(ObjKind::Array) => crate::builtins::array_methods::set_item(vm, object, key, value),
        Some(ObjKind::MemoryView) => {
            crate::builtins::memoryview_methods::set_item(vm, object, key, value)
        }
        Some(ObjKind::ByteArray) => {
            if is_slice(vm, key) {
                let replacement: Vec<u8> = byte_values(vm, value)?;
                let len = bytes::bytearray_len(vm, object);
                let resolved = slice::resolve(vm, key, len)?;
                let mut data: Vec<u8> = bytes::data(vm, object).to_vec();
                if resolved.step == 1 {
                    let start = resolved.start.max(0) as usize;
                    data.splice(start..start + resolved.count, replacement);
                } else {
                    if replacement.len() != resolved.count {
                        let message = format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            replacement.len(),
                            resolved.count
                        );
                        return Err(vm.raise_value_error(&message));
                    }
                    for (position, byte) in resolved.positions().zip(replacement) {
                        data[position] = byte;
                    }
                }
                bytes::bytearray_set_len(vm, object, data.len())?;
                bytes::bytearray_data_mut(vm, object).copy_from_slice(&data);
                return Ok(());
            }
            let index = ops::convert::index_isize(vm, key)?;
            let byte = byte_value(vm, value)?;
            let len = bytes::bytearray_len(vm, object);
            match normalise(index, len) {
                Some(i) => {
                    bytes::bytearray_data_mut(vm, object)[i] = byte;
                    Ok(())
                }
                None => Err(vm.raise_index_error("bytearray index out of range")),
            }
        }
        Some(ObjKind::Instance) => {
            if user_method(vm, object, qstr::DUNDER_SETITEM, &[key, value])?.is_some() {
                return Ok(());
            }
            let native = ops::arith::unwrap_native(vm, object);
            // An immutable builtin base (a tuple) refuses in the subclass's
            // name, as CPython.
            let immutable = !matches!(
                vm.heap.kind_of(native),
                Some(ObjKind::List | ObjKind::Dict | ObjKind::ByteArray | ObjKind::Deque)
            );
            if native != object && !immutable {
                return set_item(vm, native, key, value);
            }
            Err(no_assignment(vm, object))
        }
        _ => Err(no_assignment(vm, object)),
    }
}

fn no_assignment(vm: &mut Vm, object: Value) -> crate::error::Raised {
    let message = format!(
        "'{}' object does not support item assignment",
        ops::types::type_name(vm, object)
    );
    vm.raise_type_error(&message)
}

fn byte_value(vm: &mut Vm, value: Value) -> PyResult<u8> {
    let n = ops::convert::index_isize(vm, value)?;
    if !(0..=255).contains(&n) {
        return Err(vm.raise_value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

/// The bytes of a bytes-like value or an iterable of ints.
pub fn byte_values(vm: &mut Vm, value: Value) -> PyResult<Vec<u8>> {
    if crate::buffer::is_buffer(vm, value) {
        return Ok(crate::buffer::data(vm, value).to_vec());
    }
    if crate::objects::memoryview::is_memoryview(vm, ops::arith::unwrap_native(vm, value)) {
        return Err(crate::buffer::released_error(vm));
    }
    let mark = vm.root_mark();
    let result = (|| {
        let items = ops::iter::collect_rooted(vm, value)?;
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(byte_value(vm, item)?);
        }
        Ok(out)
    })();
    vm.truncate_roots(mark);
    result
}

fn set_list_slice(vm: &mut Vm, target: Value, key: Value, value: Value) -> PyResult<()> {
    let mark = vm.root_mark();
    let result = (|| {
        let items = if value == target {
            let copied = list::items(vm, target).to_vec();
            vm.roots.extend_from_slice(&copied);
            copied
        } else if !ops::iter::is_iterable(vm, value)? {
            return Err(vm.raise_type_error("can only assign an iterable"));
        } else {
            ops::iter::collect_rooted(vm, value)?
        };
        let len = list::len(vm, target);
        let resolved = slice::resolve(vm, key, len)?;
        if resolved.step == 1 {
            let start = resolved.start.max(0) as usize;
            let end = (start + resolved.count).max(start);
            return list::splice(vm, target, start, end, &items);
        }
        if items.len() != resolved.count {
            let message = format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                resolved.count
            );
            return Err(vm.raise_value_error(&message));
        }
        for (position, item) in resolved.positions().zip(items) {
            list::set_item(vm, target, position, item);
        }
        Ok(())
    })();
    vm.truncate_roots(mark);
    result
}

/// `del object[key]`.
pub fn delete_item(vm: &mut Vm, object: Value, key: Value) -> PyResult<()> {
    match vm.heap.kind_of(object) {
        Some(ObjKind::Deque) => {
            let i = deque_position(vm, object, key)?;
            crate::objects::deque::remove_at(vm, object, i);
            Ok(())
        }
        Some(ObjKind::List) => {
            let len = list::len(vm, object);
            if is_slice(vm, key) {
                let resolved = slice::resolve(vm, key, len)?;
                let mut doomed: Vec<usize> = resolved.positions().collect();
                doomed.sort_unstable();
                let kept: Vec<Value> = list::items(vm, object)
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| doomed.binary_search(i).is_err())
                    .map(|(_, &v)| v)
                    .collect();
                return list::splice(vm, object, 0, len, &kept);
            }
            if !ops::convert::is_index(vm, key)? {
                return Err(index_type_error(vm, "list", key));
            }
            let index = ops::convert::index_isize(vm, key)?;
            match normalise(index, len) {
                Some(i) => {
                    list::remove_at(vm, object, i);
                    Ok(())
                }
                None => Err(vm.raise_index_error("list assignment index out of range")),
            }
        }
        Some(ObjKind::Dict) => match dict::remove(vm, object, key)? {
            Some(_) => Ok(()),
            None => Err(vm.raise_key_error(key)),
        },
        Some(ObjKind::Array) => crate::builtins::array_methods::delete_item(vm, object, key),
        Some(ObjKind::MemoryView) => {
            let message = if crate::objects::memoryview::layout(vm, object).readonly {
                "cannot modify read-only memory"
            } else {
                "cannot delete memory"
            };
            Err(vm.raise_type_error(message))
        }
        Some(ObjKind::ByteArray) => {
            let len = bytes::bytearray_len(vm, object);
            let mut data: Vec<u8> = bytes::data(vm, object).to_vec();
            if is_slice(vm, key) {
                let resolved = slice::resolve(vm, key, len)?;
                let mut doomed: Vec<usize> = resolved.positions().collect();
                doomed.sort_unstable();
                data = data
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| doomed.binary_search(i).is_err())
                    .map(|(_, &b)| b)
                    .collect();
            } else {
                let index = ops::convert::index_isize(vm, key)?;
                match normalise(index, len) {
                    Some(i) => {
                        data.remove(i);
                    }
                    None => return Err(vm.raise_index_error("bytearray index out of range")),
                }
            }
            bytes::bytearray_set_len(vm, object, data.len())?;
            bytes::bytearray_data_mut(vm, object).copy_from_slice(&data);
            Ok(())
        }
        Some(ObjKind::Instance) => {
            if user_method(vm, object, qstr::DUNDER_DELITEM, &[key])?.is_some() {
                return Ok(());
            }
            let native = ops::arith::unwrap_native(vm, object);
            if native != object {
                return delete_item(vm, native, key);
            }
            Err(no_deletion(vm, object))
        }
        _ => Err(no_deletion(vm, object)),
    }
}

fn no_deletion(vm: &mut Vm, object: Value) -> crate::error::Raised {
    let message = format!(
        "'{}' object doesn't support item deletion",
        ops::types::type_name(vm, object)
    );
    vm.raise_type_error(&message)
}

/// `range[key]` for a range with a bound beyond the small ints.
fn big_range_item(vm: &mut Vm, range_value: Value, key: Value) -> PyResult {
    if is_slice(vm, key) {
        return Err(vm.raise_overflow_error("Python int too large to convert to C ssize_t"));
    }
    let index = ops::convert::index_value(vm, key)?;
    match range::item_value(vm, range_value, index)? {
        Some(item) => Ok(item),
        None => Err(vm.raise_index_error("range object index out of range")),
    }
}
