//! The compiler: source text → AST (in a bump arena) → scope analysis →
//! register bytecode, one `CodeUnit` per module, class body, function,
//! lambda and comprehension.
//!
//! Files, one concept each: `scope` (where names live), `registers` (the
//! frame layout and temporaries), `function` (the state of one code unit
//! and the emit helpers), `expr`, `stmt`, `target` (assignment targets),
//! `call`, `constants` (MicroPython's `const()`), `matching` (match statements), `exceptions` (try/with/raise and the unwinding of return, break
//! and continue through them), `comprehension`, `class`.
//!
//! Code generation is a single recursive walk bounded by the parser's AST
//! depth limit. Expressions are compiled *into* a destination register
//! (`expr_to`), so a value computed for a plain local lands in the local's
//! register with no copy; conditions compile to jumps (`jump_if`).

mod asynchronous;
mod branch;
mod call;
mod class;
mod comprehension;
mod constants;
mod definite;
mod exceptions;
mod expr;
mod function;
mod matching;
mod registers;
mod scope;
mod stmt;
mod target;
#[cfg(test)]
mod tests;
mod viper;

use crate::bytecode::CodeFlags;
use crate::bytecode::CodeUnit;
use crate::qstr::{Interner, QStr};
use crate::syntax::ast::{Module, Pos, Span, StmtKind};
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use alloc::string::String;
use alloc::vec::Vec;
use function::{emit, FunctionState};
use scope::ScopeTable;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A file or `exec` input.
    Module,
    /// One REPL entry: expression statements print their value.
    Interactive,
    /// `eval` input: the value of one expression.
    Eval,
}

pub(crate) type CResult<T> = Result<T, SyntaxError>;

/// A SyntaxError at `span`.
pub(crate) fn error(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        message: message.into(),
        pos: span.start,
        end: if span.end == Pos::default() {
            None
        } else {
            Some(span.end)
        },
        incomplete: false,
    }
}

/// Compile source text.
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: CompileMode,
    interner: &mut Interner,
) -> Result<CodeUnit, SyntaxError> {
    compile_source_at_level(source, filename, mode, interner, 0)
}

/// Compile source text at MicroPython's optimisation level `opt_level`
/// (`micropython.opt_level`): from 1 on, `__debug__` is False and `assert`
/// statements are left out, as CPython's `-O`.
pub fn compile_source_at_level(
    source: &str,
    filename: &str,
    mode: CompileMode,
    interner: &mut Interner,
    opt_level: isize,
) -> Result<CodeUnit, SyntaxError> {
    let arena = bumpalo::Bump::new();
    let parse_mode = match mode {
        CompileMode::Module => crate::syntax::ParseMode::Module,
        CompileMode::Interactive => crate::syntax::ParseMode::Interactive,
        CompileMode::Eval => crate::syntax::ParseMode::Eval,
    };
    let module = crate::syntax::parse(source, parse_mode, &arena)?;
    compile_module_at_level(&module, filename, mode, interner, opt_level)
}

/// The state of the whole compilation: the scopes of the module and the
/// stack of code units being compiled (the innermost last).
pub(crate) struct Compiler<'a, 'i> {
    pub interner: &'i mut Interner,
    pub scopes: ScopeTable<'a>,
    pub filename: QStr,
    pub mode: CompileMode,
    pub units: Vec<FunctionState<'a>>,
    /// `NAME = const(value)` declarations so far, in source order.
    pub named_constants: Vec<(&'a str, crate::bytecode::Constant)>,
    /// MicroPython's optimisation level (0: `__debug__` and asserts on).
    pub opt_level: isize,
    /// The emitter a decorator chose for the function of this scope, until
    /// its code unit starts.
    pub pending_emitter: Option<viper::PendingEmitter<'a>>,
}

/// Compile a parsed module.
pub fn compile_module<'a>(
    module: &Module<'a>,
    filename: &str,
    mode: CompileMode,
    interner: &mut Interner,
) -> Result<CodeUnit, SyntaxError> {
    compile_module_at_level(module, filename, mode, interner, 0)
}

fn compile_module_at_level<'a>(
    module: &Module<'a>,
    filename: &str,
    mode: CompileMode,
    interner: &mut Interner,
    opt_level: isize,
) -> Result<CodeUnit, SyntaxError> {
    let scopes = scope::analyze(module.body)?;
    let filename = interner.intern(filename);
    let mut compiler = Compiler {
        interner,
        scopes,
        filename,
        mode,
        units: Vec::new(),
        named_constants: Vec::new(),
        opt_level,
        pending_emitter: None,
    };
    compiler.push_unit(0, "<module>", 1)?;
    if mode == CompileMode::Interactive {
        compiler.f().info.flags |= CodeFlags::INTERACTIVE;
    }
    match (mode, module.body) {
        (CompileMode::Eval, [stmt]) => {
            let StmtKind::Expr(value) = &stmt.kind else {
                return Err(error("invalid syntax", stmt.span));
            };
            compiler.f().stmt_span = stmt.span;
            let result = compiler.temp()?;
            compiler.expr_to(value, result)?;
            emit!(compiler, stmt.span, Return { src: result });
        }
        _ => {
            compiler.body(module.body)?;
            emit!(compiler, Span::default(), ReturnNone {});
        }
    }
    compiler.pop_unit()
}
