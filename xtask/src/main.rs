//! `cargo xtask <command>`: the developer commands that need more than one
//! cargo invocation. `test` is the one command that runs every test; it
//! installs the Rust targets it needs and fails loudly on anything missing.

mod bench;
mod micropython_tests;
mod qemu;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Bare-metal targets the VM must build for (Cortex-M4F and Cortex-M0+).
pub const EMBEDDED_TARGETS: [&str; 2] = ["thumbv7em-none-eabihf", "thumbv6m-none-eabi"];

const USAGE: &str = "\
usage: cargo xtask test   every test: the corpus's expected outputs against CPython,
                          unit tests, the benchmarks' outputs (bench --check),
                          the corpus on unix, the corpus with gc-stress,
                          the VM built for Cortex-M, and the corpus subset under
                          qemu-system-arm
       cargo xtask qemu   only the corpus subset under qemu-system-arm
       cargo xtask micropython-tests MICROPYTHON_CHECKOUT [...]
                          MicroPython's own test suite run with pyrite
                          (--help for its options)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("test") => test_all(&root),
        Some("qemu") => qemu::test_qemu(&root),
        Some("micropython-tests") => micropython_tests::run_micropython_tests(&root, &args[1..]),
        Some("bench") => bench::bench(&root, &args[1..]),
        _ => {
            eprintln!("{USAGE}{}", bench::USAGE);
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => {
            println!("xtask: all steps passed");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("xtask: FAILED: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// Run `program args` in `dir`, failing loudly.
pub fn run(dir: &Path, program: &str, args: &[&str]) -> Result<(), String> {
    println!("==> {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .status()
        .map_err(|e| format!("could not run {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// The CPython interpreter's real path: `python3` on PATH is often a
/// launcher shim (pyenv's costs tens of milliseconds per start).
pub fn real_python() -> Result<String, String> {
    let output = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| format!("could not run python3 (CPython 3.11 is needed): {e}"))?;
    let path = String::from_utf8_lossy(&output.stdout).trim().to_string();
    if !output.status.success() || path.is_empty() {
        return Err("python3 did not report its executable".into());
    }
    Ok(path)
}

/// Run cargo (the one running this xtask) in `dir`.
pub fn cargo(dir: &Path, args: &[&str]) -> Result<(), String> {
    run(dir, env!("CARGO"), args)
}

fn test_all(root: &Path) -> Result<(), String> {
    let mut add_targets = vec!["target", "add"];
    add_targets.extend(EMBEDDED_TARGETS);
    run(root, "rustup", &add_targets).map_err(|e| {
        format!("{e}: the bare-metal targets are needed to test the embedded build")
    })?;
    // The expected outputs must be what CPython prints (hand-written ones
    // under tests/pyrite/ aside).
    run(root, "python3", &["tests/gen_expected.py", "--check"])
        .map_err(|e| format!("{e}: a .exp file no longer matches CPython's output"))?;
    cargo(root, &["test", "--workspace"])?;
    // The benchmarks must print the same on Pyrite, CPython and C.
    bench::bench(root, &["--check".to_string()])?;
    cargo(
        root,
        &[
            "test",
            "-p",
            "pyrite-unix",
            "--features",
            "gc-stress",
            "--test",
            "corpus",
        ],
    )?;
    for target in EMBEDDED_TARGETS {
        cargo(
            root,
            &["build", "-p", "pyrite-vm", "--release", "--target", target],
        )?;
    }
    qemu::test_qemu(root)
}
