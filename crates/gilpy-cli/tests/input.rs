//! Standard input through the binary: every `tests/data/NAME.stdin` is fed to
//! `tests/data/NAME.py`, which must print `NAME.out` (recorded from CPython 3.11 the
//! same way) and exit 0.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn run_with_stdin(script: &Path, stdin: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the gilpy binary runs");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

#[test]
fn scripts_read_stdin_as_cpython_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut ran = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/data") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_none_or(|e| e != "stdin") {
            continue;
        }
        let script = path.with_extension("py");
        let stdin = std::fs::read(&path).expect("stdin file");
        let want = std::fs::read_to_string(path.with_extension("out")).expect("expected output");
        let out = run_with_stdin(&script, &stdin);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            want,
            "{}: stderr: {}",
            script.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0), "{}", script.display());
        ran.push(script);
    }
    // The two scripts this test was written for must be among them.
    for name in ["bi_input.py", "io9_stdin_iter.py"] {
        assert!(ran.iter().any(|p| p.ends_with(name)), "{name} did not run");
    }
}
