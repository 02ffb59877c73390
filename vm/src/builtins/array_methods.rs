//! `array.array(typecode, initializer)` and the methods of arrays.
//!
//! Items are encoded one by one into a Rust buffer before the array is
//! touched, so a bad item leaves the array unchanged (as CPython).

use super::args::{check, parse};
use crate::buffer::{self, element};
use crate::error::PyResult;
use crate::native::{Args, NativeFunction};
use crate::objects::{array, list, str as pystr};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::vec::Vec;

pub static METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("append", append),
    &NativeFunction::method("extend", extend),
    &NativeFunction::method("insert", insert),
    &NativeFunction::method("pop", pop),
    &NativeFunction::method("remove", remove),
    &NativeFunction::method("index", index),
    &NativeFunction::method("count", count),
    &NativeFunction::method("reverse", reverse),
    &NativeFunction::method("tobytes", tobytes),
    &NativeFunction::method("frombytes", frombytes),
    &NativeFunction::method("tolist", tolist),
    &NativeFunction::method("fromlist", fromlist),
    &NativeFunction::method("byteswap", byteswap),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__getitem__", dunder_getitem),
    &NativeFunction::method("__setitem__", dunder_setitem),
    &NativeFunction::method("__delitem__", dunder_delitem),
];

/// The array a method was called on (a user subclass wraps one).
fn receiver(vm: &Vm, args: &Args) -> Value {
    ops::arith::unwrap_native(vm, args.get(vm, 0))
}

/// `array(typecode[, initializer])`.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult {
    let [code, initializer] = parse(vm, args, "array", ["typecode", "initializer"], 1)?;
    let code = typecode_arg(vm, code)?;
    if initializer.is_unbound() {
        return array::new(vm, code, &[]);
    }
    if pystr::is_str(&vm.heap, initializer) {
        let message = format!(
            "cannot use a str to initialize an array with typecode '{}'",
            code as char
        );
        return Err(vm.raise_type_error(&message));
    }
    let native = ops::arith::unwrap_native(vm, initializer);
    if crate::objects::bytes::is_bytes_like(vm, native) {
        let data: Vec<u8> = crate::objects::bytes::data(vm, native).to_vec();
        check_whole_items(vm, code, data.len())?;
        return array::new(vm, code, &data);
    }
    let data = encode_iterable(vm, code, initializer)?;
    array::new(vm, code, &data)
}

fn typecode_arg(vm: &mut Vm, value: Value) -> PyResult<u8> {
    let Some(text) = pystr::as_text(vm, value) else {
        let message = format!(
            "array() argument 1 must be a unicode character, not {}",
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    };
    let mut chars = text.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return Err(vm.raise_type_error("array() argument 1 must be a unicode character, not str"));
    };
    if c.is_ascii() && element::TYPECODES.contains(c) {
        return Ok(c as u8);
    }
    Err(vm.raise_value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"))
}

fn check_whole_items(vm: &mut Vm, code: u8, bytes: usize) -> PyResult<()> {
    let size = element::size(code).unwrap_or(1);
    if !bytes.is_multiple_of(size) {
        return Err(vm.raise_value_error("bytes length not a multiple of item size"));
    }
    Ok(())
}

/// The encoded items of an iterable.
fn encode_iterable(vm: &mut Vm, code: u8, iterable: Value) -> PyResult<Vec<u8>> {
    let mark = vm.root_mark();
    let result = (|| {
        let items = ops::iter::collect_rooted(vm, iterable)?;
        encode_items(vm, code, &items)
    })();
    vm.truncate_roots(mark);
    result
}

fn encode_items(vm: &mut Vm, code: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let size = element::size(code).unwrap_or(1);
    let Some(total) = items.len().checked_mul(size) else {
        return Err(vm.raise_memory_error());
    };
    if total > vm.heap.bytes_total() {
        return Err(vm.raise_memory_error());
    }
    let mut data = Vec::with_capacity(total);
    for &item in items {
        let encoded = element::encode(vm, code, item)?;
        data.extend_from_slice(&encoded[..size]);
    }
    Ok(data)
}

fn encode_one(vm: &mut Vm, target: Value, value: Value) -> PyResult<([u8; 8], usize)> {
    let code = array::typecode(vm, target);
    let encoded = element::encode(vm, code, value)?;
    Ok((encoded, array::item_size(vm, target)))
}

/// `a + b` and `a += b`'s right side: another array of the same typecode.
pub fn same_kind_data(vm: &mut Vm, target: Value, other: Value) -> PyResult<Option<Vec<u8>>> {
    let other = ops::arith::unwrap_native(vm, other);
    if !array::is_array(vm, other) {
        return Ok(None);
    }
    if array::typecode(vm, other) != array::typecode(vm, target) {
        return Err(vm.raise_type_error("bad argument type for built-in operation"));
    }
    Ok(Some(array::data(vm, other).to_vec()))
}

fn append(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "append", 2, 2)?;
    let target = receiver(vm, args);
    let (encoded, size) = encode_one(vm, target, args.get(vm, 1))?;
    array::append_bytes(vm, target, &encoded[..size])?;
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "extend", 2, 2)?;
    let target = receiver(vm, args);
    let source = ops::arith::unwrap_native(vm, args.get(vm, 1));
    if array::is_array(vm, source) {
        if array::typecode(vm, source) != array::typecode(vm, target) {
            return Err(vm.raise_type_error("can only extend with array of same kind"));
        }
        let data = array::data(vm, source).to_vec();
        array::append_bytes(vm, target, &data)?;
        return Ok(Value::NONE);
    }
    // Item by item, as CPython: the items before a bad one stay appended.
    let iterator = ops::iter::get_iter(vm, args.get(vm, 1))?;
    vm.push_root(iterator);
    let result = (|| {
        while let Some(item) = ops::iter::next(vm, iterator)? {
            let (encoded, size) = encode_one(vm, target, item)?;
            array::append_bytes(vm, target, &encoded[..size])?;
        }
        Ok(Value::NONE)
    })();
    vm.pop_roots(1);
    result
}

