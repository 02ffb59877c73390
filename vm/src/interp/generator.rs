//! Resuming generators: `next`, `send` and `throw` copy the suspended
//! registers back onto the stack, push the generator's frame as an entry
//! frame and run the dispatch loop until it yields, returns or raises.

use crate::bytecode::opcodes::instr;
use crate::bytecode::Opcode;
use crate::error::{PyResult, Raised};
use crate::interp::frame::{Frame, FrameExit};
use crate::interp::run::Unwound;
use crate::objects::generator::{self, GeneratorState};
use crate::objects::{code, function};
use crate::types;
use crate::value::Value;
use crate::vm::Vm;

/// How a resumed generator gave control back.
pub enum Resumed {
    Yielded(Value),
    /// It finished, with this return value (None when it was already
    /// finished).
    Returned(Value),
}

impl Vm {
    /// Resume `generator`, sending it `sent`, or raising `thrown` inside it
    /// at the point where it is suspended.
    pub fn resume_generator(
        &mut self,
        generator_value: Value,
        sent: Value,
        thrown: Option<Value>,
    ) -> PyResult<Resumed> {
        let state = generator::state(self, generator_value);
        match state {
            GeneratorState::Running => {
                return Err(self.raise_value_error("generator already executing"));
            }
            GeneratorState::Finished => {
                return match thrown {
                    Some(exception) => Err(self.raise_exception(exception)),
                    None => Ok(Resumed::Returned(Value::NONE)),
                };
            }
            GeneratorState::Created if thrown.is_none() && !sent.is_none() => {
                return Err(
                    self.raise_type_error("can't send non-None value to a just-started generator")
                );
            }
            _ => {}
        }
        let code_object = generator::field(self, generator_value, generator::CODE);
        let function_value = generator::field(self, generator_value, generator::FUNCTION);
        let code = code::data(self, code_object);
        let registers = generator::field(self, generator_value, generator::REGISTERS);
        let register_count = code.info.register_count as usize;
        let saved_len = self.stack.len();
        let base = saved_len;
        for i in 0..register_count {
            let value = if registers.is_heap() {
                self.heap.value(registers.heap_index_unchecked(), i)
            } else {
                Value::UNBOUND
            };
            self.stack.push(value);
        }
        let mut ip =
            generator::field(self, generator_value, generator::IP).small_int_unchecked() as usize;
        if state == GeneratorState::Suspended && thrown.is_none() {
            let resume_register =
                generator::field(self, generator_value, generator::RESUME_REGISTER)
                    .small_int_unchecked() as usize;
            self.stack[base + resume_register] = sent;
            // After a Yield, continue with the next instruction; a YieldFrom
            // runs again to pass the value on.
            if code.info.bytecode.get(ip).copied() == Some(Opcode::Yield as u8) {
                ip += instr::Yield::SIZE;
            }
        }
        let globals = function::field(self, function_value, function::GLOBALS);
        let frame = Frame {
            code,
            code_object,
            function: function_value,
            globals,
            locals: Value::UNBOUND,
            generator: generator_value,
            base,
            ip,
            call_ip: 0,
            return_to: 0,
            entry: true,
            live_end: 0,
        };
        generator::set_state(self, generator_value, GeneratorState::Running);
        let result = match thrown {
            None => self.run_entry_frame(frame),
            Some(exception) => self.throw_into(frame, exception),
        };
        self.stack.truncate(saved_len);
        match result {
            Ok(FrameExit::Yield(value)) => Ok(Resumed::Yielded(value)),
            Ok(FrameExit::Return(value)) => Ok(Resumed::Returned(value)),
            Err(raised) => {
                // The frame is gone; make sure the generator is marked done
                // (a recursion error may have stopped it before it ran).
                if generator::state(self, generator_value) == GeneratorState::Running {
                    generator::set_state(self, generator_value, GeneratorState::Finished);
                }
                Err(raised)
            }
        }
    }

    /// Push a generator frame and raise `exception` at its current
    /// instruction.
    fn throw_into(&mut self, frame: Frame, exception: Value) -> PyResult<FrameExit> {
        if self.frames.len() >= self.config.recursion_limit {
            return Err(self.raise_msg(types::RECURSION_ERROR, "maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        let _ = self.raise_exception(exception);
        match self.unwind() {
            Unwound::Handled => {
                self.reentry_depth += 1;
                let result = self.dispatch();
                self.reentry_depth -= 1;
                result
            }
            Unwound::Escaped => Err(Raised),
        }
    }
}
