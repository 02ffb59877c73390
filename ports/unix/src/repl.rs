//! The interactive prompt: `>>>` for a new entry, `...` while the entry is
//! unfinished (the compiler says so: an open bracket, a compound statement
//! not yet ended by a blank line). Ctrl-D at the prompt exits; Ctrl-C at
//! the prompt discards the entry, and while code runs raises
//! KeyboardInterrupt inside it (the VM polls the flag).

use crate::interrupt;
use pyrite_vm::{ReplOutcome, Vm};
use std::io::{BufRead, ErrorKind};

/// One line read from the terminal.
enum Line {
    Text(String),
    Interrupted,
    EndOfInput,
}

/// Read a line, returning early if Ctrl-C arrives while waiting (SIGINT is
/// installed without SA_RESTART, so the blocking read fails with EINTR).
fn read_line() -> Line {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut line = Vec::new();
    loop {
        let available = match input.fill_buf() {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == ErrorKind::Interrupted => {
                if interrupt::take() {
                    return Line::Interrupted;
                }
                continue;
            }
            Err(_) => return Line::EndOfInput,
        };
        if available.is_empty() {
            return if line.is_empty() {
                Line::EndOfInput
            } else {
                Line::Text(String::from_utf8_lossy(&line).into_owned())
            };
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(end) => {
                line.extend_from_slice(&available[..=end]);
                input.consume(end + 1);
                return Line::Text(String::from_utf8_lossy(&line).into_owned());
            }
            None => {
                let count = available.len();
                line.extend_from_slice(available);
                input.consume(count);
            }
        }
    }
}

/// Run the REPL until end of input or `sys.exit()`; returns the exit status.
pub fn run(vm: &mut Vm) -> i32 {
    vm.write_stdout(
        format!(
            "Pyrite {} on {}; Ctrl-D to exit\n",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS
        )
        .as_bytes(),
    );
    let mut entry = String::new();
    loop {
        vm.write_stdout(if entry.is_empty() { b">>> " } else { b"... " });
        match read_line() {
            Line::EndOfInput => {
                vm.write_stdout(b"\n");
                return 0;
            }
            Line::Interrupted => {
                vm.write_stdout(b"\nKeyboardInterrupt\n");
                entry.clear();
            }
            Line::Text(line) => {
                entry.push_str(&line);
                if !entry.ends_with('\n') {
                    entry.push('\n');
                }
                // A stale Ctrl-C from the prompt must not interrupt the entry.
                interrupt::take();
                match vm.run_repl_entry(&entry) {
                    ReplOutcome::Incomplete => {}
                    ReplOutcome::Done => entry.clear(),
                    ReplOutcome::Exit(status) => return status,
                }
            }
        }
    }
}
