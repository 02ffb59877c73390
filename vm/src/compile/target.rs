//! Assignment targets: names, attributes, subscripts, and (nested, starred)
//! tuple and list unpacking; augmented assignment; `del`.
//!
//! As in CPython the value is computed before the target's own
//! subexpressions (`a[i()] = v()` calls `v` first). A value assigned to a
//! plain local is computed straight into the local's register, and
//! `a, b = b, a` evaluates the right-hand items into temporaries and
//! assigns them without building a tuple.

use super::function::emit;
use super::{error, CResult, Compiler};
use crate::bytecode::{Byte, Count, Reg};
use crate::syntax::ast::{BinOp, Expr, ExprKind, Span};

impl<'a> Compiler<'a, '_> {
    /// `targets[0] = targets[1] = ... = value`.
    pub fn assign_statement(
        &mut self,
        targets: &'a [Expr<'a>],
        value: &'a Expr<'a>,
    ) -> CResult<()> {
        if let [target] = targets {
            if let ExprKind::Name(name) = target.kind {
                if let Some(reg) = self.fast_register(name) {
                    self.expr_to(value, reg)?;
                    return Ok(());
                }
            }
            if let (
                ExprKind::Tuple(names) | ExprKind::List(names),
                ExprKind::Tuple(values) | ExprKind::List(values),
            ) = (&target.kind, &value.kind)
            {
                let plain =
                    |items: &[Expr]| !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
                if names.len() == values.len() && plain(names) && plain(values) && names.len() <= 16
                {
                    let mark = self.mark();
                    let base = self.mark();
                    for item in values.iter() {
                        let reg = self.temp()?;
                        self.expr_to(item, reg)?;
                    }
                    for (i, name) in names.iter().enumerate() {
                        self.assign(name, Reg((base as usize + i) as u8))?;
                    }
                    self.release(mark);
                    return Ok(());
                }
            }
        }
        let mark = self.mark();
        let src = self.expr_temp(value)?;
        for target in targets {
            self.assign(target, src)?;
        }
        self.release(mark);
        Ok(())
    }

    /// Store the value in `src` into `target`.
    pub fn assign(&mut self, target: &'a Expr<'a>, src: Reg) -> CResult<()> {
        let span = target.span;
        if self.fr().viper.is_some() && self.viper_assign_from(target, src)? {
            return Ok(());
        }
        match &target.kind {
            ExprKind::Name(name) => self.store_name(name, src, span)?,
            ExprKind::Attribute { value, attr } => {
                let mark = self.mark();
                let obj = self.expr_reg(value)?;
                let name = self.name(attr)?;
                emit!(
                    self,
                    span,
                    StoreAttr {
                        obj: obj,
                        name: name,
                        src: src
                    }
                );
                self.release(mark);
            }
            ExprKind::Subscript { value, slice } => {
                let mark = self.mark();
                let obj = self.expr_reg(value)?;
                if let ExprKind::Slice { lower, upper, step } = slice.kind {
                    let base = self.slice_parts([lower, upper, step], slice.span)?;
                    emit!(
                        self,
                        span,
                        SetSlice {
                            obj: obj,
                            base: base,
                            src: src
                        }
                    );
                    self.release(mark);
                    return Ok(());
                }
                let key = self.expr_reg(slice)?;
                emit!(
                    self,
                    span,
                    SetItem {
                        obj: obj,
                        key: key,
                        src: src
                    }
                );
                self.release(mark);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => self.unpack(items, src, span)?,
            ExprKind::Starred(_) => {
                return Err(error(
                    "starred assignment target must be in a list or tuple",
                    span,
                ))
            }
            _ => return Err(error("cannot assign to expression", span)),
        }
        Ok(())
    }

    fn unpack(&mut self, items: &'a [Expr<'a>], src: Reg, span: Span) -> CResult<()> {
        let mut star = None;
        for (i, item) in items.iter().enumerate() {
            if matches!(item.kind, ExprKind::Starred(_)) {
                if star.is_some() {
                    return Err(error(
                        "multiple starred expressions in assignment",
                        item.span,
                    ));
                }
                star = Some(i);
            }
        }
        if items.len() > 200 {
            return Err(error(
                "too many expressions in star-unpacking assignment",
                span,
            ));
        }
        let mark = self.mark();
        let base = self.temps(items.len())?;
        match star {
            Some(i) => {
                let before = Count(i as u8);
                let after = Count((items.len() - i - 1) as u8);
                emit!(
                    self,
                    span,
                    UnpackEx {
                        base: base,
                        src: src,
                        before: before,
                        after: after
                    }
                );
            }
            None => {
                let count = Count(items.len() as u8);
                emit!(
                    self,
                    span,
                    UnpackSequence {
                        base: base,
                        src: src,
                        count: count
                    }
                );
            }
        }
        for (i, item) in items.iter().enumerate() {
            let target = match &item.kind {
                ExprKind::Starred(inner) => inner,
                _ => item,
            };
            self.assign(target, Reg(base.0 + i as u8))?;
        }
        self.release(mark);
        Ok(())
    }

    /// `target op= value`: the target's object and key are evaluated once.
    pub fn aug_assign(
        &mut self,
        target: &'a Expr<'a>,
        op: BinOp,
        value: &'a Expr<'a>,
        span: Span,
    ) -> CResult<()> {
        let op_byte = Byte(super::expr::binary_op(op) as u8);
        let mark = self.mark();
        match &target.kind {
            ExprKind::Name(name) => match self.fast_register(name) {
                Some(reg) if !self.fr().has_walrus => {
                    self.load_name(name, reg, target.span)?;
                    let rhs = self.expr_reg(value)?;
                    emit!(
                        self,
                        span,
                        InplaceOp {
                            dst: reg,
                            lhs: reg,
                            rhs: rhs,
                            op: op_byte
                        }
                    );
                }
                _ => {
                    let current = self.temp()?;
                    self.load_name(name, current, target.span)?;
                    let rhs = self.expr_reg(value)?;
                    emit!(
                        self,
                        span,
                        InplaceOp {
                            dst: current,
                            lhs: current,
                            rhs: rhs,
                            op: op_byte
                        }
                    );
                    self.store_name(name, current, target.span)?;
                }
            },
            ExprKind::Attribute {
                value: object,
                attr,
            } => {
                let obj = self.expr_reg(object)?;
                let name = self.name(attr)?;
                let current = self.temp()?;
                emit!(
                    self,
                    target.span,
                    LoadAttr {
                        dst: current,
                        obj: obj,
                        name: name
                    }
                );
                let rhs = self.expr_reg(value)?;
                emit!(
                    self,
                    span,
                    InplaceOp {
                        dst: current,
                        lhs: current,
                        rhs: rhs,
                        op: op_byte
                    }
                );
                emit!(
                    self,
                    target.span,
                    StoreAttr {
                        obj: obj,
                        name: name,
                        src: current
                    }
                );
            }
            ExprKind::Subscript {
                value: object,
                slice,
            } => {
                let obj = self.expr_reg(object)?;
                let key = self.expr_reg(slice)?;
                let current = self.temp()?;
                emit!(
                    self,
                    target.span,
                    GetItem {
                        dst: current,
                        obj: obj,
                        key: key
                    }
                );
                let rhs = self.expr_reg(value)?;
                emit!(
                    self,
                    span,
                    InplaceOp {
                        dst: current,
                        lhs: current,
                        rhs: rhs,
                        op: op_byte
                    }
                );
                emit!(
                    self,
                    target.span,
                    SetItem {
                        obj: obj,
                        key: key,
                        src: current
                    }
                );
            }
            _ => {
                return Err(error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        self.release(mark);
        Ok(())
    }

    /// `del target`.
    pub fn delete(&mut self, target: &'a Expr<'a>) -> CResult<()> {
        let span = target.span;
        let mark = self.mark();
        match &target.kind {
            ExprKind::Name(name) => self.delete_name(name, span)?,
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr_reg(value)?;
                let name = self.name(attr)?;
                emit!(
                    self,
                    span,
                    DeleteAttr {
                        obj: obj,
                        name: name
                    }
                );
            }
            ExprKind::Subscript { value, slice } => {
                let obj = self.expr_reg(value)?;
                let key = self.expr_reg(slice)?;
                emit!(self, span, DeleteItem { obj: obj, key: key });
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items.iter() {
                    self.delete(item)?;
                }
            }
            _ => return Err(error("cannot delete expression", span)),
        }
        self.release(mark);
        Ok(())
    }
}
