//! The register bytecode: the opcode table that defines it, its operand
//! kinds, the code units the compiler produces, the assembler the compiler
//! emits through, the disassembler, and the verifier that
//! checks code once so the dispatch loop can skip bounds checks.

pub mod assemble;
pub mod code;
pub mod disasm;
pub mod opcodes;
pub mod operand;
pub mod verify;
pub mod word;

pub use code::{CodeFlags, CodeInfo, CodeUnit, Constant, ExceptionEntry, LineTable, Location};
pub use opcodes::{instr, BinaryOp, FormatFlags, Instr, MakeFunctionFlags, Opcode};
pub use operand::{Byte, Const, Count, Imm, Name, Operand, Reg, Target};
pub use word::{VType, WordCompare, WordOp, WordUnaryOp};
