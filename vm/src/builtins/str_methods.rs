//! Methods of `str`.
//!
//! Design: a str's text lives in the VM heap (or the interner), so it can
//! only be borrowed while nothing allocates. Methods therefore work in two
//! phases: first scan the borrowed text and record byte ranges or build a
//! Rust `String`, then allocate the result. Pieces of the receiver (split,
//! strip, partition) are copied heap-to-heap by `str::substring`, so no
//! per-piece Rust allocation happens; results that are the receiver
//! unchanged return the receiver itself. ASCII text (the common case on
//! microcontrollers) takes byte-wise fast paths: code-point and byte
//! indices agree, and case mapping is a table-free bit flip.
//!
//! Character classes follow CPython for ASCII exactly and approximate its
//! Unicode database with Rust's `char` predicates elsewhere.

use super::args::{check, check_count, parse};
use super::str_surrogate_lift::call as lift;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::{bytes, dict, int, list, str as pystr, tuple};
use crate::ops;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Methods called through `lift` also accept strs with lone surrogates
/// (builtins/str_surrogate_lift.rs explains how, and which methods may).
pub static METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("split", |vm, args| lift(vm, args, split)),
    &NativeFunction::method("rsplit", |vm, args| lift(vm, args, rsplit)),
    &NativeFunction::method("splitlines", |vm, args| lift(vm, args, splitlines)),
    &NativeFunction::method("join", join),
    &NativeFunction::method("strip", |vm, args| lift(vm, args, strip)),
    &NativeFunction::method("lstrip", |vm, args| lift(vm, args, lstrip)),
    &NativeFunction::method("rstrip", |vm, args| lift(vm, args, rstrip)),
    &NativeFunction::method("replace", |vm, args| lift(vm, args, replace)),
    &NativeFunction::method("find", |vm, args| lift(vm, args, find)),
    &NativeFunction::method("rfind", |vm, args| lift(vm, args, rfind)),
    &NativeFunction::method("index", |vm, args| lift(vm, args, index)),
    &NativeFunction::method("rindex", |vm, args| lift(vm, args, rindex)),
    &NativeFunction::method("count", |vm, args| lift(vm, args, count)),
    &NativeFunction::method("startswith", |vm, args| lift(vm, args, startswith)),
    &NativeFunction::method("endswith", |vm, args| lift(vm, args, endswith)),
    &NativeFunction::method("lower", |vm, args| lift(vm, args, lower)),
    &NativeFunction::method("upper", |vm, args| lift(vm, args, upper)),
    &NativeFunction::method("capitalize", |vm, args| lift(vm, args, capitalize)),
    &NativeFunction::method("title", |vm, args| lift(vm, args, title)),
    &NativeFunction::method("swapcase", |vm, args| lift(vm, args, swapcase)),
    &NativeFunction::method("casefold", |vm, args| lift(vm, args, casefold)),
    &NativeFunction::method("isdigit", |vm, args| lift(vm, args, isdigit)),
    &NativeFunction::method("isdecimal", |vm, args| lift(vm, args, isdecimal)),
    &NativeFunction::method("isnumeric", |vm, args| lift(vm, args, isnumeric)),
    &NativeFunction::method("isalpha", |vm, args| lift(vm, args, isalpha)),
    &NativeFunction::method("isalnum", |vm, args| lift(vm, args, isalnum)),
    &NativeFunction::method("isspace", |vm, args| lift(vm, args, isspace)),
    &NativeFunction::method("isupper", |vm, args| lift(vm, args, isupper)),
    &NativeFunction::method("islower", |vm, args| lift(vm, args, islower)),
    &NativeFunction::method("istitle", |vm, args| lift(vm, args, istitle)),
    &NativeFunction::method("isidentifier", |vm, args| lift(vm, args, isidentifier)),
    &NativeFunction::method("isprintable", |vm, args| lift(vm, args, isprintable)),
    &NativeFunction::method("isascii", |vm, args| lift(vm, args, isascii)),
    &NativeFunction::method("center", |vm, args| lift(vm, args, center)),
    &NativeFunction::method("ljust", |vm, args| lift(vm, args, ljust)),
    &NativeFunction::method("rjust", |vm, args| lift(vm, args, rjust)),
    &NativeFunction::method("zfill", |vm, args| lift(vm, args, zfill)),
    &NativeFunction::method("partition", |vm, args| lift(vm, args, partition)),
    &NativeFunction::method("rpartition", |vm, args| lift(vm, args, rpartition)),
    &NativeFunction::method("expandtabs", |vm, args| lift(vm, args, expandtabs)),
    &NativeFunction::method("encode", encode),
    &NativeFunction::method("format", format_method),
    &NativeFunction::method("format_map", format_map),
    &NativeFunction::method("removeprefix", |vm, args| lift(vm, args, removeprefix)),
    &NativeFunction::method("removesuffix", |vm, args| lift(vm, args, removesuffix)),
    &NativeFunction::static_method("maketrans", maketrans),
    &NativeFunction::method("translate", translate),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__getitem__", dunder_getitem),
    &NativeFunction::method("__contains__", dunder_contains),
    &NativeFunction::method("__iter__", dunder_iter),
];

// ---------------------------------------------------------------------
// Shared helpers (also used by bytes methods where marked pub(super)).

/// The str a method was called on (a str subclass instance is unwrapped).
fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if args.count == 0 {
        let message = format!("descriptor '{name}' of 'str' object needs an argument");
        return Err(vm.raise_type_error(&message));
    }
    let value = ops::arith::unwrap_native(vm, args.get(vm, 0));
    if !pystr::is_str(&vm.heap, value) {
        let message = format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    }
    Ok(value)
}

