//! The `run` and `dis` subcommands.

use std::io::Write;
use std::path::Path;

use crate::args::{DisOpts, RunOpts};

/// Exit status for command-line misuse and unreadable files.
const USAGE: u8 = 2;

/// Reads a script, or explains on stderr why it cannot (exit status 2, as CPython).
fn read_script(path: &Path) -> Result<Vec<u8>, u8> {
    std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
            _ if path.is_dir() => "Is a directory".to_string(),
            _ => e.to_string(),
        };
        eprintln!("gilpy: can't open file '{}': {why}", path.display());
        USAGE
    })
}

pub fn dis(opts: &DisOpts) -> u8 {
    let bytes = match read_script(&opts.file) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let filename = opts.file.display().to_string();
    match gilpy::compile_bytes(&bytes, &filename) {
        Ok(code) => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`gilpy dis f.py | head`) is not an error worth a panic.
            let _ = out.write_all(gilpy::dis(&code).as_bytes());
            0
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

pub fn run(opts: &RunOpts) -> u8 {
    let bytes = match read_script(&opts.file) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let filename = opts.file.display().to_string();
    if let Err(e) = gilpy::compile_bytes(&bytes, &filename) {
        eprintln!("{e}");
        return 1;
    }
    eprintln!("gilpy: not yet implemented: the VM (try `gilpy dis {filename}`)");
    1
}
