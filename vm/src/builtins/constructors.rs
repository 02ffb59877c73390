//! Calling a builtin type: `int("5", 16)`, `list(x)`, `dict(a=1)`,
//! `range(3)`, `ValueError("bad")`, ...

use super::args::{check, parse};
use super::build_class::create_class;
use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::Args;
use crate::objects::iterator::{self, IterKind};
use crate::objects::{
    self, bytes, complex, dict, exception, float, int, list, property, range, str as pystr, tuple,
};
use crate::ops;
use crate::qstr;
use crate::types::{self, TypeId};
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// `T(*args, **kwargs)` for a builtin type T.
pub fn construct(vm: &mut Vm, id: TypeId, args: Args) -> PyResult {
    let args = &args;
    if types::is_subtype(id, types::OS_ERROR) && args.keyword_count(vm) == 0 {
        return super::os_error::construct(vm, id, args.base, args.count);
    }
    if types::is_exception_type(id) {
        let made = tuple::from_stack(vm, args.base, args.count).and_then(|arguments| {
            vm.push_root(arguments);
            let made = exception::new(vm, Value::from_builtin_type(id), arguments);
            vm.pop_roots(1);
            made
        });
        if made.is_err() && args.keyword_count(vm) == 0 {
            // No memory for it (the heap is locked): the emergency instance.
            let given: Vec<Value> = (0..args.count).map(|i| args.get(vm, i)).collect();
            if let Some(error) = super::emergency_exception::take(vm, id, &given) {
                vm.take_exception();
                return Ok(error);
            }
        }
        return made;
    }
    match id {
        types::OBJECT => {
            check(vm, args, "object", 0, 0)?;
            objects::instance::new(vm, Value::from_builtin_type(types::OBJECT))
        }
        types::TYPE => construct_type(vm, args),
        types::FUNCTION => construct_function(vm, args),
        types::INT => construct_int(vm, args),
        types::BOOL => {
            check(vm, args, "bool", 0, 1)?;
            match args.get_opt(vm, 0) {
                Some(value) => ops::truth::truthy(vm, value).map(Value::from_bool),
                None => Ok(Value::FALSE),
            }
        }
        types::FLOAT => construct_float(vm, args),
        types::COMPLEX => construct_complex(vm, args),
        types::STR => construct_str(vm, args),
        types::BYTES | types::BYTEARRAY => construct_bytes(vm, args, id == types::BYTEARRAY),
        types::ARRAY => super::array_methods::construct(vm, args),
        types::MEMORYVIEW => super::memoryview_methods::construct(vm, args),
        types::LIST => {
            check(vm, args, "list", 0, 1)?;
            match args.get_opt(vm, 0) {
                None => list::new(vm, &[]),
                Some(iterable) => {
                    let mark = vm.root_mark();
                    let result = ops::iter::collect_rooted(vm, iterable)
                        .and_then(|items| list::new(vm, &items));
                    vm.truncate_roots(mark);
                    result
                }
            }
        }
        types::TUPLE => {
            check(vm, args, "tuple", 0, 1)?;
            match args.get_opt(vm, 0) {
                None => tuple::new(vm, &[]),
                Some(iterable) if vm.heap.kind_of(iterable) == Some(ObjKind::Tuple) => Ok(iterable),
                Some(iterable) => {
                    let mark = vm.root_mark();
                    let result = ops::iter::collect_rooted(vm, iterable)
                        .and_then(|items| tuple::new(vm, &items));
                    vm.truncate_roots(mark);
                    result
                }
            }
        }
        types::DICT => construct_dict(vm, args),
        types::SET | types::FROZENSET => {
            let name = if id == types::SET { "set" } else { "frozenset" };
            check(vm, args, name, 0, 1)?;
            let kind = if id == types::SET {
                ObjKind::Set
            } else {
                ObjKind::FrozenSet
            };
            let set = dict::new_table(vm, kind, 0)?;
            if let Some(iterable) = args.get_opt(vm, 0) {
                vm.push_root(set);
                let result = ops::set::update(vm, set, iterable);
                vm.pop_roots(1);
                result?;
            }
            Ok(set)
        }
        types::RANGE => construct_range(vm, args),
        types::DEQUE => super::deque_methods::construct(vm, args),
        types::RINGIO => super::ringio_methods::construct(vm, args),
        types::SLICE => {
            check(vm, args, "slice", 1, 3)?;
            let values: Vec<Value> = (0..args.count).map(|i| args.get(vm, i)).collect();
            match values.len() {
                1 => objects::slice::new(vm, Value::NONE, values[0], Value::NONE),
                2 => objects::slice::new(vm, values[0], values[1], Value::NONE),
                _ => objects::slice::new(vm, values[0], values[1], values[2]),
            }
        }
        types::ENUMERATE => {
            let [iterable, start] = parse(vm, args, "enumerate", ["iterable", "start"], 1)?;
            let start = if start.is_unbound() {
                Value::small_int(0)
            } else {
                start
            };
            if !int::is_int(vm, start) {
                let message = format!(
                    "'{}' object cannot be interpreted as an integer",
                    ops::types::type_name(vm, start)
                );
                return Err(vm.raise_type_error(&message));
            }
            let inner = ops::iter::get_iter(vm, iterable)?;
            vm.push_root(inner);
            let made = iterator::new(vm, IterKind::Enumerate, inner, start, Value::NONE);
            vm.pop_roots(1);
            made
        }
        types::ZIP => {
            let strict = match args.keyword(vm, "strict") {
                Some(value) => ops::truth::truthy(vm, value)?,
                None => false,
            };
            let iterators = iterators_of(vm, args, 0)?;
            vm.push_root(iterators);
            let made = iterator::new(
                vm,
                IterKind::Zip,
                iterators,
                Value::from_bool(strict),
                Value::NONE,
            );
            vm.pop_roots(1);
            made
        }
        types::MAP => {
            if args.count < 2 {
                return Err(vm.raise_type_error("map() must have at least two arguments."));
            }
            let function = args.get(vm, 0);
            let iterators = iterators_of(vm, args, 1)?;
            vm.push_root(iterators);
            let made = iterator::new(vm, IterKind::Map, function, iterators, Value::NONE);
            vm.pop_roots(1);
            made
        }
        types::FILTER => {
            check(vm, args, "filter", 2, 2)?;
            let function = args.get(vm, 0);
            let iterable = args.get(vm, 1);
            let inner = ops::iter::get_iter(vm, iterable)?;
            vm.push_root(inner);
            let made = iterator::new(vm, IterKind::Filter, function, inner, Value::NONE);
            vm.pop_roots(1);
            made
        }
        types::REVERSED => construct_reversed(vm, args),
        types::PROPERTY => {
            let [getter, setter, deleter, doc] =
                parse(vm, args, "property", ["fget", "fset", "fdel", "doc"], 0)?;
            let or_none = |v: Value| if v.is_unbound() { Value::NONE } else { v };
            property::new_property(
                vm,
                or_none(getter),
                or_none(setter),
                or_none(deleter),
                or_none(doc),
            )
        }
        types::STATICMETHOD | types::CLASSMETHOD => {
            check(vm, args, types::name(id), 1, 1)?;
            let callable = args.get(vm, 0);
            let kind = if id == types::STATICMETHOD {
                ObjKind::StaticMethod
            } else {
                ObjKind::ClassMethod
            };
            property::new_wrapper(vm, kind, callable)
        }
        types::SUPER => construct_super(vm, args),
        types::NONE_TYPE | types::NOT_IMPLEMENTED_TYPE | types::ELLIPSIS_TYPE => {
            // Calling the type of a singleton gives the singleton.
            if args.count + crate::interp::bind::keyword_count(vm, args) > 0 {
                let name = if id == types::ELLIPSIS_TYPE {
                    "EllipsisType"
                } else {
                    types::name(id)
                };
                let message = format!("{} takes no arguments", name);
                return Err(vm.raise_type_error(&message));
            }
            Ok(match id {
                types::NONE_TYPE => Value::NONE,
                types::NOT_IMPLEMENTED_TYPE => Value::NOT_IMPLEMENTED,
                _ => Value::ELLIPSIS,
            })
        }
        _ => {
            let message = format!("cannot create '{}' instances", types::name(id));
            Err(vm.raise_type_error(&message))
        }
    }
}

