//! The switch policy: when the holder gives the GIL away, and to whom.
//!
//! Every `check_interval` instructions the eval loop calls [`switch_check`]: that is a
//! *switch point*, where the holder offers the GIL. Whether the offer is taken is decided
//! here, so that a hand-off costs what it costs CPython rather than a context switch per
//! offer (measurements and the alternatives tried are in `docs/performance.md`):
//!
//! - A thread back from sleep, I/O or native code (queued at the front, `urgent`) takes
//!   the GIL at the very next switch point: no convoy effect.
//! - Otherwise the head of the run queue (FIFO: fair) takes it once the holder has held
//!   it for the *switch interval*, counted from when the head started waiting or from the
//!   last hand-off (CPython 3's forced switching). `--switch-interval` sets it; in
//!   check-interval mode it grows with the check interval ([`FLOOR_PER_INSTRUCTION`]),
//!   as CPython 2.7's switch rate did. The instruction count still decides *where* a
//!   switch can land (the countdown's jitter spreads it over the loop), so
//!   `counter += 1` loses updates as on 2.7.
//! - The head should be spinning on a CPU when its turn comes: it sees the baton within
//!   a microsecond, where a parked thread needs a futex wake-up and a context switch. So
//!   it is asked to spin shortly before ([`PREWAKE_LEAD`]) — by the outgoing holder
//!   when the interval is short (that thread is about to park anyway, so the new holder
//!   never pays for the wake-up), else by the holder. A head that has not reached a CPU
//!   within [`READY_GRACE`] (every core busy) gets the GIL anyway: nobody starves.
//! - The head learns *when* to spin when the GIL changes hands: with a long interval it
//!   sleeps on a timer until [`PREWAKE_LEAD`] before its turn (a waiter spinning for the
//!   whole interval slowed the holder by up to a third, and doubled the CPU a program
//!   used); with a short one ([`TIMED_SPIN_FROM`]) it spins at once. With 2 threads the
//!   outgoing holder *is* the next head and sets its own timer, so two threads
//!   ping-pong with no system call on the holder's path.
//! - Only the head spins; every other waiter is parked, so waiters never take the cores
//!   the holder and the head need, whatever the number of threads.
//!
//! Seeded runs (`--seed`) take none of these timing decisions: the seeded generator
//! picks at every switch point (see `seeded.rs`).

use std::time::{Duration, Instant};

use parking_lot::MutexGuard;

use super::baton::{Baton, Signals, Wake, SPIN_MAX};
use super::{check_halt, note_context, Sched, Status, ThreadIndex};
use crate::frame::ThreadCtx;
use crate::trace::{Mark, Phase};
use crate::vm::{Halt, PyResult, Vm};

/// In check-interval mode, the shortest time a thread holds the GIL before the head of
/// the queue may force a hand-off, per instruction of the check interval: 100 µs at the
/// default interval of 100. CPython 2.7 measured on this machine (2 and 4 threads,
/// `sys.setcheckinterval`): one switch per 1-2 µs at 1, 4-5 µs at 10, 50-100 µs at 100,
/// 0.3-1.2 ms at 1000 — the interval sets how often a switch really happens, not just
/// where it may. At 50 µs, 16 CPU-bound threads paid ~50 % for the caches each hand-off
/// leaves cold (`docs/performance.md`); at 100 µs, about half that.
pub const FLOOR_PER_INSTRUCTION: Duration = Duration::from_nanos(1000);

/// The floor's bounds: a hand-off cannot be cheaper than about a microsecond, and an
/// interval of a million instructions means "switch rarely", not "never".
const FLOOR_MIN: Duration = Duration::from_micros(1);
const FLOOR_MAX: Duration = Duration::from_millis(100);

/// A waiter whose turn comes sooner than this spins at once rather than on a timer: a
/// timed park can wake ~50 µs late (the kernel's timer slack), and a park and wake-up
/// round trip per hand-off would cost more than the core it leaves idle. Longer
/// intervals are waited on a timer that fires [`PREWAKE_LEAD`] before the turn: a
/// spinning neighbour slows the holder by up to a third on this machine (shared core
/// resources), so two CPU-bound threads spinning at each other all the time ran 1.3-1.5×
/// slower than one thread.
const TIMED_SPIN_FROM: Duration = Duration::from_micros(60);

