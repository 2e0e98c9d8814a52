//! Scripts the `run` fuzz target (crates/gilpy-fuzz) once crashed on, kept in
//! crates/gilpy/tests/fuzz_regressions/ (`*.md` skipped). Each runs as the target runs it
//! (seeded, an instruction limit, a timeout) and must end in a result or a Python-level
//! error, never an internal error (a caught Rust panic). How to add one: docs/fuzzing.md.

use std::path::PathBuf;
use std::time::Duration;

#[test]
fn fuzz_crashers_run_without_internal_errors() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/gilpy/tests/fuzz_regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("regression folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file() && p.extension() != Some(std::ffi::OsStr::new("md")))
        .collect();
    files.sort();
    for f in &files {
        let data = std::fs::read(f).expect("readable");
        let Ok(text) = String::from_utf8(data) else {
            continue;
        };
        // The fuzz target's seed (the schedule it crashed under) and a few more.
        let fuzz_seed = text
            .bytes()
            .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64));
        for seed in [fuzz_seed, 0, 1, 2, 3] {
            let mut interp = gilpy::Interpreter::builder()
                .seed(seed)
                .max_instructions(200_000)
                .timeout(Duration::from_secs(5))
                .capture_output()
                .build();
            let result = interp.run_source("fuzz.py", &text);
            assert!(
                !matches!(result, Err(gilpy::Error::Internal(_))),
                "{} under seed {seed}: {result:?}",
                f.display()
            );
        }
    }
}
