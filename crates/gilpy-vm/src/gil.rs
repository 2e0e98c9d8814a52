//! The global interpreter lock: a mutex around [`VmState`]. A thread runs bytecode only
//! while it holds the guard; the guard is the only path to the heap.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use parking_lot::{Mutex, MutexGuard};

use crate::state::VmState;

/// The GIL of one interpreter.
pub struct Gil {
    state: Mutex<VmState>,
    /// Set from outside (Ctrl-C) to raise `KeyboardInterrupt` at the next check.
    pub(crate) interrupt: Arc<AtomicBool>,
}

impl Gil {
    /// Wraps a state.
    pub fn new(state: VmState) -> Gil {
        Gil {
            state: Mutex::new(state),
            interrupt: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Blocks until this thread holds the GIL.
    pub fn acquire(&self) -> MutexGuard<'_, VmState> {
        self.state.lock()
    }
}
