//! Golden `dis` tests: `tests/golden/NAME.py` compiles to exactly `tests/golden/NAME.dis`.
//! Run with `UPDATE_GOLDEN=1` to regenerate the `.dis` files after an intended change.

use std::path::{Path, PathBuf};

use gilpy_compiler::bytecode::Code;
use gilpy_compiler::{compile_source, dis};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Every code object starts with `Resume` and its jumps stay in range.
fn check_well_formed(code: &Code) {
    if let Err(e) = gilpy_compiler::verify::verify(code) {
        panic!("{e}\n{}", gilpy_compiler::dis(code));
    }
}

fn check(name: &str) {
    let dir = golden_dir();
    let py = dir.join(format!("{name}.py"));
    let source = std::fs::read_to_string(&py).expect("golden source");
    let code =
        compile_source(&source, &format!("{name}.py")).unwrap_or_else(|e| panic!("{name}.py: {e}"));
    check_well_formed(&code);
    let text = dis(&code);
    let expected_path = dir.join(format!("{name}.dis"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, &text).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path)
        .unwrap_or_else(|_| panic!("missing {name}.dis: run with UPDATE_GOLDEN=1"));
    assert!(
        expected == text,
        "{name}.dis differs (UPDATE_GOLDEN=1 regenerates it)\n--- got ---\n{text}"
    );
}

macro_rules! golden {
    ($($name:ident),* $(,)?) => {
        $(#[test] fn $name() { check(stringify!($name)); })*
    };
}

golden!(
    counter,
    closure_nonlocal,
    class_super,
    try_except,
    with_stmt,
    comprehension,
    chained_compare,
    fstring,
    star_args,
    aug_subscript_attr,
    generator,
    annotations,
);

#[test]
fn counter_increment_is_separate_instructions() {
    let source = std::fs::read_to_string(golden_dir().join("counter.py")).expect("source");
    let text = dis(&compile_source(&source, "counter.py").expect("compiles"));
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("INPLACE_OP") && l.contains("(+=)"))
        .expect("INPLACE_OP");
    assert!(lines[at - 2].contains("LOAD_GLOBAL") && lines[at - 2].contains("(counter)"));
    assert!(lines[at - 1].contains("LOAD_CONST") && lines[at - 1].contains("(1)"));
    assert!(lines[at + 1].contains("STORE_GLOBAL") && lines[at + 1].contains("(counter)"));
}
