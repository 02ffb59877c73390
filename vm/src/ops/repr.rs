//! `repr()` and `str()`: text for every type, as CPython writes it, with
//! `__repr__`/`__str__` for user classes, `[...]` for containers that
//! contain themselves, and a depth limit so that deeply nested data raises
//! RecursionError instead of overflowing the Rust stack.

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::iterator::{self, IterKind};
use crate::objects::{
    self, bytes, complex, dict, exception, float, function, int, range, str as pystr, tuple,
};
use crate::ops;
use crate::qstr;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use core::fmt::Write;

/// `repr(value)` as a str Value.
pub fn repr(vm: &mut Vm, value: Value) -> PyResult {
    if pystr::is_str(&vm.heap, value) {
        let mut out = String::new();
        write_any_str_repr(vm, value, &mut out);
        return pystr::new(vm, &out);
    }
    let mut out = String::new();
    write_repr(vm, value, &mut out)?;
    pystr::new(vm, &out)
}

/// `str(value)` as a str Value.
pub fn str(vm: &mut Vm, value: Value) -> PyResult {
    if pystr::is_str(&vm.heap, value) {
        return Ok(value);
    }
    if let Some(text) = str_as_is(vm, value)? {
        return Ok(text);
    }
    let mut out = String::new();
    write_str(vm, value, &mut out)?;
    pystr::new(vm, &out)
}

/// The str that `str(value)` is without being rebuilt, when it is one:
/// what a user `__str__` returns, or an exception's single str argument.
/// Such a str may hold lone surrogates, which `write_str`'s Rust text
/// cannot.
fn str_as_is(vm: &mut Vm, value: Value) -> PyResult<Option<Value>> {
    if !matches!(
        vm.heap.kind_of(value),
        Some(ObjKind::Instance | ObjKind::Exception)
    ) {
        return Ok(None);
    }
    let class = ops::types::type_of(vm, value);
    if objects::class::is_class(vm, class) {
        if let Some(method) = objects::class::lookup_user(vm, class, qstr::DUNDER_STR)? {
            let result = vm.call(method, &[value])?;
            if pystr::is_str(&vm.heap, result) {
                return Ok(Some(result));
            }
            let message = format!(
                "__str__ returned non-string (type {})",
                ops::types::type_name(vm, result)
            );
            return Err(vm.raise_type_error(&message));
        }
        if objects::class::lookup_user(vm, class, qstr::DUNDER_REPR)?.is_some() {
            return Ok(None);
        }
    }
    let native = ops::arith::unwrap_native(vm, value);
    if native != value && pystr::is_str(&vm.heap, native) {
        // A str subclass instance.
        return Ok(Some(native));
    }
    if !exception::is_exception(vm, value)
        || ops::types::is_instance_of_builtin(vm, value, types::KEY_ERROR)
    {
        return Ok(None);
    }
    let args = exception::field(vm, value, exception::ARGS);
    if args.is_heap() && tuple::len(vm, args) == 1 {
        let arg = tuple::item(vm, args, 0);
        if pystr::has_surrogates(&vm.heap, arg) {
            return Ok(Some(arg));
        }
    }
    Ok(None)
}

/// Append `str(value)`.
pub fn write_str(vm: &mut Vm, value: Value, out: &mut String) -> PyResult<()> {
    if pystr::is_str(&vm.heap, value) {
        // `out` is Rust text: a str with surrogates cannot go into it.
        pystr::require_utf8(vm, value)?;
        out.push_str(pystr::text(vm, value));
        return Ok(());
    }
    match vm.heap.kind_of(value) {
        Some(ObjKind::Instance) | Some(ObjKind::Exception) | Some(ObjKind::Class) => {
            let class = ops::types::type_of(vm, value);
            if objects::class::is_class(vm, class) {
                if let Some(method) = objects::class::lookup_user(vm, class, qstr::DUNDER_STR)? {
                    return call_text_method(vm, method, value, "__str__", out);
                }
                // str and the exceptions have a __str__ of their own, which
                // comes before a subclass's __repr__ (object's __str__ is
                // what calls __repr__).
                if exception::is_exception(vm, value) {
                    return write_exception_str(vm, value, out);
                }
                let native = ops::arith::unwrap_native(vm, value);
                if native != value && pystr::is_str(&vm.heap, native) {
                    out.push_str(pystr::text(vm, native));
                    return Ok(());
                }
                if let Some(method) = objects::class::lookup_user(vm, class, qstr::DUNDER_REPR)? {
                    return call_text_method(vm, method, value, "__repr__", out);
                }
            }
            if exception::is_exception(vm, value) {
                return write_exception_str(vm, value, out);
            }
            let native = ops::arith::unwrap_native(vm, value);
            if native != value && vm.heap.kind_of(native) != Some(ObjKind::Deque) {
                return write_str(vm, native, out);
            }
            write_repr(vm, value, out)
        }
        _ => write_repr(vm, value, out),
    }
}

