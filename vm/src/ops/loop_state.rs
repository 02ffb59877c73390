//! Iteration without an iterator object, so that it allocates nothing.
//!
//! A loop state is three Values. A `for` loop keeps one in three registers
//! (`RangeLoop`/`LoopOver` + `ForNext`, see interp/range_loop.rs); the
//! builtins that consume an iterable (`all`, `any`, `sum`) keep one on the
//! Rust stack. Its shapes:
//!
//! ```text
//!   [iterator, UNBOUND, _]        anything else: an iterator object
//!   [sequence, index, None]       list, tuple, deque, bytes, bytearray,
//!                                 array, memoryview: by index
//!   [str, byte offset, None]      a str (qstr or heap): by character
//!   [table, position, length]     dict (its keys), set, frozenset; the
//!                                 length it started with
//!   [next, stop, step]            a counting `range` (all small ints; only
//!                                 RangeLoop makes it)
//! ```
//!
//! Every word is a small int, a singleton or the iterated object, so the
//! collector needs nothing but the object rooted, which the caller does (it
//! is in a register, or an argument). Only the iterator shape may hold a new
//! object: a caller on the Rust stack roots `state[0]`.
//!
//! This is what lets code iterate containers while the heap is locked
//! (`micropython.heap_lock()`), as MicroPython does; it also saves an
//! allocation per loop.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::dict;
use crate::objects::str as pystr;
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;

pub type LoopState = [Value; 3];

fn small(n: usize) -> Value {
    Value::small_int(n as isize)
}

/// The loop state that starts iterating `iterable` (rooted by the caller).
pub fn start(vm: &mut Vm, iterable: Value) -> PyResult<LoopState> {
    if iterable.as_qstr().is_some() {
        return Ok([iterable, small(0), Value::NONE]);
    }
    match vm.heap.kind_of(iterable) {
        Some(
            ObjKind::List
            | ObjKind::Tuple
            | ObjKind::Deque
            | ObjKind::Str
            | ObjKind::SurrogateStr
            | ObjKind::Bytes
            | ObjKind::ByteArray
            | ObjKind::Array,
        ) => Ok([iterable, small(0), Value::NONE]),
        Some(ObjKind::Dict | ObjKind::Set | ObjKind::FrozenSet) => {
            let len = dict::len(vm, iterable);
            Ok([iterable, small(0), small(len)])
        }
        _ => Ok([
            ops::iter::get_iter(vm, iterable)?,
            Value::UNBOUND,
            Value::NONE,
        ]),
    }
}

/// The next item of a loop state, advancing it; None once exhausted. As
/// the iterator objects do: a list that grows meanwhile yields the new
/// items, a dict or set whose size changed raises RuntimeError (once).
pub fn step(vm: &mut Vm, state: &mut LoopState) -> PyResult<Option<Value>> {
    let [source, position, third] = *state;
    if position == Value::UNBOUND {
        return ops::iter::next(vm, source);
    }
    if source.is_small_int() {
        return Ok(crate::interp::range_loop::advance(state));
    }
    let at = position.small_int_unchecked() as usize;
    if third == Value::NONE {
        if pystr::is_str(&vm.heap, source) {
            let Some((item, after)) = ops::iter::text_item(vm, source, at)? else {
                return Ok(None);
            };
            state[1] = small(after);
            return Ok(Some(item));
        }
        let item = ops::iter::sequence_item(vm, source, at)?;
        // Exhausted states stay exhausted even if the sequence grows.
        state[1] = small(if item.is_some() {
            at + 1
        } else {
            usize::MAX >> 2
        });
        return Ok(item);
    }
    let start_len = third.small_int_unchecked() as usize;
    let len = dict::len(vm, source);
    if len != start_len {
        // Report once, then stay exhausted.
        state[1] = small(dict::used(vm, source));
        state[2] = small(len);
        return Err(ops::iter::changed_size_error(vm, source));
    }
    match ops::iter::table_entry(vm, source, at) {
        Some((key, _, after)) => {
            state[1] = small(after);
            Ok(Some(key))
        }
        None => {
            state[1] = small(dict::used(vm, source));
            Ok(None)
        }
    }
}
