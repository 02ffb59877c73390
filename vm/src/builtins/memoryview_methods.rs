//! `memoryview(obj)`, the methods and attributes of views, and their
//! subscripts. Slicing makes a new view of the same exporter (no copy);
//! only step-1 slices are supported (views are contiguous).

use super::args::check;
use crate::buffer::{self, element};
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::native::{Args, NativeFunction};
use crate::objects::memoryview::{self, Layout};
use crate::objects::{array, bytes, list, str as pystr, tuple};
use crate::ops;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::vec::Vec;

pub static METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("tobytes", tobytes),
    &NativeFunction::method("tolist", tolist),
    &NativeFunction::method("hex", hex),
    &NativeFunction::method("release", release),
    &NativeFunction::method("cast", cast),
    &NativeFunction::method("__enter__", enter),
    &NativeFunction::method("__exit__", exit),
    &NativeFunction::method("__len__", dunder_len),
    &NativeFunction::method("__getitem__", dunder_getitem),
    &NativeFunction::method("__setitem__", dunder_setitem),
];

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__getitem__", 2, 2)?;
    get_item(vm, args.get(vm, 0), args.get(vm, 1))
}

fn dunder_setitem(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__setitem__", 3, 3)?;
    set_item(vm, args.get(vm, 0), args.get(vm, 1), args.get(vm, 2))?;
    Ok(Value::NONE)
}

/// `memoryview(obj)`.
pub fn construct(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "memoryview", 1, 1)?;
    let source = ops::arith::unwrap_native(vm, args.get(vm, 0));
    let layout = match vm.heap.kind_of(source) {
        Some(ObjKind::MemoryView) => {
            if memoryview::is_released(vm, source) {
                return Err(buffer::released_error(vm));
            }
            memoryview::layout(vm, source)
        }
        Some(ObjKind::Bytes | ObjKind::ByteArray) => Layout {
            base: source,
            start: 0,
            len: bytes::data(vm, source).len(),
            format: b'B',
            item_size: 1,
            readonly: vm.heap.kind_of(source) == Some(ObjKind::Bytes),
        },
        Some(ObjKind::Array) => Layout {
            base: source,
            start: 0,
            len: array::len(vm, source),
            format: array::typecode(vm, source),
            item_size: array::item_size(vm, source),
            readonly: false,
        },
        _ => {
            let message = format!(
                "memoryview: a bytes-like object is required, not '{}'",
                ops::types::type_name(vm, args.get(vm, 0))
            );
            return Err(vm.raise_type_error(&message));
        }
    };
    new_view(vm, layout)
}

fn new_view(vm: &mut Vm, layout: Layout) -> PyResult {
    buffer::note_export(vm, layout.base);
    memoryview::new(vm, layout)
}

/// The view a method was called on, unless it was released.
fn live_receiver(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let view = args.get(vm, 0);
    live(vm, view)
}

fn live(vm: &mut Vm, view: Value) -> PyResult<Value> {
    if memoryview::is_released(vm, view) {
        return Err(buffer::released_error(vm));
    }
    Ok(view)
}

fn tobytes(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "tobytes", 1, 1)?;
    let view = live_receiver(vm, args)?;
    let data: Vec<u8> = memoryview::data(vm, view).to_vec();
    bytes::new(vm, &data)
}

/// The items of a view as Python values, rooted until the caller
/// truncates the roots.
fn items_rooted(vm: &mut Vm, view: Value) -> PyResult<Vec<Value>> {
    let layout = memoryview::layout(vm, view);
    let mut items = Vec::with_capacity(layout.len);
    for i in 0..layout.len {
        let item = item(vm, view, i)?;
        vm.push_root(item);
        items.push(item);
    }
    Ok(items)
}

/// Item `i` of a view (None past the end of the exporter's data).
fn item(vm: &mut Vm, view: Value, i: usize) -> PyResult<Value> {
    let layout = memoryview::layout(vm, view);
    let size = layout.item_size;
    let mut raw = [0u8; 8];
    let data = memoryview::data(vm, view);
    let Some(bytes) = data.get(i * size..(i + 1) * size) else {
        return Err(vm.raise_index_error("index out of bounds on dimension 1"));
    };
    raw[..size].copy_from_slice(bytes);
    element::load(vm, layout.format, &raw[..size])
}

fn tolist(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "tolist", 1, 1)?;
    let view = live_receiver(vm, args)?;
    let mark = vm.root_mark();
    let result = items_rooted(vm, view).and_then(|items| list::new(vm, &items));
    vm.truncate_roots(mark);
    result
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult {
    let (separator, group) = super::bytes_methods::hex_options(vm, args)?;
    let view = live_receiver(vm, args)?;
    let text = super::bytes_methods::hex_string(memoryview::data(vm, view), separator, group);
    pystr::new(vm, &text)
}

