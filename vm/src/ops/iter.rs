//! The iteration protocol: `iter()`, `next()`, and `send()` for `yield
//! from`. Builtin containers get builtin iterator objects (see
//! objects/iterator.rs); generators resume; user classes use `__iter__` /
//! `__next__`, or `__getitem__` with indices 0, 1, 2, ...

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::interp::generator::Resumed;
use crate::objects::iterator::{self, IterKind};
use crate::objects::{bytes, dict, list, range, str as pystr, tuple};
use crate::ops;
use crate::qstr;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::vec::Vec;

/// What a sub-iterator did with a sent value.
pub enum Sent {
    Yielded(Value),
    Returned(Value),
}

fn small(n: usize) -> Value {
    Value::small_int(n as isize)
}

/// `iter(value)`.
pub fn get_iter(vm: &mut Vm, value: Value) -> PyResult {
    if value.as_qstr().is_some() {
        return iterator::new(vm, IterKind::SeqForward, value, small(0), Value::NONE);
    }
    match vm.heap.kind_of(value) {
        Some(
            ObjKind::List
            | ObjKind::Tuple
            | ObjKind::Str
            | ObjKind::SurrogateStr
            | ObjKind::Bytes
            | ObjKind::ByteArray
            | ObjKind::Array
            | ObjKind::Deque,
        ) => iterator::new(vm, IterKind::SeqForward, value, small(0), Value::NONE),
        Some(ObjKind::MemoryView) => {
            if crate::objects::memoryview::is_released(vm, value) {
                return Err(crate::buffer::released_error(vm));
            }
            iterator::new(vm, IterKind::SeqForward, value, small(0), Value::NONE)
        }
        Some(ObjKind::Range) => {
            if let Some((start, stop, step)) = range::small_bounds(vm, value) {
                let count = range::length(start, stop, step);
                return iterator::new(
                    vm,
                    IterKind::Range,
                    Value::small_int(start),
                    Value::small_int(step),
                    small(count),
                );
            }
            // Big bounds: the iterator's state holds big ints too.
            let count = range::length_value(vm, value)?;
            vm.push_root(count);
            let (start, _, step) = range::fields(vm, value);
            let made = iterator::new(vm, IterKind::Range, start, step, count);
            vm.pop_roots(1);
            made
        }
        Some(ObjKind::Dict) => {
            let len = dict::len(vm, value);
            iterator::new(vm, IterKind::DictKeys, value, small(0), small(len))
        }
        Some(ObjKind::Set | ObjKind::FrozenSet) => {
            let len = dict::len(vm, value);
            iterator::new(vm, IterKind::SetItems, value, small(0), small(len))
        }
        Some(ObjKind::Iterator) => {
            let kind = match iterator::kind(vm, value) {
                IterKind::KeysView => IterKind::DictKeys,
                IterKind::ValuesView => IterKind::DictValues,
                IterKind::ItemsView => IterKind::DictItems,
                _ => return Ok(value),
            };
            let source = iterator::state(vm, value, 1);
            let len = dict::len(vm, source);
            iterator::new(vm, kind, source, small(0), small(len))
        }
        Some(ObjKind::Generator) => Ok(value),
        Some(ObjKind::Instance) => {
            let class = crate::objects::instance::class(vm, value);
            if let Some(method) = crate::objects::class::lookup_user(vm, class, qstr::DUNDER_ITER)?
            {
                let result = vm.call(method, &[value])?;
                if !is_iterator(vm, result)? {
                    let message = format!(
                        "iter() returned non-iterator of type '{}'",
                        ops::types::type_name(vm, result)
                    );
                    return Err(vm.raise_type_error(&message));
                }
                return Ok(result);
            }
            // A builtin base's own iteration comes before the sequence
            // protocol over a user `__getitem__`: `list.__iter__` is in
            // the MRO of a list subclass, ahead of nothing the user wrote.
            let native = ops::arith::unwrap_native(vm, value);
            if native != value && is_iterable(vm, native)? {
                return get_iter(vm, native);
            }
            if crate::objects::class::lookup_user(vm, class, qstr::DUNDER_GETITEM)?.is_some() {
                return iterator::new(vm, IterKind::SeqForward, value, small(0), Value::NONE);
            }
            Err(not_iterable(vm, value))
        }
        _ => Err(not_iterable(vm, value)),
    }
}

