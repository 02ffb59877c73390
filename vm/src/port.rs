//! What a port (unix, qemu-arm, a board) provides to the VM: console output,
//! a clock, a way to read module source, and an interrupt flag. Everything the
//! VM needs from the world outside goes through this trait, so the VM itself
//! stays `no_std`.

use alloc::vec::Vec;

pub trait Port {
    /// Write program output (`print`, `sys.stdout.write`).
    fn write_stdout(&mut self, bytes: &[u8]);
    /// Write diagnostics (tracebacks, `sys.stderr.write`).
    fn write_stderr(&mut self, bytes: &[u8]);
    /// A monotonic microsecond clock; may start anywhere (`ticks_us`, `ticks_ms`).
    fn ticks_us(&mut self) -> u64;
    /// Block for about `us` microseconds.
    fn sleep_us(&mut self, us: u64);
    /// Nanoseconds since the Unix epoch, if the port has a wall clock
    /// (`time.time()`); ports without one return None and `time.time()`
    /// counts from boot instead.
    fn wall_clock_ns(&mut self) -> Option<u64> {
        None
    }
    /// The contents of a file, for `import` and for showing source lines in
    /// tracebacks. Ports without a file system return None.
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
    /// True once if the user asked to interrupt (Ctrl-C) since the last call:
    /// the VM polls it on backward jumps and calls and raises
    /// KeyboardInterrupt.
    fn take_interrupt(&mut self) -> bool {
        false
    }
    /// One line of input for `input()`, with its newline; None at end of
    /// input (EOFError).
    fn read_line(&mut self) -> Option<alloc::string::String> {
        None
    }
    /// A free-running cycle or tick counter (`time.ticks_cpu`).
    fn ticks_cpu(&mut self) -> u64 {
        self.ticks_us()
    }
}
