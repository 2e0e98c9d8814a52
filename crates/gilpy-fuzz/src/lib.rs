//! The checks behind the fuzz targets, shared so a crasher can be replayed with a plain
//! `cargo test` (see `tests/` in gilpy-compiler and the root crate) as well as by
//! `cargo fuzz run`. Each check panics only when gilpy misbehaves: a panic inside gilpy
//! aborts the fuzzer through libfuzzer-sys's hook even where gilpy catches it.

#![forbid(unsafe_code)]

use std::time::Duration;

/// Source → tokens → AST → bytecode (module and `eval` forms) → `dis` listing. Any
/// result is fine except a panic, an "internal compiler error", or bytecode that fails
/// the structural verifier.
pub fn check_compile(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = gilpy_syntax::tokenize(text);
        check_code(gilpy_compiler::compile_source(text, "<fuzz>"));
        check_code(gilpy_compiler::compile_eval_source(text, "<fuzz>"));
    } else {
        // Not UTF-8: must come back as a SyntaxError, never a panic.
        if gilpy::compile_bytes(data, "<fuzz>").is_ok() {
            panic!("non-UTF-8 source compiled");
        }
    }
}

fn check_code(result: Result<std::sync::Arc<gilpy::Code>, gilpy::SyntaxError>) {
    match result {
        Ok(code) => {
            if let Err(e) = gilpy_compiler::verify::verify(&code) {
                panic!("compiled code fails verification: {e}");
            }
            let _ = gilpy::dis(&code);
        }
        Err(e) => assert!(
            !e.msg.contains("internal compiler error"),
            "internal compiler error: {e}"
        ),
    }
}

/// Words whose presence makes [`check_run`] skip a script: they reach the file system
/// (`open`, `sim.write`) or wait on stdin (`input`).
const SKIP: &[&str] = &["open", "input", "sim"];

/// The instruction budget of one fuzzed run: enough for every seed script to get past
/// its set-up, small enough that a run ends in milliseconds.
pub const MAX_INSTRUCTIONS: u64 = 200_000;

/// Runs a script under a seeded (deterministic, virtual-clock) schedule with an
/// instruction limit and a wall-clock backstop. Exceptions, limits, deadlocks and syntax
/// errors are all fine; an internal error (a caught Rust panic) is not. A stack
/// overflow aborts the process, which the fuzzer reports by itself.
pub fn check_run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if SKIP.iter().any(|w| text.contains(w)) {
        return;
    }
    // Vary the schedule with the input, deterministically.
    let seed = data
        .iter()
        .fold(0u64, |h, &b| h.wrapping_mul(31).wrapping_add(b as u64));
    let mut interp = gilpy::Interpreter::builder()
        .seed(seed)
        .max_instructions(MAX_INSTRUCTIONS)
        .timeout(Duration::from_secs(5))
        .capture_output()
        .build();
    if let Err(gilpy::Error::Internal(report)) = interp.run_source("fuzz.py", text) {
        panic!("internal error: {report}");
    }
}
