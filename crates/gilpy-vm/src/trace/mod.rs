//! `--trace`: a timeline of who held the GIL when. The scheduler records a span each
//! time a thread's state changes (holding the GIL, waiting for it, blocked) and an
//! instant for each switch and each race `--detect-races` finds; [`Trace::to_chrome_json`]
//! writes Chrome trace events (Perfetto, `chrome://tracing`) and [`svg::render`] a
//! self-contained SVG timeline.
//!
//! Tracing costs nothing when off: the scheduler records only at state changes, never per
//! instruction, and only when [`Sched::trace`](crate::sched::Sched::trace) is set. It is
//! bounded when on: after [`Trace::CAP`] events recording stops and the output says so.

pub mod svg;

use std::time::{Duration, Instant};

use serde_json::json;

use crate::sched::{BlockOn, ThreadIndex};

/// What a thread did during a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Held the GIL (ran bytecode).
    Hold,
    /// Runnable, waiting for the GIL.
    Wait,
    /// Blocked: sleeping, on a lock (queues, events, joins are locks underneath), or in
    /// native code without the GIL.
    Blocked(Blocked),
}

/// What a blocked span waited for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    Sleep,
    /// `sim.io`.
    Io,
    /// A lock; queues, events, conditions and joins are locks underneath, and
    /// [`Trace::labels`] names them (`Queue.get (queue empty)`, `join: thread T running`).
    Lock(crate::value::ObjRef),
    Native,
}

impl Phase {
    /// The span's name in the trace.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Hold => "holds GIL",
            Phase::Wait => "waits for GIL",
            Phase::Blocked(Blocked::Sleep) => "blocked: sleep",
            Phase::Blocked(Blocked::Io) => "blocked: I/O",
            Phase::Blocked(Blocked::Lock(_)) => "blocked: lock",
            Phase::Blocked(Blocked::Native) => "native, GIL released",
        }
    }

    /// The blocked kind for a thread blocked on `on` (`None`: native code).
    pub fn blocked(on: Option<BlockOn>) -> Phase {
        Phase::Blocked(match on {
            Some(BlockOn::Sleep) => Blocked::Sleep,
            Some(BlockOn::Io) => Blocked::Io,
            Some(BlockOn::Lock(r)) => Blocked::Lock(r),
            None => Blocked::Native,
        })
    }
}

/// A point event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    /// The holder's time was up and the GIL went to another thread.
    ForcedSwitch,
    /// The holder gave the GIL away (`time.sleep(0)`, blocking).
    VoluntarySwitch,
    /// A lost update found by `--detect-races` (the report's first line).
    Race(String),
}

/// One recorded event.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// `thread` was in `phase` from `start` to `end` (since the trace began).
    Span {
        thread: ThreadIndex,
        phase: Phase,
        start: Duration,
        end: Duration,
    },
    /// Something happened to `thread` at `at`, at a source line.
    Instant {
        thread: ThreadIndex,
        mark: Mark,
        at: Duration,
        line: Option<(String, u32)>,
    },
}

/// A recorded timeline.
#[derive(Debug, Clone)]
pub struct Trace {
    origin: Instant,
    pub events: Vec<Event>,
    /// Thread names by index (filled when the trace is taken out).
    pub threads: Vec<String>,
    /// Recording stopped at [`Trace::CAP`] events.
    pub truncated: bool,
    /// What each lock a thread blocked on stands for (filled when the trace is taken out).
    pub labels: std::collections::HashMap<crate::value::ObjRef, String>,
}

impl Default for Trace {
    fn default() -> Self {
        Trace {
            origin: Instant::now(),
            events: Vec::new(),
            threads: Vec::new(),
            truncated: false,
            labels: Default::default(),
        }
    }
}

impl Trace {
    /// The most events kept (about 50 MB).
    pub const CAP: usize = 1_000_000;

    fn push(&mut self, e: Event) {
        if self.events.len() >= Self::CAP {
            self.truncated = true;
        } else {
            self.events.push(e);
        }
    }