/// Whether `iter(value)` would find a way to iterate (without calling
/// anything), for the messages that name the operation ("cannot unpack
/// non-iterable ...").
pub fn is_iterable(vm: &mut Vm, value: Value) -> PyResult<bool> {
    if value.as_qstr().is_some() {
        return Ok(true);
    }
    Ok(match vm.heap.kind_of(value) {
        Some(
            ObjKind::List
            | ObjKind::Tuple
            | ObjKind::Str
            | ObjKind::SurrogateStr
            | ObjKind::Bytes
            | ObjKind::ByteArray
            | ObjKind::Array
            | ObjKind::MemoryView
            | ObjKind::Range
            | ObjKind::Dict
            | ObjKind::Set
            | ObjKind::FrozenSet
            | ObjKind::Iterator
            | ObjKind::Generator
            | ObjKind::Deque,
        ) => true,
        Some(ObjKind::Instance) => {
            let class = crate::objects::instance::class(vm, value);
            if crate::objects::class::lookup_user(vm, class, qstr::DUNDER_ITER)?.is_some()
                || crate::objects::class::lookup_user(vm, class, qstr::DUNDER_GETITEM)?.is_some()
            {
                true
            } else {
                let native = ops::arith::unwrap_native(vm, value);
                native != value && is_iterable(vm, native)?
            }
        }
        _ => false,
    })
}

fn not_iterable(vm: &mut Vm, value: Value) -> crate::error::Raised {
    let message = format!(
        "'{}' object is not iterable",
        ops::types::type_name(vm, value)
    );
    vm.raise_type_error(&message)
}

pub(crate) fn is_iterator(vm: &mut Vm, value: Value) -> PyResult<bool> {
    match vm.heap.kind_of(value) {
        Some(ObjKind::Iterator) => Ok(!matches!(
            iterator::kind(vm, value),
            IterKind::KeysView | IterKind::ValuesView | IterKind::ItemsView
        )),
        Some(ObjKind::Generator) => Ok(true),
        Some(ObjKind::Instance) => {
            let class = crate::objects::instance::class(vm, value);
            Ok(crate::objects::class::lookup_user(vm, class, qstr::DUNDER_NEXT)?.is_some())
        }
        _ => Ok(false),
    }
}

/// `next(iterator)`: the next item of an iterator, None once it is exhausted (a
/// StopIteration raised by a Python `__next__` counts as exhaustion).
pub fn next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    match next_raw(vm, it) {
        Err(raised) => {
            if vm.exception_matches(types::STOP_ITERATION) {
                vm.take_exception();
                Ok(None)
            } else {
                Err(raised)
            }
        }
        result => result,
    }
}

/// As `next`, but a StopIteration raised by a Python `__next__` (or
/// anything it calls) propagates, carrying its arguments, as CPython's
/// `tp_iternext` leaves it set: `next()`, `yield from` and the iterators
/// wrapping others (map, zip, ...) pass it on unchanged. None is the
/// exhaustion of a builtin iterator or generator.
pub fn next_raw(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    match vm.heap.kind_of(it) {
        Some(ObjKind::Iterator) => next_builtin(vm, it),
        Some(ObjKind::Generator) => match vm.resume_generator(it, Value::NONE, None)? {
            Resumed::Yielded(value) => Ok(Some(value)),
            Resumed::Returned(_) => Ok(None),
        },
        Some(ObjKind::Instance) => {
            let class = crate::objects::instance::class(vm, it);
            let Some(method) = crate::objects::class::lookup_user(vm, class, qstr::DUNDER_NEXT)?
            else {
                return Err(not_an_iterator(vm, it));
            };
            vm.call(method, &[it]).map(Some)
        }
        _ => Err(not_an_iterator(vm, it)),
    }
}