/// A position for insert: clamped into 0..=len, negative from the end.
fn clamp_position(index: isize, len: usize) -> usize {
    let len = len as isize;
    (if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    }) as usize
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "insert", 3, 3)?;
    let target = receiver(vm, args);
    let index = ops::convert::index_isize(vm, args.get(vm, 1))?;
    let (encoded, size) = encode_one(vm, target, args.get(vm, 2))?;
    let len = array::len(vm, target);
    let position = clamp_position(index, len);
    array::set_len(vm, target, len + 1)?;
    let data = array::data_mut(vm, target);
    data.copy_within(position * size..len * size, (position + 1) * size);
    data[position * size..(position + 1) * size].copy_from_slice(&encoded[..size]);
    Ok(Value::NONE)
}

/// Remove item `position` (< len) from the array.
fn remove_at(vm: &mut Vm, target: Value, position: usize) -> PyResult<()> {
    let len = array::len(vm, target);
    buffer::check_resizable(vm, target)?;
    let size = array::item_size(vm, target);
    array::data_mut(vm, target).copy_within((position + 1) * size.., position * size);
    array::set_len(vm, target, len - 1)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "pop", 1, 2)?;
    let target = receiver(vm, args);
    let len = array::len(vm, target);
    let position = crate::builtins::args::pop_position(vm, args, len, "array")?;
    let item = array::item(vm, target, position)?;
    vm.push_root(item);
    let removed = remove_at(vm, target, position);
    vm.pop_roots(1);
    removed?;
    Ok(item)
}

