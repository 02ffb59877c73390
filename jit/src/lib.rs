//! Native code emitters: the interface one generic emitter will drive over
//! small per-architecture assemblers (x86-64 and AArch64 on the host
//! through `dynasmrt`; Thumb-2 and Xtensa through Pyrite's own encoders).
//!
//! Nothing emits code yet. The contract with the VM is already fixed by
//! its design: a frame's registers are a contiguous array of `Value`s, and
//! every runtime operation (binary op, attribute load, call, iteration
//! step) is a plain Rust function over `&mut Vm` that generated code can
//! call, so an emitter only has to lower bytecode instructions into loads,
//! stores, tag checks for the small-int fast paths, and calls.
//!
//! Which functions to compile the compiler marks: `CodeFlags::NATIVE` for
//! `@micropython.native` (Python semantics, any instruction) and, with it,
//! `CodeFlags::VIPER` for `@micropython.viper`, whose typed lowering
//! (`pyrite_vm::bytecode::word`) already decided every register's type:
//! `IntOp`/`UintOp`/`IntCompare`/`UintCompare`/`WordUnary` are single
//! machine instructions on raw words, `PtrLoad`/`PtrStore` a bounds check
//! and a load or store, `ToNative` the unboxing at entry and at casts.
//! On the bytecode VM those registers hold the canonical boxed Values, so
//! an emitter boxes a word only where object code reads it.

#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use pyrite_vm::bytecode::CodeInfo;

/// The instruction sets Pyrite targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Architecture {
    X86_64,
    AArch64,
    /// Cortex-M (Thumb-2).
    Thumb2,
    /// ESP32 (windowed Xtensa).
    Xtensa,
}

/// Why a function could not be compiled to machine code (the VM then
/// keeps running it as bytecode rather than failing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmitError {
    /// The function uses an instruction this emitter does not lower yet.
    Unsupported(&'static str),
    /// The architecture has no emitter in this build.
    NoEmitter(Architecture),
}

/// Machine code for one function plus where its call sites into the
/// runtime need patching when the code is placed in memory.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NativeCode {
    pub bytes: Vec<u8>,
    /// Offsets of absolute addresses to runtime functions.
    pub relocations: Vec<usize>,
}

/// What each per-architecture back end provides.
pub trait Emitter {
    fn architecture(&self) -> Architecture;
    /// Translate a compiled function (`@micropython.native` /
    /// `@micropython.viper`) into machine code.
    fn emit_function(&mut self, code: &CodeInfo) -> Result<NativeCode, EmitError>;
}