fn call_text_method(
    vm: &mut Vm,
    method: Value,
    value: Value,
    name: &str,
    out: &mut String,
) -> PyResult<()> {
    let result = vm.call(method, &[value])?;
    match pystr::as_text(vm, result) {
        Some(text) => {
            out.push_str(text);
            Ok(())
        }
        None => {
            let message = format!(
                "{} returned non-string (type {})",
                name,
                ops::types::type_name(vm, result)
            );
            Err(vm.raise_type_error(&message))
        }
    }
}

/// `str()` of an exception: its single argument, or its args tuple.
fn write_exception_str(vm: &mut Vm, value: Value, out: &mut String) -> PyResult<()> {
    let args = exception::field(vm, value, exception::ARGS);
    let count = if args.is_heap() {
        tuple::len(vm, args)
    } else {
        0
    };
    if count == 2 && ops::types::is_instance_of_builtin(vm, value, types::SYNTAX_ERROR) {
        if let Some(text) = syntax_error_str(vm, args) {
            out.push_str(&text);
            return Ok(());
        }
    }
    if count == 5 {
        if let Some(text) = unicode_error_str(vm, value, args) {
            out.push_str(&text);
            return Ok(());
        }
    }
    if count == 2
        && ops::types::is_instance_of_builtin(vm, value, types::OS_ERROR)
        && crate::builtins::os_error::write_str(vm, value, out)?.is_some()
    {
        return Ok(());
    }
    match count {
        0 => Ok(()),
        1 => {
            let arg = tuple::item(vm, args, 0);
            if ops::types::is_instance_of_builtin(vm, value, types::KEY_ERROR) {
                write_repr(vm, arg, out)
            } else {
                write_str(vm, arg, out)
            }
        }
        _ => write_repr(vm, args, out),
    }
}

/// CPython's `str()` of a UnicodeDecodeError/UnicodeEncodeError built
/// from (encoding, object, start, end, reason).
fn unicode_error_str(vm: &Vm, value: Value, args: Value) -> Option<String> {
    let decode = ops::types::is_instance_of_builtin(vm, value, types::UNICODE_DECODE_ERROR);
    let encode = ops::types::is_instance_of_builtin(vm, value, types::UNICODE_ENCODE_ERROR);
    if !decode && !encode {
        return None;
    }
    let encoding = crate::objects::str::as_text(vm, tuple::item(vm, args, 0))?;
    let object = tuple::item(vm, args, 1);
    let start = tuple::item(vm, args, 2).as_small_int()?;
    let end = tuple::item(vm, args, 3).as_small_int()?;
    let reason = crate::objects::str::as_text(vm, tuple::item(vm, args, 4))?;
    let single = end == start + 1;
    let position = if single {
        alloc::format!("position {start}")
    } else {
        alloc::format!("position {}-{}", start, end - 1)
    };
    if decode {
        if !matches!(
            vm.heap.kind_of(object),
            Some(ObjKind::Bytes) | Some(ObjKind::ByteArray)
        ) {
            return None;
        }
        let data = crate::objects::bytes::data(vm, object);
        if single {
            let byte = *data.get(usize::try_from(start).ok()?)?;
            return Some(alloc::format!(
                "'{encoding}' codec can't decode byte {byte:#04x} in {position}: {reason}"
            ));
        }
        return Some(alloc::format!(
            "'{encoding}' codec can't decode bytes in {position}: {reason}"
        ));
    }
    if !crate::objects::str::is_str(&vm.heap, object) {
        return None;
    }
    if single {
        let data = crate::objects::str::bytes(vm, object);
        let code = crate::objects::wtf8::code_points(data).nth(usize::try_from(start).ok()?)?;
        let escaped = if code <= 0xff {
            alloc::format!("\\x{code:02x}")
        } else if code <= 0xffff {
            alloc::format!("\\u{code:04x}")
        } else {
            alloc::format!("\\U{code:08x}")
        };
        return Some(alloc::format!(
            "'{encoding}' codec can't encode character '{escaped}' in {position}: {reason}"
        ));
    }
    Some(alloc::format!(
        "'{encoding}' codec can't encode characters in {position}: {reason}"
    ))
}

