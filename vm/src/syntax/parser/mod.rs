//! Recursive-descent parser over the lexer's token array.
//!
//! Expressions use precedence climbing (one recursive function for all
//! binary levels) so that each nesting level costs few, small stack frames;
//! a depth counter bounds the recursion. Failures are `Err(Failed)`, a
//! zero-sized marker, with the error itself kept in the parser: results stay
//! as small as the nodes they carry, and speculative parses (soft keywords)
//! can back out by restoring the token index and clearing the error.
//!
//! A generic "invalid syntax" is reported at the furthest token the parser
//! looked at, as CPython's PEG parser does, and gives way to a lexer error
//! or an unclosed bracket found anywhere in the input.

mod args;
mod expr;
mod fstring;
mod pattern;
mod stmt;
mod strings;
mod target;

use super::ast::{Expr, ExprKind, Module, Pos, Span, Stmt};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::lexer::tokenize;
use super::token::{Token, TokenKind};
use super::ParseMode;
use alloc::string::String;
use bumpalo::collections::Vec as BVec;
use bumpalo::Bump;

/// Deepest recursion accepted (nested expressions, blocks, patterns).
pub const MAX_DEPTH: u32 = 200;

pub(crate) struct Failed;
pub(crate) type PResult<T> = Result<T, Failed>;

pub(crate) struct Parser<'a> {
    src: &'a str,
    arena: &'a Bump,
    tokens: &'a [Token],
    index: usize,
    furthest: usize,
    depth: u32,
    mode: ParseMode,
    lex_error: Option<SyntaxError>,
    error: Option<SyntaxError>,
    /// The current error is the generic "invalid syntax".
    generic: bool,
}

pub fn parse<'a>(
    source: &'a str,
    mode: ParseMode,
    arena: &'a Bump,
) -> Result<Module<'a>, SyntaxError> {
    let lexed = tokenize(source, arena, mode == ParseMode::Interactive);
    let mut parser = Parser {
        src: source,
        arena,
        tokens: lexed.tokens,
        index: 0,
        furthest: 0,
        depth: 0,
        mode,
        lex_error: lexed.error,
        error: None,
        generic: false,
    };
    let result = match mode {
        ParseMode::Module => parser.module(),
        ParseMode::Eval => parser.eval(),
        ParseMode::Interactive => parser.interactive(),
    };
    match result {
        Ok(body) => {
            if mode == ParseMode::Interactive {
                if let Some(first) = body.first() {
                    if stmt::is_compound(first) && !ends_with_blank_line(source) {
                        let mut error = SyntaxError::new("incomplete input", first.span.end, None);
                        error.incomplete = true;
                        return Err(error);
                    }
                }
            }
            Ok(Module { body })
        }
        Err(Failed) => {
            let (mut error, from_lexer) = parser.final_error();
            // A compound statement cut short at the end of a REPL entry
            // (`@d`, `try:` with its body but no `except` yet) waits for
            // more lines, like an open block does.
            if mode == ParseMode::Interactive
                && !from_lexer
                && parser.generic
                && !error.incomplete
                && parser.starts_compound()
                && parser.at_input_end(parser.tokens[parser.furthest])
                && !ends_with_blank_line(source)
            {
                error.incomplete = true;
            }
            Err(error)
        }
    }
}

/// The REPL ends a compound statement with an empty line.
fn ends_with_blank_line(source: &str) -> bool {
    let trimmed = source.trim_end_matches([' ', '\t', '\x0c']);
    let Some(rest) = trimmed
        .strip_suffix("\r\n")
        .or_else(|| trimmed.strip_suffix('\n'))
        .or_else(|| trimmed.strip_suffix('\r'))
    else {
        return false;
    };
    let last_line_start = rest.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    rest[last_line_start..]
        .trim_matches([' ', '\t', '\x0c'])
        .is_empty()
        && (last_line_start > 0 || rest.is_empty())
}

impl<'a> Parser<'a> {
    /// The error to report, and whether it is the lexer's.
    fn final_error(&mut self) -> (SyntaxError, bool) {
        let error = self.error.take();
        match (error, self.lex_error.take()) {
            (Some(_), Some(lex)) if self.generic => (lex, true),
            (Some(error), _) => (error, false),
            (None, Some(lex)) => (lex, true),
            (None, None) => (
                SyntaxError::new("invalid syntax", Pos::default(), None),
                false,
            ),
        }
    }