/// A str argument (a str subclass instance is unwrapped), or a TypeError
/// "{what} must be str, not T".
fn str_arg(vm: &mut Vm, value: Value, what: &str) -> PyResult<Value> {
    let native = ops::arith::unwrap_native(vm, value);
    if pystr::is_str(&vm.heap, native) {
        return Ok(native);
    }
    let message = format!(
        "{}must be str, not {}",
        what,
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

fn given(value: Value) -> bool {
    !value.is_unbound() && !value.is_none()
}

/// Resolve optional start/end arguments as CPython's ADJUST_INDICES does:
/// end is clamped to `len`, negatives count from the end, and start may be
/// left beyond `len` (so that `"abc".find("", 4)` is -1).
pub(super) fn bounds(
    vm: &mut Vm,
    start: Value,
    end: Value,
    len: usize,
) -> PyResult<(usize, usize)> {
    let resolve = |vm: &mut Vm, value: Value, default: isize| -> PyResult<isize> {
        if !given(value) {
            return Ok(default);
        }
        if !ops::convert::is_index(vm, value)? {
            return Err(vm.raise_type_error(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        // Ints beyond a machine word saturate, as CPython clips them.
        let native = ops::arith::unwrap_native(vm, value);
        if int::is_big(vm, native)
            && int::as_i64(vm, native)
                .and_then(|n| isize::try_from(n).ok())
                .is_none()
        {
            return Ok(if int::sign(vm, native) < 0 {
                isize::MIN
            } else {
                isize::MAX
            });
        }
        ops::convert::index_isize(vm, value)
    };
    let len = len as isize;
    let mut start = resolve(vm, start, 0)?;
    let mut end = resolve(vm, end, len)?;
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    Ok((start as usize, end as usize))
}

/// Byte offset of code point `index` in `text` (clamped to its length).
fn byte_at(text: &str, ascii: bool, index: usize) -> usize {
    if ascii {
        return index.min(text.len());
    }
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(offset, _)| offset)
}

/// Code-point index of byte offset `offset`.
fn char_at(text: &str, ascii: bool, offset: usize) -> usize {
    if ascii {
        offset
    } else {
        text[..offset].chars().count()
    }
}

/// CPython's str.isspace for one character: Rust's White_Space plus the
/// ASCII information separators \x1c-\x1f.
pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// A list of the pieces `ranges` (byte ranges) of str `source` (rooted).
fn pieces_list(vm: &mut Vm, source: Value, ranges: &[(usize, usize)]) -> PyResult {
    let result = list::with_capacity(vm, ranges.len())?;
    vm.push_root(result);
    let filled = (|| {
        for &(start, end) in ranges {
            let piece = pystr::substring(vm, source, start, end)?;
            list::append(vm, result, piece)?;
        }
        Ok(())
    })();
    vm.pop_roots(1);
    filled.map(|()| result)
}

/// A tuple of pieces of `source` (rooted): each a byte range or, when
/// None, the empty string.
fn pieces_tuple(vm: &mut Vm, source: Value, ranges: &[Option<(usize, usize)>]) -> PyResult {
    let mark = vm.root_mark();
    let result = (|| {
        let mut items = Vec::with_capacity(ranges.len());
        for range in ranges {
            let piece = match *range {
                Some((start, end)) => pystr::substring(vm, source, start, end)?,
                None => pystr::new(vm, "")?,
            };
            vm.push_root(piece);
            items.push(piece);
        }
        tuple::new(vm, &items)
    })();
    vm.truncate_roots(mark);
    result
}

// ---------------------------------------------------------------------
// Splitting and joining.

fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Option<Value>, isize)> {
    let [_, sep, maxsplit] = parse(vm, args, name, ["self", "sep", "maxsplit"], 1)?;
    let target = receiver(vm, args, name)?;
    let sep = if given(sep) {
        let native = ops::arith::unwrap_native(vm, sep);
        if !pystr::is_str(&vm.heap, native) {
            let message = format!(
                "must be str or None, not {}",
                ops::types::type_name(vm, sep)
            );
            return Err(vm.raise_type_error(&message));
        }
        if pystr::text(vm, native).is_empty() {
            return Err(vm.raise_value_error("empty separator"));
        }
        Some(native)
    } else {
        None
    };
    let maxsplit = if maxsplit.is_unbound() {
        -1
    } else {
        ops::convert::index_isize(vm, maxsplit)?
    };
    Ok((target, sep, maxsplit))
}

fn split(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, sep, maxsplit) = split_args(vm, args, "split")?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let text = pystr::text(vm, target);
    let mut ranges = Vec::new();
    match sep {
        Some(sep) => {
            let sep = pystr::text(vm, sep);
            let mut at = 0;
            while ranges.len() < limit {
                match text[at..].find(sep) {
                    Some(found) => {
                        ranges.push((at, at + found));
                        at += found + sep.len();
                    }
                    None => break,
                }
            }
            ranges.push((at, text.len()));
        }
        None => whitespace_split(text, limit, &mut ranges),
    }
    pieces_list(vm, target, &ranges)
}

/// Split on runs of whitespace, dropping empty pieces at either end.
fn whitespace_split(text: &str, limit: usize, ranges: &mut Vec<(usize, usize)>) {
    let mut iter = text.char_indices().peekable();
    loop {
        // Skip whitespace.
        while let Some(&(_, c)) = iter.peek() {
            if !is_space(c) {
                break;
            }
            iter.next();
        }
        let Some(&(start, _)) = iter.peek() else {
            return;
        };
        if ranges.len() == limit {
            // The rest, trailing whitespace included (as CPython).
            ranges.push((start, text.len()));
            return;
        }
        let mut end = text.len();
        for (offset, c) in iter.by_ref() {
            if is_space(c) {
                end = offset;
                break;
            }
        }
        ranges.push((start, end));
    }
}

fn rsplit(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, sep, maxsplit) = split_args(vm, args, "rsplit")?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let text = pystr::text(vm, target);
    let mut ranges = Vec::new();
    match sep {
        Some(sep) => {
            let sep = pystr::text(vm, sep);
            let mut end = text.len();
            while ranges.len() < limit {
                match text[..end].rfind(sep) {
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
            let mut end = text.len();
            loop {
                let head = text[..end].trim_end_matches(is_space);
                if head.is_empty() {
                    break;
                }
                end = head.len();
                if ranges.len() == limit {
                    ranges.push((0, end));
                    break;
                }
                let start = head
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| is_space(c))
                    .map_or(0, |(offset, c)| offset + c.len_utf8());
                ranges.push((start, end));
                end = start;
            }
        }
    }
    ranges.reverse();
    pieces_list(vm, target, &ranges)
}

/// Whether `c` ends a line for str.splitlines.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(vm: &mut Vm, args: &Args) -> PyResult {
    let [_, keepends] = parse(vm, args, "splitlines", ["self", "keepends"], 1)?;
    let target = receiver(vm, args, "splitlines")?;
    let keep = if keepends.is_unbound() {
        false
    } else {
        ops::truth::truthy(vm, keepends)?
    };
    let text = pystr::text(vm, target);
    let bytes = text.as_bytes();
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices();
    while let Some((offset, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut after = offset + c.len_utf8();
        if c == '\r' && bytes.get(after) == Some(&b'\n') {
            iter.next();
            after += 1;
        }
        ranges.push((start, if keep { after } else { offset }));
        start = after;
    }
    if start < text.len() {
        ranges.push((start, text.len()));
    }
    pieces_list(vm, target, &ranges)
}

fn join(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "join", 2, 2)?;
    let separator = receiver(vm, args, "join")?;
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
        let mut parts = Vec::with_capacity(items.len() * 2);
        for (i, &item) in items.iter().enumerate() {
            let native = ops::arith::unwrap_native(vm, item);
            if !pystr::is_str(&vm.heap, native) {
                let message = format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    ops::types::type_name(vm, item)
                );
                return Err(vm.raise_type_error(&message));
            }
            if i > 0 {
                parts.push(separator);
            }
            parts.push(native);
            // The unwrapped native of a subclass instance is reachable from
            // the rooted instance, so it needs no root of its own.
        }
        if parts.len() == 1 {
            return Ok(parts[0]);
        }
        pystr::concat(vm, &parts)
    })();
    vm.truncate_roots(mark);
    result
}