/// The value a StopIteration being raised carries (its first argument,
/// None without one), taking the exception.
pub fn take_stop_iteration_value(vm: &mut Vm) -> Value {
    let exception = vm.take_exception();
    let args = crate::objects::exception::field(vm, exception, crate::objects::exception::ARGS);
    if args.is_heap() && tuple::len(vm, args) > 0 {
        tuple::item(vm, args, 0)
    } else {
        Value::NONE
    }
}

fn not_an_iterator(vm: &mut Vm, value: Value) -> crate::error::Raised {
    let message = format!(
        "'{}' object is not an iterator",
        ops::types::type_name(vm, value)
    );
    vm.raise_type_error(&message)
}

/// Item `position` of a builtin sequence (list, tuple, deque, bytes,
/// bytearray, array, memoryview), None past its end: one step of its
/// iterator, shared with the allocation-free loop states (`ops/loop_state.rs`).
pub(crate) fn sequence_item(
    vm: &mut Vm,
    source: Value,
    position: usize,
) -> PyResult<Option<Value>> {
    Ok(match vm.heap.kind_of(source) {
        Some(ObjKind::List) => {
            (position < list::len(vm, source)).then(|| list::item(vm, source, position))
        }
        Some(ObjKind::Tuple) => {
            (position < tuple::len(vm, source)).then(|| tuple::item(vm, source, position))
        }
        Some(ObjKind::Deque) => (position < crate::objects::deque::len(vm, source))
            .then(|| crate::objects::deque::item(vm, source, position)),
        Some(ObjKind::Bytes | ObjKind::ByteArray) => bytes::data(vm, source)
            .get(position)
            .map(|&b| Value::small_int(b as isize)),
        Some(ObjKind::Array | ObjKind::MemoryView) => {
            if position < ops::len::len(vm, source)? {
                Some(ops::subscript::get_item(vm, source, small(position))?)
            } else {
                None
            }
        }
        _ => None,
    })
}

/// The character of a str at byte offset `position` and the offset after
/// it, None at the end: one step of a str's iterator. A one-character
/// ASCII str is interned, so this allocates nothing for ASCII text.
pub(crate) fn text_item(
    vm: &mut Vm,
    source: Value,
    position: usize,
) -> PyResult<Option<(Value, usize)>> {
    pystr::char_at_offset(vm, source, position)
}

/// The first live entry of a dict or set at or after `position`, with the
/// position after it.
pub(crate) fn table_entry(
    vm: &Vm,
    table: Value,
    mut position: usize,
) -> Option<(Value, Value, usize)> {
    let used = dict::used(vm, table);
    while position < used {
        if let Some((key, value)) = dict::entry(vm, table, position) {
            return Some((key, value, position + 1));
        }
        position += 1;
    }
    None
}

/// The RuntimeError of a dict or set whose size changed while iterated.
pub(crate) fn changed_size_error(vm: &mut Vm, table: Value) -> crate::error::Raised {
    let message = if matches!(
        vm.heap.kind_of(table),
        Some(ObjKind::Set | ObjKind::FrozenSet)
    ) {
        "Set changed size during iteration"
    } else {
        "dictionary changed size during iteration"
    };
    vm.raise_runtime_error(message)
}

