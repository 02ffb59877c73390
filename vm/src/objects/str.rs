//! `str`: immutable UTF-8 text, indexed in code points.
//!
//! A str is either an interned string (an immediate qstr Value, for names
//! and short constants) or a heap object (leaf):
//!
//! ```text
//!   word 0  hash, 0 until first computed
//!   word 1  length in bytes
//!   word 2  length in code points (equal to the byte length for ASCII,
//!           which makes indexing O(1))
//!   word 3… UTF-8 bytes
//! ```
//!
//! Both forms hash the same (`qstr::hash_bytes`) and compare by content, so
//! they mix freely as dict keys. Empty and one-character ASCII strings are
//! always returned interned, so iterating over or indexing ASCII text does
//! not allocate.

use crate::error::PyResult;
use crate::heap::{Heap, ObjKind, WORD_BYTES};
use crate::qstr::{hash_bytes, QStr};
use crate::value::Value;
use crate::vm::Vm;

const HASH: usize = 0;
const BYTE_LEN: usize = 1;
const CHAR_LEN: usize = 2;
const DATA: usize = 3;

/// A new str holding `text`.
pub fn new(vm: &mut Vm, text: &str) -> PyResult<Value> {
    if text.len() <= 1 {
        return Ok(Value::from_qstr(vm.intern(text)));
    }
    let object = allocate(vm, text.len(), text.chars().count())?;
    vm.heap
        .bytes_mut(object, DATA, text.len())
        .copy_from_slice(text.as_bytes());
    Ok(Value::from_heap_index(object))
}

/// A new str from bytes known to be valid UTF-8 with `char_len` code
/// points (callers that built the text themselves skip re-counting).
fn allocate(vm: &mut Vm, byte_len: usize, char_len: usize) -> PyResult<usize> {
    let object = vm.alloc(ObjKind::Str, DATA + byte_len.div_ceil(WORD_BYTES))?;
    vm.heap.set_word(object, BYTE_LEN, byte_len);
    vm.heap.set_word(object, CHAR_LEN, char_len);
    Ok(object)
}

/// A new str that is the concatenation of `parts` (each a str Value). The
/// parts must be rooted by the caller (they usually sit in registers).
pub fn concat(vm: &mut Vm, parts: &[Value]) -> PyResult<Value> {
    let mut byte_len = 0usize;
    let mut char_len = 0usize;
    for &part in parts {
        let text = text(vm, part);
        byte_len += text.len();
        char_len += char_count(vm, part);
    }
    if byte_len <= 1 {
        let mut joined = alloc::string::String::new();
        for &part in parts {
            joined.push_str(text(vm, part));
        }
        return new(vm, &joined);
    }
    let object = allocate(vm, byte_len, char_len)?;
    let mut at = 0;
    for &part in parts {
        at += copy_text_into(vm, part, object, DATA, at);
    }
    Ok(Value::from_heap_index(object))
}

/// Copy the UTF-8 bytes of str `part` into `object`'s payload, `at` bytes
/// past payload word `from`; returns the number of bytes copied.
pub(crate) fn copy_text_into(
    vm: &mut Vm,
    part: Value,
    object: usize,
    from: usize,
    at: usize,
) -> usize {
    if let Some(id) = part.as_qstr() {
        let text = vm.interner.get(id);
        let destination = vm.heap.byte_offset(object, from) + at;
        vm.heap.all_bytes_mut()[destination..destination + text.len()]
            .copy_from_slice(text.as_bytes());
        text.len()
    } else {
        let source_object = part.heap_index_unchecked();
        let len = vm.heap.word(source_object, BYTE_LEN);
        let source = vm.heap.byte_offset(source_object, DATA);
        let destination = vm.heap.byte_offset(object, from) + at;
        vm.heap
            .all_bytes_mut()
            .copy_within(source..source + len, destination);
        len
    }
}

/// Whether `value` is a str (interned or heap).
#[inline]
pub fn is_str(heap: &Heap, value: Value) -> bool {
    value.as_qstr().is_some() || heap.kind_of(value) == Some(ObjKind::Str)
}

/// The text of a heap str object.
pub fn heap_text(heap: &Heap, object: usize) -> &str {
    let len = heap.word(object, BYTE_LEN);
    let bytes = heap.bytes(object, DATA, len);
    // SAFETY: the bytes of a Str object are written only by `new` and
    // `concat`, which copy them from `&str` values (valid UTF-8), and are
    // never modified afterwards; decoding them without re-validation saves
    // a pass over the text on every string operation.
    unsafe { core::str::from_utf8_unchecked(bytes) }
}

/// The text of a str Value; "" for anything else (callers check `is_str`).
pub fn text(vm: &Vm, value: Value) -> &str {
    if let Some(id) = value.as_qstr() {
        vm.interner.get(id)
    } else if vm.heap.kind_of(value) == Some(ObjKind::Str) {
        heap_text(&vm.heap, value.heap_index_unchecked())
    } else {
        ""
    }
}

