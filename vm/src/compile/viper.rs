//! The code emitters a decorator chooses (`@micropython.native`,
//! `@micropython.viper`, `@micropython.bytecode`) and viper's typed
//! lowering.
//!
//! Native code keeps Python's semantics, so it is compiled as any function
//! and only marked (`CodeFlags::NATIVE`) for a machine-code emitter.
//!
//! Viper code is typed. Every local gets one type (`VType`): a parameter
//! from its annotation (object without one), any other local from the
//! first value stored to it, in compile order (MicroPython's rule:
//! annotations of other locals are ignored). Expressions are typed as they
//! are compiled: integer literals are `int`, `True`/`False` `bool`, casts
//! (`int(x)`, `ptr8(buf)`) their type, and operators on machine words
//! compile to the typed opcodes (`IntOp`, `UintCompare`, `PtrLoad`, ...)
//! while operators on objects stay the generic ones. Mixing them is a
//! `ViperTypeError` at compile time, with MicroPython's messages.
//!
//! Typed registers hold canonical Values (see `bytecode/word.rs`), so an
//! expression the viper rules do not cover (calls, attributes, displays)
//! is compiled by the ordinary compiler, whose operands come back here
//! through `expr_to`, and its result is an object. A native emitter can
//! lower the same instructions with the registers as raw machine words.

use super::function::{emit, Access};
use super::{error, CResult, Compiler};
use crate::bytecode::{Byte, Instr, Reg, VType, WordCompare, WordOp, WordUnaryOp};
use crate::syntax::ast::{
    self, BinOp, CmpOp, Expr, ExprKind, Parameters, Span, Stmt, StmtKind, UnaryOp,
};
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emitter {
    Bytecode,
    Native,
    Viper,
}

/// The emitter a `@micropython.X` decorator names; None for any other
/// decorator. Recognised by its spelling, whether or not `micropython` is
/// imported, as MicroPython does.
pub fn emitter_decorator(e: &Expr) -> Option<CResult<Emitter>> {
    let ExprKind::Attribute { value, attr } = &e.kind else {
        return None;
    };
    if !matches!(value.kind, ExprKind::Name("micropython")) {
        // `@micropython.a.b` is no emitter either.
        let mut root = value;
        while let ExprKind::Attribute { value, .. } = &root.kind {
            root = value;
        }
        return matches!(root.kind, ExprKind::Name("micropython"))
            .then(|| Err(error("invalid micropython decorator", e.span)));
    }
    Some(match *attr {
        "bytecode" => Ok(Emitter::Bytecode),
        "native" => Ok(Emitter::Native),
        "viper" => Ok(Emitter::Viper),
        _ => Err(error("invalid micropython decorator", e.span)),
    })
}

/// A decorator's choice, waiting for the code unit of its function.
#[derive(Clone, Copy)]
pub struct PendingEmitter<'a> {
    pub scope: super::scope::ScopeId,
    pub emitter: Emitter,
    pub returns: Option<&'a Expr<'a>>,
}

/// The typing state of a viper code unit.
pub struct ViperState<'a> {
    /// Locals whose type is known so far.
    pub types: BTreeMap<&'a str, VType>,
    pub return_type: VType,
}

fn type_error(message: String, span: Span) -> SyntaxError {
    let mut e = error(message, span);
    e.kind = SyntaxErrorKind::ViperTypeError;
    e
}

fn not_implemented(message: &str, span: Span) -> SyntaxError {
    let mut e = error(message, span);
    e.kind = SyntaxErrorKind::NotImplementedError;
    e
}

fn word_op(op: BinOp) -> Option<WordOp> {
    Some(match op {
        BinOp::Add => WordOp::Add,
        BinOp::Sub => WordOp::Sub,
        BinOp::Mult => WordOp::Mul,
        BinOp::FloorDiv => WordOp::FloorDiv,
        BinOp::Mod => WordOp::Mod,
        BinOp::LShift => WordOp::LShift,
        BinOp::RShift => WordOp::RShift,
        BinOp::BitAnd => WordOp::And,
        BinOp::BitOr => WordOp::Or,
        BinOp::BitXor => WordOp::Xor,
        BinOp::Pow | BinOp::Div | BinOp::MatMult => return None,
    })
}

/// The special method name MicroPython's messages give an operator.
fn method_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Pow => "__pow__",
        BinOp::Div => "__truediv__",
        BinOp::MatMult => "__matmul__",
        _ => "",
    }
}

