//! The baton: which thread may take the GIL next.
//!
//! The GIL itself is a `parking_lot::Mutex<VmState>`, but who locks it is decided here, so
//! a hand-off is fair by construction: the holder names its successor and lets go; only
//! the named thread tries to lock. A plain unlock (or `bump()`) would let the releasing
//! thread barge straight back in while the waiter is still waking up.
//!
//! Cost: a thread that is parked needs a futex wake-up (tens of microseconds on a small
//! VM), one that is spinning sees the store within nanoseconds. So a waiter spins for a
//! short while after every wake-up before it parks again, and the holder can *pre-wake*
//! the thread it expects to hand to next, so that it is already spinning when the baton
//! arrives. Only that one thread spins; everybody else stays parked.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::thread::Thread;
use std::time::{Duration, Instant};

/// A thread's index in the interpreter's thread table.
pub type ThreadIndex = u32;

/// Nobody holds the baton: the first thread whose wait timed out may take it.
const FREE: u32 = u32::MAX;

/// How long a waiter spins before parking. Long enough to cover a hand-off from a holder
/// that pre-woke us, short enough not to starve the holder of a core.
const SPIN_FOR: Duration = Duration::from_micros(50);

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
        match self.holder.load(Ordering::Acquire) {
            FREE => None,
            t => Some(t),
        }
    }

    /// Takes the baton if nobody holds it (the first thread, or a sleeper whose deadline
    /// passed while the interpreter was idle).
    pub fn try_take_free(&self, me: ThreadIndex) -> bool {
        self.holder
            .compare_exchange(FREE, me, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Hands the baton to `to` and wakes it. Call after dropping the GIL guard.
    pub fn give(&self, to: ThreadIndex, handle: &Thread) {
        self.holder.store(to, Ordering::Release);
        handle.unpark();
    }

    /// Hands the baton to a thread whose OS thread has not parked yet (it checks the baton
    /// before it ever parks).
    pub fn give_unparked(&self, to: ThreadIndex) {
        self.holder.store(to, Ordering::Release);
    }

    /// Hands the baton to `next` (waking its OS thread when known), or lets it go free
    /// when there is no successor.
    pub fn pass(&self, next: Option<ThreadIndex>, handle: Option<&Thread>) {
        match (next, handle) {
            (Some(n), Some(h)) => self.give(n, h),
            // A thread whose OS thread is still starting finds the baton before it parks.
            (Some(n), None) => self.give_unparked(n),
            (None, _) => self.set_free(),
        }
    }

    /// Lets the baton go with no successor (every thread is blocked or sleeping).
    pub fn set_free(&self) {
        self.holder.store(FREE, Ordering::Release);
    }

    /// Makes a parked waiter spin, so that a hand-off expected soon is cheap.
    pub fn prewake(handle: &Thread) {
        handle.unpark();
    }

    /// Waits until the baton is given to `me`, or `deadline` passes. `ready` is raised
    /// while the thread spins (so the holder knows a hand-off to it is cheap);
    /// `spin_first` says whether to spin before the first park (a thread expecting its
    /// turn soon) or to park at once (one that is far back in the queue).
    pub fn wait(
        &self,
        me: ThreadIndex,
        deadline: Option<Instant>,
        ready: &AtomicBool,
        spin_first: bool,
    ) -> Wake {
        let mut spin = spin_first;
        loop {
            if spin {
                ready.store(true, Ordering::Release);
                let given = self.spin_until_given(me);
                ready.store(false, Ordering::Release);
                if given {
                    return Wake::Given;
                }
            } else if self.holder.load(Ordering::Acquire) == me {
                return Wake::Given;
            }
            // After any wake-up (a hand-off or a pre-wake) spin again before parking.
            spin = true;
            match deadline {
                None => std::thread::park(),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        if self.holder.load(Ordering::Acquire) == me {
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

    fn spin_until_given(&self, me: ThreadIndex) -> bool {
        let start = Instant::now();
        loop {
            for _ in 0..64 {
                if self.holder.load(Ordering::Acquire) == me {
                    return true;
                }
                std::hint::spin_loop();
            }
            if start.elapsed() >= SPIN_FOR {
                return self.holder.load(Ordering::Acquire) == me;
            }
        }
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
        let (b2, l2) = (baton.clone(), log.clone());
        let other = std::thread::spawn(move || {
            for _ in 0..1000 {
                assert_eq!(b2.wait(1, None, &AtomicBool::new(false), true), Wake::Given);
                l2.lock().push(1);
                b2.give(0, &main);
            }
        });
        let other_handle = other.thread().clone();
        for _ in 0..1000 {
            log.lock().push(0);
            baton.give(1, &other_handle);
            assert_eq!(
                baton.wait(0, None, &AtomicBool::new(false), true),
                Wake::Given
            );
        }
        other.join().unwrap();
        let log = log.lock();
        assert_eq!(log.len(), 2000);
        assert!(log.chunks(2).all(|p| p == [0, 1]));
    }

    #[test]
    fn deadline_takes_free_baton() {
        let b = Baton::new();
        let r = AtomicBool::new(false);
        let w = b.wait(
            3,
            Some(Instant::now() + Duration::from_millis(2)),
            &r,
            false,
        );
        assert_eq!(w, Wake::TookFree);
        let w = b.wait(4, Some(Instant::now() + Duration::from_millis(1)), &r, true);
        assert_eq!(w, Wake::TimedOut);
    }
}
