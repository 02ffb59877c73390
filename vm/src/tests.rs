//! Unit tests of the VM core that need no parser: the heap, the tables,
//! and hand-assembled bytecode run by the dispatch loop. (Python-level
//! behaviour is tested by the corpus in tests/.)

use crate::bytecode::assemble::Assembler;
use crate::bytecode::opcodes::instr;
use crate::bytecode::{CodeFlags, CodeInfo, CodeUnit, Instr, Location, Name, Reg};
use crate::heap::{HeapMemory, ObjKind};
use crate::objects::{dict, list, str as pystr};
use crate::port::Port;
use crate::value::Value;
use crate::vm::{Config, Vm};
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use core::cell::RefCell;

/// A port that records what the program prints.
struct CapturePort {
    output: Rc<RefCell<String>>,
}

impl Port for CapturePort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.output
            .borrow_mut()
            .push_str(&String::from_utf8_lossy(bytes));
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.output
            .borrow_mut()
            .push_str(&String::from_utf8_lossy(bytes));
    }
    fn ticks_us(&mut self) -> u64 {
        0
    }
    fn sleep_us(&mut self, _us: u64) {}
}

fn vm_with_heap(words: usize) -> (Vm, Rc<RefCell<String>>) {
    let output = Rc::new(RefCell::new(String::new()));
    let port = CapturePort {
        output: output.clone(),
    };
    let memory = HeapMemory::Owned(vec![0usize; words].into_boxed_slice());
    (
        Vm::with_config(memory, Box::new(port), &[], Config::default()),
        output,
    )
}

#[test]
fn start_up_uses_little_heap() {
    let (vm, _) = vm_with_heap(1 << 16);
    assert!(
        vm.heap.bytes_used() < 512,
        "{} bytes in use",
        vm.heap.bytes_used()
    );
}

#[test]
fn collection_frees_unreachable_and_keeps_rooted_objects() {
    let (mut vm, _) = vm_with_heap(1 << 16);
    let kept = pystr::new(&mut vm, "kept across collections").unwrap();
    vm.push_root(kept);
    let before = vm.heap.bytes_used();
    for i in 0..1000 {
        let garbage = crate::objects::float::new(&mut vm, i as f64).unwrap();
        assert!(garbage.is_heap());
    }
    assert!(vm.heap.bytes_used() > before);
    vm.collect();
    assert_eq!(vm.heap.bytes_used(), before);
    assert_eq!(pystr::text(&vm, kept), "kept across collections");
}

#[test]
fn exhausting_the_heap_collects_then_raises_memory_error() {
    let (mut vm, _) = vm_with_heap(4096);
    // Garbage is reclaimed: many more allocations than fit at once.
    for i in 0..10_000 {
        crate::objects::float::new(&mut vm, i as f64).unwrap();
    }
    // Live data that does not fit raises MemoryError.
    let holder = list::with_capacity(&mut vm, 0).unwrap();
    vm.push_root(holder);
    let mut failed = false;
    for i in 0..10_000 {
        match crate::objects::float::new(&mut vm, i as f64) {
            Ok(x) => list::append(&mut vm, holder, x).unwrap_or_else(|_| failed = true),
            Err(_) => {
                failed = true;
                break;
            }
        }
        if failed {
            break;
        }
    }
    assert!(failed);
    assert!(vm.exception_matches(crate::types::MEMORY_ERROR));
}

#[test]
fn dict_insert_lookup_delete_across_growth_and_collection() {
    let (mut vm, _) = vm_with_heap(1 << 18);
    let table = dict::new(&mut vm).unwrap();
    vm.push_root(table);
    for i in 0..2000 {
        dict::set(&mut vm, table, Value::small_int(i), Value::small_int(i * 2)).unwrap();
    }
    for i in (0..2000).step_by(3) {
        assert_eq!(
            dict::remove(&mut vm, table, Value::small_int(i)).unwrap(),
            Some(Value::small_int(i * 2))
        );
    }
    vm.collect();
    for i in 0..2000 {
        let found = dict::get(&mut vm, table, Value::small_int(i)).unwrap();
        if i % 3 == 0 {
            assert_eq!(found, None);
        } else {
            assert_eq!(found, Some(Value::small_int(i * 2)));
        }
    }
    // Insertion order is kept.
    let first = (0..dict::used(&vm, table))
        .find_map(|i| dict::entry(&vm, table, i))
        .unwrap();
    assert_eq!(first.0, Value::small_int(1));
}

