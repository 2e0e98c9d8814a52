//! `gilpy explore` at scale: sharded runs merge into the single run's report byte for
//! byte; `--exhaustive` proves a locked counter right and explains the unlocked one's
//! lost update with a minimal interleaving that `--replay` reproduces.

use std::path::Path;

mod common;
use common::{gilpy, scratch};

/// A counter script: `threads` threads of `n` increments, with or without a lock.
fn counter(dir: &Path, name: &str, threads: u32, n: u32, locked: bool) -> String {
    let body = if locked {
        "        with lock:\n            counter += 1\n"
    } else {
        "        counter += 1\n"
    };
    let src = format!(
        "import threading\ncounter = 0\nlock = threading.Lock()\n\ndef worker():\n    global counter\n    for _ in range({n}):\n{body}\nts = [threading.Thread(target=worker) for _ in range({threads})]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(counter)\n"
    );
    let path = dir.join(name);
    std::fs::write(&path, src).expect("script written");
    path.to_str().expect("utf-8 path").to_string()
}

#[test]
fn shards_merged_equal_one_run_byte_for_byte() {
    let dir = scratch("shards");
    let script = counter(&dir, "racy.py", 3, 200, false);
    let all = dir.join("all.json");
    let (code, single, _) = gilpy(&[
        "explore",
        "--runs",
        "30",
        "--expect",
        "600",
        "--json",
        all.to_str().unwrap(),
        &script,
    ]);
    assert_eq!(code, 1, "{single}");
    let mut files = Vec::new();
    for i in 0..3 {
        let f = dir.join(format!("s{i}.json"));
        let shard = format!("{i}/3");
        let (_, out, _) = gilpy(&[
            "explore",
            "--runs",
            "30",
            "--expect",
            "600",
            "--shard",
            &shard,
            "--json",
            f.to_str().unwrap(),
            &script,
        ]);
        assert!(out.contains(" schedules of "), "{out}");
        files.push(f.to_str().unwrap().to_string());
    }
    let mut args = vec!["explore", "merge"];
    args.extend(files.iter().map(String::as_str));
    let (mcode, merged, err) = gilpy(&args);
    assert_eq!(
        merged, single,
        "merged report differs from the single run ({err})"
    );
    assert_eq!(mcode, code);
    // A missing shard is reported.
    let (_, _, err) = gilpy(&["explore", "merge", &files[0], &files[1]]);
    assert!(err.contains("cover 20 of 30"), "{err}");
}

#[test]
fn exhaustive_proves_the_locked_counter() {
    let dir = scratch("locked");
    let script = counter(&dir, "locked.py", 2, 3, true);
    let (code, out, err) = gilpy(&["explore", "--exhaustive", "--preemptions", "2", &script]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("explored all "), "{out}");
    assert!(
        out.contains("schedules with ≤ 2 preemptions print \"6\""),
        "{out}"
    );
}

#[test]
fn exhaustive_finishes_on_three_locked_threads() {
    let dir = scratch("locked3");
    let script = counter(&dir, "locked3.py", 3, 1, true);
    let (code, out, err) = gilpy(&[
        "explore",
        "--exhaustive",
        "--preemptions",
        "2",
        "--expect",
        "3",
        &script,
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("explored all "), "{out}");
}

#[test]
fn exhaustive_explains_the_lost_update_with_one_preemption() {
    let dir = scratch("racy");
    let script = counter(&dir, "racy.py", 2, 3, false);
    let rec = dir.join("lost.sched");
    let (code, out, err) = gilpy(&[
        "explore",
        "--exhaustive",
        "--preemptions",
        "2",
        "--expect",
        "6",
        "--record",
        rec.to_str().unwrap(),
        &script,
    ]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("one with 1 preemption:"), "{out}");
    assert!(out.contains("lost update"), "{out}");
    assert!(out.contains("STORE_GLOBAL counter"), "{out}");
    // The printed schedule replays to a lost update.
    let (_, replayed, err) = gilpy(&["run", "--replay", rec.to_str().unwrap(), &script]);
    assert_ne!(replayed.trim(), "6", "{err}");
    assert!(
        out.contains(&format!("print \"{}\"", replayed.trim())),
        "{out}\n{replayed}"
    );
}

#[test]
fn exhaustive_says_when_a_budget_cut_it_short() {
    let dir = scratch("budget");
    let script = counter(&dir, "racy.py", 2, 3, false);
    let (_, out, _) = gilpy(&[
        "explore",
        "--exhaustive",
        "--preemptions",
        "2",
        "--max-schedules",
        "5",
        &script,
    ]);
    assert!(out.contains("explored 5 schedules"), "{out}");
    assert!(out.contains("cut short by --max-schedules 5"), "{out}");
}
