//! Source text to syntax tree: the lexer turns text into tokens (handling
//! indentation, every literal form and f-strings), the parser turns tokens
//! into an arena-allocated [`ast`] that the compiler consumes and drops.

pub mod ast;
