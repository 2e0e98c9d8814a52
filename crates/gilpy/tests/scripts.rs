//! The project's own script corpus (`tests/scripts/NAME.py` with CPython 3.11's output in
//! `NAME.out`, optional `NAME.code` and `NAME.stderr_tail`), run through the embedding API.

use std::path::{Path, PathBuf};

use gilpy::{Error, Interpreter};

/// Scripts that do not match CPython yet, each with the reason. The test fails if one
/// of them starts passing (so the list only shrinks) or if any other script fails.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/gilpy/tests/scripts")
}

/// Runs one script; `Ok(())` when stdout, exit status and stderr tail match. `name` may
/// be `DIR/main` for a script with helper modules beside it (imports search the script's
/// folder, as CPython's `sys.path[0]`).
fn check(name: &str) -> Result<(), String> {
    let base = dir().join(name);
    let source = std::fs::read_to_string(base.with_extension("py")).map_err(|e| e.to_string())?;
    let want_out = std::fs::read_to_string(base.with_extension("out"))
        .map_err(|e| format!("{name}: no expected output {name}.out: {e}"))?;
    let want_code: i32 = std::fs::read_to_string(base.with_extension("code"))
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .unwrap_or(0);
    let want_tail = std::fs::read_to_string(base.with_extension("stderr_tail")).ok();
    // The full path, so that `sys.path[0]` is the script's folder (and `sys.argv[0]`
    // names the script, as for `python script.py`).
    let file = base.with_extension("py").display().to_string();
    let mut interp = Interpreter::builder()
        .argv(vec![file.clone()])
        .capture_output()
        .build();
    let (code, stderr) = match interp.run_source(&file, &source) {
        Ok(r) => (r.exit_code, r.stderr),
        Err(Error::Uncaught { traceback, .. }) => {
            let (_, err) = interp.output();
            (1, format!("{err}{traceback}"))
        }
        // As the CLI: the rendered SyntaxError on stderr, exit status 1.
        Err(Error::Syntax(e)) => (1, format!("{e}\n")),
        Err(e) => return Err(format!("{name}: {e}")),
    };
    let (out, _) = interp.output();
    if out != want_out {
        return Err(format!("{name}: stdout differs:\n{out}"));
    }
    if code != want_code {
        return Err(format!("{name}: exit status {code}, expected {want_code}"));
    }
    if let Some(tail) = want_tail {
        let got = stderr.lines().last().unwrap_or("");
        if got != tail.trim_end_matches('\n') {
            return Err(format!(
                "{name}: last stderr line {got:?}, expected {tail:?}"
            ));
        }
    }
    Ok(())
}

#[test]
fn script_corpus_matches_cpython() {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("scripts folder")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "py").then(|| p.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    // Folders holding a `main.py` are scripts with their own modules beside them.
    for e in std::fs::read_dir(dir()).expect("scripts folder").flatten() {
        let p = e.path();
        if p.join("main.py").is_file() {
            if let Some(d) = p.file_name().and_then(|d| d.to_str()) {
                names.push(format!("{d}/main"));
            }
        }
    }
    names.sort();
    assert!(names.len() >= 40, "the corpus went missing: {names:?}");
    let mut problems = Vec::new();
    for name in &names {
        let known = KNOWN_FAILURES.iter().find(|(n, _)| n == name);
        match (check(name), known) {
            (Ok(()), None) | (Err(_), Some(_)) => {}
            (Ok(()), Some((_, why))) => problems.push(format!(
                "{name} passes now ({why}): drop it from KNOWN_FAILURES"
            )),
            (Err(e), None) => problems.push(e),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
