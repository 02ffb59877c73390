//! The builtin functions: print, len, sorted, min, getattr, ...

use super::args::{check, parse};
use crate::bytecode::BinaryOp;
use crate::compile::CompileMode;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::{self, dict, int, iterator, list, str as pystr, tuple};
use crate::ops;
use crate::qstr;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static FUNCTIONS: &[&NativeFunction] = &[
    &NativeFunction::function("print", builtin_print),
    &NativeFunction::function("len", builtin_len),
    &NativeFunction::function("repr", builtin_repr),
    &NativeFunction::function("ascii", builtin_ascii),
    &NativeFunction::function("hash", builtin_hash),
    &NativeFunction::function("id", builtin_id),
    &NativeFunction::function("iter", builtin_iter),
    &NativeFunction::function("next", builtin_next),
    &NativeFunction::function("getattr", builtin_getattr),
    &NativeFunction::function("setattr", builtin_setattr),
    &NativeFunction::function("hasattr", builtin_hasattr),
    &NativeFunction::function("delattr", builtin_delattr),
    &NativeFunction::function("isinstance", builtin_isinstance),
    &NativeFunction::function("issubclass", builtin_issubclass),
    &NativeFunction::function("callable", builtin_callable),
    &NativeFunction::function("abs", builtin_abs),
    &NativeFunction::function("divmod", builtin_divmod),
    &NativeFunction::function("pow", builtin_pow),
    &NativeFunction::function("round", builtin_round),
    &NativeFunction::function("ord", builtin_ord),
    &NativeFunction::function("chr", builtin_chr),
    &NativeFunction::function("hex", builtin_hex),
    &NativeFunction::function("oct", builtin_oct),
    &NativeFunction::function("bin", builtin_bin),
    &NativeFunction::function("any", builtin_any),
    &NativeFunction::function("all", builtin_all),
    &NativeFunction::function("sum", builtin_sum),
    &NativeFunction::function("min", builtin_min),
    &NativeFunction::function("max", builtin_max),
    &NativeFunction::function("sorted", builtin_sorted),
    &NativeFunction::function("globals", builtin_globals),
    &NativeFunction::function("locals", builtin_locals),
    &NativeFunction::function("vars", builtin_vars),
    &NativeFunction::function("dir", builtin_dir),
    &NativeFunction::function("format", builtin_format),
    &NativeFunction::function("input", builtin_input),
    &NativeFunction::function("exec", builtin_exec),
    &NativeFunction::function("execfile", builtin_execfile),
    &NativeFunction::function("compile", builtin_compile),
    &NativeFunction::function("eval", builtin_eval),
    &NativeFunction::function("__import__", builtin_import),
];

fn builtin_print(vm: &mut Vm, args: &Args) -> PyResult {
    let mut sep = Value::NONE;
    let mut end = Value::NONE;
    let mut file = Value::NONE;
    let mut flush = Value::FALSE;
    for k in 0..args.keyword_count(vm) {
        let (name, value) = args.keyword_at(vm, k);
        match pystr::text(vm, name) {
            "sep" => sep = value,
            "end" => end = value,
            "file" => file = value,
            "flush" => flush = value,
            other => {
                let message = format!("'{other}' is an invalid keyword argument for print()");
                return Err(vm.raise_type_error(&message));
            }
        }
    }
    let text_of = |vm: &mut Vm, value: Value, default: &str, what: &str| -> PyResult<String> {
        if value.is_none() {
            Ok(String::from(default))
        } else if pystr::is_str(&vm.heap, value) {
            // A str with surrogates gives "" here and raises where it
            // would be written (`unwritable`).
            Ok(String::from(pystr::text(vm, value)))
        } else {
            let message = format!(
                "{} must be None or a string, not {}",
                what,
                ops::types::type_name(vm, value)
            );
            Err(vm.raise_type_error(&message))
        }
    };
    let (sep_value, end_value) = (sep, end);
    let sep = text_of(vm, sep, " ", "sep")?;
    let end = text_of(vm, end, "\n", "end")?;
    if !file.is_none() {
        for value in [sep_value, end_value] {
            if pystr::is_str(&vm.heap, value) {
                pystr::require_utf8(vm, value)?;
            }
        }
        return print_to_file(vm, args, file, &sep, &end, flush == Value::TRUE);
    }
    if let Some(stream) = crate::modules::stdio::replaced_stream(vm, crate::modules::stdio::STDOUT)
    {
        // The stream lives in sys's namespace, which a write() method could
        // change while it runs.
        vm.push_root(stream);
        let printed = print_to_file(vm, args, stream, &sep, &end, flush == Value::TRUE);
        vm.pop_roots(1);
        return printed;
    }
    // Stdout is UTF-8: a lone surrogate raises UnicodeEncodeError where
    // it would be written, after what comes before it (as CPython, which
    // writes piece by piece).
    let unwritable =
        |vm: &Vm, value: Value| !value.is_none() && pystr::has_surrogates(&vm.heap, value);
    let mut out = String::new();
    let mut outcome = Ok(Value::NONE);
    for i in 0..args.count {
        if i > 0 {
            if unwritable(vm, sep_value) {
                outcome = Err(pystr::surrogates_not_allowed(vm, sep_value));
                break;
            }
            out.push_str(&sep);
        }
        let value = args.get(vm, i);
        if let Err(error) = ops::repr::write_str(vm, value, &mut out) {
            outcome = Err(error);
            break;
        }
    }
    if outcome.is_ok() {
        if unwritable(vm, end_value) {
            outcome = Err(pystr::surrogates_not_allowed(vm, end_value));
        } else {
            out.push_str(&end);
        }
    }
    vm.write_stdout(out.as_bytes());
    outcome
}

