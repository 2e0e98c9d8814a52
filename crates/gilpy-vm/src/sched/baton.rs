//! The baton: which thread may take the GIL next, and how a waiting OS thread learns it.
//!
//! The GIL itself is a `parking_lot::Mutex<VmState>`, but who locks it is decided here, so
//! a hand-off is fair by construction: the holder names its successor and lets go; only
//! the named thread tries to lock. A plain unlock would let the releasing thread barge
//! straight back in while the waiter is still waking up.
//!
//! Cost model (measured, see `docs/performance.md`): a waiter that is spinning sees the
//! store within a few hundred nanoseconds; one that is parked needs a futex wake-up and a
//! context switch (5-50 µs, far more when every core is busy). So waiters park by default
//! and spin only when the holder *asks* them to get ready ([`Baton::request_spin`]),
//! shortly before it means to hand over; the holder hands over to a thread that is not
//! spinning only when it must. Every request is explicit: a stray `unpark` token (from an
//! earlier hand-off) makes a parked thread loop once and park again, never spin.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::thread::Thread;
use std::time::{Duration, Instant};

/// A thread's index in the interpreter's thread table.
pub type ThreadIndex = u32;

/// Nobody holds the baton: the first thread whose wait timed out may take it.
const FREE: u32 = u32::MAX;

/// The longest a waiter spins for one request before it parks again. A holder asks
/// shortly before its hand-off is due, so this only runs out when the holder is stuck in
/// long native work; then spinning would only take a core from it.
pub const SPIN_MAX: Duration = Duration::from_micros(200);

/// How a wait ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// The baton was given to us: lock the GIL and run.
    Given,
    /// Our deadline passed and the baton was free, so we took it.
    TookFree,
    /// Our deadline passed while another thread held the baton; the holder will hand it
    /// to us when the scheduler says so. Wait again without a deadline.
    TimedOut,
}

/// What a waiting thread shares with the holder, outside the GIL.
#[derive(Debug, Default)]
pub struct Signals {
    /// Raised while the OS thread spins for the baton: a hand-off to it is cheap.
    spinning: AtomicBool,
    /// Set by the holder: "get ready, your turn is near".
    spin_request: AtomicBool,
    /// Set by the holder: "stop spinning, the GIL went elsewhere" (a spinner would
    /// otherwise keep a core from the thread that got it, on a machine with two cores).
    stop: AtomicBool,
    /// When a spin request should start spinning ([`instant_code`]; 0: at once). A
    /// request made a whole switch interval ahead sleeps on a timer until then, so the
    /// core stays free for the holder (a spinning neighbour slows it by up to a third on
    /// this machine) and nobody has to wake the head with a system call later.
    spin_at: AtomicU64,
}

/// The instant `at` as nanoseconds since a process-wide epoch, plus one (0 means "no
/// time"), so a spin time fits an atomic.
fn instant_code(at: Instant) -> u64 {
    let since = at.saturating_duration_since(epoch());
    u64::try_from(since.as_nanos()).unwrap_or(u64::MAX - 1) + 1
}

/// The inverse of [`instant_code`].
fn code_instant(code: u64) -> Option<Instant> {
    (code != 0).then(|| epoch() + Duration::from_nanos(code - 1))
}

