//! The `micropython` module: compile-time constants, the heap lock that
//! interrupt handlers rely on, memory and stack reports, the scheduler, and
//! the code-emitter decorators (which leave the function as bytecode until
//! the native emitters exist), and the `RingIO` type (objects/ringio.rs).
//!
//! `X = const(expr)` is folded by the compiler (compile/constants.rs);
//! `const` here is what the name means at run time: the identity.

use crate::builtins::args::check;
use crate::error::PyResult;
use crate::heap::{ObjKind, BLOCK_BYTES};
use crate::native::{Args, ModuleDef, NativeFunction};
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;

pub static MODULE: ModuleDef = ModuleDef {
    name: "micropython",
    functions: &[
        // In MicroPython's order where both have the name (help() lists
        // the module in this order).
        &NativeFunction::function("const", identity),
        &NativeFunction::function("opt_level", opt_level),
        &NativeFunction::function("native", identity),
        &NativeFunction::function("viper", identity),
        &NativeFunction::function("mem_info", mem_info),
        &NativeFunction::function("qstr_info", qstr_info),
        &NativeFunction::function("mem_total", mem_total),
        &NativeFunction::function("mem_current", mem_current),
        &NativeFunction::function("mem_peak", mem_peak),
        &NativeFunction::function("stack_use", stack_use),
        &NativeFunction::function("alloc_emergency_exception_buf", emergency_buffer),
        &KBD_INTR,
        &NativeFunction::function("heap_lock", heap_lock),
        &NativeFunction::function("heap_unlock", heap_unlock),
        &NativeFunction::function("heap_locked", heap_locked),
        &NativeFunction::function("schedule", schedule),
    ],
    init: Some(init),
};

fn init(vm: &mut Vm, namespace: Value) -> PyResult<()> {
    let ring = Value::from_builtin_type(crate::types::RINGIO);
    crate::modules::set_attr(vm, namespace, "RingIO", ring)
}

fn identity(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "const", 1, 1)?;
    Ok(args.get(vm, 0))
}

/// `opt_level()` reads and `opt_level(n)` sets the optimisation level
/// that compilation will use (MicroPython's; nothing reads it yet).
fn opt_level(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "opt_level", 0, 1)?;
    if args.count == 0 {
        return Ok(Value::small_int(vm.opt_level));
    }
    vm.opt_level = crate::ops::convert::index_isize(vm, args.get(vm, 0))?;
    Ok(Value::NONE)
}

/// `alloc_emergency_exception_buf(size)`: room for the emergency
/// exception's argument and a traceback of about `size` bytes
/// (`builtins/emergency_exception.rs`; `heap_lock` makes a default one).
fn emergency_buffer(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "alloc_emergency_exception_buf", 1, 1)?;
    let size = crate::ops::convert::index_isize(vm, args.get(vm, 0))?;
    let entries = (size.max(0) as usize / crate::heap::WORD_BYTES).clamp(2, 256);
    crate::builtins::emergency_exception::reserve(vm, entries)?;
    Ok(Value::NONE)
}

/// `kbd_intr(chr)`: the character that raises KeyboardInterrupt (-1:
/// none). The port's console decides what interrupts (Ctrl-C on unix), so
/// only the argument is checked. Scheduled (`schedule(kbd_intr, x)`), it
/// is not called: the scheduler raises KeyboardInterrupt in its place.
pub static KBD_INTR: NativeFunction = NativeFunction::function("kbd_intr", kbd_intr);

fn kbd_intr(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "kbd_intr", 1, 1)?;
    crate::ops::convert::index_isize(vm, args.get(vm, 0))?;
    Ok(Value::NONE)
}

fn heap_lock(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "heap_lock", 0, 0)?;
    if vm.heap.lock_depth() == 0 {
        // What allocation-free code borrows while the heap is locked, made
        // now if not yet (a full heap goes without: those paths then raise
        // MemoryError, as they would have).
        let reserved = crate::builtins::emergency_exception::reserve(
            vm,
            crate::builtins::emergency_exception::EMERGENCY_TRACEBACK_ENTRIES,
        )
        .and_then(|_| crate::ops::slice_subscript::reserve_scratch(vm));
        if reserved.is_err() {
            vm.take_exception();
        }
    }
    vm.heap.lock();
    Ok(Value::NONE)
}

/// Returns the lock depth left, 0 once allocation is allowed again.
fn heap_unlock(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "heap_unlock", 0, 0)?;
    let depth = vm.heap.unlock();
    Ok(Value::small_int(depth as isize))
}

fn heap_locked(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "heap_locked", 0, 0)?;
    Ok(Value::small_int(vm.heap.lock_depth() as isize))
}

fn schedule(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "schedule", 2, 2)?;
    let (callback, argument) = (args.get(vm, 0), args.get(vm, 1));
    vm.schedule(callback, argument)?;
    Ok(Value::NONE)
}