    /// Records a span that just ended (zero-length ones are dropped).
    pub fn span(&mut self, thread: ThreadIndex, phase: Phase, start: Instant, end: Instant) {
        if end <= start {
            return;
        }
        let (start, end) = (self.offset(start), self.offset(end));
        self.push(Event::Span {
            thread,
            phase,
            start,
            end,
        });
    }

    /// Records a point event now.
    pub fn instant(&mut self, thread: ThreadIndex, mark: Mark, line: Option<(String, u32)>) {
        let at = self.offset(Instant::now());
        self.push(Event::Instant {
            thread,
            mark,
            at,
            line,
        });
    }

    fn offset(&self, t: Instant) -> Duration {
        t.saturating_duration_since(self.origin)
    }

    /// How long the trace covers.
    pub fn duration(&self) -> Duration {
        self.events
            .iter()
            .map(|e| match e {
                Event::Span { end, .. } => *end,
                Event::Instant { at, .. } => *at,
            })
            .max()
            .unwrap_or_default()
    }

    /// A span's name: the phase, and for a lock what it stands for.
    pub fn span_name(&self, phase: Phase) -> String {
        match phase {
            Phase::Blocked(Blocked::Lock(r)) => match self.labels.get(&r) {
                Some(l) => format!("blocked: {l}"),
                None => phase.name().to_string(),
            },
            _ => phase.name().to_string(),
        }
    }

    /// The thread's display name.
    pub fn thread_name(&self, t: ThreadIndex) -> String {
        self.threads
            .get(t as usize)
            .cloned()
            .unwrap_or_else(|| format!("thread {t}"))
    }

    /// Chrome trace-event JSON (the "JSON Object Format"): one track per thread, `X`
    /// events for spans, `i` events for switches and races; times in microseconds.
    pub fn to_chrome_json(&self) -> String {
        let mut events = vec![json!({
            "name": "process_name", "ph": "M", "pid": 1, "tid": 0,
            "args": {"name": "gilpy"}
        })];
        for (i, name) in self.threads.iter().enumerate() {
            events.push(json!({
                "name": "thread_name", "ph": "M", "pid": 1, "tid": i, "args": {"name": name}
            }));
            events.push(json!({
                "name": "thread_sort_index", "ph": "M", "pid": 1, "tid": i,
                "args": {"sort_index": i}
            }));
        }
        for e in &self.events {
            events.push(match e {
                Event::Span {
                    thread,
                    phase,
                    start,
                    end,
                } => json!({
                    "name": self.span_name(*phase), "cat": "gil", "ph": "X", "pid": 1, "tid": thread,
                    "ts": micros(*start), "dur": micros(end.saturating_sub(*start))
                }),
                Event::Instant {
                    thread,
                    mark,
                    at,
                    line,
                } => {
                    let (name, cat) = match mark {
                        Mark::ForcedSwitch => ("forced switch", "switch"),
                        Mark::VoluntarySwitch => ("voluntary switch", "switch"),
                        Mark::Race(_) => ("lost update", "race"),
                    };
                    let mut args = serde_json::Map::new();
                    if let Some((f, l)) = line {
                        args.insert("line".into(), json!(format!("{f}:{l}")));
                    }
                    if let Mark::Race(text) = mark {
                        args.insert("report".into(), json!(text));
                    }
                    json!({
                        "name": name, "cat": cat, "ph": "i", "s": "t", "pid": 1,
                        "tid": thread, "ts": micros(*at), "args": args
                    })
                }
            });
        }
        let note = if self.truncated {
            format!("the trace was cut after {} events", Self::CAP)
        } else {
            "complete".to_string()
        };
        let doc = json!({
            "displayTimeUnit": "ns",
            "traceEvents": events,
            "otherData": {"producer": "gilpy", "truncated": self.truncated, "note": note}
        });
        doc.to_string()
    }
}

/// Microseconds with nanosecond precision, as Chrome trace timestamps expect.
fn micros(d: Duration) -> f64 {
    d.as_nanos() as f64 / 1000.0
}
