//! The conformance corpus (tests/ at the repository root) run through the
//! `pyrite` binary: every script's combined output must equal its `.exp`.
//! Built with `--features gc-stress`, this runs the same corpus with a
//! collection before every allocation.
//!
//! `PYRITE_TESTS=substring` runs only the scripts whose path contains it.

use pyrite_testkit::{corpus_root, discover, known_failures, run_all, run_combined, Case};
use std::process::Command;
use std::time::Duration;

/// A script that takes longer than this is a failure (a hang is a bug).
/// gc-stress collects before every allocation, so it gets much longer.
const TIMEOUT: Duration = Duration::from_secs(if cfg!(feature = "gc-stress") { 300 } else { 30 });

#[test]
fn corpus() {
    let root = corpus_root();
    let filter = std::env::var("PYRITE_TESTS").ok();
    let cases = discover(&root, filter.as_deref());
    assert!(
        !cases.is_empty(),
        "no corpus scripts found under {}",
        root.display()
    );
    let run_one = |case: &Case| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_pyrite"));
        command
            .args(&case.extra_args)
            .arg(&case.name)
            .current_dir(&root);
        run_combined(command, TIMEOUT)
    };
    let label = if cfg!(feature = "gc-stress") {
        "corpus (gc-stress)"
    } else {
        "corpus"
    };
    let failures = run_all(label, &cases, &known_failures(&root), run_one);
    assert!(
        failures.is_empty(),
        "{} of {} corpus scripts failed: {}",
        failures.len(),
        cases.len(),
        failures.join(" ")
    );
}
