//! Generators and coroutines (traced): a suspended frame.
//!
//! ```text
//!   word 0  the function (its code, globals and name)
//!   word 1  saved registers: a ValueArray, or 0 before the first run
//!   word 2  resume offset in the bytecode (small int)
//!   word 3  state (small int, GeneratorState)
//!   word 4  register that receives the value sent on resume (small int)
//!   word 5  the code object
//!   word 6  the exception it is handling while suspended, or None
//!   word 7  the exception `pend_throw` left for its next resume, or None
//!   word 8  how many of its own `except`/`finally` handlers the frame is
//!           inside (small int), kept by EnterHandler/LeaveHandler
//! ```
//!
//! Word 8 is what tells, at a yield, whether the exception being handled is
//! the generator's own (to keep in word 6) or its caller's: comparing the
//! two cannot, since both may be the same object (`gen.throw(e)` from the
//! caller's `except` handling `e`).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::Vm;

pub const FUNCTION: usize = 0;
pub const REGISTERS: usize = 1;
pub const IP: usize = 2;
pub const STATE: usize = 3;
pub const RESUME_REGISTER: usize = 4;
pub const CODE: usize = 5;
pub const HANDLED: usize = 6;
pub const PENDING_THROW: usize = 7;
pub const HANDLER_DEPTH: usize = 8;
const PAYLOAD: usize = 9;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorState {
    /// Created, not started: only None may be sent.
    Created = 0,
    Suspended = 1,
    Running = 2,
    Finished = 3,
}

/// A generator for `function`, whose first frame registers (the bound
/// arguments) are `stack[base..base + register_count]`.
pub fn new(
    vm: &mut Vm,
    function: Value,
    code: Value,
    base: usize,
    register_count: usize,
) -> PyResult<Value> {
    let registers = vm.alloc(ObjKind::ValueArray, register_count)?;
    for i in 0..register_count {
        let value = vm.stack[base + i];
        vm.heap.set_value(registers, i, value);
    }
    let registers = Value::from_heap_index(registers);
    vm.push_root(registers);
    let object = vm.alloc(ObjKind::Generator, PAYLOAD);
    vm.pop_roots(1);
    let object = object?;
    let heap = &mut vm.heap;
    heap.set_value(object, FUNCTION, function);
    heap.set_value(object, REGISTERS, registers);
    heap.set_value(object, IP, Value::small_int(0));
    heap.set_value(
        object,
        STATE,
        Value::small_int(GeneratorState::Created as isize),
    );
    heap.set_value(object, RESUME_REGISTER, Value::small_int(0));
    heap.set_value(object, CODE, code);
    heap.set_value(object, HANDLED, Value::NONE);
    heap.set_value(object, PENDING_THROW, Value::NONE);
    heap.set_value(object, HANDLER_DEPTH, Value::small_int(0));
    Ok(Value::from_heap_index(object))
}

#[inline]
pub fn field(vm: &Vm, generator: Value, field: usize) -> Value {
    vm.heap.value(generator.heap_index_unchecked(), field)
}

#[inline]
pub fn set_field(vm: &mut Vm, generator: Value, field: usize, value: Value) {
    vm.heap
        .set_value(generator.heap_index_unchecked(), field, value);
}

pub fn state(vm: &Vm, generator: Value) -> GeneratorState {
    match field(vm, generator, STATE).small_int_unchecked() {
        0 => GeneratorState::Created,
        1 => GeneratorState::Suspended,
        2 => GeneratorState::Running,
        _ => GeneratorState::Finished,
    }
}

/// How many of its own handlers the generator's frame is inside.
#[inline]
pub fn handler_depth(vm: &Vm, generator: Value) -> isize {
    field(vm, generator, HANDLER_DEPTH).small_int_unchecked()
}

/// The frame entered (+1) or left (-1) one of its handlers; returns the new
/// depth.
#[inline]
pub fn add_handler_depth(vm: &mut Vm, generator: Value, change: isize) -> isize {
    let depth = (handler_depth(vm, generator) + change).max(0);
    set_field(vm, generator, HANDLER_DEPTH, Value::small_int(depth));
    depth
}

pub fn set_state(vm: &mut Vm, generator: Value, state: GeneratorState) {
    set_field(vm, generator, STATE, Value::small_int(state as isize));
}
