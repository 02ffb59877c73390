//! Methods of `bytes` and `bytearray`.
//!
//! Design: both types share one implementation per method; the receiver's
//! kind decides the type of the results (bytearray methods return
//! bytearrays, as in CPython). The data is borrowed from the heap for
//! scanning and copied out only for what the result needs; pieces are
//! created from byte ranges after the scan, since creating an object may
//! allocate and so cannot overlap a borrow of the heap. Character classes
//! are ASCII only, as CPython's bytes methods are.

use super::args::{check, parse};
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::{bytes, int, list, str as pystr, tuple};
use crate::ops;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

macro_rules! shared_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            &NativeFunction::method("decode", decode),
            &NativeFunction::method("hex", hex),
            &NativeFunction::class_method("fromhex", fromhex),
            &NativeFunction::method("split", split),
            &NativeFunction::method("rsplit", rsplit),
            &NativeFunction::method("splitlines", splitlines),
            &NativeFunction::method("join", join),
            &NativeFunction::method("strip", strip),
            &NativeFunction::method("lstrip", lstrip),
            &NativeFunction::method("rstrip", rstrip),
            &NativeFunction::method("replace", replace),
            &NativeFunction::method("find", find),
            &NativeFunction::method("rfind", rfind),
            &NativeFunction::method("index", index),
            &NativeFunction::method("rindex", rindex),
            &NativeFunction::method("count", count),
            &NativeFunction::method("startswith", startswith),
            &NativeFunction::method("endswith", endswith),
            &NativeFunction::method("lower", lower),
            &NativeFunction::method("upper", upper),
            &NativeFunction::method("capitalize", capitalize),
            &NativeFunction::method("title", title),
            &NativeFunction::method("swapcase", swapcase),
            &NativeFunction::method("isdigit", isdigit),
            &NativeFunction::method("isalpha", isalpha),
            &NativeFunction::method("isalnum", isalnum),
            &NativeFunction::method("isspace", isspace),
            &NativeFunction::method("isupper", isupper),
            &NativeFunction::method("islower", islower),
            &NativeFunction::method("istitle", istitle),
            &NativeFunction::method("isascii", isascii),
            &NativeFunction::method("partition", partition),
            &NativeFunction::method("rpartition", rpartition),
            &NativeFunction::method("center", center),
            &NativeFunction::method("ljust", ljust),
            &NativeFunction::method("rjust", rjust),
            &NativeFunction::method("zfill", zfill),
            &NativeFunction::method("expandtabs", expandtabs),
            &NativeFunction::method("removeprefix", removeprefix),
            &NativeFunction::method("removesuffix", removesuffix),
            &NativeFunction::method("translate", translate),
            &NativeFunction::static_method("maketrans", maketrans),
            &NativeFunction::method("__len__", dunder_len),
            &NativeFunction::method("__getitem__", dunder_getitem),
            &NativeFunction::method("__contains__", dunder_contains),
            &NativeFunction::method("__iter__", dunder_iter),
            $($extra,)*
        ]
    };
}

pub static BYTES_METHODS: &[&NativeFunction] = shared_methods!();
pub static BYTEARRAY_METHODS: &[&NativeFunction] = shared_methods!(
    &NativeFunction::method("append", append),
    &NativeFunction::method("extend", extend),
    &NativeFunction::method("insert", insert),
    &NativeFunction::method("pop", pop),
    &NativeFunction::method("remove", remove),
    &NativeFunction::method("clear", clear),
    &NativeFunction::method("copy", copy),
    &NativeFunction::method("reverse", reverse),
    &NativeFunction::method("__setitem__", dunder_setitem),
    &NativeFunction::method("__delitem__", dunder_delitem),
);

// ---------------------------------------------------------------------
// Helpers.

/// The bytes or bytearray a method was called on, and whether it is a
/// bytearray (which decides the type of results).
fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, bool)> {
    if args.count == 0 {
        let message = format!("descriptor '{name}' of 'bytes' object needs an argument");
        return Err(vm.raise_type_error(&message));
    }
    let value = ops::arith::unwrap_native(vm, args.get(vm, 0));
    match vm.heap.kind_of(value) {
        Some(ObjKind::Bytes) => Ok((value, false)),
        Some(ObjKind::ByteArray) => Ok((value, true)),
        _ => {
            let message = format!(
                "descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object",
                name,
                ops::types::type_name(vm, value)
            );
            Err(vm.raise_type_error(&message))
        }
    }
}

fn bytearray_receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    match receiver(vm, args, name)? {
        (value, true) => Ok(value),
        (value, false) => {
            let message = format!(
                "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
                name,
                ops::types::type_name(vm, value)
            );
            Err(vm.raise_type_error(&message))
        }
    }
}

/// A new bytes or bytearray.
fn make(vm: &mut Vm, mutable: bool, data: &[u8]) -> PyResult {
    if mutable {
        bytes::new_bytearray(vm, data)
    } else {
        bytes::new(vm, data)
    }
}

fn given(value: Value) -> bool {
    !value.is_unbound() && !value.is_none()
}

