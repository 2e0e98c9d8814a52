//! Runs every `tests/py/NAME.py` and compares its stdout with `NAME.out` (recorded from
//! CPython 3.11) and, when `NAME.err` exists, its traceback with `NAME.err` (CPython's
//! stderr, PEP 657 marker lines included).

use std::path::Path;

use gilpy_vm::{Builder, Error, Interpreter, SwitchPoints};

/// The configurations every script must behave identically under: the default, a
/// switch check at every instruction (no fused instruction groups), and CPython-style
/// switch points.
fn configs() -> Vec<(&'static str, Builder)> {
    vec![
        ("default", Interpreter::builder()),
        ("interval 1", Interpreter::builder().check_interval(1)),
        (
            "cpython points",
            Interpreter::builder()
                .check_interval(3)
                .switch_points(SwitchPoints::Cpython),
        ),
    ]
}

fn run_one(path: &Path) -> Result<(), String> {
    for (label, builder) in configs() {
        run_with(path, builder).map_err(|e| format!("[{label}] {e}"))?;
    }
    Ok(())
}

fn run_with(path: &Path, builder: Builder) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    let want_out = std::fs::read_to_string(path.with_extension("out"))
        .map_err(|e| format!("{name}: expected output missing: {e}"))?;
    let want_err = std::fs::read_to_string(path.with_extension("err")).ok();
    let mut interp = builder.capture_output().build();
    let (out, err) = match interp.run_source(name, &src) {
        Ok(r) => (r.stdout, None),
        Err(Error::Uncaught { traceback, .. }) => (interp.output().0.to_string(), Some(traceback)),
        Err(e) => (interp.output().0.to_string(), Some(format!("<{e}>"))),
    };
    if out != want_out {
        return Err(format!(
            "{name}: stdout differs\n--- want\n{want_out}--- got\n{out}\n{}",
            err.unwrap_or_default()
        ));
    }
    if err != want_err {
        return Err(format!(
            "{name}: stderr differs\n--- want\n{}--- got\n{}",
            want_err.unwrap_or_default(),
            err.unwrap_or_default()
        ));
    }
    Ok(())
}

#[test]
fn golden_scripts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/py exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    let failures: Vec<String> = paths.iter().filter_map(|p| run_one(p).err()).collect();
    assert!(paths.len() >= 7, "scripts found: {}", paths.len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