// ---------------------------------------------------------------------
// Stripping, replacing, searching.

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_common(vm: &mut Vm, args: &Args, name: &str, side: Side) -> PyResult {
    check(vm, args, name, 1, 2)?;
    let target = receiver(vm, args, name)?;
    let chars = match args.get_opt(vm, 1) {
        Some(value) if !value.is_none() => {
            let native = ops::arith::unwrap_native(vm, value);
            if !pystr::is_str(&vm.heap, native) {
                let message = format!("{name} arg must be None or str");
                return Err(vm.raise_type_error(&message));
            }
            Some(native)
        }
        _ => None,
    };
    let text = pystr::text(vm, target);
    let (start, end) = match chars {
        None => strip_range(text, side, is_space),
        Some(chars) => {
            let set = pystr::text(vm, chars);
            if set.is_ascii() {
                let set = set.as_bytes();
                strip_range(text, side, |c| c.is_ascii() && set.contains(&(c as u8)))
            } else {
                strip_range(text, side, |c| set.contains(c))
            }
        }
    };
    pystr::substring(vm, target, start, end)
}

fn strip_range(text: &str, side: Side, strip: impl Fn(char) -> bool) -> (usize, usize) {
    let start = if side == Side::Right {
        0
    } else {
        text.len() - text.trim_start_matches(&strip).len()
    };
    let end = if side == Side::Left {
        text.len()
    } else {
        start + text[start..].trim_end_matches(&strip).len()
    };
    (start, end)
}

fn strip(vm: &mut Vm, args: &Args) -> PyResult {
    strip_common(vm, args, "strip", Side::Both)
}

fn lstrip(vm: &mut Vm, args: &Args) -> PyResult {
    strip_common(vm, args, "lstrip", Side::Left)
}

