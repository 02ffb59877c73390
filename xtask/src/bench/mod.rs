//! `cargo xtask bench`: the programs of `benches/` on Pyrite, CPython, C
//! and (with `MICROPYTHON=`) MicroPython, interleaved round by round so a
//! change in the machine's load hits every implementation alike; every
//! run's output must equal CPython's. Prints median CPU times (user +
//! system: on a busy machine wall time mostly measures the wait for a
//! core; wall times are kept in the JSON), the ratios Pyrite/CPython,
//! Pyrite/C and Pyrite/MicroPython with their geometric means, the
//! `-c pass` start-up times and heap figures (`memory.rs`), and writes
//! `target/bench/results.json` and `target/bench/results.svg`.
//!
//! `--check` runs each program once at its small size on Pyrite (debug
//! build), CPython and C and only compares outputs; `cargo xtask test`
//! runs it.

mod chart;
mod implementations;
mod memory;
mod process;
mod programs;
mod report;

use implementations::{Implementation, Toolchain};
use programs::Program;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

const DEFAULT_ROUNDS: usize = 5;
/// `-c pass` runs per implementation for the start-up median.
const STARTUP_RUNS: usize = 30;
const RUN_TIMEOUT: Duration = Duration::from_secs(300);
const CHECK_TIMEOUT: Duration = Duration::from_secs(60);

pub const USAGE: &str = "       cargo xtask bench [--rounds N] [--check] [PROGRAM...]
                          benches/ on Pyrite, CPython, C and MicroPython
                          (MICROPYTHON=path; PYTHON= picks CPython):
                          timings, start-up, heap use; --check only
                          compares outputs at a small size";

struct Options {
    rounds: usize,
    check: bool,
    only: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        rounds: DEFAULT_ROUNDS,
        check: false,
        only: Vec::new(),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => options.check = true,
            "--rounds" => {
                let value = args.next().ok_or("--rounds needs a number")?;
                options.rounds = value
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or_else(|| format!("--rounds {value}: not a positive number"))?;
            }
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            name => options.only.push(name.to_string()),
        }
    }
    Ok(options)
}

pub fn bench(root: &Path, args: &[String]) -> Result<(), String> {
    let options = parse_options(args)?;
    if options.check {
        check(root, &options.only)
    } else {
        measure(root, &options)
    }
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// Where the results and the C executables go.
fn bench_dir(root: &Path) -> PathBuf {
    target_dir(root).join("bench")
}

fn toolchain(
    root: &Path,
    profile: &str,
    micropython: Option<PathBuf>,
) -> Result<Toolchain, String> {
    Ok(Toolchain {
        benches_dir: root.join("benches"),
        pyrite: target_dir(root).join(profile).join("pyrite"),
        python: implementations::find_python()?,
        micropython,
        c_dir: bench_dir(root).join("c"),
    })
}

/// Show `text` on one stderr line, replacing the previous one.
fn progress(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "\r{text:<78.78}");
    let _ = err.flush();
}

fn clear_progress() {
    progress("");
    eprint!("\r");
}

fn check(root: &Path, only: &[String]) -> Result<(), String> {
    let tools = toolchain(root, "debug", None)?;
    let programs = programs::discover(&tools.benches_dir, only)?;
    crate::cargo(root, &["build", "--quiet", "-p", "pyrite-unix"])?;
    implementations::build_c(&tools.benches_dir, &tools.c_dir, &programs)?;
    println!(
        "==> bench --check: {} programs on cpython, pyrite and c",
        programs.len()
    );
    let mut failures = Vec::new();
    for (index, program) in programs.iter().enumerate() {
        progress(&format!(
            "[{}/{}] {}",
            index + 1,
            programs.len(),
            program.name
        ));
        let mut reference: Option<Vec<u8>> = None;
        for implementation in [
            Implementation::CPython,
            Implementation::Pyrite,
            Implementation::C,
        ] {
            let Some(mut command) = tools.command(implementation, program, program.check_scale)
            else {
                continue;
            };
            match process::run_timed(&mut command, CHECK_TIMEOUT) {
                Err(e) => failures.push(format!(
                    "{} on {}: {e}",
                    program.name,
                    implementation.name()
                )),
                Ok(run) => match &reference {
                    None => reference = Some(run.stdout),
                    Some(expected) if *expected != run.stdout => failures.push(format!(
                        "{} on {}: {}",
                        program.name,
                        implementation.name(),
                        mismatch(implementation, expected, &run.stdout)
                    )),
                    Some(_) => {}
                },
            }
        }
    }
    clear_progress();
    let failed_programs = programs
        .iter()
        .filter(|p| {
            failures
                .iter()
                .any(|f| f.starts_with(&format!("{} ", p.name)))
        })
        .count();
    for failure in &failures {
        println!("---- {failure}");
    }
    println!(
        "bench check: {} passed, {} failed",
        programs.len() - failed_programs,
        failed_programs
    );
    if failures.is_empty() {
        Ok(())
    } else {
        Err("benchmark outputs differ between implementations (see above)".into())
    }
}

