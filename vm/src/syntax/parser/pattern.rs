//! The `match` statement and its patterns (PEP 634).

use super::{boxed, PResult, Parser};
use crate::syntax::ast::{
    BinOp, Constant, Expr, ExprKind, MatchCase, Pattern, PatternKind, Span, Stmt, StmtKind, UnaryOp,
};
use crate::syntax::literal;
use crate::syntax::token::TokenKind as T;

impl<'a> Parser<'a> {
    /// `match subject:` — `Ok(None)` when the statement turns out not to be
    /// a match statement (`match` used as a name).
    pub(super) fn match_statement(&mut self) -> PResult<Option<Stmt<'a>>> {
        let saved = (self.index, self.depth, self.furthest);
        let keyword = self.bump();
        let subject = (|| -> PResult<Expr<'a>> {
            let start = self.start();
            let first = self.star_expression(true)?;
            if !self.at(T::Comma) {
                return Ok(first);
            }
            let mut items = self.vec();
            items.push(first);
            while self.eat(T::Comma) {
                if self.at(T::Colon) {
                    break;
                }
                items.push(self.star_expression(true)?);
            }
            let span = self.span_from(start);
            Ok(self.expr(ExprKind::Tuple(items.into_bump_slice()), span))
        })();
        let subject = match subject {
            Ok(subject) if self.at(T::Colon) && self.peek_kind(1) == T::Newline => subject,
            _ => {
                (self.index, self.depth, self.furthest) = saved;
                self.error = None;
                self.generic = false;
                return Ok(None);
            }
        };
        self.bump();
        self.bump();
        if !self.at(T::Indent) {
            let token = self.tok();
            return self.fail_indentation(
                alloc::format!(
                    "expected an indented block after 'match' statement on line {}",
                    keyword.start.line
                ),
                token,
            );
        }
        self.bump();
        self.enter()?;
        let mut cases = self.vec();
        while self.is_name("case") {
            let case = self.bump();
            let pattern = self.patterns()?;
            let guard = if self.eat(T::If) {
                Some(boxed(self.arena, self.named_expression()?))
            } else {
                None
            };
            self.expect_colon()?;
            let body = self.block("'case' statement", case.start.line)?;
            cases.push(MatchCase {
                pattern: self.alloc(pattern),
                guard,
                body,
            });
        }
        if cases.is_empty() || !self.eat(T::Dedent) {
            return self.invalid();
        }
        self.leave();
        let cases = cases.into_bump_slice();
        let end = self.last_real_end();
        Ok(Some(Stmt {
            kind: StmtKind::Match {
                subject: self.alloc(subject),
                cases,
            },
            span: Span {
                start: keyword.start,
                end,
            },
        }))
    }

    /// The pattern of a `case`: an open sequence `a, b` or one pattern.
    fn patterns(&mut self) -> PResult<Pattern<'a>> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if let PatternKind::Star(_) = first.kind {
                let span = first.span;
                return Ok(Pattern {
                    kind: PatternKind::Sequence(
                        self.arena.alloc_slice_fill_iter(core::iter::once(first)),
                    ),
                    span,
                });
            }
            return Ok(first);
        }
        let mut items = self.vec();
        items.push(first);
        while self.eat(T::Comma) {
            if self.at(T::Colon) || self.at(T::If) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::Sequence(items.into_bump_slice()),
            span: self.span_from(start),
        })
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern<'a>> {
        if self.at(T::Star) {
            let start = self.bump().start;
            let name = self.name()?;
            let name = if name == "_" { None } else { Some(name) };
            return Ok(Pattern {
                kind: PatternKind::Star(name),
                span: self.span_from(start),
            });
        }
        self.pattern()
    }

    /// An or-pattern, optionally `as name`.
    fn pattern(&mut self) -> PResult<Pattern<'a>> {
        self.enter()?;
        let start = self.start();
        let first = self.closed_pattern()?;
        let mut pattern = if self.at(T::VBar) {
            let mut alternatives = self.vec();
            alternatives.push(first);
            while self.eat(T::VBar) {
                alternatives.push(self.closed_pattern()?);
            }
            Pattern {
                kind: PatternKind::Or(alternatives.into_bump_slice()),
                span: self.span_from(start),
            }
        } else {
            first
        };
        if self.eat(T::As) {
            let token = self.tok();
            let name = self.name()?;
            if name == "_" {
                return self.fail("cannot use '_' as a target", token.start, Some(token.end));
            }
            pattern = Pattern {
                kind: PatternKind::As {
                    pattern: Some(self.alloc(pattern)),
                    name: Some(name),
                },
                span: self.span_from(start),
            };
        }
        self.leave();
        Ok(pattern)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern<'a>> {
        let token = self.tok();
        let start = token.start;
        let kind = match token.kind {
            T::Number | T::Minus => PatternKind::Value(boxed(self.arena, self.number_pattern()?)),
            T::String => PatternKind::Value(boxed(self.arena, self.strings()?)),
            T::FStringStart => {
                return self.fail(
                    "patterns may only match literals and attribute lookups",
                    token.start,
                    None,
                )
            }
            T::None | T::True | T::False => {
                self.bump();
                PatternKind::Singleton(match token.kind {
                    T::None => Constant::None,
                    T::True => Constant::True,
                    _ => Constant::False,
                })
            }
            T::Name => {
                let name = self.text(token);
                if self.peek_kind(1) != T::Dot && self.peek_kind(1) != T::LPar {
                    self.bump();
                    let name = if name == "_" { None } else { Some(name) };
                    PatternKind::As {
                        pattern: None,
                        name,
                    }
                } else {
                    let value = self.dotted_value()?;
                    if self.at(T::LPar) {
                        return self.class_pattern(value);
                    }
                    PatternKind::Value(self.alloc(value))
                }
            }
            T::LPar => {
                self.bump();
                if self.eat(T::RPar) {
                    PatternKind::Sequence(&[])
                } else {
                    let first = self.maybe_star_pattern()?;
                    let is_star = matches!(first.kind, PatternKind::Star(_));
                    if !is_star && self.eat(T::RPar) {
                        return Ok(first);
                    }
                    let mut items = self.vec();
                    items.push(first);
                    while self.eat(T::Comma) {
                        if self.at(T::RPar) {
                            break;
                        }
                        items.push(self.maybe_star_pattern()?);
                    }
                    self.expect(T::RPar)?;
                    PatternKind::Sequence(items.into_bump_slice())
                }
            }
            T::LSqb => {
                self.bump();
                let mut items = self.vec();
                while !self.at(T::RSqb) {
                    items.push(self.maybe_star_pattern()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                self.expect(T::RSqb)?;
                PatternKind::Sequence(items.into_bump_slice())
            }
            T::LBrace => self.mapping_pattern()?,
            _ => return self.invalid(),
        };
        Ok(Pattern {
            kind,
            span: self.span_from(start),
        })
    }

    /// `name.attr.attr` (a value pattern or class name).
    fn dotted_value(&mut self) -> PResult<Expr<'a>> {
        let token = self.bump();
        let mut value = self.expr(
            ExprKind::Name(self.text(token)),
            self.span_from(token.start),
        );
        while self.eat(T::Dot) {
            let attr = self.name()?;
            let span = self.span_from(token.start);
            value = self.expr(
                ExprKind::Attribute {
                    value: self.alloc(value),
                    attr,
                },
                span,
            );
        }
        Ok(value)
    }

    /// A signed number, or a complex literal `real +/- imag`.
    fn number_pattern(&mut self) -> PResult<Expr<'a>> {
        let left = self.signed_number()?;
        let op = match self.kind() {
            T::Plus => BinOp::Add,
            T::Minus => BinOp::Sub,
            _ => return Ok(left),
        };
        self.bump();
        let token = self.tok();
        if token.kind != T::Number {
            return self.invalid();
        }
        let right = self.signed_number_unsigned()?;
        if !matches!(right.kind, ExprKind::Constant(Constant::Imaginary(_))) {
            return self.fail(
                "imaginary number required in complex literal",
                token.start,
                Some(token.end),
            );
        }
        let span = Span {
            start: left.span.start,
            end: right.span.end,
        };
        Ok(self.expr(
            ExprKind::BinOp {
                left: self.alloc(left),
                op,
                right: self.alloc(right),
            },
            span,
        ))
    }

    fn signed_number(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Minus) {
            let start = self.bump().start;
            if !self.at(T::Number) {
                return self.invalid();
            }
            let operand = self.signed_number_unsigned()?;
            let span = self.span_from(start);
            return Ok(self.expr(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: self.alloc(operand),
                },
                span,
            ));
        }
        self.signed_number_unsigned()
    }

    fn signed_number_unsigned(&mut self) -> PResult<Expr<'a>> {
        let token = self.expect(T::Number)?;
        let constant = literal::number(self.text(token), self.arena);
        Ok(self.expr(ExprKind::Constant(constant), self.span_from(token.start)))
    }

    fn mapping_pattern(&mut self) -> PResult<PatternKind<'a>> {
        self.bump();
        let mut keys = self.vec();
        let mut patterns = self.vec();
        let mut rest = None;
        while !self.at(T::RBrace) {
            if self.eat(T::DoubleStar) {
                rest = Some(self.name()?);
                self.eat(T::Comma);
                break;
            }
            let key = match self.kind() {
                T::Number | T::Minus => self.number_pattern()?,
                T::String => self.strings()?,
                T::None | T::True | T::False => {
                    let token = self.bump();
                    let constant = match token.kind {
                        T::None => Constant::None,
                        T::True => Constant::True,
                        _ => Constant::False,
                    };
                    self.expr(ExprKind::Constant(constant), self.span_from(token.start))
                }
                T::Name if self.peek_kind(1) == T::Dot => self.dotted_value()?,
                _ => return self.invalid(),
            };
            self.expect(T::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RBrace)?;
        Ok(PatternKind::Mapping {
            keys: keys.into_bump_slice(),
            patterns: patterns.into_bump_slice(),
            rest,
        })
    }

    fn class_pattern(&mut self, cls: Expr<'a>) -> PResult<Pattern<'a>> {
        let start = cls.span.start;
        self.bump();
        let mut patterns = self.vec();
        let mut kwd_attrs = self.vec();
        let mut kwd_patterns = self.vec();
        while !self.at(T::RPar) {
            if self.at(T::Name) && self.peek_kind(1) == T::Equal {
                let name = self.name()?;
                self.bump();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                let pattern = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return self
                        .fail_span("positional patterns follow keyword patterns", pattern.span);
                }
                patterns.push(pattern);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RPar)?;
        Ok(Pattern {
            kind: PatternKind::Class {
                cls: self.alloc(cls),
                patterns: patterns.into_bump_slice(),
                kwd_attrs: kwd_attrs.into_bump_slice(),
                kwd_patterns: kwd_patterns.into_bump_slice(),
            },
            span: self.span_from(start),
        })
    }
}
