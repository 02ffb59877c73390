//! `cargo xtask micropython-tests`: run MicroPython's own test suite
//! (`tests/run-tests.py` from a MicroPython checkout the developer supplies)
//! with `pyrite` as the binary under test, and, when a MicroPython binary is
//! given, with MicroPython too, then count per directory how many of the
//! tests MicroPython passes Pyrite passes as well.
//!
//! The checkout is never modified. Its `tests/` directory is copied into
//! `target/micropython-tests/tree/` (the rest of the checkout is linked, since
//! run-tests.py finds `../extmod` and `../lib` relative to itself), and one
//! line of the copy is adapted: `feature_check/target_info.py` identifies the
//! error-reporting level by the exact length of the message for
//! `(lambda: 0)(0)`, read through MicroPython's `.value` attribute. Pyrite
//! prints CPython's message ("... but 1 was given", 55 characters, where
//! MicroPython says "were") and has no `.value` on exceptions, as CPython;
//! the copy reads `str(er)` and accepts 55 as "detailed". Nothing else in the
//! suite is touched.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const USAGE: &str = "\
usage: cargo xtask micropython-tests MICROPYTHON_CHECKOUT [options] [DIR...]
  DIR...                   test directories (default: basics float unicode micropython)
  --micropython BIN        also run MicroPython's binary, to count against what it passes
  --micropython-lib DIR    a micropython-lib checkout (its unittest is needed by some tests)
  --pyrite BIN             the pyrite binary (default: build target/release/pyrite)";

const DEFAULT_DIRS: [&str; 4] = ["basics", "float", "unicode", "micropython"];

const TARGET_INFO_ORIGINAL: &str =
    "{0: \"none\", 27: \"terse\", 54: \"normal\", 56: \"detailed\"}[len(er.value or \"\")]";
const TARGET_INFO_ADAPTED: &str =
    "{0: \"none\", 27: \"terse\", 54: \"normal\", 55: \"detailed\", 56: \"detailed\"}[len(str(er))]";

