//! The Rust examples in `examples/` (built by `cargo test` alongside the tests) run and
//! exit 0, which each does only when its assertions hold.

use std::path::PathBuf;
use std::process::Command;

/// `target/<profile>/examples/NAME`, next to this test's own executable.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>");
    profile_dir.join("examples").join(name)
}

fn run(name: &str) -> String {
    let path = example(name);
    assert!(path.exists(), "{} was not built", path.display());
    let out = Command::new(&path).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{name} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn embed_race_finds_a_lossy_seed_and_the_lock_fixes_it() {
    let out = run("embed_race");
    assert!(out.contains("with the lock: 8000"), "{out}");
}

#[test]
fn native_release_prints_both_times() {
    let out = run("native_release");
    assert!(
        out.contains("holding the GIL") && out.contains("releasing the GIL"),
        "{out}"
    );
}

#[test]
fn embed_limits_reports_every_failure_as_a_value() {
    let out = run("embed_limits");
    for what in [
        "timeout",
        "instruction limit",
        "deadlock",
        "syntax error",
        "exception",
        "panic",
    ] {
        assert!(out.contains(what), "{what} missing:\n{out}");
    }
}