fn rstrip(vm: &mut Vm, args: &Args) -> PyResult {
    strip_common(vm, args, "rstrip", Side::Right)
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult {
    check_count(vm, args, "replace", 3, 4)?;
    let target = receiver(vm, args, "replace")?;
    let old = str_arg(vm, args.get(vm, 1), "replace() argument 1 ")?;
    let new = str_arg(vm, args.get(vm, 2), "replace() argument 2 ")?;
    let limit = match args.get_opt(vm, 3) {
        Some(value) => ops::convert::index_isize(vm, value)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let text = pystr::text(vm, target);
    let old = pystr::text(vm, old);
    let new = pystr::text(vm, new);
    if limit == 0 || (!old.is_empty() && !text.contains(old)) {
        return Ok(target);
    }
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    if old.is_empty() {
        // Insert before every character and at the end.
        let mut rest = text.char_indices();
        loop {
            if done == limit {
                out.push_str(rest.as_str());
                break;
            }
            out.push_str(new);
            done += 1;
            match rest.next() {
                Some((_, c)) => out.push(c),
                None => break,
            }
        }
    } else {
        let mut at = 0;
        while done < limit {
            match text[at..].find(old) {
                Some(found) => {
                    out.push_str(&text[at..at + found]);
                    out.push_str(new);
                    at += found + old.len();
                    done += 1;
                }
                None => break,
            }
        }
        out.push_str(&text[at..]);
    }
    pystr::new(vm, &out)
}

/// Shared by find/rfind/index/rindex: the code-point index of `sub` in
/// the receiver's `[start:end]`.
fn search(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    check(vm, args, name, 2, 4)?;
    let target = receiver(vm, args, name)?;
    let sub = str_arg(vm, args.get(vm, 1), "")?;
    let start = args.get_opt(vm, 2).unwrap_or(Value::UNBOUND);
    let end = args.get_opt(vm, 3).unwrap_or(Value::UNBOUND);
    let len = pystr::char_count(vm, target);
    let (start, end) = bounds(vm, start, end, len)?;
    if start > end {
        return Ok(None);
    }
    let ascii = pystr::is_ascii(vm, target);
    let text = pystr::text(vm, target);
    let sub = pystr::text(vm, sub);
    let b0 = byte_at(text, ascii, start);
    let b1 = if ascii {
        end
    } else {
        b0 + byte_at(&text[b0..], false, end - start)
    };
    let hay = &text[b0..b1];
    let found = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(found.map(|offset| start + char_at(hay, ascii, offset)))
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
        None => Err(vm.raise_value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: &Args) -> PyResult {
    match search(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::small_int(i as isize)),
        None => Err(vm.raise_value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "count", 2, 4)?;
    let target = receiver(vm, args, "count")?;
    let sub = str_arg(vm, args.get(vm, 1), "")?;
    let start = args.get_opt(vm, 2).unwrap_or(Value::UNBOUND);
    let end = args.get_opt(vm, 3).unwrap_or(Value::UNBOUND);
    let len = pystr::char_count(vm, target);
    let (start, end) = bounds(vm, start, end, len)?;
    if start > end {
        return Ok(Value::small_int(0));
    }
    let ascii = pystr::is_ascii(vm, target);
    let text = pystr::text(vm, target);
    let sub = pystr::text(vm, sub);
    if sub.is_empty() {
        return Ok(Value::small_int((end - start + 1) as isize));
    }
    let b0 = byte_at(text, ascii, start);
    let b1 = if ascii {
        end
    } else {
        b0 + byte_at(&text[b0..], false, end - start)
    };
    let hay = &text[b0..b1];
    let n = if sub.len() == 1 {
        let byte = sub.as_bytes()[0];
        hay.bytes().filter(|&b| b == byte).count()
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::small_int(n as isize))
}

fn affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult {
    check(vm, args, name, 2, 4)?;
    let target = receiver(vm, args, name)?;
    let pattern = args.get(vm, 1);
    let start = args.get_opt(vm, 2).unwrap_or(Value::UNBOUND);
    let end = args.get_opt(vm, 3).unwrap_or(Value::UNBOUND);
    let len = pystr::char_count(vm, target);
    let (start, end) = bounds(vm, start, end, len)?;
    let candidates: Vec<Value> = if vm.heap.kind_of(pattern) == Some(ObjKind::Tuple) {
        let items = tuple::items(vm, pattern).to_vec();
        for &item in &items {
            let native = ops::arith::unwrap_native(vm, item);
            if !pystr::is_str(&vm.heap, native) {
                let message = format!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    ops::types::type_name(vm, item)
                );
                return Err(vm.raise_type_error(&message));
            }
        }
        items
    } else {
        let native = ops::arith::unwrap_native(vm, pattern);
        if !pystr::is_str(&vm.heap, native) {
            let message = format!(
                "{} first arg must be str or a tuple of str, not {}",
                name,
                ops::types::type_name(vm, pattern)
            );
            return Err(vm.raise_type_error(&message));
        }
        alloc::vec![native]
    };
    if start > end {
        return Ok(Value::FALSE);
    }
    let ascii = pystr::is_ascii(vm, target);
    let text = pystr::text(vm, target);
    let b0 = byte_at(text, ascii, start);
    let b1 = if ascii {
        end
    } else {
        b0 + byte_at(&text[b0..], false, end - start)
    };
    let hay = &text[b0..b1];
    for candidate in candidates {
        let native = ops::arith::unwrap_native(vm, candidate);
        let pattern = pystr::text(vm, native);
        let hit = if suffix {
            hay.ends_with(pattern)
        } else {
            hay.starts_with(pattern)
        };
        if hit {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn startswith(vm: &mut Vm, args: &Args) -> PyResult {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &Args) -> PyResult {
    affix(vm, args, "endswith", true)
}

fn removeprefix(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "removeprefix", 2, 2)?;
    let target = receiver(vm, args, "removeprefix")?;
    let prefix = str_arg(vm, args.get(vm, 1), "removeprefix() argument ")?;
    let text = pystr::text(vm, target);
    let prefix = pystr::text(vm, prefix);
    if !prefix.is_empty() && text.starts_with(prefix) {
        let start = prefix.len();
        let end = text.len();
        return pystr::substring(vm, target, start, end);
    }
    Ok(target)
}

fn removesuffix(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "removesuffix", 2, 2)?;
    let target = receiver(vm, args, "removesuffix")?;
    let suffix = str_arg(vm, args.get(vm, 1), "removesuffix() argument ")?;
    let text = pystr::text(vm, target);
    let suffix = pystr::text(vm, suffix);
    if !suffix.is_empty() && text.ends_with(suffix) {
        let end = text.len() - suffix.len();
        return pystr::substring(vm, target, 0, end);
    }
    Ok(target)
}

fn partition_common(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult {
    check(vm, args, name, 2, 2)?;
    let target = receiver(vm, args, name)?;
    let sep = str_arg(vm, args.get(vm, 1), "")?;
    let text = pystr::text(vm, target);
    let sep_text = pystr::text(vm, sep);
    if sep_text.is_empty() {
        return Err(vm.raise_value_error("empty separator"));
    }
    let found = if reverse {
        text.rfind(sep_text)
    } else {
        text.find(sep_text)
    };
    let len = text.len();
    let ranges = match found {
        // The separator piece is filled in below with the argument itself.
        Some(at) => [Some((0, at)), None, Some((at + sep_text.len(), len))],
        None if reverse => [None, None, Some((0, len))],
        None => [Some((0, len)), None, None],
    };
    if found.is_some() {
        vm.push_root(sep);
        let result = pieces_tuple(vm, target, &ranges);
        vm.pop_roots(1);
        let result = result?;
        tuple::set_item(vm, result, 1, sep);
        return Ok(result);
    }
    pieces_tuple(vm, target, &ranges)
}

fn partition(vm: &mut Vm, args: &Args) -> PyResult {
    partition_common(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &Args) -> PyResult {
    partition_common(vm, args, "rpartition", true)
}

// ---------------------------------------------------------------------
// Case mapping.

/// Apply `ascii` byte-wise to ASCII text, else `unicode` to the str; the
/// receiver itself comes back when nothing changed.
fn map_text(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    ascii: fn(&mut [u8]),
    unicode: fn(&str) -> String,
) -> PyResult {
    check(vm, args, name, 1, 1)?;
    let target = receiver(vm, args, name)?;
    let is_ascii = pystr::is_ascii(vm, target);
    let text = pystr::text(vm, target);
    if is_ascii && target.as_qstr().is_none() {
        return pystr::map_ascii(vm, target, ascii);
    }
    if is_ascii {
        // Interned (short) text: map a copy, and keep the interned
        // receiver when nothing changes.
        let mut out = alloc::vec::Vec::from(text.as_bytes());
        ascii(&mut out);
        if out == text.as_bytes() {
            return Ok(target);
        }
        let out = String::from_utf8(out).unwrap_or_default();
        let n = out.len();
        return pystr::from_counted(vm, &out, n);
    }
    let out = unicode(text);
    if out == text {
        return Ok(target);
    }
    pystr::new(vm, &out)
}

fn lower(vm: &mut Vm, args: &Args) -> PyResult {
    map_text(
        vm,
        args,
        "lower",
        |b| b.make_ascii_lowercase(),
        |t| t.to_lowercase(),
    )
}

fn upper(vm: &mut Vm, args: &Args) -> PyResult {
    map_text(
        vm,
        args,
        "upper",
        |b| b.make_ascii_uppercase(),
        |t| t.to_uppercase(),
    )
}

fn casefold(vm: &mut Vm, args: &Args) -> PyResult {
    map_text(
        vm,
        args,
        "casefold",
        |b| b.make_ascii_lowercase(),
        |t| {
            let mut out = String::with_capacity(t.len());
            for c in t.chars() {
                match c {
                    'ß' | 'ẞ' => out.push_str("ss"),
                    'ς' => out.push('σ'),
                    'ﬁ' => out.push_str("fi"),
                    'ﬂ' => out.push_str("fl"),
                    'ﬀ' => out.push_str("ff"),
                    _ => out.extend(c.to_lowercase()),
                }
            }
            out
        },
    )
}

fn swapcase(vm: &mut Vm, args: &Args) -> PyResult {
    map_text(
        vm,
        args,
        "swapcase",
        |b| {
            for byte in b.iter_mut() {
                if byte.is_ascii_alphabetic() {
                    *byte ^= 0x20;
                }
            }
        },
        |t| {
            let mut out = String::with_capacity(t.len());
            for c in t.chars() {
                if c.is_uppercase() {
                    out.extend(c.to_lowercase());
                } else if c.is_lowercase() {
                    out.extend(c.to_uppercase());
                } else {
                    out.push(c);
                }
            }
            out
        },
    )
}

fn capitalize(vm: &mut Vm, args: &Args) -> PyResult {
    map_text(
        vm,
        args,
        "capitalize",
        |b| {
            if let Some((first, rest)) = b.split_first_mut() {
                first.make_ascii_uppercase();
                rest.make_ascii_lowercase();
            }
        },
        |t| {
            let mut out = String::with_capacity(t.len());
            let mut chars = t.chars();
            if let Some(first) = chars.next() {
                out.extend(to_title(first));
                out.push_str(&chars.as_str().to_lowercase());
            }
            out
        },
    )
}

/// Title case of one character: upper case, except the digraphs that have
/// a distinct title form.
fn to_title(c: char) -> impl Iterator<Item = char> {
    let special = match c {
        'ǆ' | 'ǅ' | 'Ǆ' => Some('ǅ'),
        'ǉ' | 'ǈ' | 'Ǉ' => Some('ǈ'),
        'ǌ' | 'ǋ' | 'Ǌ' => Some('ǋ'),
        'ǳ' | 'ǲ' | 'Ǳ' => Some('ǲ'),
        _ => None,
    };
    let (one, many) = match special {
        Some(t) => (Some(t), None),
        None => (None, Some(c.to_uppercase())),
    };
    one.into_iter().chain(many.into_iter().flatten())
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

fn is_titlecase(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
        || ('\u{1f88}'..='\u{1faf}').contains(&c) && (c as u32 & 0x8) != 0
}

fn title(vm: &mut Vm, args: &Args) -> PyResult {
    map_text(
        vm,
        args,
        "title",
        |b| {
            let mut previous_cased = false;
            for byte in b.iter_mut() {
                if previous_cased {
                    byte.make_ascii_lowercase();
                } else {
                    byte.make_ascii_uppercase();
                }
                previous_cased = byte.is_ascii_alphabetic();
            }
        },
        |t| {
            let mut out = String::with_capacity(t.len());
            let mut previous_cased = false;
            for c in t.chars() {
                if previous_cased {
                    out.extend(c.to_lowercase());
                } else {
                    out.extend(to_title(c));
                }
                previous_cased = is_cased(c);
            }
            out
        },
    )
}

// ---------------------------------------------------------------------
// Predicates.

/// Decimal digits outside ASCII: the starts of the common Nd blocks
/// (each ten long).
const DECIMAL_STARTS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x11066, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e950, 0x1fbf0,
];

pub(super) fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let n = c as u32;
    DECIMAL_STARTS.iter().any(|&s| n >= s && n < s + 10)
}

fn is_digit(c: char) -> bool {
    if is_decimal(c) {
        return true;
    }
    matches!(c as u32,
        0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468
        | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff
        | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792 | 0x1369..=0x1371)
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    c.is_numeric()
        || matches!(
            c,
            '〇' | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
                | '万'
                | '億'
                | '兆'
        )
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic() && !c.is_numeric()
    }
}

fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    let n = c as u32;
    !(c.is_control()
        || (c.is_whitespace())
        || matches!(n,
            0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f
            | 0x2028..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb
            | 0xd800..=0xf8ff | 0xf0000..)
        || n == 0xfffe
        || n == 0xffff)
}

/// An all-characters predicate: False for the empty string.
fn predicate(vm: &mut Vm, args: &Args, name: &str, test: fn(char) -> bool) -> PyResult {
    check(vm, args, name, 1, 1)?;
    let target = receiver(vm, args, name)?;
    let text = pystr::text(vm, target);
    Ok(Value::from_bool(!text.is_empty() && text.chars().all(test)))
}

fn isdigit(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isdigit", is_digit)
}

fn isdecimal(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isdecimal", is_decimal)
}

fn isnumeric(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isnumeric", is_numeric)
}

fn isalpha(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isalpha", is_alpha)
}

fn isalnum(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isalnum", |c| {
        is_alpha(c) || is_digit(c) || is_numeric(c)
    })
}

