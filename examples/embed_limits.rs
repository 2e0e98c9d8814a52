//! Timeouts, deadlocks, syntax errors, exceptions and panicking natives come back as
//! `gilpy::Error` values, never as a hang or a crash. Exits 0 when each does.
//!
//! ```sh
//! cargo run --example embed_limits
//! ```

use std::time::Duration;

use gilpy::{Error, Interpreter};

fn main() {
    // The panic below is on purpose: report it only through the error value.
    gilpy::install_panic_hook();
    let mut interp = Interpreter::builder()
        .timeout(Duration::from_millis(200))
        .capture_output()
        .build();
    match interp.run_source("spin.py", "while True:\n    pass\n") {
        Err(Error::Timeout) => println!("timeout: stopped after 200 ms"),
        other => panic!("expected a timeout, got {other:?}"),
    }

    let mut interp = Interpreter::builder()
        .max_instructions(10_000)
        .capture_output()
        .build();
    match interp.run_source("count.py", "i = 0\nwhile True:\n    i += 1\n") {
        Err(Error::InstructionLimit) => println!("instruction limit: stopped after ~10,000"),
        other => panic!("expected the instruction limit, got {other:?}"),
    }

    // Each thread takes one lock, waits for the other to take its own, then wants the
    // other's: a deadlock on every schedule.
    let deadlock = "\
import threading
a = threading.Lock()
b = threading.Lock()
both = threading.Barrier(2)
def one():
    with a:
        both.wait()
        with b:
            pass
def two():
    with b:
        both.wait()
        with a:
            pass
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start()
t2.start()
t1.join()
t2.join()
";
    let mut interp = Interpreter::builder().capture_output().build();
    match interp.run_source("deadlock.py", deadlock) {
        Err(Error::Deadlock(report)) => assert!(report.contains("deadlock.py"), "{report}"),
        other => panic!("expected a deadlock report, got {other:?}"),
    }
    println!("deadlock: reported, with the threads and locks involved");

    match Interpreter::new().run_source("bad.py", "x = (1,\n") {
        Err(Error::Syntax(e)) => println!(
            "syntax error: {}",
            e.to_string().lines().last().unwrap_or("")
        ),
        other => panic!("expected a syntax error, got {other:?}"),
    }

    let mut interp = Interpreter::builder().capture_output().build();
    match interp.run_source("boom.py", "def f():\n    return 1 / 0\nf()\n") {
        Err(Error::Uncaught {
            type_name,
            traceback,
            ..
        }) => {
            assert_eq!(type_name, "ZeroDivisionError");
            assert!(traceback.contains("line 2, in f"));
            println!("exception: {type_name}, with its traceback");
        }
        other => panic!("expected ZeroDivisionError, got {other:?}"),
    }

    let mut interp = Interpreter::builder().capture_output().build();
    interp.register_native(
        "oops",
        |_py, _args| -> Result<gilpy::PyObject, gilpy::token::PyErr> {
            panic!("a bug in a native function")
        },
    );
    match interp.run_source("panic.py", "oops()\n") {
        Err(Error::Internal(report)) => {
            assert!(report.contains("panic.py:1"), "{report}");
            println!("panic in a native function: an internal-error report");
        }
        other => panic!("expected an internal error, got {other:?}"),
    }
}
