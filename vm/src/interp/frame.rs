//! Activation records. A frame's registers are a window of the VM's value
//! stack (`Vm::stack[base..base + register_count]`); the frame itself keeps
//! what the dispatch loop needs to resume it and what the collector must
//! see.

use crate::objects::code::CodeData;
use crate::value::Value;
use alloc::rc::Rc;

pub struct Frame {
    /// The running code (shared with the code table, so the dispatch loop
    /// reads bytecode without borrowing the VM).
    pub code: Rc<CodeData>,
    /// The Code object, which keeps `code`'s constants alive.
    pub code_object: Value,
    /// The function being run, or UNBOUND for module code.
    pub function: Value,
    /// The globals dict.
    pub globals: Value,
    /// The locals dict for class bodies and exec/eval with a separate
    /// namespace; UNBOUND otherwise (locals are registers).
    pub locals: Value,
    /// The generator whose frame this is, or UNBOUND.
    pub generator: Value,
    /// For an `__init__` the dispatch loop called to instantiate a class:
    /// the new instance, which the call delivers instead of `__init__`'s
    /// return value (that must be None). UNBOUND for other frames.
    pub constructing: Value,
    /// First register in the VM stack.
    pub base: usize,
    /// Offset of the next instruction to run when this frame resumes (for
    /// a frame that called another: the instruction after the call; while
    /// an exception unwinds: the instruction that raised).
    pub ip: usize,
    /// While this frame waits for a Python callee: the offset of the call
    /// instruction, where an exception from the callee is reported and
    /// handled.
    pub call_ip: usize,
    /// Stack index where the caller wants the return value; unused for an
    /// entry frame.
    pub return_to: usize,
    /// Whether returning from this frame leaves the dispatch loop (the
    /// frame was entered from Rust: a native function calling back into
    /// Python, a generator being resumed, a module being run).
    pub entry: bool,
    /// Stack length that keeps this frame's registers and those of every
    /// frame below it in the same dispatch loop. A callee's window starts
    /// inside its caller's, so when a callee returns the stack is cut back
    /// to the caller's `live_end`, not just to the caller's own window end
    /// (which may lie below an outer frame's). Set when the frame is pushed.
    pub live_end: usize,
}

/// How a run of the dispatch loop ended.
pub enum FrameExit {
    Return(Value),
    /// A generator frame suspended at a yield.
    Yield(Value),
}
