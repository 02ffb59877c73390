//! Assignment, deletion and loop targets. Targets are parsed as ordinary
//! expressions and then checked, which is how CPython produces its precise
//! "cannot assign to ..." messages: the offending sub-expression is known.

use super::expr::P_BOR;
use super::{PResult, Parser};
use crate::syntax::ast::{Constant, Expr, ExprKind};
use crate::syntax::token::TokenKind as T;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetContext {
    /// `a = ...`: CPython adds a hint about `==` for a bad top-level target.
    Assign,
    For,
    Comprehension,
    With,
    Delete,
}

/// How CPython names an expression that cannot be a target.
pub(super) fn describe(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(_) => "literal",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Starred(_) => "starred",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Name(_) => "name",
    }
}

impl<'a> Parser<'a> {
    /// A comma-separated list of star targets, as after `for` or `del`:
    /// stops before `in` and `=`.
    pub(super) fn target_list(&mut self, context: TargetContext) -> PResult<Expr<'a>> {
        let start = self.start();
        let first = self.target_item()?;
        let value = if self.at(T::Comma) {
            let mut items = self.vec();
            items.push(first);
            while self.eat(T::Comma) {
                if !self.starts_expression() {
                    break;
                }
                items.push(self.target_item()?);
            }
            let span = self.span_from(start);
            self.expr(ExprKind::Tuple(items.into_bump_slice()), span)
        } else {
            first
        };
        self.check_target(&value, context)?;
        Ok(value)
    }

    fn target_item(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Star) {
            let start = self.bump().start;
            let value = self.binary(P_BOR)?;
            let span = self.span_from(start);
            return Ok(self.expr(ExprKind::Starred(self.alloc(value)), span));
        }
        self.binary(P_BOR)
    }

    /// Check that `expr` can be assigned to (or deleted).
    pub(super) fn check_target(&mut self, expr: &Expr<'a>, context: TargetContext) -> PResult<()> {
        match &expr.kind {
            ExprKind::Starred(_) if context != TargetContext::Delete => self.fail_span(
                "starred assignment target must be in a list or tuple",
                expr.span,
            ),
            _ => self.check_target_inner(expr, context, true),
        }
    }

    fn check_target_inner(
        &mut self,
        expr: &Expr<'a>,
        context: TargetContext,
        top: bool,
    ) -> PResult<()> {
        match &expr.kind {
            ExprKind::Name(name) => {
                if *name == "__debug__" {
                    let verb = if context == TargetContext::Delete {
                        "delete"
                    } else {
                        "assign to"
                    };
                    return self.fail_span(alloc::format!("cannot {} __debug__", verb), expr.span);
                }
                Ok(())
            }
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let mut starred = 0;
                for item in items.iter() {
                    if let ExprKind::Starred(inner) = &item.kind {
                        if context == TargetContext::Delete {
                            return self.fail_span("cannot delete starred", item.span);
                        }
                        starred += 1;
                        if starred > 1 {
                            return self.fail_span(
                                "multiple starred expressions in assignment",
                                expr.span,
                            );
                        }
                        self.check_target_inner(inner, context, false)?;
                    } else {
                        self.check_target_inner(item, context, false)?;
                    }
                }
                Ok(())
            }
            ExprKind::Starred(inner) if context != TargetContext::Delete => {
                self.check_target_inner(inner, context, false)
            }
            _ => {
                let what = describe(expr);
                let message = match context {
                    TargetContext::Delete => alloc::format!("cannot delete {}", what),
                    TargetContext::Assign
                        if top
                            && !matches!(
                                expr.kind,
                                ExprKind::Yield(_)
                                    | ExprKind::YieldFrom(_)
                                    | ExprKind::GeneratorExp { .. }
                                    | ExprKind::NamedExpr { .. }
                                    | ExprKind::Constant(
                                        Constant::None | Constant::True | Constant::False
                                    )
                            ) =>
                    {
                        alloc::format!(
                            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                            what
                        )
                    }
                    _ if matches!(expr.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
                        && context == TargetContext::Assign =>
                    {
                        alloc::string::String::from("assignment to yield expression not possible")
                    }
                    _ => alloc::format!("cannot assign to {}", what),
                };
                self.fail_span(message, expr.span)
            }
        }
    }

    /// Check an augmented-assignment target: a single name, attribute or
    /// subscript.
    pub(super) fn check_aug_target(&mut self, expr: &Expr<'a>) -> PResult<()> {
        match &expr.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                self.check_target_inner(expr, TargetContext::Assign, true)
            }
            _ => {
                let what = describe(expr);
                self.fail_span(
                    alloc::format!(
                        "'{}' is an illegal expression for augmented assignment",
                        what
                    ),
                    expr.span,
                )
            }
        }
    }
}
