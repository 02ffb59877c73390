//! Bytecode verification, once per code object when it is loaded
//! (`objects::code`), so the dispatch loop can decode and reach registers
//! without bounds checks.
//!
//! What verified code guarantees (each unchecked access in `interp/run.rs`
//! names the guarantee it relies on):
//! - every instruction is complete: its opcode byte is a valid `Opcode` and
//!   all its operands lie inside the bytecode;
//! - the last instruction never falls through (a jump, return or raise), so
//!   running on from an instruction boundary stays inside the bytecode;
//! - every jump target, exception handler and exception range bound lies on
//!   an instruction boundary;
//! - every register operand is below the frame's `register_count`, every
//!   constant index below the number of constants, every name below the
//!   number of interned strings.
//!
//! Registers an instruction reaches *through* an operand (`R[dst+1]` of
//! `LoadMethod`, the arguments of a call, the items of a build) are not
//! covered: the loop indexes those with checks. The one exception is the
//! loop state of `ForNext`, the hottest instruction of a `for` loop: its
//! three registers `R[iter..iter+3]` are all checked to be below
//! `register_count`.
//!
//! The compiler only produces verified code; a failure here is a compiler
//! bug, reported as a SystemError rather than run.

use super::code::CodeInfo;
use super::opcodes::{Instr, Opcode};
use super::operand::Limits;
use alloc::vec;

/// Proof that a code object's bytecode passed `verify`. Only this module
/// makes one, so code data holding one has been verified.
#[derive(Clone, Copy, Debug)]
pub struct Verified(());

/// What is wrong with a code object's bytecode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A byte where an instruction starts is not an opcode.
    BadOpcode,
    /// The last instruction's operands run past the end.
    Truncated,
    /// Execution can run past the last instruction.
    FallsOffEnd,
    /// A register, constant, name or jump target operand is out of range.
    OperandOutOfRange,
    /// An exception-table entry does not fit the bytecode or the frame.
    BadHandler,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// Offset of the offending instruction (or of the end of the code).
    pub offset: usize,
    pub problem: Problem,
}

impl Problem {
    pub fn describe(self) -> &'static str {
        match self {
            Problem::BadOpcode => "not an opcode",
            Problem::Truncated => "instruction runs past the end",
            Problem::FallsOffEnd => "execution runs past the end",
            Problem::OperandOutOfRange => "operand out of range",
            Problem::BadHandler => "bad exception-table entry",
        }
    }
}

/// Instructions after which execution never continues with the next one.
fn never_falls_through(opcode: Opcode) -> bool {
    matches!(
        opcode,
        Opcode::Jump
            | Opcode::Return
            | Opcode::ReturnNone
            | Opcode::Raise
            | Opcode::RaiseFrom
            | Opcode::Reraise
    )
}

/// Whether the registers `instr` reaches through an operand and the loop
/// reads without checks lie in the frame: the loop state of `ForNext`.
fn reached_registers_within(instr: &Instr, registers: usize) -> bool {
    match instr {
        Instr::ForNext(i) => i.iter.index() + 3 <= registers,
        _ => true,
    }
}

