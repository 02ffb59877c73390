//! `match` statements.
//!
//! The subject is evaluated once into a register; each case's pattern
//! compiles to tests that jump to the next case on failure, binding
//! captured names as they succeed (a failed case may leave some of its
//! captures bound, which CPython also allows). The structural checks use
//! builtins: a sequence pattern matches lists, tuples and ranges, a mapping
//! pattern dicts; a class pattern is one call of `__match_class__`
//! (`builtins/match_class.rs`), which tests the instance and fetches the
//! attributes through `__match_args__` with CPython's errors.

use super::function::emit;
use super::{error, CResult, Compiler};
use crate::bytecode::assemble::Label;
use crate::bytecode::{Count, Imm, Reg};
use crate::syntax::ast::{self, MatchCase, Pattern, PatternKind, Span};

impl<'a> Compiler<'a, '_> {
    pub fn match_statement(
        &mut self,
        subject: &'a ast::Expr<'a>,
        cases: &'a [MatchCase<'a>],
        span: Span,
    ) -> CResult<()> {
        let mark = self.mark();
        let value = self.expr_temp(subject)?;
        let end = self.new_label();
        for case in cases {
            let next = self.new_label();
            self.pattern(case.pattern, value, next)?;
            if let Some(guard) = case.guard {
                self.jump_if(guard, false, next)?;
            }
            self.body(case.body)?;
            self.jump(span, end);
            self.bind_label(next);
        }
        self.bind_label(end);
        self.release(mark);
        Ok(())
    }

    /// `dst = builtin(args...)`.
    fn call_builtin(&mut self, name: &str, args: &[Reg], dst: Reg, span: Span) -> CResult<()> {
        let mark = self.mark();
        let callee = self.temps(1 + args.len())?;
        let name = self.name(name)?;
        emit!(
            self,
            span,
            LoadBuiltin {
                dst: callee,
                name: name
            }
        );
        for (i, &arg) in args.iter().enumerate() {
            emit!(
                self,
                span,
                Move {
                    dst: Reg(callee.0 + 1 + i as u8),
                    src: arg
                }
            );
        }
        emit!(
            self,
            span,
            Call {
                dst: dst,
                func: callee,
                argc: Count(args.len() as u8)
            }
        );
        self.release(mark);
        Ok(())
    }

    /// A tuple of builtins, for isinstance.
    fn builtin_tuple(&mut self, names: &[&str], dst: Reg, span: Span) -> CResult<()> {
        let mark = self.mark();
        let base = self.temps(names.len())?;
        for (i, name) in names.iter().enumerate() {
            let name = self.name(name)?;
            emit!(
                self,
                span,
                LoadBuiltin {
                    dst: Reg(base.0 + i as u8),
                    name: name
                }
            );
        }
        emit!(
            self,
            span,
            BuildTuple {
                dst: dst,
                base: base,
                count: Count(names.len() as u8)
            }
        );
        self.release(mark);
        Ok(())
    }

    fn fail_unless(&mut self, cond: Reg, fail: Label, span: Span) {
        emit!(
            self,
            span,
            JumpIfFalse {
                cond: cond,
                target: fail.target()
            }
        );
    }

    /// Match the value in `subject` against `pattern`; jump to `fail` if it
    /// does not match.
    fn pattern(&mut self, pattern: &'a Pattern<'a>, subject: Reg, fail: Label) -> CResult<()> {
        let span = pattern.span;
        let mark = self.mark();
        match &pattern.kind {
            PatternKind::Value(value) => {
                let expected = self.expr_reg(value)?;
                let test = self.temp()?;
                emit!(
                    self,
                    span,
                    Eq {
                        dst: test,
                        lhs: subject,
                        rhs: expected
                    }
                );
                self.fail_unless(test, fail, span);
            }
            PatternKind::Singleton(constant) => {
                let expected = self.temp()?;
                match constant {
                    ast::Constant::True => emit!(self, span, LoadTrue { dst: expected }),
                    ast::Constant::False => emit!(self, span, LoadFalse { dst: expected }),
                    _ => emit!(self, span, LoadNone { dst: expected }),
                }
                emit!(
                    self,
                    span,
                    Is {
                        dst: expected,
                        lhs: subject,
                        rhs: expected
                    }
                );
                self.fail_unless(expected, fail, span);
            }
            PatternKind::As { pattern, name } => {
                if let Some(inner) = pattern {
                    self.pattern(inner, subject, fail)?;
                }
                if let Some(name) = name {
                    self.store_name(name, subject, span)?;
                }
            }
            PatternKind::Or(alternatives) => {
                let matched = self.new_label();
                let (last, rest) = alternatives
                    .split_last()
                    .ok_or_else(|| error("empty or-pattern", span))?;
                for alternative in rest {
                    let next = self.new_label();
                    self.pattern(alternative, subject, next)?;
                    self.jump(span, matched);
                    self.bind_label(next);
                }
                self.pattern(last, subject, fail)?;
                self.bind_label(matched);
            }
            PatternKind::Star(_) => {
                return Err(error("can't use starred name here", span));
            }
            PatternKind::Sequence(items) => self.sequence_pattern(items, subject, fail, span)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, *rest, subject, fail, span)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, subject, fail, span)?,
        }
        self.release(mark);
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        items: &'a [Pattern<'a>],
        subject: Reg,
        fail: Label,
        span: Span,
    ) -> CResult<()> {
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::Star(_)));
        if items.len() > 200 {
            return Err(error("too many sub-patterns in sequence pattern", span));
        }
        let test = self.temp()?;
        let kinds = self.temp()?;
        self.builtin_tuple(&["list", "tuple", "range"], kinds, span)?;
        self.call_builtin("isinstance", &[subject, kinds], test, span)?;
        self.fail_unless(test, fail, span);
        self.call_builtin("len", &[subject], test, span)?;
        let count = self.temp()?;
        match star {
            None => {
                emit!(
                    self,
                    span,
                    LoadInt {
                        dst: count,
                        value: Imm(items.len() as i16)
                    }
                );
                emit!(
                    self,
                    span,
                    Eq {
                        dst: test,
                        lhs: test,
                        rhs: count
                    }
                );
            }
            Some(_) => {
                emit!(
                    self,
                    span,
                    LoadInt {
                        dst: count,
                        value: Imm(items.len() as i16 - 1)
                    }
                );
                emit!(
                    self,
                    span,
                    Ge {
                        dst: test,
                        lhs: test,
                        rhs: count
                    }
                );
            }
        }
        self.fail_unless(test, fail, span);
        let base = self.temps(items.len())?;
        match star {
            None => emit!(
                self,
                span,
                UnpackSequence {
                    base: base,
                    src: subject,
                    count: Count(items.len() as u8)
                }
            ),
            Some(i) => {
                let before = Count(i as u8);
                let after = Count((items.len() - i - 1) as u8);
                emit!(
                    self,
                    span,
                    UnpackEx {
                        base: base,
                        src: subject,
                        before: before,
                        after: after
                    }
                );
            }
        }
        for (i, item) in items.iter().enumerate() {
            let reg = Reg(base.0 + i as u8);
            match &item.kind {
                PatternKind::Star(Some(name)) => self.store_name(name, reg, item.span)?,
                PatternKind::Star(None) => {}
                _ => self.pattern(item, reg, fail)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &'a [ast::Expr<'a>],
        patterns: &'a [Pattern<'a>],
        rest: Option<&'a str>,
        subject: Reg,
        fail: Label,
        span: Span,
    ) -> CResult<()> {
        let test = self.temp()?;
        let kind = self.temp()?;
        let name = self.name("dict")?;
        emit!(
            self,
            span,
            LoadBuiltin {
                dst: kind,
                name: name
            }
        );
        self.call_builtin("isinstance", &[subject, kind], test, span)?;
        self.fail_unless(test, fail, span);
        let key_base = Reg(self.mark() as u8);
        for key in keys {
            let reg = self.temp()?;
            self.expr_to(key, reg)?;
        }
        for (i, pattern) in patterns.iter().enumerate() {
            let key = Reg(key_base.0 + i as u8);
            emit!(
                self,
                span,
                In {
                    dst: test,
                    lhs: key,
                    rhs: subject
                }
            );
            self.fail_unless(test, fail, span);
            let inner = self.mark();
            let value = self.temp()?;
            emit!(
                self,
                span,
                GetItem {
                    dst: value,
                    obj: subject,
                    key: key
                }
            );
            self.pattern(pattern, value, fail)?;
            self.release(inner);
        }
        if let Some(rest) = rest {
            let copy = self.temp()?;
            self.call_builtin("dict", &[subject], copy, span)?;
            for i in 0..keys.len() {
                emit!(
                    self,
                    span,
                    DeleteItem {
                        obj: copy,
                        key: Reg(key_base.0 + i as u8)
                    }
                );
            }
            self.store_name(rest, copy, span)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn class_pattern(
        &mut self,
        cls: &'a ast::Expr<'a>,
        patterns: &'a [Pattern<'a>],
        kwd_attrs: &'a [&'a str],
        kwd_patterns: &'a [Pattern<'a>],
        subject: Reg,
        fail: Label,
        span: Span,
    ) -> CResult<()> {
        // One call does the isinstance test and fetches every attribute,
        // with CPython's errors (`builtins/match_class.rs`).
        let class = self.expr_temp(cls)?;
        let count = self.temp()?;
        emit!(
            self,
            span,
            LoadInt {
                dst: count,
                value: Imm(patterns.len() as i16)
            }
        );
        let names = self.temp()?;
        {
            let mark = self.mark();
            let base = self.temps(kwd_attrs.len().max(1))?;
            for (i, attr) in kwd_attrs.iter().enumerate() {
                self.load_str(attr, Reg(base.0 + i as u8), span)?;
            }
            emit!(
                self,
                span,
                BuildTuple {
                    dst: names,
                    base: base,
                    count: Count(kwd_attrs.len() as u8)
                }
            );
            self.release(mark);
        }
        let values = self.temp()?;
        self.call_builtin(
            "__match_class__",
            &[subject, class, count, names],
            values,
            span,
        )?;
        let test = self.temp()?;
        let none = self.temp()?;
        emit!(self, span, LoadNone { dst: none });
        emit!(
            self,
            span,
            IsNot {
                dst: test,
                lhs: values,
                rhs: none
            }
        );
        self.fail_unless(test, fail, span);
        let item = self.temp()?;
        for (i, pattern) in patterns.iter().chain(kwd_patterns.iter()).enumerate() {
            emit!(
                self,
                span,
                LoadInt {
                    dst: item,
                    value: Imm(i as i16)
                }
            );
            emit!(
                self,
                span,
                GetItem {
                    dst: item,
                    obj: values,
                    key: item
                }
            );
            self.pattern(pattern, item, fail)?;
        }
        Ok(())
    }
}
