//! # gilpy — embedding API
//!
//! gilpy is a small Python-like language whose VM runs real OS threads behind one global
//! interpreter lock. This crate is the face Rust users see: run scripts under a chosen
//! switch policy, read their globals, and compile or disassemble them.
//!
//! ```
//! let mut interp = gilpy::Interpreter::builder().capture_output().build();
//! let run = interp.run_source("demo.py", "counter = 0\nfor i in range(10):\n    counter += i\nprint(counter)\n")?;
//! assert_eq!(run.stdout(), "45\n");
//! let counter: i64 = interp.global("counter")?.try_into()?;
//! assert_eq!(counter, 45);
//! # Ok::<(), gilpy::Error>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::sync::Arc;

pub use gilpy_compiler::bytecode::{Code, Op};
pub use gilpy_syntax::{ErrorKind, SyntaxError};
mod interpreter;

pub use interpreter::{Builder, Interpreter};

pub use gilpy_vm::sched::{BoundedRun, OpNote};
pub use gilpy_vm::{interactive, token, trace};
pub use gilpy_vm::{
    parse_schedule, Draw, Error, HeapStats, LatencySummary, PyObject, RunResult, Stats, Strategy,
    SwitchPoints, ThreadReport,
};

/// Makes a Rust panic inside the interpreter show only in the internal-error report
/// ([`Error::Internal`], with the thread, line and panic location) instead of also as
/// Rust's panic message. Process-wide: the CLI calls it; embedders may keep their hook.
pub fn install_panic_hook() {
    gilpy_vm::sched::panic::install_hook();
}

/// Parses and compiles a script to its module code object.
pub fn compile(source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    gilpy_compiler::compile_source(source, filename)
}

/// Parses and compiles raw bytes, reporting invalid UTF-8 as a `SyntaxError` the way
/// CPython does.
pub fn compile_bytes(source: &[u8], filename: &str) -> Result<Arc<Code>, SyntaxError> {
    match std::str::from_utf8(source) {
        Ok(text) => compile(text, filename),
        Err(_) => match gilpy_syntax::parse_bytes(source, filename) {
            Err(e) => Err(e),
            // parse_bytes accepted what from_utf8 refused: cannot happen, but stay total.
            Ok(_) => compile(&String::from_utf8_lossy(source), filename),
        },
    }
}

/// The `dis`-style listing of a code object and everything nested in it.
pub fn dis(code: &Code) -> String {
    gilpy_compiler::dis(code)
}
