//! Who runs next: the thread table, the run queue, sleepers, blocking and waking, and the
//! deadlock check. All of it lives in [`VmState`](crate::state::VmState), so every
//! decision is made by the thread holding the GIL; the [`Baton`](crate::baton::Baton)
//! only carries the decision to the chosen OS thread.
//!
//! - A switch check (the eval loop's countdown reaching zero) moves sleepers whose time
//!   has come to the *front* of the run queue — a thread back from I/O gets the GIL at
//!   once, so there is no convoy effect — and, when someone else can run, hands the GIL
//!   to the head of the queue and requeues the current thread at the back.
//! - A blocking operation marks the thread blocked and hands the GIL on; whoever
//!   resolves the block (a lock release, a deadline) makes the thread runnable again.
//! - When nothing can run and nobody sleeps, every live thread waits for another one:
//!   that is a deadlock, reported with each thread's locks and lines.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::MutexGuard;

use crate::baton::{ThreadIndex, Wake};
use crate::frame::ThreadCtx;
use crate::gil::Gil;
use crate::value::{ObjRef, Value};
use crate::vm::{Halt, PyResult, Throw, Vm};

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
    /// Time spent blocked (sleeping, on locks, joining).
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
    /// Raised while the OS thread spins for the baton: a hand-off to it is cheap.
    pub ready: Arc<AtomicBool>,
    /// Already pre-woken for its coming turn (one wake-up call is enough).
    pub prewoken: bool,
    pub stats: ThreadStats,
}

/// How a seeded run picks who runs next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Strategy {
    /// At each switch point, a uniformly random runnable thread (maybe the same one);
    /// quanta are random too (1 to 2N counted instructions).
    #[default]
    Random,
    /// Probabilistic concurrency testing (Burckhardt et al.): random thread priorities,
    /// the highest runnable one runs, and at `depth - 1` random points the running
    /// thread's priority drops below everyone's.
    Pct { depth: u32 },
}

/// Deterministic scheduling: every decision comes from one seeded generator, and time is
/// virtual (sleeps and timeouts advance a clock instead of waiting).
pub struct Seeded {
    pub seed: u64,
    pub strategy: Strategy,
    rng: rand_pcg::Pcg64Mcg,
    /// Virtual time since the run started.
    pub clock: Duration,
    /// The real instant virtual time zero maps to (deadlines stay `Instant`s).
    base: Instant,
    /// PCT: priority per thread (higher runs first) and the remaining change points,
    /// counted in switch checks.
    priorities: Vec<u64>,
    change_points: Vec<u64>,
    checks: u64,
    /// Decisions taken (switch checks that picked a thread), for reports.
    pub decisions: u64,
    /// `--record`: every draw, in order (bound, result, context).
    pub recording: Option<Vec<Draw>>,
    /// `--replay`: the draws to follow instead of the generator.
    pub replaying: Option<std::collections::VecDeque<Draw>>,
    /// Draws taken so far (the step number in recordings and divergence reports).
    pub step: u64,
    /// Where the running thread is (set at each switch check, for recordings).
    pub context: String,
    /// Set when a replay no longer matches the program.
    pub diverged: Option<String>,
}

/// One random draw of a seeded run: `result` in `0..bound`, taken while `context`
/// (thread and line) was running.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draw {
    pub bound: u64,
    pub result: u64,
    pub context: String,
}

impl Seeded {
    fn next_u64(&mut self) -> u64 {
        rand::RngCore::next_u64(&mut self.rng)
    }

    fn below(&mut self, n: u64) -> u64 {
        if n <= 1 {
            return 0;
        }
        self.step += 1;
        let r = match self.replaying.as_mut() {
            Some(script) => match script.pop_front() {
                Some(d) if d.bound == n && d.result < n => d.result,
                Some(d) => {
                    self.divergence(format!(
                        "the recording chose among {} (at {}), the program among {n}",
                        d.bound, d.context
                    ));
                    0
                }
                None => {
                    self.divergence("the recording ended but the program goes on".into());
                    0
                }
            },
            None => self.next_u64() % n,
        };
        if let Some(log) = &mut self.recording {
            log.push(Draw {
                bound: n,
                result: r,
                context: self.context.clone(),
            });
        }
        r
    }

