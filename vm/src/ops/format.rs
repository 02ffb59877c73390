//! Formatting values: `format(value, spec)`, f-string fields, the `%`
//! operator on str and bytes, `str.format`, and `round`. The text of
//! numbers comes from `crate::format`, which implements the format-spec
//! mini-language and printf-style conversions exactly as CPython does.

use crate::bytecode::FormatFlags;
use crate::error::PyResult;
use crate::format::{self as text_format, FormatSpec};
use crate::heap::ObjKind;
use crate::objects::{self, bytes, dict, float, int, str as pystr, tuple};
use crate::ops;
use crate::qstr;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// An f-string field: conversion, then `format(value, spec)`.
/// A width or precision that asks for more text than the heap could ever
/// hold is a MemoryError now, before Rust tries (and fails) to build it.
fn check_result_size(vm: &mut Vm, size: Option<usize>) -> PyResult<()> {
    match size {
        Some(size) if size > vm.heap.bytes_total() => Err(vm.raise_memory_error()),
        _ => Ok(()),
    }
}

pub fn format_field(vm: &mut Vm, value: Value, flags: FormatFlags, spec: Value) -> PyResult {
    let converted = if flags.contains(FormatFlags::REPR) {
        ops::repr::repr(vm, value)?
    } else if flags.contains(FormatFlags::STR) {
        ops::repr::str(vm, value)?
    } else if flags.contains(FormatFlags::ASCII) {
        let text = ops::repr::repr(vm, value)?;
        let escaped = crate::builtins::ascii_escape(pystr::text(vm, text));
        pystr::new(vm, &escaped)?
    } else {
        value
    };
    if spec.is_unbound() {
        if pystr::is_str(&vm.heap, converted) {
            return Ok(converted);
        }
        if converted.is_small_int() {
            let text = converted.small_int_unchecked().to_string();
            return pystr::new(vm, &text);
        }
        return format(vm, converted, Value::from_qstr(qstr::EMPTY));
    }
    vm.push_root(converted);
    let result = format(vm, converted, spec);
    vm.pop_roots(1);
    result
}

fn spec_error(vm: &mut Vm, error: text_format::FormatError) -> crate::error::Raised {
    vm.raise_value_error(&error.to_string())
}

/// `format(value, spec)`.
pub fn format(vm: &mut Vm, value: Value, spec: Value) -> PyResult {
    if pystr::is_str(&vm.heap, spec) {
        pystr::require_utf8(vm, spec)?;
    }
    let Some(spec_text) = pystr::as_text(vm, spec).map(String::from) else {
        let message = format!(
            "format() argument 2 must be str, not {}",
            ops::types::type_name(vm, spec)
        );
        return Err(vm.raise_type_error(&message));
    };
    // User classes: __format__.
    if matches!(
        vm.heap.kind_of(value),
        Some(ObjKind::Instance | ObjKind::Exception)
    ) {
        let class = ops::types::type_of(vm, value);
        if objects::class::is_class(vm, class) {
            if let Some(method) = objects::class::lookup_user(vm, class, qstr::DUNDER_FORMAT)? {
                let result = vm.call(method, &[value, spec])?;
                if !pystr::is_str(&vm.heap, result) {
                    return Err(vm.raise_type_error("__format__ must return a str"));
                }
                return Ok(result);
            }
        }
        let native = ops::arith::unwrap_native(vm, value);
        if native != value {
            return format(vm, native, spec);
        }
    }
    if spec_text.is_empty() {
        return ops::repr::str(vm, value);
    }
    let type_name = ops::types::type_name(vm, value);
    let parsed = match FormatSpec::parse(&spec_text) {
        Ok(parsed) => parsed,
        Err(error) => return Err(spec_error(vm, error.for_type(&type_name))),
    };
    check_result_size(vm, parsed.width)?;
    check_result_size(vm, parsed.precision)?;
    // bool has no __format__ of its own: with a non-empty spec it is
    // formatted as the int it is (`format(True, '>3')` is `'  1'`).
    let text = if int::is_int(vm, value) {
        format_int_value(vm, value, &parsed, &type_name)?
    } else if float::is_float(vm, value) {
        let x = float::value(vm, value);
        text_format::format_float(x, &parsed).map_err(|e| spec_error(vm, e.for_type(&type_name)))?
    } else if pystr::has_surrogates(&vm.heap, value) {
        return format_surrogate_str(vm, value, &spec_text, &parsed, &type_name);
    } else if pystr::is_str(&vm.heap, value) {
        let source = String::from(pystr::text(vm, value));
        text_format::format_str(&source, &parsed)
            .map_err(|e| spec_error(vm, e.for_type(&type_name)))?
    } else if vm.heap.kind_of(value) == Some(ObjKind::Complex) {
        let (real, imag) = objects::complex::parts(vm, value);
        text_format::format_complex(real, imag, &parsed)
            .map_err(|e| spec_error(vm, e.for_type(&type_name)))?
    } else {
        let message = format!("unsupported format string passed to {type_name}.__format__");
        return Err(vm.raise_type_error(&message));
    };
    pystr::new(vm, &text)
}

