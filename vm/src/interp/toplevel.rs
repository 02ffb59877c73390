//! Running whole programs: compile source text, load it, run it as a
//! module, and report what escapes (a traceback, or SystemExit's status).
//! Also the REPL's "run one entry" and `exec`/`eval`.

use crate::compile::{compile_source, compile_source_at_level, CompileMode};
use crate::error::PyResult;
use crate::interp::frame::{Frame, FrameExit};
use crate::objects::{self, code, dict, exception, module, tuple};
use crate::qstr;
use crate::syntax::SyntaxError;
use crate::types;
use crate::value::Value;
use crate::vm::{RunOutcome, Vm};
use alloc::string::String;

/// What the REPL should do after an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplOutcome {
    /// The input so far is an unfinished statement: read another line.
    Incomplete,
    /// The entry ran (or failed, with its traceback printed).
    Done,
    /// `sys.exit()` was called with this status.
    Exit(i32),
}

impl Vm {
    /// Compile and run `source` as the `__main__` module.
    pub fn run_main(&mut self, source: &str, filename: &str) -> RunOutcome {
        self.note_stack_base();
        let result = (|| {
            let main = self.main_module(filename)?;
            let globals = module::dict(self, main);
            let code_object = self.compile_to_code(source, filename, CompileMode::Module)?;
            self.run_code(code_object, globals, Value::UNBOUND)
        })();
        match result {
            Ok(_) => RunOutcome::Completed,
            Err(_) => self.report_uncaught(),
        }
    }

    /// Run one REPL entry in `__main__`: expression statements print their
    /// value.
    pub fn run_repl_entry(&mut self, source: &str) -> ReplOutcome {
        self.note_stack_base();
        let compiled = compile_source(
            source,
            "<stdin>",
            CompileMode::Interactive,
            &mut self.interner,
        );
        let unit = match compiled {
            Ok(unit) => unit,
            Err(error) if error.incomplete => return ReplOutcome::Incomplete,
            Err(error) => {
                let _ = self.raise_syntax_error(&error, "<stdin>", source);
                return match self.report_uncaught() {
                    RunOutcome::Exit(code) => ReplOutcome::Exit(code),
                    _ => ReplOutcome::Done,
                };
            }
        };
        let result = (|| {
            let main = self.main_module("<stdin>")?;
            let globals = module::dict(self, main);
            let code_object = code::load(self, unit)?;
            self.run_code(code_object, globals, Value::UNBOUND)
        })();
        match result {
            Ok(_) => ReplOutcome::Done,
            Err(_) => match self.report_uncaught() {
                RunOutcome::Exit(code) => ReplOutcome::Exit(code),
                _ => ReplOutcome::Done,
            },
        }
    }

    /// Whether `source` is an unfinished REPL entry (for ports that decide
    /// on the prompt themselves).
    pub fn is_incomplete_input(&mut self, source: &str) -> bool {
        let result = compile_source(
            source,
            "<stdin>",
            CompileMode::Interactive,
            &mut self.interner,
        );
        matches!(result, Err(error) if error.incomplete)
    }

    /// The `__main__` module, created (and put in `sys.modules`) on first use.
    pub fn main_module(&mut self, filename: &str) -> PyResult {
        let key = Value::from_qstr(qstr::MAIN);
        let modules = self.modules;
        if let Some(existing) = dict::get(self, modules, key)? {
            return Ok(existing);
        }
        let main = module::new(self, key)?;
        self.push_root(main);
        let result = (|| {
            let file = objects::str::new(self, filename)?;
            let globals = module::dict(self, main);
            dict::set(self, globals, Value::from_qstr(qstr::DUNDER_FILE), file)?;
            dict::set(
                self,
                globals,
                Value::from_qstr(qstr::DUNDER_PACKAGE),
                Value::NONE,
            )?;
            dict::set(self, modules, key, main)
        })();
        self.pop_roots(1);
        result?;
        Ok(main)
    }

    /// Compile source text into a Code object; a syntax error becomes a
    /// raised SyntaxError.
    pub fn compile_to_code(&mut self, source: &str, filename: &str, mode: CompileMode) -> PyResult {
        let compiled =
            compile_source_at_level(source, filename, mode, &mut self.interner, self.opt_level);
        match compiled {
            Ok(unit) => code::load(self, unit),
            Err(error) => Err(self.raise_syntax_error(&error, filename, source)),
        }
    }

