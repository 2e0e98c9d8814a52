//! Differential test: our AST, rendered as s-expressions, must equal CPython's for
//! the tour file and the shared corpus; and the golden errors must be what CPython
//! prints. Fails when CPython 3.11 or the shared corpus cannot be found.

#[path = "../../gilpy/tests/support/locate.rs"]
mod locate;
#[path = "support/sexpr.rs"]
mod sexpr;

use std::path::{Path, PathBuf};
use std::process::Command;

fn files() -> Vec<PathBuf> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut v = vec![here.join("tests/tour/syntax_tour.py")];
    v.extend(locate::shared_py_files(env!("CARGO_MANIFEST_DIR")));
    v
}

#[test]
fn same_ast_as_cpython() {
    let python = locate::cpython();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/ast_sexpr.py");
    let mut failures = Vec::new();
    for f in files() {
        let out = match Command::new(&python).arg(&script).arg(&f).output() {
            Ok(o) if o.status.success() => o,
            Ok(o) => {
                failures.push(format!(
                    "{}: python3 failed: {}",
                    f.display(),
                    String::from_utf8_lossy(&o.stderr)
                ));
                continue;
            }
            Err(e) => panic!("running {}: {e}", python.display()),
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
    // gilpy has no async and no exception groups: it names the construct instead.
    "async_def_unsupported",
    "await_unsupported",
    "except_star_unsupported",
];

#[test]
fn golden_errors_match_cpython() {
    let python = locate::cpython();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/errors");
    let tmp = std::env::temp_dir().join(format!("gilpy-syntax-diff-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
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
        let out = Command::new(&python)
            .arg(&name)
            .current_dir(&tmp)
            .output()
            .unwrap_or_else(|e| panic!("running {}: {e}", python.display()));
        let stderr =
            String::from_utf8_lossy(&out.stderr).replace(&format!("{}/", tmp.display()), "");
        let Ok(expected) = std::fs::read_to_string(case.with_extension("err")) else {
            failures.push(format!("{name}: the golden {stem}.err is missing"));
            continue;
        };
        if stderr != expected {
            failures.push(format!(
                "{name}:\n--- cpython\n{stderr}--- golden\n{expected}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
