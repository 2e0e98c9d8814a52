//! Inputs the `compile` fuzz target (crates/gilpy-fuzz) once crashed on, kept as files in
//! tests/fuzz_regressions/ (raw bytes, any name; `*.md` skipped). Each must go through
//! the lexer, parser and compiler without a panic, and compile to verified bytecode or
//! a SyntaxError. How to add one: docs/fuzzing.md.

use std::path::PathBuf;

fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = gilpy_syntax::tokenize(text);
    for result in [
        gilpy_compiler::compile_source(text, "<fuzz>"),
        gilpy_compiler::compile_eval_source(text, "<fuzz>"),
    ] {
        match result {
            Ok(code) => {
                gilpy_compiler::verify::verify(&code).expect("verified bytecode");
                let _ = gilpy_compiler::dis(&code);
            }
            Err(e) => assert!(!e.msg.contains("internal compiler error"), "{e}"),
        }
    }
}

#[test]
fn fuzz_crashers_compile_or_fail_cleanly() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("regression folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file() && p.extension() != Some(std::ffi::OsStr::new("md")))
        .collect();
    files.sort();
    for f in &files {
        let data = std::fs::read(f).expect("readable");
        // A panic names the file: run each on its own thread to catch it.
        let outcome = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || check(&data))
            .expect("thread")
            .join();
        assert!(outcome.is_ok(), "{} panicked", f.display());
    }
}
