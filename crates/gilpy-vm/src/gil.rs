//! The global interpreter lock: a mutex around [`VmState`]. A thread runs bytecode only
//! while it holds the guard; the guard is the only path to the heap. Who may lock it next
//! is decided by the [`Baton`] (see `baton.rs` and `docs/gil.md`), so hand-offs are fair.
//!
//! Releasing the GIL always parks the running thread's [`ThreadCtx`] in
//! `VmState::parked` first, so whoever holds the lock next — including the collector —
//! sees every thread's roots.

use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock, Weak};
use std::time::{Duration, Instant};

use parking_lot::{Mutex, MutexGuard};

use crate::baton::{Baton, ThreadIndex, Wake};
use crate::frame::ThreadCtx;
use crate::sched::Status;
use crate::state::VmState;
use crate::Vm;

/// The GIL of one interpreter.
pub struct Gil {
    state: Mutex<VmState>,
    /// Set from outside (Ctrl-C) to raise `KeyboardInterrupt` at the next check.
    pub(crate) interrupt: Arc<AtomicBool>,
    /// Who holds (or may take) the lock.
    pub(crate) baton: Baton,
    /// Threads back from [`Vm::allow_threads`] that want the GIL again; the holder moves
    /// them into the run queue at its next switch check.
    pub(crate) inbox: Mutex<Vec<ThreadIndex>>,
    /// The `Arc` this GIL lives in, so native code can hand it to new OS threads.
    this: OnceLock<Weak<Gil>>,
}

impl Gil {
    /// Wraps a state in a shareable GIL.
    pub fn new(state: VmState) -> Arc<Gil> {
        let gil = Arc::new(Gil {
            state: Mutex::new(state),
            interrupt: Arc::new(AtomicBool::new(false)),
            baton: Baton::new(),
            inbox: Mutex::new(Vec::new()),
            this: OnceLock::new(),
        });
        let _ = gil.this.set(Arc::downgrade(&gil));
        gil
    }

    /// A strong handle to this GIL (for a new thread).
    pub(crate) fn arc(&self) -> Option<Arc<Gil>> {
        self.this.get().and_then(Weak::upgrade)
    }

    /// Blocks until thread `me` is handed the baton (or finds it free), then locks.
    pub(crate) fn acquire_as(&self, me: ThreadIndex) -> MutexGuard<'_, VmState> {
        let ready = AtomicBool::new(false);
        while !(self.baton.holder() == Some(me) || self.baton.try_take_free(me)) {
            if self.baton.wait(me, None, &ready, true) == Wake::Given {
                break;
            }
        }
        self.state.lock()
    }

    /// Locks after the baton was handed to this thread by the scheduler.
    pub(crate) fn lock_given(&self) -> MutexGuard<'_, VmState> {
        self.state.lock()
    }

    /// Blocks until the embedding thread (the main Python thread) holds the GIL.
    pub fn acquire(&self) -> MutexGuard<'_, VmState> {
        self.acquire_as(crate::sched::MAIN)
    }

    /// Lets the GIL go with nobody named to take it next (end of a run or API call).
    pub(crate) fn release_idle(&self, guard: MutexGuard<'_, VmState>) {
        drop(guard);
        self.baton.set_free();
    }

    /// Back from native code: queue up and wait until the holder hands us the baton,
    /// or take it if nobody holds it.
    fn reacquire_after_native(&self, me: ThreadIndex, ready: &AtomicBool) {
        self.inbox.lock().push(me);
        loop {
            if self.baton.holder() == Some(me) || self.baton.try_take_free(me) {
                return;
            }
            // Poll now and then: the holder may have let the GIL go free meanwhile.
            let poll = Some(Instant::now() + Duration::from_millis(1));
            if self.baton.wait(me, poll, ready, true) != Wake::TimedOut {
                return;
            }
        }
    }
}

impl<'a> Vm<'a> {
    /// Runs `f` without the GIL (blocking I/O, long native work), letting other threads
    /// run meanwhile; takes the GIL back before returning. The thread's context is parked
    /// in the state, so values a native keeps across this call must be rooted
    /// ([`Vm::push_root`]) or reachable.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let me = self.st.sched.current;
        let next = self.st.sched.run_queue.pop_front();
        self.st.sched.enter_native(me, next);
        let handle = next.and_then(|n| self.st.sched.threads[n as usize].handle.clone());
        let ready = self.st.sched.threads[me as usize].ready.clone();
        let id = self.park();
        let gil: &Gil = self.gil;
        let r = MutexGuard::unlocked(&mut self.st, || {
            gil.baton.pass(next, handle.as_ref());
            let r = f();
            gil.reacquire_after_native(me, &ready);
            r
        });
        self.gil.inbox.lock().retain(|&t| t != me);
        self.unpark(id);
        self.st.sched.leave_native(me);
        r
    }

    fn park(&mut self) -> u64 {
        let th = std::mem::replace(&mut self.th, ThreadCtx::empty());
        let id = th.id;
        self.st.parked.push(th);
        id
    }

    fn unpark(&mut self, id: u64) {
        if let Some(i) = self.st.parked.iter().position(|t| t.id == id) {
            self.th = self.st.parked.swap_remove(i);
        }
    }

    /// Moves threads back from native code into the run queue (front: they were doing
    /// I/O). Called by the holder at switch checks.
    pub(crate) fn drain_inbox(&mut self) {
        let back: Vec<ThreadIndex> = std::mem::take(&mut *self.gil.inbox.lock());
        for t in back {
            let s = &mut self.st.sched.threads[t as usize];
            if s.status == Status::Native {
                s.status = Status::Runnable;
                self.st.sched.run_queue.push_front(t);
            }
        }
    }
}
