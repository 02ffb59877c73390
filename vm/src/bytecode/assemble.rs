//! The assembler the compiler emits instructions through: it tracks byte
//! offsets, resolves jump labels (forward ones included), builds the line
//! table and the exception table.

use super::code::{ExceptionEntry, LineTable, Location};
use super::opcodes::{instr, BinaryOp, Instr, INPLACE_BIT};
use super::operand::{Byte, Reg, Target};
use alloc::vec::Vec;

/// A jump destination, bound to a position with `Assembler::bind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u16);

impl Label {
    /// The `Target` operand that refers to this label until `finish`
    /// replaces it with the bound offset.
    pub fn target(self) -> Target {
        Target(self.0)
    }
}

/// Why assembly failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssembleError {
    /// More than 64 KiB of bytecode (or 65536 labels) in one function.
    TooLarge,
}

/// An exception-table entry whose bounds are labels.
#[derive(Clone, Copy, Debug)]
struct PendingHandler {
    start: Label,
    end: Label,
    handler: Label,
    exc_reg: u8,
}

/// An exception-table range as instruction indices (`Assembler::ranges`).
#[derive(Clone, Copy, Debug)]
pub struct IndexRange {
    pub start: usize,
    pub end: usize,
    pub handler: usize,
    pub exc_reg: Reg,
}

/// Instructions are kept (with their locations) until `finish`, and labels
/// name instruction positions rather than byte offsets, so a pass over the
/// finished list (`compile/definite.rs`) may still drop instructions.
#[derive(Default)]
pub struct Assembler {
    instrs: Vec<Instr>,
    locations: Vec<Location>,
    /// Byte size of the instructions so far (for the size limit).
    offset: usize,
    /// The instruction index each label is bound to.
    labels: Vec<Option<u32>>,
    handlers: Vec<PendingHandler>,
    too_large: bool,
    /// The index the last label was bound to: an instruction starting
    /// there is a jump target and must not be fused into the one before.
    last_bound: Option<usize>,
}

/// The result of assembly.
pub struct Assembled {
    pub bytecode: Vec<u8>,
    pub exception_table: Vec<ExceptionEntry>,
    pub line_table: LineTable,
}

impl Assembler {
    pub fn new() -> Assembler {
        Assembler::default()
    }

    pub fn new_label(&mut self) -> Label {
        if self.labels.len() > u16::MAX as usize {
            self.too_large = true;
        }
        self.labels.push(None);
        Label((self.labels.len() - 1) as u16)
    }