/// CPython's `str()` of a SyntaxError whose args are (msg, (filename,
/// lineno, ...)): `msg (filename, line N)`.
fn syntax_error_str(vm: &Vm, args: Value) -> Option<String> {
    let message = crate::objects::str::as_text(vm, tuple::item(vm, args, 0))?;
    let details = tuple::item(vm, args, 1);
    if vm.heap.kind_of(details) != Some(crate::heap::ObjKind::Tuple) || tuple::len(vm, details) < 2
    {
        return None;
    }
    let filename = crate::objects::str::as_text(vm, tuple::item(vm, details, 0))?;
    let line = tuple::item(vm, details, 1).as_small_int()?;
    // CPython names the file by its last path component.
    let short = filename.rsplit('/').next().unwrap_or(filename);
    Some(alloc::format!("{message} ({short}, line {line})"))
}

/// Where an object "is", for `<... at 0x...>`: stable for its lifetime.
fn address(value: Value) -> usize {
    value.raw().wrapping_mul(crate::heap::WORD_BYTES) >> 2
}

impl Vm {
    /// Enter a level of Rust recursion over nested data (repr, ==, hash);
    /// RecursionError past the limit.
    pub(crate) fn enter_nested(&mut self) -> PyResult<()> {
        if self.reentry_depth >= self.config.reentry_limit {
            return Err(self.raise_msg(types::RECURSION_ERROR, "maximum recursion depth exceeded"));
        }
        self.reentry_depth += 1;
        Ok(())
    }

    pub(crate) fn leave_nested(&mut self) {
        self.reentry_depth -= 1;
    }
}

/// Append `repr(value)`.
pub fn write_repr(vm: &mut Vm, value: Value, out: &mut String) -> PyResult<()> {
    if let Some(n) = value.as_small_int() {
        let _ = write!(out, "{n}");
        return Ok(());
    }
    if value.as_qstr().is_some() {
        write_str_repr(pystr::text(vm, value), out);
        return Ok(());
    }
    if !value.is_heap() {
        match value {
            Value::NONE => out.push_str("None"),
            Value::TRUE => out.push_str("True"),
            Value::FALSE => out.push_str("False"),
            Value::ELLIPSIS => out.push_str("Ellipsis"),
            Value::NOT_IMPLEMENTED => out.push_str("NotImplemented"),
            _ => {
                if let Some(id) = value.as_builtin_type() {
                    let _ = write!(out, "<class '{}'>", types::name(id));
                } else if let Some(index) = value.as_native_function() {
                    let _ = write!(out, "<built-in function {}>", vm.native(index).name);
                } else {
                    out.push_str("<unbound>");
                }
            }
        }
        return Ok(());
    }
    vm.enter_nested()?;
    let result = write_heap_repr(vm, value, out);
    vm.leave_nested();
    result
}

