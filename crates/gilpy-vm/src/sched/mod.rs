//! Who runs next. Everything here lives in [`VmState`](crate::state::VmState), so every
//! decision is made by the thread holding the GIL; the [`baton`] only carries the
//! decision to the chosen OS thread.
//!
//! | file | what |
//! |---|---|
//! | `mod.rs` | the thread table ([`ThreadSlot`]), the run queue and sleepers ([`Sched`]) |
//! | `baton.rs` | the hand-off word and how a waiting OS thread parks, spins and wakes |
//! | `handoff.rs` | the switch policy: when the holder gives the GIL away, and to whom |
//! | `block.rs` | blocking and waking (sleep, locks, join), halts, thread exit |
//! | `native.rs` | leaving the GIL for native code ([`Vm::allow_threads`]) and coming back |
//! | `seeded.rs` | deterministic scheduling from a seed: random and PCT choice, virtual clock |
//! | `record.rs` | the `--record` / `--replay` schedule file format |
//! | `bounded.rs` | bounded-exhaustive runs (`explore --exhaustive`): guided choices, visible instructions |
//! | `green.rs` | seeded runs with every thread a coroutine on one OS thread |
//! | `deadlock.rs` | the report printed when every thread waits for another |
//! | `panic.rs` | a Rust panic in an interpreter thread becomes an internal-error report |
//!
//! The GIL (`gil.rs`) uses the baton; nothing here imports the GIL.

pub mod baton;
mod block;
mod bounded;
mod deadlock;
mod green;
mod handoff;
mod native;
pub mod panic;
mod record;
mod seeded;

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::trace::{Phase, Trace};
use crate::value::ObjRef;
use crate::vm::{Halt, Vm};

pub use baton::{Signals, ThreadIndex, Wake};
pub(crate) use block::check_halt;
pub use block::{block, exit_thread, raise_halt, shutdown_threading, wake_main_for_interrupt};
pub(crate) use bounded::{decides_here, note_op};
pub use bounded::{BoundedRun, OpNote};
pub use deadlock::deadlock_report;
pub(crate) use green::{drive, Fiber};
pub use handoff::{
    clock_period, interval, shorten_quantum, switch_check, thread_started, wait_turn, yield_now,
    HandoffLatency,
};
pub use record::{parse_schedule, schedule_text};
pub use seeded::{Draw, Seeded, Strategy};

/// The main thread's index.
pub const MAIN: ThreadIndex = 0;

/// Countdown while only one thread exists (see `eval.rs::slow_path`).
pub const SOLO_QUANTUM: u32 = 10_000;

/// What a thread is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Holding the GIL.
    Running,
    /// In the run queue.
    Runnable,
    /// Waiting for something; see [`ThreadSlot::blocked_on`].
    Blocked,
    /// Created by `start_new_thread` but its OS thread has not run yet (it is queued).
    Starting,
    /// Running native code without the GIL ([`Vm::allow_threads`]).
    Native,
    /// Done.
    Finished,
}

/// What a blocked thread waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockOn {
    /// `time.sleep`.
    Sleep,
    /// `sim.io`: simulated blocking I/O.
    Io,
    /// A `_thread` lock.
    Lock(ObjRef),
}

/// How a block ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WakeReason {
    /// Not woken yet.
    Pending,
    /// Someone made it runnable (the lock may be free now: try again).
    Notified,
    /// The deadline passed.
    TimedOut,
}

/// Per-thread numbers for `--stats`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ThreadStats {
    /// Instructions executed (counted at switch checks).
    pub instructions: u64,
    /// Times this thread was handed the GIL.
    pub switches_in: u64,
    /// Time spent holding the GIL.
    pub hold: Duration,
    /// Time spent runnable but waiting for the GIL.
    pub wait: Duration,
    /// The longest single wait for the GIL (starvation shows here).
    pub max_wait: Duration,
    /// Time spent blocked (sleeping, on locks, joining, in native code).
    pub blocked: Duration,
}

/// One Python thread.
pub struct ThreadSlot {
    /// The OS thread, to wake it (`None` until it started).
    pub handle: Option<std::thread::Thread>,
    /// `threading.get_ident()`.
    pub ident: u64,
    pub name: String,
    pub status: Status,
    pub blocked_on: Option<BlockOn>,
    pub deadline: Option<Instant>,
    pub wake: WakeReason,
    /// Where it blocked: (file, line).
    pub blocked_at: Option<(Arc<str>, u32)>,
    /// Countdown value the current quantum started from (for instruction counts).
    pub quantum: u32,
    /// When the current state (holding / waiting / blocked) began.
    pub since: Instant,
    /// Spin request and "spinning now", shared with the OS thread outside the GIL.
    pub signals: Arc<Signals>,
    /// When the holder last asked this thread to spin (one request per turn).
    pub prewoken_at: Option<Instant>,
    /// When the GIL was handed to this thread (for the hand-off latency).
    pub handed_at: Option<Instant>,
    /// Back from sleep, I/O or native code: takes the GIL at the next switch point.
    pub urgent: bool,
    pub stats: ThreadStats,
}