    /// Run a module-level Code object with these globals (and locals dict,
    /// or UNBOUND to use the globals).
    pub fn run_code(&mut self, code_object: Value, globals: Value, locals: Value) -> PyResult {
        let code = code::data(self, code_object);
        let base = self.stack.len();
        let frame = Frame {
            code,
            code_object,
            function: Value::UNBOUND,
            globals,
            locals,
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
        self.stack.truncate(base);
        match result? {
            FrameExit::Return(value) | FrameExit::Yield(value) => Ok(value),
        }
    }

    /// Raise a SyntaxError (or IndentationError/TabError) for a compile
    /// error: args are (msg, (filename, lineno, offset, text)) as in CPython.
    pub fn raise_syntax_error(
        &mut self,
        error: &SyntaxError,
        filename: &str,
        source: &str,
    ) -> crate::error::Raised {
        let type_id = match error.kind {
            crate::syntax::SyntaxErrorKind::SyntaxError => types::SYNTAX_ERROR,
            crate::syntax::SyntaxErrorKind::IndentationError => types::INDENTATION_ERROR,
            crate::syntax::SyntaxErrorKind::TabError => types::TAB_ERROR,
            // Not syntax errors: the message is their only argument.
            crate::syntax::SyntaxErrorKind::ViperTypeError => {
                return self.raise_msg(types::VIPER_TYPE_ERROR, &error.message)
            }
            crate::syntax::SyntaxErrorKind::NotImplementedError => {
                return self.raise_msg(types::NOT_IMPLEMENTED_ERROR, &error.message)
            }
        };
        // CPython keeps the line's newline in `text`.
        let mut line_text: String = source
            .lines()
            .nth(error.pos.line.saturating_sub(1) as usize)
            .unwrap_or("")
            .into();
        if error.pos.line > 0 {
            line_text.push('\n');
        }
        let end = error.end.unwrap_or(error.pos);
        let made = (|| {
            let mark = self.root_mark();
            let message = objects::str::new(self, &error.message)?;
            self.push_root(message);
            let file = objects::str::new(self, filename)?;
            self.push_root(file);
            let text = objects::str::new(self, &line_text)?;
            self.push_root(text);
            // Offsets are 1-based, as CPython's.
            let details = tuple::new(
                self,
                &[
                    file,
                    Value::small_int(error.pos.line as isize),
                    Value::small_int(error.pos.col as isize + 1),
                    text,
                    Value::small_int(end.line as isize),
                    Value::small_int(end.col as isize + 1),
                ],
            )?;
            self.push_root(details);
            let args = tuple::new(self, &[message, details])?;
            self.push_root(args);
            let result = exception::new(self, Value::from_builtin_type(type_id), args);
            self.truncate_roots(mark);
            result
        })();
        match made {
            Ok(exception) => self.raise_exception(exception),
            Err(raised) => raised,
        }
    }

    /// Report the exception that escaped a top-level run: the status for
    /// SystemExit, else the traceback on stderr.
    pub fn report_uncaught(&mut self) -> RunOutcome {
        let exception_value = self.take_exception();
        self.handled_exception = Value::UNBOUND;
        // The code that locked the heap has ended: the report may allocate,
        // and the REPL's next entry starts unlocked.
        while self.heap.unlock() > 0 {}
        if crate::ops::types::is_instance_of_builtin(self, exception_value, types::SYSTEM_EXIT) {
            return self.system_exit_status(exception_value);
        }
        self.push_root(exception_value);
        self.print_exception(exception_value);
        self.pop_roots(1);
        RunOutcome::Raised
    }

    /// The exit status SystemExit carries: None -> 0, an int -> it, anything
    /// else printed to stderr -> 1.
    fn system_exit_status(&mut self, exception_value: Value) -> RunOutcome {
        let args = exception::field(self, exception_value, exception::ARGS);
        let code = if args.is_heap() && tuple::len(self, args) > 0 {
            tuple::item(self, args, 0)
        } else {
            Value::NONE
        };
        if code.is_none() {
            return RunOutcome::Exit(0);
        }
        if let Some(n) = code.as_small_int() {
            return RunOutcome::Exit(n as i32);
        }
        if code == Value::TRUE {
            return RunOutcome::Exit(1);
        }
        if code == Value::FALSE {
            return RunOutcome::Exit(0);
        }
        self.push_root(code);
        if let Ok(text) = crate::ops::repr::str(self, code) {
            let text = objects::str::text_escaping_surrogates(self, text);
            self.write_stderr(text.as_bytes());
            self.write_stderr(b"\n");
        }
        self.pop_roots(1);
        RunOutcome::Exit(1)
    }
}