/// The text of `value` if it is a str.
pub fn as_text(vm: &Vm, value: Value) -> Option<&str> {
    if let Some(id) = value.as_qstr() {
        Some(vm.interner.get(id))
    } else if vm.heap.kind_of(value) == Some(ObjKind::Str) {
        Some(heap_text(&vm.heap, value.heap_index_unchecked()))
    } else {
        None
    }
}

/// Length in code points.
pub fn char_count(vm: &Vm, value: Value) -> usize {
    if let Some(id) = value.as_qstr() {
        vm.interner.get(id).chars().count()
    } else {
        vm.heap.word(value.heap_index_unchecked(), CHAR_LEN)
    }
}

/// Whether the string is all ASCII (so byte and char indices agree).
pub fn is_ascii(vm: &Vm, value: Value) -> bool {
    if let Some(id) = value.as_qstr() {
        vm.interner.get(id).is_ascii()
    } else {
        let object = value.heap_index_unchecked();
        vm.heap.word(object, CHAR_LEN) == vm.heap.word(object, BYTE_LEN)
    }
}

/// The hash of a str (cached in heap strings).
pub fn hash(vm: &mut Vm, value: Value) -> usize {
    if let Some(id) = value.as_qstr() {
        return vm.interner.hash(id);
    }
    let object = value.heap_index_unchecked();
    let cached = vm.heap.word(object, HASH);
    if cached != 0 {
        return cached;
    }
    let hash = hash_bytes(heap_text(&vm.heap, object).as_bytes()).max(1);
    vm.heap.set_word(object, HASH, hash);
    hash
}

/// Content equality of two str Values.
pub fn equal(vm: &Vm, a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    if a.as_qstr().is_some() && b.as_qstr().is_some() {
        return false;
    }
    text(vm, a) == text(vm, b)
}

/// The interned id of a str Value, interning a heap string if needed (for
/// attribute names that arrive as data: `getattr(obj, name)`).
pub fn to_qstr(vm: &mut Vm, value: Value) -> QStr {
    if let Some(id) = value.as_qstr() {
        return id;
    }
    let text = alloc::string::String::from(text(vm, value));
    vm.intern(&text)
}

/// The byte offset of code point `index` (which must be <= char_count).
pub fn byte_offset(vm: &Vm, value: Value, index: usize) -> usize {
    let text = text(vm, value);
    if is_ascii(vm, value) {
        return index;
    }
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(offset, _)| offset)
}

/// A new str holding bytes `start..end` of str `source` (char boundaries;
/// `source` rooted by the caller). Heap sources are copied heap-to-heap so
/// that splitting a long string costs no intermediate Rust allocation.
pub fn substring(vm: &mut Vm, source: Value, start: usize, end: usize) -> PyResult<Value> {
    let whole = text(vm, source);
    if start == 0 && end == whole.len() {
        return Ok(source);
    }
    if end - start <= 1 || source.as_qstr().is_some() {
        // Short or interned: small enough to go through a Rust copy.
        let piece = alloc::string::String::from(&whole[start..end]);
        return new(vm, &piece);
    }
    let char_len = if is_ascii(vm, source) {
        end - start
    } else {
        whole[start..end].chars().count()
    };
    let object = allocate(vm, end - start, char_len)?;
    let source_object = source.heap_index_unchecked();
    let from = vm.heap.byte_offset(source_object, DATA) + start;
    let destination = vm.heap.byte_offset(object, DATA);
    vm.heap
        .all_bytes_mut()
        .copy_within(from..from + (end - start), destination);
    Ok(Value::from_heap_index(object))
}

/// A new str from a Rust `String` known to hold `char_len` code points
/// (saves the counting pass of `new` when the builder already knows).
pub fn from_counted(vm: &mut Vm, text: &str, char_len: usize) -> PyResult<Value> {
    if text.len() <= 1 {
        return new(vm, text);
    }
    let object = allocate(vm, text.len(), char_len)?;
    vm.heap
        .bytes_mut(object, DATA, text.len())
        .copy_from_slice(text.as_bytes());
    Ok(Value::from_heap_index(object))
}

/// A new str: the bytes of ASCII str `source` (rooted) copied and passed
/// through `map`, which must keep them ASCII (case mapping). Heap strings
/// are transformed in place in the new object: one copy, no validation.
pub fn map_ascii(vm: &mut Vm, source: Value, map: fn(&mut [u8])) -> PyResult<Value> {
    if source.as_qstr().is_some() {
        let mut bytes = alloc::vec::Vec::from(text(vm, source).as_bytes());
        map(&mut bytes);
        let mapped = core::str::from_utf8(&bytes).unwrap_or("");
        return new(vm, mapped);
    }
    let source_object = source.heap_index_unchecked();
    let len = vm.heap.word(source_object, BYTE_LEN);
    let object = allocate(vm, len, len)?;
    let from = vm.heap.byte_offset(source_object, DATA);
    let destination = vm.heap.byte_offset(object, DATA);
    vm.heap
        .all_bytes_mut()
        .copy_within(from..from + len, destination);
    map(vm.heap.bytes_mut(object, DATA, len));
    debug_assert!(vm.heap.bytes(object, DATA, len).is_ascii());
    Ok(Value::from_heap_index(object))
}
