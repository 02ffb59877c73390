//! Heap figures: `benches/memory/heap_use.py` prints `label bytes` lines
//! (gc.mem_alloc() deltas after gc.collect()); it runs on Pyrite on this
//! 64-bit host, on MicroPython when given, and on Pyrite's 32-bit qemu-arm
//! firmware under qemu-system-arm (built here, as `cargo xtask qemu` does).

use super::implementations::Toolchain;
use super::process;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const SCRIPT: &str = "heap_use.py";
const TIMEOUT: Duration = Duration::from_secs(60);

/// What the script measures, in its order, with the words the table uses.
pub const LABELS: [(&str, &str); 5] = [
    ("startup", "heap in use after start-up"),
    ("list_1000_small_ints", "list of 1000 small ints"),
    ("list_1000_floats", "list of 1000 floats"),
    ("dict_100_str_int", "dict of 100 str -> int (keys included)"),
    ("str_100_chars", "a 100-char str"),
];

pub struct Column {
    /// "pyrite unix 64-bit", ...
    pub title: &'static str,
    /// The JSON key.
    pub key: &'static str,
    pub figures: Vec<(String, u64)>,
}

pub struct Figures {
    pub columns: Vec<Column>,
}

pub fn measure(root: &Path, tools: &Toolchain) -> Result<Figures, String> {
    let dir = tools.benches_dir.join("memory");
    let mut columns = Vec::new();
    let mut pyrite = Command::new(&tools.pyrite);
    pyrite.arg(SCRIPT).current_dir(&dir);
    columns.push(Column {
        title: "pyrite, 64-bit unix",
        key: "pyrite-unix-64",
        figures: run_script("pyrite", &mut pyrite)?,
    });
    if let Some(mp) = &tools.micropython {
        let mut micropython = Command::new(mp);
        micropython.arg(SCRIPT).current_dir(&dir);
        columns.push(Column {
            title: "micropython, 64-bit unix",
            key: "micropython-unix-64",
            figures: run_script("micropython", &mut micropython)?,
        });
    }
    columns.push(Column {
        title: "pyrite, 32-bit qemu-arm",
        key: "pyrite-qemu-arm-32",
        figures: run_on_firmware(root, &dir)?,
    });
    Ok(Figures { columns })
}

fn run_script(name: &str, command: &mut Command) -> Result<Vec<(String, u64)>, String> {
    let run = process::run_timed(command, TIMEOUT)
        .map_err(|e| format!("memory/{SCRIPT} on {name}: {e}"))?;
    parse(&run.stdout).map_err(|e| format!("memory/{SCRIPT} on {name}: {e}"))
}

fn run_on_firmware(root: &Path, dir: &Path) -> Result<Vec<(String, u64)>, String> {
    crate::qemu::check_qemu()?;
    let firmware = crate::qemu::build_firmware(root)?;
    let run = crate::qemu::run_firmware(&firmware, dir, SCRIPT, TIMEOUT)?;
    if run.timed_out || run.status != Some(0) {
        return Err(format!(
            "memory/{SCRIPT} on the qemu-arm firmware failed (status {:?}{}):\n{}",
            run.status,
            if run.timed_out { ", timed out" } else { "" },
            String::from_utf8_lossy(&run.stdout)
        ));
    }
    parse(&run.stdout).map_err(|e| format!("memory/{SCRIPT} on qemu-arm: {e}"))
}

/// `label bytes` lines, every label of LABELS present.
fn parse(stdout: &[u8]) -> Result<Vec<(String, u64)>, String> {
    let text = String::from_utf8_lossy(stdout);
    let mut figures = Vec::new();
    for line in text.lines() {
        let mut fields = line.split_whitespace();
        let (Some(label), Some(bytes), None) = (fields.next(), fields.next(), fields.next()) else {
            return Err(format!("unexpected line {line:?}"));
        };
        let bytes = bytes
            .parse()
            .map_err(|_| format!("unexpected line {line:?}"))?;
        figures.push((label.to_string(), bytes));
    }
    if let Some((missing, _)) = LABELS
        .iter()
        .find(|(label, _)| !figures.iter().any(|(l, _)| l == label))
    {
        return Err(format!("no figure for {missing}"));
    }
    Ok(figures)
}
