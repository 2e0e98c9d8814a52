//! Threads through the embedding API: many threads, blocking with timeouts, exceptions in
//! threads, daemons, the `sys` switch settings. Properties only: every time bound here is
//! generous (a loaded machine makes runs slower, never faster), so none of these tests
//! measures speed.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use gilpy::{Error, Interpreter, RunResult};

/// Runs `source` with captured output and a safety timeout, so a hang fails the test
/// instead of stalling the suite.
fn run_with(builder: gilpy::Builder, source: &str) -> Result<RunResult, Error> {
    let mut interp = builder
        .timeout(Duration::from_secs(60))
        .capture_output()
        .build();
    interp.run_source("threads_test.py", source)
}

fn run(source: &str) -> RunResult {
    match run_with(Interpreter::builder(), source) {
        Ok(r) => r,
        Err(e) => panic!("script failed: {e}"),
    }
}

#[test]
fn a_thousand_threads_start_and_join() {
    let r = run("\
import threading

lock = threading.Lock()
items = []

def work(i):
    with lock:
        items.append(i)

threads = [threading.Thread(target=work, args=(i,)) for i in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), sorted(items) == list(range(1000)))
print(threading.active_count())
");
    assert_eq!(r.stdout(), "1000 True\n1\n");
    assert_eq!(r.stderr(), "");
}

#[test]
fn sleeps_in_twenty_threads_overlap() {
    // 20 × 0.1 s = 2 s if the sleeps ran one after another.
    let source = "\
import threading
import time

done = []

def nap(i):
    time.sleep(0.1)
    done.append(i)

threads = [threading.Thread(target=nap, args=(i,)) for i in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(done))
";
    let start = Instant::now();
    let r = run(source);
    let wall = start.elapsed();
    assert_eq!(r.stdout(), "20\n");
    assert!(
        wall >= Duration::from_millis(100),
        "a 0.1 s sleep returned early: {wall:?}"
    );
    assert!(
        wall < Duration::from_secs(1),
        "the sleeps did not overlap: {wall:?} for 20 × 0.1 s"
    );
}

#[test]
fn event_wait_with_timeout_returns_false() {
    let r = run("\
import threading
import time

e = threading.Event()
start = time.monotonic()
print(e.wait(0.05))
print(time.monotonic() - start >= 0.045)
e.set()
print(e.wait(0.05))
");
    assert_eq!(r.stdout(), "False\nTrue\nTrue\n");
}

#[test]
fn queue_get_with_timeout_raises_empty() {
    let r = run("\
import queue
import time

q = queue.Queue()
start = time.monotonic()
try:
    q.get(timeout=0.05)
    print('got something')
except queue.Empty:
    print('Empty')
print(time.monotonic() - start >= 0.045)
q.put(1)
print(q.get(timeout=0.05))
");
    assert_eq!(r.stdout(), "Empty\nTrue\n1\n");
}

#[test]
fn exception_in_a_thread_is_printed_and_main_goes_on() {
    let r = run("\
import threading

def fail():
    raise ValueError('boom in worker')

t = threading.Thread(target=fail, name='worker-1')
t.start()
t.join()
print('main still running', t.is_alive())
");
    assert_eq!(r.stdout(), "main still running False\n");
    assert_eq!(r.exit_code, 0);
    let err = r.stderr();
    assert!(
        err.contains("Exception in thread worker-1"),
        "no header in {err:?}"
    );
    assert!(err.contains("Traceback (most recent call last):"), "{err}");
    assert_eq!(
        err.lines().last(),
        Some("ValueError: boom in worker"),
        "{err}"
    );
}

#[test]
fn daemon_threads_do_not_block_exit() {
    // One daemon spins on the CPU forever, one sleeps forever in short naps; the run must
    // end when the main thread does (the safety timeout turns a hang into an error).
    let start = Instant::now();
    let r = run("\
import threading
import time

def spin():
    n = 0
    while True:
        n += 1

def nap():
    while True:
        time.sleep(0.01)

for f in (spin, nap):
    t = threading.Thread(target=f, daemon=True)
    t.start()
time.sleep(0.05)
print('main done', threading.active_count())
");
    assert_eq!(r.stdout(), "main done 3\n");
    assert!(start.elapsed() < Duration::from_secs(30));
}

#[test]
fn non_daemon_threads_are_waited_for() {
    let r = run("\
import threading
import time

def late():
    time.sleep(0.05)
    print('worker finished')

threading.Thread(target=late).start()
print('main done')
");
    assert_eq!(r.stdout(), "main done\nworker finished\n");
}

#[test]
fn sys_switch_settings_round_trip() {
    let r = run("\
import sys

print(sys.getcheckinterval())
sys.setcheckinterval(7)
print(sys.getcheckinterval())
sys.setswitchinterval(0.002)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-6)
print(sys.getswitchinterval())
sys.setcheckinterval(1)
print(sys.getcheckinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError:', e)
");
    assert_eq!(
        r.stdout(),
        "100\n7\n0.002\n1e-06\n1\nValueError: switch interval must be strictly positive\n"
    );
}

#[test]
fn builder_check_interval_is_what_sys_reports() {
    let r = run_with(
        Interpreter::builder().check_interval(13),
        "import sys\nprint(sys.getcheckinterval())\n",
    )
    .expect("runs");
    assert_eq!(r.stdout(), "13\n");
    let r = run_with(
        Interpreter::builder().switch_interval(Duration::from_millis(1)),
        "import sys\nprint(sys.getswitchinterval())\n",
    )
    .expect("runs");
    assert_eq!(r.stdout(), "0.001\n");
}

#[test]
fn locked_counter_stays_exact_under_a_switch_interval() {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "examples", "counter_locked.py"]
        .iter()
        .collect();
    let source = std::fs::read_to_string(&path).expect("example exists");
    for _ in 0..2 {
        let mut interp = Interpreter::builder()
            .switch_interval(Duration::from_millis(1))
            .timeout(Duration::from_secs(120))
            .capture_output()
            .build();
        let r = interp
            .run_source(&path.display().to_string(), &source)
            .expect("runs");
        assert_eq!(r.stdout(), "400000\n");
        assert!(
            interp.stats().switches > 0,
            "four threads ran without a hand-off"
        );
    }
}

#[test]
fn stats_account_for_every_thread() {
    let mut interp = Interpreter::builder().capture_output().build();
    let r = interp
        .run_source(
            "stats.py",
            "\
import threading

def work():
    total = 0
    for i in range(20000):
        total += i

threads = [threading.Thread(target=work, name='w%d' % k) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
",
        )
        .expect("runs");
    assert_eq!(r.stdout(), "");
    let stats = interp.stats();
    let names: Vec<&str> = stats.threads.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["MainThread", "w0", "w1", "w2"]);
    assert!(stats.switches >= 3, "{stats:?}");
    for t in &stats.threads[1..] {
        assert!(t.stats.instructions > 20_000, "{t:?}");
        assert!(t.stats.switches_in >= 1, "{t:?}");
    }
}
