//! The conformance corpus runner shared by every port's tests.
//!
//! The corpus (see tests/README.md) is a tree of Python scripts, each with
//! its expected output beside it in `NAME.py.exp`: the combined stdout and
//! stderr, then a line `[exit N]` if the program exits with a non-zero
//! status. A port's test supplies how to run one script (the unix binary,
//! or firmware under QEMU); this crate finds the scripts, runs them on all
//! cores with a timeout, compares, and prints a diff for every failure.

pub mod diff;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One corpus script.
#[derive(Clone, Debug)]
pub struct Case {
    /// Path relative to the corpus root, with `/` separators (as the
    /// scripts are run and as tracebacks name them).
    pub name: String,
    /// Extra command-line options from a first line `# pyrite-args: ...`.
    pub extra_args: Vec<String>,
    pub expected: String,
}

/// Scripts known to fail, from `tests/known-failures.txt` (one path per
/// line, `#` starts a comment giving the reason). They still run: a known
/// failure that passes is reported, so the list only ever shrinks.
pub fn known_failures(root: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(root.join("known-failures.txt")) else {
        return Vec::new();
    };
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim().to_string())
        .filter(|name| !name.is_empty())
        .collect()
}

/// The repository's `tests/` directory.
pub fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("testkit lives one level below the workspace root")
        .join("tests")
}

/// Every script under `root` that has an `.exp` beside it, sorted; support
/// modules (names starting with `_`) are not tests. `filter` keeps the
/// names containing it.
pub fn discover(root: &Path, filter: Option<&str>) -> Vec<Case> {
    let mut scripts = Vec::new();
    collect_scripts(root, root, &mut scripts);
    scripts.sort();
    scripts
        .into_iter()
        .filter(|name| filter.is_none_or(|f| name.contains(f)))
        .filter_map(|name| load_case(root, &name))
        .collect()
}

/// The cases named in a list file (one path per line relative to `root`,
/// `#` comments), for a port that runs a subset.
pub fn from_list(root: &Path, list: &Path) -> Result<Vec<Case>, String> {
    let text = std::fs::read_to_string(list)
        .map_err(|e| format!("cannot read {}: {e}", list.display()))?;
    let mut cases = Vec::new();
    for line in text.lines() {
        let name = line.split('#').next().unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        cases.push(
            load_case(root, name)
                .ok_or_else(|| format!("{}: no test {name} (or no {name}.exp)", list.display()))?,
        );
    }
    Ok(cases)
}

fn collect_scripts(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            collect_scripts(root, &path, out);
        } else if file_name.ends_with(".py") && !file_name.starts_with('_') {
            if let Ok(relative) = path.strip_prefix(root) {
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

fn load_case(root: &Path, name: &str) -> Option<Case> {
    let expected = std::fs::read_to_string(root.join(format!("{name}.exp"))).ok()?;
    let source = std::fs::read_to_string(root.join(name)).ok()?;
    let extra_args = source
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("# pyrite-args:"))
        .map(|args| args.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    Some(Case {
        name: name.to_string(),
        extra_args,
        expected,
    })
}

/// What running one script produced.
pub struct Outcome {
    /// Combined stdout and stderr, with `[exit N]` appended for a non-zero
    /// status, in the form of an `.exp` file.
    pub output: String,
    pub timed_out: bool,
}

/// Run `command` with stdout and stderr into one pipe (so their order is
/// kept), killing it after `timeout`.
pub fn run_combined(mut command: Command, timeout: Duration) -> Result<Outcome, String> {
    let (mut reader, writer) = std::io::pipe().map_err(|e| format!("pipe: {e}"))?;
    let writer_clone = writer.try_clone().map_err(|e| format!("pipe: {e}"))?;
    command
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(writer_clone);
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))?;
    // The command holds the write ends; drop ours so EOF arrives at exit.
    drop(command);
    let collector = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = reader.read_to_end(&mut bytes);
        bytes
    });
    let started = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > timeout => {
                let _ = child.kill();
                timed_out = true;
                break child.wait().map_err(|e| e.to_string())?;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let bytes = collector.join().unwrap_or_default();
    let mut output = String::from_utf8_lossy(&bytes).into_owned();
    match status.code() {
        Some(0) => {}
        Some(code) => output.push_str(&format!("[exit {code}]\n")),
        None => output.push_str("[killed by a signal]\n"),
    }
    Ok(Outcome { output, timed_out })
}

/// Run every case with `run_one` on all cores, print a line per failure
/// with its diff and a closing `LABEL: N passed, N failed`. A case named in
/// `known_failures` is expected to fail (its failure is listed, not
/// counted) and counts as a failure if it passes. Returns the names of the
/// failures.
pub fn run_all<F>(label: &str, cases: &[Case], known_failures: &[String], run_one: F) -> Vec<String>
where
    F: Fn(&Case) -> Result<Outcome, String> + Sync,
{
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let done = AtomicUsize::new(0);
    let expected_failures = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(index) else {
                    return;
                };
                let report = match run_one(case) {
                    Ok(outcome) if outcome.timed_out => {
                        Some(format!("timed out; output so far:\n{}", outcome.output))
                    }
                    Ok(outcome) if outcome.output == case.expected => None,
                    Ok(outcome) => Some(diff::unified_diff(
                        &format!("{}.exp", case.name),
                        "actual",
                        &case.expected,
                        &outcome.output,
                    )),
                    Err(message) => Some(message),
                };
                let finished = done.fetch_add(1, Ordering::SeqCst) + 1;
                let known = known_failures.contains(&case.name);
                let report = match (report, known) {
                    (Some(_), true) => {
                        expected_failures.fetch_add(1, Ordering::SeqCst);
                        None
                    }
                    (None, true) => {
                        Some("passes now: remove it from tests/known-failures.txt".to_string())
                    }
                    (report, false) => report,
                };
                if let Some(report) = report {
                    eprintln!(
                        "FAIL {label} [{finished}/{}] {}\n{report}",
                        cases.len(),
                        case.name
                    );
                    failures.lock().unwrap().push(case.name.clone());
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    let known = expected_failures.into_inner();
    if known > 0 {
        println!("{label}: {known} known failures (tests/known-failures.txt) failed as expected");
    }
    println!(
        "{label}: {} passed, {} failed",
        cases.len() - failures.len() - known,
        failures.len()
    );
    if !failures.is_empty() {
        println!("{label}: failed: {}", failures.join(" "));
    }
    failures
}