fn write_heap_repr(vm: &mut Vm, value: Value, out: &mut String) -> PyResult<()> {
    let kind = vm.heap.kind(value.heap_index_unchecked());
    match kind {
        ObjKind::Str | ObjKind::SurrogateStr => write_any_str_repr(vm, value, out),
        ObjKind::BigInt => {
            let text = int::to_bigint(vm, value).to_str_radix(10);
            out.push_str(&text);
        }
        ObjKind::Float => out.push_str(&crate::format::float_repr(float::value(vm, value))),
        ObjKind::Complex => {
            let (real, imag) = complex::parts(vm, value);
            write_complex(real, imag, out);
        }
        ObjKind::Bytes => write_bytes_repr(bytes::data(vm, value), out),
        ObjKind::ByteArray => {
            out.push_str("bytearray(");
            write_bytes_repr(bytes::data(vm, value), out);
            out.push(')');
        }
        ObjKind::Array => write_array_repr(vm, value, out)?,
        ObjKind::MemoryView => {
            let released = if crate::objects::memoryview::is_released(vm, value) {
                "released "
            } else {
                ""
            };
            let _ = write!(out, "<{}memory at {:#x}>", released, address(value));
        }
        ObjKind::List | ObjKind::Tuple | ObjKind::Dict | ObjKind::Set | ObjKind::FrozenSet => {
            return write_container(vm, value, kind, out);
        }
        ObjKind::Deque => return write_deque(vm, value, "deque", out),
        ObjKind::Range => {
            let (start, stop, step) = range::fields(vm, value);
            out.push_str("range(");
            write_repr(vm, start, out)?;
            out.push_str(", ");
            write_repr(vm, stop, out)?;
            if step != Value::small_int(1) {
                out.push_str(", ");
                write_repr(vm, step, out)?;
            }
            out.push(')');
        }
        ObjKind::Slice => {
            let (start, stop, step) = objects::slice::parts(vm, value);
            out.push_str("slice(");
            write_repr(vm, start, out)?;
            out.push_str(", ");
            write_repr(vm, stop, out)?;
            out.push_str(", ");
            write_repr(vm, step, out)?;
            out.push(')');
        }
        ObjKind::Function => {
            let qualname = function::field(vm, value, function::QUALNAME);
            let _ = write!(
                out,
                "<function {} at {:#x}>",
                pystr::text(vm, qualname),
                address(value)
            );
        }
        ObjKind::BoundMethod => {
            let function_value = objects::bound_method::function(vm, value);
            let receiver = objects::bound_method::receiver(vm, value);
            if let Some(index) = function_value.as_native_function() {
                let name = vm.native(index).name;
                let _ = write!(
                    out,
                    "<built-in method {} of {} object at {:#x}>",
                    name,
                    ops::types::type_name(vm, receiver),
                    address(receiver)
                );
            } else {
                let name = if vm.heap.kind_of(function_value) == Some(ObjKind::Function) {
                    let qualname = function::field(vm, function_value, function::QUALNAME);
                    String::from(pystr::text(vm, qualname))
                } else {
                    String::from("?")
                };
                let _ = write!(out, "<bound method {name} of ");
                write_repr(vm, receiver, out)?;
                out.push('>');
            }
        }
        ObjKind::Class => {
            // A metaclass may define how its classes print.
            let metaclass = objects::class::field(vm, value, objects::class::METACLASS);
            if objects::class::is_class(vm, metaclass) {
                if let Some(method) = objects::class::lookup_user(vm, metaclass, qstr::DUNDER_REPR)?
                {
                    return call_text_method(vm, method, value, "__repr__", out);
                }
            }
            let name = ops::types::class_name(vm, value);
            let dict_value = objects::class::field(vm, value, objects::class::DICT);
            let module = dict::get(vm, dict_value, Value::from_qstr(qstr::DUNDER_MODULE))?;
            match module.and_then(|m| pystr::as_text(vm, m).map(String::from)) {
                Some(module) if module != "builtins" => {
                    let qualname = objects::class::field(vm, value, objects::class::QUALNAME);
                    let _ = write!(
                        out,
                        "<class '{}.{}'>",
                        module,
                        pystr::as_text(vm, qualname).unwrap_or(&name)
                    );
                }
                _ => {
                    let _ = write!(out, "<class '{name}'>");
                }
            }
        }
        ObjKind::Instance | ObjKind::Exception => {
            let class = ops::types::type_of(vm, value);
            if objects::class::is_class(vm, class) {
                if let Some(method) = objects::class::lookup_user(vm, class, qstr::DUNDER_REPR)? {
                    return call_text_method(vm, method, value, "__repr__", out);
                }
            }
            if kind == ObjKind::Exception {
                out.push_str(&ops::types::class_name(vm, class));
                let args = exception::field(vm, value, exception::ARGS);
                if args.is_heap() && tuple::len(vm, args) == 1 {
                    out.push('(');
                    let arg = tuple::item(vm, args, 0);
                    write_repr(vm, arg, out)?;
                    out.push(')');
                } else if args.is_heap() {
                    write_repr(vm, args, out)?;
                } else {
                    out.push_str("()");
                }
                return Ok(());
            }
            let native = ops::arith::unwrap_native(vm, value);
            if vm.heap.kind_of(native) == Some(ObjKind::Deque) {
                // CPython names the subclass: `D([1, 2])`.
                let name = ops::types::class_name(vm, class);
                return write_deque(vm, native, &name, out);
            }
            if native != value {
                return write_repr(vm, native, out);
            }
            if !objects::class::is_class(vm, class) {
                // `object()` itself: an instance of a builtin type.
                let name = ops::types::type_name(vm, value);
                let _ = write!(out, "<{} object at {:#x}>", name, address(value));
                return Ok(());
            }
            let module = module_of_class(vm, class)?;
            let qualname = objects::class::field(vm, class, objects::class::QUALNAME);
            let name = String::from(pystr::as_text(vm, qualname).unwrap_or("?"));
            let _ = write!(out, "<{}.{} object at {:#x}>", module, name, address(value));
        }
        ObjKind::Super => {
            // `<super: <class 'A'>, <B object>>`, B the receiver's type (or
            // the receiver itself when it is a class).
            let start_class = vm.heap.value(value.heap_index_unchecked(), 0);
            let receiver = vm.heap.value(value.heap_index_unchecked(), 1);
            // CPython names the classes without their module here.
            let _ = write!(
                out,
                "<super: <class '{}'>",
                ops::types::class_name(vm, start_class)
            );
            let receiver_class = if ops::types::is_type(vm, receiver) {
                receiver
            } else {
                ops::types::type_of(vm, receiver)
            };
            let _ = write!(
                out,
                ", <{} object>>",
                ops::types::class_name(vm, receiver_class)
            );
        }
        ObjKind::Module => {
            let name = objects::module::name(vm, value);
            let name = String::from(pystr::text(vm, name));
            let globals = objects::module::dict(vm, value);
            match dict::get(vm, globals, Value::from_qstr(qstr::DUNDER_FILE))? {
                Some(file) if pystr::is_str(&vm.heap, file) => {
                    let _ = write!(out, "<module '{}' from '{}'>", name, pystr::text(vm, file));
                }
                _ => {
                    let _ = write!(out, "<module '{name}' (built-in)>");
                }
            }
        }
        ObjKind::Generator => {
            let function_value = objects::generator::field(vm, value, objects::generator::FUNCTION);
            let qualname = function::field(vm, function_value, function::QUALNAME);
            let kind_name = ops::types::type_name(vm, value);
            let _ = write!(
                out,
                "<{} object {} at {:#x}>",
                kind_name,
                pystr::text(vm, qualname),
                address(value)
            );
        }
        ObjKind::Iterator => {
            let view = match iterator::kind(vm, value) {
                IterKind::KeysView => Some(("dict_keys", 0)),
                IterKind::ValuesView => Some(("dict_values", 1)),
                IterKind::ItemsView => Some(("dict_items", 2)),
                _ => None,
            };
            match view {
                Some((name, which)) => {
                    let source = iterator::state(vm, value, 1);
                    let _ = write!(out, "{name}([");
                    let mut first = true;
                    let mut i = 0;
                    while i < dict::used(vm, source) {
                        if let Some((key, item)) = dict::entry(vm, source, i) {
                            if !first {
                                out.push_str(", ");
                            }
                            first = false;
                            match which {
                                0 => write_repr(vm, key, out)?,
                                1 => write_repr(vm, item, out)?,
                                _ => {
                                    out.push('(');
                                    write_repr(vm, key, out)?;
                                    out.push_str(", ");
                                    write_repr(vm, item, out)?;
                                    out.push(')');
                                }
                            }
                        }
                        i += 1;
                    }
                    out.push_str("])");
                }
                None => {
                    let name = ops::types::type_name(vm, value);
                    let _ = write!(out, "<{} object at {:#x}>", name, address(value));
                }
            }
        }
        ObjKind::Stream => out.push_str(&crate::modules::stdio::repr(vm, value)),
        ObjKind::RingIo => out.push_str("<RingIO>"),
        _ => {
            let name = ops::types::type_name(vm, value);
            let _ = write!(out, "<{} object at {:#x}>", name, address(value));
        }
    }
    Ok(())
}