/// The switch interval in force: `--switch-interval`, or the check interval's floor.
pub fn interval(config: &crate::state::Config) -> Duration {
    config.switch_interval.unwrap_or_else(|| {
        (FLOOR_PER_INSTRUCTION * config.check_interval.max(1)).clamp(FLOOR_MIN, FLOOR_MAX)
    })
}

/// With more runnable threads than cores every hand-off goes to a thread whose caches the
/// others have evicted, so it costs more the more threads there are (measured: 1.1x the
/// 1-thread time at 4 threads, 1.2-1.5x at 8-16 with a fixed floor). In check-interval
/// mode the floor therefore grows with the queue: one step per core's worth of
/// waiters, at most [`MAX_STEPS`] times the base. Where a switch may
/// land is still decided by the instruction count, so races reproduce as before; an
/// explicit `--switch-interval` is taken as given.
pub fn scaled_interval(config: &crate::state::Config, waiters: usize) -> Duration {
    let base = interval(config);
    if config.switch_interval.is_some() {
        return base;
    }
    let steps = (waiters / cores()).clamp(1, MAX_STEPS);
    (base * steps as u32).min(FLOOR_MAX)
}

/// The machine's cores (read once).
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
}

/// See [`scaled_interval`].
const MAX_STEPS: usize = 4;

/// How long before a hand-off is due the head is asked to spin: about one wake-up of
/// a parked thread on an idle core.
pub const PREWAKE_LEAD: Duration = Duration::from_micros(40);

/// How long a due hand-off waits for the head to reach a CPU before the holder hands
/// over anyway (and the head pays for its own wake-up).
pub const READY_GRACE: Duration = Duration::from_millis(1);

/// The same for a thread back from sleep, I/O or native code.
pub const URGENT_GRACE: Duration = Duration::from_micros(50);

/// Outside seeded runs a switch can only be taken when the clock says it is due, so the
/// slow path runs (and reads the clock) about once per this many counted instructions
/// per instruction of the check interval, within [`CLOCK_MIN`, `CLOCK_MAX`]: often
/// enough to see a switch interval (1 µs per check-interval instruction) end within a
/// few percent of it, rarely enough that the slow path and its clock read are not paid
/// every `check_interval` instructions (at the default interval that was 10-15 % of a
/// 16-thread CPU loop). The countdown is jittered, so where a switch lands still
/// varies over a loop and races reproduce (`eval.rs::slow_path`).
pub const CLOCK_EVERY: u32 = 16;
const CLOCK_MIN: u32 = 64;
const CLOCK_MAX: u32 = 4096;

/// How many counted instructions pass between clock reads at this check interval.
pub fn clock_period(check_interval: u32) -> u32 {
    check_interval
        .saturating_mul(CLOCK_EVERY)
        .clamp(CLOCK_MIN, CLOCK_MAX)
}

/// Recent hand-off latencies: from the moment the holder names its successor to the
/// moment the successor runs. A ring of the last [`HandoffLatency::CAP`] samples.
#[derive(Debug, Clone, Default)]
pub struct HandoffLatency {
    samples: Vec<u32>,
    next: usize,
    /// Hand-offs measured so far.
    pub count: u64,
    /// The slowest one.
    pub max: Duration,
}

impl HandoffLatency {
    /// Samples kept.
    pub const CAP: usize = 1 << 16;

    /// Adds one measurement.
    pub fn record(&mut self, d: Duration) {
        let ns = u32::try_from(d.as_nanos()).unwrap_or(u32::MAX);
        if self.samples.len() < Self::CAP {
            self.samples.push(ns);
        } else {
            self.samples[self.next] = ns;
            self.next = (self.next + 1) % Self::CAP;
        }
        self.count += 1;
        self.max = self.max.max(d);
    }

