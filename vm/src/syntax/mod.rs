//! Source text to syntax tree: the lexer turns text into tokens (handling
//! indentation, every literal form and f-strings), the parser turns tokens
//! into an arena-allocated [`ast`] that the compiler consumes and drops.

pub mod ast;

// TEMPORARY stand-in (replaced by the parser branch).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}
#[derive(Clone, Debug)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: alloc::string::String,
    pub pos: ast::Pos,
    pub end: Option<ast::Pos>,
    pub incomplete: bool,
}
