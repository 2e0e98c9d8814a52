//! Where the shared corpus and CPython 3.11 are, for tests in every crate (included with
//! `#[path]`). A test that needs one of them and cannot find it FAILS, naming what is
//! missing and how to point at it: a silent early return would let it pass without
//! testing anything.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The shared folder (`conformance/`, `bench/`): `$GILPY_SHARED`, else the nearest
/// ancestor of `manifest_dir` holding `shared/conformance` (worktrees sit deeper than
/// the main checkout, so a fixed `../../../shared` misses it).
pub fn shared_dir(manifest_dir: &str) -> PathBuf {
    if let Some(p) = std::env::var_os("GILPY_SHARED") {
        let p = PathBuf::from(p);
        assert!(
            p.join("conformance").is_dir(),
            "GILPY_SHARED={} has no conformance/ folder",
            p.display()
        );
        return p;
    }
    Path::new(manifest_dir)
        .ancestors()
        .map(|a| a.join("shared"))
        .find(|s| s.join("conformance").is_dir())
        .unwrap_or_else(|| {
            panic!(
                "the shared corpus (shared/conformance) is not next to {manifest_dir} or any \
                 parent; set GILPY_SHARED to its folder"
            )
        })
}

/// The `.py` files of `shared/conformance` and `shared/bench`, sorted; fails when empty.
pub fn shared_py_files(manifest_dir: &str) -> Vec<PathBuf> {
    let root = shared_dir(manifest_dir);
    let mut files = Vec::new();
    for dir in ["conformance", "bench"] {
        let rd = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("{}: {e}", root.join(dir).display()));
        files.extend(
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py")),
        );
    }
    files.sort();
    assert!(!files.is_empty(), "no .py files under {}", root.display());
    files
}

fn is_cpython_311(exe: &Path) -> bool {
    Command::new(exe)
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11"))
}

/// A CPython 3.11 executable: `$GILPY_CPYTHON`, else `python3.11` or `python3` on the
/// path, else a pyenv 3.11 install. Fails when there is none.
pub fn cpython() -> PathBuf {
    if let Some(p) = std::env::var_os("GILPY_CPYTHON") {
        let p = PathBuf::from(p);
        assert!(
            is_cpython_311(&p),
            "GILPY_CPYTHON={} is not CPython 3.11",
            p.display()
        );
        return p;
    }
    let mut candidates: Vec<PathBuf> = vec!["python3.11".into(), "python3".into()];
    let roots = [
        std::env::var_os("PYENV_ROOT").map(PathBuf::from),
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")),
    ];
    for root in roots.into_iter().flatten() {
        if let Ok(rd) = std::fs::read_dir(root.join("versions")) {
            let mut vs: Vec<PathBuf> = rd
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("3.11"))
                })
                .map(|p| p.join("bin/python"))
                .collect();
            vs.sort();
            candidates.extend(vs);
        }
    }
    candidates
        .into_iter()
        .find(|c| is_cpython_311(c))
        .unwrap_or_else(|| {
            panic!("CPython 3.11 not found (tried python3.11, python3, pyenv); set GILPY_CPYTHON")
        })
}
