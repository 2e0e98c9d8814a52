//! Leaving the GIL for native code ([`Vm::allow_threads`]: blocking I/O, long Rust work)
//! and coming back. A thread back from native code queues in the GIL's inbox; the holder
//! moves it to the front of the run queue at its next switch point.

use std::time::{Duration, Instant};

use parking_lot::{Mutex, MutexGuard};

use crate::frame::ThreadCtx;
use crate::trace::Phase;
use crate::vm::Vm;

use super::baton::{Baton, Signals, Wake};
use super::handoff::resumed;
use super::{Sched, Status, ThreadIndex};

impl Sched {
    /// `me` leaves the GIL for native code; `next` (already popped off the queue) runs.
    fn left_for_native(&mut self, me: ThreadIndex) {
        self.end_phase(me, Phase::Hold, Instant::now());
        self.slot(me).status = Status::Native;
        self.in_native += 1;
    }

    /// `me` is back from native code and holds the GIL again.
    fn back_from_native(&mut self, me: ThreadIndex) {
        self.in_native = self.in_native.saturating_sub(1);
        self.run_queue.retain(|&t| t != me);
        // Time in native code counts as blocked (it did not want the GIL); once queued by
        // the holder, as waiting.
        if self.slot(me).status == Status::Native {
            self.slot(me).status = Status::Blocked;
        }
        resumed(self, me);
        self.slot(me).status = Status::Running;
    }
}

impl<'a> Vm<'a> {
    /// Runs `f` without the GIL (blocking I/O, long native work), letting other threads
    /// run meanwhile; takes the GIL back before returning. The thread's context is parked
    /// in the state, so values a native keeps across this call must be rooted
    /// ([`Vm::push_root`]) or reachable. A panic in `f` is re-raised once the GIL is
    /// held again, so the interpreter stays consistent.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        if self.fiber.is_some() {
            // A seeded run's threads share one OS thread: nothing could overlap with
            // `f`, and running it here keeps the schedule independent of real time.
            return f();
        }
        let me = self.st.sched.current;
        let next = self.st.sched.run_queue.pop_front();
        self.st.sched.left_for_native(me);
        let target = next.map(|n| {
            let (h, sig) = self.st.sched.hand_to(n);
            (n, h, sig)
        });
        let signals = self.st.sched.threads[me as usize].signals.clone();
        let id = self.park_ctx();
        let (baton, inbox) = (&self.gil.baton, &self.gil.inbox);
        let r = MutexGuard::unlocked(&mut self.st, || {
            baton.pass(
                target
                    .as_ref()
                    .map(|(n, h, s)| (*n, h.as_ref(), Some(&**s))),
            );
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            reacquire_after_native(baton, inbox, me, &signals);
            r
        });
        self.gil.inbox.lock().retain(|&t| t != me);
        self.unpark_ctx(id);
        self.st.sched.back_from_native(me);
        match r {
            Ok(r) => r,
            Err(payload) => std::panic::resume_unwind(payload),
        }
    }

    fn park_ctx(&mut self) -> u64 {
        let th = std::mem::replace(&mut self.th, ThreadCtx::empty());
        let id = th.id;
        self.st.parked.push(th);
        id
    }

    fn unpark_ctx(&mut self, id: u64) {
        if let Some(i) = self.st.parked.iter().position(|t| t.id == id) {
            self.th = self.st.parked.swap_remove(i);
        }
    }

    /// Moves threads back from native code into the run queue (front: they were doing
    /// I/O). Called by the holder at switch checks.
    pub(crate) fn drain_inbox(&mut self) {
        let back: Vec<ThreadIndex> = std::mem::take(&mut *self.gil.inbox.lock());
        for t in back {
            if self.st.sched.threads[t as usize].status == Status::Native {
                // The native stretch ends here and counts as blocked (it did not want
                // the GIL); from now on the thread waits for it.
                let on = self.st.sched.threads[t as usize].blocked_on;
                self.st
                    .sched
                    .end_phase(t, Phase::blocked(on), Instant::now());
                let s = &mut self.st.sched.threads[t as usize];
                s.status = Status::Runnable;
                s.urgent = true;
                self.st.sched.run_queue.push_front(t);
            }
        }
    }
}

/// Back from native code: queue up and wait until the holder hands us the baton, or take
/// it if nobody holds it.
fn reacquire_after_native(
    baton: &Baton,
    inbox: &Mutex<Vec<ThreadIndex>>,
    me: ThreadIndex,
    signals: &Signals,
) {
    inbox.lock().push(me);
    let mut spin = true;
    loop {
        if baton.holder() == Some(me) || baton.try_take_free(me) {
            return;
        }
        // Poll now and then: the holder may have let the GIL go free meanwhile.
        let poll = Some(Instant::now() + Duration::from_millis(1));
        if baton.wait(me, poll, signals, spin) != Wake::TimedOut {
            return;
        }
        spin = false;
    }
}
