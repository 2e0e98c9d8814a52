//! Differential tests: programs in `tests/semantics/*.py` run on a small reference
//! evaluator of the bytecode (`refeval`) and must print what CPython 3.11 printed
//! (`*.out`, recorded once). This checks the compiler's semantics without the VM.

mod refeval;

use std::path::Path;

fn run(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/semantics");
    let src = std::fs::read_to_string(dir.join(format!("{name}.py"))).expect("source");
    let expected = std::fs::read_to_string(dir.join(format!("{name}.out"))).expect("expected");
    // Setup only CPython needs (classes the evaluator lacks) sits above the marker.
    let marker = "# --- refeval ---\n";
    let src = match src.find(marker) {
        Some(i) => &src[i + marker.len()..],
        None => &src[..],
    };
    let code = gilpy_compiler::compile_source(src, &format!("{name}.py"))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut m = refeval::Machine::new();
    let r = m.run_module(code.clone());
    if let Err(e) = r {
        panic!(
            "{name}: uncaught {e:?}\n--- output ---\n{}\n{}",
            m.out,
            gilpy_compiler::dis(&code)
        );
    }
    assert_eq!(m.out, expected, "{name}");
}

#[test]
fn control() {
    run("control");
}

#[test]
fn compare() {
    run("compare");
}

#[test]
fn functions() {
    run("functions");
}

#[test]
fn data() {
    run("data");
}

#[test]
fn exceptions() {
    run("exceptions");
}

#[test]
fn with_stmt() {
    run("with_stmt");
}
