//! Golden tests: `tests/golden/tokens/NAME.py` → `NAME.tokens` (one token per line,
//! `line:col TOKEN`) and `tests/golden/errors/NAME.py` → `NAME.err` (the rendered
//! error). With `UPDATE_GOLDEN=1` missing or changed golden files are (re)written.

use std::path::{Path, PathBuf};

fn cases(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("golden directory exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    v.sort();
    v
}

/// Compare `actual` with the golden file, or write it under `UPDATE_GOLDEN=1`.
fn check(golden: &Path, actual: &str, failures: &mut Vec<String>) {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let expected = std::fs::read_to_string(golden).ok();
    if expected.as_deref() == Some(actual) {
        return;
    }
    if update {
        std::fs::write(golden, actual).expect("write golden file");
        eprintln!("updated {}", golden.display());
        return;
    }
    failures.push(format!(
        "{} differs (run with UPDATE_GOLDEN=1 to accept):\n--- expected\n{}\n--- actual\n{}",
        golden.display(),
        expected.unwrap_or_else(|| "<missing>".into()),
        actual
    ));
}

fn read(p: &Path) -> String {
    let bytes = std::fs::read(p).expect("read case");
    String::from_utf8(bytes).expect("golden inputs are UTF-8")
}

#[test]
fn golden_tokens() {
    let mut failures = Vec::new();
    for case in cases("tokens") {
        let src = read(&case);
        let actual = match gilpy_syntax::tokenize(&src) {
            Ok(toks) => {
                let mut s = String::new();
                for (t, span) in toks {
                    let (l, c) = gilpy_syntax::line_col(&src, span.start as usize);
                    s.push_str(&format!("{l}:{c} {t}\n"));
                }
                s
            }
            Err(e) => format!("{e}\n"),
        };
        check(&case.with_extension("tokens"), &actual, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn golden_errors() {
    let mut failures = Vec::new();
    for case in cases("errors") {
        let src = read(&case);
        let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let actual = match gilpy_syntax::parse_module(&src, name) {
            Ok(_) => "<parsed without error>\n".to_string(),
            Err(e) => format!("{e}\n"),
        };
        check(&case.with_extension("err"), &actual, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
