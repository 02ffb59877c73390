//! Source text to syntax tree: the lexer turns text into tokens (handling
//! indentation, every literal form and f-strings), the parser turns tokens
//! into an arena-allocated [`ast`] that the compiler consumes and drops.
//!
//! Everything the front end allocates lives in the caller's `bumpalo`
//! arena: the token array, decoded literals and the tree. Names and
//! literals that need no decoding are slices of the source.
//!
//! Deliberate departures from CPython: `\N{...}` escapes are a SyntaxError
//! (no Unicode name table on a microcontroller), identifiers are not NFKC
//! normalised, a lone surrogate escape is a `Constant::SurrogateStr` of
//! generalized UTF-8 (and a SyntaxError next to an f-string), and
//! nesting is bounded (100 brackets, 100 indentation levels, and
//! `parser::MAX_DEPTH` recursive grammar levels) so that small stacks
//! cannot overflow. A few checks CPython makes in its compiler
//! (duplicate parameters, repeated keywords, starred targets, `__debug__`)
//! are made here, with CPython's messages.

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
