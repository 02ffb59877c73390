//! Expressions. All binary levels, `not`, comparisons and the boolean
//! operators go through `binary`, a precedence-climbing loop, so a nested
//! operand costs one recursive call instead of one per grammar level.

use super::{boxed, PResult, Parser};
use crate::syntax::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, Constant, DictItem, Expr, ExprKind, Span, UnaryOp,
};
use crate::syntax::literal;
use crate::syntax::token::TokenKind as T;

pub(super) const P_OR: u8 = 1;
pub(super) const P_AND: u8 = 2;
pub(super) const P_NOT: u8 = 3;
pub(super) const P_CMP: u8 = 4;
/// Operands of comparisons, and star targets (so `for x in y` stops at `in`).
pub(super) const P_BOR: u8 = 5;
const P_UNARY: u8 = 11;

fn binary_operator(kind: T) -> Option<(u8, BinOp)> {
    Some(match kind {
        T::VBar => (5, BinOp::BitOr),
        T::Circumflex => (6, BinOp::BitXor),
        T::Amper => (7, BinOp::BitAnd),
        T::LeftShift => (8, BinOp::LShift),
        T::RightShift => (8, BinOp::RShift),
        T::Plus => (9, BinOp::Add),
        T::Minus => (9, BinOp::Sub),
        T::Star => (10, BinOp::Mult),
        T::Slash => (10, BinOp::Div),
        T::DoubleSlash => (10, BinOp::FloorDiv),
        T::Percent => (10, BinOp::Mod),
        T::At => (10, BinOp::MatMult),
        T::DoubleStar => (12, BinOp::Pow),
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// `expression`: a lambda or a conditional expression.
    pub(super) fn expression(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Lambda) {
            return self.lambda();
        }
        let start = self.start();
        let body = self.binary(P_OR)?;
        if !self.at(T::If) {
            return Ok(body);
        }
        self.enter()?;
        self.bump();
        let test = self.binary(P_OR)?;
        if !self.eat(T::Else) {
            if self.tok().kind == T::Error {
                return self.invalid();
            }
            let end = self.prev_end();
            return self.fail("expected 'else' after 'if' expression", start, Some(end));
        }
        let orelse = self.expression()?;
        self.leave();
        let span = self.span_from(start);
        Ok(self.expr(
            ExprKind::IfExp {
                test: self.alloc(test),
                body: self.alloc(body),
                orelse: self.alloc(orelse),
            },
            span,
        ))
    }

    fn lambda(&mut self) -> PResult<Expr<'a>> {
        self.enter()?;
        let start = self.bump().start;
        let params = self.parameters(true)?;
        self.expect_colon()?;
        let body = self.expression()?;
        self.leave();
        let span = self.span_from(start);
        Ok(self.expr(
            ExprKind::Lambda {
                params: self.alloc(params),
                body: self.alloc(body),
            },
            span,
        ))
    }

    /// `name := value` or an expression.
    pub(super) fn named_expression(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Name) && self.peek_kind(1) == T::ColonEqual {
            let name_token = self.bump();
            self.bump();
            self.enter()?;
            let value = self.expression()?;
            self.leave();
            let span = self.span_from(name_token.start);
            return Ok(self.expr(
                ExprKind::NamedExpr {
                    target: self.text(name_token),
                    value: self.alloc(value),
                },
                span,
            ));
        }
        let value = self.expression()?;
        if self.at(T::ColonEqual) {
            let what = super::target::describe(&value);
            let what = match &value.kind {
                ExprKind::Attribute { .. } => "attribute",
                ExprKind::Subscript { .. } => "subscript",
                ExprKind::Tuple(_) => "tuple",
                ExprKind::List(_) => "list",
                _ => what,
            };
            return self.fail_span(
                alloc::format!("cannot use assignment expressions with {}", what),
                value.span,
            );
        }
        Ok(value)
    }

    /// `*expr` (as an element of a display or target list) or `expression`.
    pub(super) fn star_expression(&mut self, named: bool) -> PResult<Expr<'a>> {
        if self.at(T::Star) {
            let start = self.bump().start;
            let value = self.binary(P_BOR)?;
            let span = self.span_from(start);
            return Ok(self.expr(ExprKind::Starred(self.alloc(value)), span));
        }
        if named {
            self.named_expression()
        } else {
            self.expression()
        }
    }

    /// Comma-separated `star_expression`s: a tuple when there is a comma.
    pub(super) fn star_expressions(&mut self) -> PResult<Expr<'a>> {
        self.star_expression_list(false)
    }

    pub(super) fn star_expression_list(&mut self, named: bool) -> PResult<Expr<'a>> {
        let start = self.start();
        let first = self.star_expression(named)?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut items = self.vec();
        items.push(first);
        while self.eat(T::Comma) {
            if !self.starts_expression() {
                break;
            }
            items.push(self.star_expression(named)?);
        }
        let span = self.span_from(start);
        Ok(self.expr(ExprKind::Tuple(items.into_bump_slice()), span))
    }

    /// Whether the current token can begin an expression (used after a
    /// trailing comma).
    pub(super) fn starts_expression(&mut self) -> bool {
        matches!(
            self.kind(),
            T::Name
                | T::Number
                | T::String
                | T::FStringStart
                | T::LPar
                | T::LSqb
                | T::LBrace
                | T::Minus
                | T::Plus
                | T::Tilde
                | T::Not
                | T::Await
                | T::Lambda
                | T::None
                | T::True
                | T::False
                | T::Ellipsis
                | T::Star
                | T::Yield
        )
    }

    /// `yield`, `yield value`, `yield from value`.
    pub(super) fn yield_expression(&mut self) -> PResult<Expr<'a>> {
        let start = self.bump().start;
        if self.eat(T::From) {
            let value = self.expression()?;
            let span = self.span_from(start);
            return Ok(self.expr(ExprKind::YieldFrom(self.alloc(value)), span));
        }
        let value = if self.starts_expression() && !self.at(T::Yield) {
            Some(boxed(self.arena, self.star_expressions()?))
        } else {
            None
        };
        let span = self.span_from(start);
        Ok(self.expr(ExprKind::Yield(value), span))
    }

    /// Operators binding at least as tightly as `min`.
    pub(super) fn binary(&mut self, min: u8) -> PResult<Expr<'a>> {
        self.enter()?;
        let start = self.start();
        let mut left = self.prefix(min)?;
        loop {
            let kind = self.kind();
            match kind {
                T::Or | T::And => {
                    let (prec, op) = if kind == T::Or {
                        (P_OR, BoolOp::Or)
                    } else {
                        (P_AND, BoolOp::And)
                    };
                    if min > prec {
                        break;
                    }
                    let mut values = self.vec();
                    values.push(left);
                    while self.eat(kind) {
                        values.push(self.binary(prec + 1)?);
                    }
                    let span = self.span_from(start);
                    left = self.expr(
                        ExprKind::BoolOp {
                            op,
                            values: values.into_bump_slice(),
                        },
                        span,
                    );
                }
                _ if min <= P_CMP && self.comparison_operator().is_some() => {
                    let mut ops = self.vec();
                    let mut comparators = self.vec();
                    while let Some((op, len)) = self.comparison_operator() {
                        for _ in 0..len {
                            self.bump();
                        }
                        ops.push(op);
                        comparators.push(self.binary(P_BOR)?);
                    }
                    let span = self.span_from(start);
                    left = self.expr(
                        ExprKind::Compare {
                            left: self.alloc(left),
                            ops: ops.into_bump_slice(),
                            comparators: comparators.into_bump_slice(),
                        },
                        span,
                    );
                }
                _ => {
                    let Some((prec, op)) = binary_operator(kind) else {
                        break;
                    };
                    if prec < min {
                        break;
                    }
                    self.bump();
                    let right = if op == BinOp::Pow {
                        self.binary(P_UNARY)?
                    } else {
                        self.binary(prec + 1)?
                    };
                    let span = self.span_from(start);
                    left = self.expr(
                        ExprKind::BinOp {
                            left: self.alloc(left),
                            op,
                            right: self.alloc(right),
                        },
                        span,
                    );
                }
            }
        }
        self.leave();
        Ok(left)
    }

    fn comparison_operator(&mut self) -> Option<(CmpOp, usize)> {
        Some(match self.kind() {
            T::EqEqual => (CmpOp::Eq, 1),
            T::NotEqual => (CmpOp::NotEq, 1),
            T::Less => (CmpOp::Lt, 1),
            T::LessEqual => (CmpOp::LtE, 1),
            T::Greater => (CmpOp::Gt, 1),
            T::GreaterEqual => (CmpOp::GtE, 1),
            T::In => (CmpOp::In, 1),
            T::Is if self.peek_kind(1) == T::Not => (CmpOp::IsNot, 2),
            T::Is => (CmpOp::Is, 1),
            T::Not if self.peek_kind(1) == T::In => (CmpOp::NotIn, 2),
            _ => return None,
        })
    }

    fn prefix(&mut self, min: u8) -> PResult<Expr<'a>> {
        let op = match self.kind() {
            T::Not if min <= P_NOT => Some((UnaryOp::Not, P_NOT)),
            T::Minus if min <= P_UNARY => Some((UnaryOp::USub, P_UNARY)),
            T::Plus if min <= P_UNARY => Some((UnaryOp::UAdd, P_UNARY)),
            T::Tilde if min <= P_UNARY => Some((UnaryOp::Invert, P_UNARY)),
            _ => None,
        };
        if let Some((op, prec)) = op {
            let start = self.bump().start;
            let operand = self.binary(prec)?;
            let span = self.span_from(start);
            return Ok(self.expr(
                ExprKind::UnaryOp {
                    op,
                    operand: self.alloc(operand),
                },
                span,
            ));
        }
        if self.at(T::Await) {
            let start = self.bump().start;
            self.enter()?;
            let value = self.primary()?;
            self.leave();
            let span = self.span_from(start);
            return Ok(self.expr(ExprKind::Await(self.alloc(value)), span));
        }
        self.primary()
    }

    /// An atom followed by calls, attributes and subscripts.
    pub(super) fn primary(&mut self) -> PResult<Expr<'a>> {
        let start = self.start();
        let mut value = self.atom()?;
        loop {
            match self.kind() {
                T::Dot => {
                    self.bump();
                    let attr = self.name()?;
                    let span = self.span_from(start);
                    value = self.expr(
                        ExprKind::Attribute {
                            value: self.alloc(value),
                            attr,
                        },
                        span,
                    );
                }
                T::LPar => {
                    self.bump();
                    let (args, keywords) = self.call_arguments()?;
                    let span = self.span_from(start);
                    value = self.expr(
                        ExprKind::Call {
                            func: self.alloc(value),
                            args,
                            keywords,
                        },
                        span,
                    );
                }
                T::LSqb => {
                    self.bump();
                    let slice = self.slices()?;
                    self.expect(T::RSqb)?;
                    let span = self.span_from(start);
                    value = self.expr(
                        ExprKind::Subscript {
                            value: self.alloc(value),
                            slice: self.alloc(slice),
                        },
                        span,
                    );
                }
                _ => return Ok(value),
            }
        }
    }

    fn slices(&mut self) -> PResult<Expr<'a>> {
        let start = self.start();
        let first = self.slice()?;
        if !self.at(T::Comma) {
            if let ExprKind::Starred(_) = first.kind {
                // `a[*b]` subscripts with a one-element tuple.
                let span = first.span;
                let items = self.arena.alloc_slice_fill_iter(core::iter::once(first));
                return Ok(self.expr(ExprKind::Tuple(items), span));
            }
            return Ok(first);
        }
        let mut items = self.vec();
        items.push(first);
        while self.eat(T::Comma) {
            if self.at(T::RSqb) {
                break;
            }
            items.push(self.slice()?);
        }
        let span = self.span_from(start);
        Ok(self.expr(ExprKind::Tuple(items.into_bump_slice()), span))
    }

    fn slice(&mut self) -> PResult<Expr<'a>> {
        let start = self.start();
        let lower = if self.at(T::Colon) {
            None
        } else {
            let value = self.star_expression(true)?;
            if !self.at(T::Colon) {
                return Ok(value);
            }
            Some(self.alloc(value))
        };
        self.expect(T::Colon)?;
        let upper = if matches!(self.kind(), T::Colon | T::Comma | T::RSqb) {
            None
        } else {
            Some(boxed(self.arena, self.expression()?))
        };
        let step = if self.eat(T::Colon) && !matches!(self.kind(), T::Comma | T::RSqb) {
            Some(boxed(self.arena, self.expression()?))
        } else {
            None
        };
        let span = self.span_from(start);
        Ok(self.expr(ExprKind::Slice { lower, upper, step }, span))
    }

    fn atom(&mut self) -> PResult<Expr<'a>> {
        let token = self.tok();
        let constant = match token.kind {
            T::Name => {
                self.bump();
                return Ok(self.expr(
                    ExprKind::Name(self.text(token)),
                    self.span_from(token.start),
                ));
            }
            T::Number => literal::number(self.text(token), self.arena),
            T::None => Constant::None,
            T::True => Constant::True,
            T::False => Constant::False,
            T::Ellipsis => Constant::Ellipsis,
            T::String | T::FStringStart => return self.strings(),
            T::LPar => return self.paren_atom(),
            T::LSqb => return self.list_atom(),
            T::LBrace => return self.brace_atom(),
            _ => return self.invalid(),
        };
        self.bump();
        Ok(self.expr(ExprKind::Constant(constant), self.span_from(token.start)))
    }

    fn paren_atom(&mut self) -> PResult<Expr<'a>> {
        self.enter()?;
        let start = self.bump().start;
        if self.eat(T::RPar) {
            self.leave();
            return Ok(self.expr(ExprKind::Tuple(&[]), self.span_from(start)));
        }
        if self.at(T::Yield) {
            let value = self.yield_expression()?;
            self.expect(T::RPar)?;
            self.leave();
            return Ok(value);
        }
        let first = self.star_expression(true)?;
        if self.at(T::For) || self.at(T::Async) {
            let generators = self.comprehension_clauses()?;
            self.expect(T::RPar)?;
            self.leave();
            return Ok(self.expr(
                ExprKind::GeneratorExp {
                    elt: self.alloc(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        if self.eat(T::RPar) {
            self.leave();
            if let ExprKind::Starred(_) = first.kind {
                return self.fail_span("cannot use starred expression here", first.span);
            }
            return Ok(first);
        }
        if !self.at(T::Comma) {
            return self.invalid();
        }
        let mut items = self.vec();
        items.push(first);
        while self.eat(T::Comma) {
            if self.at(T::RPar) {
                break;
            }
            items.push(self.star_expression(true)?);
        }
        self.expect(T::RPar)?;
        self.leave();
        Ok(self.expr(
            ExprKind::Tuple(items.into_bump_slice()),
            self.span_from(start),
        ))
    }

    fn list_atom(&mut self) -> PResult<Expr<'a>> {
        self.enter()?;
        let start = self.bump().start;
        let mut items = self.vec();
        if !self.at(T::RSqb) {
            let first = self.star_expression(true)?;
            if self.at(T::For) || self.at(T::Async) {
                let generators = self.comprehension_clauses()?;
                self.expect(T::RSqb)?;
                self.leave();
                return Ok(self.expr(
                    ExprKind::ListComp {
                        elt: self.alloc(first),
                        generators,
                    },
                    self.span_from(start),
                ));
            }
            items.push(first);
            while self.eat(T::Comma) {
                if self.at(T::RSqb) {
                    break;
                }
                items.push(self.star_expression(true)?);
            }
        }
        self.expect(T::RSqb)?;
        self.leave();
        Ok(self.expr(
            ExprKind::List(items.into_bump_slice()),
            self.span_from(start),
        ))
    }

    fn brace_atom(&mut self) -> PResult<Expr<'a>> {
        self.enter()?;
        let start = self.bump().start;
        if self.eat(T::RBrace) {
            self.leave();
            return Ok(self.expr(ExprKind::Dict(&[]), self.span_from(start)));
        }
        let first_key = if self.eat(T::DoubleStar) {
            None
        } else {
            Some(self.star_expression(true)?)
        };
        let is_dict = first_key.is_none() || self.at(T::Colon);
        if !is_dict {
            let first = first_key.expect("checked above");
            if self.at(T::For) || self.at(T::Async) {
                let generators = self.comprehension_clauses()?;
                self.expect(T::RBrace)?;
                self.leave();
                return Ok(self.expr(
                    ExprKind::SetComp {
                        elt: self.alloc(first),
                        generators,
                    },
                    self.span_from(start),
                ));
            }
            let mut items = self.vec();
            items.push(first);
            while self.eat(T::Comma) {
                if self.at(T::RBrace) {
                    break;
                }
                items.push(self.star_expression(true)?);
            }
            self.expect(T::RBrace)?;
            self.leave();
            return Ok(self.expr(
                ExprKind::Set(items.into_bump_slice()),
                self.span_from(start),
            ));
        }
        let mut items = self.vec();
        let mut key = first_key;
        loop {
            match key {
                None => {
                    let value = self.binary(P_BOR)?;
                    items.push(DictItem {
                        key: None,
                        value: self.alloc(value),
                    });
                }
                Some(k) => {
                    if !self.at(T::Colon) {
                        if self.tok().kind == T::Error {
                            return self.invalid();
                        }
                        let at = self.prev_end();
                        return self.fail("':' expected after dictionary key", at, None);
                    }
                    self.bump();
                    let value = self.expression()?;
                    if items.is_empty() && (self.at(T::For) || self.at(T::Async)) {
                        let generators = self.comprehension_clauses()?;
                        self.expect(T::RBrace)?;
                        self.leave();
                        return Ok(self.expr(
                            ExprKind::DictComp {
                                key: self.alloc(k),
                                value: self.alloc(value),
                                generators,
                            },
                            self.span_from(start),
                        ));
                    }
                    items.push(DictItem {
                        key: Some(self.alloc(k)),
                        value: self.alloc(value),
                    });
                }
            }
            if !self.eat(T::Comma) || self.at(T::RBrace) {
                break;
            }
            key = if self.eat(T::DoubleStar) {
                None
            } else {
                Some(self.expression()?)
            };
        }
        self.expect(T::RBrace)?;
        self.leave();
        Ok(self.expr(
            ExprKind::Dict(items.into_bump_slice()),
            self.span_from(start),
        ))
    }

    /// `for target in iter if cond ...` clauses, possibly `async for`.
    pub(super) fn comprehension_clauses(&mut self) -> PResult<&'a [Comprehension<'a>]> {
        let mut generators = self.vec();
        loop {
            let is_async = self.at(T::Async) && self.peek_kind(1) == T::For;
            if is_async {
                self.bump();
            }
            if !self.eat(T::For) {
                break;
            }
            let target = self.target_list(super::target::TargetContext::Comprehension)?;
            self.expect(T::In)?;
            let iter = self.binary(P_OR)?;
            let mut ifs = self.vec();
            while self.eat(T::If) {
                ifs.push(self.binary(P_OR)?);
            }
            generators.push(Comprehension {
                target: self.alloc(target),
                iter: self.alloc(iter),
                ifs: ifs.into_bump_slice(),
                is_async,
            });
        }
        Ok(generators.into_bump_slice())
    }
}
