//! Methods of generators (`send`, `throw`, `close`) and of the builtin
//! iterators (`__next__`, `__iter__`).

use super::args::check;
use crate::error::PyResult;
use crate::interp::generator::Resumed;
use crate::native::{Args, NativeFunction};
use crate::objects::generator::{self, GeneratorState};
use crate::objects::iterator::{self, IterKind};
use crate::ops;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;

pub static METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("send", generator_send),
    &NativeFunction::method("throw", generator_throw),
    &NativeFunction::method("close", generator_close),
    &NativeFunction::method("pend_throw", generator_pend_throw),
    &NativeFunction::method("__next__", iterator_next),
    &NativeFunction::method("__iter__", iterator_iter),
];

pub static COROUTINE_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("send", generator_send),
    &NativeFunction::method("throw", generator_throw),
    &NativeFunction::method("close", generator_close),
    &NativeFunction::method("pend_throw", generator_pend_throw),
    &NativeFunction::method("__await__", coroutine_await),
];

/// `coroutine_wrapper`, what `coroutine.__await__()` returns: each method
/// acts on the coroutine.
pub static WRAPPER_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("send", wrapper_send),
    &NativeFunction::method("throw", wrapper_throw),
    &NativeFunction::method("close", wrapper_close),
    &NativeFunction::method("__next__", wrapper_next),
    &NativeFunction::method("__iter__", iterator_iter),
];

pub static ITERATOR_METHODS: &[&NativeFunction] = &[
    &NativeFunction::method("__next__", iterator_next),
    &NativeFunction::method("__iter__", iterator_iter),
];

fn finish(vm: &mut Vm, resumed: Resumed) -> PyResult {
    match resumed {
        Resumed::Yielded(value) => Ok(value),
        Resumed::Returned(value) => Err(vm.raise_stop_iteration(value)),
    }
}

fn generator_send(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "send", 2, 2)?;
    let (target, value) = (args.get(vm, 0), args.get(vm, 1));
    let resumed = vm.resume_generator(target, value, None)?;
    finish(vm, resumed)
}

fn generator_throw(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "throw", 2, 4)?;
    let target = args.get(vm, 0);
    // The arguments stay in their registers, so they are rooted.
    let thrown: alloc::vec::Vec<Value> = (1..args.count).map(|i| args.get(vm, i)).collect();
    let resumed = vm.throw_generator(target, &thrown)?;
    finish(vm, resumed)
}

/// `generator.pend_throw(exc)` (a MicroPython extension, for uasyncio's
/// cancellation): leave `exc` to be raised at the next resume instead of
/// resuming now; None withdraws it. Returns the exception pending before.
fn generator_pend_throw(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "pend_throw", 2, 2)?;
    let (target, exception) = (args.get(vm, 0), args.get(vm, 1));
    if generator::state(vm, target) == GeneratorState::Running {
        return Err(vm.raise_value_error("generator already executing"));
    }
    let previous = generator::field(vm, target, generator::PENDING_THROW);
    generator::set_field(vm, target, generator::PENDING_THROW, exception);
    Ok(previous)
}

fn generator_close(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "close", 1, 1)?;
    let target = args.get(vm, 0);
    close_generator(vm, target)?;
    Ok(Value::NONE)
}

/// `generator.close()`: raise GeneratorExit where it is suspended; it
/// must not yield again.
pub fn close_generator(vm: &mut Vm, target: Value) -> PyResult<()> {
    match generator::state(vm, target) {
        GeneratorState::Created | GeneratorState::Finished => {
            generator::set_state(vm, target, GeneratorState::Finished);
            return Ok(());
        }
        _ => {}
    }
    let exit = vm.call(Value::from_builtin_type(types::GENERATOR_EXIT), &[])?;
    match vm.resume_generator(target, Value::NONE, Some(exit)) {
        Ok(Resumed::Yielded(_)) => Err(vm.raise_runtime_error("generator ignored GeneratorExit")),
        Ok(Resumed::Returned(_)) => Ok(()),
        Err(raised) => {
            if vm.exception_matches(types::GENERATOR_EXIT)
                || vm.exception_matches(types::STOP_ITERATION)
            {
                vm.take_exception();
                Ok(())
            } else {
                Err(raised)
            }
        }
    }
}

fn iterator_next(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__next__", 1, 1)?;
    let target = args.get(vm, 0);
    match ops::iter::next(vm, target)? {
        Some(value) => Ok(value),
        None => Err(vm.raise_stop_iteration(Value::NONE)),
    }
}

fn iterator_iter(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__iter__", 1, 1)?;
    Ok(args.get(vm, 0))
}

/// `coroutine.__await__()`: an iterator over the coroutine.
fn coroutine_await(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__await__", 1, 1)?;
    // The coroutine stays in its argument register, so it is rooted.
    let coroutine = args.get(vm, 0);
    iterator::new(
        vm,
        IterKind::CoroutineWrapper,
        coroutine,
        Value::NONE,
        Value::NONE,
    )
}

fn wrapped_coroutine(vm: &Vm, args: &Args) -> Value {
    iterator::state(vm, args.get(vm, 0), 1)
}

fn wrapper_send(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "send", 2, 2)?;
    let (coroutine, value) = (wrapped_coroutine(vm, args), args.get(vm, 1));
    let resumed = vm.resume_generator(coroutine, value, None)?;
    finish(vm, resumed)
}

fn wrapper_next(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "__next__", 1, 1)?;
    let coroutine = wrapped_coroutine(vm, args);
    let resumed = vm.resume_generator(coroutine, Value::NONE, None)?;
    finish(vm, resumed)
}

fn wrapper_throw(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "throw", 2, 4)?;
    let coroutine = wrapped_coroutine(vm, args);
    // The arguments stay in their registers, so they are rooted; the
    // coroutine by the wrapper in register 0.
    let thrown: alloc::vec::Vec<Value> = (1..args.count).map(|i| args.get(vm, i)).collect();
    let resumed = vm.throw_generator(coroutine, &thrown)?;
    finish(vm, resumed)
}

fn wrapper_close(vm: &mut Vm, args: &Args) -> PyResult {
    check(vm, args, "close", 1, 1)?;
    let coroutine = wrapped_coroutine(vm, args);
    close_generator(vm, coroutine)?;
    Ok(Value::NONE)
}
