//! The `gilpy` binary as a user meets it: exit statuses, error shapes, `dis` output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn gilpy(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(args)
        .output()
        .expect("the gilpy binary runs")
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn write_temp(name: &str, body: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gilpy-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path
}

#[test]
fn syntax_error_is_located_with_a_caret_and_exits_1() {
    let path = write_temp("bad.py", b"x = 1\nif x\n    y = 2\n");
    let out = gilpy(&["dis", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2"), "{err}");
    assert!(err.contains("    if x\n"), "{err}");
    assert!(err.contains('^'), "{err}");
    assert!(
        err.lines().last().unwrap().starts_with("SyntaxError:"),
        "{err}"
    );
}

#[test]
fn bad_flags_are_usage_errors() {
    let out = gilpy(&["run", "--check-interval", "zero", "x.py"]);
    assert_eq!(out.status.code(), Some(2));
    let out = gilpy(&["run", "--switch-points", "sometimes", "x.py"]);
    assert_eq!(out.status.code(), Some(2));
    let out = gilpy(&["run", "--timeout", "5 parsecs", "x.py"]);
    assert_eq!(out.status.code(), Some(2));
    let out = gilpy(&["no-such-file.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("can't open file"));
}

#[test]
fn dis_shows_counter_increment_as_separate_instructions() {
    let counter = repo().join("examples/counter.py");
    let out = gilpy(&["dis", counter.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let worker = text
        .split("Disassembly of ")
        .find(|block| block.starts_with("<code object worker>"))
        .expect("a block for worker");
    let load = worker.find("LOAD_GLOBAL").expect("load of counter");
    let add = worker.find("INPLACE_OP").expect("the add");
    let store = worker.find("STORE_GLOBAL").expect("store of counter");
    assert!(load < add && add < store, "{worker}");
    assert!(worker.contains("(counter)"));
}

#[test]
fn garbage_and_truncated_input_never_crash() {
    // Random bytes and every example truncated at a stride of bytes: each run must end
    // in a clean status (0, 1 or 2), never a panic (101) or a signal.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut inputs: Vec<Vec<u8>> = (0..20)
        .map(|_| {
            (0..200)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (seed >> 24) as u8
                })
                .collect()
        })
        .collect();
    for entry in std::fs::read_dir(repo().join("examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "py") {
            let text = std::fs::read(&path).unwrap();
            for cut in (0..text.len()).step_by(97) {
                inputs.push(text[..cut].to_vec());
            }
        }
    }
    for (i, input) in inputs.iter().enumerate() {
        let path = write_temp(&format!("fuzz{i}.py"), input);
        let out = gilpy(&["dis", path.to_str().unwrap()]);
        let code = out.status.code();
        assert!(
            matches!(code, Some(0..=2)),
            "input {i} ended with {:?}: {}",
            code,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn run_flags_may_come_before_the_script_without_run() {
    let counter = repo().join("examples/counter_locked.py");
    let out = gilpy(&["--check-interval", "7", counter.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "400000\n");
    let out = gilpy(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
}
