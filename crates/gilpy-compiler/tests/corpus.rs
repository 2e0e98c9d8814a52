//! Every Python program of the shared corpus compiles, and its bytecode is well formed.

use std::path::Path;

use gilpy_compiler::bytecode::Code;
use gilpy_compiler::compile_source;

fn check_well_formed(code: &Code) {
    if let Err(e) = gilpy_compiler::verify::verify(code) {
        panic!("{e}\n{}", gilpy_compiler::dis(code));
    }
}

fn compile_dir(rel: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipping: {} not found", dir.display());
        return;
    };
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
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("{} files compiled from {}", paths.len(), dir.display());
}

#[test]
fn conformance_corpus_compiles() {
    compile_dir("../../../shared/conformance");
}

#[test]
fn bench_corpus_compiles() {
    compile_dir("../../../shared/bench");
}

#[test]
fn syntax_tour_compiles() {
    // The parser's tour of every construct it accepts; `import *` is parsed but has no
    // bytecode (not in the language subset), so it must be a clean SyntaxError.
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../gilpy-syntax/tests/tour/syntax_tour.py");
    let Ok(source) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return;
    };
    let (star, rest): (Vec<&str>, Vec<&str>) = source
        .lines()
        .partition(|l| l.trim_start().starts_with("from ") && l.ends_with("import *"));
    let rest = rest.join("\n") + "\n";
    match compile_source(&rest, "syntax_tour.py") {
        Ok(code) => check_well_formed(&code),
        Err(e) => panic!("{e}"),
    }
    for line in star {
        let err = compile_source(&format!("{line}\n"), "star.py").expect_err("import *");
        assert_eq!(err.msg, "'import *' is not supported");
    }
}