/// `format(s, spec)` of a str with lone surrogates: the formatter pads and
/// truncates the text with its surrogates lifted to private-use stand-ins
/// (builtins/str_surrogate_lift.rs), which holds exactly because its
/// output is the text's own characters and the fill character.
fn format_surrogate_str(
    vm: &mut Vm,
    value: Value,
    spec_text: &str,
    parsed: &FormatSpec,
    type_name: &str,
) -> PyResult {
    use crate::builtins::str_surrogate_lift::{free_block, lift_bytes, lower_bytes};
    let data = Vec::from(pystr::bytes(vm, value));
    let Some(block) = free_block(&[&data, spec_text.as_bytes()]) else {
        return Err(crate::builtins::str_surrogate_lift::no_free_block(vm));
    };
    let Ok(lifted) = String::from_utf8(lift_bytes(&data, block)) else {
        return Err(vm.raise_msg(crate::types::SYSTEM_ERROR, "malformed str bytes"));
    };
    let text = text_format::format_str(&lifted, parsed)
        .map_err(|e| spec_error(vm, e.for_type(type_name)))?;
    pystr::from_wtf8(vm, &lower_bytes(text.as_bytes(), block))
}

fn format_int_value(
    vm: &mut Vm,
    value: Value,
    spec: &FormatSpec,
    type_name: &str,
) -> PyResult<String> {
    if spec.is_float_type() {
        let x = ops::convert::number_to_f64(vm, value)?;
        return text_format::format_float(x, spec)
            .map_err(|e| spec_error(vm, e.for_type(type_name)));
    }
    if spec.is_char_type() {
        // Spec errors are reported before the range of the value.
        spec.validate_char()
            .map_err(|e| spec_error(vm, e.for_type(type_name)))?;
        // CPython reads the value as a C long first.
        let Some(n) = int::to_bigint(vm, value).to_i64() else {
            return Err(vm.raise_overflow_error("Python int too large to convert to C long"));
        };
        return match u32::try_from(n).ok().and_then(char::from_u32) {
            Some(c) => {
                text_format::format_char(c, spec).map_err(|e| spec_error(vm, e.for_type(type_name)))
            }
            None => Err(vm.raise_overflow_error("%c arg not in range(0x110000)")),
        };
    }
    let n = int::to_bigint(vm, value);
    let digits = n.abs().to_str_radix(spec.int_radix());
    text_format::format_int(n.is_negative(), &digits, spec)
        .map_err(|e| spec_error(vm, e.for_type(type_name)))
}