/// A tuple of iterators over positional arguments `from..`.
fn iterators_of(vm: &mut Vm, args: &Args, from: usize) -> PyResult {
    let mark = vm.root_mark();
    let result = (|| {
        let mut iterators = Vec::with_capacity(args.count.saturating_sub(from));
        for i in from..args.count {
            let iterable = args.get(vm, i);
            let inner = ops::iter::get_iter(vm, iterable)?;
            vm.push_root(inner);
            iterators.push(inner);
        }
        tuple::new(vm, &iterators)
    })();
    vm.truncate_roots(mark);
    result
}

fn construct_type(vm: &mut Vm, args: &Args) -> PyResult {
    match args.count {
        1 => {
            let value = args.get(vm, 0);
            Ok(ops::types::type_of(vm, value))
        }
        3 => {
            let (name, bases, namespace) = (args.get(vm, 0), args.get(vm, 1), args.get(vm, 2));
            // A dict subclass (an OrderedDict) is as good as a dict; the
            // class gets a plain copy either way.
            let namespace = ops::arith::unwrap_native(vm, namespace);
            if !pystr::is_str(&vm.heap, name)
                || vm.heap.kind_of(bases) != Some(ObjKind::Tuple)
                || vm.heap.kind_of(namespace) != Some(ObjKind::Dict)
            {
                return Err(
                    vm.raise_type_error("type.__new__() argument types must be (str, tuple, dict)")
                );
            }
            let copy = dict::copy(vm, namespace, ObjKind::Dict)?;
            vm.push_root(copy);
            let result = create_class(vm, name, bases, copy, Value::from_builtin_type(types::TYPE));
            vm.pop_roots(1);
            result
        }
        _ => Err(vm.raise_type_error("type() takes 1 or 3 arguments")),
    }
}

