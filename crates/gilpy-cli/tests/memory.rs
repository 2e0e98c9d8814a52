//! Memory tracks the live data: peak RSS (from `--stats`) for programs whose garbage
//! used to pile up. Linux only (the figure comes from `/proc/self/status`).

use std::process::Command;

/// Runs a script under `--stats`; returns its stdout and the peak RSS in MB.
fn run_measured(script: &str) -> (String, f64) {
    let path = format!("{}/tests/data/memory/{script}", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["run", "--stats", &path])
        .output()
        .expect("gilpy runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{script} failed: {stderr}");
    let mb = stderr
        .split("peak RSS ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse::<f64>().ok())
        .unwrap_or_else(|| panic!("no peak RSS in --stats: {stderr}"));
    (String::from_utf8_lossy(&out.stdout).into_owned(), mb)
}

#[test]
#[cfg(target_os = "linux")]
fn building_a_string_with_plus_equals_stays_small() {
    let (out, mb) = run_measured("str_append.py");
    assert_eq!(out, "100000 abcdefghijab hij\n");
    // Before in-place appends and byte-counted collection: 3.6 GB.
    assert!(mb <= 50.0, "peak RSS {mb} MB");
}

#[test]
#[cfg(target_os = "linux")]
fn a_thread_waiting_to_enter_with_does_not_stop_collection() {
    let (out, mb) = run_measured("cond_blocked.py");
    assert_eq!(out, "done 0\n");
    assert!(mb < 100.0, "peak RSS {mb} MB");
}