#[test]
fn heap_and_interned_strings_are_equal_dict_keys() {
    let (mut vm, _) = vm_with_heap(1 << 16);
    let table = dict::new(&mut vm).unwrap();
    vm.push_root(table);
    let interned = Value::from_qstr(vm.intern("a_key"));
    dict::set(&mut vm, table, interned, Value::small_int(7)).unwrap();
    let heap_key = pystr::new(&mut vm, "a_key").unwrap();
    assert!(heap_key.is_heap());
    assert_eq!(
        dict::get(&mut vm, table, heap_key).unwrap(),
        Some(Value::small_int(7))
    );
}

#[test]
fn list_of_1000_small_ints_costs_about_a_word_each() {
    let (mut vm, _) = vm_with_heap(1 << 16);
    let before = vm.heap.bytes_used();
    let items: alloc::vec::Vec<Value> = (0..1000).map(Value::small_int).collect();
    let made = list::new(&mut vm, &items).unwrap();
    assert_eq!(vm.heap.kind_of(made), Some(ObjKind::List));
    let cost = vm.heap.bytes_used() - before;
    let word = crate::heap::WORD_BYTES;
    assert!(cost <= 1000 * word + 8 * word, "list costs {cost} bytes");
}

/// Assemble `build` into a module code unit with `registers` registers.
fn module_code(
    vm: &mut Vm,
    registers: u16,
    build: impl FnOnce(&mut Vm, &mut Assembler),
) -> CodeUnit {
    let mut assembler = Assembler::new();
    build(vm, &mut assembler);
    let assembled = assembler.finish().unwrap();
    CodeUnit {
        info: CodeInfo {
            name: crate::qstr::MODULE,
            qualname: String::from("<module>"),
            filename: crate::qstr::STRING,
            flags: CodeFlags::MODULE,
            register_count: registers,
            bytecode: assembled.bytecode,
            exception_table: assembled.exception_table,
            line_table: assembled.line_table,
            ..CodeInfo::default()
        },
        consts: vec![],
    }
}

fn run_unit(vm: &mut Vm, unit: CodeUnit) -> crate::error::PyResult {
    let code = crate::objects::code::load(vm, unit)?;
    vm.push_root(code);
    let globals = dict::new(vm)?;
    vm.push_root(globals);
    let result = vm.run_code(code, globals, Value::UNBOUND);
    vm.pop_roots(2);
    result
}

#[test]
fn dispatch_loop_runs_arithmetic_and_a_builtin_call() {
    let (mut vm, output) = vm_with_heap(1 << 16);
    let print = vm.intern("print");
    let unit = module_code(&mut vm, 3, |_, asm| {
        let at = Location::default();
        asm.emit(
            Instr::LoadBuiltin(instr::LoadBuiltin {
                dst: Reg(0),
                name: Name(print.0 as u16),
            }),
            at,
        );
        asm.emit(
            Instr::LoadInt(instr::LoadInt {
                dst: Reg(1),
                value: crate::bytecode::Imm(40),
            }),
            at,
        );
        asm.emit(
            Instr::LoadInt(instr::LoadInt {
                dst: Reg(2),
                value: crate::bytecode::Imm(2),
            }),
            at,
        );
        asm.emit(
            Instr::Add(instr::Add {
                dst: Reg(1),
                lhs: Reg(1),
                rhs: Reg(2),
            }),
            at,
        );
        asm.emit(
            Instr::Call(instr::Call {
                dst: Reg(0),
                func: Reg(0),
                argc: crate::bytecode::Count(1),
            }),
            at,
        );
        asm.emit(Instr::ReturnNone(instr::ReturnNone {}), at);
    });
    run_unit(&mut vm, unit).unwrap();
    assert_eq!(output.borrow().as_str(), "42\n");
}

