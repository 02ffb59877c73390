//! Calling any callable from Rust: native functions, Python functions
//! (run in a nested dispatch loop), bound methods, classes (instantiation)
//! and objects with `__call__`.
//!
//! The dispatch loop calls Python functions without going through here
//! (it pushes their frame and carries on in the same loop); everything else
//! it calls through `call_args`.

use crate::bytecode::CodeFlags;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::interp::bind::{bind_arguments, keyword_count};
use crate::interp::frame::{Frame, FrameExit};
use crate::native::Args;
use crate::objects::{bound_method, class, code, function, generator, instance};
use crate::ops;
use crate::qstr::{self, QStr};
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

impl Vm {
    /// `callable(*args)`. The arguments are copied onto the stack, where
    /// they are rooted for the call.
    pub fn call(&mut self, callable: Value, args: &[Value]) -> PyResult {
        let top = self.stack.len();
        self.stack.push(callable);
        self.stack.extend_from_slice(args);
        let result = self.call_args(
            callable,
            Args {
                base: top + 1,
                count: args.len(),
                kwnames: Value::UNBOUND,
            },
        );
        self.stack.truncate(top);
        result
    }

    /// `receiver.name(*args)`.
    pub fn call_method(&mut self, receiver: Value, name: QStr, args: &[Value]) -> PyResult {
        let top = self.stack.len();
        self.stack.push(receiver);
        let result = (|| {
            let (method, bound_self) = ops::attr::load_method(self, receiver, name)?;
            self.stack.push(method);
            let base = self.stack.len();
            if !bound_self.is_unbound() {
                self.stack.push(bound_self);
            }
            self.stack.extend_from_slice(args);
            let count = self.stack.len() - base;
            self.call_args(
                method,
                Args {
                    base,
                    count,
                    kwnames: Value::UNBOUND,
                },
            )
        })();
        self.stack.truncate(top);
        result
    }

    /// Call `callable` with arguments that are already on the stack.
    pub fn call_args(&mut self, callable: Value, args: Args) -> PyResult {
        if let Some(index) = callable.as_native_function() {
            return self.call_native(index, args);
        }
        if let Some(id) = callable.as_builtin_type() {
            return crate::builtins::construct(self, id, args);
        }
        match self.heap.kind_of(callable) {
            Some(ObjKind::Function) => self.call_function(callable, args),
            Some(ObjKind::BoundMethod) => {
                let function = bound_method::function(self, callable);
                let receiver = bound_method::receiver(self, callable);
                let shifted = self.prepend_argument(receiver, args);
                let top = shifted.base - 1;
                let result = self.call_args(function, shifted);
                self.stack.truncate(top);
                result
            }
            Some(ObjKind::Class) => {
                let metaclass = class::field(self, callable, class::METACLASS);
                if class::is_class(self, metaclass) {
                    if let Some(method) = class::lookup_user(self, metaclass, qstr::DUNDER_CALL)? {
                        let shifted = self.prepend_argument(callable, args);
                        let top = shifted.base - 1;
                        let result = self.call_args(method, shifted);
                        self.stack.truncate(top);
                        return result;
                    }
                }
                self.instantiate(callable, args)
            }
            Some(ObjKind::StaticMethod) => {
                let inner = crate::objects::property::field(self, callable, 0);
                self.call_args(inner, args)
            }
            _ => {
                if matches!(self.heap.kind_of(callable), Some(ObjKind::Instance)) {
                    let class = instance::class(self, callable);
                    if let Some(method) = class::lookup(self, class, qstr::DUNDER_CALL)? {
                        let shifted = self.prepend_argument(callable, args);
                        let top = shifted.base - 1;
                        let result = self.call_args(method, shifted);
                        self.stack.truncate(top);
                        return result;
                    }
                }
                let message = format!(
                    "'{}' object is not callable",
                    ops::types::type_name(self, callable)
                );
                Err(self.raise_type_error(&message))
            }
        }
    }

    /// Call native function number `index`.
    #[inline]
    pub(crate) fn call_native(&mut self, index: usize, args: Args) -> PyResult {
        let native = self.native(index);
        self.check_method_receiver(index, &args)?;
        // Stack slots above the arguments are dead while it runs.
        let saved = self.native_args_end;
        self.native_args_end = args.base + args.count + args.keyword_count(self);
        let result = (native.call)(self, &args);
        self.native_args_end = saved;
        result
    }

    /// Copy `args` to the top of the stack with `first` in front; the caller
    /// truncates the stack to `result.base - 1` afterwards.
    pub(crate) fn prepend_argument(&mut self, first: Value, args: Args) -> Args {
        let keywords = keyword_count(self, &args);
        let top = self.stack.len();
        // A slot below the new arguments keeps the stack shape uniform for
        // callers that truncate to base - 1.
        self.stack.push(Value::NONE);
        let base = self.stack.len();
        self.stack.push(first);
        for i in 0..args.count + keywords {
            let value = self.stack[args.base + i];
            self.stack.push(value);
        }
        debug_assert_eq!(base, top + 1);
        Args {
            base,
            count: args.count + 1,
            kwnames: args.kwnames,
        }
    }