/// `print(..., file=f)`: as CPython, each object's text, each separator
/// and the end are separate `f.write` calls (a user stream sees them so).
fn print_to_file(
    vm: &mut Vm,
    args: &Args,
    file: Value,
    sep: &str,
    end: &str,
    flush: bool,
) -> PyResult {
    let write = |vm: &mut Vm, piece: &str| -> PyResult<()> {
        let text = pystr::new(vm, piece)?;
        let written = vm.call_method(file, qstr::WRITE, &[text])?;
        // A stream claiming to have written more than it was given is
        // broken (MicroPython's stream protocol calls this EIO); CPython
        // ignores the count, which would hide the bug.
        if written
            .as_small_int()
            .is_some_and(|n| n > piece.len() as isize)
        {
            return Err(crate::builtins::os_error::raise(
                vm,
                crate::errno::EIO,
                None,
            ));
        }
        Ok(())
    };
    for i in 0..args.count {
        if i > 0 {
            write(vm, sep)?;
        }
        let mut piece = String::new();
        ops::repr::write_str(vm, args.get(vm, i), &mut piece)?;
        write(vm, &piece)?;
    }
    write(vm, end)?;
    if flush {
        vm.call_method(file, qstr::FLUSH, &[])?;
    }
    Ok(Value::NONE)
}

fn builtin_len(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "len", 1, 1)?;
    let value = args.get(vm, 0);
    let n = ops::len::len(vm, value)?;
    int::from_i64(vm, n as i64)
}

fn builtin_repr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "repr", 1, 1)?;
    let value = args.get(vm, 0);
    ops::repr::repr(vm, value)
}

fn builtin_ascii(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "ascii", 1, 1)?;
    let value = args.get(vm, 0);
    let text = ops::repr::repr(vm, value)?;
    let escaped = ascii_escape(pystr::text(vm, text));
    pystr::new(vm, &escaped)
}

/// Escape non-ASCII characters as `ascii()` does.
pub fn ascii_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn builtin_hash(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "hash", 1, 1)?;
    let value = args.get(vm, 0);
    let h = ops::hash::hash_value(vm, value)?;
    int::from_i64(vm, h as i64)
}

fn builtin_id(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "id", 1, 1)?;
    let value = args.get(vm, 0);
    int::from_i64(vm, (value.raw() >> 1) as i64)
}

fn builtin_iter(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "iter", 1, 2)?;
    let value = args.get(vm, 0);
    if args.count == 2 {
        let sentinel = args.get(vm, 1);
        if !is_callable(vm, value) {
            return Err(vm.raise_type_error("iter(v, w): v must be callable"));
        }
        return iterator::new(
            vm,
            iterator::IterKind::Callable,
            value,
            sentinel,
            Value::NONE,
        );
    }
    ops::iter::get_iter(vm, value)
}

fn builtin_next(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "next", 1, 2)?;
    let it = args.get(vm, 0);
    // A generator's return value travels in the StopIteration.
    if vm.heap.kind_of(it) == Some(crate::heap::ObjKind::Generator) && args.count == 1 {
        return match vm.resume_generator(it, Value::NONE, None)? {
            crate::interp::generator::Resumed::Yielded(value) => Ok(value),
            crate::interp::generator::Resumed::Returned(value) if !value.is_none() => {
                Err(vm.raise_with_args(types::STOP_ITERATION, &[value]))
            }
            crate::interp::generator::Resumed::Returned(_) => {
                Err(vm.raise_with_args(types::STOP_ITERATION, &[]))
            }
        };
    }
    // A StopIteration raised by a Python __next__ propagates as raised,
    // with its arguments, unless there is a default.
    let default = args.get_opt(vm, 1);
    match ops::iter::next_raw(vm, it) {
        Ok(Some(value)) => Ok(value),
        Ok(None) => match default {
            Some(default) => Ok(default),
            None => Err(vm.raise_with_args(types::STOP_ITERATION, &[])),
        },
        Err(raised) => match default {
            Some(default) if vm.exception_matches(types::STOP_ITERATION) => {
                vm.take_exception();
                Ok(default)
            }
            _ => Err(raised),
        },
    }
}