fn release(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "release", 1, 1)?;
    memoryview::release(vm, args.get(vm, 0));
    Ok(Value::NONE)
}

fn enter(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__enter__", 1, 1)?;
    live_receiver(vm, args)
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__exit__", 1, 4)?;
    memoryview::release(vm, args.get(vm, 0));
    Ok(Value::FALSE)
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__len__", 1, 1)?;
    let view = live_receiver(vm, args)?;
    Ok(Value::small_int(memoryview::layout(vm, view).len as isize))
}

fn is_byte_format(format: u8) -> bool {
    matches!(format, b'B' | b'b' | b'c')
}

/// `cast(format)`: the same bytes seen as items of another format; one
/// side must be a byte format, as CPython requires.
fn cast(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "cast", 2, 2)?;
    let view = live_receiver(vm, args)?;
    let format = args.get(vm, 1);
    let Some(text) = pystr::as_text(vm, format) else {
        let message = format!(
            "cast() argument 'format' must be str, not {}",
            ops::types::type_name(vm, format)
        );
        return Err(vm.raise_type_error(&message));
    };
    let code = text.strip_prefix('@').unwrap_or(text).as_bytes();
    let (&[code], Some(size)) = (code, code.first().and_then(|&c| element::size(c))) else {
        return Err(vm.raise_value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let layout = memoryview::layout(vm, view);
    if !is_byte_format(layout.format) && !is_byte_format(code) {
        return Err(vm.raise_type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = layout.len * layout.item_size;
    if !nbytes.is_multiple_of(size) {
        return Err(vm.raise_type_error("memoryview: length is not a multiple of itemsize"));
    }
    new_view(
        vm,
        Layout {
            len: nbytes / size,
            format: code,
            item_size: size,
            ..layout
        },
    )
}

/// The data attributes of views (`format`, `itemsize`, ...).
pub fn attribute(vm: &mut Vm, view: Value, name: &str) -> PyResult<Option<Value>> {
    if !matches!(
        name,
        "format"
            | "itemsize"
            | "readonly"
            | "nbytes"
            | "ndim"
            | "shape"
            | "strides"
            | "obj"
            | "contiguous"
            | "c_contiguous"
            | "f_contiguous"
    ) {
        return Ok(None);
    }
    let view = live(vm, view)?;
    let layout = memoryview::layout(vm, view);
    Ok(Some(match name {
        "format" => {
            let mut buffer = [0u8; 4];
            let text = (layout.format as char).encode_utf8(&mut buffer);
            pystr::new(vm, text)?
        }
        "itemsize" => Value::small_int(layout.item_size as isize),
        "readonly" => Value::from_bool(layout.readonly),
        "nbytes" => Value::small_int((layout.len * layout.item_size) as isize),
        "ndim" => Value::small_int(1),
        "shape" => tuple::new(vm, &[Value::small_int(layout.len as isize)])?,
        "strides" => tuple::new(vm, &[Value::small_int(layout.item_size as isize)])?,
        "obj" => layout.base,
        _ => Value::TRUE,
    }))
}

/// `view[index]`, `view[slice]` (a view of the same exporter).
pub fn get_item(vm: &mut Vm, view: Value, key: Value) -> PyResult {
    let view = live(vm, view)?;
    let layout = memoryview::layout(vm, view);
    if vm.heap.kind_of(key) == Some(ObjKind::Slice) {
        let resolved = crate::objects::slice::resolve(vm, key, layout.len)?;
        let start = if resolved.count == 0 {
            0
        } else if resolved.step == 1 {
            resolved.start.max(0) as usize
        } else {
            return Err(step_error(vm));
        };
        return new_view(
            vm,
            Layout {
                start: layout.start + start * layout.item_size,
                len: resolved.count,
                ..layout
            },
        );
    }
    let i = index(vm, key, layout.len)?;
    item(vm, view, i)
}

fn step_error(vm: &mut Vm) -> crate::error::Raised {
    vm.raise_msg(
        types::NOT_IMPLEMENTED_ERROR,
        "memoryview slices with a step are not supported",
    )
}

/// The position named by an index key, or CPython's errors.
fn index(vm: &mut Vm, key: Value, len: usize) -> PyResult<usize> {
    if !ops::convert::is_index(vm, key)? {
        return Err(vm.raise_type_error("memoryview: invalid slice key"));
    }
    let index = ops::convert::index_isize(vm, key)?;
    let i = if index < 0 {
        index + len as isize
    } else {
        index
    };
    if !(0..len as isize).contains(&i) {
        return Err(vm.raise_index_error("index out of bounds on dimension 1"));
    }
    Ok(i as usize)
}

/// `view[key] = value`: an item, or a slice from a buffer of the same
/// format and length.
pub fn set_item(vm: &mut Vm, view: Value, key: Value, value: Value) -> PyResult<()> {
    let view = live(vm, view)?;
    let layout = memoryview::layout(vm, view);
    if layout.readonly {
        return Err(vm.raise_type_error("cannot modify read-only memory"));
    }
    let size = layout.item_size;
    if vm.heap.kind_of(key) == Some(ObjKind::Slice) {
        let source = buffer::require(vm, value)?;
        let resolved = crate::objects::slice::resolve(vm, key, layout.len)?;
        if resolved.step != 1 && resolved.count > 1 {
            return Err(step_error(vm));
        }
        let source_format = format_of(vm, source);
        let replacement: Vec<u8> = buffer::data(vm, source).to_vec();
        if source_format != layout.format || replacement.len() != resolved.count * size {
            return Err(vm.raise_value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let start = resolved.start.max(0) as usize * size;
        let data = memoryview::data_mut(vm, view);
        if let Some(target) = data.get_mut(start..start + replacement.len()) {
            target.copy_from_slice(&replacement);
        }
        return Ok(());
    }
    let i = index(vm, key, layout.len)?;
    let encoded = encode_for_view(vm, layout.format, value)?;
    let data = memoryview::data_mut(vm, view);
    if let Some(target) = data.get_mut(i * size..(i + 1) * size) {
        target.copy_from_slice(&encoded[..size]);
    }
    Ok(())
}

/// An item for a view of `format`, with memoryview's messages.
fn encode_for_view(vm: &mut Vm, format: u8, value: Value) -> PyResult<[u8; 8]> {
    let wrong_type = if element::is_float(format) {
        !ops::convert::is_real(vm, value)
    } else {
        !crate::objects::int::is_int(vm, ops::arith::unwrap_native(vm, value))
    };
    if wrong_type {
        let message = format!("memoryview: invalid type for format '{}'", format as char);
        return Err(vm.raise_type_error(&message));
    }
    match element::encode(vm, format, value) {
        Ok(encoded) => Ok(encoded),
        Err(raised) => {
            if vm.exception_matches(types::OVERFLOW_ERROR) {
                vm.take_exception();
                let message = format!("memoryview: invalid value for format '{}'", format as char);
                return Err(vm.raise_value_error(&message));
            }
            Err(raised)
        }
    }
}

/// The element format of a buffer: a view's format, an array's typecode,
/// `B` for bytes and bytearray.
pub fn format_of(vm: &Vm, buffer: Value) -> u8 {
    let buffer = ops::arith::unwrap_native(vm, buffer);
    match vm.heap.kind_of(buffer) {
        Some(ObjKind::MemoryView) => memoryview::layout(vm, buffer).format,
        Some(ObjKind::Array) => array::typecode(vm, buffer),
        _ => b'B',
    }
}

/// The items of any buffer as Python values (rooted until the caller
/// truncates roots), for comparisons across formats.
fn buffer_items_rooted(vm: &mut Vm, value: Value) -> PyResult<Vec<Value>> {
    let value = ops::arith::unwrap_native(vm, value);
    match vm.heap.kind_of(value) {
        Some(ObjKind::MemoryView) => items_rooted(vm, value),
        Some(ObjKind::Array) => super::array_methods::items_rooted(vm, value),
        _ => Ok(bytes::data(vm, value)
            .iter()
            .map(|&b| Value::small_int(b as isize))
            .collect()),
    }
}

/// `a == b` where one side is a memoryview: equal when both are buffers
/// with the same items (None: not comparable, the other is no buffer).
pub fn equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<bool>> {
    for side in [a, b] {
        let native = ops::arith::unwrap_native(vm, side);
        if memoryview::is_memoryview(vm, native) && memoryview::is_released(vm, native) {
            // A released view equals only itself.
            return Ok(Some(a == b));
        }
    }
    if !buffer::is_buffer(vm, a) || !buffer::is_buffer(vm, b) {
        return Ok(None);
    }
    let (format_a, format_b) = (format_of(vm, a), format_of(vm, b));
    if format_a == format_b && !element::is_float(format_a) {
        return Ok(Some(buffer::data(vm, a) == buffer::data(vm, b)));
    }
    let mark = vm.root_mark();
    let result = (|| {
        let left = buffer_items_rooted(vm, a)?;
        let right = buffer_items_rooted(vm, b)?;
        if left.len() != right.len() {
            return Ok(false);
        }
        for (x, y) in left.into_iter().zip(right) {
            if !ops::compare::equal(vm, x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.truncate_roots(mark);
    result.map(Some)
}
