//! `gilpy`: run a script, show its bytecode, explore its schedules, sweep switch
//! intervals; with no arguments, an interactive prompt.
//!
//! Exit statuses: the script's own (`SystemExit`), 1 for an uncaught exception or a
//! syntax error, 2 for command-line misuse or an unreadable file, 3 for a deadlock, 4 when
//! `--timeout` or `--max-instructions` stopped the script, 5 when a `--replay` diverged,
//! 70 for an internal error (a Rust panic inside the interpreter, reported with the
//! thread and line).

#![forbid(unsafe_code)]

mod args;
mod bench;
mod bench_plot;
mod duration;
mod exhaustive;
mod exhaustive_shard;
mod explore;
mod interleaving;
mod interrupt;
mod repl;
mod run;
mod schedule;
mod shard;
mod stats;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

// The interpreter allocates and frees many small objects (strings, lists, dict
// tables); glibc malloc spends a large share of json-like and formatting workloads
// consolidating free chunks. mimalloc's size-class pages make those frees cheap.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use args::{Cli, Command};

/// Subcommand names; anything else in first position is taken as a script (`gilpy FILE`).
const SUBCOMMANDS: &[&str] = &["run", "dis", "explore", "bench", "help"];

fn main() -> ExitCode {
    gilpy::install_panic_hook();
    if std::env::args_os().len() == 1 {
        return ExitCode::from(repl::main());
    }
    let cli = Cli::parse_from(with_implicit_run(std::env::args_os().collect()));
    let code = match cli.command {
        Command::Run(opts) => run::run(&opts),
        Command::Dis(opts) => run::dis(&opts),
        Command::Explore(opts) => explore::explore(&opts),
        Command::Bench(opts) => bench::bench(&opts),
    };
    ExitCode::from(code)
}

/// `gilpy [RUN FLAGS] script.py` means `gilpy run [RUN FLAGS] script.py`: insert `run`
/// unless the first argument is a subcommand or asks for help or the version.
fn with_implicit_run(mut argv: Vec<OsString>) -> Vec<OsString> {
    if let Some(first) = argv.get(1).and_then(|a| a.to_str()) {
        let own_flag = matches!(first, "-h" | "--help" | "-V" | "--version");
        if !own_flag && !SUBCOMMANDS.contains(&first) {
            argv.insert(1, OsString::from("run"));
        }
    }
    argv
}