fn attribute_name(vm: &mut Vm, value: Value) -> PyResult<crate::qstr::QStr> {
    if !pystr::is_str(&vm.heap, value) {
        let message = format!(
            "attribute name must be string, not '{}'",
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    }
    pystr::to_qstr(vm, value)
}

fn builtin_getattr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "getattr", 2, 3)?;
    let object = args.get(vm, 0);
    let name_value = args.get(vm, 1);
    let name = attribute_name(vm, name_value)?;
    match args.get_opt(vm, 2) {
        None => ops::attr::get_attr(vm, object, name),
        Some(default) => match ops::attr::get_attr(vm, object, name) {
            Ok(value) => Ok(value),
            Err(raised) => {
                if vm.exception_matches(types::ATTRIBUTE_ERROR) {
                    vm.take_exception();
                    Ok(default)
                } else {
                    Err(raised)
                }
            }
        },
    }
}

fn builtin_setattr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "setattr", 3, 3)?;
    let object = args.get(vm, 0);
    let name_value = args.get(vm, 1);
    let value = args.get(vm, 2);
    let name = attribute_name(vm, name_value)?;
    ops::attr::set_attr(vm, object, name, value)?;
    Ok(Value::NONE)
}

fn builtin_hasattr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "hasattr", 2, 2)?;
    let object = args.get(vm, 0);
    let name_value = args.get(vm, 1);
    let name = attribute_name(vm, name_value)?;
    match ops::attr::get_attr(vm, object, name) {
        Ok(_) => Ok(Value::TRUE),
        Err(raised) => {
            if vm.exception_matches(types::ATTRIBUTE_ERROR) {
                vm.take_exception();
                Ok(Value::FALSE)
            } else {
                Err(raised)
            }
        }
    }
}

fn builtin_delattr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "delattr", 2, 2)?;
    let object = args.get(vm, 0);
    let name_value = args.get(vm, 1);
    let name = attribute_name(vm, name_value)?;
    ops::attr::delete_attr(vm, object, name)?;
    Ok(Value::NONE)
}

fn builtin_isinstance(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "isinstance", 2, 2)?;
    let (value, classes) = (args.get(vm, 0), args.get(vm, 1));
    ops::types::is_instance_any(vm, value, classes).map(Value::from_bool)
}

fn builtin_issubclass(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "issubclass", 2, 2)?;
    let (sub, classes) = (args.get(vm, 0), args.get(vm, 1));
    ops::types::is_subclass_any(vm, sub, classes).map(Value::from_bool)
}

/// Whether calling `value` could work.
pub fn is_callable(vm: &mut Vm, value: Value) -> bool {
    if value.as_native_function().is_some() || value.as_builtin_type().is_some() {
        return true;
    }
    match vm.heap.kind_of(value) {
        Some(ObjKind::Function | ObjKind::BoundMethod | ObjKind::Class | ObjKind::StaticMethod) => {
            true
        }
        Some(ObjKind::Instance) => {
            let class = objects::instance::class(vm, value);
            matches!(
                objects::class::lookup_user(vm, class, qstr::DUNDER_CALL),
                Ok(Some(_))
            )
        }
        _ => false,
    }
}

fn builtin_callable(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "callable", 1, 1)?;
    let value = args.get(vm, 0);
    Ok(Value::from_bool(is_callable(vm, value)))
}

fn builtin_abs(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "abs", 1, 1)?;
    let value = args.get(vm, 0);
    if let Some(n) = value.as_small_int() {
        // The magnitude of a small int always fits an i64 (not always a
        // small int: -(min small int) needs a bigint).
        return int::from_i64(vm, (n as i64).abs());
    }
    ops::arith::absolute(vm, value)
}

fn builtin_divmod(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "divmod", 2, 2)?;
    let (a, b) = (args.get(vm, 0), args.get(vm, 1));
    ops::arith::divmod(vm, a, b)
}

