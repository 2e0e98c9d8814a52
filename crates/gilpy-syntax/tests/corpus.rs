//! Every `.py` in the shared corpus must parse.

#[path = "../../gilpy/tests/support/locate.rs"]
mod locate;

#[test]
fn corpus_parses() {
    let files = locate::shared_py_files(env!("CARGO_MANIFEST_DIR"));
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).expect("corpus file is UTF-8");
        if let Err(e) = gilpy_syntax::parse_module(&src, &f.display().to_string()) {
            failures.push(e.to_string());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