    fn divergence(&mut self, why: String) {
        if self.diverged.is_none() {
            self.diverged = Some(format!(
                "replay diverged at step {} while {} ran: {why}",
                self.step, self.context
            ));
        }
        // Stop following the file; the run ends at the next check.
        self.replaying = Some(std::collections::VecDeque::new());
    }
}

/// Virtual time charged per counted instruction, so a busy-wait on `time.time()`
/// still sees time pass in a seeded run (deterministically).
const VIRTUAL_NS_PER_INSTRUCTION: u64 = 10;

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
    /// Jitter for the countdown (xorshift state).
    rng: u64,
    next_ident: u64,
}

impl Default for Sched {
    fn default() -> Self {
        let now = Instant::now();
        Sched {
            threads: vec![ThreadSlot {
                handle: None,
                ident: 1,
                name: "MainThread".into(),
                status: Status::Running,
                blocked_on: None,
                deadline: None,
                wake: WakeReason::Pending,
                blocked_at: None,
                quantum: 0,
                since: now,
                ready: Arc::default(),
                prewoken: false,
                stats: ThreadStats::default(),
            }],
            run_queue: VecDeque::new(),
            sleepers: Vec::new(),
            current: MAIN,
            alive: 1,
            in_native: 0,
            switches: 0,
            halt: None,
            shutdown: false,
            seeded: None,
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
            // Seeded: PCT decides at every counted instruction; random quanta are
            // uniform in 1..=2n.
            return match s.strategy {
                Strategy::Pct { .. } => 1,
                Strategy::Random => 1 + s.below(2 * u64::from(n.max(1))) as u32,
            };
        }
        if n < 4 {
            return n.max(1);
        }
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        n / 2 + (self.rng % n as u64) as u32
    }

    /// Switches to deterministic scheduling from `seed`.
    pub fn set_seed(&mut self, seed: u64, strategy: Strategy) {
        use rand::SeedableRng;
        self.rng = seed.wrapping_mul(0x2545_f491_4f6c_dd1d) | 1;
        let mut st = Seeded {
            seed,
            strategy,
            rng: rand_pcg::Pcg64Mcg::seed_from_u64(seed),
            clock: Duration::ZERO,
            base: Instant::now(),
            priorities: Vec::new(),
            change_points: Vec::new(),
            checks: 0,
            decisions: 0,
            recording: None,
            replaying: None,
            step: 0,
            context: "MainThread at start".into(),
            diverged: None,
        };
        if let Strategy::Pct { depth } = strategy {
            // Change points spread over the first million switch checks.
            let mut points: Vec<u64> = (1..depth.max(1)).map(|_| st.below(1_000_000)).collect();
            points.sort_unstable();
            st.change_points = points;
        }
        self.seeded = Some(Box::new(st));
        self.ensure_priority(MAIN);
    }

    /// Starts recording every seeded draw (see [`schedule_text`]).
    pub fn start_recording(&mut self) {
        if let Some(s) = &mut self.seeded {
            s.recording = Some(Vec::new());
        }
    }

    /// Follows `draws` instead of the generator.
    pub fn start_replay(&mut self, draws: Vec<Draw>) {
        if let Some(s) = &mut self.seeded {
            s.replaying = Some(draws.into());
        }
    }

    /// The current time: virtual under `--seed`, the OS's otherwise.
    pub fn now(&self) -> Instant {
        match &self.seeded {
            Some(s) => s.base + s.clock,
            None => Instant::now(),
        }
    }

    /// Seconds since the epoch for `time.time()`: virtual under `--seed` (starting at a
    /// fixed date, so output is reproducible).
    pub fn wall_clock(&self) -> Option<f64> {
        self.seeded
            .as_ref()
            .map(|s| 1_700_000_000.0 + s.clock.as_secs_f64())
    }