fn module_of_class(vm: &mut Vm, class: Value) -> PyResult<String> {
    let dict_value = objects::class::field(vm, class, objects::class::DICT);
    let module = dict::get(vm, dict_value, Value::from_qstr(qstr::DUNDER_MODULE))?;
    Ok(module
        .and_then(|m| pystr::as_text(vm, m).map(String::from))
        .unwrap_or_else(|| String::from("__main__")))
}

/// `deque([1, 2])`, `deque([1], maxlen=3)`; a deque inside itself is
/// `[...]`, as CPython prints it.
fn write_deque(vm: &mut Vm, value: Value, name: &str, out: &mut String) -> PyResult<()> {
    if vm.repr_stack.contains(&value) {
        out.push_str("[...]");
        return Ok(());
    }
    vm.repr_stack.push(value);
    out.push_str(name);
    out.push_str("([");
    let result = vm.nested(|vm| {
        let mut i = 0;
        while i < objects::deque::len(vm, value) {
            if i > 0 {
                out.push_str(", ");
            }
            let item = objects::deque::item(vm, value, i);
            write_repr(vm, item, out)?;
            i += 1;
        }
        Ok(())
    });
    vm.repr_stack.pop();
    result?;
    out.push(']');
    if let Some(bound) = objects::deque::maxlen(vm, value) {
        out.push_str(&alloc::format!(", maxlen={bound}"));
    }
    out.push(')');
    Ok(())
}