    /// The `p`-th percentile (0-100) of the kept samples.
    pub fn percentile(&self, p: f64) -> Option<Duration> {
        if self.samples.is_empty() {
            return None;
        }
        let mut v = self.samples.clone();
        v.sort_unstable();
        let i = ((p / 100.0) * (v.len() - 1) as f64).round() as usize;
        Some(Duration::from_nanos(u64::from(v[i.min(v.len() - 1)])))
    }
}

/// Called from the eval loop's slow path: hand the GIL over if someone else should run.
pub fn switch_check(vm: &mut Vm<'_>) -> PyResult<()> {
    let sched = &vm.st.sched;
    if sched.alive <= 1 && sched.run_queue.is_empty() {
        return Ok(());
    }
    if sched.in_native > 0 {
        vm.drain_inbox();
    }
    if vm.st.sched.seeded.is_some() {
        return seeded_check(vm);
    }
    let interval = scaled_interval(&vm.st.config, vm.st.sched.run_queue.len());
    let sched = &mut vm.st.sched;
    let now = Instant::now();
    sched.promote_due(now);
    let Some(&head) = sched.run_queue.front() else {
        return check_halt(vm);
    };
    let me = sched.current as usize;
    let started = sched.threads[me].since;
    let h = &sched.threads[head as usize];
    let held = now.saturating_duration_since(started.max(h.since));
    let (due, overdue) = if h.urgent {
        let waited = now.saturating_duration_since(h.since);
        (true, waited >= URGENT_GRACE)
    } else {
        (held >= interval, held >= interval + READY_GRACE)
    };
    if !due {
        if held + PREWAKE_LEAD >= interval {
            prewake(sched, head, now);
        }
        return check_halt(vm);
    }
    // A thread whose OS thread has not started checks the baton before it ever parks.
    if h.signals.is_spinning() || h.handle.is_none() || overdue {
        return forced(vm);
    }
    prewake(sched, head, now);
    check_halt(vm)
}

/// Another thread became runnable: the next switch point comes within the interval
/// again (the countdown may be running a long solo quantum, see `eval.rs::slow_path`).
pub fn shorten_quantum(vm: &mut Vm<'_>) {
    let interval = vm.st.config.check_interval.max(1);
    if vm.th.gc_stash > 0 {
        // An early collector stop is pending: fold it back first.
        vm.th.countdown += std::mem::take(&mut vm.th.gc_stash);
    }
    if vm.th.countdown > interval {
        let me = vm.st.sched.current as usize;
        let cut = vm.th.countdown - interval;
        let q = &mut vm.st.sched.threads[me].quantum;
        *q = q.saturating_sub(cut);
        vm.th.countdown = interval;
    }
}

/// Under `--seed`: the seeded generator decides at every switch point (a bounded run
/// then notes the instruction the thread goes on with, see `bounded.rs`).
fn seeded_check(vm: &mut Vm<'_>) -> PyResult<()> {
    let r = seeded_decide(vm);
    super::note_op(vm);
    r
}

fn seeded_decide(vm: &mut Vm<'_>) -> PyResult<()> {
    if !vm.st.sched.sleepers.is_empty() {
        let now = vm.st.sched.now();
        vm.st.sched.promote_due(now);
    }
    if vm.st.sched.run_queue.is_empty() || !super::decides_here(vm) {
        return check_halt(vm);
    }
    note_context(vm);
    let me = vm.st.sched.current;
    if let Some(why) = vm.st.sched.seeded.as_ref().and_then(|s| s.diverged.clone()) {
        return Err(super::raise_halt(vm, Halt::Diverged(why)));
    }
    match vm.st.sched.seeded_pick(me, true) {
        None => check_halt(vm),
        Some(next) => {
            super::trace_mark(vm, Mark::ForcedSwitch);
            requeue_current(&mut vm.st.sched);
            park_and_wait(vm, Some(next), None);
            check_halt(vm)
        }
    }
}

