//! The implementations a benchmark runs on and how each is found, built and
//! invoked: Pyrite (this workspace's `pyrite`), CPython (`PYTHON` or
//! `python3`, resolved to the real binary so a pyenv shim's start-up is not
//! timed), the C twins (`cc -O2 -std=c99`), and MicroPython (`MICROPYTHON`).

use super::programs::Program;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Implementation {
    CPython,
    Pyrite,
    C,
    MicroPython,
}

/// The order runs are interleaved in; CPython first, since its output is
/// the reference the others must match.
pub const ALL: [Implementation; 4] = [
    Implementation::CPython,
    Implementation::Pyrite,
    Implementation::C,
    Implementation::MicroPython,
];

impl Implementation {
    pub fn name(self) -> &'static str {
        match self {
            Implementation::CPython => "cpython",
            Implementation::Pyrite => "pyrite",
            Implementation::C => "c",
            Implementation::MicroPython => "micropython",
        }
    }
}

/// MicroPython's unix port starts with a small heap; the text benchmarks
/// need more (Pyrite's default heap is 512 MiB of reserved memory).
const MICROPYTHON_HEAP: &str = "heapsize=256M";

pub struct Toolchain {
    pub benches_dir: PathBuf,
    pub pyrite: PathBuf,
    pub python: PathBuf,
    pub micropython: Option<PathBuf>,
    /// Where the C programs' executables are.
    pub c_dir: PathBuf,
}

impl Toolchain {
    pub fn has(&self, implementation: Implementation) -> bool {
        implementation != Implementation::MicroPython || self.micropython.is_some()
    }

    /// The command running `program` at `scale`, in benches/; None when
    /// this implementation has no version of it.
    pub fn command(
        &self,
        implementation: Implementation,
        program: &Program,
        scale: u32,
    ) -> Option<Command> {
        let mut command = match implementation {
            Implementation::Pyrite => Command::new(&self.pyrite),
            Implementation::CPython => Command::new(&self.python),
            Implementation::C if program.has_c => Command::new(self.c_dir.join(&program.name)),
            Implementation::C => return None,
            Implementation::MicroPython => {
                let mut command = Command::new(self.micropython.as_ref()?);
                command.args(["-X", MICROPYTHON_HEAP]);
                command
            }
        };
        if implementation != Implementation::C {
            command.arg(program.script());
        }
        command
            .arg(scale.to_string())
            .current_dir(&self.benches_dir);
        Some(command)
    }

    /// `-c pass`: the start-up cost alone. For C, an empty program: what
    /// starting any process costs on this machine (`fork`, `exec`, the
    /// first page faults, exit), which every other start-up figure includes.
    pub fn startup_command(&self, implementation: Implementation) -> Option<Command> {
        let program = match implementation {
            Implementation::Pyrite => &self.pyrite,
            Implementation::CPython => &self.python,
            Implementation::MicroPython => self.micropython.as_ref()?,
            Implementation::C => return Some(Command::new(self.c_dir.join(EMPTY_PROGRAM))),
        };
        let mut command = Command::new(program);
        command.args(["-c", "pass"]);
        Some(command)
    }
}

/// CPython's real executable: `PYTHON` or `python3`, asked for
/// `sys.executable`.
pub fn find_python() -> Result<PathBuf, String> {
    let requested = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let output = Command::new(&requested)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| format!("cannot run {requested} (set PYTHON to CPython 3.11+): {e}"))?;
    let path = String::from_utf8_lossy(&output.stdout).trim().to_string();
    if !output.status.success() || path.is_empty() {
        return Err(format!("{requested} did not report its sys.executable"));
    }
    Ok(PathBuf::from(path))
}

/// `MICROPYTHON`, when set, must name an executable.
pub fn find_micropython() -> Result<Option<PathBuf>, String> {
    match std::env::var_os("MICROPYTHON") {
        None => Ok(None),
        Some(path) if path.is_empty() => Ok(None),
        Some(path) => {
            let path = PathBuf::from(path);
            if path.is_file() {
                Ok(Some(path))
            } else {
                Err(format!("MICROPYTHON={} is not a file", path.display()))
            }
        }
    }
}

/// The start-up baseline's executable in `c_dir`.
const EMPTY_PROGRAM: &str = "empty";

/// Compile every program's C twin into `c_dir`, and the empty program the
/// start-up figures are compared with.
pub fn build_c(benches_dir: &Path, c_dir: &Path, programs: &[Program]) -> Result<(), String> {
    std::fs::create_dir_all(c_dir)
        .map_err(|e| format!("cannot create {}: {e}", c_dir.display()))?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    build_empty_program(&cc, c_dir)?;
    for program in programs.iter().filter(|p| p.has_c) {
        let status = Command::new(&cc)
            .args(["-O2", "-std=c99", "-Wall", "-o"])
            .arg(c_dir.join(&program.name))
            .arg(benches_dir.join(format!("{}.c", program.name)))
            .arg("-lm")
            .status()
            .map_err(|e| format!("cannot run {cc}: {e}"))?;
        if !status.success() {
            return Err(format!(
                "{cc} failed on benches/{}.c ({status})",
                program.name
            ));
        }
    }
    Ok(())
}

/// `int main(void) { return 0; }`, linked statically like `pyrite` (so the
/// baseline has no dynamic loader either) where a static libc is installed.
fn build_empty_program(cc: &str, c_dir: &Path) -> Result<(), String> {
    let source = c_dir.join(format!("{EMPTY_PROGRAM}.c"));
    std::fs::write(&source, "int main(void) { return 0; }\n")
        .map_err(|e| format!("cannot write {}: {e}", source.display()))?;
    let executable = c_dir.join(EMPTY_PROGRAM);
    for linking in [&["-static"][..], &[][..]] {
        let status = Command::new(cc)
            .args(["-O2", "-o"])
            .arg(&executable)
            .args(linking)
            .arg(&source)
            .stderr(std::process::Stdio::null())
            .status()
            .map_err(|e| format!("cannot run {cc}: {e}"))?;
        if status.success() {
            return Ok(());
        }
    }
    Err(format!("{cc} failed on {}", source.display()))
}
