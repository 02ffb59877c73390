//! `await` in the statements that imply it: `async for` (each step awaits
//! `__anext__()`, and StopAsyncIteration ends the loop) and the awaits
//! of `async with` (its `__aenter__`/`__aexit__` calls, compiled by
//! `with_statement`).
//!
//! ```text
//!         aiter = GetAIter(iterable)
//!   top:  [protected by `stop`] awaitable = GetANext(aiter); item = yield from awaitable
//!         target = item; body; goto top
//!   stop: StopAsyncIteration: goto else; anything else: re-raise
//!   else: orelse
//!   brk:
//! ```

use super::function::emit;
use super::{CResult, Compiler};
use crate::bytecode::Reg;
use crate::syntax::ast::{Expr, Span, Stmt};

impl<'a> Compiler<'a, '_> {
    /// `R[reg] = await R[reg]`.
    pub(super) fn await_in_place(&mut self, reg: Reg, span: Span) -> CResult<()> {
        let mark = self.mark();
        let iter = self.temp()?;
        emit!(
            self,
            span,
            GetAwaitable {
                dst: iter,
                src: reg
            }
        );
        emit!(self, span, LoadNone { dst: reg });
        emit!(
            self,
            span,
            YieldFrom {
                dst: reg,
                iter: iter
            }
        );
        self.release(mark);
        Ok(())
    }

    pub(super) fn async_for_loop(
        &mut self,
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
        span: Span,
    ) -> CResult<()> {
        let mark = self.mark();
        let iterator = self.expr_temp(iter)?;
        emit!(
            self,
            iter.span,
            GetAIter {
                dst: iterator,
                src: iterator
            }
        );
        let item = self.temp()?;
        let exc = self.temp()?;
        let top = self.new_label();
        let stop = self.new_label();
        let exit = self.new_label();
        let brk = self.new_label();
        self.bind_label(top);
        // Only awaiting the next item is protected: StopAsyncIteration
        // from the body is an ordinary exception.
        let range = self.open_range(stop, exc);
        {
            let awaitable = self.temp()?;
            emit!(
                self,
                span,
                GetANext {
                    dst: awaitable,
                    src: iterator
                }
            );
            emit!(self, span, LoadNone { dst: item });
            emit!(
                self,
                span,
                YieldFrom {
                    dst: item,
                    iter: awaitable
                }
            );
            self.release(awaitable.0 as u16);
        }
        self.close_range(range);
        self.assign(target, item)?;
        self.loop_body(body, brk, top)?;
        self.jump(span, top);

        self.bind_label(stop);
        {
            let class = self.temp()?;
            let name = self.name("StopAsyncIteration")?;
            emit!(
                self,
                span,
                LoadBuiltin {
                    dst: class,
                    name: name
                }
            );
            emit!(
                self,
                span,
                ExcMatch {
                    dst: class,
                    exc: exc,
                    typ: class
                }
            );
            emit!(
                self,
                span,
                JumpIfTrue {
                    cond: class,
                    target: exit.target()
                }
            );
            self.release(class.0 as u16);
        }
        emit!(self, span, Reraise { src: exc });
        self.bind_label(exit);
        self.block(orelse)?;
        self.bind_label(brk);
        self.release(mark);
        Ok(())
    }
}
