//! The unix port's connection to the world: stdout (buffered, because
//! print-heavy programs would otherwise make a system call per `print`),
//! stderr, the clocks, files for `import`, stdin for `input()`, and the
//! Ctrl-C flag.
//!
//! Ordering rule: stdout is flushed before anything is written to stderr
//! and before input is read, so a terminal or a shared pipe (`2>&1`) sees
//! the two streams in the order the program produced them.

use crate::interrupt;
use std::io::{BufRead, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub struct UnixPort {
    stdout: std::io::BufWriter<std::io::Stdout>,
    /// Flush after every write (the REPL, where output must show at once).
    unbuffered: bool,
    started: Instant,
    files: crate::files::UnixFiles,
    /// The `machine` module's board: simulated pins, made on first use.
    #[cfg(feature = "mod-machine")]
    machine: Option<Box<dyn pyrite_mod_machine::MachinePort>>,
}

/// The unix port's simulated board (docs/differences.md): pins 0 to 63,
/// a nominal clock, and an id that names the port.
#[cfg(feature = "mod-machine")]
fn simulated_board() -> Box<dyn pyrite_mod_machine::MachinePort> {
    Box::new(pyrite_mod_machine::SimulatedBoard::new(
        64,
        100_000_000,
        b"pyrite-unix",
    ))
}

impl UnixPort {
    pub fn new(unbuffered: bool) -> UnixPort {
        UnixPort {
            stdout: std::io::BufWriter::with_capacity(8192, std::io::stdout()),
            unbuffered,
            started: Instant::now(),
            files: Default::default(),
            #[cfg(feature = "mod-machine")]
            machine: None,
        }
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
    }
}

impl Drop for UnixPort {
    fn drop(&mut self) {
        self.flush();
    }
}

impl pyrite_vm::Port for UnixPort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        // A closed pipe (`pyrite x.py | head`) is not the program's error.
        let _ = self.stdout.write_all(bytes);
        if self.unbuffered {
            self.flush();
        }
    }

    fn write_stderr(&mut self, bytes: &[u8]) {
        self.flush();
        let _ = std::io::stderr().write_all(bytes);
    }

    fn ticks_us(&mut self) -> u64 {
        self.started.elapsed().as_micros() as u64
    }

    fn sleep_us(&mut self, us: u64) {
        self.flush();
        // Sleep in slices so that Ctrl-C interrupts a long sleep promptly.
        let deadline = Instant::now() + std::time::Duration::from_micros(us);
        loop {
            let now = Instant::now();
            if now >= deadline || interrupt::pending() {
                return;
            }
            std::thread::sleep((deadline - now).min(std::time::Duration::from_millis(50)));
        }
    }

    fn wall_clock_ns(&mut self) -> Option<u64> {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .ok()
            .map(|d| d.as_nanos() as u64)
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }

    fn take_interrupt(&mut self) -> bool {
        interrupt::take()
    }

    fn files(&mut self) -> Option<&mut dyn pyrite_vm::port::FilePort> {
        // A file written by the program and then read (or a file read
        // after output) sees output in program order.
        self.flush();
        Some(&mut self.files)
    }

    #[cfg(feature = "mod-machine")]
    fn device(&mut self, module: &str) -> Option<&mut dyn std::any::Any> {
        if module != "machine" {
            return None;
        }
        Some(self.machine.get_or_insert_with(simulated_board) as &mut dyn std::any::Any)
    }

    fn read_line(&mut self) -> Option<String> {
        self.flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    }
}
