//! `--trace`: the Chrome trace JSON is valid and consistent (one track per thread, spans
//! on a track never overlap, holding the GIL never overlaps between threads, timestamps
//! increase), races show as instants, the SVG is written, and tracing off records nothing.

use gilpy_vm::trace::{Event, Mark, Phase};
use gilpy_vm::Interpreter;

const COUNTER: &str = "\
import threading
counter = 0
def worker(n):
    global counter
    for _ in range(n):
        counter += 1
threads = [threading.Thread(target=worker, args=(200000,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
";

fn traced(detect_races: bool) -> gilpy_vm::trace::Trace {
    let mut b = Interpreter::builder()
        .capture_output()
        .trace(true)
        .check_interval(10);
    if detect_races {
        b = b.detect_races();
    }
    let mut interp = b.build();
    interp.run_source("counter.py", COUNTER).expect("runs");
    interp.take_trace().expect("a trace")
}

#[test]
fn hold_spans_never_overlap_and_each_track_is_sequential() {
    let t = traced(false);
    assert_eq!(t.threads.len(), 4, "{:?}", t.threads);
    let mut holds: Vec<(u128, u128, u32)> = Vec::new();
    for thread in 0..4u32 {
        let mut spans: Vec<(u128, u128)> = t
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Span {
                    thread: th,
                    start,
                    end,
                    ..
                } if *th == thread => Some((start.as_nanos(), end.as_nanos())),
                _ => None,
            })
            .collect();
        assert!(!spans.is_empty(), "thread {thread} has no spans");
        spans.sort();
        for w in spans.windows(2) {
            assert!(
                w[0].1 <= w[1].0,
                "thread {thread}: {:?} overlaps {:?}",
                w[0],
                w[1]
            );
        }
        for e in &t.events {
            if let Event::Span {
                thread: th,
                phase: Phase::Hold,
                start,
                end,
            } = e
            {
                if *th == thread {
                    holds.push((start.as_nanos(), end.as_nanos(), thread));
                }
            }
        }
    }
    holds.sort();
    for w in holds.windows(2) {
        assert!(
            w[0].1 <= w[1].0,
            "two threads held the GIL at once: {:?} and {:?}",
            w[0],
            w[1]
        );
    }
    let switches = t
        .events
        .iter()
        .filter(|e| {
            matches!(
                e,
                Event::Instant {
                    mark: Mark::ForcedSwitch,
                    ..
                }
            )
        })
        .count();
    assert!(switches > 0, "no forced switch recorded");
}

#[test]
fn chrome_json_parses_with_one_track_per_thread_and_increasing_times() {
    let t = traced(true);
    let json: serde_json::Value = serde_json::from_str(&t.to_chrome_json()).expect("valid JSON");
    let events = json["traceEvents"].as_array().expect("traceEvents");
    let names: Vec<&str> = events
        .iter()
        .filter(|e| e["name"] == "thread_name")
        .filter_map(|e| e["args"]["name"].as_str())
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert_eq!(names[0], "MainThread");
    let mut last_ts = 0.0;
    let mut tids = std::collections::BTreeSet::new();
    for e in events.iter().filter(|e| e["ph"] == "X") {
        let ts = e["ts"].as_f64().expect("ts");
        assert!(e["dur"].as_f64().expect("dur") > 0.0);
        assert!(ts >= 0.0);
        last_ts = f64::max(last_ts, ts);
        tids.insert(e["tid"].as_u64().expect("tid"));
    }
    assert!(last_ts > 0.0);
    assert_eq!(tids.len(), 4);
    let races = events.iter().filter(|e| e["name"] == "lost update").count();
    assert!(races > 0, "the detected races are marked");
    assert!(events
        .iter()
        .filter(|e| e["name"] == "lost update")
        .all(|e| e["args"]["line"]
            .as_str()
            .is_some_and(|l| l.starts_with("counter.py:"))));
    assert_eq!(json["otherData"]["truncated"], false);
}

#[test]
fn svg_is_written_and_tracing_off_records_nothing() {
    let t = traced(true);
    let path = std::env::temp_dir().join(format!("gilpy-trace-{}.svg", std::process::id()));
    gilpy_vm::trace::svg::render(&t, &path, "counter").expect("renders");
    let svg = std::fs::read_to_string(&path).expect("written");
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("MainThread") && svg.contains("Thread-3 (worker)"));
    assert!(svg.contains("lost update"));
    let mut interp = Interpreter::builder().capture_output().build();
    interp.run_source("counter.py", COUNTER).expect("runs");
    assert!(interp.take_trace().is_none());
}

#[test]
fn blocked_spans_say_what_they_wait_for() {
    let src = "\
import threading, queue, time
q = queue.Queue()
def consumer():
    while q.get() is not None:
        pass
def producer():
    for i in range(3):
        time.sleep(0.001)
        q.put(i)
    q.put(None)
ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
";
    let mut interp = Interpreter::builder().capture_output().trace(true).build();
    interp.run_source("q.py", src).expect("runs");
    let json = interp.take_trace().expect("a trace").to_chrome_json();
    for name in [
        "blocked: sleep",
        "blocked: Queue.get (queue empty)",
        "blocked: join (Thread-1",
    ] {
        assert!(json.contains(name), "no span named {name:?}");
    }
}
