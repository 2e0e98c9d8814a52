//! `gilpy explore`: run a script under many seeded schedules, in parallel, and report
//! each distinct outcome with how often it happened and the smallest seed that gives it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};

use crate::args::{StrategyArg, SwitchPointsArg};
use crate::duration::parse_duration;

#[derive(Args, Debug)]
pub struct ExploreOpts {
    /// The script to explore.
    pub file: PathBuf,

    /// How many schedules (seeds) to run.
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub runs: u64,

    /// The first seed; runs use seeds FIRST, FIRST+1, ...
    #[arg(long, default_value_t = 0, value_name = "FIRST")]
    pub first_seed: u64,

    /// How the seeded scheduler picks the next thread.
    #[arg(long, value_enum, default_value = "random")]
    pub strategy: StrategyArg,

    /// Priority change points for --strategy pct.
    #[arg(long, value_name = "D", default_value_t = 3,
          value_parser = clap::value_parser!(u32).range(1..=64))]
    pub pct_depth: u32,

    /// Interpreters run in parallel (default: the number of cores).
    #[arg(long, value_name = "J", value_parser = clap::value_parser!(u64).range(1..=256))]
    pub jobs: Option<u64>,

    /// The output every schedule should print (compared without trailing newlines);
    /// exit 1 naming the smallest seed that prints something else.
    #[arg(long, value_name = "TEXT")]
    pub expect: Option<String>,

    /// Mean instructions between seeded switch decisions.
    #[arg(long, value_name = "N", default_value_t = 100,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub check_interval: u32,

    /// Where switches may fall.
    #[arg(long, value_enum, default_value = "any")]
    pub switch_points: SwitchPointsArg,

    /// Stop any one run after this long.
    #[arg(long, value_name = "DUR", value_parser = parse_duration, default_value = "60s")]
    pub timeout: Duration,

    /// Then run one schedule again with a timeline of the GIL (`.json` Chrome trace events
    /// or `.svg`): the smallest seed that differs from --expect, else --first-seed.
    #[arg(long, value_name = "FILE")]
    pub trace: Option<PathBuf>,

    /// Enumerate every schedule with at most --preemptions preemptions (CHESS-style,
    /// depth-first, decisions only before instructions other threads can observe)
    /// instead of sampling seeds.
    #[arg(long)]
    pub exhaustive: bool,

    /// The preemption bound for --exhaustive (switches away from a thread that could
    /// have gone on).
    #[arg(long, value_name = "C", default_value_t = 2)]
    pub preemptions: u32,

    /// --exhaustive: stop after this many schedules (the report says it was cut short).
    #[arg(long, value_name = "N")]
    pub max_schedules: Option<u64>,

    /// --exhaustive: write the failing schedule with the fewest preemptions for
    /// `gilpy run --replay`.
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,

    /// Run only slice I of N of the seeds (seed index ≡ I mod N; I counts from 0), or
    /// with --exhaustive of the schedule tree (subtrees dealt round-robin).
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub shard: Option<(u64, u64)>,

    /// Also write the results as JSON, mergeable with `gilpy explore merge A.json B.json ...`.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Arguments for the script.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// `I/N` with `I < N`.
fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let (i, n) = s.split_once('/').ok_or("expected I/N, e.g. 0/4")?;
    let i: u64 = i
        .trim()
        .parse()
        .map_err(|_| format!("bad shard index {i:?}"))?;
    let n: u64 = n
        .trim()
        .parse()
        .map_err(|_| format!("bad shard count {n:?}"))?;
    if n == 0 || i >= n {
        return Err(format!("shard {i}/{n}: need 0 <= I < N"));
    }
    Ok((i, n))
}

/// What one schedule produced.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    pub status: i32,
    pub stdout: String,
    /// The last stderr line (the exception or the deadlock headline), if it failed.
    pub error: String,
}

pub fn explore(opts: &ExploreOpts) -> u8 {
    // `gilpy explore merge A.json B.json ...` (unless a script is really named `merge`).
    if opts.file.as_os_str() == "merge" && !opts.file.exists() {
        return crate::shard::merge(&opts.args);
    }
    let (filename, source) = match crate::run::load_checked(&opts.file) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    if opts.exhaustive {
        return crate::exhaustive::exhaustive(opts, &filename, &source);
    }
    let jobs = opts
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get() as u64));
    // Seed indices this run owns: all of 0..runs, or those ≡ I mod N for --shard I/N.
    let (shard, shards) = opts.shard.unwrap_or((0, 1));
    let mine = (opts.runs + shards - 1 - shard) / shards;
    let bar = ProgressBar::new(mine);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} schedules, {elapsed} ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let next = AtomicU64::new(0);
    let results: Mutex<BTreeMap<Outcome, (u64, u64)>> = Mutex::new(BTreeMap::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.min(mine.max(1)) {
            s.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                if k >= mine {
                    break;
                }
                let i = k * shards + shard;
                let seed = opts.first_seed.wrapping_add(i);
                let outcome = run_one(opts, &filename, &source, seed);
                if let Ok(mut r) = results.lock() {
                    let e = r.entry(outcome).or_insert((0, seed));
                    e.0 += 1;
                    e.1 = e.1.min(seed);
                }
                bar.inc(1);
            });
        }
    });
    bar.finish_and_clear();
    let results = results.into_inner().unwrap_or_default();
    let summary = crate::shard::Summary::new(opts, &filename, mine, results);
    if let Some(path) = &opts.json {
        if let Err(e) = summary.write(path) {
            eprintln!("gilpy: --json {}: {e}", path.display());
            return 2;
        }
    }
    let (status, failing) = report(&summary);
    if let Some(path) = &opts.trace {
        let seed = failing.unwrap_or(opts.first_seed);
        let mut interp = builder(opts, &filename, seed).trace(true).build();
        let _ = interp.run_source(&filename, &source);
        match crate::run::write_trace(&interp, path, &format!("{filename} --seed {seed}")) {
            Ok(()) => println!("trace of seed {seed}: {}", path.display()),
            Err(e) => {
                eprintln!("gilpy: --trace {}: {e}", path.display());
                return 2;
            }
        }
    }
    status
}