/// `round(number, ndigits)`.
pub fn round(vm: &mut Vm, number: Value, ndigits: Value) -> PyResult {
    let has_digits = !(ndigits.is_unbound() || ndigits.is_none());
    if matches!(vm.heap.kind_of(number), Some(ObjKind::Instance)) {
        let class = objects::instance::class(vm, number);
        if let Some(method) = objects::class::lookup_user(vm, class, qstr::DUNDER_ROUND)? {
            return if has_digits {
                vm.call(method, &[number, ndigits])
            } else {
                vm.call(method, &[number])
            };
        }
    }
    if int::is_int(vm, number) {
        let value = if number.is_bool() {
            Value::small_int((number == Value::TRUE) as isize)
        } else {
            number
        };
        if !has_digits {
            return Ok(value);
        }
        let digits = ops::convert::index_isize(vm, ndigits)?;
        if digits >= 0 {
            return Ok(value);
        }
        // Round to a multiple of 10**-digits, ties to even.
        let n = int::to_bigint(vm, value);
        // 10**d > 2**(3d) > 2|n| rounds to zero; this also bounds d.
        let d = digits.unsigned_abs() as u64;
        if d.saturating_mul(3) > n.bit_length() + 1 {
            return Ok(Value::small_int(0));
        }
        let Some(scale) = crate::int::BigInt::from_i64(10).pow_checked(d as u32) else {
            return Ok(Value::small_int(0));
        };
        let rounded = n.round_to_multiple(&scale);
        return int::from_bigint(vm, &rounded);
    }
    if float::is_float(vm, number) {
        let x = float::value(vm, number);
        if !has_digits {
            if x.is_nan() {
                return Err(vm.raise_value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(vm.raise_overflow_error("cannot convert float infinity to integer"));
            }
            let rounded = libm::rint(x);
            if rounded.abs() < 9.0e15 {
                return int::from_i64(vm, rounded as i64);
            }
            return match crate::int::BigInt::from_f64(rounded) {
                Some(big) => int::from_bigint(vm, &big),
                None => Err(vm.raise_overflow_error("cannot convert float infinity to integer")),
            };
        }
        let digits = ops::convert::index_isize(vm, ndigits)?;
        let rounded = text_format::round_half_even(
            x,
            digits.clamp(i32::MIN as isize, i32::MAX as isize) as i32,
        );
        // Only a finite value rounded past the largest double gives an
        // infinity here; CPython raises for it.
        if rounded.is_infinite() && x.is_finite() {
            return Err(vm.raise_overflow_error("rounded value too large to represent"));
        }
        return float::new(vm, rounded);
    }
    let message = format!(
        "type {} doesn't define __round__ method",
        ops::types::type_name(vm, number)
    );
    Err(vm.raise_type_error(&message))
}

/// The arguments of a `%` format: a tuple's items, a mapping, or a single
/// value.
struct PercentArgs {
    items: Vec<Value>,
    mapping: Option<Value>,
    next: usize,
}

fn percent_args(vm: &mut Vm, args: Value, for_bytes: bool) -> PercentArgs {
    if vm.heap.kind_of(args) == Some(ObjKind::Tuple) {
        return PercentArgs {
            items: tuple::items(vm, args).to_vec(),
            mapping: None,
            next: 0,
        };
    }
    // CPython takes any subscriptable non-tuple, non-str argument as the
    // mapping for `%(key)s` (so `'hello' % []` is not an error), except
    // that bytes formatting also excludes bytes and bytearray.
    let mapping = match vm.heap.kind_of(args) {
        Some(ObjKind::Dict | ObjKind::List | ObjKind::Range) => true,
        Some(ObjKind::Bytes | ObjKind::ByteArray) => !for_bytes,
        Some(ObjKind::Instance) => !pystr::is_str(&vm.heap, args),
        _ => false,
    };
    PercentArgs {
        items: alloc::vec![args],
        mapping: mapping.then_some(args),
        next: 0,
    }
}

impl PercentArgs {
    fn take(&mut self, vm: &mut Vm) -> PyResult {
        match self.items.get(self.next) {
            Some(&value) => {
                self.next += 1;
                Ok(value)
            }
            None => Err(vm.raise_type_error("not enough arguments for format string")),
        }
    }
}

/// `format % args` for str.
pub fn percent_format(vm: &mut Vm, template: Value, args: Value) -> PyResult {
    pystr::require_utf8(vm, template)?;
    let template_text = String::from(pystr::text(vm, template));
    let text = percent_format_text(vm, &template_text, args, false)?;
    pystr::new(vm, &text)
}

/// `format % args` for bytes and bytearray.
pub fn percent_format_bytes(vm: &mut Vm, template: Value, args: Value) -> PyResult {
    let template_text: String = bytes::data(vm, template)
        .iter()
        .map(|&b| b as char)
        .collect();
    let text = percent_format_text(vm, &template_text, args, true)?;
    let data: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    if vm.heap.kind_of(template) == Some(ObjKind::ByteArray) {
        bytes::new_bytearray(vm, &data)
    } else {
        bytes::new(vm, &data)
    }
}

fn percent_format_text(
    vm: &mut Vm,
    template: &str,
    args: Value,
    for_bytes: bool,
) -> PyResult<String> {
    let mut arguments = percent_args(vm, args, for_bytes);
    let mark = vm.root_mark();
    vm.push_root(args);
    let result = (|| {
        let mut out = String::with_capacity(template.len());
        for piece in text_format::PercentPieces::new(template) {
            let piece = piece.map_err(|e| spec_error(vm, e))?;
            match piece {
                text_format::PercentPiece::Literal(text) => out.push_str(text),
                // `%%` arrives as a literal; a spec whose conversion is `%`
                // (`%5%`) takes an argument and is then rejected, as in
                // CPython.
                text_format::PercentPiece::Spec(mut spec) => {
                    if spec.width_from_args {
                        let width = star_argument(vm, &mut arguments)?;
                        // A negative `*` width means left justification.
                        if width < 0 {
                            spec.flags.left = true;
                        }
                        spec.width = Some(width.unsigned_abs());
                    }
                    if spec.precision_from_args {
                        let precision = star_argument(vm, &mut arguments)?;
                        spec.precision = Some(precision.max(0) as usize);
                    }
                    check_result_size(vm, spec.width)?;
                    check_result_size(vm, spec.precision)?;
                    let value = match &spec.key {
                        Some(key) => {
                            let Some(mapping) = arguments.mapping else {
                                return Err(vm.raise_type_error("format requires a mapping"));
                            };
                            // A bytes template looks its keys up as bytes.
                            let key_value = if for_bytes {
                                let data: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
                                bytes::new(vm, &data)?
                            } else {
                                pystr::new(vm, key)?
                            };
                            // As CPython: once a key is looked up, no
                            // positional argument is left.
                            arguments.next = arguments.items.len();
                            ops::subscript::get_item(vm, mapping, key_value)?
                        }
                        None => arguments.take(vm)?,
                    };
                    vm.push_root(value);
                    let piece_text = percent_one(vm, &spec, value, for_bytes)?;
                    out.push_str(&piece_text);
                }
            }
        }
        if arguments.mapping.is_none() && arguments.next < arguments.items.len() {
            let is_tuple = vm.heap.kind_of(args) == Some(ObjKind::Tuple);
            if is_tuple || arguments.next == 0 {
                return Err(vm.raise_type_error(if for_bytes {
                    "not all arguments converted during bytes formatting"
                } else {
                    "not all arguments converted during string formatting"
                }));
            }
        }
        Ok(out)
    })();
    vm.truncate_roots(mark);
    result
}

/// The value of a `*` width or precision, which must be an int.
fn star_argument(vm: &mut Vm, arguments: &mut PercentArgs) -> PyResult<isize> {
    let value = arguments.take(vm)?;
    if !int::is_int(vm, value) {
        return Err(vm.raise_type_error("* wants int"));
    }
    ops::convert::index_isize(vm, value)
}

fn percent_one(
    vm: &mut Vm,
    spec: &text_format::PercentSpec,
    value: Value,
    for_bytes: bool,
) -> PyResult<String> {
    match spec.conversion {
        's' | 'r' | 'a' => {
            let text = if for_bytes && spec.conversion != 'r' && spec.conversion != 'a' {
                if bytes::is_bytes_like(vm, value) {
                    bytes::data(vm, value).iter().map(|&b| b as char).collect()
                } else {
                    let message = format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        ops::types::type_name(vm, value)
                    );
                    return Err(vm.raise_type_error(&message));
                }
            } else if spec.conversion == 's' {
                let mut text = String::new();
                ops::repr::write_str(vm, value, &mut text)?;
                text
            } else {
                let mut text = String::new();
                ops::repr::write_repr(vm, value, &mut text)?;
                if spec.conversion == 'a' {
                    crate::builtins::ascii_escape(&text)
                } else {
                    text
                }
            };
            Ok(text_format::percent_format_text(&text, spec))
        }
        'c' => {
            let c = if let Some(text) = pystr::as_text(vm, value) {
                let mut chars = text.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => c,
                    _ => return Err(vm.raise_type_error("%c requires int or char")),
                }
            } else if int::is_int(vm, value) {
                let n = ops::convert::index_isize(vm, value)?;
                match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(c) => c,
                    None => return Err(vm.raise_overflow_error("%c arg not in range(0x110000)")),
                }
            } else {
                return Err(vm.raise_type_error("%c requires int or char"));
            };
            let mut buffer = [0u8; 4];
            Ok(text_format::percent_format_text(
                c.encode_utf8(&mut buffer),
                spec,
            ))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let integer = if int::is_int(vm, value) {
                value
            } else if float::is_float(vm, value) && matches!(spec.conversion, 'd' | 'i' | 'u') {
                let x = float::value(vm, value);
                if !x.is_finite() {
                    return Err(vm.raise_overflow_error("cannot convert float infinity to integer"));
                }
                match crate::int::BigInt::from_f64(libm::trunc(x)) {
                    Some(n) => int::from_bigint(vm, &n)?,
                    None => return Err(vm.raise_overflow_error("cannot convert float to integer")),
                }
            } else if ops::convert::is_index(vm, value)? {
                ops::convert::index_value(vm, value)?
            } else if let Some(converted) = int_via_dunder(vm, value, spec.conversion)? {
                converted
            } else {
                let message = if matches!(spec.conversion, 'd' | 'i' | 'u') {
                    format!(
                        "%{} format: a real number is required, not {}",
                        spec.conversion,
                        ops::types::type_name(vm, value)
                    )
                } else {
                    format!(
                        "%{} format: an integer is required, not {}",
                        spec.conversion,
                        ops::types::type_name(vm, value)
                    )
                };
                return Err(vm.raise_type_error(&message));
            };
            let n = int::to_bigint(vm, integer);
            let radix = match spec.conversion {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let digits = n.abs().to_str_radix(radix);
            Ok(text_format::percent_format_int(
                n.is_negative(),
                &digits,
                spec,
            ))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            // Any real number, `__float__` included (number_to_f64 raises
            // "must be real number" for the rest).
            let x = ops::convert::number_to_f64(vm, value)?;
            Ok(text_format::percent_format_float(x, spec))
        }
        _ => Err(spec_error(vm, spec.unsupported())),
    }
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    positional: &[Value],
    keywords: Value,
) -> PyResult<String> {
    let mut automatic = 0usize;
    let mut used_manual = false;
    expand_fields(
        vm,
        template,
        positional,
        keywords,
        &mut automatic,
        &mut used_manual,
    )
}

