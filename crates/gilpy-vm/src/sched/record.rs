//! The `--record` / `--replay` schedule file: a versioned header, the seed and options,
//! then one seeded draw per line with the thread and line that was running.

use super::seeded::{Draw, Seeded};

/// The text of a recorded schedule: a versioned header, then one draw per line.
pub fn schedule_text(s: &Seeded, options: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "gilpy-schedule 1");
    let _ = writeln!(out, "seed {} {options}", s.seed);
    let _ = writeln!(
        out,
        "# step: choice out of bound, then the thread and line running when it was drawn"
    );
    for (i, d) in s.recording.iter().flatten().enumerate() {
        let _ = writeln!(out, "{} {}/{} {}", i + 1, d.result, d.bound, d.context);
    }
    out
}

/// Parses a schedule file into its seed, option text and draws.
pub fn parse_schedule(text: &str) -> Result<(u64, String, Vec<Draw>), String> {
    let mut lines = text.lines();
    if lines.next() != Some("gilpy-schedule 1") {
        return Err("not a gilpy schedule (expected the header 'gilpy-schedule 1')".into());
    }
    let head = lines.next().unwrap_or("");
    let mut words = head.split_whitespace();
    let seed = match (
        words.next(),
        words.next().and_then(|w| w.parse::<u64>().ok()),
    ) {
        (Some("seed"), Some(s)) => s,
        _ => return Err(format!("bad second line {head:?}: expected 'seed N ...'")),
    };
    let options: Vec<&str> = words.collect();
    let mut draws = Vec::new();
    for (n, line) in lines.enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, ' ');
        let _step = parts.next();
        let choice = parts.next().unwrap_or("");
        let context = parts.next().unwrap_or("").to_string();
        let (r, b) = choice
            .split_once('/')
            .and_then(|(r, b)| Some((r.parse().ok()?, b.parse().ok()?)))
            .ok_or_else(|| format!("line {}: bad draw {line:?}", n + 4))?;
        draws.push(Draw {
            bound: b,
            result: r,
            context,
        });
    }
    Ok((seed, options.join(" "), draws))
}
