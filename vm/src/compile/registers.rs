//! Register allocation for one code unit.
//!
//! The layout of a frame is decided before any code is generated:
//! parameters first (where the caller's arguments land), then the other
//! locals (one fixed register each, for the whole function), then the cells
//! of free variables (copied from the closure when the frame starts), and
//! above all of them the temporaries. Temporaries are allocated and
//! released like a stack: `mark` remembers the top, `release` pops back to
//! it. That discipline is what makes calls work without copying arguments:
//! a callee and its arguments are allocated last, so they are the highest
//! live registers and the callee's frame can start right above them.

use crate::bytecode::Reg;

/// Registers a frame may use (operands are one byte).
pub const MAX_REGISTERS: u16 = 255;

/// The allocator of one code unit.
pub struct Registers {
    /// The first register that is not a parameter, local or cell.
    first_temp: u16,
    /// The next free temporary.
    next: u16,
    /// The high-water mark: how many registers the frame needs.
    high: u16,
}

/// The allocator ran out of registers.
#[derive(Debug)]
pub struct Exhausted;

impl Registers {
    /// An allocator whose temporaries start above `fixed` registers.
    pub fn new(fixed: u16) -> Registers {
        Registers {
            first_temp: fixed,
            next: fixed,
            high: fixed,
        }
    }

    /// A fresh temporary at the top.
    pub fn alloc(&mut self) -> Result<Reg, Exhausted> {
        if self.next >= MAX_REGISTERS {
            return Err(Exhausted);
        }
        let reg = Reg(self.next as u8);
        self.next += 1;
        self.high = self.high.max(self.next);
        Ok(reg)
    }

    /// `count` consecutive fresh temporaries; the first of them.
    pub fn alloc_many(&mut self, count: u16) -> Result<Reg, Exhausted> {
        if self.next + count > MAX_REGISTERS {
            return Err(Exhausted);
        }
        let reg = Reg(self.next as u8);
        self.next += count;
        self.high = self.high.max(self.next);
        Ok(reg)
    }

    /// The current top, to `release` back to.
    pub fn mark(&self) -> u16 {
        self.next
    }

    /// Free every temporary allocated since `mark`.
    pub fn release(&mut self, mark: u16) {
        debug_assert!(mark >= self.first_temp && mark <= self.next);
        self.next = mark;
    }

    /// Whether `reg` is a temporary (not a parameter, local or cell).
    pub fn is_temp(&self, reg: Reg) -> bool {
        reg.0 as u16 >= self.first_temp
    }

    /// Registers the frame needs.
    pub fn count(&self) -> u16 {
        self.high
    }
}
