//! The `run` and `dis` subcommands.

use std::io::Write;
use std::path::Path;

use crate::args::{DisOpts, RunOpts, SwitchPointsArg};

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

/// Reads a script and checks that it compiles, for the subcommands that run it many
/// times (`explore`, `bench`): (file name, source), or the exit status after saying why.
pub fn load_checked(path: &Path) -> Result<(String, String), u8> {
    let bytes = read_script(path)?;
    let filename = path.display().to_string();
    let source = String::from_utf8(bytes).map_err(|e| {
        if let Err(err) = gilpy::compile_bytes(e.as_bytes(), &filename) {
            eprintln!("{err}");
        }
        1
    })?;
    if let Err(e) = gilpy::compile(&source, &filename) {
        eprintln!("{e}");
        return Err(1);
    }
    Ok((filename, source))
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

/// Runs source text with the default settings (`gilpy < script.py`).
pub fn run_text(filename: &str, source: &str) -> u8 {
    let mut interp = gilpy::Interpreter::builder()
        .argv(vec![String::new()])
        .build();
    crate::interrupt::forward_ctrl_c(interp.interrupt_handle());
    exit_status(interp.run_source(filename, source), None, None)
}

pub fn run(opts: &RunOpts) -> u8 {
    let bytes = match read_script(&opts.file) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let filename = opts.file.display().to_string();
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            // Let the front end word the error as CPython does.
            if let Err(err) = gilpy::compile_bytes(e.as_bytes(), &filename) {
                eprintln!("{err}");
            }
            return 1;
        }
    };
    let mut argv = vec![filename.clone()];
    argv.extend(opts.args.iter().cloned());
    // As CPython 3.9+: the script's code objects and `__file__` carry its absolute
    // path (tracebacks show it), while `sys.argv[0]` stays as typed.
    let filename = std::path::absolute(&opts.file)
        .map(|p| p.display().to_string())
        .unwrap_or(filename);
    let replay = match &opts.replay {
        None => None,
        Some(path) => match crate::schedule::load(path) {
            Ok(r) => Some(r),
            Err(msg) => {
                eprintln!("gilpy: --replay {}: {msg}", path.display());
                return USAGE;
            }
        },
    };
    let opts_owned;
    let opts = match &replay {
        Some(r) => {
            opts_owned = crate::schedule::apply(opts, r);
            &opts_owned
        }
        None => opts,
    };
    let mut builder = gilpy::Interpreter::builder()
        .check_interval(opts.check_interval)
        .switch_points(match opts.switch_points {
            SwitchPointsArg::Any => gilpy::SwitchPoints::Any,
            SwitchPointsArg::Cpython => gilpy::SwitchPoints::Cpython,
        })
        .argv(argv);
    if opts.seed.is_some() || opts.strategy.is_some() || opts.record.is_some() {
        builder = builder
            .seed(opts.seed.unwrap_or(0))
            .strategy(opts.strategy());
    }
    if opts.record.is_some() {
        builder = builder.record();
    }
    if let Some(r) = replay {
        builder = builder.replay(r.draws);
    }
    if opts.detect_races {
        builder = builder.detect_races();
    }
    if opts.trace.is_some() {
        builder = builder.trace(true);
    }
    if let Some(d) = opts.switch_interval {
        builder = builder.switch_interval(d);
    }
    if let Some(t) = opts.timeout {
        builder = builder.timeout(t);
    }
    if let Some(n) = opts.max_instructions {
        builder = builder.max_instructions(n);
    }
    if let Some(n) = opts.recursion_limit {
        builder = builder.recursion_limit(n as usize);
    }
    let mut interp = builder.build();
    crate::interrupt::forward_ctrl_c(interp.interrupt_handle());
    let started = std::time::Instant::now();
    let outcome = interp.run_source(&filename, &source);
    let wall = started.elapsed();
    let status = exit_status(outcome, opts.timeout, opts.max_instructions);
    if let Some(path) = &opts.record {
        let text = interp.recorded_schedule(&crate::schedule::options_text(opts));
        if let Some(text) = text {
            if let Err(e) = std::fs::write(path, text) {
                eprintln!("gilpy: --record {}: {e}", path.display());
                return USAGE;
            }
        }
    }
    if opts.stats {
        eprint!("{}", crate::stats::render(&interp.stats(), wall));
    }
    if let Some(path) = &opts.trace {
        if let Err(e) = write_trace(&interp, path, &filename) {
            eprintln!("gilpy: --trace {}: {e}", path.display());
            return USAGE;
        }
    }
    // The process ends right after this: let the OS reclaim the heap instead of
    // freeing every object one by one (from this thread, not the one that allocated
    // them, which mimalloc makes slow). Nothing in it needs a destructor to run: files
    // pass their buffered writes to the OS on flush/close, not on drop.
    std::mem::forget(interp);
    status
}

/// Writes the run's timeline: SVG for a `.svg` path, Chrome trace JSON otherwise.
pub fn write_trace(interp: &gilpy::Interpreter, path: &Path, script: &str) -> Result<(), String> {
    let trace = interp
        .take_trace()
        .ok_or_else(|| "no trace was recorded".to_string())?;
    let svg = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
    if svg {
        gilpy::trace::svg::render(
            &trace,
            path,
            &format!("gilpy run {script}: who held the GIL"),
        )
    } else {
        std::fs::write(path, trace.to_chrome_json()).map_err(|e| e.to_string())
    }
}

/// Reports how a run ended and picks the process exit status (see the crate docs).
fn exit_status(
    outcome: Result<gilpy::RunResult, gilpy::Error>,
    timeout: Option<std::time::Duration>,
    max_instructions: Option<u64>,
) -> u8 {
    use gilpy::Error;
    match outcome {
        // Like CPython, only the low byte of the SystemExit code reaches the OS.
        Ok(run) => (run.exit_code & 0xff) as u8,
        Err(Error::Syntax(e)) => {
            eprintln!("{e}");
            1
        }
        Err(Error::Uncaught { traceback, .. }) => {
            eprint!("{traceback}");
            1
        }
        Err(Error::ReplayDiverged(why)) => {
            eprintln!("gilpy: {why}");
            5
        }
        Err(Error::Deadlock(report)) => {
            eprintln!("{}", report.trim_end());
            3
        }
        Err(Error::Timeout) => {
            let limit = timeout.map(|d| format!(" after {d:?}")).unwrap_or_default();
            eprintln!("gilpy: stopped: --timeout{limit}");
            4
        }
        Err(Error::InstructionLimit) => {
            let n = max_instructions.unwrap_or_default();
            eprintln!("gilpy: stopped: --max-instructions {n} reached");
            4
        }
        Err(Error::Internal(report)) => {
            eprintln!("gilpy: {}", report.trim_end());
            INTERNAL
        }
        Err(other) => {
            eprintln!("gilpy: {other}");
            1
        }
    }
}

/// Exit status for an internal error (a Rust panic inside the interpreter): EX_SOFTWARE.
pub const INTERNAL: u8 = 70;
