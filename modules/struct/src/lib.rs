//! The `struct` module: `pack`, `unpack`, `pack_into`, `unpack_from`,
//! `calcsize`, `iter_unpack` and `struct.error`, as CPython.
//!
//! Formats are parsed on every call (`format.rs`: byte order, sizes,
//! native alignment); items are converted one by one (`codec.rs`, with
//! `half.rs` for `e`). Buffers come through the VM's buffer protocol, so
//! bytes, bytearray, array.array and memoryview all work. Packing builds
//! the result in a Rust buffer bounded by the GC heap's size, then copies
//! it into a bytes object (or the target buffer) once nothing else can
//! fail.

#![no_std]

extern crate alloc;

mod codec;
mod format;
mod half;

use alloc::format;
use alloc::vec::Vec;
use format::Layout;
use pyrite_vm::builtins::args::check_count;
use pyrite_vm::native::{Args, ModuleDef, NativeFunction};
use pyrite_vm::objects::{bytes, dict, list, str as pystr, tuple};
use pyrite_vm::{buffer, ops, types, PyResult, Raised, Value, Vm};

pub static MODULE: ModuleDef = ModuleDef {
    name: "struct",
    functions: &[
        &NativeFunction::function("pack", pack),
        &NativeFunction::function("pack_into", pack_into),
        &NativeFunction::function("unpack", unpack),
        &NativeFunction::function("unpack_from", unpack_from),
        &NativeFunction::function("iter_unpack", iter_unpack),
        &NativeFunction::function("calcsize", calcsize),
    ],
    init: Some(init),
};

/// Creates `struct.error`, a subclass of Exception.
fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    let mark = vm.root_mark();
    let result = (|| {
        let bases = tuple::new(vm, &[Value::from_builtin_type(types::EXCEPTION)])?;
        vm.push_root(bases);
        let body = dict::new(vm)?;
        vm.push_root(body);
        let module_key = Value::from_qstr(vm.intern("__module__"));
        let module_name = Value::from_qstr(vm.intern("struct"));
        dict::set(vm, body, module_key, module_name)?;
        let name = Value::from_qstr(vm.intern("error"));
        let class = vm.call(Value::from_builtin_type(types::TYPE), &[name, bases, body])?;
        vm.push_root(class);
        dict::set(vm, namespace, name, class)
    })();
    vm.truncate_roots(mark);
    result
}

/// Raise `struct.error(message)`.
fn error(vm: &mut Vm, message: &str) -> Raised {
    let made = (|| {
        let module = pyrite_vm::import::import_module(vm, "struct")?;
        let name = vm.intern("error");
        let class = ops::attr::get_attr(vm, module, name)?;
        vm.push_root(class);
        let text = pystr::new(vm, message);
        let exception = text.and_then(|text| {
            vm.push_root(text);
            let exception = vm.call(class, &[text]);
            vm.pop_roots(1);
            exception
        });
        vm.pop_roots(1);
        exception
    })();
    match made {
        Ok(exception) => vm.raise_exception(exception),
        Err(raised) => raised,
    }
}

/// The parsed format of argument `index`.
fn layout_arg(vm: &mut Vm, args: &Args, index: usize) -> PyResult<Layout> {
    let value = args.get(vm, index);
    let text: Vec<u8> = if pystr::is_str(&vm.heap, value) {
        // A lone surrogate is a bad format character, as U+FFFD is.
        pystr::lossy_text(vm, value).into_bytes()
    } else if bytes::is_bytes_like(vm, ops::arith::unwrap_native(vm, value)) {
        bytes::data(vm, ops::arith::unwrap_native(vm, value)).to_vec()
    } else {
        let message = format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            ops::types::type_name(vm, value)
        );
        return Err(vm.raise_type_error(&message));
    };
    format::parse(&text).map_err(|problem| error(vm, problem.message()))
}

fn no_keywords(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.keyword_count(vm) > 0 {
        let message = format!("{name}() takes no keyword arguments");
        return Err(vm.raise_type_error(&message));
    }
    Ok(())
}

fn calcsize(vm: &mut Vm, args: &Args) -> PyResult {
    no_keywords(vm, args, "calcsize")?;
    check_count(vm, args, "calcsize", 1, 1)?;
    let layout = layout_arg(vm, args, 0)?;
    Ok(Value::small_int(layout.size as isize))
}