    /// Bind `label` to the next instruction emitted.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
        self.last_bound = Some(self.instrs.len());
    }

    /// The byte offset the next instruction will have.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Append an instruction. Jump operands hold `Label::target()`s.
    pub fn emit(&mut self, instr: Instr, location: Location) {
        if let Some(fused) = self.fuse_with_last(&instr) {
            // The fused instruction starts where the last one did and
            // fails (if it fails) as the operation: it takes the
            // operation's location.
            let last = self.instrs.pop().map_or(0, |last| last.size());
            self.locations.pop();
            self.offset -= last;
            self.push(fused, location);
            return;
        }
        self.push(specialise(instr), location);
    }

    fn push(&mut self, instr: Instr, location: Location) {
        self.offset += instr.size();
        if self.offset > u16::MAX as usize {
            self.too_large = true;
        }
        self.instrs.push(instr);
        self.locations.push(location);
    }

    /// A superinstruction doing what the last instruction and `next` do,
    /// if they form one and nothing jumps between them. Each keeps every
    /// register write of the pair, so no liveness knowledge is needed.
    fn fuse_with_last(&self, next: &Instr) -> Option<Instr> {
        if self.last_bound == Some(self.instrs.len()) {
            return None;
        }
        // `LoadInt t, n` then `op d, l, t`: the binary operator with a
        // small-int right operand (`x + 1`, `n >> 4`, `acc &= 255`); the
        // same with a constant (`x & 0xFFFFFFFF`).
        let tmp = match self.instrs.last()? {
            Instr::LoadInt(load) => load.dst,
            Instr::LoadConst(load) => load.dst,
            _ => return None,
        };
        let (dst, lhs, rhs, op) = match *next {
            Instr::InplaceOp(i) => (i.dst, i.lhs, i.rhs, i.op.0 | INPLACE_BIT),
            _ => {
                let (dst, lhs, rhs) = binary_operands(next)?;
                let op = BinaryOp::of_opcode(next.opcode())?;
                (dst, lhs, rhs, op as u8)
            }
        };
        if rhs != tmp {
            return None;
        }
        Some(match *self.instrs.last()? {
            Instr::LoadInt(load) => {
                let (value, op) = (load.value, Byte(op));
                macro_rules! with_int {
                    ($name:ident) => {
                        Instr::$name(instr::$name {
                            dst,
                            lhs,
                            tmp,
                            value,
                            op,
                        })
                    };
                }
                match BinaryOp::from_byte(op.0 & !INPLACE_BIT) {
                    Some(BinaryOp::Add) => with_int!(AddInt),
                    Some(BinaryOp::Sub) => with_int!(SubInt),
                    Some(BinaryOp::BitAnd) => with_int!(AndInt),
                    Some(BinaryOp::RShift) => with_int!(RShiftInt),
                    Some(BinaryOp::LShift) => with_int!(LShiftInt),
                    Some(BinaryOp::Mod) => with_int!(ModInt),
                    _ => with_int!(BinaryInt),
                }
            }
            Instr::LoadConst(load) => Instr::BinaryConst(instr::BinaryConst {
                dst,
                lhs,
                tmp,
                index: load.index,
                op: Byte(op),
            }),
            _ => return None,
        })
    }

    /// The last instruction emitted, if any (for peephole decisions such as
    /// "does this block already end in a return").
    pub fn last(&self) -> Option<&Instr> {
        self.instrs.last()
    }

    /// The instructions so far; their jump operands still name labels
    /// (`label_index` resolves them).
    pub fn instructions(&self) -> &[Instr] {
        &self.instrs
    }

    /// The instruction index a jump operand's label is bound to.
    pub fn label_index(&self, target: Target) -> Option<usize> {
        self.labels
            .get(target.0 as usize)
            .copied()
            .flatten()
            .map(|i| i as usize)
    }

    /// The exception-table ranges whose labels are all bound, as indices.
    pub fn ranges(&self) -> Vec<IndexRange> {
        let resolve = |label: Label| self.labels[label.0 as usize].map(|i| i as usize);
        self.handlers
            .iter()
            .filter_map(|h| {
                Some(IndexRange {
                    start: resolve(h.start)?,
                    end: resolve(h.end)?,
                    handler: resolve(h.handler)?,
                    exc_reg: Reg(h.exc_reg),
                })
            })
            .collect()
    }

    /// Drop the instructions `drop` marks (one flag per instruction). A
    /// label bound to a dropped instruction moves to the next one kept.
    pub fn remove(&mut self, drop: &[bool]) {
        debug_assert_eq!(drop.len(), self.instrs.len());
        // new_index[i]: how many instructions before i are kept.
        let mut new_index = Vec::with_capacity(self.instrs.len() + 1);
        let mut kept = 0u32;
        for &dropped in drop {
            new_index.push(kept);
            kept += u32::from(!dropped);
        }
        new_index.push(kept);
        for label in self.labels.iter_mut().flatten() {
            *label = new_index[*label as usize];
        }
        let mut at = 0;
        self.instrs.retain(|_| {
            at += 1;
            !drop[at - 1]
        });
        let mut at = 0;
        self.locations.retain(|_| {
            at += 1;
            !drop[at - 1]
        });
        self.offset = self.instrs.iter().map(Instr::size).sum();
        self.last_bound = None;
    }

    /// Exceptions raised by instructions between the labels `start` and
    /// `end` go to `handler` with the exception in register `exc_reg`.
    /// Register inner ranges before the ranges that enclose them.
    pub fn add_handler(&mut self, start: Label, end: Label, handler: Label, exc_reg: u8) {
        self.handlers.push(PendingHandler {
            start,
            end,
            handler,
            exc_reg,
        });
    }

    /// Jumps to an unconditional `Jump` go to its target instead (an
    /// `if` at the end of a loop body jumps straight back to the loop's
    /// head). A conditional jump is only redirected forward: the backward
    /// `Jump` it would skip is where the loop polls for interrupts.
    fn thread_jumps(&mut self) {
        let labels = &self.labels;
        let index_of = |target: Target| labels[target.0 as usize].map(|i| i as usize);
        for at in 0..self.instrs.len() {
            let unconditional = matches!(self.instrs[at], Instr::Jump(_));
            let instrs = &self.instrs;
            let mut instr = instrs[at];
            instr.for_each_target(|target| {
                let mut label = *target;
                // A bounded walk: a chain of jumps may loop.
                for _ in 0..8 {
                    let Some(Instr::Jump(next)) = index_of(label).and_then(|i| instrs.get(i))
                    else {
                        break;
                    };
                    match index_of(next.target) {
                        Some(to) if unconditional || to > at => label = next.target,
                        _ => break,
                    }
                }
                *target = label;
            });
            self.instrs[at] = instr;
        }
    }

    pub fn finish(mut self) -> Result<Assembled, AssembleError> {
        if self.too_large {
            return Err(AssembleError::TooLarge);
        }
        self.thread_jumps();
        // offsets[i]: the byte offset of instruction i (and of the end).
        let mut offsets = Vec::with_capacity(self.instrs.len() + 1);
        let mut offset = 0usize;
        for instr in &self.instrs {
            offsets.push(offset as u16);
            offset += instr.size();
        }
        offsets.push(offset as u16);
        let labels = &self.labels;
        let resolve = |label: Label| labels[label.0 as usize].map(|i| offsets[i as usize]);
        let mut bytecode = Vec::with_capacity(offset);
        let mut line_table = LineTable::new();
        for (instr, location) in self.instrs.iter_mut().zip(&self.locations) {
            line_table.push(bytecode.len() as u32, *location);
            let mut unbound = false;
            instr.for_each_target(|target| match resolve(Label(target.0)) {
                Some(offset) => target.0 = offset,
                None => unbound = true,
            });
            // A jump to a label never bound is a compiler bug; jump to the
            // start rather than write a wild offset.
            if unbound {
                debug_assert!(false, "jump to an unbound label");
                instr.for_each_target(|target| target.0 = 0);
            }
            instr.encode(&mut bytecode);
        }
        let mut exception_table = Vec::with_capacity(self.handlers.len());
        for pending in &self.handlers {
            if let (Some(start), Some(end), Some(handler)) = (
                resolve(pending.start),
                resolve(pending.end),
                resolve(pending.handler),
            ) {
                if start < end {
                    exception_table.push(ExceptionEntry {
                        start,
                        end,
                        handler,
                        exc_reg: pending.exc_reg,
                    });
                }
            }
        }
        Ok(Assembled {
            bytecode,
            exception_table,
            line_table,
        })
    }
}

