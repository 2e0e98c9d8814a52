//! The command line, as clap types.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::duration::parse_duration;

#[derive(Parser, Debug)]
#[command(
    name = "gilpy",
    version,
    about = "A Python-like language whose VM runs real threads behind one GIL",
    after_help = "`gilpy FILE [ARGS]` is short for `gilpy run FILE [ARGS]`."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a script.
    Run(RunOpts),
    /// Print a script's bytecode, one block per code object, like `python -m dis`.
    Dis(DisOpts),
    /// Run a script under many seeded schedules and list the distinct outcomes.
    Explore(crate::explore::ExploreOpts),
    /// Sweep the switch interval over a script: wall time, hand-offs per second,
    /// hand-off latency, worst GIL wait and the distinct outputs per setting.
    Bench(crate::bench::BenchOpts),
}

/// Where a thread switch may fall.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwitchPointsArg {
    /// At any instruction boundary, like CPython 2.7 to 3.9.
    Any,
    /// Only where CPython 3.10+ checks its eval breaker: backward jumps, function
    /// entry and right after calls.
    Cpython,
}

/// Seeded scheduling strategies.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrategyArg {
    /// A uniformly random runnable thread at each switch point, random quanta.
    Random,
    /// Probabilistic concurrency testing: random priorities with a few change points.
    Pct,
    /// Bounded preemptions, choices from a recording (what `explore --exhaustive`
    /// writes; with a seed alone it runs the schedule without preemptions).
    Bounded,
}

#[derive(Args, Debug)]
pub struct RunOpts {
    /// Offer the GIL to another thread every N instructions (Python 2 style).
    #[arg(long, value_name = "N", default_value_t = 100,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub check_interval: u32,

    /// CPython 3 style: a thread that waited this long for the GIL gets it at the
    /// holder's next switch point (e.g. 5ms); replaces the instruction count.
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub switch_interval: Option<Duration>,

    /// Deterministic schedule: every switch decision from a PRNG seeded with S, sleeps
    /// and timeouts on a virtual clock. Same script + seed + options = same output.
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,

    /// How a seeded run picks the next thread (implies --seed 0 if no seed is given).
    #[arg(long, value_enum, value_name = "STRATEGY")]
    pub strategy: Option<StrategyArg>,

    /// Preemption bound for --strategy bounded.
    #[arg(long, value_name = "C", default_value_t = 2)]
    pub preemptions: u32,

    /// Priority change points for --strategy pct (the bug depth it targets).
    #[arg(long, value_name = "D", default_value_t = 3,
          value_parser = clap::value_parser!(u32).range(1..=64))]
    pub pct_depth: u32,

    /// Write the seeded schedule to FILE (text, one draw per line with thread and line).
    #[arg(long, value_name = "FILE")]
    pub record: Option<std::path::PathBuf>,

    /// Follow a schedule written by --record (seed and options come from the file); says
    /// at which step and line the program diverges from it.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["seed", "strategy"])]
    pub replay: Option<std::path::PathBuf>,

    /// Report lost updates (read-modify-writes whose read another thread's write made
    /// stale) with the threads and lines involved, and a summary per location at exit.
    #[arg(long)]
    pub detect_races: bool,

    /// Write a timeline of who held the GIL: FILE.json is Chrome trace events (open in
    /// Perfetto or chrome://tracing), FILE.svg a picture (one lane per thread).
    #[arg(long, value_name = "FILE")]
    pub trace: Option<std::path::PathBuf>,

    /// Print per-thread numbers to stderr at exit: instructions, GIL hold / wait /
    /// blocked time, switches.
    #[arg(long)]
    pub stats: bool,

    /// Where switches may fall.
    #[arg(long, value_enum, value_name = "WHERE", default_value = "any")]
    pub switch_points: SwitchPointsArg,

    /// Stop the script after this long (e.g. 10s, 500ms).
    #[arg(long, value_name = "DUR", value_parser = parse_duration)]
    pub timeout: Option<Duration>,

    /// Stop the script after this many instructions (all threads together).
    #[arg(long, value_name = "N")]
    pub max_instructions: Option<u64>,

    /// Maximum Python call depth before RecursionError (default 1000).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub recursion_limit: Option<u32>,

    /// The script to run.
    pub file: PathBuf,

    /// Arguments for the script (`sys.argv[1:]`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

#[derive(Args, Debug)]
pub struct DisOpts {
    /// The script to disassemble.
    pub file: PathBuf,
}

impl RunOpts {
    /// The seeded strategy these options ask for (random unless `--strategy pct`).
    pub fn strategy(&self) -> gilpy::Strategy {
        match self.strategy {
            Some(StrategyArg::Pct) => gilpy::Strategy::Pct {
                depth: self.pct_depth,
            },
            Some(StrategyArg::Bounded) => gilpy::Strategy::Bounded {
                preemptions: self.preemptions,
            },
            _ => gilpy::Strategy::Random,
        }
    }
}