fn builtin_pow(vm: &mut Vm, args: &Args) -> PyResult {
    let [base, exponent, modulus] = parse(vm, args, "pow", ["base", "exp", "mod"], 2)?;
    if modulus.is_unbound() || modulus.is_none() {
        return ops::arith::binary(vm, BinaryOp::Pow, base, exponent);
    }
    // A user class's three-argument __pow__ (there is no reflected form).
    let base_type = ops::types::type_of(vm, base);
    if crate::objects::class::is_class(vm, base_type) {
        if let Some(method) =
            crate::objects::class::lookup_user(vm, base_type, crate::qstr::DUNDER_POW)?
        {
            let result = vm.call(method, &[base, exponent, modulus])?;
            if result != Value::NOT_IMPLEMENTED {
                return Ok(result);
            }
        }
    }
    if !(int::is_int(vm, base) && int::is_int(vm, exponent) && int::is_int(vm, modulus)) {
        return Err(
            vm.raise_type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let b = int::to_bigint(vm, base);
    let e = int::to_bigint(vm, exponent);
    let m = int::to_bigint(vm, modulus);
    if m.is_zero() {
        return Err(vm.raise_value_error("pow() 3rd argument cannot be 0"));
    }
    match b.pow_mod(&e, &m) {
        Some(result) => int::from_bigint(vm, &result),
        None => Err(vm.raise_value_error("base is not invertible for the given modulus")),
    }
}

fn builtin_round(vm: &mut Vm, args: &Args) -> PyResult {
    let [number, ndigits] = parse(vm, args, "round", ["number", "ndigits"], 1)?;
    ops::format::round(vm, number, ndigits)
}

fn builtin_ord(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "ord", 1, 1)?;
    let value = args.get(vm, 0);
    if pystr::is_str(&vm.heap, value) {
        let (first, second) = {
            let mut codes = objects::wtf8::code_points(pystr::bytes(vm, value));
            (codes.next(), codes.next())
        };
        return match (first, second) {
            (Some(code), None) => Ok(Value::small_int(code as isize)),
            _ => {
                let message = format!(
                    "ord() expected a character, but string of length {} found",
                    pystr::char_count(vm, value)
                );
                Err(vm.raise_type_error(&message))
            }
        };
    }
    if objects::bytes::is_bytes_like(vm, value) {
        let data = objects::bytes::data(vm, value);
        if data.len() == 1 {
            return Ok(Value::small_int(data[0] as isize));
        }
        let message = format!(
            "ord() expected a character, but string of length {} found",
            data.len()
        );
        return Err(vm.raise_type_error(&message));
    }
    let message = format!(
        "ord() expected string of length 1, but {} found",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

fn builtin_chr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "chr", 1, 1)?;
    let value = args.get(vm, 0);
    let n = ops::convert::index_isize(vm, value)?;
    // Any code point, lone surrogates included (as CPython).
    match u32::try_from(n).ok().filter(|&code| code <= 0x10FFFF) {
        Some(code) => pystr::from_code_point(vm, code),
        None => Err(vm.raise_value_error("chr() arg not in range(0x110000)")),
    }
}

/// `hex`/`oct`/`bin`: the int with its prefix, sign first.
fn int_in_radix(vm: &mut Vm, args: &Args, name: &str, radix: u32, prefix: &str) -> PyResult {
    check(vm, args, name, 1, 1)?;
    let value = args.get(vm, 0);
    let value = ops::convert::index_value(vm, value)?;
    let n = int::to_bigint(vm, value);
    let digits = n.abs().to_str_radix(radix);
    let text = format!(
        "{}{}{}",
        if n.is_negative() { "-" } else { "" },
        prefix,
        digits
    );
    pystr::new(vm, &text)
}

fn builtin_hex(vm: &mut Vm, args: &Args) -> PyResult {
    int_in_radix(vm, args, "hex", 16, "0x")
}

fn builtin_oct(vm: &mut Vm, args: &Args) -> PyResult {
    int_in_radix(vm, args, "oct", 8, "0o")
}

fn builtin_bin(vm: &mut Vm, args: &Args) -> PyResult {
    int_in_radix(vm, args, "bin", 2, "0b")
}

/// Run `visit` over the items of an iterable until it returns Some. The
/// loop state lives on the Rust stack (`ops/loop_state.rs`), so iterating
/// a builtin container allocates nothing (these run with the heap locked).
fn scan_iterable(
    vm: &mut Vm,
    iterable: Value,
    mut visit: impl FnMut(&mut Vm, Value) -> PyResult<Option<Value>>,
) -> PyResult<Option<Value>> {
    vm.push_root(iterable);
    let mut state = match ops::loop_state::start(vm, iterable) {
        Ok(state) => state,
        Err(raised) => {
            vm.pop_roots(1);
            return Err(raised);
        }
    };
    // A new iterator object, if the state needed one.
    vm.push_root(state[0]);
    let result = (|| {
        while let Some(item) = ops::loop_state::step(vm, &mut state)? {
            if let Some(found) = visit(vm, item)? {
                return Ok(Some(found));
            }
        }
        Ok(None)
    })();
    vm.pop_roots(2);
    result
}

fn builtin_any(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "any", 1, 1)?;
    let iterable = args.get(vm, 0);
    let found = scan_iterable(vm, iterable, |vm, item| {
        Ok(ops::truth::truthy(vm, item)?.then_some(Value::TRUE))
    })?;
    Ok(found.unwrap_or(Value::FALSE))
}

fn builtin_all(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "all", 1, 1)?;
    let iterable = args.get(vm, 0);
    let found = scan_iterable(vm, iterable, |vm, item| {
        Ok((!ops::truth::truthy(vm, item)?).then_some(Value::FALSE))
    })?;
    Ok(found.unwrap_or(Value::TRUE))
}

