//! `cargo xtask qemu`: the corpus subset listed in `tests/qemu.list`, run
//! on the bare-metal firmware (`ports/qemu-arm`) under `qemu-system-arm`.
//!
//! Steps: make sure QEMU is installed (a missing emulator is a failure,
//! never a skip), build the firmware in its own workspace with a cleaned
//! environment (variables that the outer `cargo run` or the user set for
//! host builds would otherwise redirect or break the cross build), then run
//! each listed script on two worker threads. A run boots the firmware with
//! the script's path (relative to `tests/`, the working directory) on the
//! semihosting command line; the UART carries stdout and tracebacks as one
//! stream, and the semihosting exit status is QEMU's. The stream, plus a
//! last line `[exit N]` for a non-zero status, must equal `<script>.exp`
//! byte for byte (the corpus convention, see tests/README.md). A run that
//! exceeds the timeout is killed and fails. Failures show a unified-style
//! line diff (testkit's).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const QEMU: &str = "qemu-system-arm";
const TARGET: &str = "thumbv7em-none-eabihf";
const FIRMWARE: &str = "pyrite-qemu-arm";
const WORKERS: usize = 2;
const DEFAULT_TIMEOUT_SECS: u64 = 30;

/// Exit statuses the firmware uses for its own failures (ports/qemu-arm/src/fault.rs).
const FIRMWARE_FAILURES: [(i32, &str); 3] = [
    (101, "the firmware panicked (a VM bug)"),
    (102, "the firmware's stack overflowed"),
    (103, "the firmware faulted"),
];

pub fn test_qemu(root: &Path) -> Result<(), String> {
    check_qemu()?;
    let firmware = build_firmware(root)?;
    let tests_dir = root.join("tests");
    // PYRITE_QEMU_LIST names another list (e.g. candidates for qemu.list).
    let list_path = std::env::var_os("PYRITE_QEMU_LIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| tests_dir.join("qemu.list"));
    let list = read_list(&list_path)?;
    if list.is_empty() {
        return Err("tests/qemu.list lists no scripts".into());
    }
    let timeout = Duration::from_secs(
        std::env::var("PYRITE_QEMU_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(DEFAULT_TIMEOUT_SECS),
    );
    println!(
        "==> qemu: {} scripts on {WORKERS} threads (timeout {} s)",
        list.len(),
        timeout.as_secs()
    );

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..list.len()).map(|_| None).collect());
    let finished = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(script) = list.get(index) else {
                    break;
                };
                let outcome = run_test(&firmware, &tests_dir, script, timeout);
                let done = finished.fetch_add(1, Ordering::SeqCst) + 1;
                let verdict = match &outcome {
                    Outcome::Pass => "ok".to_string(),
                    Outcome::Fail { reason, .. } => format!("FAIL ({reason})"),
                };
                {
                    let mut out = std::io::stdout().lock();
                    let _ = writeln!(out, "[{done}/{}] {script} ... {verdict}", list.len());
                }
                results.lock().unwrap()[index] = Some(outcome);
            });
        }
    });

    let results = results.into_inner().unwrap();
    let mut passed = 0;
    let mut failed = Vec::new();
    for (script, outcome) in list.iter().zip(results) {
        match outcome.expect("every test ran") {
            Outcome::Pass => passed += 1,
            Outcome::Fail { reason, detail } => {
                println!("\n---- {script}: {reason}");
                print!("{detail}");
                failed.push(script.clone());
            }
        }
    }
    println!("qemu: {passed} passed, {} failed", failed.len());
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("qemu tests failed: {}", failed.join(", ")))
    }
}

pub(crate) fn check_qemu() -> Result<(), String> {
    let found = Command::new(QEMU)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|status| status.success())
        .unwrap_or(false);
    if found {
        Ok(())
    } else {
        Err(format!(
            "`{QEMU}` is not on PATH; the qemu-arm tests need it: `apt-get install qemu-system-arm` (Debian/Ubuntu)"
        ))
    }
}

/// Build the firmware and return the path of its ELF file.
pub(crate) fn build_firmware(root: &Path) -> Result<PathBuf, String> {
    let port = root.join("ports").join("qemu-arm");
    let target_dir = port.join("target");
    println!("==> cargo build --release (in ports/qemu-arm, target {TARGET})");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["build", "--release", "--target", TARGET, "--target-dir"])
        .arg(&target_dir)
        .current_dir(&port);
    // The outer `cargo run` describes the xtask package to its child, and
    // a user may have set flags for host builds: none of that applies to
    // the firmware (RUSTFLAGS would even replace the linker script
    // arguments of ports/qemu-arm/.cargo/config.toml).
    for (name, _) in std::env::vars_os() {
        let Some(name) = name.to_str() else { continue };
        let misleading = name.starts_with("CARGO_BUILD_")
            || name.starts_with("CARGO_TARGET_")
            || name.starts_with("CARGO_PROFILE_")
            || name.starts_with("CARGO_PKG_")
            || name.starts_with("CARGO_BIN_")
            || name.starts_with("CARGO_CFG_")
            || matches!(
                name,
                "CARGO_MANIFEST_DIR"
                    | "CARGO_MANIFEST_PATH"
                    | "CARGO_CRATE_NAME"
                    | "CARGO_PRIMARY_PACKAGE"
                    | "CARGO_ENCODED_RUSTFLAGS"
                    | "RUSTFLAGS"
                    | "RUSTDOCFLAGS"
                    | "OUT_DIR"
            );
        if misleading {
            command.env_remove(name);
        }
    }
    let status = command
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building the qemu-arm firmware failed ({status})"));
    }
    let elf = target_dir.join(TARGET).join("release").join(FIRMWARE);
    if !elf.is_file() {
        return Err(format!(
            "the firmware was built but {} is missing",
            elf.display()
        ));
    }
    report_size(&elf);
    Ok(elf)
}