fn construct_int(vm: &mut Vm, args: &Args) -> PyResult {
    let [value, base] = parse(vm, args, "int", ["x", "base"], 0)?;
    if value.is_unbound() {
        if !base.is_unbound() {
            return Err(vm.raise_type_error("int() missing string argument"));
        }
        return Ok(Value::small_int(0));
    }
    if !base.is_unbound() {
        let radix = ops::convert::index_isize(vm, base)?;
        if radix != 0 && !(2..=36).contains(&radix) {
            return Err(vm.raise_value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = if pystr::is_str(&vm.heap, value) {
            pystr::lossy_text(vm, value)
        } else if bytes::is_bytes_like(vm, value) {
            String::from_utf8_lossy(bytes::data(vm, value)).into_owned()
        } else {
            return Err(vm.raise_type_error("int() can't convert non-string with explicit base"));
        };
        return parse_int_text(vm, &text, radix as u32, value);
    }
    if int::is_int(vm, value) {
        return if value.is_bool() {
            Ok(Value::small_int((value == Value::TRUE) as isize))
        } else {
            Ok(value)
        };
    }
    if float::is_float(vm, value) {
        let x = float::value(vm, value);
        if x.is_nan() {
            return Err(vm.raise_value_error("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(vm.raise_overflow_error("cannot convert float infinity to integer"));
        }
        let truncated = libm::trunc(x);
        if truncated.abs() < 9.0e15 {
            return int::from_i64(vm, truncated as i64);
        }
        return match crate::int::BigInt::from_f64(truncated) {
            Some(big) => int::from_bigint(vm, &big),
            None => Err(vm.raise_overflow_error("cannot convert float infinity to integer")),
        };
    }
    if pystr::is_str(&vm.heap, value) {
        let text = pystr::lossy_text(vm, value);
        return parse_int_text(vm, &text, 10, value);
    }
    if crate::buffer::is_buffer(vm, value) {
        let text = String::from_utf8_lossy(crate::buffer::data(vm, value)).into_owned();
        return parse_int_text(vm, &text, 10, value);
    }
    if vm.heap.kind_of(value) == Some(ObjKind::Instance) {
        let class_value = objects::instance::class(vm, value);
        for name in [qstr::DUNDER_INT, qstr::DUNDER_INDEX] {
            if let Some(method) = objects::class::lookup_user(vm, class_value, name)? {
                let result = vm.call(method, &[value])?;
                if int::is_int(vm, result) {
                    return Ok(result);
                }
                let message = format!(
                    "__int__ returned non-int (type {})",
                    ops::types::type_name(vm, result)
                );
                return Err(vm.raise_type_error(&message));
            }
        }
        let native = ops::arith::unwrap_native(vm, value);
        if native != value {
            let top = vm.stack.len();
            vm.stack.push(native);
            let inner = Args {
                base: top,
                count: 1,
                kwnames: Value::UNBOUND,
            };
            let result = construct_int(vm, &inner);
            vm.stack.truncate(top);
            return result;
        }
    }
    let message = format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

/// `int(text, base)` with Python's rules for whitespace, signs,
/// underscores and prefixes.
fn parse_int_text(vm: &mut Vm, text: &str, radix: u32, original: Value) -> PyResult {
    match crate::int::parse_python_int(text, radix) {
        Some(n) => int::from_bigint(vm, &n),
        None => {
            let mut shown = String::new();
            ops::repr::write_repr(vm, original, &mut shown)?;
            let message = format!("invalid literal for int() with base {}: {}", radix, shown);
            Err(vm.raise_value_error(&message))
        }
    }
}

fn construct_float(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "float", 0, 1)?;
    let Some(value) = args.get_opt(vm, 0) else {
        return float::new(vm, 0.0);
    };
    if float::is_float(vm, value) {
        return Ok(value);
    }
    if pystr::is_str(&vm.heap, value) {
        let text = pystr::lossy_text(vm, value);
        return match crate::format::parse_float(&text) {
            Some(x) => float::new(vm, x),
            None => {
                let mut shown = String::new();
                ops::repr::write_repr(vm, value, &mut shown)?;
                let message = format!("could not convert string to float: {shown}");
                Err(vm.raise_value_error(&message))
            }
        };
    }
    if crate::buffer::is_buffer(vm, value) {
        let text = String::from_utf8_lossy(crate::buffer::data(vm, value)).into_owned();
        return match crate::format::parse_float(&text) {
            Some(x) => float::new(vm, x),
            None => Err(vm.raise_value_error("could not convert string to float")),
        };
    }
    if int::is_int(vm, value) {
        let x = ops::convert::number_to_f64(vm, value)?;
        return float::new(vm, x);
    }
    if vm.heap.kind_of(value) == Some(ObjKind::Instance) {
        // A __float__ of the wrong type keeps its own message.
        let class = crate::objects::instance::class(vm, value);
        let has_float =
            crate::objects::class::lookup_user(vm, class, qstr::DUNDER_FLOAT)?.is_some();
        let x = ops::convert::number_to_f64(vm, value).map_err(|raised| {
            if vm.exception_matches(types::TYPE_ERROR) && !has_float {
                vm.take_exception();
                let message = format!(
                    "float() argument must be a string or a real number, not '{}'",
                    ops::types::type_name(vm, value)
                );
                vm.raise_type_error(&message)
            } else {
                raised
            }
        })?;
        return float::new(vm, x);
    }
    let message = format!(
        "float() argument must be a string or a real number, not '{}'",
        ops::types::type_name(vm, value)
    );
    Err(vm.raise_type_error(&message))
}

fn construct_complex(vm: &mut Vm, args: &Args) -> PyResult {
    let [real, imag] = parse(vm, args, "complex", ["real", "imag"], 0)?;
    let parts = |vm: &mut Vm, value: Value| -> PyResult<(f64, f64)> {
        if value.is_unbound() {
            return Ok((0.0, 0.0));
        }
        ops::convert::number_to_complex(vm, value)
    };
    if pystr::is_str(&vm.heap, real) {
        let text = pystr::lossy_text(vm, real);
        return match parse_complex(&text) {
            Some((r, i)) => complex::new(vm, r, i),
            None => Err(vm.raise_value_error("complex() arg is a malformed string")),
        };
    }
    let (rr, ri) = parts(vm, real)?;
    let (ir, ii) = parts(vm, imag)?;
    // As CPython: only a complex argument mixes into the other part, so
    // complex(0.0, -0.0) keeps its negative zero.
    let is_complex = |vm: &Vm, v: Value| vm.heap.kind_of(v) == Some(ObjKind::Complex);
    let real_part = if is_complex(vm, imag) { rr - ii } else { rr };
    let imag_part = if is_complex(vm, real) && !imag.is_unbound() {
        ir + ri
    } else if imag.is_unbound() {
        ri
    } else {
        ir
    };
    complex::new(vm, real_part, imag_part)
}

/// `complex("1+2j")`.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let text = text.trim();
    let text = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(text)
        .trim();
    if let Some(body) = text.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last sign
        // not following an exponent marker.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let imaginary = |t: &str| -> Option<f64> {
            match t {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => crate::format::parse_float(t),
            }
        };
        return match split {
            Some(i) => Some((
                crate::format::parse_float(&body[..i])?,
                imaginary(&body[i..])?,
            )),
            None => Some((0.0, imaginary(body)?)),
        };
    }
    Some((crate::format::parse_float(text)?, 0.0))
}

fn construct_str(vm: &mut Vm, args: &Args) -> PyResult {
    let [value, encoding, errors] = parse(vm, args, "str", ["object", "encoding", "errors"], 0)?;
    if value.is_unbound() {
        return Ok(Value::from_qstr(qstr::EMPTY));
    }
    if encoding.is_unbound() && errors.is_unbound() {
        return ops::repr::str(vm, value);
    }
    if !crate::buffer::is_buffer(vm, value) {
        let message = format!(
            "decoding to str: need a bytes-like object, {} found",
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    }
    decode_bytes(vm, value, encoding, errors)
}

/// `bytes.decode(encoding, errors)`: UTF-8, ASCII and Latin-1 (shared
/// with the bytes methods).
pub fn decode_bytes(vm: &mut Vm, value: Value, encoding: Value, errors: Value) -> PyResult {
    let encoding = if encoding.is_unbound() {
        String::from("utf-8")
    } else {
        pystr::require_utf8(vm, encoding)?;
        String::from(pystr::text(vm, encoding))
            .to_ascii_lowercase()
            .replace('_', "-")
    };
    let errors = if errors.is_unbound() {
        String::from("strict")
    } else {
        pystr::require_utf8(vm, errors)?;
        String::from(pystr::text(vm, errors))
    };
    let data: Vec<u8> = crate::buffer::data(vm, value).to_vec();
    let text = super::bytes_methods::decode_data(vm, &data, &encoding, &errors)?;
    pystr::from_wtf8(vm, &text)
}

/// `str.encode(encoding)` (shared with the str methods).
pub fn encode_text(vm: &mut Vm, text: &str, encoding: &str) -> PyResult<Vec<u8>> {
    let encoding = encoding.to_ascii_lowercase().replace('_', "-");
    super::str_methods::encode_str(vm, text, &encoding, "strict")
}

fn construct_bytes(vm: &mut Vm, args: &Args, mutable: bool) -> PyResult {
    let name = if mutable { "bytearray" } else { "bytes" };
    let [source, encoding, errors] = parse(vm, args, name, ["source", "encoding", "errors"], 0)?;
    for (argument, what) in [(encoding, "encoding"), (errors, "errors")] {
        if !argument.is_unbound() && !pystr::is_str(&vm.heap, argument) {
            let message = format!(
                "{}() argument '{}' must be str, not {}",
                name,
                what,
                ops::types::type_name(vm, argument)
            );
            return Err(vm.raise_type_error(&message));
        }
        if !argument.is_unbound() && !pystr::is_str(&vm.heap, source) {
            let message = format!("{what} without a string argument");
            return Err(vm.raise_type_error(&message));
        }
    }
    let data: Vec<u8> = if source.is_unbound() {
        Vec::new()
    } else if pystr::is_str(&vm.heap, source) {
        if encoding.is_unbound() {
            return Err(vm.raise_type_error("string argument without an encoding"));
        }
        pystr::require_utf8(vm, encoding)?;
        let encoding = pystr::text(vm, encoding)
            .to_ascii_lowercase()
            .replace('_', "-");
        let errors = if errors.is_unbound() {
            String::from("strict")
        } else {
            pystr::require_utf8(vm, errors)?;
            String::from(pystr::text(vm, errors))
        };
        super::str_methods::encode_value(vm, source, &encoding, &errors)?
    } else if int::is_int(vm, source)
        || (vm.heap.kind_of(source) == Some(ObjKind::Instance)
            && ops::convert::is_index(vm, source)?)
    {
        // A count too big for an index is an OverflowError here (an
        // IndexError when subscripting).
        let n = ops::convert::index_isize(vm, source).map_err(|raised| {
            if vm.exception_matches(types::INDEX_ERROR) {
                vm.take_exception();
                vm.raise_msg(
                    types::OVERFLOW_ERROR,
                    "cannot fit 'int' into an index-sized integer",
                )
            } else {
                raised
            }
        })?;
        if n < 0 {
            return Err(vm.raise_value_error("negative count"));
        }
        if n as usize > vm.heap.bytes_total() {
            return Err(vm.raise_memory_error());
        }
        alloc::vec![0u8; n as usize]
    } else if objects::memoryview::is_memoryview(vm, ops::arith::unwrap_native(vm, source))
        && !crate::buffer::is_buffer(vm, source)
    {
        return Err(crate::buffer::released_error(vm));
    } else {
        let values = ops::subscript::byte_values(vm, source);
        // bytes() words the range error in the plural, bytearray() not.
        if values.is_err() && !mutable && vm.exception_matches(types::VALUE_ERROR) {
            vm.take_exception();
            return Err(vm.raise_value_error("bytes must be in range(0, 256)"));
        }
        values?
    };
    if mutable {
        bytes::new_bytearray(vm, &data)
    } else {
        bytes::new(vm, &data)
    }
}

fn construct_dict(vm: &mut Vm, args: &Args) -> PyResult {
    super::args::check_count(vm, args, "dict", 0, 1)?;
    let table = dict::new(vm)?;
    vm.push_root(table);
    let result = (|| {
        if let Some(source) = args.get_opt(vm, 0) {
            fill_dict(vm, table, source)?;
        }
        for k in 0..args.keyword_count(vm) {
            let (name, value) = args.keyword_at(vm, k);
            dict::set(vm, table, name, value)?;
        }
        Ok(table)
    })();
    vm.pop_roots(1);
    result
}

/// Fill a dict from a mapping or an iterable of pairs (`dict(x)`,
/// `d.update(x)`).
pub fn fill_dict(vm: &mut Vm, table: Value, source: Value) -> PyResult<()> {
    let is_mapping = vm.heap.kind_of(source) == Some(ObjKind::Dict)
        || ops::attr::lookup_attr(vm, source, qstr::KEYS)?.is_some();
    if is_mapping {
        return ops::mapping::update(vm, table, source, false);
    }
    let mark = vm.root_mark();
    let result = (|| {
        let items = ops::iter::collect_rooted(vm, source)?;
        for (index, item) in items.into_iter().enumerate() {
            let pair = ops::iter::collect_rooted(vm, item).map_err(|raised| {
                if vm.exception_matches(types::TYPE_ERROR) {
                    vm.take_exception();
                    let message = format!(
                        "cannot convert dictionary update sequence element #{index} to a sequence"
                    );
                    vm.raise_type_error(&message)
                } else {
                    raised
                }
            })?;
            if pair.len() != 2 {
                let message = format!(
                    "dictionary update sequence element #{} has length {}; 2 is required",
                    index,
                    pair.len()
                );
                return Err(vm.raise_value_error(&message));
            }
            dict::set(vm, table, pair[0], pair[1])?;
        }
        Ok(())
    })();
    vm.truncate_roots(mark);
    result
}

fn construct_range(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "range", 1, 3)?;
    let mark = vm.root_mark();
    let result = (|| {
        let mut bounds = [Value::small_int(0); 3];
        for (i, bound) in bounds.iter_mut().enumerate().take(args.count) {
            let value = args.get(vm, i);
            *bound = ops::convert::index_value(vm, value)?;
            vm.push_root(*bound);
        }
        let (start, stop, step) = match args.count {
            1 => (Value::small_int(0), bounds[0], Value::small_int(1)),
            2 => (bounds[0], bounds[1], Value::small_int(1)),
            _ => (bounds[0], bounds[1], bounds[2]),
        };
        if int::sign(vm, step) == 0 {
            return Err(vm.raise_value_error("range() arg 3 must not be zero"));
        }
        range::new_values(vm, start, stop, step)
    })();
    vm.truncate_roots(mark);
    result
}

fn construct_reversed(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "reversed", 1, 1)?;
    let sequence = args.get(vm, 0);
    // An interned str is an immediate, not a heap object.
    let kind = if sequence.as_qstr().is_some() {
        Some(ObjKind::Str)
    } else {
        vm.heap.kind_of(sequence)
    };
    match kind {
        Some(
            ObjKind::List
            | ObjKind::Tuple
            | ObjKind::Bytes
            | ObjKind::ByteArray
            | ObjKind::Str
            | ObjKind::SurrogateStr
            | ObjKind::Deque,
        ) => {
            let len = ops::len::len(vm, sequence)?;
            iterator::new(
                vm,
                IterKind::SeqReverse,
                sequence,
                Value::small_int(len as isize),
                Value::NONE,
            )
        }
        Some(ObjKind::Range) => {
            let Some((start, stop, step)) = range::small_bounds(vm, sequence) else {
                return reversed_big_range(vm, sequence);
            };
            let count = range::length(start, stop, step);
            let last = start + (count as isize - 1) * step;
            iterator::new(
                vm,
                IterKind::Range,
                Value::small_int(if count == 0 { start } else { last }),
                Value::small_int(-step),
                Value::small_int(count as isize),
            )
        }
        Some(ObjKind::Array | ObjKind::MemoryView) => {
            // Items are made on the way (unboxed storage): a reversed list.
            let mark = vm.root_mark();
            let result = (|| {
                let mut items = ops::iter::collect_rooted(vm, sequence)?;
                items.reverse();
                let reversed_items = list::new(vm, &items)?;
                vm.push_root(reversed_items);
                iterator::new(
                    vm,
                    IterKind::SeqForward,
                    reversed_items,
                    Value::small_int(0),
                    Value::NONE,
                )
            })();
            vm.truncate_roots(mark);
            result
        }
        Some(ObjKind::Dict) => {
            let keys: Vec<Value> = (0..dict::used(vm, sequence))
                .rev()
                .filter_map(|i| dict::entry(vm, sequence, i).map(|(k, _)| k))
                .collect();
            let reversed_keys = list::new(vm, &keys)?;
            vm.push_root(reversed_keys);
            let made = iterator::new(
                vm,
                IterKind::SeqForward,
                reversed_keys,
                Value::small_int(0),
                Value::NONE,
            );
            vm.pop_roots(1);
            made
        }
        _ if sequence.as_qstr().is_some() => {
            let len = ops::len::len(vm, sequence)?;
            iterator::new(
                vm,
                IterKind::SeqReverse,
                sequence,
                Value::small_int(len as isize),
                Value::NONE,
            )
        }
        Some(ObjKind::Instance) => {
            let class_value = objects::instance::class(vm, sequence);
            if let Some(method) =
                objects::class::lookup_user(vm, class_value, qstr::DUNDER_REVERSED)?
            {
                return vm.call(method, &[sequence]);
            }
            if objects::class::lookup_user(vm, class_value, qstr::DUNDER_GETITEM)?.is_some() {
                let len = ops::len::len(vm, sequence)?;
                let items = {
                    let mut items = Vec::with_capacity(len);
                    let mark = vm.root_mark();
                    for i in (0..len).rev() {
                        let item =
                            ops::subscript::get_item(vm, sequence, Value::small_int(i as isize));
                        match item {
                            Ok(item) => {
                                vm.push_root(item);
                                items.push(item);
                            }
                            Err(raised) => {
                                vm.truncate_roots(mark);
                                return Err(raised);
                            }
                        }
                    }
                    let made = list::new(vm, &items);
                    vm.truncate_roots(mark);
                    made?
                };
                vm.push_root(items);
                let made = iterator::new(
                    vm,
                    IterKind::SeqForward,
                    items,
                    Value::small_int(0),
                    Value::NONE,
                );
                vm.pop_roots(1);
                return made;
            }
            let native = ops::arith::unwrap_native(vm, sequence);
            if native != sequence {
                let top = vm.stack.len();
                vm.stack.push(native);
                let inner = Args {
                    base: top,
                    count: 1,
                    kwnames: Value::UNBOUND,
                };
                let result = construct_reversed(vm, &inner);
                vm.stack.truncate(top);
                return result;
            }
            let message = format!(
                "'{}' object is not reversible",
                ops::types::type_name(vm, sequence)
            );
            Err(vm.raise_type_error(&message))
        }
        _ => {
            let message = format!(
                "'{}' object is not reversible",
                ops::types::type_name(vm, sequence)
            );
            Err(vm.raise_type_error(&message))
        }
    }
}