fn builtin_sum(vm: &mut Vm, args: &Args) -> PyResult {
    let [iterable, start] = parse(vm, args, "sum", ["iterable", "start"], 1)?;
    let start = if start.is_unbound() {
        Value::small_int(0)
    } else {
        start
    };
    if pystr::is_str(&vm.heap, start) {
        return Err(vm.raise_type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    // The running total lives in a stack slot so it stays rooted.
    let slot = vm.stack.len();
    vm.stack.push(start);
    let result = scan_iterable(vm, iterable, |vm, item| {
        let total = vm.stack[slot];
        let fast = match (total.as_small_int(), item.as_small_int()) {
            (Some(a), Some(b)) => a
                .checked_add(b)
                .and_then(|n| Value::try_small_int(n as i64)),
            _ => None,
        };
        vm.stack[slot] = match fast {
            Some(value) => value,
            None => ops::arith::binary(vm, BinaryOp::Add, total, item)?,
        };
        Ok(None)
    });
    let total = vm.stack[slot];
    vm.stack.truncate(slot);
    result?;
    Ok(total)
}

/// min() and max(): an iterable or several arguments, `key=`, `default=`.
fn extreme(vm: &mut Vm, args: &Args, name: &str, want_greater: bool) -> PyResult {
    let key = args.keyword(vm, "key").filter(|k| !k.is_none());
    let default = args.keyword(vm, "default");
    for k in 0..args.keyword_count(vm) {
        let (keyword, _) = args.keyword_at(vm, k);
        let text = pystr::text(vm, keyword);
        if text != "key" && text != "default" {
            let message = format!("{name}() got an unexpected keyword argument '{text}'");
            return Err(vm.raise_type_error(&message));
        }
    }
    if args.count == 0 {
        let message = format!("{name} expected at least 1 argument, got 0");
        return Err(vm.raise_type_error(&message));
    }
    let mark = vm.root_mark();
    let result = (|| {
        let candidates: Vec<Value> = if args.count == 1 {
            let iterable = args.get(vm, 0);
            ops::iter::collect_rooted(vm, iterable)?
        } else {
            if default.is_some() {
                let message = format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                );
                return Err(vm.raise_type_error(&message));
            }
            (0..args.count).map(|i| args.get(vm, i)).collect()
        };
        if candidates.is_empty() {
            return match default {
                Some(value) => Ok(value),
                None => {
                    let message = format!("{name}() arg is an empty sequence");
                    Err(vm.raise_value_error(&message))
                }
            };
        }
        let mut best = candidates[0];
        let mut best_key = match key {
            Some(function) => vm.call(function, &[best])?,
            None => best,
        };
        vm.push_root(best_key);
        for &candidate in &candidates[1..] {
            let candidate_key = match key {
                Some(function) => vm.call(function, &[candidate])?,
                None => candidate,
            };
            vm.push_root(candidate_key);
            let better = if want_greater {
                ops::compare::less_than(vm, best_key, candidate_key)?
            } else {
                ops::compare::less_than(vm, candidate_key, best_key)?
            };
            if better {
                best = candidate;
                best_key = candidate_key;
            }
        }
        Ok(best)
    })();
    vm.truncate_roots(mark);
    result
}

fn builtin_min(vm: &mut Vm, args: &Args) -> PyResult {
    extreme(vm, args, "min", false)
}

fn builtin_max(vm: &mut Vm, args: &Args) -> PyResult {
    extreme(vm, args, "max", true)
}

/// Sort values stably with Python comparisons, an optional key function
/// and reverse order. The values must be rooted by the caller.
pub fn sort_values(vm: &mut Vm, values: &mut [Value], key: Value, reverse: bool) -> PyResult<()> {
    let mark = vm.root_mark();
    let result = (|| {
        let keys: Vec<Value> = if key.is_none() || key.is_unbound() {
            values.to_vec()
        } else {
            let mut keys = Vec::with_capacity(values.len());
            for &value in values.iter() {
                let k = vm.call(key, &[value])?;
                vm.push_root(k);
                keys.push(k);
            }
            keys
        };
        let mut order: Vec<usize> = (0..values.len()).collect();
        let mut failure = None;
        order.sort_by(|&i, &j| {
            if failure.is_some() {
                return core::cmp::Ordering::Equal;
            }
            let (a, b) = if reverse {
                (keys[j], keys[i])
            } else {
                (keys[i], keys[j])
            };
            match ops::compare::less_than(vm, a, b) {
                Ok(true) => core::cmp::Ordering::Less,
                Ok(false) => match ops::compare::less_than(vm, b, a) {
                    Ok(true) => core::cmp::Ordering::Greater,
                    Ok(false) => core::cmp::Ordering::Equal,
                    Err(raised) => {
                        failure = Some(raised);
                        core::cmp::Ordering::Equal
                    }
                },
                Err(raised) => {
                    failure = Some(raised);
                    core::cmp::Ordering::Equal
                }
            }
        });
        if let Some(raised) = failure {
            return Err(raised);
        }
        let sorted: Vec<Value> = order.iter().map(|&i| values[i]).collect();
        values.copy_from_slice(&sorted);
        Ok(())
    })();
    vm.truncate_roots(mark);
    result
}

fn builtin_sorted(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count != 1 {
        let message = format!("sorted expected 1 argument, got {}", args.count);
        return Err(vm.raise_type_error(&message));
    }
    let key = args.keyword(vm, "key").unwrap_or(Value::NONE);
    let reverse = match args.keyword(vm, "reverse") {
        Some(value) => ops::truth::truthy(vm, value)?,
        None => false,
    };
    let iterable = args.get(vm, 0);
    let mark = vm.root_mark();
    let result = (|| {
        let mut items = ops::iter::collect_rooted(vm, iterable)?;
        sort_values(vm, &mut items, key, reverse)?;
        list::new(vm, &items)
    })();
    vm.truncate_roots(mark);
    result
}

fn current_globals(vm: &Vm) -> Value {
    vm.frames.last().map_or(Value::NONE, |frame| frame.globals)
}

fn builtin_globals(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "globals", 0, 0)?;
    Ok(current_globals(vm))
}

