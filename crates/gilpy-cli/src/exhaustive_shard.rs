//! `gilpy explore --exhaustive --shard I/N --json FILE` writes one slice of the bounded
//! search (which slice: `exhaustive.rs`'s `split`); `gilpy explore merge` reads the
//! slices back and prints the report one unsharded `--exhaustive` run prints.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::exhaustive::{note, report, Seen, Setup};
use crate::explore::Outcome;

/// Format version of the JSON file.
pub const VERSION: u32 = 1;

/// The results of some shards of one exhaustive exploration.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Slice {
    pub version: u32,
    /// The script (with its source) and the options; shards must agree on them. Its
    /// presence also tells a merge that the file is an exhaustive slice, not seeds.
    pub exhaustive: Setup,
    /// Which slices this covers (`[I, N]` each).
    pub shards: Vec<(u64, u64)>,
    /// Schedules run by these shards.
    pub explored: u64,
    /// Why a shard stopped early, if one did.
    pub cut: Option<String>,
    pub outcomes: Vec<(Outcome, Seen)>,
}

impl Slice {
    pub fn write(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n").map_err(|e| e.to_string())
    }

    /// Parses `text` if it is an exhaustive slice (`None` if it is something else).
    pub fn parse(text: &str) -> Option<Result<Slice, String>> {
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        value.get("exhaustive")?;
        let slice: Slice = match serde_json::from_value(value) {
            Ok(s) => s,
            Err(e) => return Some(Err(e.to_string())),
        };
        if slice.version != VERSION {
            return Some(Err(format!(
                "format version {} (expected {VERSION})",
                slice.version
            )));
        }
        Some(Ok(slice))
    }

    fn absorb(&mut self, other: Slice) -> Result<(), String> {
        if self.exhaustive != other.exhaustive {
            return Err(format!(
                "not a shard of the same exhaustive exploration (file {:?}, --preemptions {})",
                other.exhaustive.file, other.exhaustive.preemptions
            ));
        }
        for s in &other.shards {
            if self.shards.contains(s) {
                return Err(format!("shard {}/{} given twice", s.0, s.1));
            }
            if self.shards.first().is_some_and(|f| f.1 != s.1) {
                return Err(format!(
                    "shard {}/{} does not split the tree like {}/{}",
                    s.0, s.1, self.shards[0].0, self.shards[0].1
                ));
            }
        }
        self.shards.extend(other.shards);
        self.explored += other.explored;
        if self.cut.is_none() {
            self.cut = other.cut;
        }
        let mut rows: BTreeMap<Outcome, Seen> =
            std::mem::take(&mut self.outcomes).into_iter().collect();
        for (outcome, seen) in other.outcomes {
            note(&mut rows, outcome, seen);
        }
        self.outcomes = rows.into_iter().collect();
        Ok(())
    }
}

/// Merges exhaustive slices (`files[0]` already parsed as `first`) and prints the
/// report; warns on stderr when shards are missing.
pub fn merge(first: Slice, files: &[String]) -> u8 {
    let mut total = first;
    for f in &files[1..] {
        let slice = std::fs::read_to_string(f)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                Slice::parse(&text).unwrap_or_else(|| Err("not an --exhaustive shard".into()))
            });
        if let Err(e) = slice.and_then(|s| total.absorb(s)) {
            eprintln!("gilpy: explore merge: {f}: {e}");
            return 2;
        }
    }
    let n = total.shards.first().map_or(1, |s| s.1);
    let missing: Vec<String> = (0..n)
        .filter(|i| !total.shards.iter().any(|s| s.0 == *i))
        .map(|i| format!("{i}/{n}"))
        .collect();
    let part = if missing.is_empty() {
        None
    } else {
        eprintln!(
            "gilpy: explore merge: shard{} {} missing: the report is not exhaustive",
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", ")
        );
        // Name what the merge covers as the report's headline slice.
        Some((n - missing.len() as u64, n))
    };
    report(
        &total.exhaustive,
        total.explored,
        total.cut,
        total.outcomes.into_iter().collect(),
        part,
    )
}