fn next_builtin(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let state = |vm: &Vm, i| iterator::state(vm, it, i);
    match iterator::kind(vm, it) {
        IterKind::SeqForward => {
            let source = state(vm, 1);
            let position = state(vm, 2).small_int_unchecked() as usize;
            if pystr::is_str(&vm.heap, source) {
                // For text the position is a byte offset.
                let Some((item, after)) = text_item(vm, source, position)? else {
                    return Ok(None);
                };
                iterator::set_state(vm, it, 2, small(after));
                return Ok(Some(item));
            }
            let item = match vm.heap.kind_of(source) {
                Some(
                    ObjKind::List
                    | ObjKind::Tuple
                    | ObjKind::Deque
                    | ObjKind::Bytes
                    | ObjKind::ByteArray
                    | ObjKind::Array
                    | ObjKind::MemoryView,
                ) => sequence_item(vm, source, position)?,
                Some(ObjKind::Instance) => {
                    // The old sequence protocol: __getitem__(0), (1), ...
                    match ops::subscript::get_item(vm, source, small(position)) {
                        Ok(value) => Some(value),
                        Err(raised) => {
                            if vm.exception_matches(types::INDEX_ERROR)
                                || vm.exception_matches(types::STOP_ITERATION)
                            {
                                vm.take_exception();
                                None
                            } else {
                                return Err(raised);
                            }
                        }
                    }
                }
                _ => None,
            };
            if item.is_some() {
                iterator::set_state(vm, it, 2, small(position + 1));
            } else {
                // Exhausted iterators stay exhausted even if the list grows.
                iterator::set_state(vm, it, 2, small(usize::MAX >> 2));
            }
            Ok(item)
        }
        IterKind::SeqReverse => {
            let source = state(vm, 1);
            let position = state(vm, 2).small_int_unchecked() as usize;
            if position == 0 {
                return Ok(None);
            }
            // A list or bytearray may have shrunk since the last step; a
            // str cannot (and counting its characters is not free).
            let len = if pystr::is_str(&vm.heap, source) {
                position
            } else if bytes::is_bytes_like(vm, source) {
                bytes::data(vm, source).len()
            } else {
                ops::sequence::len_of(vm, source)
            };
            if position > len {
                iterator::set_state(vm, it, 2, small(0));
                return Ok(None);
            }
            iterator::set_state(vm, it, 2, small(position - 1));
            if pystr::is_str(&vm.heap, source) {
                let at = pystr::byte_offset(vm, source, position - 1);
                return Ok(pystr::char_at_offset(vm, source, at)?.map(|(c, _)| c));
            }
            if bytes::is_bytes_like(vm, source) {
                return Ok(Some(Value::small_int(
                    bytes::data(vm, source)[position - 1] as isize,
                )));
            }
            Ok(Some(ops::sequence::item_of(vm, source, position - 1)))
        }
        IterKind::Range => {
            let (value, step, remaining) = (state(vm, 1), state(vm, 2), state(vm, 3));
            if let (Some(v), Some(s), Some(r)) = (
                value.as_small_int(),
                step.as_small_int(),
                remaining.as_small_int(),
            ) {
                if r <= 0 {
                    return Ok(None);
                }
                let next_value = v
                    .checked_add(s)
                    .and_then(|n| Value::try_small_int(n as i64));
                if let Some(next_value) = next_value {
                    iterator::set_state(vm, it, 3, Value::small_int(r - 1));
                    if r > 1 {
                        iterator::set_state(vm, it, 1, next_value);
                    }
                    return Ok(Some(value));
                }
            }
            // Beyond the small ints: the same steps in generic arithmetic.
            if crate::objects::int::sign(vm, remaining) <= 0 {
                return Ok(None);
            }
            let mark = vm.root_mark();
            vm.push_root(it);
            vm.push_root(value);
            let result = (|| {
                let left = ops::arith::binary(vm, BinaryOp::Sub, remaining, Value::small_int(1))?;
                iterator::set_state(vm, it, 3, left);
                if crate::objects::int::sign(vm, left) > 0 {
                    let next_value = ops::arith::binary(vm, BinaryOp::Add, value, step)?;
                    iterator::set_state(vm, it, 1, next_value);
                }
                Ok(Some(value))
            })();
            vm.truncate_roots(mark);
            result
        }
        kind @ (IterKind::DictKeys
        | IterKind::DictValues
        | IterKind::DictItems
        | IterKind::SetItems) => {
            let source = state(vm, 1);
            let position = state(vm, 2).small_int_unchecked() as usize;
            let start_len = state(vm, 3).small_int_unchecked() as usize;
            if dict::len(vm, source) != start_len {
                // Report once, then stay exhausted.
                iterator::set_state(vm, it, 3, small(dict::len(vm, source)));
                iterator::set_state(vm, it, 2, small(dict::used(vm, source)));
                return Err(changed_size_error(vm, source));
            }
            let Some((key, value, after)) = table_entry(vm, source, position) else {
                iterator::set_state(vm, it, 2, small(dict::used(vm, source)));
                return Ok(None);
            };
            iterator::set_state(vm, it, 2, small(after));
            match kind {
                IterKind::DictValues => Ok(Some(value)),
                IterKind::DictItems => tuple::new(vm, &[key, value]).map(Some),
                _ => Ok(Some(key)),
            }
        }
        IterKind::Enumerate => {
            let inner = state(vm, 1);
            let Some(item) = next_raw(vm, inner)? else {
                return Ok(None);
            };
            vm.push_root(item);
            let count = state(vm, 2);
            let next_count = ops::arith::binary(
                vm,
                crate::bytecode::BinaryOp::Add,
                count,
                Value::small_int(1),
            );
            // Once the state holds the next count, only this root keeps a
            // big `count` alive while the pair is allocated.
            vm.push_root(count);
            let result = next_count.and_then(|next_count| {
                iterator::set_state(vm, it, 2, next_count);
                tuple::new(vm, &[count, item])
            });
            vm.pop_roots(2);
            result.map(Some)
        }
        IterKind::Zip => {
            let iterators = state(vm, 1);
            let strict = state(vm, 2) == Value::TRUE;
            let count = tuple::len(vm, iterators);
            // zip() of nothing is empty (not an endless stream of ()).
            if count == 0 {
                return Ok(None);
            }
            // The items wait on the root stack, which is also where the
            // tuple is made from (no Rust vector per step).
            let mark = vm.root_mark();
            for i in 0..count {
                let inner = tuple::item(vm, iterators, i);
                match next_raw(vm, inner) {
                    Ok(Some(item)) => vm.push_root(item),
                    Ok(None) => {
                        vm.truncate_roots(mark);
                        if strict {
                            zip_check_strict(vm, iterators, i, count)?;
                        }
                        return Ok(None);
                    }
                    Err(_) if strict && vm.exception_matches(types::STOP_ITERATION) => {
                        vm.take_exception();
                        vm.truncate_roots(mark);
                        zip_check_strict(vm, iterators, i, count)?;
                        return Ok(None);
                    }
                    Err(raised) => {
                        vm.truncate_roots(mark);
                        return Err(raised);
                    }
                }
            }
            let result = tuple::from_roots(vm, mark);
            vm.truncate_roots(mark);
            result.map(Some)
        }
        IterKind::Map => {
            let function = state(vm, 1);
            let iterators = state(vm, 2);
            let count = tuple::len(vm, iterators);
            let mark = vm.root_mark();
            let mut items = Vec::with_capacity(count);
            for i in 0..count {
                let inner = tuple::item(vm, iterators, i);
                match next_raw(vm, inner) {
                    Ok(Some(item)) => {
                        vm.push_root(item);
                        items.push(item);
                    }
                    Ok(None) => {
                        vm.truncate_roots(mark);
                        return Ok(None);
                    }
                    Err(raised) => {
                        vm.truncate_roots(mark);
                        return Err(raised);
                    }
                }
            }
            let result = vm.call(function, &items);
            vm.truncate_roots(mark);
            result.map(Some)
        }
        IterKind::Filter => {
            let function = state(vm, 1);
            let inner = state(vm, 2);
            loop {
                let Some(item) = next_raw(vm, inner)? else {
                    return Ok(None);
                };
                let keep = if function.is_none() {
                    ops::truth::truthy(vm, item)?
                } else {
                    vm.push_root(item);
                    let verdict = vm.call(function, &[item]);
                    vm.pop_roots(1);
                    let verdict = verdict?;
                    ops::truth::truthy(vm, verdict)?
                };
                if keep {
                    return Ok(Some(item));
                }
            }
        }
        IterKind::Callable => {
            let function = state(vm, 1);
            let sentinel = state(vm, 2);
            if function.is_none() {
                return Ok(None);
            }
            let value = vm.call(function, &[])?;
            if value == sentinel || ops::compare::equal(vm, value, sentinel)? {
                iterator::set_state(vm, it, 1, Value::NONE);
                return Ok(None);
            }
            Ok(Some(value))
        }
        IterKind::KeysView | IterKind::ValuesView | IterKind::ItemsView => {
            Err(not_an_iterator(vm, it))
        }
        // The coroutine's return value is the StopIteration's, which `await`
        // (through `send`) and `next()` pass on.
        IterKind::CoroutineWrapper => match vm.resume_generator(state(vm, 1), Value::NONE, None)? {
            Resumed::Yielded(value) => Ok(Some(value)),
            Resumed::Returned(value) => Err(vm.raise_stop_iteration(value)),
        },
    }
}