/// The interpreter for one seeded schedule.
pub fn builder(opts: &ExploreOpts, filename: &str, seed: u64) -> gilpy::Builder {
    let strategy = match opts.strategy {
        StrategyArg::Random => gilpy::Strategy::Random,
        StrategyArg::Pct => gilpy::Strategy::Pct {
            depth: opts.pct_depth,
        },
        StrategyArg::Bounded => gilpy::Strategy::Bounded {
            preemptions: opts.preemptions,
        },
    };
    let mut argv = vec![filename.to_string()];
    argv.extend(opts.args.iter().cloned());
    gilpy::Interpreter::builder()
        .seed(seed)
        .strategy(strategy)
        .check_interval(opts.check_interval)
        .switch_points(match opts.switch_points {
            SwitchPointsArg::Any => gilpy::SwitchPoints::Any,
            SwitchPointsArg::Cpython => gilpy::SwitchPoints::Cpython,
        })
        .timeout(opts.timeout)
        .argv(argv)
        .capture_output()
}

fn run_one(opts: &ExploreOpts, filename: &str, source: &str, seed: u64) -> Outcome {
    let mut interp = builder(opts, filename, seed).build();
    let result = interp.run_source(filename, source);
    outcome_of(&interp, result)
}

/// The outcome of a finished run.
pub fn outcome_of(
    interp: &gilpy::Interpreter,
    result: Result<gilpy::RunResult, gilpy::Error>,
) -> Outcome {
    let (stdout, stderr) = interp.output();
    let (stdout, stderr) = (stdout.to_string(), stderr.to_string());
    let last = |text: &str| text.lines().last().unwrap_or("").to_string();
    match result {
        Ok(r) => Outcome {
            status: r.exit_code,
            stdout: r.stdout,
            error: last(&r.stderr),
        },
        Err(gilpy::Error::Uncaught { traceback, .. }) => Outcome {
            status: 1,
            stdout,
            error: last(&traceback),
        },
        Err(gilpy::Error::Deadlock(_)) => Outcome {
            status: 3,
            stdout,
            error: "deadlock".into(),
        },
        Err(gilpy::Error::Timeout) => Outcome {
            status: 4,
            stdout,
            error: "timed out".into(),
        },
        Err(e) => Outcome {
            status: 1,
            stdout,
            error: if stderr.is_empty() {
                e.to_string()
            } else {
                last(&stderr)
            },
        },
    }
}

/// At most `n` characters of `s` on one line, for the outcome table.
pub fn abbreviate(s: &str, n: usize) -> String {
    let one_line = s.trim_end().replace('\n', "⏎");
    if one_line.chars().count() <= n {
        one_line
    } else {
        let head: String = one_line.chars().take(n).collect();
        format!("{head}…")
    }
}

/// Prints the outcome table; returns the exit status and the smallest seed that differs
/// from `--expect`, if any.
pub fn report(sum: &crate::shard::Summary) -> (u8, Option<u64>) {
    let filename = &sum.file;
    let mut rows: Vec<(Outcome, u64, u64)> = sum
        .outcomes
        .iter()
        .map(|r| (r.outcome.clone(), r.count, r.smallest_seed))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    println!(
        "{} schedules of {filename}: {} distinct outcome{}",
        sum.runs,
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    );
    const SHOWN: usize = 12;
    if rows.len() > SHOWN {
        println!("  (the {SHOWN} most frequent shown)");
    }
    for (o, count, seed) in rows.iter().take(SHOWN) {
        let err = if o.error.is_empty() {
            String::new()
        } else {
            format!(", {}", abbreviate(&o.error, 50))
        };
        println!(
            "  {count:>6} × exit {}{err}: {:<40}  smallest seed {seed}",
            o.status,
            abbreviate(&o.stdout, 40),
        );
    }
    let Some(expect) = &sum.expect else {
        return (0, None);
    };
    let want = expect.trim_end_matches('\n');
    let differs = |o: &Outcome| o.stdout.trim_end_matches('\n') != want || o.status != 0;
    let bad_runs: u64 = rows.iter().filter(|r| differs(&r.0)).map(|r| r.1).sum();
    let bad = rows
        .iter()
        .filter(|r| differs(&r.0))
        .min_by_key(|(_, _, seed)| *seed);
    match bad {
        None => {
            println!("every schedule printed the expected output");
            (0, None)
        }
        Some((o, _, seed)) => {
            println!(
                "{bad_runs} of {} schedules differ from --expect; smallest seed {seed} printed {:?}",
                sum.runs,
                abbreviate(&o.stdout, 60)
            );
            println!(
                "replay: gilpy run --seed {seed}{} {filename}",
                sum.replay_options
            );
            (1, Some(*seed))
        }
    }
}

/// The `gilpy run` options that replay a seed of this exploration.
pub fn replay_options(opts: &ExploreOpts) -> String {
    let extra = match opts.strategy {
        StrategyArg::Random => String::new(),
        StrategyArg::Pct => format!(" --strategy pct --pct-depth {}", opts.pct_depth),
        StrategyArg::Bounded => format!(" --strategy bounded --preemptions {}", opts.preemptions),
    };
    let ci = if opts.check_interval == 100 {
        String::new()
    } else {
        format!(" --check-interval {}", opts.check_interval)
    };
    format!("{extra}{ci}")
}