    /// Run a Python function in a nested dispatch loop.
    pub(crate) fn call_function(&mut self, function: Value, args: Args) -> PyResult {
        let code_object = function::field(self, function, function::CODE);
        let code = code::data(self, code_object);
        let keywords = keyword_count(self, &args);
        // Bind in place when the arguments are the top of the stack.
        let base = if args.base + args.count + keywords == self.stack.len() {
            args.base
        } else {
            self.stack.len()
        };
        let saved_len = self.stack.len();
        if let Err(raised) = bind_arguments(self, function, &code, args, base) {
            self.stack.truncate(saved_len);
            return Err(raised);
        }
        let register_count = code.info.register_count as usize;
        if code
            .info
            .flags
            .intersects(CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
        {
            let result = generator::new(self, function, code_object, base, register_count);
            self.stack.truncate(saved_len);
            return result;
        }
        let globals = function::field(self, function, function::GLOBALS);
        let frame = Frame {
            code,
            code_object,
            function,
            globals,
            locals: Value::UNBOUND,
            generator: Value::UNBOUND,
            constructing: Value::UNBOUND,
            base,
            ip: 0,
            call_ip: 0,
            return_to: 0,
            entry: true,
            live_end: 0,
        };
        let result = self.run_entry_frame(frame);
        self.stack.truncate(saved_len);
        match result? {
            FrameExit::Return(value) => Ok(value),
            // Only generator frames yield, and those are not run here.
            FrameExit::Yield(value) => Ok(value),
        }
    }

    /// Push `frame` (an entry frame) and run the dispatch loop until it
    /// returns or yields.
    pub(crate) fn run_entry_frame(&mut self, mut frame: Frame) -> PyResult<FrameExit> {
        if self.frames.len() >= self.config.recursion_limit
            || self.reentry_depth >= self.config.reentry_limit
        {
            return Err(self.raise_msg(types::RECURSION_ERROR, "maximum recursion depth exceeded"));
        }
        let end = frame.base + frame.code.info.register_count as usize;
        if self.stack.len() < end {
            self.stack.resize(end, Value::UNBOUND);
        }
        // Whatever the Rust caller has on the stack stays too.
        frame.live_end = self.stack.len();
        self.frames.push(frame);
        self.reentry_depth += 1;
        let result = self.dispatch();
        self.reentry_depth -= 1;
        result
    }

    /// Instantiate a user class: `__new__` (default: an empty instance of the
    /// right layout), then `__init__`.
    pub(crate) fn instantiate(&mut self, class_value: Value, args: Args) -> PyResult {
        let mark = self.root_mark();
        self.push_root(class_value);
        let result = self.instantiate_rooted(class_value, args);
        self.truncate_roots(mark);
        result
    }

    fn instantiate_rooted(&mut self, class_value: Value, args: Args) -> PyResult {
        let new_method = class::lookup_user(self, class_value, qstr::DUNDER_NEW)?;
        let instance = match new_method {
            Some(method) => {
                let method = match self.heap.kind_of(method) {
                    Some(ObjKind::StaticMethod) => crate::objects::property::field(self, method, 0),
                    _ => method,
                };
                let shifted = self.prepend_argument(class_value, args);
                let top = shifted.base - 1;
                let result = self.call_args(method, shifted);
                self.stack.truncate(top);
                let made = result?;
                // __init__ runs only if __new__ returned an instance of the class.
                if !ops::types::is_instance(self, made, class_value) {
                    return Ok(made);
                }
                made
            }
            _ => self.allocate_instance(class_value, args)?,
        };
        self.push_root(instance);
        // object.__init__ rejects arguments unless __new__ was overridden
        // (which then took them).
        let plain_object = class::field(self, class_value, class::BUILTIN_BASE)
            .as_builtin_type()
            .is_none_or(|base| base == types::OBJECT);
        if plain_object
            && (args.count > 0 || args.kwnames.is_heap())
            && new_method.is_none()
            && class::lookup_user(self, class_value, qstr::DUNDER_INIT)?.is_none()
        {
            let message = format!(
                "{}() takes no arguments",
                ops::types::class_name(self, class_value)
            );
            return Err(self.raise_type_error(&message));
        }
        if let Some(init) = class::lookup(self, class_value, qstr::DUNDER_INIT)? {
            let shifted = self.prepend_argument(instance, args);
            let top = shifted.base - 1;
            let result = self.call_args(init, shifted);
            self.stack.truncate(top);
            let returned = result?;
            if !returned.is_none() {
                let message = format!(
                    "__init__() should return None, not '{}'",
                    ops::types::type_name(self, returned)
                );
                return Err(self.raise_type_error(&message));
            }
        } else if args.count > 0 || args.kwnames.is_heap() {
            let message = format!(
                "{}() takes no arguments",
                ops::types::class_name(self, class_value)
            );
            return Err(self.raise_type_error(&message));
        }
        Ok(instance)
    }

    /// A fresh instance of a user class, laid out for its builtin base.
    pub(crate) fn allocate_instance(&mut self, class_value: Value, args: Args) -> PyResult {
        let base = class::field(self, class_value, class::BUILTIN_BASE)
            .as_builtin_type()
            .unwrap_or(types::OBJECT);
        if base == types::TYPE {
            // `class_value` is a metaclass: its instances are classes.
            return crate::builtins::build_class::new_class_of(self, class_value, args);
        }
        if types::is_exception_type(base) {
            let arguments = crate::objects::tuple::from_stack(self, args.base, args.count)?;
            self.push_root(arguments);
            let exception = crate::objects::exception::new(self, class_value, arguments);
            self.pop_roots(1);
            return exception;
        }
        let instance = instance::new(self, class_value)?;
        if base != types::OBJECT {
            // A subclass of a builtin type wraps a value of that type,
            // built from the same arguments.
            self.push_root(instance);
            // Mutable containers start empty and their `__init__` fills
            // them, as in CPython, so a subclass's own `__init__` may take
            // other arguments.
            let args = if matches!(base, types::DICT | types::LIST | types::DEQUE) {
                Args {
                    base: args.base,
                    count: 0,
                    kwnames: Value::UNBOUND,
                }
            } else {
                args
            };
            let native = crate::builtins::construct(self, base, args);
            self.pop_roots(1);
            instance::set_native(self, instance, native?);
        }
        Ok(instance)
    }
}