/// Print the firmware's section sizes when binutils for Arm are installed.
fn report_size(elf: &Path) {
    let Ok(output) = Command::new("arm-none-eabi-size").arg(elf).output() else {
        return;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    if let Some(line) = text.lines().nth(1) {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() >= 3 {
            println!(
                "==> firmware: text {} bytes, data {}, bss {}",
                fields[0], fields[1], fields[2]
            );
        }
    }
}

/// The scripts of `qemu.list`: one path relative to tests/ per line;
/// blank lines and `#` comments are ignored.
fn read_list(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(String::from)
        .collect())
}

enum Outcome {
    Pass,
    Fail { reason: String, detail: String },
}

fn fail(reason: impl Into<String>, detail: impl Into<String>) -> Outcome {
    Outcome::Fail {
        reason: reason.into(),
        detail: detail.into(),
    }
}

fn run_test(firmware: &Path, tests_dir: &Path, script: &str, timeout: Duration) -> Outcome {
    let exp_path = tests_dir.join(format!("{script}.exp"));
    let expected = match std::fs::read(&exp_path) {
        Ok(bytes) => bytes,
        Err(e) => {
            return fail(
                "no expected output",
                format!("{}: {e}\n", exp_path.display()),
            )
        }
    };
    if !tests_dir.join(script).is_file() {
        return fail(
            "script missing",
            format!("{}\n", tests_dir.join(script).display()),
        );
    }
    let run = match run_firmware(firmware, tests_dir, script, timeout) {
        Ok(run) => run,
        Err(message) => return fail("could not run qemu", format!("{message}\n")),
    };
    if run.timed_out {
        return fail(
            format!("timed out after {} s", timeout.as_secs()),
            format!(
                "output so far:\n{}{}",
                String::from_utf8_lossy(&run.stdout),
                qemu_stderr(&run.stderr)
            ),
        );
    }
    let Some(status) = run.status else {
        return fail(
            "qemu was killed by a signal",
            qemu_stderr(&run.stderr).to_string(),
        );
    };
    let mut actual = run.stdout;
    if status != 0 {
        if !actual.is_empty() && !actual.ends_with(b"\n") {
            actual.push(b'\n');
        }
        actual.extend_from_slice(format!("[exit {status}]\n").as_bytes());
    }
    if actual == expected {
        return Outcome::Pass;
    }
    let reason = FIRMWARE_FAILURES
        .iter()
        .find(|(code, _)| *code == status)
        .map(|(_, what)| what.to_string())
        .unwrap_or_else(|| "output differs".to_string());
    let expected_text = String::from_utf8_lossy(&expected);
    let actual_text = String::from_utf8_lossy(&actual);
    let mut detail = pyrite_testkit::diff::unified_diff(
        &format!("{script}.exp"),
        "qemu output",
        &expected_text,
        &actual_text,
    );
    detail.push_str(&qemu_stderr(&run.stderr));
    fail(reason, detail)
}

fn qemu_stderr(stderr: &[u8]) -> String {
    if stderr.is_empty() {
        String::new()
    } else {
        format!("qemu stderr:\n{}\n", String::from_utf8_lossy(stderr))
    }
}

pub(crate) struct Run {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The exit status; None when QEMU died of a signal.
    pub status: Option<i32>,
    pub timed_out: bool,
}

/// Boot the firmware on `script` (relative to `tests_dir`, the working
/// directory) and collect what it prints, killing QEMU after `timeout`.
pub(crate) fn run_firmware(
    firmware: &Path,
    tests_dir: &Path,
    script: &str,
    timeout: Duration,
) -> Result<Run, String> {
    // Commas separate -semihosting-config options; a literal one is doubled.
    let semihosting = format!(
        "enable=on,target=native,arg=pyrite,arg={}",
        script.replace(',', ",,")
    );
    let mut child = Command::new(QEMU)
        .args(["-M", "mps2-an386", "-nographic", "-monitor", "none"])
        .args(["-serial", "stdio", "-semihosting-config"])
        .arg(&semihosting)
        .arg("-kernel")
        .arg(firmware)
        .current_dir(tests_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {QEMU}: {e}"))?;
    let stdout = child.stdout.take().expect("piped");
    let stderr = child.stderr.take().expect("piped");
    let stdout_reader = std::thread::spawn(move || read_all(stdout));
    let stderr_reader = std::thread::spawn(move || read_all(stderr));
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| format!("waiting for qemu: {e}"))?;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for qemu: {e}")),
        }
    };
    let stdout = stdout_reader.join().unwrap_or_default();
    let stderr = stderr_reader.join().unwrap_or_default();
    Ok(Run {
        stdout,
        stderr,
        status: status.code(),
        timed_out,
    })
}

fn read_all(mut source: impl Read) -> Vec<u8> {
    let mut bytes = Vec::new();
    let _ = source.read_to_end(&mut bytes);
    bytes
}