/// A snapshot dict of the current function's locals (module and class
/// code: the namespace dict itself).
fn current_locals(vm: &mut Vm) -> PyResult {
    let Some(frame) = vm.frames.last() else {
        return Ok(Value::NONE);
    };
    if frame.locals.is_heap() {
        return Ok(frame.locals);
    }
    if !frame.function.is_heap() {
        return Ok(frame.globals);
    }
    let base = frame.base;
    let names = frame.code.info.local_names.clone();
    let snapshot = dict::new(vm)?;
    vm.push_root(snapshot);
    let result = (|| {
        for (register, name) in names {
            let mut value = vm.stack[base + register as usize];
            if vm.heap.kind_of(value) == Some(ObjKind::Cell) {
                value = objects::cell::get(vm, value);
            }
            if !value.is_unbound() {
                dict::set(vm, snapshot, Value::from_qstr(name), value)?;
            }
        }
        Ok(snapshot)
    })();
    vm.pop_roots(1);
    result
}

fn builtin_locals(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "locals", 0, 0)?;
    current_locals(vm)
}

fn builtin_vars(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "vars", 0, 1)?;
    match args.get_opt(vm, 0) {
        None => current_locals(vm),
        Some(object) => ops::attr::get_attr(vm, object, qstr::DUNDER_DICT).map_err(|raised| {
            if vm.exception_matches(types::ATTRIBUTE_ERROR) {
                vm.take_exception();
                vm.raise_type_error("vars() argument must have __dict__ attribute")
            } else {
                raised
            }
        }),
    }
}

