//! Differential tests: each `tests/lib_cases/NAME.py` is run through the VM and its
//! stdout compared with `NAME.out`, recorded from CPython 3.11 (`python3 NAME.py`).
//! `LIB_RUN=path.py cargo test --test lib_diff run_one -- --ignored --nocapture` prints
//! what the VM makes of any script (for recording new cases; with `LIB_OUT=file` it
//! writes it there instead) and, when `path.out` exists, compares with it.

use std::path::PathBuf;

use gilpy_vm::{Error, Interpreter};

fn run(src: &str, name: &str) -> String {
    let mut interp = Interpreter::builder().capture_output().build();
    match interp.run_source(name, src) {
        Ok(r) => r.stdout,
        Err(Error::Uncaught { traceback, .. }) => format!("{}{traceback}", interp.output().0),
        Err(e) => format!("{}<error: {e}>", interp.output().0),
    }
}

/// A tool, not a check: ignored unless asked for, so it never counts as a pass.
#[test]
#[ignore = "tool: LIB_RUN=path.py cargo test --test lib_diff run_one -- --ignored"]
fn run_one() {
    let path = std::env::var("LIB_RUN").expect("set LIB_RUN to a script path");
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let out = run(&src, &path);
    match std::env::var("LIB_OUT") {
        Ok(file) => std::fs::write(&file, &out).unwrap_or_else(|e| panic!("{file}: {e}")),
        Err(_) => print!("{out}"),
    }
    let expected = std::path::Path::new(&path).with_extension("out");
    if let Ok(want) = std::fs::read_to_string(&expected) {
        assert_eq!(out, want, "{path} differs from {}", expected.display());
    }
}

#[test]
fn cases() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/lib_cases");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    names.retain(|p| p.extension().is_some_and(|e| e == "py"));
    names.sort();
    assert!(!names.is_empty(), "no cases in {}", dir.display());
    let mut failed = Vec::new();
    for py in names {
        let src = std::fs::read_to_string(&py).unwrap_or_else(|e| panic!("{}: {e}", py.display()));
        let Ok(expected) = std::fs::read_to_string(py.with_extension("out")) else {
            eprintln!("{}: the expected .out is missing", py.display());
            failed.push(py);
            continue;
        };
        let got = run(&src, &py.display().to_string());
        if got != expected {
            let (g, e): (Vec<&str>, Vec<&str>) =
                (got.lines().collect(), expected.lines().collect());
            let at = g
                .iter()
                .zip(&e)
                .position(|(a, b)| a != b)
                .unwrap_or(g.len().min(e.len()));
            eprintln!(
                "{}: line {}\n  got:      {:?}\n  expected: {:?}",
                py.display(),
                at + 1,
                g.get(at).unwrap_or(&"<eof>"),
                e.get(at).unwrap_or(&"<eof>")
            );
            failed.push(py);
        }
    }
    assert!(
        failed.is_empty(),
        "{} case(s) differ from CPython",
        failed.len()
    );
}
