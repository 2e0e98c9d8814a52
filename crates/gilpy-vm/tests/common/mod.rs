//! Shared helpers: run a snippet with captured output.

use gilpy_vm::{Error, Interpreter};

/// Runs `src` and returns stdout, or stdout followed by the traceback on an uncaught
/// exception.
#[allow(dead_code)]
pub fn run(src: &str) -> String {
    let mut interp = Interpreter::builder().capture_output().build();
    match interp.run_source("t.py", src) {
        Ok(r) => r.stdout,
        Err(Error::Uncaught { traceback, .. }) => format!("{}{traceback}", interp.output().0),
        Err(e) => format!("{}<error: {e}>", interp.output().0),
    }
}

/// Asserts that `src` prints exactly `expected`.
#[allow(dead_code)]
pub fn check(src: &str, expected: &str) {
    let got = run(src);
    assert_eq!(got, expected, "\n--- source ---\n{src}\n--- got ---\n{got}");
}
