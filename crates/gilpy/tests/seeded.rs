//! `--seed`: one seed, one schedule, one output; virtual time; seeded deadlocks.

use gilpy::{Error, Interpreter, Strategy};

const RACY: &str = "
import threading
counter = 0
def worker():
    global counter
    for _ in range(2000):
        counter += 1
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
";

fn seeded(seed: u64, strategy: Strategy, src: &str) -> String {
    let mut interp = Interpreter::builder()
        .seed(seed)
        .strategy(strategy)
        .capture_output()
        .build();
    interp.run_source("racy.py", src).expect("runs").stdout
}

#[test]
fn same_seed_same_output_twenty_times() {
    for strategy in [Strategy::Random, Strategy::Pct { depth: 3 }] {
        let first = seeded(7, strategy, RACY);
        for _ in 0..19 {
            assert_eq!(seeded(7, strategy, RACY), first, "{strategy:?}");
        }
    }
}

#[test]
fn different_seeds_give_different_schedules() {
    let outs: std::collections::BTreeSet<String> =
        (0..10).map(|s| seeded(s, Strategy::Random, RACY)).collect();
    assert!(outs.len() >= 3, "only {outs:?}");
    assert!(outs.iter().any(|o| o != "8000\n"), "no seed lost an update");
}

#[test]
fn sleeps_run_on_a_virtual_clock() {
    let src = "
import threading, time
start = time.time()
def nap(i):
    time.sleep(100 + i)
ts = [threading.Thread(target=nap, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(round(time.time() - start))
";
    let t0 = std::time::Instant::now();
    let out = seeded(1, Strategy::Random, src);
    assert_eq!(out, "102\n");
    assert!(t0.elapsed().as_secs() < 30, "the sleeps were real");
}

#[test]
fn seeded_deadlock_names_the_seed() {
    let src = "
import threading, time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.1)
        with b:
            pass
def two():
    with b:
        time.sleep(0.1)
        with a:
            pass
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start(); t2.start(); t1.join(); t2.join()
";
    let mut interp = Interpreter::builder().seed(11).capture_output().build();
    match interp.run_source("dl.py", src) {
        Err(Error::Deadlock(report)) => {
            assert!(report.contains("--seed 11"), "{report}");
            assert!(
                report.contains("lock 'a'") && report.contains("lock 'b'"),
                "{report}"
            );
        }
        other => panic!("expected a deadlock, got {other:?}"),
    }
}

#[test]
fn a_recorded_schedule_replays_and_a_changed_program_diverges() {
    let mut interp = Interpreter::builder()
        .seed(5)
        .record()
        .capture_output()
        .build();
    let first = interp.run_source("racy.py", RACY).expect("runs").stdout;
    let text = interp
        .recorded_schedule("strategy random check-interval 100 switch-points any")
        .expect("recorded");
    assert!(text.starts_with("gilpy-schedule 1\nseed 5 strategy random"));
    assert!(text.contains("racy.py:"), "draws name their lines");
    let (seed, _, draws) = gilpy::parse_schedule(&text).expect("parses");
    let mut replay = Interpreter::builder()
        .seed(seed)
        .replay(draws.clone())
        .capture_output()
        .build();
    assert_eq!(
        replay.run_source("racy.py", RACY).expect("replays").stdout,
        first
    );

    let changed = RACY.replace("range(2000)", "range(500)");
    let mut replay = Interpreter::builder()
        .seed(seed)
        .replay(draws)
        .capture_output()
        .build();
    match replay.run_source("racy.py", &changed) {
        Err(gilpy::Error::ReplayDiverged(why)) => assert!(why.contains("diverged"), "{why}"),
        other => panic!("expected a divergence, got {other:?}"),
    }
}

#[test]
fn a_lock_cycle_is_reported_while_other_threads_still_run() {
    let src = "
import threading, time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.01)
        with b:
            pass
def two():
    with b:
        time.sleep(0.01)
        with a:
            pass
def busy():
    for i in range(10_000_000):
        pass
t3 = threading.Thread(target=busy, name='busy')
t3.start()
t1 = threading.Thread(target=one, name='one')
t2 = threading.Thread(target=two, name='two')
t1.start(); t2.start(); t1.join(); t2.join(); t3.join()
";
    let mut interp = Interpreter::builder().seed(2).capture_output().build();
    match interp.run_source("cycle.py", src) {
        Err(Error::Deadlock(report)) => {
            assert!(report.contains("in a cycle"), "{report}");
            assert!(
                report.contains("thread 'busy'\n    is runnable"),
                "{report}"
            );
            assert!(report.contains("--seed 2"), "{report}");
        }
        other => panic!("expected a deadlock, got {other:?}"),
    }
}

/// Seeded threads are coroutines on the caller's OS thread: a daemon thread still
/// spinning when the script ends is shut down with the run (not left suspended), and
/// the interpreter runs the next script normally.
#[test]
fn a_daemon_left_running_ends_with_the_run() {
    let mut interp = Interpreter::builder().seed(5).capture_output().build();
    let src = "
import threading, time
def spin():
    n = 0
    while True:
        n += 1
t = threading.Thread(target=spin, daemon=True)
t.start()
time.sleep(0.01)
print('main done', t.is_alive())
";
    let r = interp.run_source("daemon.py", src).expect("runs");
    assert_eq!(r.stdout, "main done True\n");
    let again = interp.run_source("again.py", RACY).expect("runs again");
    let n: u32 = again.stdout.trim().parse().expect("a count");
    assert!(n <= 8000, "{n}");
}

/// A thread started by a thread started by the main thread, each recursing deeply on
/// its own coroutine stack: the recursion limit holds before any stack runs out.
#[test]
fn nested_threads_recurse_on_their_own_stacks() {
    let src = "
import threading, sys
sys.setrecursionlimit(100000)
out = []
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
def inner():
    out.append(deep(5000))
def outer():
    t = threading.Thread(target=inner)
    t.start()
    out.append(deep(4000))
    t.join()
t = threading.Thread(target=outer)
t.start()
t.join()
print(sorted(out))
";
    for seed in 0..5 {
        assert_eq!(
            seeded(seed, Strategy::Random, src),
            "[4000, 5000]\n",
            "seed {seed}"
        );
    }
}
