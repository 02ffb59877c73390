//! Definite assignment: which `CheckBound`s can never fail.
//!
//! The compiler emits a `CheckBound` before every read of a plain local;
//! once a code unit is complete, this pass runs a forward dataflow over its
//! instructions and drops each check whose register is bound on every path
//! that reaches it. The analysis works on the emitted instructions rather
//! than the syntax tree, so `del`, `except ... as name` (which unbinds the
//! name with `DeleteFast`), `break`/`continue`, duplicated `finally`
//! bodies, `match` cases, loops' `else` and exception edges are all just
//! control flow.
//!
//! The state at an instruction is the set of registers certainly holding a
//! value (not the unbound marker). It is a must-analysis: the state where
//! paths join is the intersection of what each path brings. Soundness
//! rests on `transfer` knowing every way an instruction can leave the
//! marker in a register: the deleting instructions, `Move` (which copies
//! whatever its source holds), the second register of a method pair or a
//! loop state, the saved handled exception, and calls, whose callee frame
//! starts inside the caller's temporaries. The match in `transfer` names
//! every opcode, so a new instruction has to be classified here.
//!
//! Exception edges: every instruction inside an exception-table range may
//! go to its handler, with the registers bound both before and after it
//! (an instruction can fail part-way), plus the exception register.

use crate::bytecode::assemble::Assembler;
use crate::bytecode::{Instr, Reg};
use alloc::vec;
use alloc::vec::Vec;

/// A set of registers (operands are one byte).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RegSet([u64; 4]);

impl RegSet {
    pub const EMPTY: RegSet = RegSet([0; 4]);

    pub fn contains(&self, reg: Reg) -> bool {
        self.0[reg.0 as usize / 64] & (1 << (reg.0 % 64)) != 0
    }

    pub fn insert(&mut self, reg: Reg) {
        self.0[reg.0 as usize / 64] |= 1 << (reg.0 % 64);
    }

    /// The registers `first .. first + count` (clipped at 255).
    fn run(first: Reg, count: usize) -> RegSet {
        let start = first.0 as usize;
        let end = (start + count).min(256);
        let mut set = RegSet::EMPTY;
        for (w, word) in set.0.iter_mut().enumerate() {
            let (lo, hi) = (start.max(w * 64), end.min(w * 64 + 64));
            if lo < hi {
                let width = hi - lo;
                let bits = if width == 64 { !0 } else { (1u64 << width) - 1 };
                *word = bits << (lo - w * 64);
            }
        }
        set
    }

    fn insert_run(&mut self, first: Reg, count: usize) {
        for (word, bits) in self.0.iter_mut().zip(RegSet::run(first, count).0) {
            *word |= bits;
        }
    }

    fn remove(&mut self, reg: Reg) {
        self.0[reg.0 as usize / 64] &= !(1 << (reg.0 % 64));
    }

    fn remove_run(&mut self, first: Reg, count: usize) {
        for (word, bits) in self.0.iter_mut().zip(RegSet::run(first, count).0) {
            *word &= !bits;
        }
    }

    /// Remove `first` and every register above it.
    fn remove_from(&mut self, first: Reg) {
        self.remove_run(first, 256 - first.0 as usize);
    }

    fn intersect(&self, other: &RegSet) -> RegSet {
        let mut out = *self;
        for (word, o) in out.0.iter_mut().zip(other.0) {
            *word &= o;
        }
        out
    }
}

fn offset(reg: Reg, by: usize) -> Option<Reg> {
    u8::try_from(reg.0 as usize + by).ok().map(Reg)
}