/// The coroutine a `coroutine_wrapper` drives (what `__await__` returned),
/// else `value` itself: `yield from`/`await` talk to the coroutine directly.
pub fn unwrap_coroutine_wrapper(vm: &Vm, value: Value) -> Value {
    if vm.heap.kind_of(value) == Some(ObjKind::Iterator)
        && iterator::kind(vm, value) == IterKind::CoroutineWrapper
    {
        iterator::state(vm, value, 1)
    } else {
        value
    }
}

/// Send `value` into a sub-iterator (for `yield from`).
pub fn send(vm: &mut Vm, inner: Value, value: Value) -> PyResult<Sent> {
    let inner = unwrap_coroutine_wrapper(vm, inner);
    if vm.heap.kind_of(inner) == Some(ObjKind::Generator) {
        return Ok(match vm.resume_generator(inner, value, None)? {
            Resumed::Yielded(v) => Sent::Yielded(v),
            Resumed::Returned(v) => Sent::Returned(v),
        });
    }
    let result = if value.is_none() {
        next_raw(vm, inner)
    } else {
        vm.call_method(inner, qstr::SEND, &[value]).map(Some)
    };
    match result {
        Ok(Some(v)) => Ok(Sent::Yielded(v)),
        Ok(None) => Ok(Sent::Returned(Value::NONE)),
        Err(raised) => {
            if vm.exception_matches(types::STOP_ITERATION) {
                Ok(Sent::Returned(take_stop_iteration_value(vm)))
            } else {
                Err(raised)
            }
        }
    }
}

