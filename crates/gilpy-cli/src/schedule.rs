//! `--record` / `--replay` files: the options line and loading.

use std::path::Path;

use crate::args::{RunOpts, StrategyArg, SwitchPointsArg};

/// A loaded schedule.
pub struct Loaded {
    pub seed: u64,
    pub options: String,
    pub draws: Vec<gilpy::Draw>,
}

/// The options that shape a seeded schedule, as written on the file's second line.
pub fn options_text(opts: &RunOpts) -> String {
    let strategy = match opts.strategy {
        Some(StrategyArg::Pct) => format!("strategy pct pct-depth {}", opts.pct_depth),
        Some(StrategyArg::Bounded) => format!("strategy bounded preemptions {}", opts.preemptions),
        _ => "strategy random".to_string(),
    };
    let points = match opts.switch_points {
        SwitchPointsArg::Any => "any",
        SwitchPointsArg::Cpython => "cpython",
    };
    format!(
        "{strategy} check-interval {} switch-points {points}",
        opts.check_interval
    )
}

pub fn load(path: &Path) -> Result<Loaded, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let (seed, options, draws) = gilpy::parse_schedule(&text)?;
    Ok(Loaded {
        seed,
        options,
        draws,
    })
}

/// The run options a schedule file asks for (seed, strategy, interval, switch points).
pub fn apply(opts: &RunOpts, r: &Loaded) -> RunOpts {
    let words: Vec<&str> = r.options.split_whitespace().collect();
    let value = |key: &str| {
        words
            .iter()
            .position(|w| *w == key)
            .and_then(|i| words.get(i + 1))
            .copied()
    };
    RunOpts {
        seed: Some(r.seed),
        strategy: Some(match value("strategy") {
            Some("pct") => StrategyArg::Pct,
            Some("bounded") => StrategyArg::Bounded,
            _ => StrategyArg::Random,
        }),
        preemptions: value("preemptions")
            .and_then(|v| v.parse().ok())
            .unwrap_or(opts.preemptions),
        pct_depth: value("pct-depth")
            .and_then(|v| v.parse().ok())
            .unwrap_or(opts.pct_depth),
        check_interval: value("check-interval")
            .and_then(|v| v.parse().ok())
            .unwrap_or(opts.check_interval),
        switch_points: if value("switch-points") == Some("cpython") {
            SwitchPointsArg::Cpython
        } else {
            SwitchPointsArg::Any
        },
        switch_interval: None,
        stats: opts.stats,
        record: None,
        replay: None,
        detect_races: opts.detect_races,
        trace: opts.trace.clone(),
        timeout: opts.timeout,
        max_instructions: opts.max_instructions,
        recursion_limit: opts.recursion_limit,
        file: opts.file.clone(),
        args: opts.args.clone(),
    }
}
