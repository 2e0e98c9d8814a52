//! An uncaught exception's traceback on stderr carries CPython 3.11's PEP 657 marker
//! lines (`tests/data/tb11_uncaught.stderr`, recorded from CPython with the script's
//! path replaced by `SCRIPT`).

use std::path::Path;
use std::process::Command;

#[test]
fn uncaught_traceback_has_cpython_markers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let script = dir.join("tb11_uncaught.py");
    let path = script.to_str().expect("utf-8 path");
    let want = std::fs::read_to_string(dir.join("tb11_uncaught.stderr")).expect("expected");
    let run = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["run", path])
        .output()
        .expect("the gilpy binary runs");
    let (out, err) = (
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr),
    );
    assert_eq!(run.status.code(), Some(1), "stderr: {err}");
    assert_eq!(out, "before\n");
    assert_eq!(err.replace(path, "SCRIPT"), want);
}

/// As CPython 3.9+: run by a relative path, the script's `__file__` and its traceback
/// entries carry the absolute path, while `sys.argv[0]` stays as typed.
#[test]
fn relative_script_path_is_absolute_in_tracebacks() {
    let dir = std::env::temp_dir().join(format!("gilpy-abs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("rel.py"),
        "import sys, os\nprint(__file__ == os.path.abspath(__file__), sys.argv[0])\n1/0\n",
    )
    .expect("script");
    let run = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["run", "rel.py"])
        .current_dir(&dir)
        .output()
        .expect("the gilpy binary runs");
    let (out, err) = (
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr),
    );
    let full = dir.join("rel.py");
    assert_eq!(out, "True rel.py\n");
    assert!(
        err.contains(&format!("File \"{}\", line 3, in <module>", full.display())),
        "stderr: {err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