/// The state after `instr` when it continues with the next instruction,
/// and the state it jumps with (the same, except that `ForNext` and
/// `ForIter` leave the loop without assigning).
fn transfer(instr: &Instr, before: RegSet) -> (RegSet, RegSet) {
    let mut s = before;
    let jump_before = matches!(instr, Instr::ForNext(_) | Instr::ForIter(_));
    match *instr {
        // May leave the unbound marker.
        Instr::ClearReg(i) => s.remove(i.reg),
        Instr::DeleteFast(i) => s.remove(i.reg),
        Instr::Move(i) => {
            if before.contains(i.src) {
                s.insert(i.dst)
            } else {
                s.remove(i.dst)
            }
        }
        Instr::LoadHandled(i) => s.remove(i.dst),
        Instr::EnterHandler(i) => s.remove(i.saved),
        Instr::LoadMethod(i) => {
            s.remove_run(i.dst, 2);
            s.insert(i.dst);
        }
        Instr::LoadSuperMethod(i) => {
            s.remove_run(i.dst, 2);
            s.insert(i.dst);
        }
        Instr::LoadContextMethods(i) => {
            s.remove_run(i.exit, 4);
            s.insert(i.exit);
            if let Some(enter) = offset(i.exit, 2) {
                s.insert(enter);
            }
        }
        Instr::RangeLoop(i) => {
            // It may call R[func] (any callable named `range`).
            s.remove_from(Reg(i.dst.0.min(i.func.0)));
        }
        Instr::LoopOver(i) => s.remove_run(i.dst, 3),
        // A callee running in this dispatch loop has its frame inside the
        // caller's registers from the callee up (a constructed instance
        // replaces the callee): they hold anything afterwards.
        Instr::Call(i) => {
            s.remove_from(i.func);
            s.insert(i.dst);
        }
        Instr::CallKw(i) => {
            s.remove_from(i.func);
            s.insert(i.dst);
        }
        Instr::CallMethod(i) => {
            s.remove_from(i.base);
            s.insert(i.dst);
        }
        Instr::CallMethodKw(i) => {
            s.remove_from(i.base);
            s.insert(i.dst);
        }
        Instr::CallEx(i) => {
            s.remove_from(Reg(i.func.0.min(i.args.0).min(i.kwargs.0)));
            s.insert(i.dst);
        }

        // Write a value.
        Instr::CheckBound(i) => s.insert(i.reg),
        Instr::MakeCell(i) => s.insert(i.reg),
        Instr::LoadConst(i) => s.insert(i.dst),
        Instr::LoadInt(i) => s.insert(i.dst),
        Instr::LoadNone(i) => s.insert(i.dst),
        Instr::LoadTrue(i) => s.insert(i.dst),
        Instr::LoadFalse(i) => s.insert(i.dst),
        Instr::LoadStr(i) => s.insert(i.dst),
        Instr::LoadGlobal(i) => s.insert(i.dst),
        Instr::LoadName(i) => s.insert(i.dst),
        Instr::LoadBuiltin(i) => s.insert(i.dst),
        Instr::LoadDeref(i) => s.insert(i.dst),
        Instr::LoadAttr(i) => s.insert(i.dst),
        Instr::GetItem(i) => s.insert(i.dst),
        Instr::GetSlice(i) => s.insert(i.dst),
        Instr::Add(i) => s.insert(i.dst),
        Instr::Sub(i) => s.insert(i.dst),
        Instr::Mul(i) => s.insert(i.dst),
        Instr::TrueDiv(i) => s.insert(i.dst),
        Instr::FloorDiv(i) => s.insert(i.dst),
        Instr::Mod(i) => s.insert(i.dst),
        Instr::Pow(i) => s.insert(i.dst),
        Instr::LShift(i) => s.insert(i.dst),
        Instr::RShift(i) => s.insert(i.dst),
        Instr::BitAnd(i) => s.insert(i.dst),
        Instr::BitOr(i) => s.insert(i.dst),
        Instr::BitXor(i) => s.insert(i.dst),
        Instr::MatMul(i) => s.insert(i.dst),
        Instr::InplaceOp(i) => s.insert(i.dst),
        Instr::InplaceAdd(i) => s.insert(i.dst),
        Instr::InplaceSub(i) => s.insert(i.dst),
        Instr::InplaceAnd(i) => s.insert(i.dst),
        Instr::InplaceOr(i) => s.insert(i.dst),
        Instr::InplaceXor(i) => s.insert(i.dst),
        Instr::BinaryInt(i) => {
            s.insert(i.tmp);
            s.insert(i.dst);
        }
        Instr::BinaryConst(i) => {
            s.insert(i.tmp);
            s.insert(i.dst);
        }
        Instr::AddInt(i) => {
            s.insert(i.tmp);
            s.insert(i.dst);
        }
        Instr::SubInt(i) => {
            s.insert(i.tmp);
            s.insert(i.dst);
        }
        Instr::AndInt(i) => {
            s.insert(i.tmp);
            s.insert(i.dst);
        }
        Instr::RShiftInt(i) => {
            s.insert(i.tmp);
            s.insert(i.dst);
        }
        Instr::LShiftInt(i) => {
            s.insert(i.tmp);
            s.insert(i.dst);
        }
        Instr::ModInt(i) => {
            s.insert(i.tmp);
            s.insert(i.dst);
        }
        Instr::Neg(i) => s.insert(i.dst),
        Instr::Pos(i) => s.insert(i.dst),
        Instr::Invert(i) => s.insert(i.dst),
        Instr::Not(i) => s.insert(i.dst),
        Instr::Eq(i) => s.insert(i.dst),
        Instr::Ne(i) => s.insert(i.dst),
        Instr::Lt(i) => s.insert(i.dst),
        Instr::Le(i) => s.insert(i.dst),
        Instr::Gt(i) => s.insert(i.dst),
        Instr::Ge(i) => s.insert(i.dst),
        Instr::Is(i) => s.insert(i.dst),
        Instr::IsNot(i) => s.insert(i.dst),
        Instr::In(i) => s.insert(i.dst),
        Instr::NotIn(i) => s.insert(i.dst),
        Instr::GetIter(i) => s.insert(i.dst),
        Instr::ForIter(i) => s.insert(i.dst),
        Instr::ForNext(i) => s.insert(i.dst),
        Instr::MakeFunction(i) => s.insert(i.dst),
        Instr::BuildTuple(i) => s.insert(i.dst),
        Instr::BuildList(i) => s.insert(i.dst),
        Instr::BuildSet(i) => s.insert(i.dst),
        Instr::BuildDict(i) => s.insert(i.dst),
        Instr::BuildSlice(i) => s.insert(i.dst),
        Instr::BuildString(i) => s.insert(i.dst),
        Instr::FormatValue(i) => s.insert(i.dst),
        Instr::ListToTuple(i) => s.insert(i.dst),
        Instr::UnpackSequence(i) => s.insert_run(i.base, i.count.0 as usize),
        Instr::UnpackEx(i) => s.insert_run(i.base, i.before.0 as usize + 1 + i.after.0 as usize),
        Instr::ExcMatch(i) => s.insert(i.dst),
        Instr::Yield(i) => s.insert(i.dst),
        Instr::YieldFrom(i) => s.insert(i.dst),
        Instr::GetAwaitable(i) => s.insert(i.dst),
        Instr::GetAIter(i) => s.insert(i.dst),
        Instr::GetANext(i) => s.insert(i.dst),
        Instr::ImportName(i) => s.insert(i.dst),
        Instr::ImportFrom(i) => s.insert(i.dst),
        Instr::ToNative(i) => s.insert(i.dst),
        Instr::IntOp(i) => s.insert(i.dst),
        Instr::UintOp(i) => s.insert(i.dst),
        Instr::IntCompare(i) => s.insert(i.dst),
        Instr::UintCompare(i) => s.insert(i.dst),
        Instr::WordUnary(i) => s.insert(i.dst),
        Instr::PtrLoad(i) => s.insert(i.dst),

        // Write no register.
        Instr::Nop(_)
        | Instr::StoreGlobal(_)
        | Instr::DeleteGlobal(_)
        | Instr::StoreName(_)
        | Instr::DeleteName(_)
        | Instr::StoreDeref(_)
        | Instr::DeleteDeref(_)
        | Instr::StoreAttr(_)
        | Instr::DeleteAttr(_)
        | Instr::SetItem(_)
        | Instr::DeleteItem(_)
        | Instr::SetSlice(_)
        | Instr::Jump(_)
        | Instr::JumpIfTrue(_)
        | Instr::JumpIfFalse(_)
        | Instr::JumpUnlessLt(_)
        | Instr::JumpUnlessLe(_)
        | Instr::JumpUnlessGt(_)
        | Instr::JumpUnlessGe(_)
        | Instr::JumpUnlessEq(_)
        | Instr::JumpUnlessNe(_)
        | Instr::JumpIfLt(_)
        | Instr::JumpIfLe(_)
        | Instr::JumpIfGt(_)
        | Instr::JumpIfGe(_)
        | Instr::JumpIfEq(_)
        | Instr::JumpIfNe(_)
        | Instr::JumpUnlessLtInt(_)
        | Instr::JumpUnlessLeInt(_)
        | Instr::JumpUnlessGtInt(_)
        | Instr::JumpUnlessGeInt(_)
        | Instr::JumpUnlessEqInt(_)
        | Instr::JumpUnlessNeInt(_)
        | Instr::JumpIfLtInt(_)
        | Instr::JumpIfLeInt(_)
        | Instr::JumpIfGtInt(_)
        | Instr::JumpIfGeInt(_)
        | Instr::JumpIfEqInt(_)
        | Instr::JumpIfNeInt(_)
        | Instr::Return(_)
        | Instr::ReturnNone(_)
        | Instr::ListAppend(_)
        | Instr::ListExtend(_)
        | Instr::SetAdd(_)
        | Instr::SetUpdate(_)
        | Instr::DictStore(_)
        | Instr::DictUpdate(_)
        | Instr::DictMerge(_)
        | Instr::Raise(_)
        | Instr::RaiseFrom(_)
        | Instr::Reraise(_)
        | Instr::LeaveHandler(_)
        | Instr::ImportStar(_)
        | Instr::PrintExpr(_)
        | Instr::PtrStore(_) => {}
    }
    (s, if jump_before { before } else { s })
}

