//! The SVG timeline of a [`Trace`]: one lane per thread, green while it holds the GIL,
//! amber while it waits for it, grey while blocked (blue in native code), a time axis in
//! milliseconds, switches as ticks and lost updates as red markers with their line.
//! Drawn with plotters' SVG backend: a self-contained file any browser opens.

use std::path::Path;

use plotters::prelude::*;

use super::{Blocked, Event, Mark, Phase, Trace};

const HOLD: RGBColor = RGBColor(46, 160, 67);
const WAIT: RGBColor = RGBColor(240, 173, 78);
const BLOCKED: RGBColor = RGBColor(170, 170, 170);
const NATIVE: RGBColor = RGBColor(91, 141, 217);
const RACE: RGBColor = RGBColor(214, 39, 40);

/// Writes the timeline to `path`.
pub fn render(trace: &Trace, path: &Path, title: &str) -> Result<(), String> {
    let lanes = trace.threads.len().max(1);
    // A band below the lanes holds the legend.
    let band = 1.6;
    let height = 140 + (46.0 * (lanes as f64 + band)) as u32;
    let root = SVGBackend::new(path, (1100, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let total_ms = (trace.duration().as_secs_f64() * 1e3).max(1e-3);
    let caption = if trace.truncated {
        format!("{title} (cut after {} events)", Trace::CAP)
    } else {
        title.to_string()
    };
    let names: Vec<String> = (0..lanes).map(|i| trace.thread_name(i as u32)).collect();
    let mut chart = ChartBuilder::on(&root)
        .caption(caption, ("sans-serif", 20))
        .margin(14)
        .x_label_area_size(36)
        .y_label_area_size(170)
        .build_cartesian_2d(0f64..total_ms, -band..lanes as f64)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .x_desc("time (ms)")
        .y_labels(((lanes as f64 + band) * 2.0) as usize + 1)
        .y_label_formatter(&|y| {
            // Lane i spans [i, i+1); label its middle, top lane first.
            let f = y.fract();
            if *y < 0.0 || (f - 0.5).abs() > 1e-6 {
                return String::new();
            }
            let lane = lanes - 1 - y.floor() as usize;
            names.get(lane).cloned().unwrap_or_default()
        })
        .draw()
        .map_err(|e| e.to_string())?;
    let lane_y = |t: u32| (lanes - 1 - (t as usize).min(lanes - 1)) as f64;
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    // Spans first, marks on top.
    let spans = trace.events.iter().filter_map(|e| match e {
        Event::Span {
            thread,
            phase,
            start,
            end,
        } => {
            let (color, pad) = match phase {
                Phase::Hold => (HOLD, 0.12),
                Phase::Wait => (WAIT, 0.30),
                Phase::Blocked(Blocked::Native) => (NATIVE, 0.30),
                Phase::Blocked(_) => (BLOCKED, 0.38),
            };
            let y = lane_y(*thread);
            Some(Rectangle::new(
                [(ms(*start), y + pad), (ms(*end), y + 1.0 - pad)],
                color.filled(),
            ))
        }
        Event::Instant { .. } => None,
    });
    chart.draw_series(spans).map_err(|e| e.to_string())?;
    let switches = trace.events.iter().filter_map(|e| match e {
        Event::Instant {
            thread,
            mark: Mark::ForcedSwitch | Mark::VoluntarySwitch,
            at,
            ..
        } => {
            let y = lane_y(*thread);
            Some(PathElement::new(
                vec![(ms(*at), y + 0.05), (ms(*at), y + 0.12)],
                BLACK.stroke_width(1),
            ))
        }
        _ => None,
    });
    chart.draw_series(switches).map_err(|e| e.to_string())?;
    let races: Vec<(f64, f64, String)> = trace
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Instant {
                thread,
                mark: Mark::Race(_),
                at,
                line,
            } => Some((
                ms(*at),
                lane_y(*thread) + 0.5,
                line.as_ref()
                    .map(|(f, l)| format!("lost update {f}:{l}"))
                    .unwrap_or_else(|| "lost update".into()),
            )),
            _ => None,
        })
        .collect();
    chart
        .draw_series(
            races
                .iter()
                .map(|(x, y, _)| TriangleMarker::new((*x, *y), 7, RACE.filled())),
        )
        .map_err(|e| e.to_string())?
        .label("lost update (--detect-races)")
        .legend(|(x, y)| TriangleMarker::new((x + 8, y), 6, RACE.filled()));
    // The first race's line, so the picture explains itself.
    chart
        .draw_series(races.iter().take(1).map(|(x, y, text)| {
            Text::new(
                text.clone(),
                (*x, *y - 0.42),
                ("sans-serif", 12).into_font().color(&RACE),
            )
        }))
        .map_err(|e| e.to_string())?;
    for (label, color) in [
        ("holds the GIL", HOLD),
        ("waits for the GIL", WAIT),
        ("blocked (sleep, lock, join, queue)", BLOCKED),
        ("native code, GIL released", NATIVE),
    ] {
        chart
            .draw_series(std::iter::empty::<Rectangle<(f64, f64)>>())
            .map_err(|e| e.to_string())?
            .label(label)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 16, y + 5)], color.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
