//! Expressions.
//!
//! `expr_to(e, dst)` compiles `e` so that its value ends up in `dst`.
//! Operands are compiled with `expr_reg`, which reads a plain local in
//! place (no copy) and puts anything else in a fresh temporary. Writing
//! the destination early is only done where no operand can still read it
//! (`x = y or x` goes through a temporary). Conditions compile to jumps
//! with `jump_if`, so `if a < b and not c:` materialises no booleans.

use super::function::{emit, Access};
use super::{error, CResult, Compiler};
use crate::bytecode::assemble::Label;
use crate::bytecode::{instr, Imm};
use crate::bytecode::{BinaryOp, Constant, FormatFlags, Instr, Reg};
use crate::syntax::ast::{self, BinOp, BoolOp, CmpOp, Expr, ExprKind, Span, UnaryOp};
use alloc::string::String;
use alloc::vec::Vec;

/// Containers longer than this are built incrementally (operands are one
/// byte and registers are scarce).
const MAX_BUILD_ITEMS: usize = 32;

pub fn binary_op(op: BinOp) -> BinaryOp {
    match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Sub,
        BinOp::Mult => BinaryOp::Mul,
        BinOp::MatMult => BinaryOp::MatMul,
        BinOp::Div => BinaryOp::TrueDiv,
        BinOp::Mod => BinaryOp::Mod,
        BinOp::Pow => BinaryOp::Pow,
        BinOp::LShift => BinaryOp::LShift,
        BinOp::RShift => BinaryOp::RShift,
        BinOp::BitOr => BinaryOp::BitOr,
        BinOp::BitXor => BinaryOp::BitXor,
        BinOp::BitAnd => BinaryOp::BitAnd,
        BinOp::FloorDiv => BinaryOp::FloorDiv,
    }
}

pub(super) fn binary_instr(op: BinOp, dst: Reg, lhs: Reg, rhs: Reg) -> Instr {
    macro_rules! make {
        ($name:ident) => {
            Instr::$name(instr::$name { dst, lhs, rhs })
        };
    }
    match op {
        BinOp::Add => make!(Add),
        BinOp::Sub => make!(Sub),
        BinOp::Mult => make!(Mul),
        BinOp::MatMult => make!(MatMul),
        BinOp::Div => make!(TrueDiv),
        BinOp::Mod => make!(Mod),
        BinOp::Pow => make!(Pow),
        BinOp::LShift => make!(LShift),
        BinOp::RShift => make!(RShift),
        BinOp::BitOr => make!(BitOr),
        BinOp::BitXor => make!(BitXor),
        BinOp::BitAnd => make!(BitAnd),
        BinOp::FloorDiv => make!(FloorDiv),
    }
}

pub(super) fn compare_instr(op: CmpOp, dst: Reg, lhs: Reg, rhs: Reg) -> Instr {
    macro_rules! make {
        ($name:ident) => {
            Instr::$name(instr::$name { dst, lhs, rhs })
        };
    }
    match op {
        CmpOp::Eq => make!(Eq),
        CmpOp::NotEq => make!(Ne),
        CmpOp::Lt => make!(Lt),
        CmpOp::LtE => make!(Le),
        CmpOp::Gt => make!(Gt),
        CmpOp::GtE => make!(Ge),
        CmpOp::Is => make!(Is),
        CmpOp::IsNot => make!(IsNot),
        CmpOp::In => make!(In),
        CmpOp::NotIn => make!(NotIn),
    }
}

