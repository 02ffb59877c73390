//! `try`/`except`/`else`/`finally`, `with`, `raise`, and leaving such
//! constructs early with `return`, `break` and `continue`.
//!
//! There is no block stack at run time. A protected body is an
//! exception-table range whose handler receives the exception in a
//! register reserved for the statement. A handler runs between
//! `EnterHandler` (which saves the exception being handled before it) and
//! `LeaveHandler`, and its body is itself protected by a second range that
//! restores the saved exception and re-raises, so every way out of a
//! handler restores it.
//!
//! `finally` bodies are copied onto every exit path: the normal one, the
//! exceptional one (run inside a handler, then re-raise), and each
//! `return`/`break`/`continue` that leaves the `try`. Those early exits
//! walk the compile-time `unwind` stack from the top: each construct left
//! suspends its protected range (the exit code must not be covered by the
//! handlers of the construct it leaves), runs its cleanup (a `finally`
//! copy, `LeaveHandler`, `__exit__(None, None, None)`), and after the jump
//! the ranges resume. Inner ranges are always closed, and so registered,
//! before the ranges around them, as the exception table requires.

use super::function::{emit, OpenRange, Unwind, UnwindKind};
use super::{error, CResult, Compiler};
use crate::bytecode::assemble::Label;
use crate::bytecode::{Byte, Count, Reg};
use crate::syntax::ast::{ExceptHandler, Expr, Span, Stmt, WithItem};