fn isspace(vm: &mut Vm, args: &Args) -> PyResult {
    predicate(vm, args, "isspace", is_space)
}

fn isascii(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "isascii", 1, 1)?;
    let target = receiver(vm, args, "isascii")?;
    Ok(Value::from_bool(pystr::is_ascii(vm, target)))
}

fn isprintable(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "isprintable", 1, 1)?;
    let target = receiver(vm, args, "isprintable")?;
    let text = pystr::text(vm, target);
    Ok(Value::from_bool(text.chars().all(is_printable)))
}

/// `isupper`/`islower`: at least one cased character, and none of the
/// other case (titlecase letters count as the other case for both).
fn all_one_case(text: &str, wanted: fn(char) -> bool, other: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in text.chars() {
        if other(c) || is_titlecase(c) {
            return false;
        }
        cased |= wanted(c);
    }
    cased
}

fn isupper(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "isupper", 1, 1)?;
    let target = receiver(vm, args, "isupper")?;
    let text = pystr::text(vm, target);
    Ok(Value::from_bool(all_one_case(
        text,
        char::is_uppercase,
        char::is_lowercase,
    )))
}

fn islower(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "islower", 1, 1)?;
    let target = receiver(vm, args, "islower")?;
    let text = pystr::text(vm, target);
    Ok(Value::from_bool(all_one_case(
        text,
        char::is_lowercase,
        char::is_uppercase,
    )))
}