/// Why a run whose output is not CPython's failed, with the line diff.
fn mismatch(implementation: Implementation, expected: &[u8], actual: &[u8]) -> String {
    let diff = pyrite_testkit::diff::unified_diff(
        "cpython",
        implementation.name(),
        &String::from_utf8_lossy(expected),
        &String::from_utf8_lossy(actual),
    );
    format!("output differs from CPython's\n{diff}")
}

/// One program's timings, per implementation, and what failed.
pub struct ProgramResult {
    pub name: String,
    pub scale: u32,
    /// CPU seconds (user + system) of each run: the figure compared.
    pub seconds: Vec<(Implementation, Vec<f64>)>,
    /// Wall-clock seconds of the same runs, for the record.
    pub wall_seconds: Vec<(Implementation, Vec<f64>)>,
    pub failed: Vec<(Implementation, String)>,
}

/// Append `value` to the list kept for `implementation`.
fn record(table: &mut Vec<(Implementation, Vec<f64>)>, implementation: Implementation, value: f64) {
    match table.iter_mut().find(|(i, _)| *i == implementation) {
        Some((_, values)) => values.push(value),
        None => table.push((implementation, vec![value])),
    }
}

impl ProgramResult {
    /// The median time on `implementation`; None when it has no version of
    /// this program or it failed.
    pub fn median(&self, implementation: Implementation) -> Option<f64> {
        if self.failed.iter().any(|(i, _)| *i == implementation) {
            return None;
        }
        let (_, runs) = self.seconds.iter().find(|(i, _)| *i == implementation)?;
        process::median(runs)
    }

    pub fn ratio(&self, numerator: Implementation, denominator: Implementation) -> Option<f64> {
        Some(self.median(numerator)? / self.median(denominator)?)
    }
}

pub struct Results {
    pub rounds: usize,
    pub tools: Vec<(Implementation, String)>,
    pub programs: Vec<ProgramResult>,
    /// Median CPU and wall seconds of `-c pass`.
    pub startup: Vec<(Implementation, f64, f64)>,
    pub memory: memory::Figures,
}

/// The ratios the report shows: Pyrite against each other implementation.
pub const RATIOS: [(Implementation, Implementation); 3] = [
    (Implementation::Pyrite, Implementation::CPython),
    (Implementation::Pyrite, Implementation::C),
    (Implementation::Pyrite, Implementation::MicroPython),
];

impl Results {
    /// The geometric mean of a ratio over the programs that have it.
    pub fn geometric_mean(&self, ratio: (Implementation, Implementation)) -> Option<f64> {
        let ratios: Vec<f64> = self
            .programs
            .iter()
            .filter_map(|p| p.ratio(ratio.0, ratio.1))
            .collect();
        process::geometric_mean(&ratios)
    }
}

fn measure(root: &Path, options: &Options) -> Result<(), String> {
    let micropython = implementations::find_micropython()?;
    let tools = toolchain(root, "release", micropython)?;
    let programs = programs::discover(&tools.benches_dir, &options.only)?;
    implementations::build_c(&tools.benches_dir, &tools.c_dir, &programs)?;
    crate::cargo(root, &["build", "--release", "-p", "pyrite-unix"])?;
    let memory = memory::measure(root, &tools)?;
    let implementations: Vec<Implementation> = implementations::ALL
        .into_iter()
        .filter(|&i| tools.has(i))
        .collect();
    let startup = measure_startup(&tools, &implementations)?;
    let programs = time_programs(&tools, &programs, &implementations, options.rounds);

    let mut tool_names = vec![
        (Implementation::CPython, tools.python.display().to_string()),
        (Implementation::Pyrite, tools.pyrite.display().to_string()),
        (Implementation::C, "cc -O2 -std=c99".to_string()),
    ];
    if let Some(mp) = &tools.micropython {
        tool_names.push((Implementation::MicroPython, mp.display().to_string()));
    }
    let results = Results {
        rounds: options.rounds,
        tools: tool_names,
        programs,
        startup,
        memory,
    };
    print!("{}", report::table(&results, &implementations));
    print!("{}", report::memory_table(&results.memory));
    let out_dir = bench_dir(root);
    let json_path = out_dir.join("results.json");
    std::fs::write(&json_path, report::json(&results))
        .map_err(|e| format!("cannot write {}: {e}", json_path.display()))?;
    let svg_path = out_dir.join("results.svg");
    chart::draw(&results, &implementations, &svg_path)?;
    println!(
        "bench: wrote {} and {}",
        json_path.display(),
        svg_path.display()
    );

    let failures: Vec<String> = results
        .programs
        .iter()
        .flat_map(|p| {
            p.failed
                .iter()
                .map(move |(i, why)| format!("---- {} on {}: {why}", p.name, i.name()))
        })
        .collect();
    if failures.is_empty() {
        Ok(())
    } else {
        println!("{}", failures.join("\n"));
        Err(format!(
            "{} benchmark runs failed or differ from CPython (see above)",
            failures.len()
        ))
    }
}

