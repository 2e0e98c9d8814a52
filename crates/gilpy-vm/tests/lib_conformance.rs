//! Runs the shared conformance scripts (expected output recorded from CPython 3.11)
//! through the VM with captured output and compares stdout.

use std::path::PathBuf;

use gilpy_vm::Interpreter;

const NAMES: &[&str] = &[
    "arith",
    "bigint",
    "strings",
    "lists",
    "dicts",
    "tuples",
    "control",
    "functions",
    "classes",
    "exceptions",
    "with_stmt",
    "uncaught",
];

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/conformance")
}

/// Stdout of one script, or `None` when the corpus is missing.
fn run_one(name: &str) -> Option<(String, String)> {
    let d = dir();
    let src = std::fs::read_to_string(d.join(format!("{name}.py"))).ok()?;
    let expected = std::fs::read_to_string(d.join(format!("{name}.out"))).ok()?;
    let mut interp = Interpreter::builder().capture_output().build();
    // Uncaught exceptions are part of some scripts; only stdout is compared.
    let _ = interp.run_source(&format!("{name}.py"), &src);
    Some((interp.output().0.to_string(), expected))
}

#[test]
fn conformance() {
    if !dir().is_dir() {
        eprintln!("skipping: {} not found", dir().display());
        return;
    }
    let only = std::env::var("CONF").ok();
    let mut failed = Vec::new();
    for name in NAMES {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let Some((got, expected)) = run_one(name) else {
            eprintln!("skipping {name}: files missing");
            continue;
        };
        if got == expected {
            eprintln!("{name}: ok");
        } else {
            let line = got
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(expected.lines().count()));
            eprintln!(
                "{name}: FAIL at line {}\n  got:      {:?}\n  expected: {:?}",
                line + 1,
                got.lines().nth(line).unwrap_or("<eof>"),
                expected.lines().nth(line).unwrap_or("<eof>")
            );
            failed.push(*name);
        }
    }
    assert!(failed.is_empty(), "conformance failures: {failed:?}");
}