fn istitle(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "istitle", 1, 1)?;
    let target = receiver(vm, args, "istitle")?;
    let text = pystr::text(vm, target);
    let mut cased = false;
    let mut previous_cased = false;
    for c in text.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return Ok(Value::FALSE);
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return Ok(Value::FALSE);
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::from_bool(cased))
}

fn isidentifier(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "isidentifier", 1, 1)?;
    let target = receiver(vm, args, "isidentifier")?;
    let text = pystr::text(vm, target);
    let mut chars = text.chars();
    let valid = match chars.next() {
        Some(first) => {
            (first == '_' || (first.is_alphabetic() && !first.is_numeric()))
                && chars.all(|c| c == '_' || c.is_alphanumeric() || is_combining(c))
        }
        None => false,
    };
    Ok(Value::from_bool(valid))
}

/// Combining marks and connector punctuation allowed after the first
/// character of an identifier (an approximation of XID_Continue).
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x203f | 0x2040 | 0x2054 | 0xfe33 | 0xfe34 | 0xfe4d..=0xfe4f | 0xff3f | 0xb7)
}

// ---------------------------------------------------------------------
// Padding and layout.

/// A padding width: negative is 0, and one beyond the heap's size is a
/// MemoryError rather than an attempt at a huge Rust allocation.
pub(super) fn width_arg(vm: &mut Vm, value: Value) -> PyResult<usize> {
    let width = ops::convert::index_isize(vm, value)?.max(0) as usize;
    if width > vm.heap.bytes_total() {
        return Err(vm.raise_memory_error());
    }
    Ok(width)
}

/// Width and fill character arguments of center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, usize, char)> {
    check(vm, args, name, 2, 3)?;
    let target = receiver(vm, args, name)?;
    let width = width_arg(vm, args.get(vm, 1))?;
    let fill = match args.get_opt(vm, 2) {
        Some(value) => {
            let native = ops::arith::unwrap_native(vm, value);
            let text = pystr::as_text(vm, native);
            match text.map(|t| {
                let mut chars = t.chars();
                (chars.next(), chars.next())
            }) {
                Some((Some(c), None)) => c,
                Some(_) => {
                    return Err(vm
                        .raise_type_error("The fill character must be exactly one character long"))
                }
                None => {
                    let message = format!(
                        "{}() argument 2 must be str, not {}",
                        name,
                        ops::types::type_name(vm, value)
                    );
                    return Err(vm.raise_type_error(&message));
                }
            }
        }
        None => ' ',
    };
    Ok((target, width, fill))
}

/// The receiver with `left` and `right` fill characters around it.
fn padded(vm: &mut Vm, target: Value, left: usize, right: usize, fill: char) -> PyResult {
    if left == 0 && right == 0 {
        return Ok(target);
    }
    let text = pystr::text(vm, target);
    let mut out = String::with_capacity(text.len() + (left + right) * fill.len_utf8());
    out.extend(core::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(core::iter::repeat_n(fill, right));
    let chars = pystr::char_count(vm, target) + left + right;
    pystr::from_counted(vm, &out, chars)
}

fn center(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, width, fill) = pad_args(vm, args, "center")?;
    let len = pystr::char_count(vm, target);
    let extra = width.saturating_sub(len);
    // CPython's rounding: the odd character goes left when width is odd.
    let left = extra / 2 + (extra & width & 1);
    padded(vm, target, left, extra - left, fill)
}

fn ljust(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, width, fill) = pad_args(vm, args, "ljust")?;
    let len = pystr::char_count(vm, target);
    padded(vm, target, 0, width.saturating_sub(len), fill)
}

fn rjust(vm: &mut Vm, args: &Args) -> PyResult {
    let (target, width, fill) = pad_args(vm, args, "rjust")?;
    let len = pystr::char_count(vm, target);
    padded(vm, target, width.saturating_sub(len), 0, fill)
}

fn zfill(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "zfill", 2, 2)?;
    let target = receiver(vm, args, "zfill")?;
    let width = width_arg(vm, args.get(vm, 1))?;
    let len = pystr::char_count(vm, target);
    if width <= len {
        return Ok(target);
    }
    let text = pystr::text(vm, target);
    let mut out = String::with_capacity(text.len() + width - len);
    let rest = match text.as_bytes().first() {
        Some(b'+' | b'-') => {
            out.push_str(&text[..1]);
            &text[1..]
        }
        _ => text,
    };
    out.extend(core::iter::repeat_n('0', width - len));
    out.push_str(rest);
    pystr::from_counted(vm, &out, width)
}

fn expandtabs(vm: &mut Vm, args: &Args) -> PyResult {
    let [_, tabsize] = parse(vm, args, "expandtabs", ["self", "tabsize"], 1)?;
    let target = receiver(vm, args, "expandtabs")?;
    let tabsize = if tabsize.is_unbound() {
        8
    } else {
        ops::convert::index_isize(vm, tabsize)?
    };
    let text = pystr::text(vm, target);
    if !text.contains('\t') {
        return Ok(target);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut column = 0usize;
    let mut chars = 0usize;
    let limit = vm.heap.bytes_total();
    let mut overflow = false;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize as usize - column % tabsize as usize;
                    if out.len() + n > limit {
                        overflow = true;
                        break;
                    }
                    out.extend(core::iter::repeat_n(' ', n));
                    column += n;
                    chars += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
                chars += 1;
            }
            _ => {
                out.push(c);
                column += 1;
                chars += 1;
            }
        }
    }
    if overflow {
        return Err(vm.raise_memory_error());
    }
    pystr::from_counted(vm, &out, chars)
}