    fn starts_compound(&self) -> bool {
        let first = self
            .tokens
            .iter()
            .find(|t| t.kind != TokenKind::Newline)
            .copied();
        first.is_some_and(|t| {
            matches!(
                t.kind,
                TokenKind::If
                    | TokenKind::While
                    | TokenKind::For
                    | TokenKind::Try
                    | TokenKind::With
                    | TokenKind::Def
                    | TokenKind::Class
                    | TokenKind::At
                    | TokenKind::Async
            ) || (t.kind == TokenKind::Name && self.text(t) == "match")
        })
    }

    // ---- token access -------------------------------------------------

    fn tok(&mut self) -> Token {
        if self.index > self.furthest {
            self.furthest = self.index;
        }
        self.tokens[self.index]
    }

    fn kind(&mut self) -> TokenKind {
        self.tok().kind
    }

    fn peek_kind(&mut self, ahead: usize) -> TokenKind {
        let index = (self.index + ahead).min(self.tokens.len() - 1);
        if index > self.furthest {
            self.furthest = index;
        }
        self.tokens[index].kind
    }

    fn at(&mut self, kind: TokenKind) -> bool {
        self.kind() == kind
    }

    fn bump(&mut self) -> Token {
        let token = self.tok();
        if self.index + 1 < self.tokens.len() {
            self.index += 1;
        }
        token
    }

    fn eat(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// End of the previous token: where the node just parsed ends.
    fn prev_end(&self) -> Pos {
        if self.index == 0 {
            return Pos::default();
        }
        self.tokens[self.index - 1].end
    }

    fn start(&mut self) -> Pos {
        self.tok().start
    }

    fn span_from(&self, start: Pos) -> Span {
        Span {
            start,
            end: self.prev_end(),
        }
    }

    fn text(&self, token: Token) -> &'a str {
        &self.src[token.lo as usize..token.hi as usize]
    }

    fn is_name(&mut self, word: &str) -> bool {
        let token = self.tok();
        token.kind == TokenKind::Name && self.text(token) == word
    }

