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
    fn write(self, out: &mut Vec<u8>);
}

macro_rules! byte_operand {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u8);

        impl Operand for $name {
            const SIZE: usize = 1;
            #[inline(always)]
            fn read(code: &[u8], at: usize) -> Self {
                $name(code[at])
            }
            fn write(self, out: &mut Vec<u8>) {
                out.push(self.0);
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
    ($(#[$doc:meta])* $name:ident, $ty:ty, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub $ty);

        impl Operand for $name {
            const SIZE: usize = 2;
            #[inline(always)]
            fn read(code: &[u8], at: usize) -> Self {
                $name(<$ty>::from_le_bytes([code[at], code[at + 1]]))
            }
            fn write(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.0.to_le_bytes());
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
    "r"
);
byte_operand!(
    /// A small count (arguments, items).
    Count,
    "#"
);
byte_operand!(
    /// A small operand whose meaning the opcode defines (flags, an operator).
    Byte,
    "$"
);
word_operand!(
    /// An index into the code object's constants: `K[n]`.
    Const,
    u16,
    "k"
);
word_operand!(
    /// An interned string (qstr) id, for names.
    Name,
    u16,
    "q"
);
word_operand!(
    /// An absolute bytecode offset in the same code object.
    Target,
    u16,
    "@"
);
word_operand!(
    /// A signed 16-bit immediate.
    Imm,
    i16,
    ""
);

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