/// The packed bytes of `values` (arguments `first..` of `args`).
fn pack_values(
    vm: &mut Vm,
    layout: &Layout,
    args: &Args,
    first: usize,
    name: &str,
) -> PyResult<Vec<u8>> {
    let given = args.count - first;
    if given != layout.values {
        let message = format!(
            "{} expected {} items for packing (got {})",
            name, layout.values, given
        );
        return Err(error(vm, &message));
    }
    if layout.size > vm.heap.bytes_total() {
        return Err(vm.raise_memory_error());
    }
    let mut out = alloc::vec![0u8; layout.size];
    let mut next = first;
    for run in &layout.runs {
        match run.code {
            b'x' => {}
            b's' | b'p' => {
                let value = ops::arith::unwrap_native(vm, args.get(vm, next));
                next += 1;
                if !bytes::is_bytes_like(vm, value) {
                    let message =
                        format!("argument for '{}' must be a bytes object", run.code as char);
                    return Err(error(vm, &message));
                }
                let data = bytes::data(vm, value);
                let field = &mut out[run.offset..run.offset + run.count];
                if run.code == b's' {
                    let n = data.len().min(field.len());
                    field[..n].copy_from_slice(&data[..n]);
                } else if !field.is_empty() {
                    // Pascal string: a length byte, then at most 255 bytes.
                    let n = data.len().min(field.len() - 1).min(255);
                    field[0] = n as u8;
                    field[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..run.count {
                    let value = args.get(vm, next);
                    next += 1;
                    let at = run.offset + k * run.item_size;
                    let mut item = [0u8; 8];
                    let result =
                        codec::pack(vm, code, layout.order, value, &mut item[..run.item_size]);
                    match result {
                        Ok(()) => {
                            out[at..at + run.item_size].copy_from_slice(&item[..run.item_size])
                        }
                        Err(codec::PackError::Struct(message)) => return Err(error(vm, &message)),
                        Err(codec::PackError::Raised(raised)) => return Err(raised),
                    }
                }
            }
        }
    }
    Ok(out)
}

fn pack(vm: &mut Vm, args: &Args) -> PyResult {
    no_keywords(vm, args, "pack")?;
    if args.count == 0 {
        return Err(vm.raise_type_error("pack expected at least 1 argument, got 0"));
    }
    let layout = layout_arg(vm, args, 0)?;
    let data = pack_values(vm, &layout, args, 1, "pack")?;
    bytes::new(vm, &data)
}

/// An offset argument made non-negative against a buffer of `len` bytes.
fn resolve_offset(vm: &mut Vm, value: Value, len: usize) -> PyResult<usize> {
    let offset = ops::convert::index_isize(vm, value)?;
    if offset >= 0 {
        return Ok(offset as usize);
    }
    if offset.unsigned_abs() > len {
        let message = format!("offset {offset} out of range for {len}-byte buffer");
        return Err(error(vm, &message));
    }
    Ok((len as isize + offset) as usize)
}

fn pack_into(vm: &mut Vm, args: &Args) -> PyResult {
    no_keywords(vm, args, "pack_into")?;
    if args.count < 3 {
        let message = format!(
            "pack_into expected at least 3 arguments, got {}",
            args.count
        );
        return Err(vm.raise_type_error(&message));
    }
    let layout = layout_arg(vm, args, 0)?;
    let target = args.get(vm, 1);
    let Some(len) = buffer::data_mut(vm, target).map(|data| data.len()) else {
        let message = format!(
            "argument must be read-write bytes-like object, not {}",
            ops::types::type_name(vm, target)
        );
        return Err(vm.raise_type_error(&message));
    };
    let offset_value = args.get(vm, 2);
    let data = pack_values(vm, &layout, args, 3, "pack_into")?;
    let offset = resolve_offset(vm, offset_value, len)?;
    if len < offset || len - offset < layout.size {
        let message = format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            layout.size + offset,
            layout.size,
            offset,
            len
        );
        return Err(error(vm, &message));
    }
    // Packing may have run Python code (__index__) that resized the
    // target: write only what still fits.
    if let Some(out) = buffer::data_mut(vm, target) {
        if let Some(field) = out.get_mut(offset..offset + data.len()) {
            field.copy_from_slice(&data);
        }
    }
    Ok(Value::NONE)
}

/// A tuple of the values packed in `data` (exactly `layout.size` bytes).
fn unpack_data(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult {
    let mark = vm.root_mark();
    let result = (|| {
        let mut values = Vec::with_capacity(layout.values);
        for run in &layout.runs {
            let value = match run.code {
                b'x' => continue,
                b's' => bytes::new(vm, &data[run.offset..run.offset + run.count])?,
                b'p' => {
                    let field = &data[run.offset..run.offset + run.count];
                    let n = field
                        .first()
                        .map_or(0, |&n| (n as usize).min(field.len().saturating_sub(1)));
                    bytes::new(vm, &field[1.min(field.len())..1.min(field.len()) + n])?
                }
                code => {
                    for k in 0..run.count {
                        let at = run.offset + k * run.item_size;
                        let item =
                            codec::unpack(vm, code, layout.order, &data[at..at + run.item_size])?;
                        vm.push_root(item);
                        values.push(item);
                    }
                    continue;
                }
            };
            vm.push_root(value);
            values.push(value);
        }
        tuple::new(vm, &values)
    })();
    vm.truncate_roots(mark);
    result
}

/// The bytes of a buffer argument (copied: creating values allocates).
fn buffer_arg(vm: &mut Vm, value: Value) -> PyResult<Vec<u8>> {
    let value = buffer::require(vm, value)?;
    Ok(buffer::data(vm, value).to_vec())
}

fn unpack(vm: &mut Vm, args: &Args) -> PyResult {
    no_keywords(vm, args, "unpack")?;
    check_count(vm, args, "unpack", 2, 2)?;
    let layout = layout_arg(vm, args, 0)?;
    let data = buffer_arg(vm, args.get(vm, 1))?;
    if data.len() != layout.size {
        let message = format!("unpack requires a buffer of {} bytes", layout.size);
        return Err(error(vm, &message));
    }
    unpack_data(vm, &layout, &data)
}

fn unpack_from(vm: &mut Vm, args: &Args) -> PyResult {
    check_count(vm, args, "unpack_from", 1, 3)?;
    let layout = layout_arg(vm, args, 0)?;
    let source = match args.get_opt(vm, 1) {
        Some(value) => value,
        None => match args.keyword(vm, "buffer") {
            Some(value) => value,
            None => {
                return Err(
                    vm.raise_type_error("unpack_from() missing required argument 'buffer' (pos 2)")
                )
            }
        },
    };
    let offset_value = args
        .get_opt(vm, 2)
        .or_else(|| args.keyword(vm, "offset"))
        .unwrap_or(Value::small_int(0));
    let data = buffer_arg(vm, source)?;
    let offset = resolve_offset(vm, offset_value, data.len())?;
    if data.len() < offset || data.len() - offset < layout.size {
        let message = format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            layout.size + offset,
            layout.size,
            offset,
            data.len()
        );
        return Err(error(vm, &message));
    }
    unpack_data(vm, &layout, &data[offset..offset + layout.size])
}

/// `iter_unpack(fmt, buffer)`: an iterator over the unpacked tuples (made
/// up front: the buffer is copied anyway).
fn iter_unpack(vm: &mut Vm, args: &Args) -> PyResult {
    no_keywords(vm, args, "iter_unpack")?;
    check_count(vm, args, "iter_unpack", 2, 2)?;
    let layout = layout_arg(vm, args, 0)?;
    if layout.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = buffer_arg(vm, args.get(vm, 1))?;
    if !data.len().is_multiple_of(layout.size) {
        let message = format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        );
        return Err(error(vm, &message));
    }
    let mark = vm.root_mark();
    let result = (|| {
        let mut tuples = Vec::with_capacity(data.len() / layout.size);
        for chunk in data.chunks(layout.size) {
            let item = unpack_data(vm, &layout, chunk)?;
            vm.push_root(item);
            tuples.push(item);
        }
        let items = list::new(vm, &tuples)?;
        vm.push_root(items);
        ops::iter::get_iter(vm, items)
    })();
    vm.truncate_roots(mark);
    result
}
