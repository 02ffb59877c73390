//! The embedding API: what a port calls to create a VM and run programs.
//! (Placeholder while the interpreter is written: it only reports that it
//! cannot run anything yet. The signatures are the contract ports build on.)

use crate::port::Port;
use alloc::boxed::Box;

/// How a top-level run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunOutcome {
    /// The program ran to its end.
    Completed,
    /// An exception escaped; its traceback has been written to stderr.
    Raised,
    /// `SystemExit` (or `sys.exit`) with this status.
    Exit(i32),
}

pub struct Vm {
    port: Box<dyn Port>,
}

impl Vm {
    /// `heap` is the memory the garbage-collected heap manages; nothing else
    /// is put there and it is never grown.
    pub fn new(_heap: &'static mut [usize], port: Box<dyn Port>) -> Vm {
        Vm { port }
    }

    /// Compile and run `source` as the `__main__` module.
    pub fn run_main(&mut self, _source: &str, _filename: &str) -> RunOutcome {
        self.port
            .write_stderr(b"pyrite: the interpreter is not built yet\n");
        RunOutcome::Raised
    }
}