/// Collect an iterable into a Rust vector of Values that are pushed as
/// roots; the caller truncates the roots to `vm.root_mark()` taken before.
/// The items are bound for a heap object, so more of them than the GC heap
/// has words is a MemoryError (not a Rust vector growing without bound).
pub fn collect_rooted(vm: &mut Vm, iterable: Value) -> PyResult<Vec<Value>> {
    match vm.heap.kind_of(iterable) {
        Some(ObjKind::List) | Some(ObjKind::Tuple) => {
            let items = ops::sequence::items_of(vm, iterable);
            vm.roots.extend_from_slice(&items);
            return Ok(items);
        }
        _ => {}
    }
    let iterator = get_iter(vm, iterable)?;
    vm.push_root(iterator);
    let mut items = Vec::new();
    let most = vm.heap.bytes_total() / crate::heap::WORD_BYTES;
    while let Some(item) = next(vm, iterator)? {
        if items.len() >= most {
            return Err(vm.raise_memory_error());
        }
        vm.push_root(item);
        items.push(item);
    }
    Ok(items)
}

/// zip(strict=True) found iterator `exhausted` empty: the others must end
/// at the same point.
fn zip_check_strict(vm: &mut Vm, iterators: Value, exhausted: usize, count: usize) -> PyResult<()> {
    let plural = |n: usize| {
        if n == 1 {
            alloc::string::String::from("argument 1")
        } else {
            format!("arguments 1-{}", n)
        }
    };
    if exhausted > 0 {
        let message = format!(
            "zip() argument {} is shorter than {}",
            exhausted + 1,
            plural(exhausted)
        );
        return Err(vm.raise_value_error(&message));
    }
    for j in 1..count {
        let inner = tuple::item(vm, iterators, j);
        if next(vm, inner)?.is_some() {
            let message = format!("zip() argument {} is longer than {}", j + 1, plural(j));
            return Err(vm.raise_value_error(&message));
        }
    }
    Ok(())
}