fn construct_super(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "super", 0, 2)?;
    if args.count == 0 {
        return Err(vm.raise_runtime_error("super(): no arguments"));
    }
    let start_class = args.get(vm, 0);
    if !ops::types::is_type(vm, start_class) {
        let message = format!(
            "super() argument 1 must be a type, not {}",
            ops::types::type_name(vm, start_class)
        );
        return Err(vm.raise_type_error(&message));
    }
    let receiver = args.get_opt(vm, 1).unwrap_or(Value::NONE);
    let valid = ops::types::is_instance(vm, receiver, start_class)
        || (ops::types::is_type(vm, receiver)
            && ops::types::is_subclass(vm, receiver, start_class));
    if !valid {
        return Err(
            vm.raise_type_error("super(type, obj): obj must be an instance or subtype of type")
        );
    }
    let object = vm.alloc(ObjKind::Super, 2)?;
    vm.heap.set_value(object, 0, start_class);
    vm.heap.set_value(object, 1, receiver);
    Ok(Value::from_heap_index(object))
}

/// `reversed(range)` for a range with bounds beyond the small ints: a
/// range iterator from the last item with the step negated.
fn reversed_big_range(vm: &mut Vm, sequence: Value) -> PyResult {
    let mark = vm.root_mark();
    let result = (|| {
        let count = range::length_value(vm, sequence)?;
        vm.push_root(count);
        let (start, _, step) = range::fields(vm, sequence);
        let last = if int::sign(vm, count) == 0 {
            start
        } else {
            let last_index = ops::arith::binary(vm, BinaryOp::Sub, count, Value::small_int(1))?;
            range::item_value(vm, sequence, last_index)?.unwrap_or(start)
        };
        vm.push_root(last);
        let negated = ops::arith::binary(vm, BinaryOp::Sub, Value::small_int(0), step)?;
        vm.push_root(negated);
        iterator::new(vm, IterKind::Range, last, negated, count)
    })();
    vm.truncate_roots(mark);
    result
}

