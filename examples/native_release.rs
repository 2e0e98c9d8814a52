//! A native function that releases the GIL while it works (like a C extension doing I/O)
//! against one that holds it, each called from four Python threads. Prints both wall
//! times; exits 0 when both compute the right results.
//!
//! ```sh
//! cargo run --release --example native_release
//! ```

use std::time::{Duration, Instant};

use gilpy::token::{PyErr, Python};
use gilpy::{Interpreter, PyObject};

const SCRIPT: &str = "\
import threading
results = []
def worker(k):
    results.append(work(k))
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
";

/// 20 ms of "I/O" per call, then a result that depends on the argument.
fn slow_io(k: i64) -> i64 {
    std::thread::sleep(Duration::from_millis(20));
    k * k
}

fn arg(args: Vec<PyObject>) -> Result<i64, PyErr> {
    args.into_iter()
        .next()
        .and_then(|a| a.try_into().ok())
        .ok_or_else(|| PyErr::TypeError("work(k): k must be an int".into()))
}

fn run(release: bool) -> Result<(Duration, String), gilpy::Error> {
    let mut interp = Interpreter::builder().capture_output().build();
    interp.register_native("work", move |py: &mut Python<'_, '_>, args| {
        let k = arg(args)?;
        let r = if release {
            py.allow_threads(move || slow_io(k))
        } else {
            slow_io(k)
        };
        Ok(r.into())
    });
    let t0 = Instant::now();
    let out = interp.run_source("native.py", SCRIPT)?;
    Ok((t0.elapsed(), out.stdout().to_string()))
}

fn main() -> Result<(), gilpy::Error> {
    let (held, out_held) = run(false)?;
    let (released, out_released) = run(true)?;
    println!(
        "holding the GIL:   {:>6.1} ms  {}",
        held.as_secs_f64() * 1e3,
        out_held.trim()
    );
    println!(
        "releasing the GIL: {:>6.1} ms  {}",
        released.as_secs_f64() * 1e3,
        out_released.trim()
    );
    assert_eq!(out_held, "[0, 1, 4, 9]\n");
    assert_eq!(out_released, out_held);
    // Four 20 ms calls: at least 80 ms in turn while the GIL is held.
    assert!(held >= Duration::from_millis(80), "{held:?}");
    Ok(())
}
