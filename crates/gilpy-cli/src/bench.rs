//! `gilpy bench`: sweep the switch interval over a script and report, per setting, wall
//! time, hand-offs per second, hand-off latency, the worst GIL wait and the distinct
//! outputs seen (so a counter's lost updates show against the interval).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use crate::args::SwitchPointsArg;
use crate::duration::parse_duration;

#[derive(Args, Debug)]
pub struct BenchOpts {
    /// The script to time.
    pub file: PathBuf,

    /// Check intervals to try (instructions between switch points), comma-separated.
    #[arg(long, value_name = "N,N,...", value_delimiter = ',',
          value_parser = clap::value_parser!(u32).range(1..))]
    pub check_intervals: Vec<u32>,

    /// Switch intervals to try (CPython 3 style), comma-separated: 50us,1ms,5ms.
    #[arg(long, value_name = "DUR,DUR,...", value_delimiter = ',', value_parser = parse_duration)]
    pub switch_intervals: Vec<Duration>,

    /// Thread counts, passed to the script as sys.argv[1], comma-separated.
    #[arg(long, value_name = "N,N,...", value_delimiter = ',',
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub threads: Vec<u32>,

    /// Runs per setting (the table shows medians).
    #[arg(long, default_value_t = 5, value_name = "K",
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub runs: u32,

    /// The output a correct run prints (e.g. 400000): lost updates are counted against it.
    #[arg(long, value_name = "TEXT")]
    pub expect: Option<String>,

    /// Where switches may fall.
    #[arg(long, value_enum, default_value = "any")]
    pub switch_points: SwitchPointsArg,

    /// Stop any one run after this long.
    #[arg(long, value_name = "DUR", value_parser = parse_duration, default_value = "60s")]
    pub timeout: Duration,

    /// Draw time and lost updates against the interval into this SVG file.
    #[arg(long, value_name = "FILE.svg")]
    pub plot: Option<PathBuf>,

    /// Print the results as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// One switch setting.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Setting {
    /// `--check-interval N`.
    CheckInterval(u32),
    /// `--switch-interval`, in microseconds.
    SwitchIntervalUs(u64),
}

impl Row {
    /// The row's x position on the plot.
    pub fn x_us(&self) -> f64 {
        self.setting.x_us()
    }
}

impl Setting {
    fn label(&self) -> String {
        match self {
            Setting::CheckInterval(n) => format!("check {n}"),
            Setting::SwitchIntervalUs(us) => format!("switch {}", crate::duration::show_us(*us)),
        }
    }

    /// Where the setting sits on the plot's x axis: its switch interval in µs (the check
    /// interval's floor, see docs/gil.md).
    pub fn x_us(&self) -> f64 {
        match self {
            Setting::CheckInterval(n) => {
                let b = gilpy::Interpreter::builder().check_interval(*n);
                b.effective_switch_interval().as_secs_f64() * 1e6
            }
            Setting::SwitchIntervalUs(us) => *us as f64,
        }
    }
}

/// The measurements of one setting and thread count.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub setting: Setting,
    pub label: String,
    pub threads: Option<u32>,
    pub runs: u32,
    pub median_wall_s: f64,
    pub min_wall_s: f64,
    pub max_wall_s: f64,
    pub handoffs_per_s: f64,
    /// Hand-offs in a run (median): unlike the rate, independent of how busy the
    /// machine was.
    pub median_handoffs: f64,
    pub median_handoff_us: Option<f64>,
    pub p99_handoff_us: Option<f64>,
    pub worst_wait_ms: f64,
    /// Distinct stdout texts (trimmed) with how many runs printed each.
    pub outputs: BTreeMap<String, u32>,
    /// Runs that failed (exception, deadlock, timeout), by first error line.
    pub errors: BTreeMap<String, u32>,
    /// With `--expect N`: the median of `N - output` over runs that printed a number.
    pub median_lost: Option<f64>,
}

pub fn bench(opts: &BenchOpts) -> u8 {
    let (filename, source) = match crate::run::load_checked(&opts.file) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let mut settings: Vec<Setting> = opts
        .check_intervals
        .iter()
        .map(|&n| Setting::CheckInterval(n))
        .collect();
    settings.extend(
        opts.switch_intervals
            .iter()
            .map(|d| Setting::SwitchIntervalUs(d.as_micros().max(1) as u64)),
    );
    if settings.is_empty() {
        settings = [1, 10, 100, 1000]
            .into_iter()
            .map(Setting::CheckInterval)
            .collect();
    }
    let threads: Vec<Option<u32>> = if opts.threads.is_empty() {
        vec![None]
    } else {
        opts.threads.iter().map(|&t| Some(t)).collect()
    };
    let total = (settings.len() * threads.len()) as u64 * u64::from(opts.runs);
    let bar = if opts.json {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(total)
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} runs, {elapsed} ({eta} left) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut rows = Vec::new();
    for &t in &threads {
        for &setting in &settings {
            bar.set_message(setting.label());
            rows.push(measure(opts, &filename, &source, setting, t, &bar));
        }
    }
    bar.finish_and_clear();
    if opts.json {
        match serde_json::to_string_pretty(&rows) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("gilpy: {e}");
                return 1;
            }
        }
    } else {
        print!("{}", table(&rows));
    }
    if let Some(path) = &opts.plot {
        if let Err(e) = crate::bench_plot::draw(path, &rows, &filename, opts.expect.is_some()) {
            eprintln!("gilpy: --plot {}: {e}", path.display());
            return 1;
        }
    }
    0
}

