//! Call arguments and parameter lists (of `def` and `lambda`), with the
//! ordering rules CPython enforces while parsing.

use super::expr::P_BOR;
use super::{boxed, PResult, Parser};
use crate::syntax::ast::{Expr, ExprKind, Keyword, Param, Parameters, Span};
use crate::syntax::token::TokenKind as T;

impl<'a> Parser<'a> {
    /// After the `(` of a call (or class bases): arguments up to and
    /// including the `)`.
    #[inline(never)]
    pub(super) fn call_arguments(&mut self) -> PResult<(&'a [Expr<'a>], &'a [Keyword<'a>])> {
        self.enter()?;
        let open = self.tokens[self.index - 1];
        let mut args = self.vec();
        let mut keywords: bumpalo::collections::Vec<'a, Keyword<'a>> = self.vec();
        let mut seen_double_star = false;
        while !self.at(T::RPar) {
            let start = self.start();
            if self.eat(T::DoubleStar) {
                let value = self.expression()?;
                seen_double_star = true;
                keywords.push(Keyword {
                    name: None,
                    value: self.alloc(value),
                    span: self.span_from(start),
                });
            } else if self.at(T::Star) {
                self.bump();
                let value = self.expression()?;
                let span = self.span_from(start);
                if seen_double_star {
                    return self.fail_span(
                        "iterable argument unpacking follows keyword argument unpacking",
                        span,
                    );
                }
                args.push(self.expr(ExprKind::Starred(self.alloc(value)), span));
            } else if self.at(T::Name) && self.peek_kind(1) == T::Equal {
                let name_token = self.bump();
                self.bump();
                let name = self.text(name_token);
                let value = self.expression()?;
                if keywords.iter().any(|k| k.name == Some(name)) {
                    let span = self.span_from(start);
                    return self
                        .fail_span(alloc::format!("keyword argument repeated: {}", name), span);
                }
                keywords.push(Keyword {
                    name: Some(name),
                    value: self.alloc(value),
                    span: self.span_from(start),
                });
            } else {
                let value = self.named_expression()?;
                if self.at(T::Equal) {
                    let span = value.span;
                    return self.fail_span(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        span,
                    );
                }
                let value = if self.at(T::For) || self.at(T::Async) {
                    let generators = self.comprehension_clauses()?;
                    let alone = args.is_empty() && keywords.is_empty() && self.at(T::RPar);
                    if !alone {
                        let span = self.span_from(value.span.start);
                        return self.fail_span("Generator expression must be parenthesized", span);
                    }
                    let end = self.tok().end;
                    self.expr(
                        ExprKind::GeneratorExp {
                            elt: self.alloc(value),
                            generators,
                        },
                        Span {
                            start: open.start,
                            end,
                        },
                    )
                } else {
                    value
                };
                if !keywords.is_empty() {
                    let message = if seen_double_star {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    let at = value.span.end;
                    return self.fail(message, at, None);
                }
                args.push(value);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RPar)?;
        self.leave();
        Ok((args.into_bump_slice(), keywords.into_bump_slice()))
    }

    /// A parameter list up to (not including) `)` for `def` or `:` for
    /// `lambda` (which has no annotations).
    #[inline(never)]
    pub(super) fn parameters(&mut self, lambda: bool) -> PResult<Parameters<'a>> {
        let close = if lambda { T::Colon } else { T::RPar };
        let mut posonly: &'a [Param<'a>] = &[];
        let mut args = self.vec();
        let mut kwonly = self.vec();
        let mut vararg = None;
        let mut kwarg: Option<&'a Param<'a>> = None;
        let mut seen_star = false;
        let mut seen_default = false;
        let mut names: bumpalo::collections::Vec<'a, &'a str> = self.vec();
        while !self.at(close) {
            let token = self.tok();
            if kwarg.is_some() {
                return self.fail(
                    "arguments cannot follow var-keyword argument",
                    token.start,
                    Some(token.end),
                );
            }
            match token.kind {
                T::Slash => {
                    if seen_star || !posonly.is_empty() {
                        let message = if seen_star {
                            "/ must be ahead of *"
                        } else {
                            "/ may appear only once"
                        };
                        return self.fail(message, token.start, Some(token.end));
                    }
                    if args.is_empty() {
                        return self.fail(
                            "at least one argument must precede /",
                            token.start,
                            Some(token.end),
                        );
                    }
                    self.bump();
                    posonly = core::mem::replace(&mut args, self.vec()).into_bump_slice();
                }
                T::Star => {
                    if seen_star {
                        return self.fail(
                            "* argument may appear only once",
                            token.start,
                            Some(token.end),
                        );
                    }
                    self.bump();
                    seen_star = true;
                    if self.at(T::Comma) || self.at(close) {
                        let next_is_param = self.at(T::Comma) && self.peek_kind(1) == T::Name;
                        if !next_is_param {
                            return self.fail(
                                "named arguments must follow bare *",
                                token.start,
                                Some(token.end),
                            );
                        }
                    } else {
                        let param = self.parameter(lambda, true)?;
                        names.push(param.name);
                        vararg = Some(self.alloc(param));
                    }
                }
                T::DoubleStar => {
                    self.bump();
                    let param = self.parameter(lambda, false)?;
                    names.push(param.name);
                    kwarg = Some(self.alloc(param));
                }
                _ => {
                    let mut param = self.parameter(lambda, false)?;
                    names.push(param.name);
                    if self.eat(T::Equal) {
                        param.default = Some(boxed(self.arena, self.expression()?));
                        if !seen_star {
                            seen_default = true;
                        }
                    } else if seen_default && !seen_star {
                        return self.fail_span(
                            "non-default argument follows default argument",
                            param.span,
                        );
                    }
                    if seen_star {
                        kwonly.push(param);
                    } else {
                        args.push(param);
                    }
                }
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        if !self.at(close) {
            return self.invalid();
        }
        for (i, name) in names.iter().enumerate() {
            if names[..i].contains(name) {
                let at = self.prev_end();
                let message =
                    alloc::format!("duplicate argument '{}' in function definition", name);
                return self.fail(message, at, None);
            }
        }
        Ok(Parameters {
            posonly,
            args: args.into_bump_slice(),
            vararg,
            kwonly: kwonly.into_bump_slice(),
            kwarg,
        })
    }

    fn parameter(&mut self, lambda: bool, star: bool) -> PResult<Param<'a>> {
        let start = self.start();
        let name = self.name()?;
        let annotation = if !lambda && self.eat(T::Colon) {
            let value = if star && self.at(T::Star) {
                let star_start = self.bump().start;
                let inner = self.binary(P_BOR)?;
                let span = self.span_from(star_start);
                self.expr(ExprKind::Starred(self.alloc(inner)), span)
            } else {
                self.expression()?
            };
            Some(self.alloc(value))
        } else {
            None
        };
        Ok(Param {
            name,
            annotation,
            default: None,
            span: self.span_from(start),
        })
    }
}