/// Short identifier-like strings are interned (they cost no heap).
fn is_internable(text: &str) -> bool {
    text.len() <= 32
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

/// The truth value of a constant, when known at compile time.
fn constant_truth(constant: &ast::Constant) -> Option<bool> {
    Some(match constant {
        ast::Constant::None | ast::Constant::False => false,
        ast::Constant::True | ast::Constant::Ellipsis => true,
        ast::Constant::Int(ast::IntLiteral::Small(n)) => *n != 0,
        ast::Constant::Int(ast::IntLiteral::Big { .. }) => true,
        ast::Constant::Float(x) => *x != 0.0,
        ast::Constant::Imaginary(x) => *x != 0.0,
        ast::Constant::Str(s) => !s.is_empty(),
        ast::Constant::SurrogateStr(_) => true,
        ast::Constant::Bytes(b) => !b.is_empty(),
    })
}

impl<'a> Compiler<'a, '_> {
    /// Compile `e` into a register: a plain local's own register when `e`
    /// is that local, else a fresh temporary. The caller releases
    /// temporaries with `mark`/`release`.
    pub fn expr_reg(&mut self, e: &'a Expr<'a>) -> CResult<Reg> {
        if let ExprKind::Name(name) = e.kind {
            if let (Access::Fast(reg), None) = (self.fr().access(name), self.named_constant(name)) {
                if self.fr().viper.is_some() {
                    self.viper_local_type(name, e.span)?;
                }
                if !self.fr().has_walrus {
                    self.check_bound(reg, name, e.span)?;
                    return Ok(reg);
                }
            }
        }
        self.expr_temp(e)
    }

    /// Compile `e` into a fresh temporary.
    pub fn expr_temp(&mut self, e: &'a Expr<'a>) -> CResult<Reg> {
        let reg = self.temp()?;
        self.expr_to(e, reg)?;
        Ok(reg)
    }

    /// A read of a plain local checks that it is bound; `definite.rs`
    /// drops the checks that cannot fail once the unit is complete.
    fn check_bound(&mut self, reg: Reg, name: &str, span: Span) -> CResult<()> {
        let name = self.name(name)?;
        emit!(
            self,
            span,
            CheckBound {
                reg: reg,
                name: name
            }
        );
        Ok(())
    }

    pub fn load_name(&mut self, name: &str, dst: Reg, span: Span) -> CResult<()> {
        if let Some(constant) = self.named_constant(name) {
            return self.load_constant(constant.clone(), dst, span);
        }
        if name == "__debug__" {
            let debug = if self.opt_level == 0 {
                Constant::True
            } else {
                Constant::False
            };
            return self.load_constant(debug, dst, span);
        }
        match self.fr().access(name) {
            Access::Fast(reg) => {
                self.check_bound(reg, name, span)?;
                if reg != dst {
                    emit!(self, span, Move { dst: dst, src: reg });
                }
            }
            Access::Deref(cell) => {
                let name = self.name(name)?;
                emit!(
                    self,
                    span,
                    LoadDeref {
                        dst: dst,
                        cell: cell,
                        name: name
                    }
                );
            }
            Access::Global => {
                let name = self.name(name)?;
                emit!(
                    self,
                    span,
                    LoadGlobal {
                        dst: dst,
                        name: name
                    }
                );
            }
            Access::Name => {
                let name = self.name(name)?;
                emit!(
                    self,
                    span,
                    LoadName {
                        dst: dst,
                        name: name
                    }
                );
            }
        }
        Ok(())
    }

    pub fn store_name(&mut self, name: &'a str, src: Reg, span: Span) -> CResult<()> {
        match self.fr().access(name) {
            Access::Fast(reg) => {
                self.viper_note_object_store(name, span)?;
                if reg != src {
                    emit!(self, span, Move { dst: reg, src: src });
                }
            }
            Access::Deref(cell) => emit!(
                self,
                span,
                StoreDeref {
                    cell: cell,
                    src: src
                }
            ),
            Access::Global => {
                let name = self.name(name)?;
                emit!(
                    self,
                    span,
                    StoreGlobal {
                        src: src,
                        name: name
                    }
                );
            }
            Access::Name => {
                let name = self.name(name)?;
                emit!(
                    self,
                    span,
                    StoreName {
                        src: src,
                        name: name
                    }
                );
            }
        }
        Ok(())
    }

    pub fn delete_name(&mut self, name: &str, span: Span) -> CResult<()> {
        let access = self.fr().access(name);
        let name = self.name(name)?;
        match access {
            Access::Fast(reg) => emit!(
                self,
                span,
                DeleteFast {
                    reg: reg,
                    name: name
                }
            ),
            Access::Deref(cell) => emit!(
                self,
                span,
                DeleteDeref {
                    cell: cell,
                    name: name
                }
            ),
            Access::Global => emit!(self, span, DeleteGlobal { name: name }),
            Access::Name => emit!(self, span, DeleteName { name: name }),
        }
        Ok(())
    }

    /// If `name` is a plain local, its register (to compute a value
    /// directly into).
    pub fn fast_register(&self, name: &str) -> Option<Reg> {
        match self.fr().access(name) {
            Access::Fast(reg) => Some(reg),
            _ => None,
        }
    }

    pub fn load_str(&mut self, text: &str, dst: Reg, span: Span) -> CResult<()> {
        if is_internable(text) {
            let id = self.interner.intern(text);
            if id.0 <= u16::MAX as u32 {
                let name = self.qstr_operand(id)?;
                emit!(
                    self,
                    span,
                    LoadStr {
                        dst: dst,
                        name: name
                    }
                );
                return Ok(());
            }
        }
        let index = self.constant(Constant::Str(String::from(text)))?;
        emit!(
            self,
            span,
            LoadConst {
                dst: dst,
                index: index
            }
        );
        Ok(())
    }

    /// The compile-time value of a constant expression (literals, negated
    /// numbers, tuples of constants).
    pub(super) fn constant_of(&mut self, e: &'a Expr<'a>) -> Option<Constant> {
        Some(match &e.kind {
            ExprKind::Name(name) => self.named_constant(name)?.clone(),
            ExprKind::Constant(c) => match *c {
                ast::Constant::None => Constant::None,
                ast::Constant::True => Constant::True,
                ast::Constant::False => Constant::False,
                ast::Constant::Ellipsis => Constant::Ellipsis,
                ast::Constant::Int(ast::IntLiteral::Small(n)) => Constant::Int(n),
                ast::Constant::Int(ast::IntLiteral::Big { digits, radix }) => Constant::BigInt {
                    negative: false,
                    digits: String::from(digits),
                    radix,
                },
                ast::Constant::Float(x) => Constant::Float(x),
                ast::Constant::Imaginary(x) => Constant::Complex { real: 0.0, imag: x },
                ast::Constant::Str(s) => {
                    if is_internable(s) {
                        Constant::QStr(self.interner.intern(s))
                    } else {
                        Constant::Str(String::from(s))
                    }
                }
                ast::Constant::SurrogateStr(b) => Constant::SurrogateStr(b.to_vec()),
                ast::Constant::Bytes(b) => Constant::Bytes(b.to_vec()),
            },
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => match self.constant_of(operand)? {
                Constant::Int(n) => match n.checked_neg() {
                    Some(n) => Constant::Int(n),
                    None => Constant::BigInt {
                        negative: true,
                        digits: alloc::format!("{}", (n as i128).unsigned_abs()),
                        radix: 10,
                    },
                },
                Constant::BigInt {
                    negative,
                    digits,
                    radix,
                } => Constant::BigInt {
                    negative: !negative,
                    digits,
                    radix,
                },
                Constant::Float(x) => Constant::Float(-x),
                Constant::Complex { real, imag } => Constant::Complex {
                    real: -real,
                    imag: -imag,
                },
                _ => return None,
            },
            ExprKind::Tuple(items) if items.len() <= 64 => {
                let mut values = Vec::with_capacity(items.len());
                for item in items.iter() {
                    values.push(self.constant_of(item)?);
                }
                Constant::Tuple(values)
            }
            _ => return None,
        })
    }

    pub(super) fn load_constant(
        &mut self,
        constant: Constant,
        dst: Reg,
        span: Span,
    ) -> CResult<()> {
        match constant {
            Constant::None => emit!(self, span, LoadNone { dst: dst }),
            Constant::True => emit!(self, span, LoadTrue { dst: dst }),
            Constant::False => emit!(self, span, LoadFalse { dst: dst }),
            Constant::Int(n) if i16::try_from(n).is_ok() => {
                emit!(
                    self,
                    span,
                    LoadInt {
                        dst: dst,
                        value: Imm(n as i16)
                    }
                )
            }
            Constant::QStr(id) if id.0 <= u16::MAX as u32 => {
                let name = self.qstr_operand(id)?;
                emit!(
                    self,
                    span,
                    LoadStr {
                        dst: dst,
                        name: name
                    }
                );
            }
            other => {
                let index = self.constant(other)?;
                emit!(
                    self,
                    span,
                    LoadConst {
                        dst: dst,
                        index: index
                    }
                );
            }
        }
        Ok(())
    }

    /// Compile `e` with its value in `dst`.
    pub fn expr_to(&mut self, e: &'a Expr<'a>, dst: Reg) -> CResult<()> {
        if self.fr().viper.is_some() {
            return self.viper_object_expr(e, dst);
        }
        self.expr_to_plain(e, dst)
    }

    /// The bounds of a slice (`lower:upper:step`, None where left out) in
    /// three new temporaries; the first is returned.
    pub(super) fn slice_parts(
        &mut self,
        parts: [Option<&'a Expr<'a>>; 3],
        span: Span,
    ) -> CResult<Reg> {
        let base = self.temps(3)?;
        for (i, part) in parts.into_iter().enumerate() {
            let reg = Reg(base.0 + i as u8);
            match part {
                Some(part) => self.expr_to(part, reg)?,
                None => emit!(self, span, LoadNone { dst: reg }),
            }
        }
        Ok(base)
    }

    /// `expr_to` without viper's typing (which falls back to this).
    pub fn expr_to_plain(&mut self, e: &'a Expr<'a>, dst: Reg) -> CResult<()> {
        let span = e.span;
        match &e.kind {
            ExprKind::Constant(_)
            | ExprKind::UnaryOp {
                op: UnaryOp::USub, ..
            } if self.is_foldable(e) => {
                let constant = self.constant_of(e).unwrap_or(Constant::None);
                self.load_constant(constant, dst, span)?;
            }
            ExprKind::Name(name) => self.load_name(name, dst, span)?,
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values, dst, span)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr_to(value, dst)?;
                self.store_name(target, dst, span)?;
            }
            ExprKind::BinOp { left, op, right } => {
                let mark = self.mark();
                // Into a temporary destination (dead until written), the left
                // operand can be computed in place: a chain `a+b+c+...`
                // then needs two registers, not one per operator.
                let lhs = if self.is_temp(dst) && matches!(left.kind, ExprKind::BinOp { .. }) {
                    self.expr_to(left, dst)?;
                    dst
                } else {
                    self.expr_reg(left)?
                };
                let rhs = self.expr_reg(right)?;
                self.emit_instr(span, binary_instr(*op, dst, lhs, rhs));
                self.release(mark);
            }
            ExprKind::UnaryOp { op, operand } => {
                let mark = self.mark();
                let src = self.expr_reg(operand)?;
                match op {
                    UnaryOp::Invert => emit!(self, span, Invert { dst: dst, src: src }),
                    UnaryOp::Not => emit!(self, span, Not { dst: dst, src: src }),
                    UnaryOp::UAdd => emit!(self, span, Pos { dst: dst, src: src }),
                    UnaryOp::USub => emit!(self, span, Neg { dst: dst, src: src }),
                }
                self.release(mark);
            }
            ExprKind::Lambda { params, body } => self.lambda(e, params, body, dst)?,
            ExprKind::IfExp { test, body, orelse } => {
                let otherwise = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, otherwise)?;
                self.expr_to(body, dst)?;
                self.jump(span, end);
                self.bind_label(otherwise);
                self.expr_to(orelse, dst)?;
                self.bind_label(end);
            }
            ExprKind::Dict(items) => self.dict_display(items, dst, span)?,
            ExprKind::Set(items) => self.sequence_display(items, Display::Set, dst, span)?,
            ExprKind::List(items) => self.sequence_display(items, Display::List, dst, span)?,
            ExprKind::Tuple(items) => {
                if let Some(constant) = self.constant_of(e) {
                    self.load_constant(constant, dst, span)?;
                } else {
                    self.sequence_display(items, Display::Tuple, dst, span)?;
                }
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e, dst)?,
            ExprKind::Await(value) | ExprKind::YieldFrom(value) => {
                let mark = self.mark();
                let iter = self.expr_temp(value)?;
                if matches!(e.kind, ExprKind::Await(_)) {
                    emit!(
                        self,
                        span,
                        GetAwaitable {
                            dst: iter,
                            src: iter
                        }
                    );
                } else {
                    emit!(
                        self,
                        span,
                        GetIter {
                            dst: iter,
                            src: iter
                        }
                    );
                }
                emit!(self, span, LoadNone { dst: dst });
                emit!(
                    self,
                    span,
                    YieldFrom {
                        dst: dst,
                        iter: iter
                    }
                );
                self.release(mark);
            }
            ExprKind::Yield(value) => {
                let mark = self.mark();
                let src = match value {
                    Some(value) => self.expr_reg(value)?,
                    None => {
                        let r = self.temp()?;
                        emit!(self, span, LoadNone { dst: r });
                        r
                    }
                };
                emit!(self, span, Yield { dst: dst, src: src });
                self.release(mark);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators, dst, span)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, dst, span)?,
            ExprKind::FormattedValue { .. } => {
                self.joined_str(core::slice::from_ref(e), dst, span)?
            }
            ExprKind::JoinedStr(parts) => self.joined_str(parts, dst, span)?,
            ExprKind::Constant(_) => unreachable!("constants are always foldable"),
            ExprKind::Attribute { value, attr } => {
                let mark = self.mark();
                let obj = self.expr_reg(value)?;
                let name = self.name(attr)?;
                emit!(
                    self,
                    span,
                    LoadAttr {
                        dst: dst,
                        obj: obj,
                        name: name
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
                        GetSlice {
                            dst: dst,
                            obj: obj,
                            base: base
                        }
                    );
                    self.release(mark);
                    return Ok(());
                }
                let key = self.expr_reg(slice)?;
                emit!(
                    self,
                    span,
                    GetItem {
                        dst: dst,
                        obj: obj,
                        key: key
                    }
                );
                self.release(mark);
            }
            ExprKind::Starred(_) => {
                return Err(error("can't use starred expression here", span));
            }
            ExprKind::Slice { lower, upper, step } => {
                let mark = self.mark();
                let base = self.slice_parts([*lower, *upper, *step], span)?;
                emit!(
                    self,
                    span,
                    BuildSlice {
                        dst: dst,
                        base: base
                    }
                );
                self.release(mark);
            }
        }
        Ok(())
    }

    fn is_foldable(&mut self, e: &'a Expr<'a>) -> bool {
        match &e.kind {
            ExprKind::Constant(_) => true,
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => matches!(
                operand.kind,
                ExprKind::Constant(
                    ast::Constant::Int(_) | ast::Constant::Float(_) | ast::Constant::Imaginary(_)
                )
            ),
            _ => false,
        }
    }

    /// `a and b or c` as a value: each operand is tested and the first
    /// deciding one is the result.
    fn bool_op(&mut self, op: BoolOp, values: &'a [Expr<'a>], dst: Reg, span: Span) -> CResult<()> {
        let mark = self.mark();
        // Writing a local destination early could clobber an operand.
        let result = if self.is_temp(dst) { dst } else { self.temp()? };
        let end = self.new_label();
        for (i, value) in values.iter().enumerate() {
            self.expr_to(value, result)?;
            if i + 1 < values.len() {
                match op {
                    BoolOp::And => {
                        emit!(
                            self,
                            span,
                            JumpIfFalse {
                                cond: result,
                                target: end.target()
                            }
                        )
                    }
                    BoolOp::Or => {
                        emit!(
                            self,
                            span,
                            JumpIfTrue {
                                cond: result,
                                target: end.target()
                            }
                        )
                    }
                }
            }
        }
        self.bind_label(end);
        if result != dst {
            emit!(
                self,
                span,
                Move {
                    dst: dst,
                    src: result
                }
            );
        }
        self.release(mark);
        Ok(())
    }

    /// `a < b < c`: `b` is evaluated once; the result is that of the first
    /// false comparison, or the last one.
    fn compare(
        &mut self,
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comparators: &'a [Expr<'a>],
        dst: Reg,
        span: Span,
    ) -> CResult<()> {
        let mark = self.mark();
        if ops.len() == 1 {
            let lhs = self.expr_reg(left)?;
            let rhs = self.expr_reg(&comparators[0])?;
            self.emit_instr(span, compare_instr(ops[0], dst, lhs, rhs));
            self.release(mark);
            return Ok(());
        }
        let result = if self.is_temp(dst) { dst } else { self.temp()? };
        let end = self.new_label();
        let mut lhs = self.expr_temp(left)?;
        for (i, (op, comparator)) in ops.iter().zip(comparators.iter()).enumerate() {
            let rhs = self.expr_temp(comparator)?;
            self.emit_instr(span, compare_instr(*op, result, lhs, rhs));
            if i + 1 < ops.len() {
                emit!(
                    self,
                    span,
                    JumpIfFalse {
                        cond: result,
                        target: end.target()
                    }
                );
            }
            lhs = rhs;
        }
        self.bind_label(end);
        if result != dst {
            emit!(
                self,
                span,
                Move {
                    dst: dst,
                    src: result
                }
            );
        }
        self.release(mark);
        Ok(())
    }

    /// Jump to `target` when the truth of `e` is `when`; fall through
    /// otherwise.
    pub fn jump_if(&mut self, e: &'a Expr<'a>, when: bool, target: Label) -> CResult<()> {
        let span = e.span;
        let logical = matches!(
            e.kind,
            ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
        );
        if self.fr().viper.is_some() && !logical {
            return self.viper_condition(e, when, target);
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                // `and` jumps away on the first false operand, `or` on the
                // first true one.
                let decisive = *op == BoolOp::Or;
                if decisive == when {
                    for value in values.iter() {
                        self.jump_if(value, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, rest) = values.split_last().expect("two or more operands");
                    for value in rest {
                        self.jump_if(value, decisive, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.bind_label(skip);
                }
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if self.compare_branch(left, ops, comparators, when, target, span)? => {
                return Ok(());
            }
            ExprKind::Constant(constant) => {
                if let Some(truth) = constant_truth(constant) {
                    if truth == when {
                        self.jump(span, target);
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        let mark = self.mark();
        let cond = match &e.kind {
            ExprKind::Compare { .. } => self.expr_temp(e)?,
            _ => self.expr_reg(e)?,
        };
        if when {
            emit!(
                self,
                span,
                JumpIfTrue {
                    cond: cond,
                    target: target.target()
                }
            );
        } else {
            emit!(
                self,
                span,
                JumpIfFalse {
                    cond: cond,
                    target: target.target()
                }
            );
        }
        self.release(mark);
        Ok(())
    }

    fn sequence_display(
        &mut self,
        items: &'a [Expr<'a>],
        display: Display,
        dst: Reg,
        span: Span,
    ) -> CResult<()> {
        let mark = self.mark();
        let starred = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !starred && items.len() <= MAX_BUILD_ITEMS {
            let base = Reg(self.mark() as u8);
            for item in items {
                let reg = self.temp()?;
                self.expr_to(item, reg)?;
            }
            let count = crate::bytecode::Count(items.len() as u8);
            match display {
                Display::List => emit!(
                    self,
                    span,
                    BuildList {
                        dst: dst,
                        base: base,
                        count: count
                    }
                ),
                Display::Tuple => {
                    emit!(
                        self,
                        span,
                        BuildTuple {
                            dst: dst,
                            base: base,
                            count: count
                        }
                    )
                }
                Display::Set => emit!(
                    self,
                    span,
                    BuildSet {
                        dst: dst,
                        base: base,
                        count: count
                    }
                ),
            }
            self.release(mark);
            return Ok(());
        }
        let acc = self.temp()?;
        let none = crate::bytecode::Count(0);
        match display {
            Display::Set => emit!(
                self,
                span,
                BuildSet {
                    dst: acc,
                    base: acc,
                    count: none
                }
            ),
            _ => emit!(
                self,
                span,
                BuildList {
                    dst: acc,
                    base: acc,
                    count: none
                }
            ),
        }
        for item in items {
            let inner = self.mark();
            match &item.kind {
                ExprKind::Starred(value) => {
                    let src = self.expr_reg(value)?;
                    match display {
                        Display::Set => emit!(self, item.span, SetUpdate { set: acc, src: src }),
                        _ => emit!(
                            self,
                            item.span,
                            ListExtend {
                                list: acc,
                                src: src
                            }
                        ),
                    }
                }
                _ => {
                    let src = self.expr_reg(item)?;
                    match display {
                        Display::Set => emit!(self, item.span, SetAdd { set: acc, src: src }),
                        _ => emit!(
                            self,
                            item.span,
                            ListAppend {
                                list: acc,
                                src: src
                            }
                        ),
                    }
                }
            }
            self.release(inner);
        }
        match display {
            Display::Tuple => emit!(self, span, ListToTuple { dst: dst, src: acc }),
            _ => emit!(self, span, Move { dst: dst, src: acc }),
        }
        self.release(mark);
        Ok(())
    }

    fn dict_display(
        &mut self,
        items: &'a [ast::DictItem<'a>],
        dst: Reg,
        span: Span,
    ) -> CResult<()> {
        let mark = self.mark();
        let unpacks = items.iter().any(|i| i.key.is_none());
        if !unpacks && items.len() <= MAX_BUILD_ITEMS / 2 {
            let base = Reg(self.mark() as u8);
            for item in items {
                let key = self.temp()?;
                if let Some(k) = item.key {
                    self.expr_to(k, key)?;
                }
                let value = self.temp()?;
                self.expr_to(item.value, value)?;
            }
            let count = crate::bytecode::Count(items.len() as u8);
            emit!(
                self,
                span,
                BuildDict {
                    dst: dst,
                    base: base,
                    count: count
                }
            );
            self.release(mark);
            return Ok(());
        }
        let acc = self.temp()?;
        emit!(
            self,
            span,
            BuildDict {
                dst: acc,
                base: acc,
                count: crate::bytecode::Count(0)
            }
        );
        for item in items {
            let inner = self.mark();
            match item.key {
                Some(key) => {
                    let k = self.expr_reg(key)?;
                    let v = self.expr_reg(item.value)?;
                    emit!(
                        self,
                        item.value.span,
                        DictStore {
                            dict: acc,
                            key: k,
                            src: v
                        }
                    );
                }
                None => {
                    let v = self.expr_reg(item.value)?;
                    emit!(self, item.value.span, DictUpdate { dict: acc, src: v });
                }
            }
            self.release(inner);
        }
        emit!(self, span, Move { dst: dst, src: acc });
        self.release(mark);
        Ok(())
    }

    /// An f-string: each part into consecutive registers, then joined.
    fn joined_str(&mut self, parts: &'a [Expr<'a>], dst: Reg, span: Span) -> CResult<()> {
        if parts.is_empty() {
            return self.load_str("", dst, span);
        }
        let mark = self.mark();
        let single = parts.len() == 1;
        let base = Reg(self.mark() as u8);
        for part in parts {
            let reg = if single { dst } else { self.temp()? };
            match &part.kind {
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    let inner = self.mark();
                    let src = self.expr_reg(value)?;
                    let mut flags = match conversion {
                        Some('s') => FormatFlags::STR,
                        Some('r') => FormatFlags::REPR,
                        Some('a') => FormatFlags::ASCII,
                        _ => FormatFlags::empty(),
                    };
                    let spec = match format_spec {
                        Some(spec) => {
                            flags |= FormatFlags::HAS_SPEC;
                            self.expr_temp(spec)?
                        }
                        None => src,
                    };
                    let flags = crate::bytecode::Byte(flags.bits());
                    emit!(
                        self,
                        part.span,
                        FormatValue {
                            dst: reg,
                            src: src,
                            flags: flags,
                            spec: spec
                        }
                    );
                    self.release(inner);
                }
                _ => self.expr_to(part, reg)?,
            }
        }
        if !single {
            let count = crate::bytecode::Count(parts.len().min(255) as u8);
            if parts.len() > 255 {
                return Err(error("f-string has too many parts", span));
            }
            emit!(
                self,
                span,
                BuildString {
                    dst: dst,
                    base: base,
                    count: count
                }
            );
        }
        self.release(mark);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Display {
    List,
    Tuple,
    Set,
}
