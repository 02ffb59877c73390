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
//!
//! A str holding lone surrogates (`chr(0xD800)`) cannot be UTF-8: it is a
//! heap object of kind `SurrogateStr` with the same layout and generalized
//! UTF-8 bytes (objects/wtf8.rs). The form is canonical: a str is a
//! `SurrogateStr` exactly when it holds a surrogate, so equal strs always
//! have the same kind and bytes, and `Str` bytes are always valid UTF-8.
//! `text`/`as_text` give `&str` only for valid UTF-8 (a `SurrogateStr`
//! reads as "" / None); `bytes` gives the bytes of either form, which is
//! what hashing, comparison, concatenation, slicing and iteration use.
//! Paths that need UTF-8 (names, source code, file names, stdout) call
//! `require_utf8`, which raises CPython's UnicodeEncodeError.

use crate::error::{PyResult, Raised};
use crate::heap::{Heap, ObjKind, WORD_BYTES};
use crate::objects::wtf8;
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
    allocate_kind(vm, ObjKind::Str, byte_len, char_len)
}

/// A new str object of `kind` (`Str` or `SurrogateStr`) with room for
/// `byte_len` bytes, to be filled by the caller.
fn allocate_kind(vm: &mut Vm, kind: ObjKind, byte_len: usize, char_len: usize) -> PyResult<usize> {
    let object = vm.alloc(kind, DATA + byte_len.div_ceil(WORD_BYTES))?;
    vm.heap.set_word(object, BYTE_LEN, byte_len);
    vm.heap.set_word(object, CHAR_LEN, char_len);
    Ok(object)
}

/// A new str from generalized UTF-8 bytes (objects/wtf8.rs), which may
/// hold surrogates: a `SurrogateStr` if they do, else an ordinary str.
pub fn from_wtf8(vm: &mut Vm, bytes: &[u8]) -> PyResult<Value> {
    if !wtf8::has_surrogate(bytes) {
        // Generalized UTF-8 without surrogates is UTF-8.
        return match core::str::from_utf8(bytes) {
            Ok(text) => new(vm, text),
            Err(_) => Err(vm.raise_msg(crate::types::SYSTEM_ERROR, "malformed str bytes")),
        };
    }
    let object = allocate_kind(
        vm,
        ObjKind::SurrogateStr,
        bytes.len(),
        wtf8::char_count(bytes),
    )?;
    vm.heap
        .bytes_mut(object, DATA, bytes.len())
        .copy_from_slice(bytes);
    Ok(Value::from_heap_index(object))
}

/// A new one-character str for code point `code` (<= 0x10FFFF; a
/// surrogate gives a `SurrogateStr`).
pub fn from_code_point(vm: &mut Vm, code: u32) -> PyResult<Value> {
    if let Some(c) = char::from_u32(code) {
        let mut buffer = [0u8; 4];
        return new(vm, c.encode_utf8(&mut buffer));
    }
    let mut bytes = alloc::vec::Vec::with_capacity(3);
    wtf8::push(&mut bytes, code);
    from_wtf8(vm, &bytes)
}

/// The one-character str at byte offset `at` of str `source` and the
/// offset after it; None at the end. ASCII characters are interned, so
/// this allocates nothing for ASCII text.
pub fn char_at_offset(vm: &mut Vm, source: Value, at: usize) -> PyResult<Option<(Value, usize)>> {
    let Some((code, len)) = wtf8::decode_at(bytes(vm, source), at) else {
        return Ok(None);
    };
    Ok(Some((from_code_point(vm, code)?, at + len)))
}

/// A new str that is the concatenation of `parts` (each a str Value). The
/// parts must be rooted by the caller (they usually sit in registers).
pub fn concat(vm: &mut Vm, parts: &[Value]) -> PyResult<Value> {
    let mut byte_len = 0usize;
    let mut char_len = 0usize;
    let mut kind = ObjKind::Str;
    for &part in parts {
        byte_len += bytes(vm, part).len();
        char_len += char_count(vm, part);
        if has_surrogates(&vm.heap, part) {
            kind = ObjKind::SurrogateStr;
        }
    }
    if byte_len <= 1 {
        let mut joined = alloc::string::String::new();
        for &part in parts {
            joined.push_str(text(vm, part));
        }
        return new(vm, &joined);
    }
    let object = allocate_kind(vm, kind, byte_len, char_len)?;
    let mut at = 0;
    for &part in parts {
        at += copy_text_into(vm, part, object, DATA, at);
    }
    Ok(Value::from_heap_index(object))
}

/// Copy the bytes of str `part` into `object`'s payload, `at` bytes
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

/// Whether `value` is a str (interned or heap, with or without surrogates).
#[inline]
pub fn is_str(heap: &Heap, value: Value) -> bool {
    value.as_qstr().is_some()
        || matches!(
            heap.kind_of(value),
            Some(ObjKind::Str | ObjKind::SurrogateStr)
        )
}

/// Whether `value` is a str holding lone surrogates (so it has no `&str`).
#[inline]
pub fn has_surrogates(heap: &Heap, value: Value) -> bool {
    heap.kind_of(value) == Some(ObjKind::SurrogateStr)
}

