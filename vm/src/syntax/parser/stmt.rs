//! Statements: simple statement lines, compound statements and their
//! blocks. `match` is a soft keyword: a statement starting with the name
//! `match` is first tried as a match statement and, if that does not parse
//! up to `:` NEWLINE, re-parsed as an ordinary statement.

use super::expr::P_BOR;
use super::target::TargetContext;
use super::{boxed, PResult, Parser};
use crate::syntax::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Pos, Span, Stmt, StmtKind,
    WithItem,
};
use crate::syntax::token::TokenKind as T;
use alloc::format;
use bumpalo::collections::{String as BString, Vec as BVec};

pub(super) fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt.kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
            | StmtKind::Try { .. }
    )
}

fn augmented_operator(kind: T) -> Option<BinOp> {
    Some(match kind {
        T::PlusEqual => BinOp::Add,
        T::MinEqual => BinOp::Sub,
        T::StarEqual => BinOp::Mult,
        T::AtEqual => BinOp::MatMult,
        T::SlashEqual => BinOp::Div,
        T::PercentEqual => BinOp::Mod,
        T::DoubleStarEqual => BinOp::Pow,
        T::LeftShiftEqual => BinOp::LShift,
        T::RightShiftEqual => BinOp::RShift,
        T::VBarEqual => BinOp::BitOr,
        T::CircumflexEqual => BinOp::BitXor,
        T::AmperEqual => BinOp::BitAnd,
        T::DoubleSlashEqual => BinOp::FloorDiv,
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// One statement line or compound statement, appended to `body`.
    pub(super) fn statement(&mut self, body: &mut BVec<'a, Stmt<'a>>) -> PResult<()> {
        let stmt = match self.kind() {
            T::If => self.if_statement()?,
            T::While => self.while_statement()?,
            T::For => self.for_statement(None)?,
            T::Try => self.try_statement()?,
            T::With => self.with_statement(None)?,
            T::Def => self.function_def(&[], None)?,
            T::Class => self.class_def(&[])?,
            T::At => self.decorated()?,
            T::Async => self.async_statement(&[])?,
            T::Name if self.is_name("match") => match self.match_statement()? {
                Some(stmt) => stmt,
                None => return self.simple_statements(body),
            },
            _ => return self.simple_statements(body),
        };
        body.push(stmt);
        Ok(())
    }

    fn simple_statements(&mut self, body: &mut BVec<'a, Stmt<'a>>) -> PResult<()> {
        loop {
            let stmt = self.simple_statement()?;
            body.push(stmt);
            if self.eat(T::Semi) {
                if self.eat(T::Newline) {
                    return Ok(());
                }
                continue;
            }
            if self.eat(T::Newline) {
                return Ok(());
            }
            if let Some(Stmt {
                kind:
                    StmtKind::Expr(Expr {
                        kind: ExprKind::Name(name @ ("print" | "exec")),
                        span,
                    }),
                ..
            }) = body.last()
            {
                if self.starts_expression() {
                    let message = format!(
                        "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                        name, name
                    );
                    let start = span.start;
                    let end = self.last_real_end();
                    return self.fail(message, start, Some(end));
                }
            }
            return self.invalid();
        }
    }

    /// The body after a compound statement's `:`.
    pub(super) fn block(&mut self, what: &str, line: u32) -> PResult<&'a [Stmt<'a>]> {
        let mut body = self.vec();
        if !self.eat(T::Newline) {
            self.simple_statements(&mut body)?;
            return Ok(body.into_bump_slice());
        }
        if !self.at(T::Indent) {
            let token = self.tok();
            return self.fail_indentation(
                format!("expected an indented block after {} on line {}", what, line),
                token,
            );
        }
        self.bump();
        self.enter()?;
        while !self.at(T::Dedent) && !self.at(T::EndMarker) {
            self.statement(&mut body)?;
        }
        self.eat(T::Dedent);
        self.leave();
        Ok(body.into_bump_slice())
    }

    fn if_statement(&mut self) -> PResult<Stmt<'a>> {
        self.enter()?;
        let keyword = self.bump();
        let what = if keyword.kind == T::If {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        let test = self.named_expression()?;
        self.expect_colon()?;
        let body = self.block(what, keyword.start.line)?;
        let orelse: &'a [Stmt<'a>] = if self.at(T::Elif) {
            let nested = self.if_statement()?;
            self.arena.alloc_slice_fill_iter(core::iter::once(nested))
        } else {
            self.else_block()?
        };
        self.leave();
        let end = self.last_real_end();
        Ok(Stmt {
            kind: StmtKind::If {
                test: self.alloc(test),
                body,
                orelse,
            },
            span: Span {
                start: keyword.start,
                end,
            },
        })
    }

    fn else_block(&mut self) -> PResult<&'a [Stmt<'a>]> {
        if !self.at(T::Else) {
            return Ok(&[]);
        }
        let keyword = self.bump();
        self.expect_colon()?;
        self.block("'else' statement", keyword.start.line)
    }

    fn while_statement(&mut self) -> PResult<Stmt<'a>> {
        let keyword = self.bump();
        let test = self.named_expression()?;
        self.expect_colon()?;
        let body = self.block("'while' statement", keyword.start.line)?;
        let orelse = self.else_block()?;
        let end = self.last_real_end();
        Ok(Stmt {
            kind: StmtKind::While {
                test: self.alloc(test),
                body,
                orelse,
            },
            span: Span {
                start: keyword.start,
                end,
            },
        })
    }

    fn for_statement(&mut self, async_start: Option<Pos>) -> PResult<Stmt<'a>> {
        let keyword = self.bump();
        let target = self.target_list(TargetContext::For)?;
        self.expect(T::In)?;
        let iter = self.star_expressions()?;
        self.expect_colon()?;
        let body = self.block("'for' statement", keyword.start.line)?;
        let orelse = self.else_block()?;
        let end = self.last_real_end();
        Ok(Stmt {
            kind: StmtKind::For {
                target: self.alloc(target),
                iter: self.alloc(iter),
                body,
                orelse,
                is_async: async_start.is_some(),
            },
            span: Span {
                start: async_start.unwrap_or(keyword.start),
                end,
            },
        })
    }

    fn try_statement(&mut self) -> PResult<Stmt<'a>> {
        let keyword = self.bump();
        self.expect_colon()?;
        let body = self.block("'try' statement", keyword.start.line)?;
        let mut handlers = self.vec();
        let mut star: Option<bool> = None;
        while self.at(T::Except) {
            let except = self.bump();
            let is_star = self.eat(T::Star);
            if star.is_some_and(|s| s != is_star) {
                return self.fail(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    except.start,
                    None,
                );
            }
            star = Some(is_star);
            let mut typ = None;
            let mut name = None;
            if !self.at(T::Colon) || is_star {
                let value = self.expression()?;
                if self.at(T::Comma) {
                    let span = self.span_from(value.span.start);
                    return self.fail_span("multiple exception types must be parenthesized", span);
                }
                typ = Some(self.alloc(value));
                if self.eat(T::As) {
                    name = Some(self.name()?);
                }
            }
            self.expect_colon()?;
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let handler_body = self.block(what, except.start.line)?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body: handler_body,
                span: Span {
                    start: except.start,
                    end: self.last_real_end(),
                },
            });
        }
        let orelse = if handlers.is_empty() {
            &[]
        } else {
            self.else_block()?
        };
        let finalbody = if self.at(T::Finally) {
            let finally = self.bump();
            self.expect_colon()?;
            self.block("'finally' statement", finally.start.line)?
        } else {
            &[]
        };
        if handlers.is_empty() && finalbody.is_empty() {
            if self.tok().kind == T::Error {
                return self.invalid();
            }
            let at = self.last_real_end();
            let token = self.tok();
            let mut error = crate::syntax::error::SyntaxError::new(
                "expected 'except' or 'finally' block",
                at,
                None,
            );
            error.incomplete = self.incomplete_at(token);
            self.error = Some(error);
            self.generic = false;
            return Err(super::Failed);
        }
        let handlers = handlers.into_bump_slice();
        let end = self.last_real_end();
        Ok(Stmt {
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star: star == Some(true),
            },
            span: Span {
                start: keyword.start,
                end,
            },
        })
    }

    /// End of the last token that is not a synthesised NEWLINE/INDENT/DEDENT.
    pub(super) fn last_real_end(&self) -> Pos {
        let mut index = self.index;
        while index > 0 {
            index -= 1;
            let token = self.tokens[index];
            if !matches!(token.kind, T::Newline | T::Indent | T::Dedent) {
                return token.end;
            }
        }
        Pos::default()
    }

    fn with_statement(&mut self, async_start: Option<Pos>) -> PResult<Stmt<'a>> {
        let keyword = self.bump();
        let items = match self.parenthesized_with_items() {
            Some(items) => items,
            None => {
                let mut items = self.vec();
                loop {
                    items.push(self.with_item()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                items.into_bump_slice()
            }
        };
        self.expect_colon()?;
        let body = self.block("'with' statement", keyword.start.line)?;
        Ok(Stmt {
            kind: StmtKind::With {
                items,
                body,
                is_async: async_start.is_some(),
            },
            span: Span {
                start: async_start.unwrap_or(keyword.start),
                end: self.last_real_end(),
            },
        })
    }

    /// `with (a as b, c):` — tried first, abandoned if the parentheses turn
    /// out to be part of an expression such as `with (a, b) as c:`.
    fn parenthesized_with_items(&mut self) -> Option<&'a [WithItem<'a>]> {
        if !self.at(T::LPar) {
            return None;
        }
        let saved = (self.index, self.depth, self.furthest);
        let attempt = (|| {
            self.bump();
            let mut items = self.vec();
            loop {
                items.push(self.with_item()?);
                if !self.eat(T::Comma) || self.at(T::RPar) {
                    break;
                }
            }
            self.expect(T::RPar)?;
            if !self.at(T::Colon) {
                return self.invalid();
            }
            Ok(items.into_bump_slice())
        })();
        match attempt {
            Ok(items) => Some(items),
            Err(_) => {
                (self.index, self.depth, self.furthest) = saved;
                self.error = None;
                self.generic = false;
                None
            }
        }
    }

    fn with_item(&mut self) -> PResult<WithItem<'a>> {
        let context = self.expression()?;
        let vars = if self.eat(T::As) {
            let target = if self.at(T::Star) {
                return self.invalid();
            } else {
                self.binary(P_BOR)?
            };
            self.check_target(&target, TargetContext::With)?;
            Some(self.alloc(target))
        } else {
            None
        };
        Ok(WithItem {
            context: self.alloc(context),
            vars,
        })
    }

    fn decorated(&mut self) -> PResult<Stmt<'a>> {
        let mut decorators = self.vec();
        while self.eat(T::At) {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        let decorators = decorators.into_bump_slice();
        match self.kind() {
            T::Def => self.function_def(decorators, None),
            T::Class => self.class_def(decorators),
            T::Async if self.peek_kind(1) == T::Def => self.async_statement(decorators),
            _ => self.invalid(),
        }
    }

    fn async_statement(&mut self, decorators: &'a [Expr<'a>]) -> PResult<Stmt<'a>> {
        let start = self.bump().start;
        match self.kind() {
            T::Def => self.function_def(decorators, Some(start)),
            T::For if decorators.is_empty() => self.for_statement(Some(start)),
            T::With if decorators.is_empty() => self.with_statement(Some(start)),
            _ => self.invalid(),
        }
    }

    fn function_def(
        &mut self,
        decorators: &'a [Expr<'a>],
        async_start: Option<Pos>,
    ) -> PResult<Stmt<'a>> {
        let keyword = self.bump();
        let name = self.name()?;
        self.expect(T::LPar)?;
        self.enter()?;
        let params = self.parameters(false)?;
        self.expect(T::RPar)?;
        self.leave();
        let returns = if self.eat(T::RArrow) {
            Some(boxed(self.arena, self.expression()?))
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.block("function definition", keyword.start.line)?;
        let span = Span {
            start: async_start.unwrap_or(keyword.start),
            end: self.last_real_end(),
        };
        let def = self.alloc(FunctionDef {
            name,
            params,
            body,
            decorators,
            returns,
            is_async: async_start.is_some(),
            span,
        });
        Ok(Stmt {
            kind: StmtKind::FunctionDef(def),
            span,
        })
    }

    fn class_def(&mut self, decorators: &'a [Expr<'a>]) -> PResult<Stmt<'a>> {
        let keyword = self.bump();
        let name = self.name()?;
        let (bases, keywords) = if self.eat(T::LPar) {
            self.call_arguments()?
        } else {
            (&[][..], &[][..])
        };
        self.expect_colon()?;
        let body = self.block("class definition", keyword.start.line)?;
        let span = Span {
            start: keyword.start,
            end: self.last_real_end(),
        };
        let class = self.alloc(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
            span,
        });
        Ok(Stmt {
            kind: StmtKind::ClassDef(class),
            span,
        })
    }

    fn simple_statement(&mut self) -> PResult<Stmt<'a>> {
        let start = self.start();
        let kind = match self.kind() {
            T::Pass => {
                self.bump();
                StmtKind::Pass
            }
            T::Break => {
                self.bump();
                StmtKind::Break
            }
            T::Continue => {
                self.bump();
                StmtKind::Continue
            }
            T::Return => {
                self.bump();
                let value = if self.starts_expression() {
                    Some(boxed(self.arena, self.star_expressions()?))
                } else {
                    None
                };
                StmtKind::Return(value)
            }
            T::Raise => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if self.starts_expression() {
                    exc = Some(boxed(self.arena, self.expression()?));
                    if self.eat(T::From) {
                        cause = Some(boxed(self.arena, self.expression()?));
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            T::Global | T::Nonlocal => {
                let global = self.bump().kind == T::Global;
                let mut names = self.vec();
                loop {
                    names.push(self.name()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                let names = names.into_bump_slice();
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            T::Del => {
                self.bump();
                let mut targets = self.vec();
                loop {
                    let target = self.binary(P_BOR)?;
                    self.check_target(&target, TargetContext::Delete)?;
                    targets.push(target);
                    if !self.eat(T::Comma) || !self.starts_expression() {
                        break;
                    }
                }
                StmtKind::Delete(targets.into_bump_slice())
            }
            T::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(T::Comma) {
                    Some(boxed(self.arena, self.expression()?))
                } else {
                    None
                };
                StmtKind::Assert {
                    test: self.alloc(test),
                    msg,
                }
            }
            T::Import => {
                self.bump();
                let mut names = self.vec();
                loop {
                    let alias_start = self.start();
                    let name = self.dotted_name()?;
                    let asname = if self.eat(T::As) {
                        Some(self.name()?)
                    } else {
                        None
                    };
                    names.push(Alias {
                        name,
                        asname,
                        span: self.span_from(alias_start),
                    });
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                StmtKind::Import(names.into_bump_slice())
            }
            T::From => self.import_from()?,
            _ => return self.expression_statement(),
        };
        Ok(Stmt {
            kind,
            span: self.span_from(start),
        })
    }

    fn dotted_name(&mut self) -> PResult<&'a str> {
        let first = self.tok();
        self.name()?;
        let mut last = first;
        let mut spaced = false;
        while self.at(T::Dot) {
            let dot = self.bump();
            let part = self.tok();
            self.name()?;
            spaced |= dot.lo != last.hi || part.lo != dot.hi;
            last = part;
        }
        if !spaced {
            return Ok(&self.src[first.lo as usize..last.hi as usize]);
        }
        let mut joined = BString::new_in(self.arena);
        for token in &self.tokens[self.index_of(first)..self.index] {
            match token.kind {
                T::Dot => joined.push('.'),
                _ => joined.push_str(self.text(*token)),
            }
        }
        Ok(joined.into_bump_str())
    }

    fn index_of(&self, token: crate::syntax::token::Token) -> usize {
        let mut index = self.index;
        while index > 0 && self.tokens[index].lo != token.lo {
            index -= 1;
        }
        index
    }

    fn import_from(&mut self) -> PResult<StmtKind<'a>> {
        self.bump();
        let mut level = 0;
        loop {
            match self.kind() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.at(T::Name) {
            Some(self.dotted_name()?)
        } else if level == 0 {
            return self.invalid();
        } else {
            None
        };
        self.expect(T::Import)?;
        let mut names = self.vec();
        if self.at(T::Star) {
            let star = self.bump();
            names.push(Alias {
                name: "*",
                asname: None,
                span: Span {
                    start: star.start,
                    end: star.end,
                },
            });
            return Ok(StmtKind::ImportFrom {
                module,
                names: names.into_bump_slice(),
                level,
            });
        }
        let parenthesized = self.eat(T::LPar);
        loop {
            let alias_start = self.start();
            let name = self.name()?;
            let asname = if self.eat(T::As) {
                Some(self.name()?)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(alias_start),
            });
            if !self.eat(T::Comma) {
                break;
            }
            if parenthesized && self.at(T::RPar) {
                break;
            }
            if !parenthesized && !self.at(T::Name) {
                let token = self.tok();
                if matches!(token.kind, T::Newline | T::Semi) {
                    return self.fail(
                        "trailing comma not allowed without surrounding parentheses",
                        token.start,
                        None,
                    );
                }
            }
        }
        if parenthesized {
            self.expect(T::RPar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names: names.into_bump_slice(),
            level,
        })
    }

    fn expression_value(&mut self) -> PResult<Expr<'a>> {
        if self.at(T::Yield) {
            self.yield_expression()
        } else {
            self.star_expressions()
        }
    }

    fn expression_statement(&mut self) -> PResult<Stmt<'a>> {
        let start_token = self.tok();
        let start = start_token.start;
        let first = self.expression_value()?;
        if self.at(T::Equal) {
            let mut targets = self.vec();
            let mut value = first;
            while self.eat(T::Equal) {
                self.check_target(&value, TargetContext::Assign)?;
                targets.push(value);
                value = self.expression_value()?;
            }
            let span = self.span_from(start);
            return Ok(Stmt {
                kind: StmtKind::Assign {
                    targets: targets.into_bump_slice(),
                    value: self.alloc(value),
                },
                span,
            });
        }
        if let Some(op) = augmented_operator(self.kind()) {
            self.check_aug_target(&first)?;
            self.bump();
            let value = self.expression_value()?;
            let span = self.span_from(start);
            return Ok(Stmt {
                kind: StmtKind::AugAssign {
                    target: self.alloc(first),
                    op,
                    value: self.alloc(value),
                },
                span,
            });
        }
        if self.at(T::Colon) {
            let message = match first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
                ExprKind::Tuple(_) => Some("only single target (not tuple) can be annotated"),
                ExprKind::List(_) => Some("only single target (not list) can be annotated"),
                _ => Some("illegal target for annotation"),
            };
            if let Some(message) = message {
                return self.fail_span(message, first.span);
            }
            self.check_target(&first, TargetContext::Assign)?;
            self.bump();
            let annotation = self.expression()?;
            let value = if self.eat(T::Equal) {
                Some(boxed(self.arena, self.expression_value()?))
            } else {
                None
            };
            let simple = matches!(first.kind, ExprKind::Name(_)) && start_token.kind != T::LPar;
            let span = self.span_from(start);
            return Ok(Stmt {
                kind: StmtKind::AnnAssign {
                    target: self.alloc(first),
                    annotation: self.alloc(annotation),
                    value,
                    simple,
                },
                span,
            });
        }
        let span = self.span_from(start);
        Ok(Stmt {
            kind: StmtKind::Expr(self.alloc(first)),
            span,
        })
    }
}
