//! `gilpy explore --shard I/N --json FILE` and `gilpy explore merge A.json B.json ...`:
//! a seed range split into deterministic slices (seed index ≡ I mod N), each slice's
//! outcome counts written as JSON, and the slices combined into the report one run over
//! the whole range prints.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::explore::{ExploreOpts, Outcome};

/// Format version of the JSON file.
const VERSION: u32 = 1;

/// One outcome's row.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Row {
    pub outcome: Outcome,
    pub count: u64,
    pub smallest_seed: u64,
}

/// The results of an exploration (or of one shard of it).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Summary {
    pub version: u32,
    pub file: String,
    /// Schedules run here.
    pub runs: u64,
    /// The whole exploration: `--runs` and `--first-seed`.
    pub total_runs: u64,
    pub first_seed: u64,
    /// Which slices this covers (`[I, N]` each).
    pub shards: Vec<(u64, u64)>,
    /// Everything else that shapes the outcomes; shards must agree on it.
    pub options: String,
    pub expect: Option<String>,
    /// Appended to `gilpy run --seed S` in the replay line.
    pub replay_options: String,
    pub outcomes: Vec<Row>,
}

impl Summary {
    pub fn new(
        opts: &ExploreOpts,
        file: &str,
        runs: u64,
        results: BTreeMap<Outcome, (u64, u64)>,
    ) -> Summary {
        Summary {
            version: VERSION,
            file: file.to_string(),
            runs,
            total_runs: opts.runs,
            first_seed: opts.first_seed,
            shards: vec![opts.shard.unwrap_or((0, 1))],
            options: format!(
                "strategy {:?} pct-depth {} check-interval {} switch-points {:?} timeout {:?} args {:?}",
                opts.strategy,
                opts.pct_depth,
                opts.check_interval,
                opts.switch_points,
                opts.timeout,
                opts.args
            ),
            expect: opts.expect.clone(),
            replay_options: crate::explore::replay_options(opts),
            outcomes: results
                .into_iter()
                .map(|(outcome, (count, smallest_seed))| Row {
                    outcome,
                    count,
                    smallest_seed,
                })
                .collect(),
        }
    }

    pub fn write(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n").map_err(|e| e.to_string())
    }

    fn read(path: &Path) -> Result<Summary, String> {
        let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let s: Summary = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        if s.version != VERSION {
            return Err(format!("format version {} (expected {VERSION})", s.version));
        }
        Ok(s)
    }

    /// Adds another shard of the same exploration.
    fn absorb(&mut self, other: Summary) -> Result<(), String> {
        let same = self.file == other.file
            && self.total_runs == other.total_runs
            && self.first_seed == other.first_seed
            && self.options == other.options
            && self.expect == other.expect;
        if !same {
            return Err(format!(
                "not a shard of the same exploration (file {:?}, --runs {}, --first-seed {}, {})",
                other.file, other.total_runs, other.first_seed, other.options
            ));
        }
        for s in &other.shards {
            if self.shards.contains(s) {
                return Err(format!("shard {}/{} given twice", s.0, s.1));
            }
        }
        self.shards.extend(other.shards);
        self.runs += other.runs;
        let mut rows: BTreeMap<Outcome, (u64, u64)> = std::mem::take(&mut self.outcomes)
            .into_iter()
            .map(|r| (r.outcome, (r.count, r.smallest_seed)))
            .collect();
        for r in other.outcomes {
            let e = rows.entry(r.outcome).or_insert((0, r.smallest_seed));
            e.0 += r.count;
            e.1 = e.1.min(r.smallest_seed);
        }
        self.outcomes = rows
            .into_iter()
            .map(|(outcome, (count, smallest_seed))| Row {
                outcome,
                count,
                smallest_seed,
            })
            .collect();
        Ok(())
    }
}

/// `gilpy explore merge FILES...`: prints the combined report (exit status as a single
/// run's); warns on stderr when the shards do not cover the whole seed range.
pub fn merge(files: &[String]) -> u8 {
    let mut total: Option<Summary> = None;
    if files.is_empty() {
        eprintln!("gilpy: explore merge: give the JSON files written by --json");
        return 2;
    }
    // Exhaustive slices have their own format and merge.
    if let Ok(text) = std::fs::read_to_string(&files[0]) {
        match crate::exhaustive_shard::Slice::parse(&text) {
            Some(Ok(first)) => return crate::exhaustive_shard::merge(first, files),
            Some(Err(e)) => {
                eprintln!("gilpy: explore merge: {}: {e}", files[0]);
                return 2;
            }
            None => {}
        }
    }
    for f in files {
        let s = match Summary::read(Path::new(f)) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("gilpy: explore merge: {f}: {e}");
                return 2;
            }
        };
        match &mut total {
            None => total = Some(s),
            Some(t) => {
                if let Err(e) = t.absorb(s) {
                    eprintln!("gilpy: explore merge: {f}: {e}");
                    return 2;
                }
            }
        }
    }
    let Some(total) = total else { return 2 };
    if total.runs != total.total_runs {
        eprintln!(
            "gilpy: explore merge: the shards cover {} of {} schedules",
            total.runs, total.total_runs
        );
    }
    crate::explore::report(&total).0
}