    /// Charges virtual time for executed instructions.
    pub fn charge(&mut self, instructions: u64) {
        if let Some(s) = &mut self.seeded {
            s.clock += Duration::from_nanos(instructions * VIRTUAL_NS_PER_INSTRUCTION);
        }
    }

    /// PCT: gives a newly seen thread a random priority.
    fn ensure_priority(&mut self, t: ThreadIndex) {
        if let Some(s) = &mut self.seeded {
            while s.priorities.len() <= t as usize {
                // Initial priorities are above every lowered one (which count down
                // from `depth`).
                let p = 1_000_000 + s.below(1_000_000);
                s.priorities.push(p);
            }
        }
    }

    /// Under `--seed`: who runs next among the run queue and (when `me_runnable`) the
    /// current thread; `None` means "stay". Removes the chosen thread from the queue.
    fn seeded_pick(&mut self, me: ThreadIndex, me_runnable: bool) -> Option<ThreadIndex> {
        let n = self.run_queue.len();
        if n == 0 {
            return None;
        }
        for i in 0..n {
            self.ensure_priority(self.run_queue[i]);
        }
        self.ensure_priority(me);
        let s = self.seeded.as_mut()?;
        s.decisions += 1;
        let idx = match s.strategy {
            Strategy::Random => {
                let k = s.below(n as u64 + u64::from(me_runnable)) as usize;
                if k == n {
                    return None;
                }
                k
            }
            Strategy::Pct { .. } => {
                s.checks += 1;
                if me_runnable && s.change_points.first().is_some_and(|&c| s.checks >= c) {
                    s.change_points.remove(0);
                    let low = s.change_points.len() as u64;
                    s.priorities[me as usize] = low;
                }
                let best = (0..n)
                    .max_by_key(|&i| s.priorities[self.run_queue[i] as usize])
                    .unwrap_or(0);
                let best_p = s.priorities[self.run_queue[best] as usize];
                if me_runnable && s.priorities[me as usize] >= best_p {
                    return None;
                }
                best
            }
        };
        self.run_queue.remove(idx)
    }

    /// Under `--seed`, when nobody can run but someone sleeps: jump the virtual clock to
    /// the earliest deadline and wake the sleepers due then.
    fn advance_clock(&mut self) -> bool {
        let Some(d) = self.earliest_deadline() else {
            return false;
        };
        let Some(s) = &mut self.seeded else {
            return false;
        };
        let target = d.saturating_duration_since(s.base);
        if target > s.clock {
            s.clock = target;
        }
        let now = self.now();
        self.promote_due(now);
        true
    }

    /// The next thread to hand the GIL to when the current one stops running (blocks
    /// or ends): the queue's head, or a seeded pick; under `--seed` an empty queue with
    /// sleepers advances the virtual clock first.
    fn next_to_run(&mut self) -> Option<ThreadIndex> {
        if self.seeded.is_some() {
            if self.run_queue.is_empty() && self.in_native == 0 {
                self.advance_clock();
            }
            let me = self.current;
            return self.seeded_pick(me, false);
        }
        self.run_queue.pop_front()
    }

