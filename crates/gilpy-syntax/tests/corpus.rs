//! Every `.py` in the shared corpus must parse.

use std::path::{Path, PathBuf};

fn corpus_files() -> Option<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let mut files = Vec::new();
    for dir in ["conformance", "bench"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in rd.flatten() {
            let p = entry.path();
            if p.extension().is_some_and(|e| e == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    if files.is_empty() {
        None
    } else {
        Some(files)
    }
}

#[test]
fn corpus_parses() {
    let Some(files) = corpus_files() else {
        eprintln!("shared corpus not found next to the repository; skipping");
        return;
    };
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).expect("corpus file is UTF-8");
        if let Err(e) = gilpy_syntax::parse_module(&src, &f.display().to_string()) {
            failures.push(e.to_string());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