fn write_container(vm: &mut Vm, value: Value, kind: ObjKind, out: &mut String) -> PyResult<()> {
    if vm.repr_stack.contains(&value) {
        out.push_str(match kind {
            ObjKind::List => "[...]",
            ObjKind::Dict => "{...}",
            ObjKind::Tuple => "(...)",
            _ => "{...}",
        });
        return Ok(());
    }
    vm.repr_stack.push(value);
    let result = vm.nested(|vm| write_container_items(vm, value, kind, out));
    vm.repr_stack.pop();
    result
}

fn write_container_items(
    vm: &mut Vm,
    value: Value,
    kind: ObjKind,
    out: &mut String,
) -> PyResult<()> {
    match kind {
        ObjKind::List | ObjKind::Tuple => {
            out.push(if kind == ObjKind::List { '[' } else { '(' });
            let mut i = 0;
            while i < ops::sequence::len_of(vm, value) {
                if i > 0 {
                    out.push_str(", ");
                }
                let item = ops::sequence::item_of(vm, value, i);
                write_repr(vm, item, out)?;
                i += 1;
            }
            if kind == ObjKind::Tuple && i == 1 {
                out.push(',');
            }
            out.push(if kind == ObjKind::List { ']' } else { ')' });
        }
        ObjKind::Dict => {
            out.push('{');
            let mut first = true;
            let mut i = 0;
            while i < dict::used(vm, value) {
                if let Some((key, item)) = dict::entry(vm, value, i) {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    write_repr(vm, key, out)?;
                    out.push_str(": ");
                    write_repr(vm, item, out)?;
                }
                i += 1;
            }
            out.push('}');
        }
        _ => {
            let frozen = kind == ObjKind::FrozenSet;
            if dict::len(vm, value) == 0 {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
                return Ok(());
            }
            if frozen {
                out.push_str("frozenset(");
            }
            out.push('{');
            let mut first = true;
            let mut i = 0;
            while i < dict::used(vm, value) {
                if let Some((key, _)) = dict::entry(vm, value, i) {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    write_repr(vm, key, out)?;
                }
                i += 1;
            }
            out.push('}');
            if frozen {
                out.push(')');
            }
        }
    }
    Ok(())
}

