//! `--detect-races`: lost updates are reported at the racy line; locked code is quiet.

use gilpy::Interpreter;

fn stderr_of(src: &str, seed: u64) -> String {
    let mut interp = Interpreter::builder()
        .seed(seed)
        .detect_races()
        .capture_output()
        .build();
    interp.run_source("race.py", src).expect("runs").stderr
}

const UNLOCKED: &str = "import threading
counter = 0
def worker():
    global counter
    for _ in range(3000):
        counter += 1
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
";

#[test]
fn unlocked_counter_reports_lost_updates_at_its_line() {
    let err = stderr_of(UNLOCKED, 1);
    assert!(err.contains("WARNING: lost update on counter"), "{err}");
    assert!(err.contains("read counter at race.py:6"), "{err}");
    assert!(
        err.contains("wrote counter at race.py:6 from its stale read"),
        "{err}"
    );
    assert!(err.contains("lost-update event"), "{err}");
}

#[test]
fn locked_counter_reports_nothing() {
    let locked = UNLOCKED
        .replace("counter = 0\n", "counter = 0\nlock = threading.Lock()\n")
        .replace(
            "        counter += 1",
            "        with lock:\n            counter += 1",
        );
    for seed in 0..3 {
        let err = stderr_of(&locked, seed);
        assert!(err.contains("no lost updates detected"), "{err}");
    }
}

#[test]
fn attribute_and_item_updates_are_locations_too() {
    let src = "import threading
class Box:
    pass
box = Box()
box.n = 0
d = {'k': 0}
def worker():
    for _ in range(2000):
        box.n += 1
        d['k'] += 1
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
";
    let err = stderr_of(src, 4);
    assert!(err.contains("box.n:"), "{err}");
    assert!(err.contains("d['k']:"), "{err}");
}

#[test]
fn lock_order_inversion_is_reported_without_a_deadlock() {
    let src = "import threading
lock_a = threading.Lock()
lock_b = threading.Lock()
def one():
    with lock_a:
        with lock_b:
            pass
def two():
    with lock_b:
        with lock_a:
            pass
t1 = threading.Thread(target=one)
t1.start()
t1.join()
t2 = threading.Thread(target=two)
t2.start()
t2.join()
";
    let err = stderr_of(src, 0);
    assert!(err.contains("lock-order inversion"), "{err}");
    assert!(
        err.contains("took lock 'lock_a' at race.py:5, then lock 'lock_b' at race.py:6"),
        "{err}"
    );
    assert!(
        err.contains("took lock 'lock_b' at race.py:9, then lock 'lock_a' at race.py:10"),
        "{err}"
    );
}
