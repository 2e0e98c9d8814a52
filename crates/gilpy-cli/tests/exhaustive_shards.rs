//! `gilpy explore --exhaustive --shard I/N --json F` and `gilpy explore merge`: the
//! shards split the bounded schedule tree, together run each schedule once, and merge
//! into the report one unsharded run prints, byte for byte.

use std::path::Path;

mod common;
use common::{gilpy, scratch};

/// Two threads of `n` unlocked increments: lost updates under one preemption.
fn racy(dir: &Path, n: u32) -> String {
    let src = format!(
        "import threading\ncounter = 0\n\ndef worker():\n    global counter\n    for _ in range({n}):\n        counter += 1\n\nts = [threading.Thread(target=worker) for _ in range(2)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(counter)\n"
    );
    let path = dir.join("racy.py");
    std::fs::write(&path, src).expect("script written");
    path.to_str().expect("utf-8 path").to_string()
}

/// The number in "explored N schedules" / "explored all N schedules".
fn explored(out: &str) -> u64 {
    let rest = out.split("explored ").nth(1).expect("a headline");
    let rest = rest.strip_prefix("all ").unwrap_or(rest);
    rest.split(' ').next().unwrap().parse().expect("a count")
}

fn shards_merge_like_one_run(n: u64, jobs: &str, expect: Option<&str>) {
    let dir = scratch(&format!("{n}-{jobs}-{}", expect.is_some()));
    let script = racy(&dir, 2);
    let mut common = vec![
        "explore",
        "--exhaustive",
        "--preemptions",
        "2",
        "--jobs",
        jobs,
    ];
    if let Some(e) = expect {
        common.extend(["--expect", e]);
    }
    let mut single_args = common.clone();
    single_args.push(&script);
    let (code, single, err) = gilpy(&single_args);
    assert!(single.contains("explored all "), "{single}{err}");
    let total = explored(&single);
    let mut files = Vec::new();
    let mut sum = 0;
    for i in 0..n {
        let f = dir.join(format!("s{i}.json")).to_str().unwrap().to_string();
        let shard = format!("{i}/{n}");
        let mut args = common.clone();
        args.extend(["--shard", &shard, "--json", &f, &script]);
        let (_, out, err) = gilpy(&args);
        assert!(
            out.contains(&format!("shard {i}/{n}: explored ")),
            "{out}{err}"
        );
        assert!(!out.contains("explored all"), "{out}");
        sum += explored(&out);
        files.push(f);
    }
    // Each schedule runs in exactly one shard.
    assert_eq!(sum, total, "{single}");
    // Any order of the files.
    files.reverse();
    let mut args = vec!["explore", "merge"];
    args.extend(files.iter().map(String::as_str));
    let (mcode, merged, err) = gilpy(&args);
    assert_eq!(merged, single, "merged report differs ({err})");
    assert_eq!(mcode, code);
    assert!(err.is_empty(), "{err}");
    if n > 1 {
        let (_, partial, err) = gilpy(&["explore", "merge", &files[0]]);
        assert!(err.contains("missing"), "{err}");
        assert!(!partial.contains("explored all"), "{partial}");
        let (code, _, err) = gilpy(&["explore", "merge", &files[0], &files[0]]);
        assert_eq!(code, 2);
        assert!(err.contains("given twice"), "{err}");
    }
}

#[test]
fn three_shards_merge_into_the_failing_report() {
    shards_merge_like_one_run(3, "2", Some("4"));
}

#[test]
fn shards_merge_into_the_outcome_table() {
    shards_merge_like_one_run(5, "1", None);
}

#[test]
fn one_shard_is_the_whole_tree() {
    shards_merge_like_one_run(1, "2", Some("4"));
}

#[test]
fn more_shards_than_subtrees_still_partition() {
    // 16 shards: the expansion may end with fewer prefixes than shards; some are empty.
    shards_merge_like_one_run(16, "1", Some("4"));
}

#[test]
fn slices_of_different_explorations_do_not_merge() {
    let dir = scratch("mismatch");
    let script = racy(&dir, 1);
    let a = dir.join("a.json").to_str().unwrap().to_string();
    let b = dir.join("b.json").to_str().unwrap().to_string();
    for (f, c, i) in [(&a, "1", "0/2"), (&b, "2", "1/2")] {
        let (_, out, err) = gilpy(&[
            "explore",
            "--exhaustive",
            "--preemptions",
            c,
            "--shard",
            i,
            "--json",
            f,
            &script,
        ]);
        assert!(out.contains("shard "), "{out}{err}");
    }
    let (code, _, err) = gilpy(&["explore", "merge", &a, &b]);
    assert_eq!(code, 2);
    assert!(
        err.contains("not a shard of the same exhaustive exploration"),
        "{err}"
    );
}