/// Bytes ever allocated on the GC heap.
fn mem_total(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "mem_total", 0, 0)?;
    let bytes = vm.heap.bytes_allocated_ever();
    int::from_i64(vm, bytes as i64)
}

/// Bytes in live (not yet collected) GC heap objects.
fn mem_current(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "mem_current", 0, 0)?;
    let bytes = vm.heap.bytes_used();
    int::from_i64(vm, bytes as i64)
}

/// The most bytes ever in use on the GC heap at once.
fn mem_peak(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "mem_peak", 0, 0)?;
    let bytes = vm.heap.bytes_peak();
    int::from_i64(vm, bytes as i64)
}

/// Bytes of Rust stack in use below the outermost entry into the VM.
fn stack_use(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "stack_use", 0, 0)?;
    let used = vm.stack_use();
    int::from_i64(vm, used as i64)
}

/// `mem_info()`: the memory figures; `mem_info(x)`: also a map of the heap,
/// one character per block.
fn mem_info(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "mem_info", 0, 1)?;
    let heap = &vm.heap;
    let (one_blocks, two_blocks, largest_object) = heap.object_size_census();
    let mut text = format!(
        "mem: total={}, current={}, peak={}\nstack: {} out of {}\n\
         GC: total: {}, used: {}, free: {}\n \
         No. of 1-blocks: {}, 2-blocks: {}, max blk sz: {}, max free sz: {}\n",
        heap.bytes_allocated_ever(),
        heap.bytes_used(),
        heap.bytes_peak(),
        vm.stack_use(),
        vm.stack_limit,
        heap.bytes_total(),
        heap.bytes_used(),
        heap.bytes_free(),
        one_blocks,
        two_blocks,
        largest_object,
        heap.largest_free_bytes() / BLOCK_BYTES,
    );
    if args.count == 1 {
        text.push_str(&heap_map(vm));
    }
    vm.write_stdout(text.as_bytes());
    Ok(Value::NONE)
}

/// The heap as lines of 64 blocks: `.` free, `h` the head block of an
/// object (a letter for its kind where it helps), `=` its other blocks.
/// Runs of identical lines of free space are summarised.
fn heap_map(vm: &Vm) -> String {
    let heap = &vm.heap;
    let mut out = format!("GC memory layout; from {:x}:", heap.first_block_word());
    let mut column = 0usize;
    let mut line_start = 0usize;
    let mut free_lines = 0usize;
    let mut line = String::new();
    let flush = |line: &mut String, out: &mut String, start: usize, free_lines: &mut usize| {
        if line.bytes().all(|b| b == b'.') && line.len() == 64 {
            *free_lines += 1;
            line.clear();
            return;
        }
        if *free_lines > 0 {
            out.push_str(&format!("\n       ({} lines all free)", *free_lines));
            *free_lines = 0;
        }
        out.push_str(&format!("\n{:08x}: {}", start * BLOCK_BYTES, line));
        line.clear();
    };
    heap.for_each_chunk(|kind, blocks| {
        for i in 0..blocks {
            if column == 64 {
                flush(&mut line, &mut out, line_start, &mut free_lines);
                line_start += 64;
                column = 0;
            }
            line.push(match kind {
                None => '.',
                Some(_) if i > 0 => '=',
                Some(ObjKind::List) => 'L',
                Some(ObjKind::Dict) => 'D',
                Some(ObjKind::Tuple) => 'T',
                Some(ObjKind::Str | ObjKind::SurrogateStr) => 'S',
                Some(ObjKind::Function) => 'F',
                Some(ObjKind::Code) => 'B',
                Some(_) => 'h',
            });
            column += 1;
        }
    });
    if !line.is_empty() {
        flush(&mut line, &mut out, line_start, &mut free_lines);
    }
    if free_lines > 0 {
        out.push_str(&format!("\n       ({free_lines} lines all free)"));
    }
    out.push('\n');
    out
}

/// `qstr_info()`: the strings interned from the program's text (not the
/// compiled-in names); `qstr_info(x)`: also each string.
fn qstr_info(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "qstr_info", 0, 1)?;
    let (mut count, mut data_bytes) = (0usize, 0usize);
    for text in vm.interner.program_strings() {
        count += 1;
        data_bytes += text.len();
    }
    let mut text = format!(
        "qstr pool: n_pool=1, n_qstr={}, n_str_data_bytes={}, n_total_bytes={}\n",
        count,
        data_bytes,
        data_bytes + count * core::mem::size_of::<usize>() * 2,
    );
    if args.count == 1 {
        for name in vm.interner.program_strings() {
            text.push_str("Q(");
            text.push_str(name);
            text.push_str(")\n");
        }
    }
    vm.write_stdout(text.as_bytes());
    Ok(Value::NONE)
}