/// `FunctionType(code, globals)`: a function running `code` with
/// `globals` (no defaults; a code object with free variables cannot be
/// given the cells it needs, so it is refused).
fn construct_function(vm: &mut Vm, args: &Args) -> PyResult {
    let [code, globals] = parse(vm, args, "function", ["code", "globals"], 2)?;
    if vm.heap.kind_of(code) != Some(ObjKind::Code) {
        let message = format!(
            "function() argument 'code' must be code, not {}",
            bad_argument_name(vm, code)
        );
        return Err(vm.raise_type_error(&message));
    }
    if vm.heap.kind_of(globals) != Some(ObjKind::Dict) {
        let message = format!(
            "function() argument 'globals' must be dict, not {}",
            bad_argument_name(vm, globals)
        );
        return Err(vm.raise_type_error(&message));
    }
    if objects::code::data(vm, code).info.freevar_count > 0 {
        // CPython's words for the missing closure argument.
        return Err(vm.raise_type_error("arg 5 (closure) must be tuple"));
    }
    objects::function::new(vm, code, globals, Value::NONE, Value::NONE, Value::NONE)
}

/// How CPython's argument errors name a wrong value: by its type, but
/// None as `None`.
fn bad_argument_name(vm: &Vm, value: Value) -> String {
    if value.is_none() {
        String::from("None")
    } else {
        ops::types::type_name(vm, value)
    }
}