/// A complex number as CPython prints it: `2j`, `(1+2j)`, `(1-0j)`.
fn write_complex(real: f64, imag: f64, out: &mut String) {
    let part = |x: f64| {
        let text = crate::format::float_repr(x);
        match text.strip_suffix(".0") {
            Some(short) => String::from(short),
            None => text,
        }
    };
    if real == 0.0 && libm::copysign(1.0, real) > 0.0 {
        let _ = write!(out, "{}j", part(imag));
    } else {
        let imag_text = part(imag);
        let sign = if imag_text.starts_with('-') || imag.is_nan() && imag_text.starts_with('-') {
            ""
        } else {
            "+"
        };
        let _ = write!(out, "({}{}{}j)", part(real), sign, imag_text);
    }
}

/// The repr of str Value `value`, with or without surrogates. The repr
/// escapes every surrogate (`'\\ud800'`), so it is always UTF-8 text.
pub fn write_any_str_repr(vm: &Vm, value: Value, out: &mut String) {
    if !pystr::has_surrogates(&vm.heap, value) {
        write_str_repr(pystr::text(vm, value), out);
        return;
    }
    let data = pystr::bytes(vm, value);
    let quote = repr_quote(data);
    out.push(quote);
    for code in crate::objects::wtf8::code_points(data) {
        match char::from_u32(code) {
            Some(c) => write_repr_char(c, quote, out),
            None => {
                let _ = write!(out, "\\u{code:04x}");
            }
        }
    }
    out.push(quote);
}

/// The quote CPython's repr puts around text: `"` only when the text
/// holds `'` and no `"`.
fn repr_quote(text: &[u8]) -> char {
    if text.contains(&b'\'') && !text.contains(&b'"') {
        '"'
    } else {
        '\''
    }
}

/// A str literal for `text`, choosing quotes as CPython does.
pub fn write_str_repr(text: &str, out: &mut String) {
    let quote = repr_quote(text.as_bytes());
    out.push(quote);
    for c in text.chars() {
        write_repr_char(c, quote, out);
    }
    out.push(quote);
}

/// One character of a str literal inside `quote`s.
#[inline]
fn write_repr_char(c: char, quote: char, out: &mut String) {
    {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (0x80..0xa0).contains(&(c as u32)) || c as u32 == 0xad => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_unprintable(c) => {
                if (c as u32) < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                } else {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
            c => out.push(c),
        }
    }
}

/// Characters CPython's repr escapes beyond Latin-1 controls: separators,
/// format characters and surrogates/private use we can recognise without a
/// Unicode database.
fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    matches!(n,
        0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff
        | 0xe000..=0xf8ff | 0xfff0..=0xfffb | 0xe0000..=0xe007f)
        || (0xf0000..=0x10ffff).contains(&n)
}

/// A bytes literal: `b'...'` with escapes.
pub fn write_bytes_repr(data: &[u8], out: &mut String) {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == quote => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(quote);
}

/// `array('h', [1, 2])`, or `array('h')` when empty.
fn write_array_repr(vm: &mut Vm, value: Value, out: &mut String) -> PyResult<()> {
    use crate::objects::array;
    let _ = write!(out, "array('{}'", array::typecode(vm, value) as char);
    let len = array::len(vm, value);
    if len > 0 {
        out.push_str(", [");
        for i in 0..len {
            if i > 0 {
                out.push_str(", ");
            }
            let item = array::item(vm, value, i)?;
            write_repr(vm, item, out)?;
        }
        out.push(']');
    }
    out.push(')');
    Ok(())
}