/// Asks a waiting thread to spin for its coming turn (once per [`SPIN_MAX`]: a request
/// lasts that long).
fn prewake(sched: &mut Sched, t: ThreadIndex, now: Instant) {
    let s = &mut sched.threads[t as usize];
    if s.signals.is_spinning()
        || s.prewoken_at
            .is_some_and(|t| now.saturating_duration_since(t) < SPIN_MAX)
    {
        return;
    }
    if let Some(h) = &s.handle {
        Baton::request_spin(h, &s.signals);
        s.prewoken_at = Some(now);
        sched.spinner = Some(t);
    }
}

/// Puts the running thread at the back of the run queue.
fn requeue_current(sched: &mut Sched) {
    let me = sched.current;
    sched.run_queue.push_back(me);
    let s = sched.slot(me);
    s.status = Status::Runnable;
}

/// Requeues the current thread and runs the head of the queue (no-op if it is empty): a
/// voluntary hand-off (`time.sleep(0)`).
pub fn yield_now(vm: &mut Vm<'_>) -> PyResult<()> {
    hand_off(vm, Mark::VoluntarySwitch)
}

/// A switch point's hand-off: the holder's time is up.
fn forced(vm: &mut Vm<'_>) -> PyResult<()> {
    hand_off(vm, Mark::ForcedSwitch)
}

fn hand_off(vm: &mut Vm<'_>, mark: Mark) -> PyResult<()> {
    let next = if vm.st.sched.seeded.is_some() {
        let me = vm.st.sched.current;
        vm.st.sched.seeded_pick(me, false)
    } else {
        vm.st.sched.run_queue.pop_front()
    };
    let Some(next) = next else {
        return Ok(());
    };
    super::trace_mark(vm, mark);
    requeue_current(&mut vm.st.sched);
    park_and_wait(vm, Some(next), None);
    check_halt(vm)
}

/// When the thread heading the queue once the GIL has changed hands should start
/// spinning: `None` for at once (short intervals), else [`PREWAKE_LEAD`] before its turn.
fn spin_time(vm: &Vm<'_>, now: Instant) -> Option<Instant> {
    let interval = scaled_interval(&vm.st.config, vm.st.sched.run_queue.len());
    (interval >= TIMED_SPIN_FROM).then(|| now + interval - PREWAKE_LEAD)
}

/// Should `me`, having handed over and requeued, get ready for its next turn itself?
/// Only when it heads the queue (two runnable threads): it then spins at once for a
/// short interval, or sets a timer for a longer one — no wake-up from anyone either way.
fn self_ready(vm: &Vm<'_>, me: ThreadIndex) -> bool {
    let sched = &vm.st.sched;
    sched.seeded.is_none() && sched.run_queue.front() == Some(&me)
}

/// The thread that will head the queue once the GIL has changed hands, and when it
/// should start spinning (a request lasts [`SPIN_MAX`] from then). The outgoing holder
/// wakes it, so the new holder never pays for a futex wake-up; with a long interval it
/// sleeps on a timer until shortly before its turn.
#[allow(clippy::type_complexity)]
fn next_in_line(
    vm: &mut Vm<'_>,
    me: ThreadIndex,
    now: Instant,
) -> Option<(
    std::thread::Thread,
    std::sync::Arc<Signals>,
    Option<Instant>,
)> {
    if vm.st.sched.seeded.is_some() {
        return None;
    }
    let head = *vm.st.sched.run_queue.front()?;
    let at = spin_time(vm, now);
    let sched = &mut vm.st.sched;
    let s = sched.slot(head);
    if head == me || s.signals.is_spinning() {
        return None;
    }
    let h = s.handle.clone()?;
    s.prewoken_at = Some(at.unwrap_or(now));
    let signals = s.signals.clone();
    sched.spinner = Some(head);
    Some((h, signals, at))
}

