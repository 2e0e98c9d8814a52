//! A Rust panic inside an interpreter thread (here: a registered native function that
//! panics on purpose) ends the run with an internal-error report naming the thread and
//! line, instead of hanging every other thread.

use std::time::{Duration, Instant};

use gilpy_vm::{Error, Interpreter, Value};

const FOUR_THREADS: &str = "\
import threading

def work(k):
    total = 0
    for i in range(200000):
        total += i
        if k == 2 and i == 1000:
            boom()

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('finished')
";

fn interp_with_boom() -> Interpreter {
    let mut interp = Interpreter::builder().capture_output().build();
    interp.register_function("boom", |_vm, _args| -> gilpy_vm::PyResult<Value> {
        panic!("boom on purpose")
    });
    interp
}

#[test]
fn a_panic_in_one_of_four_threads_is_reported_within_a_second() {
    let mut interp = interp_with_boom();
    let t0 = Instant::now();
    let r = interp.run_source("panics.py", FOUR_THREADS);
    assert!(
        t0.elapsed() < Duration::from_secs(1),
        "took {:?}",
        t0.elapsed()
    );
    match r {
        Err(Error::Internal(report)) => {
            assert!(report.contains("thread 'Thread-3 (work)'"), "{report}");
            assert!(report.contains("panics.py:8"), "{report}");
            assert!(report.contains("boom on purpose"), "{report}");
        }
        other => panic!("expected an internal error, got {other:?}"),
    }
    assert!(!interp.output().0.contains("finished"));
    // The interpreter is still usable afterwards.
    let r = interp
        .run_source("after.py", "print(1 + 1)\n")
        .expect("runs");
    assert_eq!(r.stdout(), "2\n");
}

#[test]
fn a_panic_in_the_main_thread_is_an_internal_error() {
    let mut interp = interp_with_boom();
    match interp.run_source("main.py", "x = 1\nboom()\n") {
        Err(Error::Internal(report)) => {
            assert!(report.contains("thread 'MainThread'"), "{report}");
            assert!(report.contains("main.py:2"), "{report}");
        }
        other => panic!("expected an internal error, got {other:?}"),
    }
}

#[test]
fn a_panic_under_a_seed_is_reported_too() {
    let mut interp = Interpreter::builder().capture_output().seed(3).build();
    interp.register_function("boom", |_vm, _args| -> gilpy_vm::PyResult<Value> {
        panic!("seeded boom")
    });
    let r = interp.run_source("panics.py", FOUR_THREADS);
    assert!(matches!(r, Err(Error::Internal(_))), "{r:?}");
}
