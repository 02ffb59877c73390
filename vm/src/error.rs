//! How errors travel through Rust code: a function that can raise returns
//! `PyResult`, whose error is the marker `Raised`; the exception object
//! itself waits in the VM (`Vm::current_exception`), where the collector
//! sees it. This keeps results one or two words and makes `?` the way an
//! exception propagates.

use crate::value::Value;

/// An exception was raised; it is in `Vm::current_exception`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raised;

pub type PyResult<T = Value> = Result<T, Raised>;

use crate::types;
use crate::value::TypeId;
use crate::vm::Vm;

impl Vm {
    /// Raise `exception` (an exception instance): it becomes the current
    /// exception, with the exception being handled (if any) as its context.
    pub fn raise_exception(&mut self, exception: Value) -> Raised {
        let handled = self.handled_exception;
        if handled.is_heap()
            && handled != exception
            && crate::objects::exception::is_exception(self, exception)
        {
            let context = crate::objects::exception::field(
                self,
                exception,
                crate::objects::exception::CONTEXT,
            );
            if context.is_none() {
                crate::objects::exception::set_field(
                    self,
                    exception,
                    crate::objects::exception::CONTEXT,
                    handled,
                );
            }
        }
        self.current_exception = exception;
        self.reraising = false;
        Raised
    }

    /// Raise an exception of builtin type `type_id` with `message` as its
    /// single argument.
    pub fn raise_msg(&mut self, type_id: TypeId, message: &str) -> Raised {
        let made = (|| {
            let text = crate::objects::str::new(self, message)?;
            self.push_root(text);
            let args = crate::objects::tuple::new(self, &[text]);
            self.pop_roots(1);
            let args = args?;
            self.push_root(args);
            let exception =
                crate::objects::exception::new(self, Value::from_builtin_type(type_id), args);
            self.pop_roots(1);
            exception
        })();
        match made {
            Ok(exception) => self.raise_exception(exception),
            Err(_) => self.raise_emergency(type_id),
        }
    }

    /// Raise UnicodeDecodeError (`object` is the bytes decoded) or
    /// UnicodeEncodeError (`object` a str) with CPython's five arguments:
    /// encoding, object, start, end, reason.
    pub fn raise_unicode_error(
        &mut self,
        type_id: TypeId,
        encoding: &str,
        object: Value,
        start: usize,
        end: usize,
        reason: &str,
    ) -> Raised {
        let mark = self.root_mark();
        self.push_root(object);
        let made = (|| {
            let encoding = crate::objects::str::new(self, encoding)?;
            self.push_root(encoding);
            let reason = crate::objects::str::new(self, reason)?;
            self.push_root(reason);
            let start = crate::objects::int::from_i128(self, start as i128)?;
            self.push_root(start);
            let end = crate::objects::int::from_i128(self, end as i128)?;
            Ok((encoding, start, end, reason))
        })();
        let raised = match made {
            Ok((encoding, start, end, reason)) => {
                self.raise_with_args(type_id, &[encoding, object, start, end, reason])
            }
            Err(raised) => raised,
        };
        self.truncate_roots(mark);
        raised
    }

    /// Raise an exception of builtin type `type_id` when there is no memory
    /// to make one (the heap is locked or full): the emergency exception
    /// made at start-up is given that type and no arguments, so that the
    /// program still sees the right type (a NameError in an interrupt
    /// handler stays a NameError). It has one instance: while it is being
    /// handled, a second emergency degrades to the MemoryError.
    pub(crate) fn raise_emergency(&mut self, type_id: TypeId) -> Raised {
        let Some(error) = crate::builtins::emergency_exception::take(self, type_id, &[]) else {
            return self.raise_memory_error();
        };
        self.current_exception = error;
        self.reraising = false;
        Raised
    }

    /// Raise an exception of builtin type `type_id` with these arguments.
    pub fn raise_with_args(&mut self, type_id: TypeId, args: &[Value]) -> Raised {
        let mark = self.root_mark();
        for &arg in args {
            self.push_root(arg);
        }
        let made = (|| {
            let args = crate::objects::tuple::new(self, args)?;
            self.push_root(args);
            crate::objects::exception::new(self, Value::from_builtin_type(type_id), args)
        })();
        self.truncate_roots(mark);
        match made {
            Ok(exception) => self.raise_exception(exception),
            Err(_) => self.raise_emergency(type_id),
        }
    }

    pub fn raise_type_error(&mut self, message: &str) -> Raised {
        self.raise_msg(types::TYPE_ERROR, message)
    }

    pub fn raise_value_error(&mut self, message: &str) -> Raised {
        self.raise_msg(types::VALUE_ERROR, message)
    }

    pub fn raise_index_error(&mut self, message: &str) -> Raised {
        self.raise_msg(types::INDEX_ERROR, message)
    }

    pub fn raise_overflow_error(&mut self, message: &str) -> Raised {
        self.raise_msg(types::OVERFLOW_ERROR, message)
    }

    pub fn raise_zero_division(&mut self, message: &str) -> Raised {
        self.raise_msg(types::ZERO_DIVISION_ERROR, message)
    }

    pub fn raise_runtime_error(&mut self, message: &str) -> Raised {
        self.raise_msg(types::RUNTIME_ERROR, message)
    }

    pub fn raise_attribute_error(&mut self, message: &str) -> Raised {
        self.raise_msg(types::ATTRIBUTE_ERROR, message)
    }

    /// KeyError(key): the key itself is the argument, as in CPython.
    pub fn raise_key_error(&mut self, key: Value) -> Raised {
        self.raise_with_args(types::KEY_ERROR, &[key])
    }

    /// StopIteration carrying a generator's return value (no argument for
    /// None, as CPython).
    pub fn raise_stop_iteration(&mut self, value: Value) -> Raised {
        if value.is_none() {
            self.raise_with_args(types::STOP_ITERATION, &[])
        } else {
            self.raise_with_args(types::STOP_ITERATION, &[value])
        }
    }

    /// Take the current exception (after catching a `Raised`).
    pub fn take_exception(&mut self) -> Value {
        core::mem::replace(&mut self.current_exception, Value::NONE)
    }

    /// The current exception, still pending.
    pub fn current_exception(&self) -> Value {
        self.current_exception
    }

    /// Whether the pending exception is an instance of builtin type
    /// `type_id` (or a subclass).
    pub fn exception_matches(&self, type_id: TypeId) -> bool {
        crate::ops::types::is_instance_of_builtin(self, self.current_exception, type_id)
    }
}