/// Gives the GIL to `next` (or lets it go free), waits until this thread holds it again,
/// and returns how it came back. The thread's context is parked in `VmState` meanwhile,
/// so collections run by other threads see its roots.
pub(super) fn park_and_wait(
    vm: &mut Vm<'_>,
    next: Option<ThreadIndex>,
    deadline: Option<Instant>,
) -> Wake {
    let me = vm.st.sched.current;
    let now = Instant::now();
    vm.st.sched.end_phase(me, Phase::Hold, now);
    let target = next.map(|n| {
        let (h, sig) = vm.st.sched.hand_to(n);
        (n, h, sig)
    });
    let mut ctx = std::mem::replace(&mut vm.th, ThreadCtx::empty());
    crate::ops::binary::share_stack_top(vm, &mut ctx);
    let ctx_id = ctx.id;
    vm.st.parked.push(ctx);
    let signals = vm.st.sched.threads[me as usize].signals.clone();
    let mut spin_now = false;
    if deadline.is_none() && self_ready(vm, me) {
        // Tracked like a requested spinner, so a hand-off elsewhere calls it off.
        let at = spin_time(vm, now);
        let slot = vm.st.sched.slot(me);
        match at {
            Some(at) => Baton::request_spin_at(None, &slot.signals, at),
            None => {
                slot.signals.reset_stop();
                spin_now = true;
            }
        }
        slot.prewoken_at = Some(at.unwrap_or(now));
        vm.st.sched.spinner = Some(me);
    }
    // Only a thread that yields wakes the next in line: one that blocks is not at the
    // back of the queue, and the thread it hands to decides when the head's turn comes.
    let get_ready = match vm.st.sched.run_queue.contains(&me) {
        true => next_in_line(vm, me, now),
        false => None,
    };
    let (gil, fiber) = (vm.gil, vm.fiber.clone());
    let baton = &gil.baton;
    let wake = MutexGuard::unlocked(&mut vm.st, || {
        baton.pass(
            target
                .as_ref()
                .map(|(n, h, s)| (*n, h.as_ref(), Some(&**s))),
        );
        if let Some(f) = &fiber {
            // A coroutine thread (seeded runs): switch to whoever holds the baton now.
            f.wait_for(gil, me);
            return Wake::Given;
        }
        // Off the new holder's critical path: we pay for waking the next in line.
        match &get_ready {
            Some((h, s, Some(at))) => Baton::request_spin_at(Some(h), s, *at),
            Some((h, s, None)) => Baton::request_spin(h, s),
            None => {}
        }
        match baton.wait(me, deadline, &signals, spin_now) {
            // Our deadline passed while another thread held the GIL: we are awake and
            // first in line at the holder's next switch point, so spin.
            Wake::TimedOut => {
                baton.wait(me, None, &signals, true);
                Wake::TimedOut
            }
            w => w,
        }
    });
    if let Some(pos) = vm.st.parked.iter().position(|t| t.id == ctx_id) {
        vm.th = vm.st.parked.swap_remove(pos);
    }
    resumed(&mut vm.st.sched, me);
    wake
}

/// Waits for the baton; a wait whose deadline passed while another thread held the GIL
/// spins (this thread is awake and its turn comes at the holder's next switch point),
/// then waits on until the holder hands over.
pub fn wait_turn(
    baton: &Baton,
    me: ThreadIndex,
    deadline: Option<Instant>,
    signals: &Signals,
) -> Wake {
    match baton.wait(me, deadline, signals, false) {
        Wake::TimedOut => {
            baton.wait(me, None, signals, true);
            Wake::TimedOut
        }
        w => w,
    }
}

/// Book-keeping when a new thread first holds the GIL.
pub fn thread_started(sched: &mut Sched, me: ThreadIndex) {
    resumed(sched, me);
}

/// Book-keeping when a thread holds the GIL again.
pub(super) fn resumed(sched: &mut Sched, me: ThreadIndex) {
    let now = Instant::now();
    sched.current = me;
    let phase = match sched.slot(me).status {
        Status::Blocked => Phase::blocked(sched.slot(me).blocked_on),
        _ => Phase::Wait,
    };
    sched.end_phase(me, phase, now);
    let s = sched.slot(me);
    s.prewoken_at = None;
    s.urgent = false;
    s.stats.switches_in += 1;
    if let Some(t) = s.handed_at.take() {
        sched.latency.record(now.saturating_duration_since(t));
    }
}
