//! Source text to syntax tree: the lexer turns text into tokens (handling
//! indentation, every literal form and f-strings), the parser turns tokens
//! into an arena-allocated [`ast`] that the compiler consumes and drops.
//!
//! Everything the front end allocates lives in the caller's `bumpalo`
//! arena: the token array, decoded literals and the tree. Names and
//! literals that need no decoding are slices of the source.

pub mod ast;
#[cfg(test)]
mod dump;
mod error;
mod lexer;
mod literal;
mod parser;
#[cfg(test)]
mod tests;
mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::parse;

/// What the source is: a file, one REPL entry, or one expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseMode {
    Module,
    Interactive,
    Eval,
}
