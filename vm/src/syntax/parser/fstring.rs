//! F-strings, assembled from the lexer's PEP 701 token stream: literal
//! `FStringMiddle` text, and replacement fields whose expression tokens
//! are parsed like any other expression. A field `{x=}` adds its source
//! text (whitespace kept) as literal text before the value, which then
//! defaults to the `!r` conversion unless a conversion or spec is given.

use super::strings::{prefix, push_text};
use super::{boxed, PResult, Parser};
use crate::syntax::ast::{Expr, ExprKind, Span};
use crate::syntax::literal;
use crate::syntax::token::{Token, TokenKind as T};
use bumpalo::collections::Vec as BVec;

impl<'a> Parser<'a> {
    /// One f-string, from its `FStringStart` to its `FStringEnd`, appending
    /// its parts.
    #[inline(never)]
    pub(super) fn fstring(&mut self, parts: &mut BVec<'a, Expr<'a>>) -> PResult<()> {
        let start_token = self.bump();
        let raw = prefix(self.text(start_token)).raw;
        self.enter()?;
        loop {
            let token = self.tok();
            match token.kind {
                T::FStringMiddle => {
                    self.bump();
                    let decoded = self.fstring_text(token, raw)?;
                    push_text(parts, decoded, self.arena);
                }
                T::LBrace => {
                    self.bump();
                    self.fstring_field(token, raw, parts)?;
                }
                T::FStringEnd => {
                    self.bump();
                    break;
                }
                _ => return self.invalid(),
            }
        }
        self.leave();
        Ok(())
    }

    fn fstring_text(&mut self, token: Token, raw: bool) -> PResult<&'a str> {
        match literal::decode_str(self.text(token), raw, true, self.arena) {
            Ok(decoded) => Ok(decoded),
            Err(message) => self.fail(message, token.end, None),
        }
    }

    /// A replacement field after its `{`: appends the `x=` text of a
    /// self-documenting field and the `FormattedValue`.
    #[inline(never)]
    fn fstring_field(
        &mut self,
        open: Token,
        raw: bool,
        parts: &mut BVec<'a, Expr<'a>>,
    ) -> PResult<()> {
        self.enter()?;
        match self.kind() {
            T::RBrace => {
                let at = self.start();
                return self.fail("f-string: empty expression not allowed", at, None);
            }
            T::Exclamation => {
                let at = self.start();
                return self.fail("f-string: expression required before '!'", at, None);
            }
            _ => {}
        }
        let value = if self.at(T::Yield) {
            self.yield_expression()?
        } else {
            self.star_expression_list(false)?
        };
        let mut conversion = None;
        if self.at(T::Equal) {
            self.bump();
            let next = self.tok();
            let debug = &self.src[open.hi as usize..next.lo as usize];
            let debug = literal::decode_str(debug, true, false, self.arena).unwrap_or(debug);
            push_text(parts, debug, self.arena);
            if !matches!(next.kind, T::Exclamation | T::Colon) {
                conversion = Some('r');
            }
        }
        if self.at(T::Exclamation) {
            let bang = self.bump();
            let token = self.tok();
            let text = self.text(token);
            let valid =
                token.kind == T::Name && token.lo == bang.hi && matches!(text, "r" | "s" | "a");
            if !valid {
                return self.fail(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    token.start,
                    None,
                );
            }
            self.bump();
            conversion = text.chars().next();
        }
        let mut format_spec = None;
        if self.at(T::Colon) {
            let colon = self.bump();
            let mut spec_parts = self.vec();
            loop {
                let token = self.tok();
                match token.kind {
                    T::FStringMiddle => {
                        self.bump();
                        let decoded = self.fstring_text(token, raw)?;
                        push_text(&mut spec_parts, decoded, self.arena);
                    }
                    T::LBrace => {
                        self.bump();
                        self.fstring_field(token, raw, &mut spec_parts)?;
                    }
                    _ => break,
                }
            }
            let span = Span {
                start: colon.end,
                end: self.start(),
            };
            for part in spec_parts.iter_mut() {
                part.span = span;
            }
            format_spec = Some(boxed(
                self.arena,
                self.expr(ExprKind::JoinedStr(spec_parts.into_bump_slice()), span),
            ));
        }
        if !self.at(T::RBrace) {
            if self.tok().kind == T::Error {
                return self.invalid();
            }
            let at = self.start();
            return self.fail("f-string: expecting '}'", at, None);
        }
        let close = self.bump();
        self.leave();
        let span = Span {
            start: open.start,
            end: close.end,
        };
        parts.push(self.expr(
            ExprKind::FormattedValue {
                value: self.alloc(value),
                conversion,
                format_spec,
            },
            span,
        ));
        Ok(())
    }
}
