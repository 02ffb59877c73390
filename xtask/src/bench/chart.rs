//! `target/bench/results.svg`: for each program, a bar per implementation
//! giving its median time relative to CPython's (the line at 1), on a log
//! scale. SVG through plotters' own text metrics needs no font files.

use super::implementations::Implementation;
use super::Results;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path;

const SIZE: (u32, u32) = (1280, 640);

fn colour(implementation: Implementation) -> RGBColor {
    match implementation {
        Implementation::Pyrite => RGBColor(200, 60, 40),
        Implementation::C => RGBColor(90, 90, 90),
        Implementation::MicroPython => RGBColor(40, 110, 190),
        Implementation::CPython => RGBColor(0, 0, 0),
    }
}

pub fn draw(
    results: &Results,
    implementations: &[Implementation],
    path: &Path,
) -> Result<(), String> {
    draw_chart(results, implementations, path)
        .map_err(|e| format!("cannot draw {}: {e}", path.display()))
}

fn draw_chart(
    results: &Results,
    implementations: &[Implementation],
    path: &Path,
) -> Result<(), Box<dyn std::error::Error>> {
    let shown: Vec<Implementation> = implementations
        .iter()
        .copied()
        .filter(|&i| i != Implementation::CPython)
        .collect();
    let count = results.programs.len();
    let (mut low, mut high) = (1.0f64, 1.0f64);
    for program in &results.programs {
        for &implementation in &shown {
            if let Some(r) = program.ratio(implementation, Implementation::CPython) {
                low = low.min(r);
                high = high.max(r);
            }
        }
    }
    let root = SVGBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "median time relative to CPython (log scale, lower is faster)",
            ("sans-serif", 22),
        )
        .margin(20)
        .x_label_area_size(60)
        .y_label_area_size(70)
        .build_cartesian_2d(0.0..count as f64, (low / 1.5..high * 1.5).log_scale())?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_desc("time / CPython's time")
        .y_label_formatter(&|v| format!("{v:.3}"))
        .draw()?;
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(0.0, 1.0), (count as f64, 1.0)],
        BLACK.stroke_width(2),
    )))?;

    let group = 0.8;
    let bar = group / shown.len().max(1) as f64;
    for (slot, &implementation) in shown.iter().enumerate() {
        let style = colour(implementation).filled();
        let bars = results
            .programs
            .iter()
            .enumerate()
            .filter_map(|(index, program)| {
                let r = program.ratio(implementation, Implementation::CPython)?;
                let left = index as f64 + (1.0 - group) / 2.0 + slot as f64 * bar;
                Some(Rectangle::new([(left, low / 1.5), (left + bar, r)], style))
            });
        chart
            .draw_series(bars)?
            .label(implementation.name())
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 12, y + 6)], style));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()?;

    // Program names under their groups, in the label area below the plot.
    let label_style = ("sans-serif", 14)
        .into_font()
        .color(&BLACK)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (index, program) in results.programs.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(index as f64 + 0.5, low / 1.5));
        root.draw(&Text::new(
            program.name.clone(),
            (x, y + 10),
            label_style.clone(),
        ))?;
    }
    root.present()?;
    Ok(())
}
