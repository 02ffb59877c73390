//! Resuming generators: `next`, `send` and `throw` copy the suspended
//! registers back onto the stack, push the generator's frame as an entry
//! frame and run the dispatch loop until it yields, returns or raises.
//!
//! A generator suspended in `yield from` hands `throw()` and `close()` to
//! its sub-iterator first, as CPython's `gen_throw` does.

use crate::bytecode::opcodes::instr;
use crate::bytecode::{CodeFlags, Opcode};
use crate::error::{PyResult, Raised};
use crate::heap::ObjKind;
use crate::interp::frame::{Frame, FrameExit};
use crate::interp::run::Unwound;
use crate::objects::generator::{self, GeneratorState};
use crate::objects::{code, function};
use crate::qstr;
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

/// How a suspended frame is resumed.
#[derive(Clone, Copy)]
enum Resume {
    /// With a value for the `yield` (or for the sub-iterator of a `yield
    /// from`) it is suspended at.
    Send(Value),
    /// With an exception raised where it is suspended.
    Throw(Value),
    /// Past the `yield from` it is suspended at, which evaluates to this
    /// value (its sub-iterator finished while an exception was thrown in).
    AfterYieldFrom(Value),
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
        let pending = generator::field(self, generator_value, generator::PENDING_THROW);
        let state = generator::state(self, generator_value);
        let thrown = match thrown {
            // MicroPython's `pend_throw`: the next send (or `next`) raises
            // the pending exception in place of the value it sends. A
            // running generator keeps it, so the resume below reports
            // "already executing".
            None if !pending.is_none() && state != GeneratorState::Running => {
                generator::set_field(self, generator_value, generator::PENDING_THROW, Value::NONE);
                Some(pending)
            }
            other => other,
        };
        match thrown {
            None => self.resume_frame(generator_value, Resume::Send(sent)),
            Some(exception) => {
                self.push_root(exception);
                let result = self.throw_generator(generator_value, &[exception]);
                self.pop_roots(1);
                result
            }
        }
    }

    /// `generator.throw(*thrown)`: `thrown` is an exception, or a class
    /// with an optional value (the arguments of the call, rooted by the
    /// caller). A sub-iterator of `yield from` gets them as they are; here
    /// they must make an exception, else TypeError, and the generator is
    /// left as it was.
    pub fn throw_generator(
        &mut self,
        generator_value: Value,
        thrown: &[Value],
    ) -> PyResult<Resumed> {
        let state = generator::state(self, generator_value);
        if state == GeneratorState::Suspended {
            if let Some(inner) = self.yield_from_inner(generator_value) {
                self.push_root(inner);
                // While the sub-iterator runs, this generator counts as
                // running.
                generator::set_state(self, generator_value, GeneratorState::Running);
                let delegated = self.throw_to_sub_iterator(inner, thrown);
                generator::set_state(self, generator_value, GeneratorState::Suspended);
                self.pop_roots(1);
                match delegated {
                    Ok(Some(Resumed::Yielded(value))) => return Ok(Resumed::Yielded(value)),
                    Ok(Some(Resumed::Returned(value))) => {
                        return self.resume_frame(generator_value, Resume::AfterYieldFrom(value))
                    }
                    Ok(None) => {}
                    Err(_) => {
                        let replacement = self.take_exception();
                        return self.resume_frame(generator_value, Resume::Throw(replacement));
                    }
                }
            }
        }
        let exception = thrown_exception(self, thrown)?;
        self.resume_frame(generator_value, Resume::Throw(exception))
    }

    /// The sub-iterator of the `yield from` a suspended generator is at.
    fn yield_from_inner(&mut self, generator_value: Value) -> Option<Value> {
        let code_object = generator::field(self, generator_value, generator::CODE);
        let code = code::data(self, code_object);
        let ip =
            generator::field(self, generator_value, generator::IP).small_int_unchecked() as usize;
        if code.info.bytecode.get(ip).copied() != Some(Opcode::YieldFrom as u8) {
            return None;
        }
        let yield_from = instr::YieldFrom::read(&code.info.bytecode, ip);
        let registers = generator::field(self, generator_value, generator::REGISTERS);
        registers.is_heap().then(|| {
            self.heap
                .value(registers.heap_index_unchecked(), yield_from.iter.index())
        })
    }

    /// Throw into the sub-iterator of a `yield from`: GeneratorExit closes
    /// it and is then raised in the delegating generator anyway (None);
    /// other exceptions go to its `throw`, None when it has none. Its
    /// StopIteration is a return.
    fn throw_to_sub_iterator(
        &mut self,
        inner: Value,
        thrown: &[Value],
    ) -> PyResult<Option<Resumed>> {
        // Rooted by the caller, as the wrapper that holds it.
        let inner = crate::ops::iter::unwrap_coroutine_wrapper(self, inner);
        let is_generator = self.heap.kind_of(inner) == Some(ObjKind::Generator);
        let first = thrown.first().copied().unwrap_or(Value::NONE);
        let exiting = crate::ops::types::is_instance_of_builtin(self, first, types::GENERATOR_EXIT)
            || first == Value::from_builtin_type(types::GENERATOR_EXIT);
        if exiting {
            if is_generator {
                crate::builtins::generator_methods::close_generator(self, inner)?;
            } else if let Some(close) = crate::ops::attr::lookup_attr(self, inner, qstr::CLOSE)? {
                self.call(close, &[])?;
            }
            return Ok(None);
        }
        if is_generator {
            return self.throw_generator(inner, thrown).map(Some);
        }
        let Some(throw) = crate::ops::attr::lookup_attr(self, inner, qstr::THROW)? else {
            return Ok(None);
        };
        match self.call(throw, thrown) {
            Ok(value) => Ok(Some(Resumed::Yielded(value))),
            Err(_) if self.exception_matches(types::STOP_ITERATION) => Ok(Some(Resumed::Returned(
                crate::ops::iter::take_stop_iteration_value(self),
            ))),
            Err(raised) => Err(raised),
        }
    }

    /// Run a suspended (or new) generator's frame until it yields, returns
    /// or raises.
    fn resume_frame(&mut self, generator_value: Value, how: Resume) -> PyResult<Resumed> {
        let thrown = match how {
            Resume::Throw(exception) => Some(exception),
            _ => None,
        };
        let sent = match how {
            Resume::Send(value) => value,
            _ => Value::NONE,
        };
        let state = generator::state(self, generator_value);
        match state {
            GeneratorState::Running => {
                let message = match kind_name(self, generator_value) {
                    "coroutine" => "coroutine already executing",
                    "async generator" => "async generator already executing",
                    _ => "generator already executing",
                };
                return Err(self.raise_value_error(message));
            }
            // A finished coroutine cannot run again, whether sent to,
            // thrown into or awaited (close() never gets here).
            GeneratorState::Finished if kind_name(self, generator_value) == "coroutine" => {
                return Err(self.raise_runtime_error("cannot reuse already awaited coroutine"));
            }
            GeneratorState::Finished => {
                return match thrown {
                    Some(exception) => Err(self.raise_exception(exception)),
                    None => Ok(Resumed::Returned(Value::NONE)),
                };
            }
            GeneratorState::Created if thrown.is_some() => {
                // The body never started, so no handler in it can see the
                // exception: the generator just ends with it.
                generator::set_state(self, generator_value, GeneratorState::Finished);
                let exception = thrown.unwrap_or(Value::NONE);
                return Err(self.raise_exception(exception));
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
        let (sent, thrown) = match how {
            Resume::Send(value) | Resume::AfterYieldFrom(value) => (value, None),
            Resume::Throw(exception) => (Value::NONE, Some(exception)),
        };
        if state == GeneratorState::Suspended && thrown.is_none() {
            let resume_register =
                generator::field(self, generator_value, generator::RESUME_REGISTER)
                    .small_int_unchecked() as usize;
            self.stack[base + resume_register] = sent;
            // After a Yield, continue with the next instruction; a YieldFrom
            // runs again to pass the value on, unless its sub-iterator is
            // done.
            if code.info.bytecode.get(ip).copied() == Some(Opcode::Yield as u8) {
                ip += instr::Yield::SIZE;
            } else if matches!(how, Resume::AfterYieldFrom(_)) {
                ip += instr::YieldFrom::SIZE;
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
            constructing: Value::UNBOUND,
            base,
            ip,
            call_ip: 0,
            return_to: 0,
            entry: true,
            // The registers just pushed. `throw_into` pushes the frame as
            // is, and a callee returning to it cuts the stack back to this.
            live_end: base + register_count,
        };
        generator::set_state(self, generator_value, GeneratorState::Running);
        // A generator suspended inside an `except` block keeps handling its
        // exception when resumed, and its caller's handled exception is
        // restored when it yields, as CPython's per-generator exc_info.
        // Whether it is inside one of its own handlers is the frame's
        // handler depth (EnterHandler/LeaveHandler count it), not a
        // comparison with the caller's exception, which may be the same
        // object.
        let caller_handled = self.handled_exception;
        self.push_root(caller_handled);
        let outer_resumer_handled = self.resumer_handled;
        self.resumer_handled = caller_handled;
        if generator::handler_depth(self, generator_value) > 0 {
            self.handled_exception = generator::field(self, generator_value, generator::HANDLED);
        }
        let result = match thrown {
            None => self.run_entry_frame(frame),
            Some(exception) => self.throw_into(frame, exception),
        };
        let still_handling = match result {
            Ok(FrameExit::Yield(_)) if generator::handler_depth(self, generator_value) > 0 => {
                self.handled_exception
            }
            Ok(FrameExit::Yield(_)) => Value::NONE,
            _ => {
                generator::set_field(
                    self,
                    generator_value,
                    generator::HANDLER_DEPTH,
                    Value::small_int(0),
                );
                Value::NONE
            }
        };
        generator::set_field(self, generator_value, generator::HANDLED, still_handling);
        self.handled_exception = caller_handled;
        self.resumer_handled = outer_resumer_handled;
        self.pop_roots(1);
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

/// What CPython's messages call a generator object: "generator",
/// "coroutine" or "async generator", from its code's flags.
fn kind_name(vm: &Vm, generator_value: Value) -> &'static str {
    let code_object = generator::field(vm, generator_value, generator::CODE);
    let flags = code::data(vm, code_object).info.flags;
    if flags.contains(CodeFlags::COROUTINE) {
        "coroutine"
    } else if flags.contains(CodeFlags::ASYNC_GENERATOR) {
        "async generator"
    } else {
        "generator"
    }
}

/// The exception `throw(*thrown)` raises: `throw(exc)`, `throw(cls)`,
/// `throw(cls, value)` (value an instance, None, an argument or a tuple of
/// them) and the traceback argument, which is ignored.
fn thrown_exception(vm: &mut Vm, thrown: &[Value]) -> PyResult {
    let mut exception = thrown.first().copied().unwrap_or(Value::NONE);
    if thrown.len() >= 2 && crate::ops::types::is_exception_class(vm, exception) {
        let value = thrown[1];
        exception = if crate::ops::types::is_instance(vm, value, exception) {
            value
        } else if value.is_none() {
            vm.call(exception, &[])?
        } else if vm.heap.kind_of(value) == Some(ObjKind::Tuple) {
            let items = crate::ops::sequence::items_of(vm, value);
            vm.call(exception, &items)?
        } else {
            vm.call(exception, &[value])?
        };
    }
    if crate::objects::exception::is_exception(vm, exception)
        || crate::ops::types::is_exception_class(vm, exception)
    {
        return crate::ops::raise::make_exception(vm, exception);
    }
    let message = alloc::format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        crate::ops::types::type_name(vm, exception)
    );
    Err(vm.raise_type_error(&message))
}