/// The position of the first item equal to `value` from `start`, if any.
fn find(vm: &mut Vm, target: Value, value: Value, start: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < array::len(vm, target) {
        let item = array::item(vm, target, i)?;
        if ops::compare::equal(vm, item, value)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "remove", 2, 2)?;
    let target = receiver(vm, args);
    match find(vm, target, args.get(vm, 1), 0)? {
        Some(position) => {
            remove_at(vm, target, position)?;
            Ok(Value::NONE)
        }
        None => Err(vm.raise_value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "index", 2, 4)?;
    let target = receiver(vm, args);
    let len = array::len(vm, target) as isize;
    let bound = |vm: &mut Vm, i: usize, default: isize| -> PyResult<usize> {
        let n = match args.get_opt(vm, i) {
            Some(value) => ops::convert::index_isize(vm, value)?,
            None => default,
        };
        Ok((if n < 0 { (n + len).max(0) } else { n.min(len) }) as usize)
    };
    let start = bound(vm, 2, 0)?;
    let stop = bound(vm, 3, len)?;
    match find(vm, target, args.get(vm, 1), start)? {
        Some(position) if position < stop => Ok(Value::small_int(position as isize)),
        _ => Err(vm.raise_value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "count", 2, 2)?;
    let target = receiver(vm, args);
    let value = args.get(vm, 1);
    let mut found = 0;
    let mut i = 0;
    while i < array::len(vm, target) {
        let item = array::item(vm, target, i)?;
        if ops::compare::equal(vm, item, value)? {
            found += 1;
        }
        i += 1;
    }
    Ok(Value::small_int(found))
}

fn reverse(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "reverse", 1, 1)?;
    let target = receiver(vm, args);
    let size = array::item_size(vm, target);
    let data = array::data_mut(vm, target);
    data.reverse();
    // Reversing the bytes reversed each item's bytes too: undo that.
    for item in data.chunks_mut(size) {
        item.reverse();
    }
    Ok(Value::NONE)
}

fn byteswap(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "byteswap", 1, 1)?;
    let target = receiver(vm, args);
    let size = array::item_size(vm, target);
    for item in array::data_mut(vm, target).chunks_mut(size) {
        item.reverse();
    }
    Ok(Value::NONE)
}

fn tobytes(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "tobytes", 1, 1)?;
    let target = receiver(vm, args);
    let data: Vec<u8> = array::data(vm, target).to_vec();
    crate::objects::bytes::new(vm, &data)
}

fn frombytes(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "frombytes", 2, 2)?;
    let target = receiver(vm, args);
    let source = buffer::require(vm, args.get(vm, 1))?;
    let data: Vec<u8> = buffer::data(vm, source).to_vec();
    check_whole_items(vm, array::typecode(vm, target), data.len())?;
    array::append_bytes(vm, target, &data)?;
    Ok(Value::NONE)
}

/// All items as Python values (rooted until the caller truncates roots).
pub fn items_rooted(vm: &mut Vm, target: Value) -> PyResult<Vec<Value>> {
    let len = array::len(vm, target);
    let mut items = Vec::with_capacity(len);
    for i in 0..len {
        let item = array::item(vm, target, i)?;
        vm.push_root(item);
        items.push(item);
    }
    Ok(items)
}

fn tolist(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "tolist", 1, 1)?;
    let target = receiver(vm, args);
    let mark = vm.root_mark();
    let result = items_rooted(vm, target).and_then(|items| list::new(vm, &items));
    vm.truncate_roots(mark);
    result
}

fn fromlist(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "fromlist", 2, 2)?;
    let target = receiver(vm, args);
    let source = args.get(vm, 1);
    if vm.heap.kind_of(source) != Some(crate::heap::ObjKind::List) {
        return Err(vm.raise_type_error("arg must be list"));
    }
    let items: Vec<Value> = list::items(vm, source).to_vec();
    let code = array::typecode(vm, target);
    let data = encode_items(vm, code, &items)?;
    array::append_bytes(vm, target, &data)?;
    Ok(Value::NONE)
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__len__", 1, 1)?;
    let target = receiver(vm, args);
    Ok(Value::small_int(array::len(vm, target) as isize))
}

/// `array[index]`, `array[slice]` (a new array).
pub fn get_item(vm: &mut Vm, target: Value, key: Value) -> PyResult {
    let len = array::len(vm, target);
    if vm.heap.kind_of(key) == Some(crate::heap::ObjKind::Slice) {
        let resolved = crate::objects::slice::resolve(vm, key, len)?;
        let size = array::item_size(vm, target);
        let data = array::data(vm, target);
        let mut picked = Vec::with_capacity(resolved.count * size);
        for i in resolved.positions() {
            picked.extend_from_slice(&data[i * size..(i + 1) * size]);
        }
        let code = array::typecode(vm, target);
        return array::new(vm, code, &picked);
    }
    let Some(i) = item_index(vm, key, len)? else {
        return Err(vm.raise_index_error("array index out of range"));
    };
    array::item(vm, target, i)
}

/// An index into a sequence of `len` items: Some(position) when in range.
fn item_index(vm: &mut Vm, key: Value, len: usize) -> PyResult<Option<usize>> {
    if !ops::convert::is_index(vm, key)? {
        return Err(vm.raise_type_error("array indices must be integers"));
    }
    let index = ops::convert::index_isize(vm, key)?;
    let i = if index < 0 {
        index + len as isize
    } else {
        index
    };
    Ok((0..len as isize).contains(&i).then_some(i as usize))
}

