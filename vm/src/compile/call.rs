//! Calls.
//!
//! The callee and its arguments are allocated as the topmost temporaries,
//! in order, so the callee's frame can start right above the callable
//! (`Call`); the result is then written to the destination. `obj.m(...)`
//! uses `LoadMethod` + `CallMethod` (no bound-method object); keywords pass
//! a constant tuple of names (`CallKw`); `*args`/`**kwargs` build a tuple
//! and a dict for `CallEx`. Zero-argument `super()` in a method becomes
//! `super(__class__, first_parameter)`.

use super::function::{emit, Access};
use super::{error, CResult, Compiler};
use crate::bytecode::{Count, Reg};
use crate::syntax::ast::{Expr, ExprKind, Keyword, Span};

impl<'a> Compiler<'a, '_> {
    pub fn call(
        &mut self,
        func: &'a Expr<'a>,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
        dst: Reg,
        span: Span,
    ) -> CResult<()> {
        let mark = self.mark();
        if !needs_unpacking(args, keywords) {
            if let ExprKind::Name("super") = func.kind {
                if args.is_empty() && keywords.is_empty() && self.zero_arg_super(func, dst, span)? {
                    self.release(mark);
                    return Ok(());
                }
            }
            if let ExprKind::Attribute { value, attr } = func.kind {
                let base = self.temps(2)?;
                let inner = self.mark();
                let name = self.name(attr)?;
                if let Some(parts) = self.zero_arg_super_method_parts(value)? {
                    emit!(
                        self,
                        func.span,
                        LoadSuperMethod {
                            dst: base,
                            base: parts,
                            name: name
                        }
                    );
                } else {
                    let obj = self.expr_reg(value)?;
                    emit!(
                        self,
                        func.span,
                        LoadMethod {
                            dst: base,
                            obj: obj,
                            name: name
                        }
                    );
                }
                self.release(inner);
                let argc = self.push_arguments(args, keywords, span)?;
                if keywords.is_empty() {
                    emit!(
                        self,
                        span,
                        CallMethod {
                            dst: dst,
                            base: base,
                            argc: argc
                        }
                    );
                } else {
                    let names = self.keyword_names(keywords)?;
                    emit!(
                        self,
                        span,
                        CallMethodKw {
                            dst: dst,
                            base: base,
                            argc: argc,
                            names: names
                        }
                    );
                }
                self.release(mark);
                return Ok(());
            }
        }
        let callee = self.temp()?;
        self.expr_to(func, callee)?;
        self.finish_call(callee, 0, args, keywords, dst, span)?;
        self.release(mark);
        Ok(())
    }

    /// Call `callee` (the topmost temporary but `prefix` already computed
    /// arguments above it) with `args` and `keywords` after the prefix.
    pub fn finish_call(
        &mut self,
        callee: Reg,
        prefix: usize,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
        dst: Reg,
        span: Span,
    ) -> CResult<()> {
        if needs_unpacking(args, keywords) {
            return self.call_unpacked(callee, prefix, args, keywords, dst, span);
        }
        let argc = self.push_arguments(args, keywords, span)?;
        let argc = Count(argc.0 + prefix as u8);
        if keywords.is_empty() {
            emit!(
                self,
                span,
                Call {
                    dst: dst,
                    func: callee,
                    argc: argc
                }
            );
        } else {
            let names = self.keyword_names(keywords)?;
            emit!(
                self,
                span,
                CallKw {
                    dst: dst,
                    func: callee,
                    argc: argc,
                    names: names
                }
            );
        }
        Ok(())
    }

    /// Positional then keyword values into consecutive new temporaries.
    fn push_arguments(
        &mut self,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
        span: Span,
    ) -> CResult<Count> {
        let count = args.len() + keywords.len();
        if count > 250 {
            return Err(error("too many arguments", span));
        }
        for arg in args {
            let reg = self.temp()?;
            self.expr_to(arg, reg)?;
        }
        for keyword in keywords {
            let reg = self.temp()?;
            self.expr_to(keyword.value, reg)?;
        }
        Ok(Count(count as u8))
    }

    fn keyword_names(&mut self, keywords: &'a [Keyword<'a>]) -> CResult<crate::bytecode::Const> {
        self.names_tuple(keywords.iter().map(|k| k.name.unwrap_or("")))
    }

    /// `f(*a, **k)`: the positional arguments as a tuple, the keywords as
    /// a dict.
    fn call_unpacked(
        &mut self,
        callee: Reg,
        prefix: usize,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
        dst: Reg,
        span: Span,
    ) -> CResult<()> {
        let first_prefix = Reg(callee.0 + 1);
        let positional = self.temp()?;
        emit!(
            self,
            span,
            BuildList {
                dst: positional,
                base: first_prefix,
                count: Count(prefix as u8)
            }
        );
        for arg in args {
            let mark = self.mark();
            match &arg.kind {
                ExprKind::Starred(value) => {
                    let src = self.expr_reg(value)?;
                    emit!(
                        self,
                        arg.span,
                        ListExtend {
                            list: positional,
                            src: src
                        }
                    );
                }
                _ => {
                    let src = self.expr_reg(arg)?;
                    emit!(
                        self,
                        arg.span,
                        ListAppend {
                            list: positional,
                            src: src
                        }
                    );
                }
            }
            self.release(mark);
        }
        emit!(
            self,
            span,
            ListToTuple {
                dst: positional,
                src: positional
            }
        );
        let named = self.temp()?;
        if keywords.is_empty() {
            emit!(self, span, LoadNone { dst: named });
        } else {
            emit!(
                self,
                span,
                BuildDict {
                    dst: named,
                    base: named,
                    count: Count(0)
                }
            );
            // Runs of named keywords are built as dicts and merged like the
            // `**` mappings, so a repeated name is a TypeError wherever it is.
            let mut rest = keywords;
            while let Some(first) = rest.first() {
                let mark = self.mark();
                if first.name.is_none() {
                    let value = self.expr_reg(first.value)?;
                    emit!(
                        self,
                        first.span,
                        DictMerge {
                            dict: named,
                            src: value
                        }
                    );
                    rest = &rest[1..];
                } else {
                    let run = rest
                        .iter()
                        .take(64)
                        .take_while(|k| k.name.is_some())
                        .count();
                    let group = self.temp()?;
                    let base = Reg(self.mark() as u8);
                    for keyword in &rest[..run] {
                        let key = self.temp()?;
                        self.load_str(keyword.name.unwrap_or(""), key, keyword.span)?;
                        let value = self.temp()?;
                        self.expr_to(keyword.value, value)?;
                    }
                    let count = Count(run as u8);
                    emit!(
                        self,
                        first.span,
                        BuildDict {
                            dst: group,
                            base: base,
                            count: count
                        }
                    );
                    emit!(
                        self,
                        first.span,
                        DictMerge {
                            dict: named,
                            src: group
                        }
                    );
                    rest = &rest[run..];
                }
                self.release(mark);
            }
        }
        emit!(
            self,
            span,
            CallEx {
                dst: dst,
                func: callee,
                args: positional,
                kwargs: named
            }
        );
        Ok(())
    }

    /// `super()` in a function with a `__class__` cell and a first
    /// parameter: call `super(__class__, first)`. False if not applicable
    /// (the call then fails at run time as in CPython).
    fn zero_arg_super(&mut self, func: &'a Expr<'a>, dst: Reg, span: Span) -> CResult<bool> {
        let Some(callee) = self.zero_arg_super_parts(func, span)? else {
            return Ok(false);
        };
        emit!(
            self,
            span,
            Call {
                dst: dst,
                func: callee,
                argc: Count(2)
            }
        );
        Ok(true)
    }

    /// For `super().name(...)`: the registers of `super(__class__, first)`
    /// as `zero_arg_super_parts` loads them, for `LoadSuperMethod`, which
    /// calls the method without making a super object.
    fn zero_arg_super_method_parts(&mut self, value: &'a Expr<'a>) -> CResult<Option<Reg>> {
        match value.kind {
            ExprKind::Call {
                func,
                args: [],
                keywords: [],
            } if matches!(func.kind, ExprKind::Name("super")) => {
                self.zero_arg_super_parts(func, value.span)
            }
            _ => Ok(None),
        }
    }

    /// Load `super`, `__class__` and the first parameter into three new
    /// temporaries, returning the first; None when zero-argument super
    /// does not apply here.
    fn zero_arg_super_parts(&mut self, func: &'a Expr<'a>, span: Span) -> CResult<Option<Reg>> {
        let state = self.fr();
        if !state.kind.is_function_like() || state.access("super") != Access::Global {
            return Ok(None);
        }
        let (Access::Deref(cell), Some(first)) = (state.access("__class__"), state.first_param)
        else {
            return Ok(None);
        };
        let callee = self.temp()?;
        self.load_name("super", callee, func.span)?;
        let class = self.temp()?;
        let name = self.name("__class__")?;
        emit!(
            self,
            span,
            LoadDeref {
                dst: class,
                cell: cell,
                name: name
            }
        );
        let receiver = self.temp()?;
        self.load_name(first, receiver, span)?;
        Ok(Some(callee))
    }
}

fn needs_unpacking(args: &[Expr], keywords: &[Keyword]) -> bool {
    args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
        || keywords.iter().any(|k| k.name.is_none())
}