fn word_compare(op: CmpOp) -> Option<WordCompare> {
    Some(match op {
        CmpOp::Lt => WordCompare::Lt,
        CmpOp::LtE => WordCompare::Le,
        CmpOp::Eq => WordCompare::Eq,
        CmpOp::NotEq => WordCompare::Ne,
        CmpOp::Gt => WordCompare::Gt,
        CmpOp::GtE => WordCompare::Ge,
        _ => return None,
    })
}

/// An integer literal that is a small int (MicroPython makes larger
/// literals objects).
fn word_literal(e: &Expr) -> Option<i64> {
    let fits = |n: i64| crate::value::Value::try_small_int(n).is_some();
    match &e.kind {
        ExprKind::Constant(ast::Constant::Int(ast::IntLiteral::Small(n))) => fits(*n).then_some(*n),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match operand.kind {
            ExprKind::Constant(ast::Constant::Int(ast::IntLiteral::Small(n))) => {
                n.checked_neg().filter(|&n| fits(n))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The type of a value that is one of several branches' (`and`, `or`,
/// `x if c else y`): theirs when they agree, else an object (every typed
/// value is also a valid object; a typed operation on one that is not an
/// int raises TypeError).
fn joined_type(types: &[VType]) -> VType {
    match types.first() {
        Some(&first) if types.iter().all(|&t| t == first) => first,
        _ => VType::Object,
    }
}

impl<'a> Compiler<'a, '_> {
    fn viper(&self) -> &ViperState<'a> {
        self.fr().viper.as_ref().expect("a viper code unit")
    }

    fn viper_mut(&mut self) -> &mut ViperState<'a> {
        self.f().viper.as_mut().expect("a viper code unit")
    }

    /// The type an annotation names.
    fn annotation_type(&self, annotation: Option<&'a Expr<'a>>) -> CResult<VType> {
        match annotation {
            None => Ok(VType::Object),
            Some(Expr {
                kind: ExprKind::Name(name),
                span,
                ..
            }) => VType::from_name(name)
                .ok_or_else(|| type_error(format!("unknown type '{name}'"), *span)),
            Some(other) => Err(error("annotation must be an identifier", other.span)),
        }
    }

    /// Start a viper unit: its parameters' and result's types, and the
    /// conversion of each typed argument to its machine word.
    pub fn viper_prologue(
        &mut self,
        scope: super::scope::ScopeId,
        params: Option<&'a Parameters<'a>>,
        returns: Option<&'a Expr<'a>>,
        span: Span,
    ) -> CResult<()> {
        if self.scopes.scopes[scope].is_generator {
            return Err(not_implemented("native yield", span));
        }
        let return_type = self.annotation_type(returns)?;
        self.f().viper = Some(ViperState {
            types: BTreeMap::new(),
            return_type,
        });
        let Some(params) = params else {
            return Ok(());
        };
        let named = params
            .posonly
            .iter()
            .chain(params.args)
            .chain(params.kwonly)
            .map(|p| (p, true))
            .chain(params.vararg.iter().map(|p| (*p, false)))
            .chain(params.kwarg.iter().map(|p| (*p, false)));
        for (param, typed) in named {
            let ty = if typed {
                self.annotation_type(param.annotation)?
            } else {
                VType::Object
            };
            match self.fr().access(param.name) {
                Access::Fast(reg) => {
                    if ty != VType::Object {
                        emit!(
                            self,
                            param.span,
                            ToNative {
                                dst: reg,
                                src: reg,
                                vtype: Byte(ty as u8)
                            }
                        );
                    }
                    self.viper_mut().types.insert(param.name, ty);
                }
                // A captured parameter lives in a cell, as an object.
                _ => {
                    self.viper_mut().types.insert(param.name, VType::Object);
                }
            }
        }
        Ok(())
    }

    /// What a viper unit returns when its body ends without `return`.
    pub fn viper_implicit_return(&mut self, span: Span) -> CResult<bool> {
        let ty = match &self.fr().viper {
            Some(state) if state.return_type != VType::Object => state.return_type,
            _ => return Ok(false),
        };
        let reg = self.temp()?;
        self.load_word_zero(ty, reg, span);
        emit!(self, span, Return { src: reg });
        Ok(true)
    }

    /// `None` as a machine word of type `ty`: 0 (False for bool).
    fn load_word_zero(&mut self, ty: VType, dst: Reg, span: Span) {
        if ty == VType::Bool {
            emit!(self, span, LoadFalse { dst: dst });
        } else {
            emit!(
                self,
                span,
                LoadInt {
                    dst: dst,
                    value: crate::bytecode::Imm(0)
                }
            );
        }
    }

    /// Record a store of a `ty` value to local `name`: its first store
    /// gives it its type; later ones must agree.
    fn store_type(&mut self, name: &'a str, ty: VType, span: Span) -> CResult<()> {
        match self.viper().types.get(name) {
            None => {
                self.viper_mut().types.insert(name, ty);
                Ok(())
            }
            Some(&known) if known == ty => Ok(()),
            Some(&known) => Err(type_error(
                format!(
                    "local '{name}' has type '{}' but source is '{}'",
                    known.name(),
                    ty.name()
                ),
                span,
            )),
        }
    }

    /// The ordinary compiler stores an object to a local.
    pub fn viper_note_object_store(&mut self, name: &'a str, span: Span) -> CResult<()> {
        if self.fr().viper.is_some() {
            self.store_type(name, VType::Object, span)?;
        }
        Ok(())
    }

    /// The type of local `name`, which must be known by now.
    pub fn viper_local_type(&self, name: &str, span: Span) -> CResult<VType> {
        match self.viper().types.get(name) {
            Some(&ty) => Ok(ty),
            None => Err(type_error(
                format!("local '{name}' used before type known"),
                span,
            )),
        }
    }

    /// A cast: a call of a type name that is not a local.
    fn cast_type(&self, e: &'a Expr<'a>) -> Option<(VType, &'a Expr<'a>)> {
        let ExprKind::Call {
            func,
            args: [arg],
            keywords: [],
        } = &e.kind
        else {
            return None;
        };
        let ty = self.cast_name(func)?;
        (!matches!(arg.kind, ExprKind::Starred(_))).then_some((ty, arg))
    }

    fn cast_name(&self, e: &'a Expr<'a>) -> Option<VType> {
        let ExprKind::Name(name) = e.kind else {
            return None;
        };
        let ty = VType::from_name(name).filter(|&t| t != VType::Object)?;
        (self.fr().access(name) == Access::Global).then_some(ty)
    }

    /// Compile `e` in object context (the ordinary compiler's `expr_to`).
    pub fn viper_object_expr(&mut self, e: &'a Expr<'a>, dst: Reg) -> CResult<()> {
        let ty = self.viper_expr(e, dst)?;
        if ty.is_pointer() {
            if let Some((_, arg)) = self.cast_type(e) {
                if matches!(arg.kind, ExprKind::Constant(_)) {
                    return Err(not_implemented("conversion to object", e.span));
                }
            }
        }
        Ok(())
    }

    /// Compile `e` into `dst`; its type.
    pub fn viper_expr(&mut self, e: &'a Expr<'a>, dst: Reg) -> CResult<VType> {
        let span = e.span;
        if word_literal(e).is_some() {
            self.expr_to_plain(e, dst)?;
            return Ok(VType::Int);
        }
        match &e.kind {
            ExprKind::Constant(ast::Constant::True | ast::Constant::False) => {
                self.expr_to_plain(e, dst)?;
                Ok(VType::Bool)
            }
            ExprKind::Constant(ast::Constant::None) => {
                self.expr_to_plain(e, dst)?;
                Ok(VType::None)
            }
            ExprKind::Name(name) => match self.fr().access(name) {
                Access::Fast(_) => {
                    let ty = self.viper_local_type(name, span)?;
                    self.load_name(name, dst, span)?;
                    Ok(ty)
                }
                _ => {
                    self.expr_to_plain(e, dst)?;
                    Ok(VType::Object)
                }
            },
            ExprKind::BinOp { left, op, right } => {
                let mark = self.mark();
                let (lhs, lt) = self.viper_operand(left)?;
                let (rhs, rt) = self.viper_operand(right)?;
                let ty = self.viper_binary(*op, false, dst, (lhs, lt), (rhs, rt), span)?;
                self.release(mark);
                Ok(ty)
            }
            ExprKind::UnaryOp { op, operand } => {
                let mark = self.mark();
                let (src, ty) = self.viper_operand(operand)?;
                let result = self.viper_unary(*op, dst, src, ty, span)?;
                self.release(mark);
                Ok(result)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.viper_compare(left, ops, comparators, dst, span),
            ExprKind::Subscript { value, slice }
                if !matches!(slice.kind, ExprKind::Slice { .. }) =>
            {
                let mark = self.mark();
                let (base, bt) = self.viper_operand(value)?;
                let (index, it) = self.viper_operand(slice)?;
                let ty = match bt.element_size() {
                    _ if bt == VType::Object => {
                        emit!(
                            self,
                            span,
                            GetItem {
                                dst: dst,
                                obj: base,
                                key: index
                            }
                        );
                        VType::Object
                    }
                    Some(size) => {
                        if !it.is_integer() {
                            return Err(type_error(
                                format!("can't load with '{}' index", it.name()),
                                span,
                            ));
                        }
                        emit!(
                            self,
                            span,
                            PtrLoad {
                                dst: dst,
                                ptr: base,
                                index: index,
                                size: Byte(size)
                            }
                        );
                        VType::Int
                    }
                    None => {
                        return Err(type_error(format!("can't load from '{}'", bt.name()), span))
                    }
                };
                self.release(mark);
                Ok(ty)
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let mut types = alloc::vec::Vec::new();
                for (i, value) in values.iter().enumerate() {
                    let ty = self.viper_expr(value, dst)?;
                    types.push(ty);
                    if i + 1 < values.len() {
                        self.check_truth_type(ty, value.span)?;
                        let target = end.target();
                        if *op == ast::BoolOp::And {
                            emit!(
                                self,
                                span,
                                JumpIfFalse {
                                    cond: dst,
                                    target: target
                                }
                            );
                        } else {
                            emit!(
                                self,
                                span,
                                JumpIfTrue {
                                    cond: dst,
                                    target: target
                                }
                            );
                        }
                    }
                }
                self.bind_label(end);
                Ok(joined_type(&types))
            }
            ExprKind::IfExp { test, body, orelse } => {
                let otherwise = self.new_label();
                let end = self.new_label();
                self.viper_condition(test, false, otherwise)?;
                let first = self.viper_expr(body, dst)?;
                self.jump(span, end);
                self.bind_label(otherwise);
                let second = self.viper_expr(orelse, dst)?;
                self.bind_label(end);
                Ok(joined_type(&[first, second]))
            }
            ExprKind::Call { .. } if self.cast_type(e).is_some() => {
                let (ty, arg) = self.cast_type(e).expect("checked");
                self.viper_cast(ty, arg, dst, span)
            }
            _ => {
                self.expr_to_plain(e, dst)?;
                Ok(VType::Object)
            }
        }
    }

    /// `e` in a register (a typed local's own, or a temporary); its type.
    fn viper_operand(&mut self, e: &'a Expr<'a>) -> CResult<(Reg, VType)> {
        if let ExprKind::Name(name) = e.kind {
            if let Access::Fast(_) = self.fr().access(name) {
                let ty = self.viper_local_type(name, e.span)?;
                return Ok((self.expr_reg(e)?, ty));
            }
        }
        let reg = self.temp()?;
        let ty = self.viper_expr(e, reg)?;
        Ok((reg, ty))
    }

    fn viper_cast(&mut self, ty: VType, arg: &'a Expr<'a>, dst: Reg, span: Span) -> CResult<VType> {
        if self.cast_name(arg).is_some() {
            return Err(not_implemented("casting", span));
        }
        let mark = self.mark();
        let (src, from) = self.viper_operand(arg)?;
        if from == VType::None {
            self.load_word_zero(ty, dst, span);
        } else if from == ty {
            if src != dst {
                emit!(self, span, Move { dst: dst, src: src });
            }
        } else {
            emit!(
                self,
                span,
                ToNative {
                    dst: dst,
                    src: src,
                    vtype: Byte(ty as u8)
                }
            );
        }
        self.release(mark);
        Ok(ty)
    }

    /// `lhs op rhs` (or `lhs op= rhs` when `inplace`) into `dst`.
    fn viper_binary(
        &mut self,
        op: BinOp,
        inplace: bool,
        dst: Reg,
        (lhs, lt): (Reg, VType),
        (rhs, rt): (Reg, VType),
        span: Span,
    ) -> CResult<VType> {
        if lt.is_integer() && rt.is_integer() {
            let Some(word) = word_op(op) else {
                return Err(type_error(
                    format!("binary op {} not implemented", method_name(op)),
                    span,
                ));
            };
            if matches!(word, WordOp::FloorDiv | WordOp::Mod) && lt != VType::Int {
                return Err(type_error(
                    String::from("div/mod not implemented for uint"),
                    span,
                ));
            }
            let op = Byte(word as u8);
            if lt == VType::Int {
                emit!(
                    self,
                    span,
                    IntOp {
                        dst: dst,
                        lhs: lhs,
                        rhs: rhs,
                        op: op
                    }
                );
            } else {
                emit!(
                    self,
                    span,
                    UintOp {
                        dst: dst,
                        lhs: lhs,
                        rhs: rhs,
                        op: op
                    }
                );
            }
            return Ok(lt);
        }
        if lt == VType::Object && rt == VType::Object {
            if inplace {
                emit!(
                    self,
                    span,
                    InplaceOp {
                        dst: dst,
                        lhs: lhs,
                        rhs: rhs,
                        op: Byte(super::expr::binary_op(op) as u8)
                    }
                );
            } else {
                self.emit_instr(span, super::expr::binary_instr(op, dst, lhs, rhs));
            }
            return Ok(VType::Object);
        }
        Err(type_error(
            format!(
                "can't do binary op between '{}' and '{}'",
                lt.name(),
                rt.name()
            ),
            span,
        ))
    }

    fn viper_unary(
        &mut self,
        op: UnaryOp,
        dst: Reg,
        src: Reg,
        ty: VType,
        span: Span,
    ) -> CResult<VType> {
        if ty.is_integer() {
            let signed = ty == VType::Int;
            let word = match op {
                UnaryOp::UAdd => {
                    if src != dst {
                        emit!(self, span, Move { dst: dst, src: src });
                    }
                    return Ok(ty);
                }
                UnaryOp::USub if signed => WordUnaryOp::IntNeg,
                UnaryOp::USub => WordUnaryOp::UintNeg,
                UnaryOp::Invert if signed => WordUnaryOp::IntInvert,
                UnaryOp::Invert => WordUnaryOp::UintInvert,
                UnaryOp::Not => {
                    return Err(type_error(String::from("'not' not implemented"), span))
                }
            };
            emit!(
                self,
                span,
                WordUnary {
                    dst: dst,
                    src: src,
                    op: Byte(word as u8)
                }
            );
            return Ok(ty);
        }
        if ty != VType::Object {
            return Err(type_error(
                format!("can't do unary op of '{}'", ty.name()),
                span,
            ));
        }
        match op {
            UnaryOp::Invert => emit!(self, span, Invert { dst: dst, src: src }),
            UnaryOp::Not => emit!(self, span, Not { dst: dst, src: src }),
            UnaryOp::UAdd => emit!(self, span, Pos { dst: dst, src: src }),
            UnaryOp::USub => emit!(self, span, Neg { dst: dst, src: src }),
        }
        Ok(VType::Object)
    }

    /// One comparison `lhs op rhs` into `dst`.
    fn viper_compare_pair(
        &mut self,
        op: CmpOp,
        dst: Reg,
        (lhs, lt): (Reg, VType),
        (rhs, rt): (Reg, VType),
        span: Span,
    ) -> CResult<VType> {
        if lt.is_integer() && rt.is_integer() {
            let Some(word) = word_compare(op) else {
                return Err(type_error(String::from("binary op  not implemented"), span));
            };
            if lt != rt {
                return Err(type_error(String::from("comparison of int and uint"), span));
            }
            let op = Byte(word as u8);
            if lt == VType::Int {
                emit!(
                    self,
                    span,
                    IntCompare {
                        dst: dst,
                        lhs: lhs,
                        rhs: rhs,
                        op: op
                    }
                );
            } else {
                emit!(
                    self,
                    span,
                    UintCompare {
                        dst: dst,
                        lhs: lhs,
                        rhs: rhs,
                        op: op
                    }
                );
            }
            return Ok(VType::Bool);
        }
        if lt == VType::Object && rt == VType::Object {
            self.emit_instr(span, super::expr::compare_instr(op, dst, lhs, rhs));
            return Ok(VType::Object);
        }
        Err(type_error(
            format!(
                "can't do binary op between '{}' and '{}'",
                lt.name(),
                rt.name()
            ),
            span,
        ))
    }

    /// A comparison chain `a < b < c`: each pair, stopping at the first
    /// false one, as Python.
    fn viper_compare(
        &mut self,
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comparators: &'a [Expr<'a>],
        dst: Reg,
        span: Span,
    ) -> CResult<VType> {
        let mark = self.mark();
        let end = self.new_label();
        let mut lhs = self.viper_operand(left)?;
        let mut all_bool = true;
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            let rhs = self.viper_operand(right)?;
            let ty = self.viper_compare_pair(*op, dst, lhs, rhs, span)?;
            all_bool &= ty == VType::Bool;
            if i + 1 < ops.len() {
                emit!(
                    self,
                    span,
                    JumpIfFalse {
                        cond: dst,
                        target: end.target()
                    }
                );
            }
            lhs = rhs;
        }
        self.bind_label(end);
        self.release(mark);
        Ok(if all_bool { VType::Bool } else { VType::Object })
    }

    /// Only objects and integer words have a truth value.
    fn check_truth_type(&self, ty: VType, span: Span) -> CResult<()> {
        if matches!(ty, VType::Object | VType::Bool | VType::Int | VType::Uint) {
            Ok(())
        } else {
            Err(type_error(
                format!("can't implicitly convert '{}' to 'bool'", ty.name()),
                span,
            ))
        }
    }

    /// A condition: jump to `target` when its truth is `when`.
    pub fn viper_condition(
        &mut self,
        e: &'a Expr<'a>,
        when: bool,
        target: crate::bytecode::assemble::Label,
    ) -> CResult<()> {
        let mark = self.mark();
        let (cond, ty) = self.viper_operand(e)?;
        self.check_truth_type(ty, e.span)?;
        let target = target.target();
        if when {
            self.emit_instr(
                e.span,
                Instr::JumpIfTrue(crate::bytecode::instr::JumpIfTrue { cond, target }),
            );
        } else {
            self.emit_instr(
                e.span,
                Instr::JumpIfFalse(crate::bytecode::instr::JumpIfFalse { cond, target }),
            );
        }
        self.release(mark);
        Ok(())
    }

    /// Statements with viper rules; false leaves `stmt` to the ordinary
    /// compiler.
    pub fn viper_stmt(&mut self, stmt: &'a Stmt<'a>) -> CResult<bool> {
        let span = stmt.span;
        match &stmt.kind {
            StmtKind::Expr(value) if !matches!(value.kind, ExprKind::Constant(_)) => {
                if self.mode == super::CompileMode::Interactive && self.units.len() == 1 {
                    return Ok(false);
                }
                let mark = self.mark();
                let reg = self.temp()?;
                self.viper_expr(value, reg)?;
                self.release(mark);
                Ok(true)
            }
            StmtKind::Assign { targets, value } if targets.len() == 1 => {
                self.viper_assign(&targets[0], value, span)
            }
            StmtKind::AnnAssign {
                target,
                value: Some(value),
                ..
            } => self.viper_assign(target, value, span),
            StmtKind::AugAssign { target, op, value } => {
                self.viper_aug_assign(target, *op, value, span)
            }
            StmtKind::Return(value) => {
                self.viper_return(*value, span)?;
                Ok(true)
            }
            StmtKind::Raise { exc, cause } => {
                let (Some(exc), None) = (exc, cause) else {
                    return Err(not_implemented("native raise", span));
                };
                let mark = self.mark();
                let reg = self.temp()?;
                if self.viper_expr(exc, reg)? != VType::Object {
                    return Err(type_error(String::from("must raise an object"), span));
                }
                emit!(self, span, Raise { src: reg });
                self.release(mark);
                Ok(true)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => self.viper_for(target, iter, body, orelse, span),
            _ => Ok(false),
        }
    }

    fn viper_assign(
        &mut self,
        target: &'a Expr<'a>,
        value: &'a Expr<'a>,
        span: Span,
    ) -> CResult<bool> {
        match (&target.kind, &value.kind) {
            // `a, b = x, y` between plain locals keeps the values' types.
            (ExprKind::Tuple(names), ExprKind::Tuple(values))
                if names.len() == values.len()
                    && names.len() <= 16
                    && names.iter().all(|n| match n.kind {
                        ExprKind::Name(name) => matches!(self.fr().access(name), Access::Fast(_)),
                        _ => false,
                    })
                    && !values
                        .iter()
                        .any(|v| matches!(v.kind, ExprKind::Starred(_))) =>
            {
                let mark = self.mark();
                let mut typed = alloc::vec::Vec::new();
                for item in values.iter() {
                    let reg = self.temp()?;
                    typed.push((reg, self.viper_expr(item, reg)?));
                }
                for (name, (src, ty)) in names.iter().zip(typed) {
                    let ExprKind::Name(local) = name.kind else {
                        continue;
                    };
                    let Access::Fast(reg) = self.fr().access(local) else {
                        continue;
                    };
                    emit!(self, name.span, Move { dst: reg, src: src });
                    self.store_type(local, ty, name.span)?;
                }
                self.release(mark);
                Ok(true)
            }
            _ => self.viper_assign_one(target, value, span),
        }
    }

    fn viper_assign_one(
        &mut self,
        target: &'a Expr<'a>,
        value: &'a Expr<'a>,
        span: Span,
    ) -> CResult<bool> {
        match &target.kind {
            ExprKind::Name(name) => {
                let Access::Fast(reg) = self.fr().access(name) else {
                    return Ok(false);
                };
                let ty = self.viper_expr(value, reg)?;
                self.store_type(name, ty, target.span)?;
                Ok(true)
            }
            ExprKind::Subscript { value: base, slice }
                if !matches!(slice.kind, ExprKind::Slice { .. }) =>
            {
                let mark = self.mark();
                let (src, vt) = self.viper_operand(value)?;
                let (ptr, bt) = self.viper_operand(base)?;
                let (index, it) = self.viper_operand(slice)?;
                if bt == VType::Object {
                    emit!(
                        self,
                        span,
                        SetItem {
                            obj: ptr,
                            key: index,
                            src: src
                        }
                    );
                } else {
                    self.viper_ptr_store((ptr, bt), (index, it), (src, vt), span)?;
                }
                self.release(mark);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Store an object already in `src` (an unpacked item, a `for`
    /// target) through a typed pointer: it must be an int at run time.
    pub fn viper_assign_from(&mut self, target: &'a Expr<'a>, src: Reg) -> CResult<bool> {
        let ExprKind::Subscript { value, slice } = &target.kind else {
            return Ok(false);
        };
        if matches!(slice.kind, ExprKind::Slice { .. }) {
            return Ok(false);
        }
        let mark = self.mark();
        let (ptr, bt) = self.viper_operand(value)?;
        if bt == VType::Object {
            let index = self.expr_reg(slice)?;
            emit!(
                self,
                target.span,
                SetItem {
                    obj: ptr,
                    key: index,
                    src: src
                }
            );
        } else {
            let index = self.viper_operand(slice)?;
            self.viper_ptr_store((ptr, bt), index, (src, VType::Int), target.span)?;
        }
        self.release(mark);
        Ok(true)
    }

    /// `ptr[index] = src` for a typed pointer, with MicroPython's checks
    /// (the base's error wins over the value's, which wins over the
    /// index's, as MicroPython reports the last one).
    fn viper_ptr_store(
        &mut self,
        (ptr, bt): (Reg, VType),
        (index, it): (Reg, VType),
        (src, vt): (Reg, VType),
        span: Span,
    ) -> CResult<()> {
        let Some(size) = bt.element_size() else {
            return Err(type_error(format!("can't store to '{}'", bt.name()), span));
        };
        if !matches!(vt, VType::Bool | VType::Int | VType::Uint) {
            return Err(type_error(format!("can't store '{}'", vt.name()), span));
        }
        if !it.is_integer() {
            return Err(type_error(
                format!("can't store with '{}' index", it.name()),
                span,
            ));
        }
        emit!(
            self,
            span,
            PtrStore {
                ptr: ptr,
                index: index,
                src: src,
                size: Byte(size)
            }
        );
        Ok(())
    }

    fn viper_aug_assign(
        &mut self,
        target: &'a Expr<'a>,
        op: BinOp,
        value: &'a Expr<'a>,
        span: Span,
    ) -> CResult<bool> {
        match &target.kind {
            ExprKind::Name(name) => {
                let Access::Fast(reg) = self.fr().access(name) else {
                    return Ok(false);
                };
                let lt = self.viper_local_type(name, target.span)?;
                let mark = self.mark();
                let lhs = self.expr_reg(target)?;
                let rhs = self.viper_operand(value)?;
                let ty = self.viper_binary(op, true, reg, (lhs, lt), rhs, span)?;
                self.store_type(name, ty, target.span)?;
                self.release(mark);
                Ok(true)
            }
            ExprKind::Subscript { value: base, slice }
                if !matches!(slice.kind, ExprKind::Slice { .. }) =>
            {
                let mark = self.mark();
                let (ptr, bt) = self.viper_operand(base)?;
                if bt == VType::Object {
                    self.release(mark);
                    return Ok(false);
                }
                let (index, it) = self.viper_operand(slice)?;
                let Some(size) = bt.element_size() else {
                    return Err(type_error(format!("can't load from '{}'", bt.name()), span));
                };
                if !it.is_integer() {
                    return Err(type_error(
                        format!("can't load with '{}' index", it.name()),
                        span,
                    ));
                }
                let current = self.temp()?;
                emit!(
                    self,
                    span,
                    PtrLoad {
                        dst: current,
                        ptr: ptr,
                        index: index,
                        size: Byte(size)
                    }
                );
                let rhs = self.viper_operand(value)?;
                let ty = self.viper_binary(op, true, current, (current, VType::Int), rhs, span)?;
                self.viper_ptr_store((ptr, bt), (index, it), (current, ty), span)?;
                self.release(mark);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    fn viper_return(&mut self, value: Option<&'a Expr<'a>>, span: Span) -> CResult<()> {
        let expected = self.viper().return_type;
        let mark = self.mark();
        let result = self.temp()?;
        let ty = match value {
            Some(value) => self.viper_expr(value, result)?,
            None => {
                emit!(self, span, LoadNone { dst: result });
                VType::None
            }
        };
        if ty == VType::None {
            if expected != VType::Object {
                self.load_word_zero(expected, result, span);
            }
        } else if ty != expected {
            return Err(type_error(
                format!(
                    "return expected '{}' but got '{}'",
                    expected.name(),
                    ty.name()
                ),
                span,
            ));
        }
        self.exit_through(0, span, |c| {
            emit!(c, span, Return { src: result });
            Ok(())
        })?;
        self.release(mark);
        Ok(())
    }

    /// `for` over `range(...)` with a constant step counts in a typed
    /// register (as MicroPython, whose loop variable then has the type of
    /// the start value); any other `for` stores objects to its target.
    fn viper_for(
        &mut self,
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
        span: Span,
    ) -> CResult<bool> {
        let ExprKind::Name(name) = target.kind else {
            return Ok(false);
        };
        let Access::Fast(var) = self.fr().access(name) else {
            return Ok(false);
        };
        let range_args = match &iter.kind {
            ExprKind::Call {
                func:
                    Expr {
                        kind: ExprKind::Name("range"),
                        ..
                    },
                args,
                keywords: [],
            } if (1..=3).contains(&args.len())
                && self.fr().access("range") == Access::Global
                && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) =>
            {
                Some(args)
            }
            _ => None,
        };
        let step = match range_args {
            Some(args) if args.len() == 3 => word_literal(&args[2]).filter(|&s| s != 0),
            Some(_) => Some(1),
            None => None,
        };
        let (Some(args), Some(step)) = (range_args, step) else {
            self.store_type(name, VType::Object, target.span)?;
            return Ok(false);
        };
        let mark = self.mark();
        // range's registers, in call order, in case the bounds are objects.
        let range = self.temp()?;
        let counter = self.temp()?;
        let counter_type = if args.len() == 1 {
            emit!(
                self,
                span,
                LoadInt {
                    dst: counter,
                    value: crate::bytecode::Imm(0)
                }
            );
            VType::Int
        } else {
            self.viper_expr(&args[0], counter)?
        };
        let stop_expr = if args.len() == 1 { &args[0] } else { &args[1] };
        let stop = self.temp()?;
        let stop_type = self.viper_expr(stop_expr, stop)?;
        let step_reg = self.temp()?;
        let step_expr = if args.len() == 3 {
            Some(&args[2])
        } else {
            None
        };
        let step_type = match step_expr {
            Some(e) => self.viper_expr(e, step_reg)?,
            None => {
                emit!(
                    self,
                    span,
                    LoadInt {
                        dst: step_reg,
                        value: crate::bytecode::Imm(1)
                    }
                );
                VType::Int
            }
        };
        let top = self.new_label();
        let next = self.new_label();
        let exit = self.new_label();
        let brk = self.new_label();
        if counter_type == VType::Object && stop_type == VType::Object {
            // Object bounds: a real range object, so that bad bounds (a
            // float) raise as in Python.
            let name_operand = self.name("range")?;
            emit!(
                self,
                iter.span,
                LoadGlobal {
                    dst: range,
                    name: name_operand
                }
            );
            emit!(
                self,
                iter.span,
                Call {
                    dst: range,
                    func: range,
                    argc: crate::bytecode::Count(3)
                }
            );
            emit!(
                self,
                iter.span,
                GetIter {
                    dst: range,
                    src: range
                }
            );
            self.store_type(name, VType::Object, target.span)?;
            self.bind_label(top);
            self.for_iter_into(target, range, exit, span)?;
            self.loop_body(body, brk, top)?;
            self.jump(span, top);
            self.bind_label(exit);
            self.block(orelse)?;
            self.bind_label(brk);
            self.release(mark);
            return Ok(true);
        }
        let cond = self.temp()?;
        self.bind_label(top);
        let op = if step > 0 { CmpOp::Lt } else { CmpOp::Gt };
        self.viper_compare_pair(
            op,
            cond,
            (counter, counter_type),
            (stop, stop_type),
            iter.span,
        )?;
        emit!(
            self,
            span,
            JumpIfFalse {
                cond: cond,
                target: exit.target()
            }
        );
        emit!(
            self,
            span,
            Move {
                dst: var,
                src: counter
            }
        );
        self.store_type(name, counter_type, target.span)?;
        self.loop_body(body, brk, next)?;
        self.bind_label(next);
        self.viper_binary(
            BinOp::Add,
            false,
            counter,
            (counter, counter_type),
            (step_reg, step_type),
            span,
        )?;
        self.jump(span, top);
        self.bind_label(exit);
        self.block(orelse)?;
        self.bind_label(brk);
        self.release(mark);
        Ok(true)
    }
}
