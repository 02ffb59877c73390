//! Operand kinds of the register bytecode. Each kind knows its encoded size,
//! how to read and write itself, and how the disassembler prints it; the
//! opcode table (`opcodes.rs`) names a kind for every operand.

use alloc::vec::Vec;
use core::fmt;

/// Implemented by every operand kind.
pub trait Operand: Copy + fmt::Display {
    /// Encoded size in bytes.
    const SIZE: usize;
    /// Read the operand at `at`. The caller guarantees `at + SIZE <= code.len()`
    /// (the compiler only emits complete instructions).
    fn read(code: &[u8], at: usize) -> Self;
    /// `read` without bounds checks, for the dispatch loop.
    ///
    /// # Safety
    /// `at + SIZE <= code.len()`: true of every operand of verified code
    /// (`verify.rs` checks that each instruction is complete).
    unsafe fn read_unchecked(code: &[u8], at: usize) -> Self;
    fn write(self, out: &mut Vec<u8>);
    /// Whether the operand is in range for its code object (a register of
    /// the frame, an existing constant or name, an instruction boundary).
    fn within(self, limits: &Limits) -> bool;
}

/// What the operands of one code object may refer to (`verify.rs`).
pub struct Limits<'a> {
    pub registers: usize,
    pub consts: usize,
    pub names: usize,
    /// `starts[offset]`: an instruction starts at `offset`.
    pub starts: &'a [bool],
}

macro_rules! byte_operand {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, $within:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u8);

        impl Operand for $name {
            const SIZE: usize = 1;
            #[inline(always)]
            fn read(code: &[u8], at: usize) -> Self {
                $name(code[at])
            }
            #[inline(always)]
            unsafe fn read_unchecked(code: &[u8], at: usize) -> Self {
                debug_assert!(at < code.len());
                // SAFETY: the caller guarantees `at < code.len()`.
                $name(unsafe { *code.get_unchecked(at) })
            }
            fn write(self, out: &mut Vec<u8>) {
                out.push(self.0);
            }
            fn within(self, limits: &Limits) -> bool {
                $within(self.0 as usize, limits)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }

        impl $name {
            #[inline(always)]
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

macro_rules! word_operand {
    ($(#[$doc:meta])* $name:ident, $ty:ty, $prefix:literal, $within:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub $ty);

        impl Operand for $name {
            const SIZE: usize = 2;
            #[inline(always)]
            fn read(code: &[u8], at: usize) -> Self {
                $name(<$ty>::from_le_bytes([code[at], code[at + 1]]))
            }
            #[inline(always)]
            unsafe fn read_unchecked(code: &[u8], at: usize) -> Self {
                debug_assert!(at + 2 <= code.len());
                // SAFETY: the caller guarantees `at + 2 <= code.len()`; an
                // unaligned read of two bytes.
                let bytes = unsafe { code.as_ptr().add(at).cast::<[u8; 2]>().read_unaligned() };
                $name(<$ty>::from_le_bytes(bytes))
            }
            fn write(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.0.to_le_bytes());
            }
            fn within(self, limits: &Limits) -> bool {
                $within(self.0 as usize, limits)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

byte_operand!(
    /// A register of the current frame: `R[n]`.
    Reg,
    "r",
    |r: usize, limits: &Limits| r < limits.registers
);
byte_operand!(
    /// A small count (arguments, items).
    Count,
    "#",
    |_, _: &Limits| true
);
byte_operand!(
    /// A small operand whose meaning the opcode defines (flags, an operator).
    Byte,
    "$",
    |_, _: &Limits| true
);
word_operand!(
    /// An index into the code object's constants: `K[n]`.
    Const,
    u16,
    "k",
    |k: usize, limits: &Limits| k < limits.consts
);
word_operand!(
    /// An interned string (qstr) id, for names.
    Name,
    u16,
    "q",
    |q: usize, limits: &Limits| q < limits.names
);
word_operand!(
    /// An absolute bytecode offset in the same code object.
    Target,
    u16,
    "@",
    |t: usize, limits: &Limits| limits.starts.get(t) == Some(&true)
);
word_operand!(
    /// A signed 16-bit immediate.
    Imm,
    i16,
    "",
    |_, _: &Limits| true
);

/// The first register of a run `R[base..base+count]` that an instruction
/// reaches by its count (builds, unpacking, `MakeFunction`'s optional
/// values). The run may be empty, so the register may equal the frame
/// size: the verifier allows that (`opcodes.rs`, `operand_within!`), and
/// the loop reaches the run through checked indexing only.
pub type Regs = Reg;

impl Const {
    #[inline(always)]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl Target {
    #[inline(always)]
    pub fn offset(self) -> usize {
        self.0 as usize
    }
}
