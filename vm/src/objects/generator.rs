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
//! ```

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
const PAYLOAD: usize = 8;

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

pub fn set_state(vm: &mut Vm, generator: Value, state: GeneratorState) {
    set_field(vm, generator, STATE, Value::small_int(state as isize));
}