fn measure(
    opts: &BenchOpts,
    filename: &str,
    source: &str,
    setting: Setting,
    threads: Option<u32>,
    bar: &ProgressBar,
) -> Row {
    let mut walls = Vec::new();
    let mut rate = Vec::new();
    let mut medians = Vec::new();
    let mut p99s = Vec::new();
    let mut worst = Duration::ZERO;
    let mut outputs = BTreeMap::new();
    let mut errors = BTreeMap::new();
    let mut lost = Vec::new();
    let mut counts = Vec::new();
    let expect: Option<f64> = opts.expect.as_deref().and_then(|e| e.trim().parse().ok());
    for _ in 0..opts.runs {
        let mut b = gilpy::Interpreter::builder()
            .capture_output()
            .timeout(opts.timeout)
            .switch_points(match opts.switch_points {
                SwitchPointsArg::Any => gilpy::SwitchPoints::Any,
                SwitchPointsArg::Cpython => gilpy::SwitchPoints::Cpython,
            });
        b = match setting {
            Setting::CheckInterval(n) => b.check_interval(n),
            Setting::SwitchIntervalUs(us) => b.switch_interval(Duration::from_micros(us)),
        };
        let mut argv = vec![filename.to_string()];
        argv.extend(threads.map(|t| t.to_string()));
        let mut interp = b.argv(argv).build();
        let t0 = Instant::now();
        let r = interp.run_source(filename, source);
        let wall = t0.elapsed();
        walls.push(wall.as_secs_f64());
        let stats = interp.stats();
        rate.push(stats.switches as f64 / wall.as_secs_f64().max(1e-9));
        counts.push(stats.switches as f64);
        if let Some(l) = stats.handoff_latency {
            medians.push(l.median.as_secs_f64() * 1e6);
            p99s.push(l.p99.as_secs_f64() * 1e6);
        }
        if let Some((_, w)) = stats.worst_wait() {
            worst = worst.max(w);
        }
        match r {
            Ok(run) => {
                let text = run.stdout().trim_end().to_string();
                if let (Some(e), Ok(v)) = (expect, text.parse::<f64>()) {
                    lost.push(e - v);
                }
                *outputs.entry(text).or_insert(0) += 1;
            }
            Err(e) => {
                let line = e.to_string().lines().last().unwrap_or("error").to_string();
                *errors.entry(line).or_insert(0) += 1;
            }
        }
        bar.inc(1);
    }
    Row {
        setting,
        label: setting.label(),
        threads,
        runs: opts.runs,
        median_wall_s: median(&mut walls).unwrap_or(0.0),
        min_wall_s: walls.iter().copied().fold(f64::INFINITY, f64::min),
        max_wall_s: walls.iter().copied().fold(0.0, f64::max),
        handoffs_per_s: median(&mut rate).unwrap_or(0.0),
        median_handoffs: median(&mut counts).unwrap_or(0.0),
        median_handoff_us: median(&mut medians),
        p99_handoff_us: median(&mut p99s),
        worst_wait_ms: worst.as_secs_f64() * 1e3,
        outputs,
        errors,
        median_lost: median(&mut lost),
    }
}

fn median(v: &mut [f64]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    Some(v[v.len() / 2])
}

/// The human-readable table.
pub fn table(rows: &[Row]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<16} {:>7} {:>10} {:>12} {:>11} {:>10} {:>11}  outputs (count)",
        "setting", "threads", "median s", "hand-offs/s", "median µs", "p99 µs", "worst wait"
    );
    let us = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.1}"));
    for r in rows {
        let mut outs: Vec<String> = r
            .outputs
            .iter()
            .map(|(o, n)| format!("{} ({n})", shorten(o)))
            .collect();
        outs.extend(
            r.errors
                .iter()
                .map(|(e, n)| format!("error: {} ({n})", shorten(e))),
        );
        if let Some(l) = r.median_lost {
            outs.push(format!("median lost {l:.0}"));
        }
        let _ = writeln!(
            out,
            "{:<16} {:>7} {:>10.4} {:>12.0} {:>11} {:>10} {:>8.2} ms  {}",
            r.label,
            r.threads.map_or("-".to_string(), |t| t.to_string()),
            r.median_wall_s,
            r.handoffs_per_s,
            us(r.median_handoff_us),
            us(r.p99_handoff_us),
            r.worst_wait_ms,
            outs.join(", ")
        );
    }
    out
}

/// One line of an output for the table: the first line, cut at 30 characters.
fn shorten(s: &str) -> String {
    let first = s.lines().next().unwrap_or("");
    let mut cut: String = first.chars().take(30).collect();
    if cut.len() < first.len() || s.lines().count() > 1 {
        cut.push('…');
    }
    cut
}