/// The bytes of a str Value: UTF-8, or generalized UTF-8 for a str with
/// surrogates; empty for anything else.
pub fn bytes(vm: &Vm, value: Value) -> &[u8] {
    if let Some(id) = value.as_qstr() {
        vm.interner.get(id).as_bytes()
    } else if is_str(&vm.heap, value) {
        let object = value.heap_index_unchecked();
        vm.heap.bytes(object, DATA, vm.heap.word(object, BYTE_LEN))
    } else {
        &[]
    }
}

/// CPython's error for a str with surrogates where UTF-8 text is needed
/// (a file name, source code, stdout): UnicodeEncodeError "'utf-8' codec
/// can't encode character '\ud800' in position 0: surrogates not allowed".
pub fn surrogates_not_allowed(vm: &mut Vm, value: Value) -> Raised {
    let data = bytes(vm, value);
    let mut start = 0;
    let mut end = 0;
    let mut in_run = false;
    for (position, code) in wtf8::code_points(data).enumerate() {
        let surrogate = (0xD800..=0xDFFF).contains(&code);
        if surrogate && !in_run {
            start = position;
            in_run = true;
        }
        if in_run {
            if surrogate {
                end = position + 1;
            } else {
                break;
            }
        }
    }
    vm.raise_unicode_error(
        crate::types::UNICODE_ENCODE_ERROR,
        "utf-8",
        value,
        start,
        end,
        "surrogates not allowed",
    )
}

/// `Ok` if str `value` is valid UTF-8 (so `text` gives all of it), else
/// `surrogates_not_allowed`.
#[inline]
pub fn require_utf8(vm: &mut Vm, value: Value) -> PyResult<()> {
    if has_surrogates(&vm.heap, value) {
        return Err(surrogates_not_allowed(vm, value));
    }
    Ok(())
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

/// The text of a str Value; "" for anything else (callers check `is_str`)
/// and for a str with surrogates (callers that may see one check
/// `has_surrogates` or `require_utf8` first, or use `bytes`).
pub fn text(vm: &Vm, value: Value) -> &str {
    if let Some(id) = value.as_qstr() {
        vm.interner.get(id)
    } else if vm.heap.kind_of(value) == Some(ObjKind::Str) {
        heap_text(&vm.heap, value.heap_index_unchecked())
    } else {
        ""
    }
}

/// The text of `value` if it is a str without surrogates.
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
    let hash = hash_bytes(bytes(vm, value)).max(1);
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
    bytes(vm, a) == bytes(vm, b)
}

/// The interned id of a str Value, interning a heap string if needed (for
/// attribute names that arrive as data: `getattr(obj, name)`). Interned
/// text is UTF-8, so a str with surrogates is `surrogates_not_allowed`
/// (CPython accepts such names; docs/differences.md).
pub fn to_qstr(vm: &mut Vm, value: Value) -> PyResult<QStr> {
    if let Some(id) = value.as_qstr() {
        return Ok(id);
    }
    require_utf8(vm, value)?;
    let text = alloc::string::String::from(text(vm, value));
    Ok(vm.intern(&text))
}

/// The text of str `value` with each lone surrogate as U+FFFD: only for
/// parsers that reject both alike (numbers, so `int('\ud800')` is the
/// usual ValueError) and report the original Value, never for text that
/// is kept.
pub fn lossy_text(vm: &Vm, value: Value) -> alloc::string::String {
    if !has_surrogates(&vm.heap, value) {
        return alloc::string::String::from(text(vm, value));
    }
    wtf8::code_points(bytes(vm, value))
        .map(|code| char::from_u32(code).unwrap_or('\u{fffd}'))
        .collect()
}

/// The text of str `value` with each lone surrogate written `\\udcxx`,
/// as CPython's stderr (errors='backslashreplace') shows it: for messages
/// on stderr (tracebacks, `sys.exit(text)`).
pub fn text_escaping_surrogates(vm: &Vm, value: Value) -> alloc::string::String {
    if !has_surrogates(&vm.heap, value) {
        return alloc::string::String::from(text(vm, value));
    }
    let mut out = alloc::string::String::new();
    for code in wtf8::code_points(bytes(vm, value)) {
        match char::from_u32(code) {
            Some(c) => out.push(c),
            None => out.push_str(&alloc::format!("\\u{code:04x}")),
        }
    }
    out
}

/// The byte offset of code point `index` (which must be <= char_count).
pub fn byte_offset(vm: &Vm, value: Value, index: usize) -> usize {
    if is_ascii(vm, value) {
        return index;
    }
    wtf8::offset_of_char(bytes(vm, value), index)
}

/// A new str holding bytes `start..end` of str `source` (char boundaries;
/// `source` rooted by the caller). Heap sources are copied heap-to-heap so
/// that splitting a long string costs no intermediate Rust allocation.
pub fn substring(vm: &mut Vm, source: Value, start: usize, end: usize) -> PyResult<Value> {
    if has_surrogates(&vm.heap, source) {
        return surrogate_substring(vm, source, start, end);
    }
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

/// `substring` of a str with surrogates: the piece may be plain UTF-8.
fn surrogate_substring(vm: &mut Vm, source: Value, start: usize, end: usize) -> PyResult<Value> {
    let whole = bytes(vm, source);
    if start == 0 && end == whole.len() {
        return Ok(source);
    }
    let piece = alloc::vec::Vec::from(&whole[start..end]);
    from_wtf8(vm, &piece)
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
