//! The vocabulary of viper code (`@micropython.viper`): the types the
//! compiler gives locals and expressions, and the machine-word operations
//! its typed opcodes (`ToNative`, `IntOp`, `UintOp`, `IntCompare`,
//! `UintCompare`, `WordUnary`, `PtrLoad`, `PtrStore`) carry as a `Byte`.
//!
//! A machine word is `isize`/`usize` of the target: 64 bits on a 64-bit
//! host, 32 on a Cortex-M. On the bytecode VM a typed register still holds
//! a Value, kept *canonical* for its type: an `int` register holds a Python
//! int in `isize` range, a `uint` or pointer register an int in `usize`
//! range, a `bool` register True or False. So a typed value is already the
//! object MicroPython would box it to, and passing it to object code needs
//! no conversion; a native emitter keeps the same registers as raw words
//! and boxes at exactly the places where the compiler leaves typed code.

/// The type of a viper local or expression.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VType {
    /// A Python object (the default; what untyped code handles).
    Object,
    Bool,
    /// A signed machine word; arithmetic wraps.
    Int,
    /// An unsigned machine word; arithmetic wraps.
    Uint,
    /// An address without an element size (cannot be indexed).
    Ptr,
    /// Addresses of 8, 16 and 32-bit elements: `p[i]` loads and stores.
    Ptr8,
    Ptr16,
    Ptr32,
    /// The constant `None` (MicroPython's "ptr_none"): 0 as a word.
    None,
}

impl VType {
    const ALL: [VType; 9] = [
        VType::Object,
        VType::Bool,
        VType::Int,
        VType::Uint,
        VType::Ptr,
        VType::Ptr8,
        VType::Ptr16,
        VType::Ptr32,
        VType::None,
    ];

    pub fn from_byte(byte: u8) -> Option<VType> {
        VType::ALL.get(byte as usize).copied()
    }

    /// The type an annotation or cast names (`int`, `ptr8`, ...).
    pub fn from_name(name: &str) -> Option<VType> {
        Some(match name {
            "object" => VType::Object,
            "bool" => VType::Bool,
            "int" => VType::Int,
            "uint" => VType::Uint,
            "ptr" => VType::Ptr,
            "ptr8" => VType::Ptr8,
            "ptr16" => VType::Ptr16,
            "ptr32" => VType::Ptr32,
            _ => return None,
        })
    }

    /// The name in error messages.
    pub fn name(self) -> &'static str {
        match self {
            VType::Object => "object",
            VType::Bool => "bool",
            VType::Int => "int",
            VType::Uint => "uint",
            VType::Ptr => "ptr",
            VType::Ptr8 => "ptr8",
            VType::Ptr16 => "ptr16",
            VType::Ptr32 => "ptr32",
            VType::None => "None",
        }
    }

    /// A machine word that arithmetic applies to.
    pub fn is_integer(self) -> bool {
        matches!(self, VType::Int | VType::Uint)
    }

    pub fn is_pointer(self) -> bool {
        matches!(self, VType::Ptr | VType::Ptr8 | VType::Ptr16 | VType::Ptr32)
    }

    /// The size in bytes of what `p[i]` reaches, for the indexable pointers.
    pub fn element_size(self) -> Option<u8> {
        match self {
            VType::Ptr8 => Some(1),
            VType::Ptr16 => Some(2),
            VType::Ptr32 => Some(4),
            _ => None,
        }
    }
}

/// A binary machine-word operation (`IntOp`, `UintOp`); `IntOp` shifts
/// right arithmetically, `UintOp` logically. Floor division and modulo
/// exist for `int` only.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl WordOp {
    const ALL: [WordOp; 10] = [
        WordOp::Add,
        WordOp::Sub,
        WordOp::Mul,
        WordOp::FloorDiv,
        WordOp::Mod,
        WordOp::LShift,
        WordOp::RShift,
        WordOp::And,
        WordOp::Or,
        WordOp::Xor,
    ];

    pub fn from_byte(byte: u8) -> Option<WordOp> {
        WordOp::ALL.get(byte as usize).copied()
    }
}

/// A machine-word comparison (`IntCompare` signed, `UintCompare` unsigned).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordCompare {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl WordCompare {
    const ALL: [WordCompare; 6] = [
        WordCompare::Lt,
        WordCompare::Le,
        WordCompare::Eq,
        WordCompare::Ne,
        WordCompare::Gt,
        WordCompare::Ge,
    ];

    pub fn from_byte(byte: u8) -> Option<WordCompare> {
        WordCompare::ALL.get(byte as usize).copied()
    }
}

/// A unary machine-word operation (`WordUnary`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordUnaryOp {
    /// Two's complement negation of an `int`.
    IntNeg,
    IntInvert,
    /// The same on a `uint` (the result is again in `0..2**bits`).
    UintNeg,
    UintInvert,
}

impl WordUnaryOp {
    const ALL: [WordUnaryOp; 4] = [
        WordUnaryOp::IntNeg,
        WordUnaryOp::IntInvert,
        WordUnaryOp::UintNeg,
        WordUnaryOp::UintInvert,
    ];

    pub fn from_byte(byte: u8) -> Option<WordUnaryOp> {
        WordUnaryOp::ALL.get(byte as usize).copied()
    }
}