#[test]
fn a_loop_counts_and_exceptions_unwind_to_handlers() {
    let (mut vm, output) = vm_with_heap(1 << 16);
    let print = vm.intern("print");
    // i = 0; while i < 1000: i += 1   then   try: i // 0  except: print(i)
    let unit = module_code(&mut vm, 4, |_, asm| {
        let at = Location::default();
        let top = asm.new_label();
        let done = asm.new_label();
        let start = asm.new_label();
        let end = asm.new_label();
        let handler = asm.new_label();
        asm.emit(
            Instr::LoadInt(instr::LoadInt {
                dst: Reg(0),
                value: crate::bytecode::Imm(0),
            }),
            at,
        );
        asm.emit(
            Instr::LoadInt(instr::LoadInt {
                dst: Reg(1),
                value: crate::bytecode::Imm(1000),
            }),
            at,
        );
        asm.emit(
            Instr::LoadInt(instr::LoadInt {
                dst: Reg(2),
                value: crate::bytecode::Imm(1),
            }),
            at,
        );
        asm.bind(top);
        asm.emit(
            Instr::Lt(instr::Lt {
                dst: Reg(3),
                lhs: Reg(0),
                rhs: Reg(1),
            }),
            at,
        );
        asm.emit(
            Instr::JumpIfFalse(instr::JumpIfFalse {
                cond: Reg(3),
                target: done.target(),
            }),
            at,
        );
        asm.emit(
            Instr::InplaceOp(instr::InplaceOp {
                dst: Reg(0),
                lhs: Reg(0),
                rhs: Reg(2),
                op: crate::bytecode::Byte(crate::bytecode::BinaryOp::Add as u8),
            }),
            at,
        );
        asm.emit(
            Instr::Jump(instr::Jump {
                target: top.target(),
            }),
            at,
        );
        asm.bind(done);
        asm.emit(
            Instr::LoadInt(instr::LoadInt {
                dst: Reg(2),
                value: crate::bytecode::Imm(0),
            }),
            at,
        );
        asm.bind(start);
        asm.emit(
            Instr::FloorDiv(instr::FloorDiv {
                dst: Reg(3),
                lhs: Reg(0),
                rhs: Reg(2),
            }),
            at,
        );
        asm.bind(end);
        asm.emit(Instr::ReturnNone(instr::ReturnNone {}), at);
        asm.bind(handler);
        asm.emit(
            Instr::LoadBuiltin(instr::LoadBuiltin {
                dst: Reg(2),
                name: Name(print.0 as u16),
            }),
            at,
        );
        asm.emit(
            Instr::Move(instr::Move {
                dst: Reg(3),
                src: Reg(0),
            }),
            at,
        );
        asm.emit(
            Instr::Call(instr::Call {
                dst: Reg(2),
                func: Reg(2),
                argc: crate::bytecode::Count(1),
            }),
            at,
        );
        asm.emit(Instr::ReturnNone(instr::ReturnNone {}), at);
        asm.add_handler(start, end, handler, 1);
    });
    run_unit(&mut vm, unit).unwrap();
    assert_eq!(output.borrow().as_str(), "1000\n");
}

#[test]
fn an_uncaught_exception_prints_its_type_and_message() {
    let (mut vm, output) = vm_with_heap(1 << 16);
    let unit = module_code(&mut vm, 2, |_, asm| {
        let at = Location {
            line: 1,
            col: 0,
            end_col: 5,
        };
        asm.emit(
            Instr::LoadInt(instr::LoadInt {
                dst: Reg(0),
                value: crate::bytecode::Imm(1),
            }),
            at,
        );
        asm.emit(
            Instr::LoadInt(instr::LoadInt {
                dst: Reg(1),
                value: crate::bytecode::Imm(0),
            }),
            at,
        );
        asm.emit(
            Instr::TrueDiv(instr::TrueDiv {
                dst: Reg(0),
                lhs: Reg(0),
                rhs: Reg(1),
            }),
            at,
        );
        asm.emit(Instr::ReturnNone(instr::ReturnNone {}), at);
    });
    assert!(run_unit(&mut vm, unit).is_err());
    let outcome = vm.report_uncaught();
    assert_eq!(outcome, crate::vm::RunOutcome::Raised);
    let text = output.borrow().clone();
    assert!(
        text.starts_with("Traceback (most recent call last):\n"),
        "{text}"
    );
    assert!(
        text.ends_with("ZeroDivisionError: division by zero\n"),
        "{text}"
    );
}
