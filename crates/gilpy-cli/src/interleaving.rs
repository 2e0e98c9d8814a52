//! A bounded run's visible instructions drawn as an interleaving, the way a textbook
//! draws the lost update: one line per read or write of shared state (thread, line,
//! instruction, value), a rule where another thread takes over, and a note on each
//! write that overwrites another thread's write made after this thread's read.

use std::collections::HashMap;
use std::fmt::Write;

use gilpy::OpNote;

/// Lines shown at the start and end of a long stretch of one thread.
const HEAD: usize = 2;
const TAIL: usize = 4;

/// The data accesses of `notes` (calls and iteration are left out), grouped by stretch.
pub fn render(notes: &[OpNote]) -> String {
    let data: Vec<&OpNote> = notes.iter().filter(|n| is_data(&n.op)).collect();
    let lost = lost_updates(&data);
    let width = data.iter().map(|n| n.thread.len()).max().unwrap_or(0);
    let mut out = String::new();
    let mut i = 0;
    while i < data.len() {
        let thread = &data[i].thread;
        let end = (i..data.len())
            .find(|&k| data[k].thread != *thread)
            .unwrap_or(data.len());
        if i > 0 {
            let _ = writeln!(out, "  ── switch to {thread}");
        }
        let len = end - i;
        for (k, n) in data.iter().enumerate().take(end).skip(i) {
            let pos = k - i;
            if len > HEAD + TAIL + 1 && pos >= HEAD && pos < len - TAIL {
                if pos == HEAD {
                    let _ = writeln!(out, "  {:width$}  … {} more", "", len - HEAD - TAIL);
                }
                continue;
            }
            let file = n.file.rsplit('/').next().unwrap_or(&n.file);
            let mut line = format!(
                "  {:width$}  {:>16}  {:<24} {}",
                n.thread,
                format!("{file}:{}", n.line),
                n.op,
                n.value
            );
            if let Some(note) = lost.get(&k) {
                line.push_str("   ← ");
                line.push_str(note);
            }
            let _ = writeln!(out, "{}", line.trim_end());
        }
        i = end;
    }
    out
}

fn is_data(op: &str) -> bool {
    ["LOAD_GLOBAL", "STORE_GLOBAL", "_ATTR", "DEREF", "SUBSCR"]
        .iter()
        .any(|k| op.contains(k))
        // Module-level names that are functions or classes are read, not raced on.
        && !op.starts_with("LOAD_GLOBAL threading")
}

/// The written location of a store note (`STORE_GLOBAL counter` → `counter`).
fn location(op: &str) -> Option<&str> {
    op.strip_prefix("STORE_GLOBAL ")
        .or_else(|| op.strip_prefix("LOAD_GLOBAL "))
}

/// For each global store that overwrites another thread's store made after the storing
/// thread last read the global: the note to print on it.
fn lost_updates(data: &[&OpNote]) -> HashMap<usize, String> {
    // (thread, global) -> index of that thread's last read of it.
    let mut last_read: HashMap<(&str, &str), usize> = HashMap::new();
    // global -> (index, thread, value text) of the last store.
    let mut last_store: HashMap<&str, (usize, &str, &str)> = HashMap::new();
    let mut notes = HashMap::new();
    for (k, n) in data.iter().enumerate() {
        let Some(loc) = location(&n.op) else {
            continue;
        };
        if n.op.starts_with("LOAD_GLOBAL") {
            last_read.insert((&n.thread, loc), k);
        } else {
            if let (Some(&r), Some(&(w, other, value))) =
                (last_read.get(&(&*n.thread, loc)), last_store.get(loc))
            {
                if w > r && other != n.thread {
                    notes.insert(
                        k,
                        format!("lost update: {other} {value} after this thread read {loc}"),
                    );
                }
            }
            last_store.insert(loc, (k, &n.thread, &n.value));
        }
    }
    notes
}
