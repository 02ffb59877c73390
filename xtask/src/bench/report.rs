//! The bench results as text (a table of medians and ratios, the heap
//! figures) and as JSON (written by hand: the structure is small and fixed).

use super::implementations::Implementation;
use super::memory::{Figures, LABELS};
use super::{Results, RATIOS};
use std::fmt::Write;

fn ratio_title((numerator, denominator): (Implementation, Implementation)) -> String {
    format!("{}/{}", short(numerator), short(denominator))
}

fn short(implementation: Implementation) -> &'static str {
    match implementation {
        Implementation::CPython => "cpy",
        Implementation::Pyrite => "pyr",
        Implementation::C => "c",
        Implementation::MicroPython => "mpy",
    }
}

fn milliseconds(seconds: Option<f64>) -> String {
    match seconds {
        Some(s) => format!("{:.1}", s * 1000.0),
        None => "-".into(),
    }
}

fn ratio(value: Option<f64>) -> String {
    match value {
        Some(r) if r >= 10.0 => format!("{r:.1}"),
        Some(r) => format!("{r:.2}"),
        None => "-".into(),
    }
}

/// Medians in milliseconds per implementation, then the ratios; a last line
/// of geometric means; then start-up times.
pub fn table(results: &Results, implementations: &[Implementation]) -> String {
    let ratios: Vec<(Implementation, Implementation)> = RATIOS
        .into_iter()
        .filter(|(_, d)| implementations.contains(d))
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nmedian CPU time (user + system) of {} rounds, milliseconds; scale = sys.argv[1]",
        results.rounds
    );
    let _ = write!(out, "{:<12}{:>6}", "program", "scale");
    for implementation in implementations {
        let _ = write!(out, "{:>12}", implementation.name());
    }
    for &r in &ratios {
        let _ = write!(out, "{:>9}", ratio_title(r));
    }
    out.push('\n');
    for program in &results.programs {
        let _ = write!(out, "{:<12}{:>6}", program.name, program.scale);
        for &implementation in implementations {
            let cell = if program.failed.iter().any(|(i, _)| *i == implementation) {
                "FAILED".to_string()
            } else {
                milliseconds(program.median(implementation))
            };
            let _ = write!(out, "{cell:>12}");
        }
        for &(n, d) in &ratios {
            let _ = write!(out, "{:>9}", ratio(program.ratio(n, d)));
        }
        out.push('\n');
    }
    let _ = write!(
        out,
        "{:<18}{}",
        "geometric mean",
        " ".repeat(12 * implementations.len())
    );
    for &r in &ratios {
        let _ = write!(out, "{:>9}", ratio(results.geometric_mean(r)));
    }
    out.push('\n');
    let _ = write!(out, "\nstart-up, `-c pass` (median CPU / wall ms):");
    for (implementation, cpu, wall) in &results.startup {
        let name = match implementation {
            Implementation::C => "empty C program",
            other => other.name(),
        };
        let _ = write!(
            out,
            "  {name} {} / {}",
            milliseconds(Some(*cpu)),
            milliseconds(Some(*wall))
        );
    }
    out.push('\n');
    let cpu_of = |wanted: Implementation| {
        results
            .startup
            .iter()
            .find(|(implementation, _, _)| *implementation == wanted)
            .map(|(_, cpu, _)| *cpu)
    };
    if let (Some(pyrite), Some(empty)) = (cpu_of(Implementation::Pyrite), cpu_of(Implementation::C))
    {
        let _ = writeln!(
            out,
            "start-up beyond the empty C program (CPU ms):  pyrite {}{}",
            milliseconds(Some(pyrite - empty)),
            cpu_of(Implementation::MicroPython)
                .map(|mp| format!("  micropython {}", milliseconds(Some(mp - empty))))
                .unwrap_or_default()
        );
    }
    out
}

/// Heap bytes per object and implementation.
pub fn memory_table(figures: &Figures) -> String {
    let mut out = String::new();
    let _ = write!(out, "\nGC heap bytes (gc.mem_alloc() deltas)   ");
    for column in &figures.columns {
        let _ = write!(out, "{:>26}", column.title);
    }
    out.push('\n');
    for (label, words) in LABELS {
        let _ = write!(out, "{words:<40}");
        for column in &figures.columns {
            let bytes = column
                .figures
                .iter()
                .find(|(l, _)| l == label)
                .map(|(_, b)| b.to_string())
                .unwrap_or_else(|| "-".into());
            let _ = write!(out, "{bytes:>26}");
        }
        out.push('\n');
    }
    out
}

fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_number(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => format!("{v}"),
        _ => "null".into(),
    }
}

/// Everything measured: per program the CPU and wall seconds of each run,
/// medians, ratios and failures; geometric means; start-up; heap figures.
pub fn json(results: &Results) -> String {
    let mut out = String::from("{\n");
    let _ = writeln!(out, "  \"rounds\": {},", results.rounds);
    let tools: Vec<String> = results
        .tools
        .iter()
        .map(|(i, what)| format!("{}: {}", json_string(i.name()), json_string(what)))
        .collect();
    let _ = writeln!(out, "  \"implementations\": {{{}}},", tools.join(", "));
    out.push_str("  \"programs\": [\n");
    let programs: Vec<String> = results
        .programs
        .iter()
        .map(|p| {
            let seconds: Vec<String> = p
                .seconds
                .iter()
                .map(|(i, runs)| {
                    let runs: Vec<String> = runs.iter().map(|s| json_number(Some(*s))).collect();
                    format!("{}: [{}]", json_string(i.name()), runs.join(", "))
                })
                .collect();
            let wall: Vec<String> = p
                .wall_seconds
                .iter()
                .map(|(i, runs)| {
                    let runs: Vec<String> = runs.iter().map(|s| json_number(Some(*s))).collect();
                    format!("{}: [{}]", json_string(i.name()), runs.join(", "))
                })
                .collect();
            let medians: Vec<String> = p
                .seconds
                .iter()
                .map(|(i, _)| format!("{}: {}", json_string(i.name()), json_number(p.median(*i))))
                .collect();
            let ratios: Vec<String> = RATIOS
                .iter()
                .map(|&(n, d)| {
                    format!(
                        "{}: {}",
                        json_string(&format!("{}/{}", n.name(), d.name())),
                        json_number(p.ratio(n, d))
                    )
                })
                .collect();
            let failed: Vec<String> = p
                .failed
                .iter()
                .map(|(i, why)| format!("{}: {}", json_string(i.name()), json_string(why)))
                .collect();
            format!(
                "    {{\"name\": {}, \"scale\": {}, \"cpu_seconds\": {{{}}}, \"wall_seconds\": {{{}}}, \"median_cpu_seconds\": {{{}}}, \"ratios\": {{{}}}, \"failed\": {{{}}}}}",
                json_string(&p.name),
                p.scale,
                seconds.join(", "),
                wall.join(", "),
                medians.join(", "),
                ratios.join(", "),
                failed.join(", ")
            )
        })
        .collect();
    out.push_str(&programs.join(",\n"));
    out.push_str("\n  ],\n");
    let means: Vec<String> = RATIOS
        .iter()
        .map(|&(n, d)| {
            format!(
                "{}: {}",
                json_string(&format!("{}/{}", n.name(), d.name())),
                json_number(results.geometric_mean((n, d)))
            )
        })
        .collect();
    let _ = writeln!(out, "  \"geometric_means\": {{{}}},", means.join(", "));
    let startup: Vec<String> = results
        .startup
        .iter()
        .map(|(i, cpu, wall)| {
            // C's start-up figure is the empty program's, not a benchmark's.
            let name = match i {
                Implementation::C => "empty_c_program",
                other => other.name(),
            };
            format!(
                "{}: {{\"cpu\": {}, \"wall\": {}}}",
                json_string(name),
                json_number(Some(*cpu)),
                json_number(Some(*wall))
            )
        })
        .collect();
    let _ = writeln!(out, "  \"startup_seconds\": {{{}}},", startup.join(", "));
    let memory: Vec<String> = results
        .memory
        .columns
        .iter()
        .map(|c| {
            let figures: Vec<String> = c
                .figures
                .iter()
                .map(|(label, bytes)| format!("{}: {bytes}", json_string(label)))
                .collect();
            format!("    {}: {{{}}}", json_string(c.key), figures.join(", "))
        })
        .collect();
    let _ = writeln!(out, "  \"heap_bytes\": {{\n{}\n  }}", memory.join(",\n"));
    out.push_str("}\n");
    out
}
