//! Builtin iterators and views (traced). Word 0 is the subkind (small int);
//! words 1..=3 its state, all Values:
//!
//! | subkind      | 1                  | 2                   | 3                  |
//! |--------------|--------------------|---------------------|--------------------|
//! | SeqForward   | list/tuple/str/... | next position       |                    |
//! | SeqReverse   | list/tuple/...     | next position + 1   |                    |
//! | Range        | next value         | step                | values left        |
//! | DictKeys/... | dict or set        | next entry position | length at start    |
//! | Enumerate    | iterator           | next count          |                    |
//! | Zip          | tuple of iterators | strict flag         |                    |
//! | Map          | function           | tuple of iterators  |                    |
//! | Filter       | function or None   | iterator            |                    |
//! | Callable     | function           | sentinel            |                    |
//! | KeysView/... | dict               |                     |                    |
//! | CoroutineWrapper | coroutine      |                     |                    |
//!
//! A CoroutineWrapper is what `coroutine.__await__()` returns: an iterator
//! whose `__next__`/`send`/`throw`/`close` drive the coroutine.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum IterKind {
    SeqForward,
    SeqReverse,
    Range,
    DictKeys,
    DictValues,
    DictItems,
    SetItems,
    Enumerate,
    Zip,
    Map,
    Filter,
    Callable,
    KeysView,
    ValuesView,
    ItemsView,
    CoroutineWrapper,
}

impl IterKind {
    const ALL: &'static [IterKind] = &[
        IterKind::SeqForward,
        IterKind::SeqReverse,
        IterKind::Range,
        IterKind::DictKeys,
        IterKind::DictValues,
        IterKind::DictItems,
        IterKind::SetItems,
        IterKind::Enumerate,
        IterKind::Zip,
        IterKind::Map,
        IterKind::Filter,
        IterKind::Callable,
        IterKind::KeysView,
        IterKind::ValuesView,
        IterKind::ItemsView,
        IterKind::CoroutineWrapper,
    ];
}

/// A new iterator object; the state Values must be rooted.
pub fn new(vm: &mut Vm, kind: IterKind, a: Value, b: Value, c: Value) -> PyResult<Value> {
    let object = vm.alloc(ObjKind::Iterator, 4)?;
    vm.heap
        .set_value(object, 0, Value::small_int(kind as u8 as isize));
    vm.heap.set_value(object, 1, a);
    vm.heap.set_value(object, 2, b);
    vm.heap.set_value(object, 3, c);
    Ok(Value::from_heap_index(object))
}

pub fn kind(vm: &Vm, iterator: Value) -> IterKind {
    let n = vm
        .heap
        .value(iterator.heap_index_unchecked(), 0)
        .small_int_unchecked();
    IterKind::ALL
        .get(n as usize)
        .copied()
        .unwrap_or(IterKind::SeqForward)
}

#[inline]
pub fn state(vm: &Vm, iterator: Value, i: usize) -> Value {
    vm.heap.value(iterator.heap_index_unchecked(), i)
}

#[inline]
pub fn set_state(vm: &mut Vm, iterator: Value, i: usize, value: Value) {
    vm.heap.set_value(iterator.heap_index_unchecked(), i, value);
}