// ---------------------------------------------------------------------
// Encoding, formatting, translation.

/// How a character is written in codec error messages: '\xe9', '\u20ac',
/// '\U0001f600' (any code point, lone surrogates included).
fn escaped_char(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn encode(vm: &mut Vm, args: &Args) -> PyResult {
    let [_, encoding, errors] = parse(vm, args, "encode", ["self", "encoding", "errors"], 1)?;
    let target = receiver(vm, args, "encode")?;
    let encoding = if given(encoding) {
        let native = str_arg(vm, encoding, "encode() argument 'encoding' ")?;
        pystr::require_utf8(vm, native)?;
        pystr::text(vm, native)
            .to_ascii_lowercase()
            .replace('_', "-")
    } else {
        String::from("utf-8")
    };
    let errors = if given(errors) {
        let native = str_arg(vm, errors, "encode() argument 'errors' ")?;
        pystr::require_utf8(vm, native)?;
        String::from(pystr::text(vm, native))
    } else {
        String::from("strict")
    };
    let out = encode_value(vm, target, &encoding, &errors)?;
    bytes::new(vm, &out)
}

/// Encode `text` as UTF-8, ASCII or Latin-1 (`encoding` lower-cased) with
/// an error handler, raising UnicodeEncodeError with CPython's message.
pub fn encode_str(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    encode_wtf8(vm, text.as_bytes(), encoding, errors)
}

/// `encode_str` of str Value `source`, which may hold lone surrogates.
pub fn encode_value(vm: &mut Vm, source: Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let data = Vec::from(pystr::bytes(vm, source));
    encode_wtf8(vm, &data, encoding, errors)
}

fn is_surrogate(code: u32) -> bool {
    (0xD800..=0xDFFF).contains(&code)
}

/// The encoder over generalized UTF-8 (objects/wtf8.rs). UTF-8 fails only
/// on surrogates ("surrogates not allowed" unless `surrogatepass`);
/// `surrogateescape` turns U+DC80..=U+DCFF back into the bytes 0x80..=0xFF
/// that decoding with it made.
fn encode_wtf8(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let limit: Option<u32> = match encoding {
        "utf-8" | "utf8" => None,
        "ascii" | "us-ascii" => Some(0x80),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Some(0x100),
        _ => {
            let message = format!("unknown encoding: {encoding}");
            return Err(vm.raise_msg(types::LOOKUP_ERROR, &message));
        }
    };
    let surrogates = crate::objects::wtf8::has_surrogate(data);
    if (limit.is_none() && !surrogates) || data.is_ascii() {
        return Ok(Vec::from(data));
    }
    let (name, reason) = match limit {
        None => ("utf-8", String::from("surrogates not allowed")),
        Some(limit) => (
            if limit == 0x80 { "ascii" } else { "latin-1" },
            format!("ordinal not in range({limit})"),
        ),
    };
    let fails = |code: u32| match limit {
        None => is_surrogate(code),
        Some(limit) => code >= limit,
    };
    let codes: Vec<u32> = crate::objects::wtf8::code_points(data).collect();
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < codes.len() {
        let code = codes[i];
        if !fails(code) {
            match limit {
                None => crate::objects::wtf8::push(&mut out, code),
                Some(_) => out.push(code as u8),
            }
            i += 1;
            continue;
        }
        let mut run_end = i + 1;
        while run_end < codes.len() && fails(codes[run_end]) {
            run_end += 1;
        }
        // The first character of the run the handler cannot deal with.
        let mut unhandled = None;
        match errors {
            "ignore" => {}
            "replace" => out.extend(core::iter::repeat_n(b'?', run_end - i)),
            "backslashreplace" => {
                for &code in &codes[i..run_end] {
                    out.extend_from_slice(escaped_char(code).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &code in &codes[i..run_end] {
                    out.extend_from_slice(format!("&#{code};").as_bytes());
                }
            }
            "surrogatepass" if limit.is_none() => {
                for &code in &codes[i..run_end] {
                    crate::objects::wtf8::push(&mut out, code);
                }
            }
            "surrogateescape" => {
                for (k, &code) in codes[i..run_end].iter().enumerate() {
                    if (0xDC80..=0xDCFF).contains(&code) {
                        out.push((code - 0xDC00) as u8);
                    } else {
                        unhandled = Some(i + k);
                        break;
                    }
                }
            }
            "strict" | "surrogatepass" => unhandled = Some(i),
            other => {
                let message = format!("unknown error handler name '{other}'");
                return Err(vm.raise_msg(types::LOOKUP_ERROR, &message));
            }
        }
        if let Some(start) = unhandled {
            let object = pystr::from_wtf8(vm, data)?;
            return Err(vm.raise_unicode_error(
                types::UNICODE_ENCODE_ERROR,
                name,
                object,
                start,
                run_end,
                &reason,
            ));
        }
        i = run_end;
    }
    Ok(out)
}

fn format_method(vm: &mut Vm, args: &Args) -> PyResult {
    let target = receiver(vm, args, "format")?;
    // The formatter builds Rust text (see docs/differences.md).
    pystr::require_utf8(vm, target)?;
    let template = String::from(pystr::text(vm, target));
    let positional: Vec<Value> = (1..args.count).map(|i| args.get(vm, i)).collect();
    let keyword_count = args.keyword_count(vm);
    let keywords = if keyword_count > 0 {
        let table = dict::new(vm)?;
        vm.push_root(table);
        for k in 0..keyword_count {
            let (name, value) = args.keyword_at(vm, k);
            if let Err(error) = dict::set(vm, table, name, value) {
                vm.pop_roots(1);
                return Err(error);
            }
        }
        table
    } else {
        vm.push_root(Value::NONE);
        Value::NONE
    };
    // Positional arguments stay rooted in their registers.
    let out = ops::format::str_format(vm, &template, &positional, keywords);
    vm.pop_roots(1);
    let out = out?;
    pystr::new(vm, &out)
}

fn format_map(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "format_map", 2, 2)?;
    let target = receiver(vm, args, "format_map")?;
    let mapping = args.get(vm, 1);
    pystr::require_utf8(vm, target)?;
    let template = String::from(pystr::text(vm, target));
    let keywords = if vm.heap.kind_of(mapping) == Some(ObjKind::Dict) {
        mapping
    } else {
        // Copy other mappings into a dict the formatter can read.
        let table = dict::new(vm)?;
        vm.push_root(table);
        let filled = super::fill_dict(vm, table, mapping);
        vm.pop_roots(1);
        filled?;
        table
    };
    vm.push_root(keywords);
    let out = ops::format::str_format(vm, &template, &[], keywords);
    vm.pop_roots(1);
    let out = out?;
    pystr::new(vm, &out)
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points,
/// strings or None.
fn maketrans(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "maketrans", 1, 3)?;
    let first = args.get(vm, 0);
    let table = dict::new(vm)?;
    vm.push_root(table);
    let result = (|| {
        if args.count == 1 {
            if vm.heap.kind_of(first) != Some(ObjKind::Dict) {
                return Err(vm.raise_type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            }
            let mut i = 0;
            while let Some(entry) = next_entry(vm, first, &mut i) {
                let (key, value) = entry;
                let key = match code_points_of(vm, key) {
                    Some(codes) => match codes[..] {
                        [code] => Value::small_int(code as isize),
                        _ => {
                            return Err(vm.raise_value_error(
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    },
                    None if crate::objects::int::is_int(vm, key) => key,
                    None => {
                        return Err(vm.raise_type_error(
                            "keys in translate table must be strings or integers",
                        ))
                    }
                };
                dict::set(vm, table, key, value)?;
            }
            return Ok(table);
        }
        let second = args.get(vm, 1);
        let (Some(from), Some(to)) = (code_points_of(vm, first), code_points_of(vm, second)) else {
            return Err(vm.raise_type_error("maketrans() argument must be str"));
        };
        if from.len() != to.len() {
            return Err(
                vm.raise_value_error("the first two maketrans arguments must have equal length")
            );
        }
        for (&a, &b) in from.iter().zip(&to) {
            dict::set(
                vm,
                table,
                Value::small_int(a as isize),
                Value::small_int(b as isize),
            )?;
        }
        if let Some(third) = args.get_opt(vm, 2) {
            let Some(gone) = code_points_of(vm, third) else {
                return Err(vm.raise_type_error("maketrans() argument 3 must be str"));
            };
            for c in gone {
                dict::set(vm, table, Value::small_int(c as isize), Value::NONE)?;
            }
        }
        Ok(table)
    })();
    vm.pop_roots(1);
    result
}

/// The code points of `value` if it is a str (lone surrogates included).
fn code_points_of(vm: &Vm, value: Value) -> Option<Vec<u32>> {
    if !pystr::is_str(&vm.heap, value) {
        return None;
    }
    Some(crate::objects::wtf8::code_points(pystr::bytes(vm, value)).collect())
}

/// The next (key, value) of a dict at or after slot `*i`.
fn next_entry(vm: &Vm, table: Value, i: &mut usize) -> Option<(Value, Value)> {
    while *i < dict::len(vm, table) {
        let slot = *i;
        *i += 1;
        if let Some(entry) = dict::entry(vm, table, slot) {
            return Some(entry);
        }
    }
    None
}

fn translate(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "translate", 2, 2)?;
    let target = receiver(vm, args, "translate")?;
    let table = args.get(vm, 1);
    // Generalized UTF-8 (objects/wtf8.rs), so that lone surrogates can be
    // translated and produced.
    let text = Vec::from(pystr::bytes(vm, target));
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let is_dict = vm.heap.kind_of(table) == Some(ObjKind::Dict);
    for c in crate::objects::wtf8::code_points(&text) {
        let key = Value::small_int(c as isize);
        let mapped = if is_dict {
            dict::get(vm, table, key)?
        } else {
            match ops::subscript::get_item(vm, table, key) {
                Ok(value) => Some(value),
                Err(error) => {
                    if vm.exception_matches(types::LOOKUP_ERROR) {
                        vm.take_exception();
                        None
                    } else {
                        return Err(error);
                    }
                }
            }
        };
        match mapped {
            None => crate::objects::wtf8::push(&mut out, c),
            Some(value) if value.is_none() => {}
            Some(value) => {
                if let Some(n) = value.as_small_int() {
                    match u32::try_from(n).ok().filter(|&code| code <= 0x10FFFF) {
                        Some(mapped) => crate::objects::wtf8::push(&mut out, mapped),
                        None => {
                            return Err(vm
                                .raise_value_error("character mapping must be in range(0x110000)"))
                        }
                    }
                } else if pystr::is_str(&vm.heap, value) {
                    out.extend_from_slice(pystr::bytes(vm, value));
                } else {
                    return Err(
                        vm.raise_type_error("character mapping must return integer, None or str")
                    );
                }
            }
        }
    }
    if out == text {
        return Ok(target);
    }
    pystr::from_wtf8(vm, &out)
}

// ---------------------------------------------------------------------
// Dunder methods, for explicit calls and subclasses' super() calls.

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__len__", 1, 1)?;
    let target = receiver(vm, args, "__len__")?;
    Ok(Value::small_int(pystr::char_count(vm, target) as isize))
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__getitem__", 2, 2)?;
    let target = receiver(vm, args, "__getitem__")?;
    let key = args.get(vm, 1);
    ops::subscript::get_item(vm, target, key)
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__contains__", 2, 2)?;
    let target = receiver(vm, args, "__contains__")?;
    let item = args.get(vm, 1);
    ops::compare::contains(vm, target, item).map(Value::from_bool)
}

fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__iter__", 1, 1)?;
    let target = receiver(vm, args, "__iter__")?;
    ops::iter::get_iter(vm, target)
}
