//! Conditions that are comparisons compile to compare-and-branch
//! instructions (`JumpUnlessLt a, b, @else`): no result register and one
//! dispatch instead of a comparison and a `JumpIfFalse`. A right operand
//! that is a small-int constant (`if y > 32767:`) becomes an immediate, so
//! the constant is not loaded on every pass.
//!
//! A chain `lo <= x < hi` branches after each link, as the chain stops at
//! the first false one; its middle operands are evaluated once.

use super::{CResult, Compiler};
use crate::bytecode::assemble::Label;
use crate::bytecode::{instr, Constant, Imm, Instr, Reg, Target};
use crate::syntax::ast::{CmpOp, Expr, Span};

/// The right operand of one comparison.
#[derive(Clone, Copy)]
enum Rhs {
    Reg(Reg),
    Int(Imm),
}

/// The compare-and-branch instruction jumping to `target` when the truth
/// of `lhs op rhs` is `when`; None for `is` and `in` (they stay a
/// comparison and a jump).
fn compare_jump(op: CmpOp, when: bool, lhs: Reg, rhs: Rhs, target: Target) -> Option<Instr> {
    macro_rules! pick {
        ($($cmp:ident => $unless:ident, $if:ident, $unless_int:ident, $if_int:ident;)*) => {
            match (op, rhs) {
                $(
                    (CmpOp::$cmp, Rhs::Reg(rhs)) if !when => {
                        Instr::$unless(instr::$unless { lhs, rhs, target })
                    }
                    (CmpOp::$cmp, Rhs::Reg(rhs)) => Instr::$if(instr::$if { lhs, rhs, target }),
                    (CmpOp::$cmp, Rhs::Int(value)) if !when => {
                        Instr::$unless_int(instr::$unless_int { lhs, value, target })
                    }
                    (CmpOp::$cmp, Rhs::Int(value)) => {
                        Instr::$if_int(instr::$if_int { lhs, value, target })
                    }
                )*
                _ => return None,
            }
        };
    }
    Some(pick! {
        Lt => JumpUnlessLt, JumpIfLt, JumpUnlessLtInt, JumpIfLtInt;
        LtE => JumpUnlessLe, JumpIfLe, JumpUnlessLeInt, JumpIfLeInt;
        Gt => JumpUnlessGt, JumpIfGt, JumpUnlessGtInt, JumpIfGtInt;
        GtE => JumpUnlessGe, JumpIfGe, JumpUnlessGeInt, JumpIfGeInt;
        Eq => JumpUnlessEq, JumpIfEq, JumpUnlessEqInt, JumpIfEqInt;
        NotEq => JumpUnlessNe, JumpIfNe, JumpUnlessNeInt, JumpIfNeInt;
    })
}

fn is_rich(op: CmpOp) -> bool {
    !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
}

impl<'a> Compiler<'a, '_> {
    /// `jump_if` for a comparison `left ops[0] comparators[0] ...` whose
    /// operators are all rich comparisons; false (nothing emitted) for
    /// any other.
    pub(super) fn compare_branch(
        &mut self,
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comparators: &'a [Expr<'a>],
        when: bool,
        target: Label,
        span: Span,
    ) -> CResult<bool> {
        if !ops.iter().all(|&op| is_rich(op)) {
            return Ok(false);
        }
        let mark = self.mark();
        // Jumping when the whole chain is true needs every link but the
        // last to skip past the jump when false.
        let skip = (when && ops.len() > 1).then(|| self.new_label());
        let mut lhs = self.expr_reg(left)?;
        for (i, (&op, comparator)) in ops.iter().zip(comparators).enumerate() {
            let last = i + 1 == ops.len();
            let rhs = match self.small_int_constant(comparator) {
                // A middle operand is the next link's left operand: it
                // needs a register.
                Some(value) if last => Rhs::Int(value),
                _ => Rhs::Reg(self.expr_reg(comparator)?),
            };
            let (link_when, link_target) = match (last, skip) {
                (false, Some(skip)) => (false, skip),
                (false, None) => (false, target),
                (true, _) => (when, target),
            };
            let jump = compare_jump(op, link_when, lhs, rhs, link_target.target())
                .expect("a rich comparison");
            self.emit_instr(span, jump);
            if let Rhs::Reg(rhs) = rhs {
                lhs = rhs;
            }
        }
        if let Some(skip) = skip {
            self.bind_label(skip);
        }
        self.release(mark);
        Ok(true)
    }

    /// The value of `e` as an immediate, if it is an int constant that
    /// fits one.
    fn small_int_constant(&mut self, e: &'a Expr<'a>) -> Option<Imm> {
        match self.constant_of(e)? {
            Constant::Int(n) => i16::try_from(n).ok().map(Imm),
            _ => None,
        }
    }
}
