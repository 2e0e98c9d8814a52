//! A tiny runner for development: `cargo run -p gilpy-vm --example run -- FILE [ARGS]`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: run FILE [ARGS]");
        return ExitCode::from(2);
    };
    let mut interp = gilpy_vm::Interpreter::builder().argv(args.clone()).build();
    match interp.run_file(path) {
        Ok(r) => ExitCode::from(r.exit_code as u8),
        Err(gilpy_vm::Error::Uncaught { traceback, .. }) => {
            eprint!("{traceback}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
