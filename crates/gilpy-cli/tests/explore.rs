//! `gilpy explore` finds a lost update and names a seed that replays it.

use std::process::Command;

fn gilpy(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn explore_finds_the_race_and_the_seed_replays_it() {
    let dir = std::env::temp_dir().join(format!("gilpy-explore-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("racy.py");
    std::fs::write(
        &script,
        "import threading\ncounter = 0\ndef w():\n    global counter\n    for _ in range(3000):\n        counter += 1\nts = [threading.Thread(target=w) for _ in range(3)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(counter)\n",
    )
    .unwrap();
    let path = script.to_str().unwrap();
    let (code, out) = gilpy(&["explore", "--runs", "12", "--expect", "9000", path]);
    assert_eq!(code, 1, "{out}");
    let replay = out
        .lines()
        .find_map(|l| l.strip_prefix("replay: gilpy run --seed "))
        .expect("a replay line");
    let seed = replay.split_whitespace().next().unwrap();
    let printed = out
        .lines()
        .find(|l| l.contains("smallest seed") && l.contains("differ"))
        .expect("a summary line");
    let (code, replayed) = gilpy(&["run", "--seed", seed, path]);
    assert_eq!(code, 0);
    assert_ne!(replayed, "9000\n");
    assert!(printed.contains(replayed.trim()), "{printed} vs {replayed}");
}

#[test]
fn explore_finds_check_then_act_within_sixty_runs() {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/check_then_act.py");
    let (code, out) = gilpy(&[
        "explore",
        "--runs",
        "60",
        "--expect",
        "keys computed more than once: []",
        script.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "no schedule computed a key twice:\n{out}");
    assert!(out.contains("replay: gilpy run --seed"), "{out}");
}

#[test]
fn explore_traces_the_smallest_failing_seed() {
    let dir = std::env::temp_dir().join(format!("gilpy-explore-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let trace = dir.join("t.json");
    let counter =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/counter.py");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["explore", "--runs", "4", "--expect", "400000", "--trace"])
        .arg(&trace)
        .arg(&counter)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("trace of seed 0"), "{stdout}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&trace).expect("written")).expect("JSON");
    assert!(json["traceEvents"].as_array().is_some_and(|e| e.len() > 10));
}
