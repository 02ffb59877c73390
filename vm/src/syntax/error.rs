//! The one error type of the front end. The lexer and parser stop at the
//! first error (as CPython does), so there is no error list or recovery
//! state: a failure carries everything the VM needs to build a
//! `SyntaxError` exception and everything the REPL needs to decide whether
//! to ask for another line.

use super::ast::Pos;
use alloc::string::String;

/// Which exception class the VM raises for the error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Viper code that breaks its typing rules (MicroPython's
    /// `ViperTypeError`, a TypeError).
    ViperTypeError,
    /// Viper code using a construct viper cannot compile (`yield`, bare
    /// `raise`): MicroPython raises NotImplementedError while compiling.
    NotImplementedError,
}

#[derive(Clone, Debug)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    /// Where CPython reports the error (its 1-based `offset` minus one).
    pub pos: Pos,
    pub end: Option<Pos>,
    /// The input ended inside an unfinished construct: the REPL should read
    /// another line rather than report this error.
    pub incomplete: bool,
}

impl SyntaxError {
    pub(crate) fn new(message: impl Into<String>, pos: Pos, end: Option<Pos>) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            message: message.into(),
            pos,
            end,
            incomplete: false,
        }
    }

    pub(crate) fn with_kind(mut self, kind: SyntaxErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }
}