impl<'a> Compiler<'a, '_> {
    pub(super) fn open_range(&mut self, handler: Label, exc: Reg) -> OpenRange {
        let start = self.new_label();
        self.bind_label(start);
        OpenRange {
            start,
            handler,
            exc,
        }
    }

    pub(super) fn close_range(&mut self, range: OpenRange) {
        let end = self.new_label();
        self.bind_label(end);
        self.f()
            .asm
            .add_handler(range.start, end, range.handler, range.exc.0);
    }

    fn push_unwind(&mut self, kind: UnwindKind<'a>, range: Option<OpenRange>) {
        self.f().unwind.push(Unwind { kind, range });
    }

    /// Pop the innermost construct and close its range.
    fn pop_unwind(&mut self) {
        if let Some(entry) = self.f().unwind.pop() {
            if let Some(range) = entry.range {
                self.close_range(range);
            }
        }
    }

    /// Leave every construct above `depth` on the unwind stack, running
    /// their cleanups, then emit the exit itself with `finish`.
    pub fn exit_through(
        &mut self,
        depth: usize,
        span: Span,
        finish: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let count = self.fr().unwind.len();
        for j in (depth..count).rev() {
            let entry = self.fr().unwind[j];
            if let Some(range) = entry.range {
                self.close_range(range);
            }
            // The cleanup runs as if the constructs from j up were gone.
            let tail = self.f().unwind.split_off(j);
            self.cleanup(entry.kind, span)?;
            self.f().unwind.extend(tail);
        }
        finish(self)?;
        for j in depth..count {
            if let Some(range) = self.fr().unwind[j].range {
                let reopened = self.open_range(range.handler, range.exc);
                self.f().unwind[j].range = Some(reopened);
            }
        }
        Ok(())
    }

    fn cleanup(&mut self, kind: UnwindKind<'a>, span: Span) -> CResult<()> {
        match kind {
            UnwindKind::Loop { .. } | UnwindKind::TryBody => {}
            UnwindKind::Finally(body) => self.block(body)?,
            UnwindKind::Handler { saved, name } => {
                emit!(self, span, LeaveHandler { saved: saved });
                if let Some(name) = name {
                    self.unbind_handler_name(name, span)?;
                }
            }
            UnwindKind::With { exit, is_async } => {
                self.call_exit_with_nones(exit, is_async, span)?
            }
        }
        Ok(())
    }

    fn innermost_loop(&self) -> Option<(usize, Label, Label)> {
        self.fr()
            .unwind
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, u)| match u.kind {
                UnwindKind::Loop { brk, cont } => Some((i, brk, cont)),
                _ => None,
            })
    }

    pub fn break_statement(&mut self, span: Span) -> CResult<()> {
        let Some((depth, brk, _)) = self.innermost_loop() else {
            return Err(error("'break' outside loop", span));
        };
        self.exit_through(depth + 1, span, |c| {
            c.jump(span, brk);
            Ok(())
        })
    }

    pub fn continue_statement(&mut self, span: Span) -> CResult<()> {
        let Some((depth, _, cont)) = self.innermost_loop() else {
            return Err(error("'continue' not properly in loop", span));
        };
        self.exit_through(depth + 1, span, |c| {
            c.jump(span, cont);
            Ok(())
        })
    }

    /// `except E as name` unbinds the name when the handler ends (as if by
    /// `name = None; del name`, so an unbound name is no error).
    fn unbind_handler_name(&mut self, name: &'a str, span: Span) -> CResult<()> {
        let mark = self.mark();
        let none = self.temp()?;
        emit!(self, span, LoadNone { dst: none });
        self.store_name(name, none, span)?;
        self.delete_name(name, span)?;
        self.release(mark);
        Ok(())
    }

    pub fn raise_statement(
        &mut self,
        exc: Option<&'a Expr<'a>>,
        cause: Option<&'a Expr<'a>>,
        span: Span,
    ) -> CResult<()> {
        let mark = self.mark();
        match (exc, cause) {
            (None, _) => {
                let handled = self.temp()?;
                emit!(self, span, LoadHandled { dst: handled });
                emit!(self, span, Reraise { src: handled });
            }
            (Some(exc), None) => {
                let src = self.expr_reg(exc)?;
                emit!(self, span, Raise { src: src });
            }
            (Some(exc), Some(cause)) => {
                let src = self.expr_reg(exc)?;
                let cause = self.expr_reg(cause)?;
                emit!(
                    self,
                    span,
                    RaiseFrom {
                        src: src,
                        cause: cause
                    }
                );
            }
        }
        self.release(mark);
        Ok(())
    }

    pub fn try_statement(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
        span: Span,
    ) -> CResult<()> {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse, span);
        }
        let mark = self.mark();
        let exc = self.temp()?;
        let saved = self.temp()?;
        let inner = self.temp()?;
        let on_exception = self.new_label();
        let end = self.new_label();
        let range = self.open_range(on_exception, exc);
        self.push_unwind(UnwindKind::Finally(finalbody), Some(range));
        if handlers.is_empty() {
            self.block(body)?;
            self.block(orelse)?;
        } else {
            self.try_except(body, handlers, orelse, span)?;
        }
        self.pop_unwind();
        self.block(finalbody)?;
        self.jump(span, end);

        // The exceptional path: the finally body runs while the exception
        // is being handled, then it propagates.
        self.bind_label(on_exception);
        emit!(
            self,
            span,
            EnterHandler {
                saved: saved,
                exc: exc
            }
        );
        let failed = self.new_label();
        let protected = self.open_range(failed, inner);
        self.push_unwind(UnwindKind::Handler { saved, name: None }, Some(protected));
        self.block(finalbody)?;
        self.pop_unwind();
        emit!(self, span, LeaveHandler { saved: saved });
        emit!(self, span, Reraise { src: exc });
        self.bind_label(failed);
        emit!(self, span, LeaveHandler { saved: saved });
        emit!(self, span, Reraise { src: inner });
        self.bind_label(end);
        self.release(mark);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        span: Span,
    ) -> CResult<()> {
        if let Some(bare) = handlers
            .iter()
            .rev()
            .skip(1)
            .find(|handler| handler.typ.is_none())
        {
            return Err(error("default 'except:' must be last", bare.span));
        }
        let mark = self.mark();
        let exc = self.temp()?;
        let saved = self.temp()?;
        let inner = self.temp()?;
        let on_exception = self.new_label();
        let end = self.new_label();
        let range = self.open_range(on_exception, exc);
        self.push_unwind(UnwindKind::TryBody, Some(range));
        self.block(body)?;
        self.pop_unwind();
        self.block(orelse)?;
        self.jump(span, end);

        self.bind_label(on_exception);
        emit!(
            self,
            span,
            EnterHandler {
                saved: saved,
                exc: exc
            }
        );
        let failed = self.new_label();
        let protected = self.open_range(failed, inner);
        self.push_unwind(UnwindKind::Handler { saved, name: None }, Some(protected));
        for handler in handlers {
            let next = self.new_label();
            if let Some(typ) = handler.typ {
                let test = self.mark();
                let class = self.expr_temp(typ)?;
                emit!(
                    self,
                    typ.span,
                    ExcMatch {
                        dst: class,
                        exc: exc,
                        typ: class
                    }
                );
                emit!(
                    self,
                    typ.span,
                    JumpIfFalse {
                        cond: class,
                        target: next.target()
                    }
                );
                self.release(test);
            }
            if let Some(name) = handler.name {
                self.store_name(name, exc, handler.span)?;
            }
            if let Some(top) = self.f().unwind.last_mut() {
                top.kind = UnwindKind::Handler {
                    saved,
                    name: handler.name,
                };
            }
            self.block(handler.body)?;
            emit!(self, handler.span, LeaveHandler { saved: saved });
            if let Some(name) = handler.name {
                self.unbind_handler_name(name, handler.span)?;
            }
            self.jump(handler.span, end);
            if let Some(top) = self.f().unwind.last_mut() {
                top.kind = UnwindKind::Handler { saved, name: None };
            }
            self.bind_label(next);
        }
        self.pop_unwind();
        // No clause matched.
        emit!(self, span, LeaveHandler { saved: saved });
        emit!(self, span, Reraise { src: exc });
        self.bind_label(failed);
        emit!(self, span, LeaveHandler { saved: saved });
        emit!(self, span, Reraise { src: inner });
        self.bind_label(end);
        self.release(mark);
        Ok(())
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    /// `async with` calls `__aenter__`/`__aexit__` and awaits their
    /// results.
    pub fn with_statement(
        &mut self,
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
        is_async: bool,
        span: Span,
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.block(body);
        };
        let mark = self.mark();
        let manager = self.expr_temp(item.context)?;
        let exit = self.temps(2)?;
        let enter = self.temps(2)?;
        debug_assert_eq!(enter.0, exit.0 + 2);
        emit!(
            self,
            item.context.span,
            LoadContextMethods {
                exit: exit,
                manager: manager,
                is_async: Byte(is_async as u8)
            }
        );
        emit!(
            self,
            item.context.span,
            CallMethod {
                dst: enter,
                base: enter,
                argc: Count(0)
            }
        );
        if is_async {
            self.await_in_place(enter, item.context.span)?;
        }
        let exc = self.temp()?;
        let saved = self.temp()?;
        let inner = self.temp()?;
        let on_exception = self.new_label();
        let end = self.new_label();
        let range = self.open_range(on_exception, exc);
        self.push_unwind(UnwindKind::With { exit, is_async }, Some(range));
        if let Some(vars) = item.vars {
            self.assign(vars, enter)?;
        }
        if rest.is_empty() {
            self.block(body)?;
        } else {
            self.with_statement(rest, body, is_async, span)?;
        }
        self.pop_unwind();
        self.call_exit_with_nones(exit, is_async, span)?;
        self.jump(span, end);

        // The exceptional path: __exit__(type, value, traceback) decides
        // whether the exception is suppressed.
        self.bind_label(on_exception);
        emit!(
            self,
            span,
            EnterHandler {
                saved: saved,
                exc: exc
            }
        );
        let failed = self.new_label();
        let protected = self.open_range(failed, inner);
        let call = self.temps(5)?;
        let r = |k: u8| Reg(call.0 + k);
        emit!(
            self,
            span,
            Move {
                dst: r(0),
                src: exit
            }
        );
        emit!(
            self,
            span,
            Move {
                dst: r(1),
                src: Reg(exit.0 + 1)
            }
        );
        {
            let type_call = self.temps(2)?;
            let name = self.name("type")?;
            emit!(
                self,
                span,
                LoadBuiltin {
                    dst: type_call,
                    name: name
                }
            );
            emit!(
                self,
                span,
                Move {
                    dst: Reg(type_call.0 + 1),
                    src: exc
                }
            );
            emit!(
                self,
                span,
                Call {
                    dst: r(2),
                    func: type_call,
                    argc: Count(1)
                }
            );
            self.release(type_call.0 as u16);
        }
        emit!(
            self,
            span,
            Move {
                dst: r(3),
                src: exc
            }
        );
        let name = self.name("__traceback__")?;
        emit!(
            self,
            span,
            LoadAttr {
                dst: r(4),
                obj: exc,
                name: name
            }
        );
        emit!(
            self,
            span,
            CallMethod {
                dst: r(0),
                base: r(0),
                argc: Count(3)
            }
        );
        if is_async {
            self.await_in_place(r(0), span)?;
        }
        let suppressed = self.new_label();
        emit!(
            self,
            span,
            JumpIfTrue {
                cond: r(0),
                target: suppressed.target()
            }
        );
        self.close_range(protected);
        emit!(self, span, LeaveHandler { saved: saved });
        emit!(self, span, Reraise { src: exc });
        self.bind_label(suppressed);
        emit!(self, span, LeaveHandler { saved: saved });
        self.jump(span, end);
        self.bind_label(failed);
        emit!(self, span, LeaveHandler { saved: saved });
        emit!(self, span, Reraise { src: inner });
        self.bind_label(end);
        self.release(mark);
        Ok(())
    }

    /// `__exit__(None, None, None)` through the pair at `exit`, `exit + 1`
    /// (awaited for `async with`).
    fn call_exit_with_nones(&mut self, exit: Reg, is_async: bool, span: Span) -> CResult<()> {
        let mark = self.mark();
        let call = self.temps(5)?;
        emit!(
            self,
            span,
            Move {
                dst: call,
                src: exit
            }
        );
        emit!(
            self,
            span,
            Move {
                dst: Reg(call.0 + 1),
                src: Reg(exit.0 + 1)
            }
        );
        for k in 2..5 {
            emit!(
                self,
                span,
                LoadNone {
                    dst: Reg(call.0 + k)
                }
            );
        }
        emit!(
            self,
            span,
            CallMethod {
                dst: call,
                base: call,
                argc: Count(3)
            }
        );
        if is_async {
            self.await_in_place(call, span)?;
        }
        self.release(mark);
        Ok(())
    }
}
