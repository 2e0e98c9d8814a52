//! `queue` under `--seed`: a seeded pipeline prints the same output every time, and a
//! consumer blocked forever on `q.get()` is reported as a deadlock naming the queue.

use gilpy::{Error, Interpreter, Strategy};

/// Producers and consumers whose interleaving shows in the output (the order items
/// are taken in), so two different schedules would print different text.
const PIPELINE: &str = "
import queue, threading
q = queue.Queue(maxsize=3)
log = []
def produce(k):
    for i in range(20):
        q.put((k, i))
def consume(k):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        log.append((k, item))
        q.task_done()
ps = [threading.Thread(target=produce, args=(k,)) for k in range(2)]
cs = [threading.Thread(target=consume, args=(k,)) for k in range(2)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
q.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
print(len(log), sorted(x[1] for x in log) == sorted((k, i) for k in range(2) for i in range(20)))
print(log)
";

fn seeded(seed: u64, strategy: Strategy, src: &str) -> Result<String, Error> {
    let mut interp = Interpreter::builder()
        .seed(seed)
        .strategy(strategy)
        .capture_output()
        .build();
    interp.run_source("q.py", src).map(|r| r.stdout)
}

#[test]
fn a_seeded_queue_pipeline_replays_exactly() {
    for strategy in [Strategy::Random, Strategy::Pct { depth: 3 }] {
        let first = seeded(5, strategy, PIPELINE).expect("runs");
        assert!(first.starts_with("40 True\n"), "{first}");
        for _ in 0..4 {
            assert_eq!(
                seeded(5, strategy, PIPELINE).expect("runs"),
                first,
                "{strategy:?}"
            );
        }
    }
    // Different seeds interleave differently (else the test above proves nothing).
    let outs: std::collections::BTreeSet<String> = (0..6)
        .map(|s| seeded(s, Strategy::Random, PIPELINE).expect("runs"))
        .collect();
    assert!(outs.len() >= 2, "every seed gave {outs:?}");
}

#[test]
fn a_get_with_no_producer_is_a_deadlock_naming_the_queue() {
    let src = "
import queue, threading
q = queue.Queue()
def consumer():
    print('got', q.get())
t = threading.Thread(target=consumer)
t.start()
t.join()
";
    for seed in [None, Some(3)] {
        let mut b = Interpreter::builder().capture_output();
        if let Some(s) = seed {
            b = b.seed(s);
        }
        let mut interp = b.build();
        match interp.run_source("dl.py", src) {
            Err(Error::Deadlock(report)) => {
                assert!(
                    report.contains("waits at dl.py:5 for Queue.get (queue empty)"),
                    "{report}"
                );
                assert!(report.contains("thread 'Thread-1 (consumer)'"), "{report}");
            }
            other => panic!("expected a deadlock, got {other:?}"),
        }
    }
}

#[test]
fn a_put_into_a_full_queue_with_no_consumer_is_a_deadlock() {
    let src = "
import queue
q = queue.Queue(maxsize=1)
q.put(1)
q.put(2)
";
    let mut interp = Interpreter::builder().seed(1).capture_output().build();
    match interp.run_source("full.py", src) {
        Err(Error::Deadlock(report)) => {
            assert!(
                report.contains("waits at full.py:5 for Queue.put (queue full)"),
                "{report}"
            );
        }
        other => panic!("expected a deadlock, got {other:?}"),
    }
}

#[test]
fn a_simple_queue_get_blocks_through_the_scheduler() {
    // A blocked native get: woken by a put under every seed, reported when nobody puts.
    let src = "
import queue, threading
q = queue.SimpleQueue()
out = []
def consumer():
    for _ in range(3):
        out.append(q.get())
t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    q.put(i)
t.join()
print(out)
";
    for seed in 0..5 {
        let a = seeded(seed, Strategy::Random, src).expect("runs");
        assert_eq!(a, "[0, 1, 2]\n");
    }
    let stuck = "
import queue, threading
q = queue.SimpleQueue()
def consumer():
    q.get()
t = threading.Thread(target=consumer)
t.start()
t.join()
";
    match seeded(2, Strategy::Random, stuck) {
        Err(Error::Deadlock(report)) => {
            // Nobody holds what the consumer waits for: no "held by" on its line.
            assert!(
                report.contains("waits at q.py:5 for SimpleQueue.get (queue empty)\n"),
                "{report}"
            );
        }
        other => panic!("expected a deadlock, got {other:?}"),
    }
    // A timed get on a virtual clock: no real waiting.
    let timed = "
import queue, time
q = queue.SimpleQueue()
t0 = time.monotonic()
try:
    q.get(timeout=50)
except queue.Empty:
    print('Empty after', round(time.monotonic() - t0))
";
    let t0 = std::time::Instant::now();
    assert_eq!(
        seeded(1, Strategy::Random, timed).expect("runs"),
        "Empty after 50\n"
    );
    assert!(t0.elapsed().as_secs() < 30, "the timeout was real");
}