struct Options {
    checkout: PathBuf,
    micropython: Option<PathBuf>,
    micropython_lib: Option<PathBuf>,
    pyrite: Option<PathBuf>,
    dirs: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut iter = args.iter();
    let checkout = match iter.next() {
        Some(arg) if !arg.starts_with('-') => arg,
        _ => return Err(USAGE.into()),
    };
    let mut options = Options {
        checkout: absolute(Path::new(checkout))?,
        micropython: None,
        micropython_lib: None,
        pyrite: None,
        dirs: Vec::new(),
    };
    while let Some(arg) = iter.next() {
        let mut value = || {
            iter.next()
                .map(|v| absolute(Path::new(v)))
                .ok_or_else(|| format!("{arg} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--micropython" => options.micropython = Some(value()??),
            "--micropython-lib" => options.micropython_lib = Some(value()??),
            "--pyrite" => options.pyrite = Some(value()??),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}\n{USAGE}")),
            dir => options.dirs.push(dir.to_string()),
        }
    }
    if options.dirs.is_empty() {
        options.dirs = DEFAULT_DIRS.iter().map(|d| d.to_string()).collect();
    }
    Ok(options)
}

fn absolute(path: &Path) -> Result<PathBuf, String> {
    fs::canonicalize(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn run_micropython_tests(root: &Path, args: &[String]) -> Result<(), String> {
    let options = parse_options(args)?;
    let run_tests = options.checkout.join("tests/run-tests.py");
    if !run_tests.is_file() {
        return Err(format!(
            "{} is not a MicroPython checkout (no tests/run-tests.py)",
            options.checkout.display()
        ));
    }
    let pyrite = match &options.pyrite {
        Some(path) => path.clone(),
        None => {
            crate::cargo(root, &["build", "--release", "-p", "pyrite-unix"])?;
            root.join("target/release/pyrite")
        }
    };
    let work = root.join("target/micropython-tests");
    let tree = prepare_tree(&options, &work.join("tree"))?;
    let python = crate::real_python()?;

    let pyrite_results = run_suite(&tree, &python, &pyrite, &options.dirs, &work.join("pyrite"))?;
    let reference = match &options.micropython {
        Some(binary) => Some(run_suite(
            &tree,
            &python,
            binary,
            &options.dirs,
            &work.join("micropython"),
        )?),
        None => None,
    };
    report(&options.dirs, &pyrite_results, reference.as_ref());
    println!("failure outputs: {}", work.join("pyrite").display());
    Ok(())
}

/// A copy of the checkout's tests/ beside links to the rest of it.
fn prepare_tree(options: &Options, tree: &Path) -> Result<PathBuf, String> {
    let io = |e: std::io::Error| format!("preparing {}: {e}", tree.display());
    if tree.exists() {
        fs::remove_dir_all(tree).map_err(io)?;
    }
    fs::create_dir_all(tree).map_err(io)?;
    for entry in fs::read_dir(&options.checkout).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name();
        match name.to_str() {
            Some("tests") => copy_dir(&entry.path(), &tree.join("tests")).map_err(io)?,
            Some("lib") => {
                // lib/micropython-lib is a git submodule, often absent:
                // link the one given instead.
                let lib = tree.join("lib");
                fs::create_dir_all(&lib).map_err(io)?;
                for item in fs::read_dir(entry.path()).map_err(io)? {
                    let item = item.map_err(io)?;
                    if item.file_name() == "micropython-lib" && options.micropython_lib.is_some() {
                        continue;
                    }
                    symlink(&item.path(), &lib.join(item.file_name())).map_err(io)?;
                }
                if let Some(micropython_lib) = &options.micropython_lib {
                    symlink(micropython_lib, &lib.join("micropython-lib")).map_err(io)?;
                }
            }
            _ => symlink(&entry.path(), &tree.join(&name)).map_err(io)?,
        }
    }
    let target_info = tree.join("tests/feature_check/target_info.py");
    let text = fs::read_to_string(&target_info).map_err(io)?;
    if !text.contains(TARGET_INFO_ORIGINAL) {
        return Err(format!(
            "{}: the error-reporting check is not the one this runner knows how to adapt; \
             update TARGET_INFO_ORIGINAL in xtask/src/micropython_tests.rs",
            target_info.display()
        ));
    }
    fs::write(
        &target_info,
        text.replace(TARGET_INFO_ORIGINAL, TARGET_INFO_ADAPTED),
    )
    .map_err(io)?;
    Ok(tree.join("tests"))
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn symlink(from: &Path, to: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(from, to)
}

/// The outcome of each test as run-tests.py records it: "pass", "fail" or "skip".
type Outcomes = BTreeMap<String, String>;

fn run_suite(
    tests: &Path,
    python: &str,
    binary: &Path,
    dirs: &[String],
    results: &Path,
) -> Result<Outcomes, String> {
    println!("==> run-tests.py with {}", binary.display());
    let mut command = Command::new(python);
    command
        .arg("run-tests.py")
        .args(["-j", "2", "-r"])
        .arg(results)
        .arg("-d")
        .args(dirs)
        .current_dir(tests)
        .env("MICROPY_MICROPYTHON", binary)
        .env("MICROPY_CPYTHON3", python);
    let status = command
        .stdout(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("could not run run-tests.py: {e}"))?;
    // The progress lines of parallel jobs interleave; the runner's JSON
    // summary is the reliable record (read with CPython, which is at hand).
    let summary = results.join("_results.json");
    let output = Command::new(python)
        .args([
            "-c",
            "import json, sys\n\
             for test, outcome, _ in json.load(open(sys.argv[1]))['results']: print(outcome, test)",
        ])
        .arg(&summary)
        .output()
        .map_err(|e| format!("could not read {}: {e}", summary.display()))?;
    let mut outcomes = Outcomes::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        if let Some((outcome, test)) = line.split_once(' ') {
            outcomes.insert(test.to_string(), outcome.to_string());
        }
    }
    if outcomes.is_empty() {
        return Err(format!(
            "run-tests.py ({status}) left no results for {} in {}",
            binary.display(),
            summary.display()
        ));
    }
    Ok(outcomes)
}

fn report(dirs: &[String], pyrite: &Outcomes, reference: Option<&Outcomes>) {
    println!();
    match reference {
        Some(_) => println!(
            "{:<12} {:>10} {:>10} {:>8}   (of the tests MicroPython passes)",
            "directory", "MicroPython", "Pyrite", "share"
        ),
        None => println!(
            "{:<12} {:>6} {:>6} {:>6}",
            "directory", "pass", "FAIL", "skip"
        ),
    }
    let mut left = Vec::new();
    let (mut total_reference, mut total_pyrite) = (0, 0);
    for dir in dirs {
        let in_dir = |outcomes: &Outcomes, wanted: &str| -> Vec<String> {
            outcomes
                .iter()
                .filter(|(test, outcome)| {
                    test.starts_with(&format!("{dir}/")) && outcome.eq_ignore_ascii_case(wanted)
                })
                .map(|(test, _)| test.clone())
                .collect()
        };
        match reference {
            Some(reference) => {
                let passed_by_reference = in_dir(reference, "pass");
                let both = passed_by_reference
                    .iter()
                    .filter(|test| pyrite.get(*test).map(String::as_str) == Some("pass"))
                    .count();
                for test in &passed_by_reference {
                    if pyrite.get(test).map(String::as_str) != Some("pass") {
                        let outcome = pyrite.get(test).map(String::as_str).unwrap_or("absent");
                        left.push(format!("{outcome:<6} {test}"));
                    }
                }
                total_reference += passed_by_reference.len();
                total_pyrite += both;
                println!(
                    "{dir:<12} {:>10} {both:>10} {:>7.1}%",
                    passed_by_reference.len(),
                    percent(both, passed_by_reference.len())
                );
            }
            None => {
                for test in in_dir(pyrite, "FAIL") {
                    left.push(format!("FAIL   {test}"));
                }
                println!(
                    "{dir:<12} {:>6} {:>6} {:>6}",
                    in_dir(pyrite, "pass").len(),
                    in_dir(pyrite, "FAIL").len(),
                    in_dir(pyrite, "skip").len()
                );
            }
        }
    }
    if reference.is_some() {
        println!(
            "{:<12} {total_reference:>10} {total_pyrite:>10} {:>7.1}%",
            "all",
            percent(total_pyrite, total_reference)
        );
    }
    println!("\nnot passing on Pyrite ({}):", left.len());
    for line in &left {
        println!("  {line}");
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
