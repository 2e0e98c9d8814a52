//! The global interpreter lock: a mutex around [`VmState`]. A thread runs bytecode only
//! while it holds the guard; the guard is the only path to the heap. Who may lock it next
//! is decided by the scheduler and carried by the [`Baton`] (`sched/baton.rs`), so
//! hand-offs are fair; the policy is in `sched/handoff.rs` and `docs/gil.md`.
//!
//! Releasing the GIL always parks the running thread's
//! [`ThreadCtx`](crate::frame::ThreadCtx) in `VmState::parked` first, so whoever holds
//! the lock next — including the collector — sees every thread's roots.

use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock, Weak};
use std::time::{Duration, Instant};

use parking_lot::{Mutex, MutexGuard};

use crate::sched::baton::{Baton, Signals, ThreadIndex, Wake};
use crate::state::VmState;

/// The GIL of one interpreter.
pub struct Gil {
    state: Mutex<VmState>,
    /// Set from outside (Ctrl-C) to raise `KeyboardInterrupt` at the next check.
    pub(crate) interrupt: Arc<AtomicBool>,
    /// Who holds (or may take) the lock.
    pub(crate) baton: Baton,
    /// Threads back from [`Vm::allow_threads`](crate::Vm::allow_threads) that want the
    /// GIL again; the holder moves them into the run queue at its next switch check.
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
        let signals = Signals::default();
        while !(self.baton.holder() == Some(me) || self.baton.try_take_free(me)) {
            // Poll: a holder that ends its run lets the baton go free without waking us.
            let poll = Some(Instant::now() + Duration::from_millis(1));
            if self.baton.wait(me, poll, &signals, false) != Wake::TimedOut {
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
}