impl ThreadSlot {
    fn new(ident: u64, name: String, status: Status) -> ThreadSlot {
        ThreadSlot {
            handle: None,
            ident,
            name,
            status,
            blocked_on: None,
            deadline: None,
            wake: WakeReason::Pending,
            blocked_at: None,
            quantum: 0,
            since: Instant::now(),
            signals: Arc::default(),
            prewoken_at: None,
            handed_at: None,
            urgent: false,
            stats: ThreadStats::default(),
        }
    }
}

/// The scheduler: thread table, run queue and sleepers.
pub struct Sched {
    pub threads: Vec<ThreadSlot>,
    pub run_queue: VecDeque<ThreadIndex>,
    /// Threads blocked with a deadline.
    pub sleepers: Vec<ThreadIndex>,
    /// The thread holding the GIL.
    pub current: ThreadIndex,
    /// Threads started and not finished (including main).
    pub alive: usize,
    /// GIL hand-offs so far.
    pub switches: u64,
    /// Threads inside [`Vm::allow_threads`] (they will come back).
    pub in_native: usize,
    /// A halt raised in another thread, for the main thread to report.
    pub halt: Option<Halt>,
    /// The run is over: threads that wake up just exit.
    pub shutdown: bool,
    /// Set for `--seed` runs.
    pub seeded: Option<Box<Seeded>>,
    /// Hand-off latencies (GIL given → new holder running), most recent samples.
    pub latency: HandoffLatency,
    /// `--trace`: the timeline being recorded (`None`: tracing is off, and costs nothing).
    pub trace: Option<Box<Trace>>,
    /// The waiter last asked to spin (its request is withdrawn if the GIL goes to
    /// another thread).
    pub(crate) spinner: Option<ThreadIndex>,
    /// Jitter for the countdown (xorshift state).
    rng: u64,
    next_ident: u64,
}

impl Default for Sched {
    fn default() -> Self {
        Sched {
            threads: vec![ThreadSlot::new(1, "MainThread".into(), Status::Running)],
            run_queue: VecDeque::new(),
            sleepers: Vec::new(),
            current: MAIN,
            alive: 1,
            in_native: 0,
            switches: 0,
            halt: None,
            shutdown: false,
            seeded: None,
            latency: HandoffLatency::default(),
            trace: None,
            spinner: None,
            rng: 0x9e37_79b9_7f4a_7c15,
            next_ident: 2,
        }
    }
}

impl Sched {
    /// The countdown for the next quantum: the interval with jitter, so that identical
    /// threads whose loop length divides the interval do not always switch at the same
    /// instruction (CPython 2.7 never aligned like that: the OS picked who woke first).
    /// Uniform in `[n/2, 3n/2)`, mean `n`; exactly `n` for tiny intervals.
    pub fn next_quantum(&mut self, n: u32) -> u32 {
        if let Some(s) = &mut self.seeded {
            return s.quantum(n);
        }
        if n < 4 {
            return n.max(1);
        }
        n / 2 + self.jitter(n)
    }

