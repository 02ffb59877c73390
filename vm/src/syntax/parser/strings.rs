//! String atoms: implicit concatenation of adjacent literals and their
//! decoding (f-string parts come from `fstring.rs`).
//!
//! A group with no f-string becomes one `Constant` (borrowing the source
//! when a single literal needs no decoding). A group with an f-string
//! becomes a `JoinedStr` whose adjacent literal text is merged into single
//! `Constant(Str)` parts; an f-string without fields stays a `JoinedStr`
//! (with one Str part, or none when empty), as in CPython. As in CPython
//! 3.11, the parts themselves carry the span of the whole group, while the
//! expressions inside fields have their own exact positions.

use super::{PResult, Parser};
use crate::syntax::ast::{Constant, Expr, ExprKind, Pos, Span};
use crate::syntax::literal;
use crate::syntax::token::TokenKind as T;
use bumpalo::collections::{String as BString, Vec as BVec};

pub(super) struct Prefix {
    pub(super) raw: bool,
    pub(super) bytes: bool,
    /// Bytes of prefix plus opening quotes.
    open_len: usize,
    quote_len: usize,
}

pub(super) fn prefix(text: &str) -> Prefix {
    let quote_at = text.find(['\'', '"']).unwrap_or(0);
    let letters = &text.as_bytes()[..quote_at];
    let quote = text.as_bytes().get(quote_at).copied().unwrap_or(b'"');
    let rest = &text.as_bytes()[quote_at..];
    let quote_len = if rest.len() >= 3 && rest[1] == quote && rest[2] == quote {
        3
    } else {
        1
    };
    Prefix {
        raw: letters.iter().any(|c| c.eq_ignore_ascii_case(&b'r')),
        bytes: letters.iter().any(|c| c.eq_ignore_ascii_case(&b'b')),
        open_len: quote_at + quote_len,
        quote_len,
    }
}

impl<'a> Parser<'a> {
    #[inline(never)]
    pub(super) fn strings(&mut self) -> PResult<Expr<'a>> {
        let start = self.start();
        let first = self.tok();
        let first_is_bytes = first.kind == T::String && prefix(self.text(first)).bytes;
        let mut text: Option<BString<'a>> = None;
        let mut single: Option<&'a str> = None;
        let mut bytes: Option<BVec<'a, u8>> = None;
        let mut single_bytes: Option<&'a [u8]> = None;
        let mut parts: Option<BVec<'a, Expr<'a>>> = None;
        // Once a literal holds a lone surrogate, the group's text as
        // generalized UTF-8.
        let mut surrogates: Option<BVec<'a, u8>> = None;
        let mut count = 0;
        while matches!(self.kind(), T::String | T::FStringStart) {
            let token = self.tok();
            let is_bytes = token.kind == T::String && prefix(self.text(token)).bytes;
            if is_bytes != first_is_bytes {
                return self.fail("cannot mix bytes and nonbytes literals", token.end, None);
            }
            count += 1;
            if token.kind == T::FStringStart {
                if surrogates.is_some() {
                    return self.fail(SURROGATE_IN_FSTRING, token.start, Some(token.end));
                }
                let parts = parts.get_or_insert_with(|| self.vec());
                let mut taken = core::mem::replace(parts, BVec::new_in(self.arena));
                // Text gathered so far becomes the first literal part.
                if let Some(pending) = single.take() {
                    push_text(&mut taken, pending, self.arena);
                }
                if let Some(pending) = text.take() {
                    push_text(&mut taken, pending.into_bump_str(), self.arena);
                }
                self.fstring(&mut taken)?;
                *parts = taken;
                continue;
            }
            self.bump();
            let source = self.text(token);
            let info = prefix(source);
            let body = &source[info.open_len..source.len() - info.quote_len];
            if is_bytes {
                let decoded = match literal::decode_bytes(body, info.raw, self.arena) {
                    Ok(decoded) => decoded,
                    Err(None) => {
                        return self.fail(
                            "bytes can only contain ASCII literal characters",
                            token.start,
                            Some(token.end),
                        )
                    }
                    Err(Some(message)) => return self.fail(message, token.end, None),
                };
                if count == 1 {
                    single_bytes = Some(decoded);
                } else {
                    let buffer = bytes.get_or_insert_with(|| {
                        let mut buffer = BVec::new_in(self.arena);
                        buffer.extend_from_slice(single_bytes.take().unwrap_or(&[]));
                        buffer
                    });
                    buffer.extend_from_slice(decoded);
                }
                continue;
            }
            let decoded = match literal::decode_str_literal(body, info.raw, self.arena) {
                Ok(literal::DecodedStr::Text(decoded)) => decoded,
                Ok(literal::DecodedStr::Surrogates(decoded)) => {
                    if parts.is_some() {
                        return self.fail(SURROGATE_IN_FSTRING, token.start, Some(token.end));
                    }
                    let buffer = surrogates.get_or_insert_with(|| {
                        let mut buffer = BVec::new_in(self.arena);
                        buffer.extend_from_slice(single.take().unwrap_or("").as_bytes());
                        buffer.extend_from_slice(text.take().as_deref().unwrap_or("").as_bytes());
                        buffer
                    });
                    buffer.extend_from_slice(decoded);
                    continue;
                }
                Err(message) => return self.fail(message, token.end, None),
            };
            if let Some(buffer) = surrogates.as_mut() {
                buffer.extend_from_slice(decoded.as_bytes());
            } else if let Some(parts) = parts.as_mut() {
                push_text(parts, decoded, self.arena);
            } else if text.is_none() && single.is_none() {
                single = Some(decoded);
            } else {
                let buffer = text.get_or_insert_with(|| {
                    let mut buffer = BString::new_in(self.arena);
                    buffer.push_str(single.take().unwrap_or(""));
                    buffer
                });
                buffer.push_str(decoded);
            }
        }
        let span = self.span_from(start);
        if let Some(mut parts) = parts {
            for part in parts.iter_mut() {
                part.span = span;
            }
            return Ok(self.expr(ExprKind::JoinedStr(parts.into_bump_slice()), span));
        }
        let constant = if let Some(buffer) = surrogates {
            Constant::SurrogateStr(buffer.into_bump_slice())
        } else if first_is_bytes {
            Constant::Bytes(match bytes {
                Some(buffer) => buffer.into_bump_slice(),
                None => single_bytes.unwrap_or(&[]),
            })
        } else {
            Constant::Str(match text {
                Some(buffer) => buffer.into_bump_str(),
                None => single.unwrap_or(""),
            })
        };
        Ok(self.expr(ExprKind::Constant(constant), span))
    }
}

const SURROGATE_IN_FSTRING: &str = "lone surrogate escapes next to f-strings are not supported";

/// Append literal text, merging it into a preceding literal part.
pub(super) fn push_text<'a>(
    parts: &mut BVec<'a, Expr<'a>>,
    text: &'a str,
    arena: &'a bumpalo::Bump,
) {
    if text.is_empty() {
        return;
    }
    if let Some(Expr {
        kind: ExprKind::Constant(Constant::Str(previous)),
        ..
    }) = parts.last_mut()
    {
        let mut joined = BString::with_capacity_in(previous.len() + text.len(), arena);
        joined.push_str(previous);
        joined.push_str(text);
        *previous = joined.into_bump_str();
        return;
    }
    parts.push(Expr {
        kind: ExprKind::Constant(Constant::Str(text)),
        span: Span {
            start: Pos::default(),
            end: Pos::default(),
        },
    });
}