    fn name(&mut self) -> PResult<&'a str> {
        let token = self.tok();
        if token.kind != TokenKind::Name {
            return self.invalid();
        }
        self.bump();
        Ok(self.text(token))
    }

    // ---- errors -------------------------------------------------------

    /// The generic error, at the furthest token looked at.
    fn invalid<T>(&mut self) -> PResult<T> {
        if self.error.is_none() {
            let token = self.tokens[self.furthest.max(self.index)];
            if token.kind == TokenKind::Error {
                if let Some(lex) = self.lex_error.clone() {
                    self.error = Some(lex);
                    self.generic = false;
                    return Err(Failed);
                }
            }
            let mut error = SyntaxError::new("invalid syntax", token.start, Some(token.end));
            if token.kind == TokenKind::Indent {
                error = SyntaxError::new("unexpected indent", token.end, None)
                    .with_kind(SyntaxErrorKind::IndentationError);
                error.pos.col = error.pos.col.saturating_sub(1);
                self.error = Some(error);
                self.generic = false;
                return Err(Failed);
            }
            self.error = Some(error);
            self.generic = true;
        }
        Err(Failed)
    }

    fn fail<T>(&mut self, message: impl Into<String>, pos: Pos, end: Option<Pos>) -> PResult<T> {
        if self.error.is_none() || self.generic {
            // A lexer error at this very token explains it better.
            if self.tok().kind == TokenKind::Error && self.lex_error.is_some() {
                self.error = self.lex_error.clone();
            } else {
                self.error = Some(SyntaxError::new(message, pos, end));
            }
            self.generic = false;
        }
        Err(Failed)
    }

    fn fail_span<T>(&mut self, message: impl Into<String>, span: Span) -> PResult<T> {
        self.fail(message, span.start, Some(span.end))
    }

    fn fail_indentation<T>(&mut self, message: impl Into<String>, token: Token) -> PResult<T> {
        if token.kind == TokenKind::Error {
            return self.invalid();
        }
        let mut error = SyntaxError::new(message, token.start, Some(token.end))
            .with_kind(SyntaxErrorKind::IndentationError);
        error.incomplete = self.incomplete_at(token);
        self.error = Some(error);
        self.generic = false;
        Err(Failed)
    }

    /// In the REPL, an error at this token means "keep reading lines".
    fn incomplete_at(&self, token: Token) -> bool {
        self.mode == ParseMode::Interactive
            && self.at_input_end(token)
            && !ends_with_blank_line(self.src)
    }

    /// The token is synthesised at the end of input (final NEWLINE, DEDENTs
    /// and ENDMARKER).
    fn at_input_end(&self, token: Token) -> bool {
        token.lo as usize >= self.src.trim_end().len()
    }

    fn expect(&mut self, kind: TokenKind) -> PResult<Token> {
        if self.at(kind) {
            Ok(self.bump())
        } else {
            self.invalid()
        }
    }

    /// Expect `:` with CPython's "expected ':'" message.
    fn expect_colon(&mut self) -> PResult<()> {
        if self.eat(TokenKind::Colon) {
            return Ok(());
        }
        let token = self.tok();
        if token.kind != TokenKind::Newline {
            return self.invalid();
        }
        let at = self.prev_end();
        self.fail("expected ':'", at, Some(at))
    }

    fn enter(&mut self) -> PResult<()> {
        #[cfg(test)]
        stack_probe::record();
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let at = self.start();
            self.error = None;
            return self.fail("too deeply nested", at, None);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- arena helpers ------------------------------------------------

    fn alloc<T>(&self, value: T) -> &'a T {
        self.arena.alloc(value)
    }

    fn vec<T>(&self) -> BVec<'a, T> {
        BVec::new_in(self.arena)
    }

    fn expr(&self, kind: ExprKind<'a>, span: Span) -> Expr<'a> {
        Expr { kind, span }
    }

    // ---- entry points -------------------------------------------------

    fn module(&mut self) -> PResult<&'a [Stmt<'a>]> {
        let mut body = self.vec();
        while !self.at(TokenKind::EndMarker) {
            if self.eat(TokenKind::Newline) {
                continue;
            }
            self.statement(&mut body)?;
        }
        Ok(body.into_bump_slice())
    }

    fn eval(&mut self) -> PResult<&'a [Stmt<'a>]> {
        while self.eat(TokenKind::Newline) {}
        let indented = self.eat(TokenKind::Indent);
        let start = self.start();
        let value = self.star_expressions()?;
        while self.eat(TokenKind::Newline) {}
        if indented {
            self.eat(TokenKind::Dedent);
        }
        if !self.at(TokenKind::EndMarker) {
            return self.invalid();
        }
        let span = value.span;
        let value = self.alloc(value);
        let _ = start;
        Ok(self.arena.alloc_slice_fill_iter(core::iter::once(Stmt {
            kind: super::ast::StmtKind::Expr(value),
            span,
        })))
    }

    fn interactive(&mut self) -> PResult<&'a [Stmt<'a>]> {
        let mut body = self.vec();
        while self.eat(TokenKind::Newline) {}
        if self.at(TokenKind::EndMarker) {
            return Ok(body.into_bump_slice());
        }
        self.statement(&mut body)?;
        while self.eat(TokenKind::Newline) {}
        if !self.at(TokenKind::EndMarker) {
            let token = self.tok();
            if token.kind == TokenKind::Error {
                return self.invalid();
            }
            let start = body.first().map_or(token.start, |s: &Stmt| s.span.start);
            return self.fail(
                "multiple statements found while compiling a single statement",
                start,
                None,
            );
        }
        Ok(body.into_bump_slice())
    }
}

/// Move a node into the arena. A free function so that the node can be
/// produced by a `&mut self` call in the argument list.
pub(crate) fn boxed<T>(arena: &Bump, value: T) -> &T {
    arena.alloc(value)
}

/// Tests measure how much stack the deepest accepted input uses.
#[cfg(test)]
pub(crate) mod stack_probe {
    std::thread_local! {
        static LOWEST: core::cell::Cell<usize> = const { core::cell::Cell::new(usize::MAX) };
    }

    pub fn here() -> usize {
        let marker = 0u8;
        core::hint::black_box(&marker) as *const u8 as usize
    }

    pub fn record() {
        let address = here();
        LOWEST.with(|l| l.set(l.get().min(address)));
    }

    pub fn reset() {
        LOWEST.with(|l| l.set(usize::MAX));
    }

    pub fn lowest() -> usize {
        LOWEST.with(|l| l.get())
    }
}
