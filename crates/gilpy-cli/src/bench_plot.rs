//! `gilpy bench --plot FILE.svg`: wall time and lost updates (or the median output)
//! against the switch interval, one line per thread count, drawn with plotters.

use std::path::Path;

use plotters::prelude::*;

use crate::bench::Row;

/// Picks a y value out of a row.
type Pick<'a> = &'a dyn Fn(&Row) -> Option<f64>;

/// Draws the two panels into an SVG file.
pub fn draw(path: &Path, rows: &[Row], script: &str, have_expect: bool) -> Result<(), String> {
    let root = SVGBackend::new(path, (900, 700)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let root = root
        .titled(
            &format!("gilpy bench {script}: switch interval sweep"),
            ("sans-serif", 22),
        )
        .map_err(|e| e.to_string())?;
    let (top, bottom) = root.split_vertically(330);
    let mut threads: Vec<Option<u32>> = rows.iter().map(|r| r.threads).collect();
    threads.dedup();
    let xs: Vec<f64> = rows.iter().map(|r| r.x_us()).collect();
    let (xmin, xmax) = bounds(&xs);
    let series = |t: Option<u32>, f: &dyn Fn(&Row) -> Option<f64>| -> Vec<(f64, f64)> {
        let mut v: Vec<(f64, f64)> = rows
            .iter()
            .filter(|r| r.threads == t)
            .filter_map(|r| Some((r.x_us(), f(r)?)))
            .collect();
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        v
    };
    panel(&top, "median wall time (s)", (xmin, xmax), &threads, &|t| {
        series(t, &|r| Some(r.median_wall_s))
    })?;
    let (label, pick): (&str, Pick<'_>) = if have_expect {
        ("median lost updates", &|r: &Row| r.median_lost)
    } else {
        ("hand-offs per second", &|r: &Row| Some(r.handoffs_per_s))
    };
    panel(&bottom, label, (xmin, xmax), &threads, &|t| series(t, pick))?;
    root.present().map_err(|e| e.to_string())
}

fn bounds(xs: &[f64]) -> (f64, f64) {
    let lo = xs.iter().copied().fold(f64::INFINITY, f64::min).max(0.1);
    let hi = xs.iter().copied().fold(0.0, f64::max).max(lo * 10.0);
    (lo / 2.0, hi * 2.0)
}

fn panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    ylabel: &str,
    (xmin, xmax): (f64, f64),
    threads: &[Option<u32>],
    series: &dyn Fn(Option<u32>) -> Vec<(f64, f64)>,
) -> Result<(), String> {
    let all: Vec<(f64, f64)> = threads.iter().flat_map(|&t| series(t)).collect();
    let ymax = all.iter().map(|p| p.1).fold(0.0, f64::max).max(1e-9) * 1.15;
    let ymin = all.iter().map(|p| p.1).fold(0.0, f64::min);
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d((xmin..xmax).log_scale(), ymin..ymax)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .x_desc("switch interval (µs; a check interval at its hand-off floor)")
        .y_desc(ylabel)
        .draw()
        .map_err(|e| e.to_string())?;
    for (i, &t) in threads.iter().enumerate() {
        let color = Palette99::pick(i).to_rgba();
        let pts = series(t);
        let name = t.map_or("script".to_string(), |t| format!("{t} threads"));
        chart
            .draw_series(LineSeries::new(pts.clone(), color.stroke_width(2)))
            .map_err(|e| e.to_string())?
            .label(name)
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], color));
        chart
            .draw_series(pts.into_iter().map(|p| Circle::new(p, 4, color.filled())))
            .map_err(|e| e.to_string())?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| e.to_string())?;
    Ok(())
}
