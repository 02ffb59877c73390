//! The assembler the compiler emits instructions through: it tracks byte
//! offsets, resolves jump labels (forward ones included), builds the line
//! table and the exception table.

use super::code::{ExceptionEntry, LineTable, Location};
use super::opcodes::{instr, BinaryOp, Instr, INPLACE_BIT};
use super::operand::{Byte, Reg, Target};
use alloc::vec::Vec;

/// A jump destination, bound to an offset with `Assembler::bind`.
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

#[derive(Default)]
pub struct Assembler {
    instrs: Vec<Instr>,
    /// Byte offset of the next instruction.
    offset: usize,
    labels: Vec<Option<u16>>,
    handlers: Vec<PendingHandler>,
    line_table: LineTable,
    too_large: bool,
    /// The offset the last label was bound to: an instruction starting
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

    /// Bind `label` to the offset of the next instruction emitted.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.offset.min(u16::MAX as usize) as u16);
        self.last_bound = Some(self.offset);
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
            // operation's location (a later entry at the same offset wins).
            let last = self.instrs.pop().map_or(0, |last| last.size());
            self.offset -= last;
            self.line_table.push(self.offset as u32, location);
            self.offset += fused.size();
            self.instrs.push(fused);
            return;
        }
        self.line_table.push(self.offset as u32, location);
        self.offset += instr.size();
        if self.offset > u16::MAX as usize {
            self.too_large = true;
        }
        self.instrs.push(instr);
    }

    /// A superinstruction doing what the last instruction and `next` do,
    /// if they form one and nothing jumps between them. Each keeps every
    /// register write of the pair, so no liveness knowledge is needed.
    fn fuse_with_last(&self, next: &Instr) -> Option<Instr> {
        if self.last_bound == Some(self.offset) {
            return None;
        }
        let Some(Instr::LoadInt(load)) = self.instrs.last() else {
            return None;
        };
        // `LoadInt t, n` then `op d, l, t`: the binary operator with a
        // small-int right operand (`x + 1`, `n >> 4`, `acc &= 255`).
        let (dst, lhs, rhs, op) = match *next {
            Instr::InplaceOp(i) => (i.dst, i.lhs, i.rhs, i.op.0 | INPLACE_BIT),
            _ => {
                let (dst, lhs, rhs) = binary_operands(next)?;
                let op = BinaryOp::of_opcode(next.opcode())?;
                (dst, lhs, rhs, op as u8)
            }
        };
        if rhs != load.dst {
            return None;
        }
        Some(Instr::BinaryInt(instr::BinaryInt {
            dst,
            lhs,
            tmp: load.dst,
            value: load.value,
            op: Byte(op),
        }))
    }

    /// The last instruction emitted, if any (for peephole decisions such as
    /// "does this block already end in a return").
    pub fn last(&self) -> Option<&Instr> {
        self.instrs.last()
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

    pub fn finish(mut self) -> Result<Assembled, AssembleError> {
        if self.too_large {
            return Err(AssembleError::TooLarge);
        }
        let labels = &self.labels;
        let resolve = |label: Label| labels[label.0 as usize];
        let mut bytecode = Vec::with_capacity(self.offset);
        for instr in &mut self.instrs {
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
            line_table: self.line_table,
        })
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
        assert_eq!(asm.offset(), instr::BinaryInt::SIZE);
        asm.emit(Instr::ReturnNone(instr::ReturnNone {}), here);
        let out = asm.finish().unwrap();
        assert_eq!(
            Instr::decode(&out.bytecode, 0),
            Some(Instr::BinaryInt(instr::BinaryInt {
                dst: Reg(1),
                lhs: Reg(0),
                tmp: Reg(2),
                value: Imm(7),
                op: Byte(BinaryOp::Add as u8),
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