fn epoch() -> Instant {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

impl Signals {
    /// Clears an old "stop spinning" before this thread spins of its own accord.
    pub fn reset_stop(&self) {
        self.stop.store(false, Ordering::SeqCst);
    }

    /// Is the thread spinning right now (on a CPU, watching the baton)?
    pub fn is_spinning(&self) -> bool {
        self.spinning.load(Ordering::SeqCst)
    }
}

/// The hand-off word. See the module docs.
#[derive(Debug)]
pub struct Baton {
    holder: AtomicU32,
}

impl Default for Baton {
    fn default() -> Self {
        Self::new()
    }
}

impl Baton {
    /// A baton nobody holds yet.
    pub const fn new() -> Baton {
        Baton {
            holder: AtomicU32::new(FREE),
        }
    }

    /// The thread currently allowed to hold the GIL, if any.
    pub fn holder(&self) -> Option<ThreadIndex> {
        match self.holder.load(Ordering::SeqCst) {
            FREE => None,
            t => Some(t),
        }
    }

    /// Takes the baton if nobody holds it (the first thread, or a sleeper whose deadline
    /// passed while the interpreter was idle).
    pub fn try_take_free(&self, me: ThreadIndex) -> bool {
        self.holder
            .compare_exchange(FREE, me, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }

    /// Hands the baton to `to`. Call after dropping the GIL guard. A spinning thread sees
    /// the store; any other is woken (`handle` is `None` for a thread whose OS thread has
    /// not started: it checks the baton before it ever parks).
    pub fn give(&self, to: ThreadIndex, handle: Option<&Thread>, signals: Option<&Signals>) {
        self.holder.store(to, Ordering::SeqCst);
        // Paired with the waiter's "stop spinning, then re-check the baton" (both SeqCst):
        // either we see it spinning and it sees our store, or we wake it.
        let spinning = signals.is_some_and(Signals::is_spinning);
        if !spinning {
            if let Some(h) = handle {
                h.unpark();
            }
        }
    }

    /// Hands the baton to `next`, or lets it go free when there is no successor.
    pub fn pass(&self, next: Option<(ThreadIndex, Option<&Thread>, Option<&Signals>)>) {
        match next {
            Some((n, h, s)) => self.give(n, h, s),
            None => self.set_free(),
        }
    }

    /// Lets the baton go with no successor (every thread is blocked or sleeping).
    pub fn set_free(&self) {
        self.holder.store(FREE, Ordering::SeqCst);
    }

    /// Asks a waiting thread to spin, so that a hand-off expected soon is cheap. Costs a
    /// futex wake-up when the thread is parked.
    pub fn request_spin(handle: &Thread, signals: &Signals) {
        signals.spin_at.store(0, Ordering::SeqCst);
        signals.stop.store(false, Ordering::SeqCst);
        if !signals.is_spinning() {
            signals.spin_request.store(true, Ordering::SeqCst);
            handle.unpark();
        }
    }

    /// Asks a waiting thread to start spinning at `at`: it sleeps on a timer until then
    /// (woken now so that it can set the timer, off the requester's critical path). With
    /// no `handle` the thread is the caller, about to wait.
    pub fn request_spin_at(handle: Option<&Thread>, signals: &Signals, at: Instant) {
        signals.stop.store(false, Ordering::SeqCst);
        if !signals.is_spinning() {
            signals.spin_at.store(instant_code(at), Ordering::SeqCst);
            signals.spin_request.store(true, Ordering::SeqCst);
            if let Some(h) = handle {
                h.unpark();
            }
        }
    }

    /// Withdraws a spin request: a spinning thread parks again (a thread about to start
    /// spinning on an old request stops at its first check).
    pub fn cancel_spin(signals: &Signals) {
        signals.spin_request.store(false, Ordering::SeqCst);
        signals.stop.store(true, Ordering::SeqCst);
    }

    /// Waits until the baton is given to `me`, or `deadline` passes. The thread parks,
    /// and spins only while the holder asked it to (or, with `spin_now`, at once: a
    /// thread that has just woken up and expects its turn).
    pub fn wait(
        &self,
        me: ThreadIndex,
        deadline: Option<Instant>,
        signals: &Signals,
        spin_now: bool,
    ) -> Wake {
        let w = self.wait_inner(me, deadline, signals, spin_now);
        // A request that arrived just before the GIL itself did is void: left set, it
        // would make this thread spin the next time it waits, even blocked on a lock.
        signals.spin_request.store(false, Ordering::SeqCst);
        signals.spin_at.store(0, Ordering::SeqCst);
        w
    }

    /// [`Baton::wait`] without the clean-up.
    fn wait_inner(
        &self,
        me: ThreadIndex,
        deadline: Option<Instant>,
        signals: &Signals,
        spin_now: bool,
    ) -> Wake {
        let mut spin = spin_now;
        loop {
            if self.holder.load(Ordering::SeqCst) == me {
                return Wake::Given;
            }
            if spin || signals.spin_request.swap(false, Ordering::SeqCst) {
                spin = false;
                let at = code_instant(signals.spin_at.swap(0, Ordering::SeqCst));
                if let (Some(at), None) = (at, deadline) {
                    if !self.sleep_until(me, signals, at) {
                        // The baton came or the request was called off: look again
                        // (the wake-up that said so has been used up).
                        continue;
                    }
                }
                if self.spin(me, signals) {
                    return Wake::Given;
                }
            }
            match deadline {
                None => std::thread::park(),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        if self.holder.load(Ordering::SeqCst) == me {
                            return Wake::Given;
                        }
                        return if self.try_take_free(me) {
                            Wake::TookFree
                        } else {
                            Wake::TimedOut
                        };
                    }
                    std::thread::park_timeout(d - now);
                }
            }
        }
    }

    /// Parks until `at` for a timed spin request. False when the request was called off
    /// (or the baton came) meanwhile: the caller looks at the baton and parks again.
    fn sleep_until(&self, me: ThreadIndex, signals: &Signals, mut at: Instant) -> bool {
        loop {
            if self.holder.load(Ordering::SeqCst) == me || signals.stop.load(Ordering::SeqCst) {
                return false;
            }
            // A newer request replaces this one (an untimed one means "now").
            if signals.spin_request.swap(false, Ordering::SeqCst) {
                match code_instant(signals.spin_at.swap(0, Ordering::SeqCst)) {
                    Some(t) => at = t,
                    None => return true,
                }
            }
            let now = Instant::now();
            if now >= at {
                return true;
            }
            std::thread::park_timeout(at - now);
        }
    }

    /// Spins up to [`SPIN_MAX`] for the baton, advertising it in `signals`.
    fn spin(&self, me: ThreadIndex, signals: &Signals) -> bool {
        signals.spinning.store(true, Ordering::SeqCst);
        let start = Instant::now();
        let given = 'spin: loop {
            for _ in 0..64 {
                if self.holder.load(Ordering::Relaxed) == me {
                    break 'spin true;
                }
                std::hint::spin_loop();
            }
            // Called off: the GIL went to another thread; free this core for it.
            if signals.stop.load(Ordering::Relaxed) || start.elapsed() >= SPIN_MAX {
                break false;
            }
        };
        signals.spinning.store(false, Ordering::SeqCst);
        // A holder that saw us spinning did not wake us: look once more before parking.
        given || self.holder.load(Ordering::SeqCst) == me
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn free_baton_is_taken_once() {
        let b = Baton::new();
        assert!(b.try_take_free(1));
        assert!(!b.try_take_free(2));
        assert_eq!(b.holder(), Some(1));
        b.set_free();
        assert_eq!(b.holder(), None);
    }

    #[test]
    fn ping_pong_alternates_strictly() {
        // Two threads pass the baton back and forth; each records its turn. Strict
        // alternation shows the releasing thread never barges back in.
        let baton = Arc::new(Baton::new());
        assert!(baton.try_take_free(0));
        let log = Arc::new(parking_lot::Mutex::new(Vec::new()));
        let main = std::thread::current();
        let (sig_main, sig_other) = (Arc::new(Signals::default()), Arc::new(Signals::default()));
        let (b2, l2, sm, so) = (
            baton.clone(),
            log.clone(),
            sig_main.clone(),
            sig_other.clone(),
        );
        let other = std::thread::spawn(move || {
            for _ in 0..1000 {
                assert_eq!(b2.wait(1, None, &so, false), Wake::Given);
                l2.lock().push(1);
                b2.give(0, Some(&main), Some(&sm));
            }
        });
        let other_handle = other.thread().clone();
        for _ in 0..1000 {
            log.lock().push(0);
            baton.give(1, Some(&other_handle), Some(&sig_other));
            assert_eq!(baton.wait(0, None, &sig_main, false), Wake::Given);
        }
        other.join().unwrap();
        let log = log.lock();
        assert_eq!(log.len(), 2000);
        assert!(log.chunks(2).all(|p| p == [0, 1]));
    }

    #[test]
    fn a_requested_spinner_is_handed_over_without_a_wake() {
        let baton = Arc::new(Baton::new());
        assert!(baton.try_take_free(0));
        let sig = Arc::new(Signals::default());
        let (b2, s2) = (baton.clone(), sig.clone());
        let waiter = std::thread::spawn(move || b2.wait(1, None, &s2, false));
        // Ask it to spin until it does, then hand over (no wake-up needed while it spins).
        let h = waiter.thread().clone();
        while !sig.is_spinning() {
            Baton::request_spin(&h, &sig);
            std::thread::sleep(Duration::from_micros(50));
        }
        baton.give(1, Some(&h), Some(&sig));
        assert_eq!(waiter.join().unwrap(), Wake::Given);
    }

    #[test]
    fn a_timed_request_does_not_spin_before_its_time() {
        let baton = Arc::new(Baton::new());
        assert!(baton.try_take_free(0));
        let sig = Arc::new(Signals::default());
        let (b2, s2) = (baton.clone(), sig.clone());
        let waiter = std::thread::spawn(move || b2.wait(1, None, &s2, false));
        let h = waiter.thread().clone();
        let at = Instant::now() + Duration::from_millis(300);
        Baton::request_spin_at(Some(&h), &sig, at);
        // Asleep on its timer, not spinning on a core the holder may need.
        for _ in 0..20 {
            std::thread::sleep(Duration::from_millis(10));
            assert!(!sig.is_spinning() || Instant::now() >= at);
        }
        baton.give(1, Some(&h), Some(&sig));
        assert_eq!(waiter.join().unwrap(), Wake::Given);
    }

    #[test]
    fn a_hand_off_during_a_timed_sleep_is_not_lost() {
        // The wake-up of the hand-off ends the timed sleep early; the waiter must look at
        // the baton then, not park again (it used to, and hung).
        for _ in 0..50 {
            let baton = Arc::new(Baton::new());
            assert!(baton.try_take_free(0));
            let sig = Arc::new(Signals::default());
            let (b2, s2) = (baton.clone(), sig.clone());
            Baton::request_spin_at(None, &sig, Instant::now() + Duration::from_secs(30));
            let waiter = std::thread::spawn(move || b2.wait(1, None, &s2, false));
            std::thread::sleep(Duration::from_micros(200));
            baton.give(1, Some(waiter.thread()), Some(&sig));
            assert_eq!(waiter.join().unwrap(), Wake::Given);
        }
    }

    #[test]
    fn deadline_takes_free_baton() {
        let b = Baton::new();
        let s = Signals::default();
        let w = b.wait(
            3,
            Some(Instant::now() + Duration::from_millis(2)),
            &s,
            false,
        );
        assert_eq!(w, Wake::TookFree);
        let w = b.wait(4, Some(Instant::now() + Duration::from_millis(1)), &s, true);
        assert_eq!(w, Wake::TimedOut);
    }
}