fn measure_startup(
    tools: &Toolchain,
    implementations: &[Implementation],
) -> Result<Vec<(Implementation, f64, f64)>, String> {
    let mut cpu: Vec<(Implementation, Vec<f64>)> = Vec::new();
    let mut wall: Vec<(Implementation, Vec<f64>)> = Vec::new();
    for run in 0..STARTUP_RUNS {
        progress(&format!("start-up: run {}/{STARTUP_RUNS}", run + 1));
        for &implementation in implementations {
            let Some(mut command) = tools.startup_command(implementation) else {
                continue;
            };
            let finished = process::run_timed(&mut command, CHECK_TIMEOUT)
                .map_err(|e| format!("`{} -c pass`: {e}", implementation.name()))?;
            record(&mut cpu, implementation, finished.cpu_seconds);
            record(&mut wall, implementation, finished.wall_seconds);
        }
    }
    clear_progress();
    Ok(cpu
        .into_iter()
        .zip(wall)
        .filter_map(|((i, cpu), (_, wall))| {
            Some((i, process::median(&cpu)?, process::median(&wall)?))
        })
        .collect())
}

/// Every program on every implementation, `rounds` times, interleaved:
/// round by round, program by program, implementation by implementation.
fn time_programs(
    tools: &Toolchain,
    programs: &[Program],
    implementations: &[Implementation],
    rounds: usize,
) -> Vec<ProgramResult> {
    let mut results: Vec<ProgramResult> = programs
        .iter()
        .map(|p| ProgramResult {
            name: p.name.clone(),
            scale: p.scale,
            seconds: Vec::new(),
            wall_seconds: Vec::new(),
            failed: Vec::new(),
        })
        .collect();
    let mut references: Vec<Option<Vec<u8>>> = vec![None; programs.len()];
    let total_runs = rounds
        * programs
            .iter()
            .map(|p| {
                implementations
                    .iter()
                    .filter(|&&i| i != Implementation::C || p.has_c)
                    .count()
            })
            .sum::<usize>();
    let mut done = 0;
    for round in 0..rounds {
        for (index, program) in programs.iter().enumerate() {
            let result = &mut results[index];
            for &implementation in implementations {
                let Some(mut command) = tools.command(implementation, program, program.scale)
                else {
                    continue;
                };
                done += 1;
                if result.failed.iter().any(|(i, _)| *i == implementation) {
                    continue;
                }
                progress(&format!(
                    "[{done}/{total_runs}] round {}/{rounds}: {} on {}",
                    round + 1,
                    program.name,
                    implementation.name()
                ));
                let outcome = process::run_timed(&mut command, RUN_TIMEOUT);
                let run = match outcome {
                    Ok(run) => run,
                    Err(e) => {
                        result.failed.push((implementation, e));
                        continue;
                    }
                };
                match &references[index] {
                    None if implementation == Implementation::CPython => {
                        references[index] = Some(run.stdout.clone())
                    }
                    None => {}
                    Some(expected) if *expected != run.stdout => {
                        let why = mismatch(implementation, expected, &run.stdout);
                        result.failed.push((implementation, why));
                        continue;
                    }
                    Some(_) => {}
                }
                record(&mut result.seconds, implementation, run.cpu_seconds);
                record(&mut result.wall_seconds, implementation, run.wall_seconds);
            }
        }
    }
    clear_progress();
    results
}
