//! The global interpreter lock: a mutex around [`VmState`]. A thread runs bytecode only
//! while it holds the guard; the guard is the only path to the heap.
//!
//! Releasing the GIL always parks the running thread's [`ThreadCtx`] in
//! `VmState::parked` first (see [`Vm::allow_threads`]), so whoever holds the lock next —
//! including the collector — sees every thread's roots.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use parking_lot::{Mutex, MutexGuard};

use crate::frame::ThreadCtx;
use crate::state::VmState;
use crate::Vm;

/// The GIL of one interpreter.
pub struct Gil {
    state: Mutex<VmState>,
    /// Threads blocked in [`Gil::acquire`] (the running thread hands off when non-zero).
    waiting: AtomicUsize,
    /// Set from outside (Ctrl-C) to raise `KeyboardInterrupt` at the next check.
    pub(crate) interrupt: Arc<AtomicBool>,
}

impl Gil {
    /// Wraps a state.
    pub fn new(state: VmState) -> Gil {
        Gil {
            state: Mutex::new(state),
            waiting: AtomicUsize::new(0),
            interrupt: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Blocks until this thread holds the GIL.
    pub fn acquire(&self) -> MutexGuard<'_, VmState> {
        if let Some(g) = self.state.try_lock() {
            return g;
        }
        self.waiting.fetch_add(1, Ordering::SeqCst);
        let g = self.state.lock();
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        g
    }

    /// Are other threads waiting for the GIL?
    #[inline]
    pub fn contended(&self) -> bool {
        self.waiting.load(Ordering::Relaxed) > 0
    }
}

impl<'a> Vm<'a> {
    /// Runs `f` without the GIL (blocking I/O, sleeping, long native work). The thread's
    /// context is parked in the state meanwhile, so the collector can run in other
    /// threads: values a native keeps across this call must be rooted
    /// ([`Vm::push_root`]) or reachable.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let id = self.park();
        let r = MutexGuard::unlocked_fair(&mut self.st, f);
        self.unpark(id);
        r
    }

    /// Lets a waiting thread take the GIL (a fair hand-off), then takes it back.
    pub fn yield_gil(&mut self) {
        if self.gil.contended() {
            let id = self.park();
            MutexGuard::bump(&mut self.st);
            self.unpark(id);
        }
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
}
