//! Deterministic scheduling (`--seed`): every decision (quantum lengths, who runs next)
//! comes from one seeded generator, and time is virtual (sleeps and timeouts advance a
//! clock instead of waiting), so the same script and seed give the same schedule.

use std::time::{Duration, Instant};

use super::{Sched, ThreadIndex, MAIN};

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
    /// Bounded-exhaustive (`explore --exhaustive`): a decision before every visible
    /// instruction, at most `preemptions` switches away from a runnable thread; choices
    /// come from the guide (see `bounded.rs`), 0 ("stay") past its end.
    Bounded { preemptions: u32 },
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
    /// Bounded runs: the choices to follow (see `bounded.rs`).
    pub guide: Option<super::bounded::Guide>,
    /// Bounded runs: preemptions taken so far.
    pub preemptions: u32,
    /// Bounded runs being recorded: the visible instructions, for explanations.
    pub notes: Option<Vec<super::bounded::OpNote>>,
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
            None => match self.guided(n) {
                Some(c) => c,
                None => self.next_u64() % n,
            },
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

    /// The countdown for the next quantum: PCT decides at every counted instruction;
    /// random quanta are uniform in `1..=2n`.
    pub(crate) fn quantum(&mut self, n: u32) -> u32 {
        match self.strategy {
            Strategy::Pct { .. } | Strategy::Bounded { .. } => 1,
            Strategy::Random => 1 + self.below(2 * u64::from(n.max(1))) as u32,
        }
    }
}

/// Virtual time charged per counted instruction, so a busy-wait on `time.time()`
/// still sees time pass in a seeded run (deterministically).
const VIRTUAL_NS_PER_INSTRUCTION: u64 = 10;

impl Sched {
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
            guide: None,
            preemptions: 0,
            notes: None,
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

    /// Bounded runs: follows `prefix`, then never preempts; records the draws and the
    /// visible instructions.
    pub fn start_guide(&mut self, prefix: Vec<u64>) {
        if let Some(s) = &mut self.seeded {
            s.guide = Some(super::bounded::Guide {
                prefix: prefix.into(),
            });
            s.recording.get_or_insert_with(Vec::new);
            s.notes = Some(Vec::new());
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
            if matches!(s.strategy, Strategy::Bounded { .. }) {
                return;
            }
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
    pub(super) fn seeded_pick(
        &mut self,
        me: ThreadIndex,
        me_runnable: bool,
    ) -> Option<ThreadIndex> {
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
            Strategy::Bounded { preemptions } => {
                if !me_runnable {
                    s.below(n as u64) as usize
                } else {
                    // Choice 0 stays: the search tries the schedule without a preemption
                    // first, and an exhausted budget leaves no choice (and no draw).
                    let bound = if s.preemptions < preemptions {
                        n as u64 + 1
                    } else {
                        1
                    };
                    let k = s.below(bound) as usize;
                    if k == 0 {
                        return None;
                    }
                    s.preemptions += 1;
                    k - 1
                }
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
    pub(super) fn advance_clock(&mut self) -> bool {
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
    pub(super) fn next_to_run(&mut self) -> Option<ThreadIndex> {
        if self.seeded.is_some() {
            if self.run_queue.is_empty() && self.in_native == 0 {
                self.advance_clock();
            }
            let me = self.current;
            return self.seeded_pick(me, false);
        }
        self.run_queue.pop_front()
    }
}