fn builtin_dir(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let add_keys = |vm: &Vm, table: Value, names: &mut Vec<String>| {
        if vm.heap.kind_of(table) != Some(ObjKind::Dict) {
            return;
        }
        for i in 0..dict::used(vm, table) {
            if let Some((key, _)) = dict::entry(vm, table, i) {
                if let Some(text) = pystr::as_text(vm, key) {
                    names.push(String::from(text));
                }
            }
        }
    };
    match args.get_opt(vm, 0) {
        None => {
            let scope = current_locals(vm)?;
            add_keys(vm, scope, &mut names);
        }
        Some(object) => {
            // An instance's class may answer for itself (not a class's:
            // `__dir__` is looked up on the type).
            if vm.heap.kind_of(object) == Some(ObjKind::Instance) {
                let class = objects::instance::class(vm, object);
                if let Some(method) = objects::class::lookup_user(vm, class, qstr::DUNDER_DIR)? {
                    let listed = vm.call(method, &[object])?;
                    let mark = vm.root_mark();
                    vm.push_root(listed);
                    let result = (|| {
                        let mut items = ops::iter::collect_rooted(vm, listed)?;
                        sort_values(vm, &mut items, Value::NONE, false)?;
                        list::new(vm, &items)
                    })();
                    vm.truncate_roots(mark);
                    return result;
                }
            }
            match vm.heap.kind_of(object) {
                Some(ObjKind::Module) => {
                    let namespace = objects::module::dict(vm, object);
                    add_keys(vm, namespace, &mut names);
                }
                Some(ObjKind::Instance) => {
                    if let Some(attributes) = objects::instance::existing_dict(vm, object) {
                        add_keys(vm, attributes, &mut names);
                    }
                }
                _ => {}
            }
            // A module lists its namespace only, as CPython's
            // `module.__dir__` does (unittest walks `dir(module)` with
            // getattr).
            let is_module = vm.heap.kind_of(object) == Some(ObjKind::Module);
            let class = if ops::types::is_type(vm, object) {
                object
            } else {
                ops::types::type_of(vm, object)
            };
            if is_module {
            } else if objects::class::is_class(vm, class) {
                let mro = objects::class::field(vm, class, objects::class::MRO);
                for &entry in tuple::items(vm, mro).to_vec().iter() {
                    if let Some(id) = entry.as_builtin_type() {
                        for name in vm.own_type_attribute_names(id) {
                            names.push(String::from(vm.qstr_text(name)));
                        }
                    } else {
                        let namespace = objects::class::field(vm, entry, objects::class::DICT);
                        add_keys(vm, namespace, &mut names);
                    }
                }
            } else if let Some(mut id) = class.as_builtin_type() {
                loop {
                    for name in vm.own_type_attribute_names(id) {
                        names.push(String::from(vm.qstr_text(name)));
                    }
                    match types::info(id).base {
                        Some(base) => id = base,
                        None => break,
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let result = list::with_capacity(vm, names.len())?;
    vm.push_root(result);
    let filled = (|| {
        for name in &names {
            let text = pystr::new(vm, name)?;
            list::append(vm, result, text)?;
        }
        Ok(result)
    })();
    vm.pop_roots(1);
    filled
}

fn builtin_format(vm: &mut Vm, args: &Args) -> PyResult {
    let [value, spec] = parse(vm, args, "format", ["value", "format_spec"], 1)?;
    let spec = if spec.is_unbound() {
        Value::from_qstr(qstr::EMPTY)
    } else {
        spec
    };
    ops::format::format(vm, value, spec)
}

fn builtin_input(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "input", 0, 1)?;
    if let Some(prompt) = args.get_opt(vm, 0) {
        let mut text = String::new();
        ops::repr::write_str(vm, prompt, &mut text)?;
        crate::modules::stdio::write_text(vm, crate::modules::stdio::STDOUT, &text)?;
    }
    match vm.port.read_line() {
        Some(line) => {
            let line = line.strip_suffix('\n').unwrap_or(&line);
            let line = String::from(line.strip_suffix('\r').unwrap_or(line));
            pystr::new(vm, &line)
        }
        None => Err(vm.raise_msg(types::EOF_ERROR, "EOF when reading a line")),
    }
}

/// exec/eval: compile a string (or run a code object) in the given
/// namespaces (default: the caller's).
fn run_source(vm: &mut Vm, args: &Args, name: &str, mode: CompileMode) -> PyResult {
    let [source, globals, locals] = parse(vm, args, name, ["source", "globals", "locals"], 1)?;
    run_in_namespaces(vm, args, name, mode, source, globals, locals)
}

/// `execfile(filename, globals=None, locals=None)` (MicroPython's, from
/// Python 2): `exec` of the file's text, read through the mounted
/// filesystems (vfs.rs).
fn builtin_execfile(vm: &mut Vm, args: &Args) -> PyResult {
    let [filename, globals, locals] =
        parse(vm, args, "execfile", ["filename", "globals", "locals"], 1)?;
    if pystr::is_str(&vm.heap, filename) {
        pystr::require_utf8(vm, filename)?;
    }
    let Some(path) = pystr::as_text(vm, filename).map(String::from) else {
        let message = format!(
            "execfile() arg 1 must be str, not {}",
            ops::types::type_name(vm, filename)
        );
        return Err(vm.raise_type_error(&message));
    };
    let data = crate::vfs::read(vm, &path)?;
    let Ok(text) = String::from_utf8(data) else {
        let message = format!("(unicode error) source file {path} is not valid UTF-8");
        return Err(vm.raise_msg(types::SYNTAX_ERROR, &message));
    };
    let source = pystr::new(vm, &text)?;
    vm.push_root(source);
    let result = run_in_namespaces(
        vm,
        args,
        "execfile",
        CompileMode::Module,
        source,
        globals,
        locals,
    );
    vm.pop_roots(1);
    result
}

/// The rest of `exec`/`eval`/`execfile`: pick the namespaces (the
/// caller's when not given) and run `source` in them.
fn run_in_namespaces(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    mode: CompileMode,
    source: Value,
    globals: Value,
    locals: Value,
) -> PyResult {
    let globals = if globals.is_unbound() || globals.is_none() {
        current_globals(vm)
    } else {
        globals
    };
    if vm.heap.kind_of(globals) != Some(ObjKind::Dict) {
        let message = format!(
            "{name}() globals must be a dict, not {}",
            ops::types::type_name(vm, globals)
        );
        return Err(vm.raise_type_error(&message));
    }
    let locals = if locals.is_unbound() || locals.is_none() {
        if args.count >= 2 || args.keyword(vm, "globals").is_some() {
            Value::UNBOUND
        } else {
            // Inside a function the code sees a snapshot of its locals, as
            // in CPython; at module level, the globals themselves.
            let current = current_locals(vm)?;
            if current == globals || !current.is_heap() {
                Value::UNBOUND
            } else {
                current
            }
        }
    } else {
        if !matches!(
            vm.heap.kind_of(locals),
            Some(ObjKind::Dict | ObjKind::Instance)
        ) {
            let message = if mode == CompileMode::Eval {
                String::from("locals must be a mapping")
            } else {
                format!(
                    "locals must be a mapping or None, not {}",
                    ops::types::type_name(vm, locals)
                )
            };
            return Err(vm.raise_type_error(&message));
        }
        locals
    };
    // The snapshot is held only here until the frame that uses it starts.
    vm.push_root(locals);
    let result = run_code_in(vm, source, globals, locals, name, mode);
    vm.pop_roots(1);
    result
}

fn run_code_in(
    vm: &mut Vm,
    source: Value,
    globals: Value,
    locals: Value,
    name: &str,
    mode: CompileMode,
) -> PyResult {
    let code_object = if vm.heap.kind_of(source) == Some(ObjKind::Code) {
        source
    } else {
        if pystr::is_str(&vm.heap, source) {
            // Source code is UTF-8 text (CPython's UnicodeEncodeError).
            pystr::require_utf8(vm, source)?;
        }
        let text = if let Some(text) = pystr::as_text(vm, source) {
            String::from(text)
        } else if crate::buffer::is_buffer(vm, source) {
            String::from_utf8_lossy(crate::buffer::data(vm, source)).into_owned()
        } else {
            let message = format!("{name}() arg 1 must be a string, bytes or code object");
            return Err(vm.raise_type_error(&message));
        };
        let text = if mode == CompileMode::Eval {
            String::from(text.trim_start_matches([' ', '\t']))
        } else {
            text
        };
        vm.compile_to_code(&text, "<string>", mode)?
    };
    vm.push_root(code_object);
    if !dict::contains(vm, globals, Value::from_qstr(qstr::BUILTINS))? {
        // CPython inserts __builtins__; Pyrite's builtins need no entry.
    }
    let result = vm.run_code(code_object, globals, locals);
    vm.pop_roots(1);
    let value = result?;
    Ok(if mode == CompileMode::Eval {
        value
    } else {
        Value::NONE
    })
}

/// `compile(source, filename, mode)`: a code object that `exec` and
/// `eval` run. `flags`, `dont_inherit` and `optimize` are accepted and
/// ignored (there are no future flags or optimisation levels).
fn builtin_compile(vm: &mut Vm, args: &Args) -> PyResult {
    let [source, filename, mode, _flags, _dont_inherit, _optimize] = parse(
        vm,
        args,
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    for text in [source, filename, mode] {
        if pystr::is_str(&vm.heap, text) {
            pystr::require_utf8(vm, text)?;
        }
    }
    let text = if let Some(text) = pystr::as_text(vm, source) {
        String::from(text)
    } else if objects::bytes::is_bytes_like(vm, source) {
        String::from_utf8_lossy(objects::bytes::data(vm, source)).into_owned()
    } else {
        return Err(vm.raise_type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let Some(filename) = pystr::as_text(vm, filename).map(String::from) else {
        let message = format!(
            "compile() argument 'filename' must be str, not {}",
            ops::types::type_name(vm, filename)
        );
        return Err(vm.raise_type_error(&message));
    };
    let mode = match pystr::as_text(vm, mode) {
        Some("exec") => CompileMode::Module,
        Some("eval") => CompileMode::Eval,
        Some("single") => CompileMode::Interactive,
        _ => return Err(vm.raise_value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    // A compound statement is complete input here, unlike at the REPL,
    // where a blank line must end it.
    let ends_continued = text.trim_end_matches(['\n', '\r']).ends_with('\\');
    let text = if mode == CompileMode::Interactive && !ends_continued {
        text + "\n"
    } else {
        text
    };
    vm.compile_to_code(&text, &filename, mode)
}

fn builtin_exec(vm: &mut Vm, args: &Args) -> PyResult {
    run_source(vm, args, "exec", CompileMode::Module)
}

fn builtin_eval(vm: &mut Vm, args: &Args) -> PyResult {
    run_source(vm, args, "eval", CompileMode::Eval)
}

fn builtin_import(vm: &mut Vm, args: &Args) -> PyResult {
    let [name, globals, _locals, fromlist, level] = parse(
        vm,
        args,
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    if !pystr::is_str(&vm.heap, name) {
        return Err(vm.raise_type_error("__import__() argument 1 must be str"));
    }
    let name = pystr::to_qstr(vm, name)?;
    let globals = if globals.is_unbound() {
        current_globals(vm)
    } else {
        globals
    };
    let fromlist = if fromlist.is_unbound() {
        Value::NONE
    } else {
        fromlist
    };
    let level = if level.is_unbound() {
        0
    } else {
        ops::convert::index_isize(vm, level)?.max(0) as usize
    };
    crate::import::import_name(vm, name, fromlist, level, globals)
}
