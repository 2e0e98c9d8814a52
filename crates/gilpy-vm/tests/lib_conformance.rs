//! Runs the shared conformance scripts (expected output recorded from CPython 3.11)
//! through the VM with captured output and compares stdout.

use std::path::PathBuf;

use gilpy_vm::Interpreter;

#[path = "../../gilpy/tests/support/locate.rs"]
mod locate;

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
    locate::shared_dir(env!("CARGO_MANIFEST_DIR")).join("conformance")
}

/// Stdout of one script and its expected output (a missing file fails the test).
fn run_one(name: &str) -> (String, String) {
    let d = dir();
    let read = |f: String| {
        std::fs::read_to_string(d.join(&f)).unwrap_or_else(|e| panic!("{name}: {f}: {e}"))
    };
    let src = read(format!("{name}.py"));
    let expected = read(format!("{name}.out"));
    let mut interp = Interpreter::builder().capture_output().build();
    // Uncaught exceptions are part of some scripts; only stdout is compared.
    let _ = interp.run_source(&format!("{name}.py"), &src);
    (interp.output().0.to_string(), expected)
}

#[test]
fn conformance() {
    let only = std::env::var("CONF").ok();
    let mut failed = Vec::new();
    for name in NAMES {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let (got, expected) = run_one(name);
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
