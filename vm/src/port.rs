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
    /// The port's files for `open()`; None (the default) when it has none,
    /// and `open()` raises OSError(ENOSYS).
    fn files(&mut self) -> Option<&mut dyn FilePort> {
        None
    }
    /// The hardware a plugin module drives, asked for by the module's name
    /// ("machine"): an object of the type that module defines (the machine
    /// module's `Box<dyn MachinePort>`), which the module downcasts. The VM
    /// never looks inside, so it knows no hardware API. None (the default):
    /// the port has no such hardware.
    fn device(&mut self, _module: &str) -> Option<&mut dyn core::any::Any> {
        None
    }
}

// ---- files for `open()` (the io module), added by the stdlib work ----

/// How `open()` wants a file opened (from its mode string).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenMode {
    pub read: bool,
    pub write: bool,
    /// Writes go to the end ('a').
    pub append: bool,
    /// Create the file if missing ('w', 'a', 'x').
    pub create: bool,
    /// Empty an existing file ('w').
    pub truncate: bool,
    /// Fail if the file exists ('x').
    pub exclusive: bool,
}

/// Where `file_seek` counts from (`whence` 0, 1, 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeekFrom {
    Start(u64),
    Current(i64),
    End(i64),
}

/// Files for `open()`, by handle number. Every method fails with an errno;
/// the defaults are a port without a file system (ENOSYS), so bare-metal
/// ports leave files out by not implementing this.
pub trait FilePort {
    fn file_open(&mut self, _path: &str, _mode: OpenMode) -> Result<u32, i32> {
        Err(crate::errno::ENOSYS)
    }
    /// Read up to `buffer.len()` bytes; 0 at end of file.
    fn file_read(&mut self, _handle: u32, _buffer: &mut [u8]) -> Result<usize, i32> {
        Err(crate::errno::EBADF)
    }
    /// Write all of `data`.
    fn file_write(&mut self, _handle: u32, _data: &[u8]) -> Result<(), i32> {
        Err(crate::errno::EBADF)
    }
    /// Move the position; returns the new one.
    fn file_seek(&mut self, _handle: u32, _to: SeekFrom) -> Result<u64, i32> {
        Err(crate::errno::EBADF)
    }
    fn file_close(&mut self, _handle: u32) -> Result<(), i32> {
        Err(crate::errno::EBADF)
    }
    /// The names in a directory, without "." and "..", in any order
    /// (`os.listdir`).
    fn list_dir(&mut self, _path: &str) -> Result<Vec<alloc::string::String>, i32> {
        Err(crate::errno::ENOSYS)
    }
    /// What is at `path` (`os.stat`).
    fn stat(&mut self, _path: &str) -> Result<FileStat, i32> {
        Err(crate::errno::ENOSYS)
    }
}

/// What `FilePort::stat` reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileStat {
    pub is_directory: bool,
    /// Bytes, for a file.
    pub size: u64,
    /// Seconds since the Unix epoch of the last change, if known.
    pub modified: u64,
}