/// `InplaceOp` for its most frequent operators becomes the opcode naming
/// the operator (no operator select at run time).
fn specialise(instr: Instr) -> Instr {
    let Instr::InplaceOp(i) = instr else {
        return instr;
    };
    let (dst, lhs, rhs) = (i.dst, i.lhs, i.rhs);
    macro_rules! named {
        ($name:ident) => {
            Instr::$name(instr::$name { dst, lhs, rhs })
        };
    }
    match BinaryOp::from_byte(i.op.0) {
        Some(BinaryOp::Add) => named!(InplaceAdd),
        Some(BinaryOp::Sub) => named!(InplaceSub),
        Some(BinaryOp::BitAnd) => named!(InplaceAnd),
        Some(BinaryOp::BitOr) => named!(InplaceOr),
        Some(BinaryOp::BitXor) => named!(InplaceXor),
        _ => instr,
    }
}

/// `(dst, lhs, rhs)` of a binary opcode (`Add` ..= `MatMul`).
fn binary_operands(instr: &Instr) -> Option<(Reg, Reg, Reg)> {
    macro_rules! of {
        ($($name:ident),*) => {
            match *instr {
                $(Instr::$name(i) => Some((i.dst, i.lhs, i.rhs)),)*
                _ => None,
            }
        };
    }
    of!(Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor, MatMul)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::operand::Imm;

    #[test]
    fn forward_and_backward_jumps_resolve() {
        let mut asm = Assembler::new();
        let top = asm.new_label();
        let exit = asm.new_label();
        let here = Location::default();
        asm.bind(top);
        asm.emit(
            Instr::JumpIfFalse(instr::JumpIfFalse {
                cond: Reg(0),
                target: exit.target(),
            }),
            here,
        );
        asm.emit(
            Instr::Jump(instr::Jump {
                target: top.target(),
            }),
            here,
        );
        asm.bind(exit);
        asm.emit(Instr::ReturnNone(instr::ReturnNone {}), here);
        let out = asm.finish().unwrap();
        assert_eq!(
            Instr::decode(&out.bytecode, 0),
            Some(Instr::JumpIfFalse(instr::JumpIfFalse {
                cond: Reg(0),
                target: Target(7)
            }))
        );
        assert_eq!(
            Instr::decode(&out.bytecode, 4),
            Some(Instr::Jump(instr::Jump { target: Target(0) }))
        );
    }

    fn load(dst: u8, value: i16) -> Instr {
        Instr::LoadInt(instr::LoadInt {
            dst: Reg(dst),
            value: Imm(value),
        })
    }

    fn add(dst: u8, lhs: u8, rhs: u8) -> Instr {
        Instr::Add(instr::Add {
            dst: Reg(dst),
            lhs: Reg(lhs),
            rhs: Reg(rhs),
        })
    }

    #[test]
    fn load_int_fuses_into_the_binary_operation_using_it() {
        let here = Location::default();
        let mut asm = Assembler::new();
        asm.emit(load(2, 7), here);
        asm.emit(add(1, 0, 2), here);
        assert_eq!(asm.offset(), instr::AddInt::SIZE);
        asm.emit(load(3, 5), here);
        asm.emit(
            Instr::Mul(instr::Mul {
                dst: Reg(1),
                lhs: Reg(1),
                rhs: Reg(3),
            }),
            here,
        );
        asm.emit(Instr::ReturnNone(instr::ReturnNone {}), here);
        let out = asm.finish().unwrap();
        // Add has its own opcode; other operators share BinaryInt.
        assert_eq!(
            Instr::decode(&out.bytecode, 0),
            Some(Instr::AddInt(instr::AddInt {
                dst: Reg(1),
                lhs: Reg(0),
                tmp: Reg(2),
                value: Imm(7),
                op: Byte(BinaryOp::Add as u8),
            }))
        );
        assert_eq!(
            Instr::decode(&out.bytecode, instr::AddInt::SIZE),
            Some(Instr::BinaryInt(instr::BinaryInt {
                dst: Reg(1),
                lhs: Reg(1),
                tmp: Reg(3),
                value: Imm(5),
                op: Byte(BinaryOp::Mul as u8),
            }))
        );
    }

    #[test]
    fn no_fusion_across_a_label_or_with_another_register() {
        let here = Location::default();
        let mut asm = Assembler::new();
        let label = asm.new_label();
        asm.emit(load(2, 7), here);
        asm.bind(label);
        asm.emit(add(1, 0, 2), here);
        asm.emit(load(3, 7), here);
        asm.emit(add(1, 3, 2), here);
        let sizes = instr::LoadInt::SIZE * 2 + instr::Add::SIZE * 2;
        assert_eq!(asm.offset(), sizes);
    }
}