/// Expand the fields of a format template; nested specs share the
/// automatic field counter with their enclosing template.
fn expand_fields(
    vm: &mut Vm,
    template: &str,
    positional: &[Value],
    keywords: Value,
    automatic: &mut usize,
    used_manual: &mut bool,
) -> PyResult<String> {
    let mut out = String::with_capacity(template.len());
    let mut chars = template.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '{' => {
                if matches!(chars.peek(), Some((_, '{'))) {
                    chars.next();
                    out.push('{');
                    continue;
                }
                // The field up to the matching brace (nested braces in
                // the spec count).
                let mut depth = 1;
                let mut field = String::new();
                for (_, c) in chars.by_ref() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    field.push(c);
                }
                if depth != 0 && field.is_empty() {
                    return Err(vm.raise_value_error("Single '{' encountered in format string"));
                }
                if depth != 0 {
                    return Err(vm.raise_value_error("expected '}' before end of string"));
                }
                let text =
                    format_one_field(vm, &field, positional, keywords, automatic, used_manual)?;
                out.push_str(&text);
            }
            '}' => {
                if matches!(chars.peek(), Some((_, '}'))) {
                    chars.next();
                    out.push('}');
                } else {
                    return Err(vm.raise_value_error("Single '}' encountered in format string"));
                }
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

fn format_one_field(
    vm: &mut Vm,
    field: &str,
    positional: &[Value],
    keywords: Value,
    automatic: &mut usize,
    used_manual: &mut bool,
) -> PyResult<String> {
    // field_name[!conversion][:spec]
    let (name_part, spec) = match field.find(':') {
        Some(i) => (&field[..i], &field[i + 1..]),
        None => (field, ""),
    };
    let (name, conversion) = match name_part.find('!') {
        Some(i) => (&name_part[..i], Some(&name_part[i + 1..])),
        None => (name_part, None),
    };
    // The first part of the name: an index or a keyword; then .attr and
    // [key] accessors.
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(end);
    let mut value = if first.is_empty() {
        if *used_manual {
            return Err(vm.raise_value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let index = *automatic;
        *automatic += 1;
        match positional.get(index) {
            Some(&v) => v,
            None => {
                let message =
                    format!("Replacement index {index} out of range for positional args tuple");
                return Err(vm.raise_index_error(&message));
            }
        }
    } else if let Ok(index) = first.parse::<usize>() {
        if *automatic > 0 {
            return Err(vm.raise_value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *used_manual = true;
        match positional.get(index) {
            Some(&v) => v,
            None => {
                let message =
                    format!("Replacement index {index} out of range for positional args tuple");
                return Err(vm.raise_index_error(&message));
            }
        }
    } else {
        let key = pystr::new(vm, first)?;
        let found = if keywords.is_heap() {
            vm.push_root(key);
            let found = dict::get(vm, keywords, key);
            vm.pop_roots(1);
            found?
        } else {
            None
        };
        match found {
            Some(v) => v,
            None => return Err(vm.raise_key_error(key)),
        }
    };
    let mark = vm.root_mark();
    let result = (|| {
        while !rest.is_empty() {
            vm.push_root(value);
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let attribute = vm.intern(&after[..end]);
                value = ops::attr::get_attr(vm, value, attribute)?;
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let Some(close) = after.find(']') else {
                    return Err(vm.raise_value_error("Missing ']' in format string"));
                };
                let key_text = &after[..close];
                let key = match key_text.parse::<isize>() {
                    Ok(n) => Value::small_int(n),
                    Err(_) => pystr::new(vm, key_text)?,
                };
                value = ops::subscript::get_item(vm, value, key)?;
                rest = &after[close + 1..];
            } else {
                return Err(vm.raise_value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        vm.push_root(value);
        let converted = match conversion {
            None => value,
            Some("r") => ops::repr::repr(vm, value)?,
            Some("s") => ops::repr::str(vm, value)?,
            Some("a") => {
                let text = ops::repr::repr(vm, value)?;
                let escaped = crate::builtins::ascii_escape(pystr::text(vm, text));
                pystr::new(vm, &escaped)?
            }
            Some(other) => {
                let message = format!("Unknown conversion specifier {other}");
                return Err(vm.raise_value_error(&message));
            }
        };
        vm.push_root(converted);
        // The spec may itself contain fields.
        let spec_text = if spec.contains('{') {
            expand_fields(vm, spec, positional, keywords, automatic, used_manual)?
        } else {
            String::from(spec)
        };
        let spec_value = pystr::new(vm, &spec_text)?;
        let formatted = format(vm, converted, spec_value)?;
        pystr::require_utf8(vm, formatted)?;
        Ok(String::from(pystr::text(vm, formatted)))
    })();
    vm.truncate_roots(mark);
    result
}

/// `%d` of an object with `__int__` (not `%x`/`%o`, which need
/// `__index__`): the int it returns, None when that fails with a
/// TypeError.
fn int_via_dunder(vm: &mut Vm, value: Value, conversion: char) -> PyResult<Option<Value>> {
    if !matches!(conversion, 'd' | 'i' | 'u') || vm.heap.kind_of(value) != Some(ObjKind::Instance) {
        return Ok(None);
    }
    let class = crate::objects::instance::class(vm, value);
    let Some(method) = crate::objects::class::lookup_user(vm, class, qstr::DUNDER_INT)? else {
        return Ok(None);
    };
    // A TypeError on the way (a non-int result included) becomes the
    // "real number is required" error, as CPython.
    match vm.call(method, &[value]) {
        Ok(result) if int::is_int(vm, result) => Ok(Some(result)),
        Ok(_) => Ok(None),
        Err(_) if vm.exception_matches(crate::types::TYPE_ERROR) => {
            vm.take_exception();
            Ok(None)
        }
        Err(raised) => Err(raised),
    }
}