/// A bytes-like argument, or "a bytes-like object is required, not 'T'".
fn bytes_arg(vm: &mut Vm, value: Value) -> PyResult<Value> {
    let native = ops::arith::unwrap_native(vm, value);
    if bytes::is_bytes_like(vm, native) {
        return Ok(native);
    }
    if crate::buffer::is_buffer(vm, native) {
        // Another buffer (array, memoryview): a bytes copy of its data.
        let data: Vec<u8> = crate::buffer::data(vm, native).to_vec();
        return bytes::new(vm, &data);
    }
    let message = format!(
        "a bytes-like object is required, not '{}'",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle(vm: &mut Vm, value: Value) -> PyResult<Vec<u8>> {
    let native = ops::arith::unwrap_native(vm, value);
    if crate::buffer::is_buffer(vm, native) {
        return Ok(crate::buffer::data(vm, native).to_vec());
    }
    if int::is_int(vm, native) {
        let n = ops::convert::index_isize(vm, native)?;
        if !(0..=255).contains(&n) {
            return Err(vm.raise_value_error("byte must be in range(0, 256)"));
        }
        return Ok(alloc::vec![n as u8]);
    }
    let message = format!(
        "argument should be integer or bytes-like object, not '{}'",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

fn find_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    match sub.len() {
        0 => Some(0),
        1 => hay.iter().position(|&b| b == sub[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).position(|w| w == sub),
    }
}

fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    match sub.len() {
        0 => Some(hay.len()),
        1 => hay.iter().rposition(|&b| b == sub[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).rposition(|w| w == sub),
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// A list of pieces `ranges` of `data`, each a new bytes/bytearray.
fn pieces_list(vm: &mut Vm, mutable: bool, data: &[u8], ranges: &[(usize, usize)]) -> PyResult {
    let result = list::with_capacity(vm, ranges.len())?;
    vm.push_root(result);
    let filled = (|| {
        for &(start, end) in ranges {
            let piece = make(vm, mutable, &data[start..end])?;
            list::append(vm, result, piece)?;
        }
        Ok(())
    })();
    vm.pop_roots(1);
    filled.map(|()| result)
}

fn tuple_of(vm: &mut Vm, mutable: bool, parts: [&[u8]; 3]) -> PyResult {
    let mark = vm.root_mark();
    let result = (|| {
        let mut items = [Value::NONE; 3];
        for (slot, part) in items.iter_mut().zip(parts) {
            *slot = make(vm, mutable, part)?;
            vm.push_root(*slot);
        }
        tuple::new(vm, &items)
    })();
    vm.truncate_roots(mark);
    result
}

// ---------------------------------------------------------------------
// Codecs and hex.

fn decode(vm: &mut Vm, args: &Args) -> PyResult {
    let [_, encoding, errors] = parse(vm, args, "decode", ["self", "encoding", "errors"], 1)?;
    let (target, _) = receiver(vm, args, "decode")?;
    let encoding = if given(encoding) {
        pystr::require_utf8(vm, encoding)?;
        match pystr::as_text(vm, encoding) {
            Some(text) => text.to_ascii_lowercase().replace('_', "-"),
            None => {
                let message = format!(
                    "decode() argument 'encoding' must be str, not {}",
                    ops::types::type_name(vm, encoding)
                );
                return Err(vm.raise_type_error(&message));
            }
        }
    } else {
        String::from("utf-8")
    };
    let errors = if given(errors) {
        pystr::require_utf8(vm, errors)?;
        String::from(pystr::text(vm, errors))
    } else {
        String::from("strict")
    };
    let text = decode_data(
        vm,
        bytes::data(vm, target).to_vec().as_slice(),
        &encoding,
        &errors,
    )?;
    pystr::from_wtf8(vm, &text)
}

/// Decode `data` (UTF-8, ASCII or Latin-1) with an error handler, raising
/// UnicodeDecodeError with CPython's message. The text is generalized
/// UTF-8 (objects/wtf8.rs): `surrogatepass` lets UTF-8's encoded
/// surrogates through and `surrogateescape` makes each undecodable byte
/// b the lone surrogate U+DC00+b, as CPython.
pub fn decode_data(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    enum Codec {
        Utf8,
        Ascii,
        Latin1,
    }
    let codec = match encoding {
        "utf-8" | "utf8" => Codec::Utf8,
        "ascii" | "us-ascii" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Codec::Latin1,
        other => {
            let message = format!("unknown encoding: {other}");
            return Err(vm.raise_msg(types::LOOKUP_ERROR, &message));
        }
    };
    let mut out: Vec<u8> = Vec::with_capacity(data.len());
    let mut at = 0;
    while at < data.len() {
        // The next valid run and the length of the bad piece after it.
        let (valid, bad, reason) = match codec {
            Codec::Latin1 => {
                for &b in &data[at..] {
                    crate::objects::wtf8::push(&mut out, u32::from(b));
                }
                break;
            }
            Codec::Ascii => {
                let run = data[at..]
                    .iter()
                    .position(|&b| b >= 0x80)
                    .unwrap_or(data.len() - at);
                (run, 1, "ordinal not in range(128)")
            }
            Codec::Utf8 => match core::str::from_utf8(&data[at..]) {
                Ok(_) => (data.len() - at, 0, ""),
                Err(error) => {
                    let valid = error.valid_up_to();
                    let lead = data[at + valid];
                    match error.error_len() {
                        None => (valid, data.len() - at - valid, "unexpected end of data"),
                        Some(n) => {
                            let invalid_start = !(0xc2..=0xf4).contains(&lead);
                            let reason = if invalid_start {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (valid, n, reason)
                        }
                    }
                }
            },
        };
        // The run is ASCII or valid UTF-8 by construction.
        out.extend_from_slice(&data[at..at + valid]);
        at += valid;
        if bad == 0 || at >= data.len() {
            break;
        }
        let encoded_surrogate = matches!(codec, Codec::Utf8)
            && data[at] == 0xED
            && data
                .get(at + 1)
                .is_some_and(|&b| (0xA0..=0xBF).contains(&b))
            && data
                .get(at + 2)
                .is_some_and(|&b| (0x80..=0xBF).contains(&b));
        if errors == "surrogatepass" && encoded_surrogate {
            out.extend_from_slice(&data[at..at + 3]);
            at += 3;
            continue;
        }
        match errors {
            // surrogatepass lets only encoded surrogates through (above).
            "strict" | "surrogatepass" => {
                let name = match codec {
                    Codec::Ascii => "ascii",
                    _ => "utf-8",
                };
                let object = crate::objects::bytes::new(vm, data)?;
                return Err(vm.raise_unicode_error(
                    types::UNICODE_DECODE_ERROR,
                    name,
                    object,
                    at,
                    at + bad,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend_from_slice("\u{fffd}".as_bytes()),
            "backslashreplace" => {
                for &b in &data[at..at + bad] {
                    out.extend_from_slice(format!("\\x{b:02x}").as_bytes());
                }
            }
            "surrogateescape" => {
                for &b in &data[at..at + bad] {
                    crate::objects::wtf8::push(&mut out, 0xDC00 + u32::from(b));
                }
            }
            other => {
                let message = format!("unknown error handler name '{other}'");
                return Err(vm.raise_msg(types::LOOKUP_ERROR, &message));
            }
        }
        at += bad;
    }
    Ok(out)
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult {
    let (separator, group) = hex_options(vm, args)?;
    let (target, _) = receiver(vm, args, "hex")?;
    let out = hex_string(bytes::data(vm, target), separator, group);
    let chars = out.len();
    pystr::from_counted(vm, &out, chars)
}

/// The `sep` and `bytes_per_sep` arguments of `hex()` (bytes, bytearray,
/// memoryview), checked as CPython does.
pub(crate) fn hex_options(vm: &mut Vm, args: &Args) -> PyResult<(Option<char>, isize)> {
    let [_, sep, group] = parse(vm, args, "hex", ["self", "sep", "bytes_per_sep"], 1)?;
    let separator = if given(sep) {
        let text: Option<String> = if pystr::is_str(&vm.heap, sep) {
            // A surrogate is not ASCII, which the check below demands.
            Some(pystr::lossy_text(vm, sep))
        } else if bytes::is_bytes_like(vm, sep) {
            Some(bytes::data(vm, sep).iter().map(|&b| b as char).collect())
        } else {
            None
        };
        match text {
            Some(text) if text.chars().count() == 1 && text.is_ascii() => text.chars().next(),
            Some(text) if text.chars().count() == 1 => {
                return Err(vm.raise_value_error("sep must be ASCII."))
            }
            Some(_) => return Err(vm.raise_value_error("sep must be length 1.")),
            None => {
                let message = format!(
                    "sep must be str or bytes., not {}",
                    ops::types::type_name(vm, sep)
                );
                return Err(vm.raise_type_error(&message));
            }
        }
    } else {
        None
    };
    let group = if group.is_unbound() {
        1
    } else {
        ops::convert::index_isize(vm, group)?
    };
    Ok((separator, group))
}

/// Hex digits of `data`, with `separator` between groups of `group` bytes
/// (counted from the right when `group` is positive).
pub(crate) fn hex_string(data: &[u8], separator: Option<char>, group: isize) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let n = data.len();
    let step = group.unsigned_abs().max(1);
    for (i, &b) in data.iter().enumerate() {
        if let Some(sep) = separator {
            let boundary = if group > 0 {
                i > 0 && (n - i).is_multiple_of(step)
            } else {
                i > 0 && i.is_multiple_of(step)
            };
            if boundary && group != 0 {
                out.push(sep);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

fn fromhex(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "fromhex", 2, 2)?;
    let class = args.get(vm, 0);
    let source = args.get(vm, 1);
    // A surrogate is no hex digit: the usual ValueError at its position.
    let lossy = pystr::is_str(&vm.heap, source).then(|| pystr::lossy_text(vm, source));
    let Some(text) = lossy.as_deref() else {
        let message = format!(
            "fromhex() argument must be str, not {}",
            ops::types::type_name(vm, source)
        );
        return Err(vm.raise_type_error(&message));
    };
    let digits = text.as_bytes();
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    let value = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut failed = None;
    while i < digits.len() {
        if is_space(digits[i]) {
            i += 1;
            continue;
        }
        let Some(high) = value(digits[i]) else {
            failed = Some(i);
            break;
        };
        let Some(low) = digits.get(i + 1).and_then(|&b| value(b)) else {
            failed = Some(i + 1);
            break;
        };
        out.push(high << 4 | low);
        i += 2;
    }
    if let Some(position) = failed {
        // Positions count code points, as CPython reports them.
        let position = text[..position.min(text.len())].chars().count();
        let message =
            format!("non-hexadecimal number found in fromhex() arg at position {position}");
        return Err(vm.raise_value_error(&message));
    }
    let mutable = class == Value::from_builtin_type(types::BYTEARRAY);
    if mutable || class == Value::from_builtin_type(types::BYTES) {
        return make(vm, mutable, &out);
    }
    // A subclass: build bytes and pass them to the class.
    let made = bytes::new(vm, &out)?;
    vm.push_root(made);
    let result = vm.call(class, &[made]);
    vm.pop_roots(1);
    result
}

// ---------------------------------------------------------------------
// Splitting and joining.

fn split_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Value, bool, Option<Vec<u8>>, usize)> {
    let [_, sep, maxsplit] = parse(vm, args, name, ["self", "sep", "maxsplit"], 1)?;
    let (target, mutable) = receiver(vm, args, name)?;
    let sep = if given(sep) {
        let sep = bytes_arg(vm, sep)?;
        let sep = bytes::data(vm, sep).to_vec();
        if sep.is_empty() {
            return Err(vm.raise_value_error("empty separator"));
        }
        Some(sep)
    } else {
        None
    };
    let maxsplit = if maxsplit.is_unbound() {
        -1
    } else {
        ops::convert::index_isize(vm, maxsplit)?
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    Ok((target, mutable, sep, limit))
}

fn split(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, mutable, sep, limit) = split_args(vm, args, "split")?;
    let data = bytes::data(vm, target).to_vec();
    let mut ranges = Vec::new();
    match sep {
        Some(sep) => {
            let mut at = 0;
            while ranges.len() < limit {
                match find_sub(&data[at..], &sep) {
                    Some(found) => {
                        ranges.push((at, at + found));
                        at += found + sep.len();
                    }
                    None => break,
                }
            }
            ranges.push((at, data.len()));
        }
        None => {
            let mut at = 0;
            loop {
                while at < data.len() && is_space(data[at]) {
                    at += 1;
                }
                if at == data.len() {
                    break;
                }
                if ranges.len() == limit {
                    ranges.push((at, data.len()));
                    break;
                }
                let start = at;
                while at < data.len() && !is_space(data[at]) {
                    at += 1;
                }
                ranges.push((start, at));
            }
        }
    }
    pieces_list(vm, mutable, &data, &ranges)
}

fn rsplit(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, mutable, sep, limit) = split_args(vm, args, "rsplit")?;
    let data = bytes::data(vm, target).to_vec();
    let mut ranges = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = data.len();
            while ranges.len() < limit {
                match rfind_sub(&data[..end], &sep) {
                    Some(found) => {
                        ranges.push((found + sep.len(), end));
                        end = found;
                    }
                    None => break,
                }
            }
            ranges.push((0, end));
        }
        None => {
            let mut end = data.len();
            loop {
                while end > 0 && is_space(data[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if ranges.len() == limit {
                    ranges.push((0, end));
                    break;
                }
                let stop = end;
                while end > 0 && !is_space(data[end - 1]) {
                    end -= 1;
                }
                ranges.push((end, stop));
            }
        }
    }
    ranges.reverse();
    pieces_list(vm, mutable, &data, &ranges)
}

fn splitlines(vm: &mut Vm, args: &Args) -> PyResult {
    let [_, keepends] = parse(vm, args, "splitlines", ["self", "keepends"], 1)?;
    let (target, mutable) = receiver(vm, args, "splitlines")?;
    let keep = if keepends.is_unbound() {
        false
    } else {
        ops::truth::truthy(vm, keepends)?
    };
    let data = bytes::data(vm, target).to_vec();
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b == b'\n' || b == b'\r' {
            let mut after = i + 1;
            if b == b'\r' && data.get(after) == Some(&b'\n') {
                after += 1;
            }
            ranges.push((start, if keep { after } else { i }));
            start = after;
            i = after;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        ranges.push((start, data.len()));
    }
    pieces_list(vm, mutable, &data, &ranges)
}

fn join(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "join", 2, 2)?;
    let (separator, mutable) = receiver(vm, args, "join")?;
    let iterable = args.get(vm, 1);
    let mark = vm.root_mark();
    let result = (|| {
        let items = match vm.heap.kind_of(iterable) {
            Some(ObjKind::List | ObjKind::Tuple) => {
                let items = ops::sequence::items_of(vm, iterable);
                vm.roots.extend_from_slice(&items);
                items
            }
            _ => {
                let Ok(iterator) = ops::iter::get_iter(vm, iterable) else {
                    vm.take_exception();
                    return Err(vm.raise_type_error("can only join an iterable"));
                };
                ops::iter::collect_rooted(vm, iterator)?
            }
        };
        let sep = bytes::data(vm, separator).to_vec();
        let mut out = Vec::new();
        for (i, &item) in items.iter().enumerate() {
            let native = ops::arith::unwrap_native(vm, item);
            if !crate::buffer::is_buffer(vm, native) {
                let message = format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    ops::types::type_name(vm, item)
                );
                return Err(vm.raise_type_error(&message));
            }
            if i > 0 {
                out.extend_from_slice(&sep);
            }
            out.extend_from_slice(crate::buffer::data(vm, native));
        }
        make(vm, mutable, &out)
    })();
    vm.truncate_roots(mark);
    result
}

// ---------------------------------------------------------------------
// Stripping, replacing, searching.

fn strip_common(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult {
    check(vm, args, name, 1, 2)?;
    let (target, mutable) = receiver(vm, args, name)?;
    let set: Option<Vec<u8>> = match args.get_opt(vm, 1) {
        Some(value) if !value.is_none() => {
            let value = bytes_arg(vm, value)?;
            Some(bytes::data(vm, value).to_vec())
        }
        _ => None,
    };
    let data = bytes::data(vm, target);
    let strip = |b: u8| match &set {
        Some(set) => set.contains(&b),
        None => is_space(b),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(data[end - 1]) {
            end -= 1;
        }
    }
    if !mutable && start == 0 && end == data.len() {
        return Ok(target);
    }
    let piece = data[start..end].to_vec();
    make(vm, mutable, &piece)
}

fn strip(vm: &mut Vm, args: &Args) -> PyResult {
    strip_common(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &Args) -> PyResult {
    strip_common(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &Args) -> PyResult {
    strip_common(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "replace", 3, 4)?;
    let (target, mutable) = receiver(vm, args, "replace")?;
    let old = bytes_arg(vm, args.get(vm, 1))?;
    let new = bytes_arg(vm, args.get(vm, 2))?;
    let limit = match args.get_opt(vm, 3) {
        Some(value) => ops::convert::index_isize(vm, value)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let data = bytes::data(vm, target);
    let old = bytes::data(vm, old);
    let new = bytes::data(vm, new);
    let mut out = Vec::with_capacity(data.len());
    let mut done = 0;
    if old.is_empty() {
        let mut i = 0;
        loop {
            if done == limit {
                out.extend_from_slice(&data[i..]);
                break;
            }
            out.extend_from_slice(new);
            done += 1;
            if i == data.len() {
                break;
            }
            out.push(data[i]);
            i += 1;
        }
    } else {
        let mut at = 0;
        while done < limit {
            match find_sub(&data[at..], old) {
                Some(found) => {
                    out.extend_from_slice(&data[at..at + found]);
                    out.extend_from_slice(new);
                    at += found + old.len();
                    done += 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&data[at..]);
    }
    if !mutable && done == 0 {
        return Ok(target);
    }
    make(vm, mutable, &out)
}

/// The receiver, the needle and the resolved `[start:end]` of
/// find/rfind/index/rindex/count; None when start is past end.
type Search = (Value, Vec<u8>, Option<(usize, usize)>);

fn search_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Search> {
    check(vm, args, name, 2, 4)?;
    let (target, _) = receiver(vm, args, name)?;
    let sub = needle(vm, args.get(vm, 1))?;
    let start = args.get_opt(vm, 2).unwrap_or(Value::UNBOUND);
    let end = args.get_opt(vm, 3).unwrap_or(Value::UNBOUND);
    let len = bytes::data(vm, target).len();
    let (start, end) = super::str_methods::bounds(vm, start, end, len)?;
    Ok((target, sub, (start <= end).then_some((start, end))))
}

fn search(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (target, sub, range) = search_args(vm, args, name)?;
    let Some((start, end)) = range else {
        return Ok(None);
    };
    let hay = &bytes::data(vm, target)[start..end];
    let found = if reverse {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    };
    Ok(found.map(|i| i + start))
}

fn find(vm: &mut Vm, args: &Args) -> PyResult {
    let found = search(vm, args, "find", false)?;
    Ok(Value::small_int(found.map_or(-1, |i| i as isize)))
}

fn rfind(vm: &mut Vm, args: &Args) -> PyResult {
    let found = search(vm, args, "rfind", true)?;
    Ok(Value::small_int(found.map_or(-1, |i| i as isize)))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult {
    match search(vm, args, "index", false)? {
        Some(i) => Ok(Value::small_int(i as isize)),
        None => Err(vm.raise_value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: &Args) -> PyResult {
    match search(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::small_int(i as isize)),
        None => Err(vm.raise_value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, sub, range) = search_args(vm, args, "count")?;
    let Some((start, end)) = range else {
        return Ok(Value::small_int(0));
    };
    let hay = &bytes::data(vm, target)[start..end];
    let n = if sub.is_empty() {
        hay.len() + 1
    } else if sub.len() == 1 {
        hay.iter().filter(|&&b| b == sub[0]).count()
    } else {
        let mut n = 0;
        let mut at = 0;
        while let Some(found) = find_sub(&hay[at..], &sub) {
            n += 1;
            at += found + sub.len();
        }
        n
    };
    Ok(Value::small_int(n as isize))
}

fn affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult {
    check(vm, args, name, 2, 4)?;
    let (target, _) = receiver(vm, args, name)?;
    let pattern = args.get(vm, 1);
    let start = args.get_opt(vm, 2).unwrap_or(Value::UNBOUND);
    let end = args.get_opt(vm, 3).unwrap_or(Value::UNBOUND);
    let candidates: Vec<Value> = if vm.heap.kind_of(pattern) == Some(ObjKind::Tuple) {
        tuple::items(vm, pattern).to_vec()
    } else {
        alloc::vec![pattern]
    };
    for &candidate in &candidates {
        let native = ops::arith::unwrap_native(vm, candidate);
        if !crate::buffer::is_buffer(vm, native) {
            let message = if candidates.len() == 1 && candidate == pattern {
                format!(
                    "{} first arg must be bytes or a tuple of bytes, not {}",
                    name,
                    ops::types::type_name(vm, candidate)
                )
            } else {
                format!(
                    "a bytes-like object is required, not '{}'",
                    ops::types::type_name(vm, candidate)
                )
            };
            return Err(vm.raise_type_error(&message));
        }
    }
    let len = bytes::data(vm, target).len();
    let (start, end) = super::str_methods::bounds(vm, start, end, len)?;
    if start > end {
        return Ok(Value::FALSE);
    }
    let hay = &bytes::data(vm, target)[start..end];
    let hit = candidates.iter().any(|&candidate| {
        let native = ops::arith::unwrap_native(vm, candidate);
        let pattern = crate::buffer::data(vm, native);
        if suffix {
            hay.ends_with(pattern)
        } else {
            hay.starts_with(pattern)
        }
    });
    Ok(Value::from_bool(hit))
}

fn startswith(vm: &mut Vm, args: &Args) -> PyResult {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &Args) -> PyResult {
    affix(vm, args, "endswith", true)
}

fn remove_affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult {
    check(vm, args, name, 2, 2)?;
    let (target, mutable) = receiver(vm, args, name)?;
    let affix = bytes_arg(vm, args.get(vm, 1))?;
    let data = bytes::data(vm, target);
    let affix = bytes::data(vm, affix);
    let piece = if !affix.is_empty() && suffix && data.ends_with(affix) {
        &data[..data.len() - affix.len()]
    } else if !affix.is_empty() && !suffix && data.starts_with(affix) {
        &data[affix.len()..]
    } else if !mutable {
        return Ok(target);
    } else {
        data
    };
    let piece = piece.to_vec();
    make(vm, mutable, &piece)
}

fn removeprefix(vm: &mut Vm, args: &Args) -> PyResult {
    remove_affix(vm, args, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: &Args) -> PyResult {
    remove_affix(vm, args, "removesuffix", true)
}

fn partition_common(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult {
    check(vm, args, name, 2, 2)?;
    let (target, mutable) = receiver(vm, args, name)?;
    let sep = bytes_arg(vm, args.get(vm, 1))?;
    let sep = bytes::data(vm, sep).to_vec();
    if sep.is_empty() {
        return Err(vm.raise_value_error("empty separator"));
    }
    let data = bytes::data(vm, target).to_vec();
    let found = if reverse {
        rfind_sub(&data, &sep)
    } else {
        find_sub(&data, &sep)
    };
    match found {
        Some(at) => tuple_of(vm, mutable, [&data[..at], &sep, &data[at + sep.len()..]]),
        None if reverse => tuple_of(vm, mutable, [&[], &[], &data]),
        None => tuple_of(vm, mutable, [&data, &[], &[]]),
    }
}

fn partition(vm: &mut Vm, args: &Args) -> PyResult {
    partition_common(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &Args) -> PyResult {
    partition_common(vm, args, "rpartition", true)
}

// ---------------------------------------------------------------------
// ASCII case mapping and predicates.

fn map_bytes(vm: &mut Vm, args: &Args, name: &str, map: fn(&mut [u8])) -> PyResult {
    check(vm, args, name, 1, 1)?;
    let (target, mutable) = receiver(vm, args, name)?;
    let mut data = bytes::data(vm, target).to_vec();
    map(&mut data);
    make(vm, mutable, &data)
}

fn lower(vm: &mut Vm, args: &Args) -> PyResult {
    map_bytes(vm, args, "lower", |b| b.make_ascii_lowercase())
}

fn upper(vm: &mut Vm, args: &Args) -> PyResult {
    map_bytes(vm, args, "upper", |b| b.make_ascii_uppercase())
}

fn swapcase(vm: &mut Vm, args: &Args) -> PyResult {
    map_bytes(vm, args, "swapcase", |data| {
        for b in data.iter_mut() {
            if b.is_ascii_alphabetic() {
                *b ^= 0x20;
            }
        }
    })
}

fn capitalize(vm: &mut Vm, args: &Args) -> PyResult {
    map_bytes(vm, args, "capitalize", |data| {
        if let Some((first, rest)) = data.split_first_mut() {
            first.make_ascii_uppercase();
            rest.make_ascii_lowercase();
        }
    })
}

fn title(vm: &mut Vm, args: &Args) -> PyResult {
    map_bytes(vm, args, "title", |data| {
        let mut previous_cased = false;
        for b in data.iter_mut() {
            if previous_cased {
                b.make_ascii_lowercase();
            } else {
                b.make_ascii_uppercase();
            }
            previous_cased = b.is_ascii_alphabetic();
        }
    })
}

fn predicate(vm: &mut Vm, args: &Args, name: &str, test: fn(&[u8]) -> bool) -> PyResult {
    check(vm, args, name, 1, 1)?;
    let (target, _) = receiver(vm, args, name)?;
    Ok(Value::from_bool(test(bytes::data(vm, target))))
}

fn isdigit(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn isalpha(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isalnum(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&b| is_space(b))
    })
}

fn isascii(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isascii", |d| d.is_ascii())
}

fn isupper(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn islower(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn istitle(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "istitle", |d| {
        let mut cased = false;
        let mut previous_cased = false;
        for &b in d {
            if b.is_ascii_uppercase() {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    })
}

// ---------------------------------------------------------------------
// Padding and layout.

fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, bool, usize, u8)> {
    check(vm, args, name, 2, 3)?;
    let (target, mutable) = receiver(vm, args, name)?;
    let width = super::str_methods::width_arg(vm, args.get(vm, 1))?;
    let fill = match args.get_opt(vm, 2) {
        Some(value) => {
            let native = ops::arith::unwrap_native(vm, value);
            if bytes::is_bytes_like(vm, native) && bytes::data(vm, native).len() == 1 {
                bytes::data(vm, native)[0]
            } else {
                let message = format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    ops::types::type_name(vm, value)
                );
                return Err(vm.raise_type_error(&message));
            }
        }
        None => b' ',
    };
    Ok((target, mutable, width, fill))
}

fn padded(
    vm: &mut Vm,
    target: Value,
    mutable: bool,
    left: usize,
    right: usize,
    fill: u8,
) -> PyResult {
    if !mutable && left == 0 && right == 0 {
        return Ok(target);
    }
    let data = bytes::data(vm, target);
    let mut out = Vec::with_capacity(data.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(out.len() + right, fill);
    make(vm, mutable, &out)
}

fn center(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, mutable, width, fill) = pad_args(vm, args, "center")?;
    let len = bytes::data(vm, target).len();
    let extra = width.saturating_sub(len);
    let left = extra / 2 + (extra & width & 1);
    padded(vm, target, mutable, left, extra - left, fill)
}

fn ljust(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, mutable, width, fill) = pad_args(vm, args, "ljust")?;
    let len = bytes::data(vm, target).len();
    padded(vm, target, mutable, 0, width.saturating_sub(len), fill)
}

fn rjust(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, mutable, width, fill) = pad_args(vm, args, "rjust")?;
    let len = bytes::data(vm, target).len();
    padded(vm, target, mutable, width.saturating_sub(len), 0, fill)
}

fn zfill(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "zfill", 2, 2)?;
    let (target, mutable) = receiver(vm, args, "zfill")?;
    let width = super::str_methods::width_arg(vm, args.get(vm, 1))?;
    let data = bytes::data(vm, target);
    if width <= data.len() {
        if !mutable {
            return Ok(target);
        }
        let copy = data.to_vec();
        return make(vm, mutable, &copy);
    }
    let mut out = Vec::with_capacity(width);
    let rest = match data.first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(sign);
            &data[1..]
        }
        _ => data,
    };
    out.resize(width - rest.len(), b'0');
    out.extend_from_slice(rest);
    make(vm, mutable, &out)
}

fn expandtabs(vm: &mut Vm, args: &Args) -> PyResult {
    let [_, tabsize] = parse(vm, args, "expandtabs", ["self", "tabsize"], 1)?;
    let (target, mutable) = receiver(vm, args, "expandtabs")?;
    let tabsize = if tabsize.is_unbound() {
        8
    } else {
        ops::convert::index_isize(vm, tabsize)?
    };
    let data = bytes::data(vm, target);
    let mut out = Vec::with_capacity(data.len() + 16);
    let mut column = 0usize;
    let limit = vm.heap.bytes_total();
    let mut overflow = false;
    for &b in data {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize as usize - column % tabsize as usize;
                    if out.len() + n > limit {
                        overflow = true;
                        break;
                    }
                    out.resize(out.len() + n, b' ');
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    if overflow {
        return Err(vm.raise_memory_error());
    }
    make(vm, mutable, &out)
}

/// `bytes.translate(table, delete=b'')`: table is None or 256 bytes.
fn translate(vm: &mut Vm, args: &Args) -> PyResult {
    let [_, table, delete] = parse(vm, args, "translate", ["self", "table", "delete"], 2)?;
    let (target, mutable) = receiver(vm, args, "translate")?;
    let table: Option<Vec<u8>> = if table.is_none() {
        None
    } else {
        let table = bytes_arg(vm, table)?;
        let table = bytes::data(vm, table).to_vec();
        if table.len() != 256 {
            return Err(vm.raise_value_error("translation table must be 256 characters long"));
        }
        Some(table)
    };
    let delete: Vec<u8> = if delete.is_unbound() {
        Vec::new()
    } else {
        let delete = bytes_arg(vm, delete)?;
        bytes::data(vm, delete).to_vec()
    };
    let data = bytes::data(vm, target);
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    make(vm, mutable, &out)
}

/// `bytes.maketrans(from, to)`: a 256-byte table.
fn maketrans(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "maketrans", 2, 2)?;
    let from = bytes_arg(vm, args.get(vm, 0))?;
    let to = bytes_arg(vm, args.get(vm, 1))?;
    let from = bytes::data(vm, from).to_vec();
    let to = bytes::data(vm, to);
    if from.len() != to.len() {
        return Err(vm.raise_value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in from.iter().zip(to) {
        table[a as usize] = b;
    }
    bytes::new(vm, &table)
}

// ---------------------------------------------------------------------
// bytearray mutation.

fn byte_value(vm: &mut Vm, value: Value) -> PyResult<u8> {
    if !int::is_int(vm, value) {
        let message = format!(
            "'{}' object cannot be interpreted as an integer",
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    }
    let n = ops::convert::index_isize(vm, value)?;
    if !(0..=255).contains(&n) {
        return Err(vm.raise_value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

fn append(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "append", 2, 2)?;
    let target = bytearray_receiver(vm, args, "append")?;
    let byte = byte_value(vm, args.get(vm, 1))?;
    let len = bytes::bytearray_len(vm, target);
    bytes::bytearray_set_len(vm, target, len + 1)?;
    bytes::bytearray_data_mut(vm, target)[len] = byte;
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "extend", 2, 2)?;
    let target = bytearray_receiver(vm, args, "extend")?;
    let source = args.get(vm, 1);
    let extra = ops::subscript::byte_values(vm, source)?;
    let len = bytes::bytearray_len(vm, target);
    bytes::bytearray_set_len(vm, target, len + extra.len())?;
    bytes::bytearray_data_mut(vm, target)[len..].copy_from_slice(&extra);
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "insert", 3, 3)?;
    let target = bytearray_receiver(vm, args, "insert")?;
    let index = ops::convert::index_isize(vm, args.get(vm, 1))?;
    let byte = byte_value(vm, args.get(vm, 2))?;
    let len = bytes::bytearray_len(vm, target) as isize;
    let position = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    } as usize;
    bytes::bytearray_set_len(vm, target, len as usize + 1)?;
    let data = bytes::bytearray_data_mut(vm, target);
    data.copy_within(position..len as usize, position + 1);
    data[position] = byte;
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "pop", 1, 2)?;
    let target = bytearray_receiver(vm, args, "pop")?;
    let len = bytes::bytearray_len(vm, target);
    let position = crate::builtins::args::pop_position(vm, args, len, "bytearray")?;
    crate::buffer::check_resizable(vm, target)?;
    let data = bytes::bytearray_data_mut(vm, target);
    let byte = data[position];
    data.copy_within(position + 1.., position);
    bytes::bytearray_set_len(vm, target, len - 1)?;
    Ok(Value::small_int(byte as isize))
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "remove", 2, 2)?;
    let target = bytearray_receiver(vm, args, "remove")?;
    let byte = byte_value(vm, args.get(vm, 1))?;
    let len = bytes::bytearray_len(vm, target);
    let data = bytes::bytearray_data_mut(vm, target);
    let Some(position) = data.iter().position(|&b| b == byte) else {
        return Err(vm.raise_value_error("value not found in bytearray"));
    };
    crate::buffer::check_resizable(vm, target)?;
    let data = bytes::bytearray_data_mut(vm, target);
    data.copy_within(position + 1.., position);
    bytes::bytearray_set_len(vm, target, len - 1)?;
    Ok(Value::NONE)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "clear", 1, 1)?;
    let target = bytearray_receiver(vm, args, "clear")?;
    bytes::bytearray_set_len(vm, target, 0)?;
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "copy", 1, 1)?;
    let target = bytearray_receiver(vm, args, "copy")?;
    let data = bytes::data(vm, target).to_vec();
    bytes::new_bytearray(vm, &data)
}

fn reverse(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "reverse", 1, 1)?;
    let target = bytearray_receiver(vm, args, "reverse")?;
    bytes::bytearray_data_mut(vm, target).reverse();
    Ok(Value::NONE)
}

// ---------------------------------------------------------------------
// Dunder methods, for explicit calls and subclasses' super() calls.

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__len__", 1, 1)?;
    let (target, _) = receiver(vm, args, "__len__")?;
    Ok(Value::small_int(bytes::data(vm, target).len() as isize))
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__getitem__", 2, 2)?;
    let (target, _) = receiver(vm, args, "__getitem__")?;
    let key = args.get(vm, 1);
    ops::subscript::get_item(vm, target, key)
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__contains__", 2, 2)?;
    let (target, _) = receiver(vm, args, "__contains__")?;
    let item = args.get(vm, 1);
    ops::compare::contains(vm, target, item).map(Value::from_bool)
}

fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__iter__", 1, 1)?;
    let (target, _) = receiver(vm, args, "__iter__")?;
    ops::iter::get_iter(vm, target)
}

fn dunder_setitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__setitem__", 3, 3)?;
    let target = bytearray_receiver(vm, args, "__setitem__")?;
    let (key, value) = (args.get(vm, 1), args.get(vm, 2));
    ops::subscript::set_item(vm, target, key, value)?;
    Ok(Value::NONE)
}

fn dunder_delitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__delitem__", 2, 2)?;
    let target = bytearray_receiver(vm, args, "__delitem__")?;
    let key = args.get(vm, 1);
    ops::subscript::delete_item(vm, target, key)?;
    Ok(Value::NONE)
}
