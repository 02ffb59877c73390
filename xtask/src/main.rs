//! `cargo xtask <command>`: the developer commands that need more than one
//! cargo invocation. `test` is the one command that runs every test.

mod qemu;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("test") => test_all(&root),
        Some("qemu") => qemu::test_qemu(&root),
        _ => {
            eprintln!("usage: cargo xtask test    # every test\n       cargo xtask qemu    # the corpus subset under qemu-system-arm");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
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

/// Run `cargo` with `args` in `root`, failing loudly.
pub fn cargo(root: &Path, args: &[&str]) -> Result<(), String> {
    println!("==> cargo {}", args.join(" "));
    let status = Command::new(env!("CARGO"))
        .args(args)
        .current_dir(root)
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`cargo {}` failed ({status})", args.join(" ")))
    }
}

fn test_all(root: &Path) -> Result<(), String> {
    cargo(root, &["test", "--workspace"])?;
    qemu::test_qemu(root)
}