/// Check `info`'s bytecode and exception table against its frame size,
/// `consts` constants and `names` interned strings.
pub fn verify(info: &CodeInfo, consts: usize, names: usize) -> Result<Verified, VerifyError> {
    let code = &info.bytecode;
    let fail = |offset, problem| Err(VerifyError { offset, problem });
    // First pass: instruction boundaries.
    let mut starts = vec![false; code.len()];
    let mut pc = 0;
    let mut last = None;
    while pc < code.len() {
        let Some(opcode) = Opcode::from_byte(code[pc]) else {
            return fail(pc, Problem::BadOpcode);
        };
        if pc + opcode.size() > code.len() {
            return fail(pc, Problem::Truncated);
        }
        starts[pc] = true;
        last = Some(opcode);
        pc += opcode.size();
    }
    if !last.is_some_and(never_falls_through) {
        return fail(code.len(), Problem::FallsOffEnd);
    }
    // Second pass: operands.
    let limits = Limits {
        registers: info.register_count as usize,
        consts,
        names,
        starts: &starts,
    };
    let mut pc = 0;
    while let Some(instr) = Instr::decode(code, pc) {
        if !(instr.operands_within(&limits) && reached_registers_within(&instr, limits.registers)) {
            return fail(pc, Problem::OperandOutOfRange);
        }
        pc += instr.size();
    }
    let boundary = |offset: u16| starts.get(offset as usize) == Some(&true);
    for entry in &info.exception_table {
        let end_ok = entry.end as usize == code.len() || boundary(entry.end);
        if !(boundary(entry.start)
            && end_ok
            && boundary(entry.handler)
            && (entry.exc_reg as usize) < limits.registers)
        {
            return fail(entry.start as usize, Problem::BadHandler);
        }
    }
    Ok(Verified(()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::code::ExceptionEntry;
    use crate::bytecode::opcodes::instr;
    use crate::bytecode::operand::{Const, Reg, Target};
    use alloc::vec::Vec;

    fn code_of(instrs: &[Instr], registers: u16) -> CodeInfo {
        let mut bytecode = Vec::new();
        for instr in instrs {
            instr.encode(&mut bytecode);
        }
        CodeInfo {
            bytecode,
            register_count: registers,
            ..CodeInfo::default()
        }
    }

    fn problem(info: &CodeInfo, consts: usize) -> Option<Problem> {
        verify(info, consts, 100).err().map(|e| e.problem)
    }

    const RETURN: Instr = Instr::ReturnNone(instr::ReturnNone {});

    #[test]
    fn accepts_complete_code() {
        let load = Instr::LoadConst(instr::LoadConst {
            dst: Reg(1),
            index: Const(0),
        });
        let back = Instr::Jump(instr::Jump { target: Target(0) });
        assert_eq!(problem(&code_of(&[load, back], 2), 1), None);
        assert_eq!(problem(&code_of(&[RETURN], 0), 0), None);
    }

    #[test]
    fn rejects_out_of_range_operands() {
        let load = Instr::LoadConst(instr::LoadConst {
            dst: Reg(2),
            index: Const(0),
        });
        let info = code_of(&[load, RETURN], 2);
        assert_eq!(problem(&info, 1), Some(Problem::OperandOutOfRange));
        let load = Instr::LoadConst(instr::LoadConst {
            dst: Reg(0),
            index: Const(1),
        });
        let info = code_of(&[load, RETURN], 2);
        assert_eq!(problem(&info, 1), Some(Problem::OperandOutOfRange));
        // Offset 1 is inside the Jump itself.
        let jump = Instr::Jump(instr::Jump { target: Target(1) });
        assert_eq!(
            problem(&code_of(&[jump], 0), 0),
            Some(Problem::OperandOutOfRange)
        );
    }

    #[test]
    fn checks_the_whole_loop_state_of_for_next() {
        let step = |iter| {
            Instr::ForNext(instr::ForNext {
                dst: Reg(0),
                iter: Reg(iter),
                exit: Target(0),
            })
        };
        assert_eq!(problem(&code_of(&[step(1), RETURN], 4), 0), None);
        // R[iter] is in the frame, R[iter+2] is not.
        assert_eq!(
            problem(&code_of(&[step(2), RETURN], 4), 0),
            Some(Problem::OperandOutOfRange)
        );
    }

    #[test]
    fn rejects_bad_bytes_and_fall_through() {
        let mut info = code_of(&[RETURN], 0);
        info.bytecode.push(0xff);
        assert_eq!(problem(&info, 0), Some(Problem::BadOpcode));
        let mut info = code_of(&[RETURN], 1);
        info.bytecode.push(Opcode::LoadNone as u8);
        assert_eq!(problem(&info, 0), Some(Problem::Truncated));
        let info = code_of(&[Instr::LoadNone(instr::LoadNone { dst: Reg(0) })], 1);
        assert_eq!(problem(&info, 0), Some(Problem::FallsOffEnd));
        assert_eq!(problem(&code_of(&[], 0), 0), Some(Problem::FallsOffEnd));
    }

    #[test]
    fn rejects_handlers_off_boundaries() {
        let none = Instr::LoadNone(instr::LoadNone { dst: Reg(0) });
        let mut info = code_of(&[none, RETURN], 1);
        info.exception_table.push(ExceptionEntry {
            start: 0,
            end: 2,
            handler: 1,
            exc_reg: 0,
        });
        assert_eq!(problem(&info, 0), Some(Problem::BadHandler));
        info.exception_table[0].handler = 2;
        assert_eq!(problem(&info, 0), None);
        info.exception_table[0].exc_reg = 1;
        assert_eq!(problem(&info, 0), Some(Problem::BadHandler));
    }
}
