//! `--stats`: a per-thread table of what the scheduler did.

use std::fmt::Write;
use std::time::Duration;

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1e3)
}

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

/// The table printed to stderr after a run.
pub fn render(stats: &gilpy::Stats, wall: Duration) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "gilpy stats: {:.3} s wall, {} instructions, {} GIL hand-offs ({:.0}/s)",
        wall.as_secs_f64(),
        stats.instructions,
        stats.switches,
        stats.switches as f64 / wall.as_secs_f64().max(1e-9)
    );
    if let Some(l) = &stats.handoff_latency {
        let _ = writeln!(
            out,
            "  hand-off latency: median {}, p99 {}, max {} ({} measured)",
            us(l.median),
            us(l.p99),
            us(l.max),
            l.count
        );
    }
    let _ = writeln!(
        out,
        "  heap: peak {} objects, {} live, {} collections{}",
        stats.peak_objects,
        stats.live_objects,
        stats.collections,
        peak_rss_kib().map_or(String::new(), |k| format!(
            "; peak RSS {:.1} MB",
            k as f64 / 1024.0
        ))
    );
    if let Some((name, w)) = stats.worst_wait() {
        let _ = writeln!(out, "  worst GIL wait: {} ms ({name})", ms(w));
    }
    let _ = writeln!(
        out,
        "  {:<24} {:>12} {:>10} {:>10} {:>12} {:>10} {:>9}",
        "thread", "instructions", "hold ms", "wait ms", "max wait ms", "blocked ms", "switches"
    );
    for t in &stats.threads {
        let s = &t.stats;
        let _ = writeln!(
            out,
            "  {:<24} {:>12} {:>10} {:>10} {:>12} {:>10} {:>9}",
            t.name,
            s.instructions,
            ms(s.hold),
            ms(s.wait),
            ms(s.max_wait),
            ms(s.blocked),
            s.switches_in
        );
    }
    out
}

/// The process's peak resident set size (`VmHWM` in `/proc/self/status`; Linux only).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