/// `array[index] = value`, `array[slice] = other_array`.
pub fn set_item(vm: &mut Vm, target: Value, key: Value, value: Value) -> PyResult<()> {
    let len = array::len(vm, target);
    let size = array::item_size(vm, target);
    if vm.heap.kind_of(key) == Some(crate::heap::ObjKind::Slice) {
        let source = ops::arith::unwrap_native(vm, value);
        if !array::is_array(vm, source) {
            let message = format!(
                "can only assign array (not \"{}\") to array slice",
                ops::types::type_name(vm, value)
            );
            return Err(vm.raise_type_error(&message));
        }
        if array::typecode(vm, source) != array::typecode(vm, target) {
            return Err(vm.raise_type_error("bad argument type for built-in operation"));
        }
        let replacement: Vec<u8> = array::data(vm, source).to_vec();
        let resolved = crate::objects::slice::resolve(vm, key, len)?;
        let mut data: Vec<u8> = array::data(vm, target).to_vec();
        if resolved.step == 1 {
            let start = resolved.start.max(0) as usize;
            data.splice(start * size..(start + resolved.count) * size, replacement);
        } else {
            let count = replacement.len() / size;
            if count != resolved.count {
                let message = format!(
                    "attempt to assign array of size {} to extended slice of size {}",
                    count, resolved.count
                );
                return Err(vm.raise_value_error(&message));
            }
            for (k, position) in resolved.positions().enumerate() {
                data[position * size..(position + 1) * size]
                    .copy_from_slice(&replacement[k * size..(k + 1) * size]);
            }
        }
        array::set_len(vm, target, data.len() / size)?;
        array::data_mut(vm, target).copy_from_slice(&data);
        return Ok(());
    }
    let Some(i) = item_index(vm, key, len)? else {
        return Err(vm.raise_index_error("array assignment index out of range"));
    };
    let (encoded, size) = encode_one(vm, target, value)?;
    if i < array::len(vm, target) {
        array::data_mut(vm, target)[i * size..(i + 1) * size].copy_from_slice(&encoded[..size]);
    }
    Ok(())
}

/// `del array[key]`.
pub fn delete_item(vm: &mut Vm, target: Value, key: Value) -> PyResult<()> {
    let len = array::len(vm, target);
    let size = array::item_size(vm, target);
    if vm.heap.kind_of(key) == Some(crate::heap::ObjKind::Slice) {
        let resolved = crate::objects::slice::resolve(vm, key, len)?;
        let mut doomed: Vec<usize> = resolved.positions().collect();
        doomed.sort_unstable();
        let data: Vec<u8> = array::data(vm, target)
            .chunks(size)
            .enumerate()
            .filter(|(i, _)| doomed.binary_search(i).is_err())
            .flat_map(|(_, item)| item.iter().copied())
            .collect();
        array::set_len(vm, target, data.len() / size)?;
        array::data_mut(vm, target).copy_from_slice(&data);
        return Ok(());
    }
    let Some(i) = item_index(vm, key, len)? else {
        return Err(vm.raise_index_error("array assignment index out of range"));
    };
    remove_at(vm, target, i)
}

/// `array * times`.
pub fn repeat(vm: &mut Vm, target: Value, times: usize) -> PyResult {
    let data: Vec<u8> = array::data(vm, target).to_vec();
    let Some(total) = data.len().checked_mul(times) else {
        return Err(vm.raise_memory_error());
    };
    if total > vm.heap.bytes_total() {
        return Err(vm.raise_memory_error());
    }
    let code = array::typecode(vm, target);
    array::new(vm, code, &data.repeat(times))
}

// Dunder methods, for explicit calls and subclasses' super() calls.

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__getitem__", 2, 2)?;
    let target = receiver(vm, args);
    get_item(vm, target, args.get(vm, 1))
}

fn dunder_setitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__setitem__", 3, 3)?;
    let target = receiver(vm, args);
    set_item(vm, target, args.get(vm, 1), args.get(vm, 2))?;
    Ok(Value::NONE)
}

fn dunder_delitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__delitem__", 2, 2)?;
    let target = receiver(vm, args);
    delete_item(vm, target, args.get(vm, 1))?;
    Ok(Value::NONE)
}
