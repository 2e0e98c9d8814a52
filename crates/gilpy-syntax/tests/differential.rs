//! Differential test: our AST, rendered as s-expressions, must equal CPython's for
//! the tour file and the shared corpus; and the golden errors must be what CPython
//! prints. Skipped (with a message) unless `python3` is CPython 3.11.

#[path = "support/sexpr.rs"]
mod sexpr;

use std::path::{Path, PathBuf};
use std::process::Command;

fn files() -> Vec<PathBuf> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut v = vec![here.join("tests/tour/syntax_tour.py")];
    let shared = here.join("../../../shared");
    for dir in ["conformance", "bench"] {
        if let Ok(rd) = std::fs::read_dir(shared.join(dir)) {
            let mut fs: Vec<PathBuf> = rd
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py"))
                .collect();
            fs.sort();
            v.extend(fs);
        }
    }
    v
}

/// True when `python3` is CPython 3.11, the version whose output we match.
fn have_cpython_311() -> bool {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11"));
    if !ok {
        eprintln!("python3 is not CPython 3.11; skipping the differential test");
    }
    ok
}

#[test]
fn same_ast_as_cpython() {
    if !have_cpython_311() {
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/ast_sexpr.py");
    let mut failures = Vec::new();
    for f in files() {
        let out = match Command::new("python3").arg(&script).arg(&f).output() {
            Ok(o) if o.status.success() => o,
            Ok(o) => {
                failures.push(format!(
                    "{}: python3 failed: {}",
                    f.display(),
                    String::from_utf8_lossy(&o.stderr)
                ));
                continue;
            }
            Err(_) => {
                eprintln!("python3 not available; skipping the differential test");
                return;
            }
        };
        let expected = String::from_utf8_lossy(&out.stdout).to_string();
        let src = std::fs::read_to_string(&f).expect("read");
        let actual = match gilpy_syntax::parse_module(&src, "x.py") {
            Ok(m) => sexpr::module(&m),
            Err(e) => format!("{e}\n"),
        };
        if expected != actual {
            let diff: Vec<String> = expected
                .lines()
                .zip(actual.lines())
                .filter(|(a, b)| a != b)
                .take(5)
                .map(|(a, b)| format!("cpython: {a}\ngilpy:   {b}"))
                .collect();
            failures.push(format!("{}:\n{}", f.display(), diff.join("\n")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Golden errors we word differently from CPython on purpose.
const KNOWN_DEVIATIONS: &[&str] = &[
    // gilpy has no generators: a clearer message than CPython's.
    "yield_unsupported",
];

#[test]
fn golden_errors_match_cpython() {
    if !have_cpython_311() {
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/errors");
    let tmp = std::env::temp_dir().join(format!("gilpy-syntax-diff-{}", std::process::id()));
    if std::fs::create_dir_all(&tmp).is_err() {
        eprintln!("no temp dir; skipping");
        return;
    }
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("golden dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    cases.sort();
    let mut failures = Vec::new();
    for case in cases {
        let stem = case.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if KNOWN_DEVIATIONS.contains(&stem) {
            continue;
        }
        let name = format!("{stem}.py");
        std::fs::copy(&case, tmp.join(&name)).expect("copy");
        // CPython prints the path as it resolves it; run from the temp dir and strip it.
        let out = match Command::new("python3")
            .arg(&name)
            .current_dir(&tmp)
            .output()
        {
            Ok(o) => o,
            Err(_) => {
                eprintln!("python3 not available; skipping");
                return;
            }
        };
        let stderr =
            String::from_utf8_lossy(&out.stderr).replace(&format!("{}/", tmp.display()), "");
        let expected = std::fs::read_to_string(case.with_extension("err")).unwrap_or_default();
        if stderr != expected {
            failures.push(format!(
                "{name}:\n--- cpython\n{stderr}--- golden\n{expected}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
