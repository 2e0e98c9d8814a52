//! Every Python program of the shared corpus compiles, and its bytecode is well formed.

use std::path::Path;

use gilpy_compiler::bytecode::Code;
use gilpy_compiler::compile_source;

#[path = "../../gilpy/tests/support/locate.rs"]
mod locate;

fn check_well_formed(code: &Code) {
    if let Err(e) = gilpy_compiler::verify::verify(code) {
        panic!("{e}\n{}", gilpy_compiler::dis(code));
    }
}

fn compile_dir(sub: &str) {
    let dir = locate::shared_dir(env!("CARGO_MANIFEST_DIR")).join(sub);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for path in &paths {
        let source = std::fs::read_to_string(path).expect("read");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        match compile_source(&source, name) {
            Ok(code) => check_well_formed(&code),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(!paths.is_empty(), "no .py files in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("{} files compiled from {}", paths.len(), dir.display());
}

#[test]
fn conformance_corpus_compiles() {
    compile_dir("conformance");
}

#[test]
fn bench_corpus_compiles() {
    compile_dir("bench");
}

#[test]
fn syntax_tour_compiles() {
    // The parser's tour of every construct it accepts, `import *` and `match` included.
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../gilpy-syntax/tests/tour/syntax_tour.py");
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match compile_source(&source, "syntax_tour.py") {
        Ok(code) => check_well_formed(&code),
        Err(e) => panic!("{e}"),
    }
    // `import *` is for module level only, as in CPython.
    let err = compile_source("def f():\n    from m import *\n", "star.py").expect_err("import *");
    assert_eq!(err.msg, "import * only allowed at module level");
}
