//! `input()` through the binary with a real stdin: `tests/data/NAME.py` fed
//! `NAME.stdin` must print `NAME.out` (recorded from CPython 3.11 the same way).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn input_reads_stdin_lines_until_eof() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let script = dir.join("bi_input.py");
    let stdin = std::fs::read(dir.join("bi_input.stdin")).expect("stdin file");
    let want = std::fs::read_to_string(dir.join("bi_input.out")).expect("expected output");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the gilpy binary runs");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(&stdin)
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        want,
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));
}