fn never_falls_through(instr: &Instr) -> bool {
    matches!(
        instr,
        Instr::Jump(_)
            | Instr::Return(_)
            | Instr::ReturnNone(_)
            | Instr::Raise(_)
            | Instr::RaiseFrom(_)
            | Instr::Reraise(_)
    )
}

/// Drop the `CheckBound`s of `asm` that cannot fail, given the registers
/// bound when the code starts (parameters, free-variable cells).
pub fn drop_needless_checks(asm: &mut Assembler, entry: RegSet) {
    let instrs = asm.instructions();
    if !instrs.iter().any(|i| matches!(i, Instr::CheckBound(_))) {
        return;
    }
    let n = instrs.len();
    let ranges = asm.ranges();
    // None: not reached (yet).
    let mut state: Vec<Option<RegSet>> = vec![None; n];
    let mut work: Vec<usize> = Vec::new();
    let flow = |state: &mut [Option<RegSet>], work: &mut Vec<usize>, to: usize, s: RegSet| {
        if to >= n {
            return;
        }
        let merged = match state[to] {
            Some(old) => old.intersect(&s),
            None => s,
        };
        if state[to] != Some(merged) {
            state[to] = Some(merged);
            work.push(to);
        }
    };
    if n > 0 {
        state[0] = Some(entry);
        work.push(0);
    }
    while let Some(at) = work.pop() {
        let Some(before) = state[at] else { continue };
        let mut instr = instrs[at];
        let (after, jumped) = transfer(&instr, before);
        if !never_falls_through(&instr) {
            flow(&mut state, &mut work, at + 1, after);
        }
        instr.for_each_target(|t| {
            if let Some(to) = asm.label_index(*t) {
                flow(&mut state, &mut work, to, jumped);
            }
        });
        for range in ranges.iter().filter(|r| (r.start..r.end).contains(&at)) {
            let mut s = before.intersect(&after);
            s.insert(range.exc_reg);
            flow(&mut state, &mut work, range.handler, s);
        }
    }
    let drop: Vec<bool> = instrs
        .iter()
        .zip(&state)
        .map(|(instr, s)| match (instr, s) {
            (Instr::CheckBound(check), Some(s)) => s.contains(check.reg),
            // Unreachable.
            (Instr::CheckBound(_), None) => true,
            _ => false,
        })
        .collect();
    if drop.iter().any(|&d| d) {
        asm.remove(&drop);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_runs_cross_word_boundaries() {
        let mut set = RegSet::EMPTY;
        set.insert_run(Reg(60), 10);
        for r in 0..=255u8 {
            assert_eq!(set.contains(Reg(r)), (60..70).contains(&r), "r{r}");
        }
        set.insert_run(Reg(250), 20);
        assert!(set.contains(Reg(255)) && set.contains(Reg(250)) && !set.contains(Reg(249)));
        set.remove_from(Reg(64));
        for r in 0..=255u8 {
            assert_eq!(set.contains(Reg(r)), (60..64).contains(&r), "r{r}");
        }
        set.insert_run(Reg(0), 256);
        set.remove_run(Reg(128), 64);
        assert!(set.contains(Reg(127)) && !set.contains(Reg(128)));
        assert!(!set.contains(Reg(191)) && set.contains(Reg(192)));
    }
}