    /// Adds a thread in state [`Status::Starting`]; it is queued to run.
    pub fn add_thread(&mut self, name: String) -> ThreadIndex {
        let ident = self.next_ident;
        self.next_ident += 1;
        let idx = self.threads.len() as ThreadIndex;
        self.threads.push(ThreadSlot {
            handle: None,
            ident,
            name,
            status: Status::Starting,
            blocked_on: None,
            deadline: None,
            wake: WakeReason::Pending,
            blocked_at: None,
            quantum: 0,
            since: Instant::now(),
            ready: Arc::default(),
            prewoken: false,
            stats: ThreadStats::default(),
        });
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
        s.stats.blocked += now.saturating_duration_since(s.since);
        s.since = now;
        if front {
            self.run_queue.push_front(t);
        } else {
            self.run_queue.push_back(t);
        }
        self.sleepers.retain(|&x| x != t);
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

    /// `me` leaves for native code; `next` (already popped off the queue) runs.
    pub fn enter_native(&mut self, me: ThreadIndex, next: Option<ThreadIndex>) {
        let now = Instant::now();
        let s = self.slot(me);
        s.stats.hold += now.saturating_duration_since(s.since);
        s.since = now;
        s.status = Status::Native;
        self.in_native += 1;
        if let Some(n) = next {
            self.current = n;
            self.switches += 1;
            self.slot(n).status = Status::Running;
        }
    }

    /// `me` is back from native code and holds the GIL again.
    pub fn leave_native(&mut self, me: ThreadIndex) {
        let now = Instant::now();
        self.in_native = self.in_native.saturating_sub(1);
        self.run_queue.retain(|&t| t != me);
        self.current = me;
        let s = self.slot(me);
        s.stats.blocked += now.saturating_duration_since(s.since);
        s.since = now;
        s.status = Status::Running;
        s.stats.switches_in += 1;
    }

    /// The earliest sleeper deadline.
    pub fn earliest_deadline(&self) -> Option<Instant> {
        self.sleepers
            .iter()
            .filter_map(|&t| self.threads[t as usize].deadline)
            .min()
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

/// Gives the GIL to `next` (or lets it go free), waits until this thread holds it again,
/// and returns how it came back. The thread's context is parked in `VmState` meanwhile,
/// so collections run by other threads see its roots.
fn park_and_wait(vm: &mut Vm<'_>, next: Option<ThreadIndex>, deadline: Option<Instant>) -> Wake {
    let me = vm.st.sched.current;
    let now = Instant::now();
    {
        let s = &mut vm.st.sched.threads[me as usize];
        s.stats.hold += now.saturating_duration_since(s.since);
        s.since = now;
    }
    let handle = next.and_then(|n| {
        let sched = &mut vm.st.sched;
        sched.current = n;
        sched.switches += 1;
        let s = sched.slot(n);
        s.status = Status::Running;
        s.handle.clone()
    });
    let ctx = std::mem::replace(&mut vm.th, ThreadCtx::empty());
    let ctx_id = ctx.id;
    vm.st.parked.push(ctx);
    let ready = vm.st.sched.threads[me as usize].ready.clone();
    // Spin only when our turn is next; threads further back park at once and are
    // pre-woken when they reach the head of the queue.
    let spin_first = vm.st.sched.run_queue.front() == Some(&me);
    let gil: &Gil = vm.gil;
    let wake = MutexGuard::unlocked(&mut vm.st, || {
        gil.baton.pass(next, handle.as_ref());
        wait_turn(gil, me, deadline, &ready, spin_first)
    });
    if let Some(pos) = vm.st.parked.iter().position(|t| t.id == ctx_id) {
        vm.th = vm.st.parked.swap_remove(pos);
    }
    resumed(vm, me);
    wake
}

/// Waits for the baton; a timed-out wait keeps waiting (the holder will schedule us).
pub(crate) fn wait_turn(
    gil: &Gil,
    me: ThreadIndex,
    deadline: Option<Instant>,
    ready: &AtomicBool,
    spin_first: bool,
) -> Wake {
    match gil.baton.wait(me, deadline, ready, spin_first) {
        Wake::TimedOut => {
            gil.baton.wait(me, None, ready, true);
            Wake::TimedOut
        }
        w => w,
    }
}

/// Book-keeping when a thread holds the GIL again.
fn resumed(vm: &mut Vm<'_>, me: ThreadIndex) {
    let now = Instant::now();
    let sched = &mut vm.st.sched;
    sched.current = me;
    let s = sched.slot(me);
    match s.status {
        Status::Blocked => s.stats.blocked += now.saturating_duration_since(s.since),
        _ => s.stats.wait += now.saturating_duration_since(s.since),
    }
    s.since = now;
    s.prewoken = false;
    s.stats.switches_in += 1;
    prewake_head(sched);
}

/// Wakes the head of the run queue so that it spins, ready for its turn.
fn prewake_head(sched: &mut Sched) {
    if let Some(&head) = sched.run_queue.front() {
        let s = &mut sched.threads[head as usize];
        if !s.prewoken && !s.ready.load(Ordering::Acquire) {
            s.prewoken = true;
            if let Some(h) = &s.handle {
                crate::baton::Baton::prewake(h);
            }
        }
    }
}

/// How long a switch may wait for the next thread to be awake and spinning before the
/// holder hands over anyway (paying for a wake-up).
const READY_GRACE: Duration = Duration::from_micros(50);

/// Called from the eval loop's slow path: hand the GIL over if someone else should run.
pub(crate) fn switch_check(vm: &mut Vm<'_>) -> PyResult<()> {
    if vm.st.sched.alive <= 1 && vm.st.sched.run_queue.is_empty() {
        return Ok(());
    }
    if vm.st.sched.in_native > 0 {
        vm.drain_inbox();
    }
    if !vm.st.sched.sleepers.is_empty() {
        let now = vm.st.sched.now();
        vm.st.sched.promote_due(now);
    }
    if vm.st.sched.run_queue.is_empty() {
        return check_halt(vm);
    }
    if vm.st.sched.seeded.is_some() {
        note_context(vm);
        let me = vm.st.sched.current;
        if let Some(why) = vm.st.sched.seeded.as_ref().and_then(|s| s.diverged.clone()) {
            return Err(raise_halt(vm, Halt::Diverged(why)));
        }
        return match vm.st.sched.seeded_pick(me, true) {
            None => check_halt(vm),
            Some(next) => {
                vm.st.sched.run_queue.push_back(me);
                vm.st.sched.slot(me).status = Status::Runnable;
                park_and_wait(vm, Some(next), None);
                check_halt(vm)
            }
        };
    }
    // Hand over to a thread that is spinning (nanoseconds); one still waking up gets a
    // short grace while we keep running, so a check interval of 1 does not pay a futex
    // wake-up per instruction. Which instruction a switch lands on stays up to the OS,
    // as it was on CPython 2.7.
    {
        let sched = &mut vm.st.sched;
        if let Some(&head) = sched.run_queue.front() {
            let s = &sched.threads[head as usize];
            if !s.ready.load(Ordering::Acquire)
                && s.handle.is_some()
                && s.since.elapsed() < READY_GRACE
            {
                prewake_head(sched);
                return Ok(());
            }
        }
    }
    if vm.st.config.switch_interval.is_some() {
        // CPython 3 style: only a waiter that has waited long enough forces a switch.
        let head = vm.st.sched.run_queue.front().copied();
        // A sleeper whose time came goes first, at once: no convoy behind a CPU-bound
        // holder (unlike CPython 3, which makes it wait a whole interval).
        let due = head.is_some_and(|h| {
            let s = &vm.st.sched.threads[h as usize];
            s.wake == WakeReason::TimedOut
                || vm
                    .st
                    .config
                    .switch_interval
                    .is_some_and(|iv| s.since.elapsed() >= iv)
        });
        if !due {
            return Ok(());
        }
    }
    yield_now(vm)
}

/// Requeues the current thread and runs the head of the queue (no-op if it is empty).
pub(crate) fn yield_now(vm: &mut Vm<'_>) -> PyResult<()> {
    let next = if vm.st.sched.seeded.is_some() {
        let me = vm.st.sched.current;
        vm.st.sched.seeded_pick(me, false)
    } else {
        vm.st.sched.run_queue.pop_front()
    };
    let Some(next) = next else {
        return Ok(());
    };
    let me = vm.st.sched.current;
    vm.st.sched.run_queue.push_back(me);
    vm.st.sched.slot(me).status = Status::Runnable;
    park_and_wait(vm, Some(next), None);
    check_halt(vm)
}

/// A halt raised in another thread (deadlock, timeout) stops this one too; a shut-down
/// interpreter stops every thread but the main one.
fn check_halt(vm: &mut Vm<'_>) -> PyResult<()> {
    let sched = &vm.st.sched;
    if let Some(h) = &sched.halt {
        if sched.current == MAIN || sched.shutdown {
            return Err(Throw::Halt(h.clone()));
        }
    }
    if sched.shutdown && sched.current != MAIN {
        return Err(Throw::Halt(Halt::Shutdown));
    }
    Ok(())
}

/// Blocks the current thread until it is woken or `deadline` passes, running others
/// meanwhile. Detects deadlocks.
pub(crate) fn block(
    vm: &mut Vm<'_>,
    on: BlockOn,
    deadline: Option<Instant>,
) -> PyResult<WakeReason> {
    let me = vm.st.sched.current;
    let at = user_line(vm);
    {
        let s = vm.st.sched.slot(me);
        s.status = Status::Blocked;
        s.blocked_on = Some(on);
        s.deadline = deadline;
        s.wake = WakeReason::Pending;
        s.blocked_at = at;
    }
    if deadline.is_some() {
        vm.st.sched.sleepers.push(me);
    }
    // Under `--seed` nobody waits for real time: the scheduler advances the clock.
    let os_deadline = if vm.st.sched.seeded.is_some() {
        None
    } else {
        deadline
    };
    loop {
        let now = vm.st.sched.now();
        vm.st.sched.promote_due(now);
        if vm.st.sched.in_native > 0 {
            vm.drain_inbox();
        }
        let status = vm.st.sched.threads[me as usize].status;
        if status != Status::Blocked {
            // Woken (perhaps by our own deadline just now): take the GIL back if needed.
            if status == Status::Runnable {
                vm.st.sched.run_queue.retain(|&t| t != me);
            }
            break;
        }
        let next = vm.st.sched.next_to_run();
        if vm.st.sched.threads[me as usize].status != Status::Blocked {
            // The virtual clock reached our own deadline.
            vm.st.sched.run_queue.retain(|&t| t != me);
            if let Some(n) = next {
                vm.st.sched.run_queue.push_front(n);
            }
            break;
        }
        let wake = match next {
            Some(n) => park_and_wait(vm, Some(n), os_deadline),
            None if !vm.st.sched.sleepers.is_empty() || vm.st.sched.in_native > 0 => {
                // Nobody can run now; the earliest sleeper takes the free GIL when due.
                park_and_wait(vm, None, os_deadline)
            }
            None => {
                let report = deadlock_report(vm);
                unblock(vm, me);
                return Err(raise_halt(vm, Halt::Deadlock(report)));
            }
        };
        if wake == Wake::TookFree {
            // Our deadline passed while nobody held the GIL.
            let s = vm.st.sched.slot(me);
            if s.status == Status::Blocked {
                s.wake = WakeReason::TimedOut;
            }
            vm.st.sched.sleepers.retain(|&t| t != me);
            vm.st.sched.run_queue.retain(|&t| t != me);
            break;
        }
        check_halt(vm)?;
    }
    unblock(vm, me);
    check_halt(vm)?;
    if me == MAIN && vm.gil.take_interrupt() {
        let c = vm.st.types.keyboard_interrupt;
        return Err(Throw::Exc(vm.new_exception(c, None)));
    }
    Ok(vm.st.sched.threads[me as usize].wake)
}

fn unblock(vm: &mut Vm<'_>, me: ThreadIndex) {
    let now = Instant::now();
    let sched = &mut vm.st.sched;
    sched.current = me;
    sched.sleepers.retain(|&t| t != me);
    let s = sched.slot(me);
    if s.status == Status::Blocked {
        s.stats.blocked += now.saturating_duration_since(s.since);
        s.since = now;
    }
    s.status = Status::Running;
    s.blocked_on = None;
    s.deadline = None;
}

/// Records a halt for the main thread and returns it for the current one. When the main
/// thread is blocked it is woken so it can report.
pub(crate) fn raise_halt(vm: &mut Vm<'_>, h: Halt) -> Throw {
    if vm.st.sched.halt.is_none() {
        vm.st.sched.halt = Some(h.clone());
    }
    if vm.st.sched.current != MAIN {
        let main = &vm.st.sched.threads[MAIN as usize];
        if main.status == Status::Blocked {
            vm.st.sched.wake(MAIN, WakeReason::Notified, true);
        }
    }
    Throw::Halt(h)
}

/// The current thread ends: wake whoever should run next and let the GIL go.
/// Consumes the guard: the OS thread must not touch the VM afterwards.
pub(crate) fn exit_thread(mut vm: Vm<'_>) {
    let me = vm.st.sched.current;
    {
        let sched = &mut vm.st.sched;
        let now = Instant::now();
        let s = sched.slot(me);
        s.stats.hold += now.saturating_duration_since(s.since);
        s.status = Status::Finished;
        sched.alive = sched.alive.saturating_sub(1);
        let now = sched.now();
        sched.promote_due(now);
    }
    // A finished thread's stack roots nothing any more.
    vm.th = ThreadCtx::empty();
    let mut next = vm.st.sched.next_to_run();
    if next.is_none()
        && vm.st.sched.sleepers.is_empty()
        && vm.st.sched.in_native == 0
        && vm.st.sched.halt.is_none()
    {
        // Everybody left is blocked with no deadline: a deadlock, unless nobody is left.
        let blocked = vm
            .st
            .sched
            .threads
            .iter()
            .any(|t| t.status == Status::Blocked);
        if blocked {
            let report = deadlock_report(&vm);
            vm.st.sched.halt = Some(Halt::Deadlock(report));
            if vm.st.sched.threads[MAIN as usize].status == Status::Blocked {
                vm.st.sched.wake(MAIN, WakeReason::Notified, true);
                next = vm.st.sched.run_queue.pop_front();
            }
        }
    }
    let handle = next.and_then(|n| {
        let sched = &mut vm.st.sched;
        sched.current = n;
        sched.switches += 1;
        let s = sched.slot(n);
        s.status = Status::Running;
        s.handle.clone()
    });
    let gil = vm.gil;
    drop(vm);
    gil.baton.pass(next, handle.as_ref());
}

/// Describes a lock for reports: its global name if `__main__` has one, its label, and
/// where it was created.
fn describe_lock(vm: &Vm<'_>, lock: ObjRef) -> String {
    let name = vm
        .st
        .globals
        .bound()
        .find(|(_, v)| v.is(Value::Obj(lock)))
        .map(|(n, _)| vm.st.names.name(n).to_string());
    let info = crate::modules::thread::lock_info(vm, lock);
    let mut s = match (&name, &info.label) {
        (Some(n), _) => format!("lock '{n}'"),
        (None, Some(l)) => l.clone(),
        (None, None) => "a lock".to_string(),
    };
    if let Some((f, l)) = &info.created {
        if name.is_some() || info.label.is_none() {
            s.push_str(&format!(" (created at {f}:{l})"));
        }
    }
    s
}

/// The report printed when every live thread is blocked.
pub fn deadlock_report(vm: &Vm<'_>) -> String {
    use std::fmt::Write;
    let sched = &vm.st.sched;
    let live: Vec<(usize, &ThreadSlot)> = sched
        .threads
        .iter()
        .enumerate()
        .filter(|(_, t)| t.status != Status::Finished)
        .collect();
    let mut out = String::new();
    let blocked = live
        .iter()
        .filter(|(_, t)| t.status == Status::Blocked)
        .count();
    if blocked == live.len() {
        let _ = writeln!(
            out,
            "Deadlock: all {} live threads are blocked, none can proceed.",
            live.len()
        );
    } else {
        let _ = writeln!(
            out,
            "Deadlock: threads wait for each other's locks in a cycle ({blocked} of {} live threads blocked).",
            live.len()
        );
    }
    if let Some(s) = &sched.seeded {
        let _ = writeln!(
            out,
            "  (schedule from --seed {}: the same seed replays it)",
            s.seed
        );
    }
    for (i, t) in &live {
        let _ = writeln!(out, "  thread '{}'", t.name);
        for lock in crate::modules::thread::locks_held_by(vm, *i as ThreadIndex) {
            let info = crate::modules::thread::lock_info(vm, lock);
            // Locks made inside `threading`/`queue` (a thread's "running" lock, condition
            // waiters) are plumbing; the "waits" lines name them where they matter.
            if info.internal {
                continue;
            }
            let at = info
                .acquired
                .as_ref()
                .map(|(f, l)| format!(", acquired at {f}:{l}"))
                .unwrap_or_default();
            let _ = writeln!(out, "    holds {}{at}", describe_lock(vm, lock));
        }
        let at = t
            .blocked_at
            .as_ref()
            .map(|(f, l)| format!(" at {f}:{l}"))
            .unwrap_or_default();
        match t.blocked_on {
            Some(BlockOn::Lock(lock)) => {
                let info = crate::modules::thread::lock_info(vm, lock);
                let owner = info
                    .owner
                    .map(|o| format!(", held by thread '{}'", sched.threads[o as usize].name))
                    .unwrap_or_default();
                let _ = writeln!(out, "    waits{at} for {}{owner}", describe_lock(vm, lock));
            }
            Some(BlockOn::Sleep) => {
                let _ = writeln!(out, "    sleeps{at}");
            }
            None => {
                let _ = writeln!(out, "    is runnable");
            }
        }
    }
    out
}

/// Calls `threading._shutdown()` if the script imported `threading` (it joins every
/// non-daemon thread), then reports a halt another thread raised meanwhile.
pub(crate) fn shutdown_threading(vm: &mut Vm<'_>) -> PyResult<()> {
    let id = vm.intern("threading");
    if let Some(m) = vm.st.modules.get(&id).copied() {
        let name = vm.intern("_shutdown");
        let f = match vm.st.heap.get(m) {
            crate::object::Object::Module(m) => m.attrs.get(&name).copied(),
            _ => None,
        };
        if let Some(f) = f {
            match vm.call(f, &[]) {
                Ok(_) | Err(Throw::Exc(_)) => {}
                Err(h) => return Err(h),
            }
        }
    }
    match vm.st.sched.halt.clone() {
        Some(h) => Err(Throw::Halt(h)),
        None => Ok(()),
    }
}

/// Ctrl-C arrived while another thread ran: make a blocked main thread runnable, so it
/// raises `KeyboardInterrupt` where it waits.
pub(crate) fn wake_main_for_interrupt(vm: &mut Vm<'_>) {
    if vm.st.sched.threads[MAIN as usize].status == Status::Blocked {
        vm.st.sched.wake(MAIN, WakeReason::Notified, true);
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

/// The text of a recorded schedule: a versioned header, then one draw per line.
pub fn schedule_text(s: &Seeded, options: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "gilpy-schedule 1");
    let _ = writeln!(out, "seed {} {options}", s.seed);
    let _ = writeln!(
        out,
        "# step: choice out of bound, then the thread and line running when it was drawn"
    );
    for (i, d) in s.recording.iter().flatten().enumerate() {
        let _ = writeln!(out, "{} {}/{} {}", i + 1, d.result, d.bound, d.context);
    }
    out
}

/// Parses a schedule file into its seed, option text and draws.
pub fn parse_schedule(text: &str) -> Result<(u64, String, Vec<Draw>), String> {
    let mut lines = text.lines();
    if lines.next() != Some("gilpy-schedule 1") {
        return Err("not a gilpy schedule (expected the header 'gilpy-schedule 1')".into());
    }
    let head = lines.next().unwrap_or("");
    let mut words = head.split_whitespace();
    let seed = match (
        words.next(),
        words.next().and_then(|w| w.parse::<u64>().ok()),
    ) {
        (Some("seed"), Some(s)) => s,
        _ => return Err(format!("bad second line {head:?}: expected 'seed N ...'")),
    };
    let options: Vec<&str> = words.collect();
    let mut draws = Vec::new();
    for (n, line) in lines.enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, ' ');
        let _step = parts.next();
        let choice = parts.next().unwrap_or("");
        let context = parts.next().unwrap_or("").to_string();
        let (r, b) = choice
            .split_once('/')
            .and_then(|(r, b)| Some((r.parse().ok()?, b.parse().ok()?)))
            .ok_or_else(|| format!("line {}: bad draw {line:?}", n + 4))?;
        draws.push(Draw {
            bound: b,
            result: r,
            context,
        });
    }
    Ok((seed, options.join(" "), draws))
}