    /// A pseudo-random number in `0..n` (xorshift; timing jitter, not seeded choice).
    pub(crate) fn jitter(&mut self, n: u32) -> u32 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng % u64::from(n.max(1))) as u32
    }

    /// Adds a thread in state [`Status::Starting`]; it is queued to run.
    pub fn add_thread(&mut self, name: String) -> ThreadIndex {
        let ident = self.next_ident;
        self.next_ident += 1;
        let idx = self.threads.len() as ThreadIndex;
        self.threads
            .push(ThreadSlot::new(ident, name, Status::Starting));
        self.alive += 1;
        self.run_queue.push_back(idx);
        idx
    }

    /// A thread's slot.
    pub(crate) fn slot(&mut self, t: ThreadIndex) -> &mut ThreadSlot {
        &mut self.threads[t as usize]
    }

    /// Makes a blocked thread runnable (at the back of the queue, or the front for a
    /// thread coming back from sleep/I/O).
    pub fn wake(&mut self, t: ThreadIndex, reason: WakeReason, front: bool) {
        let now = Instant::now();
        let s = self.slot(t);
        if s.status != Status::Blocked {
            return;
        }
        s.status = Status::Runnable;
        s.wake = reason;
        s.urgent = front;
        let phase = Phase::blocked(s.blocked_on);
        self.end_phase(t, phase, now);
        if front {
            self.run_queue.push_front(t);
        } else {
            self.run_queue.push_back(t);
        }
        self.sleepers.retain(|&x| x != t);
    }

    /// Ends thread `t`'s current stretch (holding the GIL, waiting for it, or blocked)
    /// at `now`: adds it to the thread's statistics and, when tracing, records the span.
    pub(crate) fn end_phase(&mut self, t: ThreadIndex, phase: Phase, now: Instant) {
        let s = &mut self.threads[t as usize];
        let d = now.saturating_duration_since(s.since);
        match phase {
            Phase::Hold => s.stats.hold += d,
            Phase::Wait => {
                s.stats.wait += d;
                s.stats.max_wait = s.stats.max_wait.max(d);
            }
            Phase::Blocked(_) => s.stats.blocked += d,
        }
        if let Some(tr) = &mut self.trace {
            tr.span(t, phase, s.since, now);
        }
        s.since = now;
    }

    /// Moves sleepers whose deadline passed to the front of the run queue.
    pub fn promote_due(&mut self, now: Instant) {
        if self.sleepers.is_empty() {
            return;
        }
        let mut due: Vec<ThreadIndex> = Vec::new();
        self.sleepers.retain(|&t| {
            let d = self.threads[t as usize].deadline;
            if d.is_some_and(|d| d <= now) {
                due.push(t);
                false
            } else {
                true
            }
        });
        // Earliest deadline first, all ahead of CPU-bound threads.
        due.sort_by_key(|&t| self.threads[t as usize].deadline);
        for t in due.into_iter().rev() {
            self.wake(t, WakeReason::TimedOut, true);
        }
    }

    /// The earliest sleeper deadline.
    pub fn earliest_deadline(&self) -> Option<Instant> {
        self.sleepers
            .iter()
            .filter_map(|&t| self.threads[t as usize].deadline)
            .min()
    }

    /// Marks `next` as the holder-to-be and returns how to reach its OS thread. The
    /// caller releases the guard and then gives it the baton.
    fn hand_to(&mut self, next: ThreadIndex) -> (Option<std::thread::Thread>, Arc<Signals>) {
        if let Some(s) = self.spinner.take() {
            if s != next {
                let slot = self.slot(s);
                slot.prewoken_at = None;
                baton::Baton::cancel_spin(&slot.signals);
            }
        }
        self.current = next;
        self.switches += 1;
        let s = self.slot(next);
        s.status = Status::Running;
        s.handed_at = Some(Instant::now());
        (s.handle.clone(), s.signals.clone())
    }
}

/// The (file, line) of the innermost frame of user code (skipping the frozen
/// `threading`/`queue` modules), for reports.
pub fn user_line(vm: &Vm<'_>) -> Option<(Arc<str>, u32)> {
    let mut fallback = None;
    for f in vm.th.frames.iter().rev() {
        let Some(data) = vm.st.codes.get(f.code_id as usize) else {
            continue;
        };
        let code = &data.code;
        let line = code.line_of(f.pc.saturating_sub(1) as usize);
        let here = (code.filename.clone(), line);
        if !code.filename.starts_with("<frozen") {
            return Some(here);
        }
        fallback.get_or_insert(here);
    }
    fallback
}

/// Records a point event for the running thread when tracing.
pub(crate) fn trace_mark(vm: &mut Vm<'_>, mark: crate::trace::Mark) {
    if vm.st.sched.trace.is_none() {
        return;
    }
    let line = user_line(vm).map(|(f, l)| (f.to_string(), l));
    let me = vm.st.sched.current;
    if let Some(tr) = &mut vm.st.sched.trace {
        tr.instant(me, mark, line);
    }
}

/// Notes where the running thread is, for recordings and divergence reports (seeded runs
/// only).
pub(crate) fn note_context(vm: &mut Vm<'_>) {
    if vm.st.sched.seeded.is_none() {
        return;
    }
    let me = vm.st.sched.current as usize;
    let name = vm.st.sched.threads[me].name.clone();
    let at = user_line(vm)
        .map(|(f, l)| format!("{f}:{l}"))
        .unwrap_or_else(|| "?".into());
    if let Some(s) = &mut vm.st.sched.seeded {
        s.context = format!("{name} at {at}");
    }
}
