//! A Rust panic in an interpreter thread (a VM bug, or a panicking registered native
//! function) must not hang the interpreter: the thread's entry point catches it, turns it
//! into [`Halt::Internal`](crate::Halt::Internal) with the thread's name and line, hands
//! the GIL on, and the run ends with an internal-error report.

use std::any::Any;
use std::cell::{Cell, RefCell};

use crate::vm::Vm;

thread_local! {
    /// Where the last panic on this OS thread happened (filled by [`install_hook`]).
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Seeded runs whose threads are coroutines on this OS thread (`green.rs`) are in
    /// progress here: a panic is the interpreter's, caught and reported like one in a
    /// `gilpy-N` thread.
    static GREEN_RUNS: Cell<u32> = const { Cell::new(0) };
}

/// Marks this OS thread as running interpreter coroutines while the guard lives.
pub(crate) struct GreenRun(());

impl GreenRun {
    pub(crate) fn enter() -> GreenRun {
        GREEN_RUNS.with(|n| n.set(n.get() + 1));
        GreenRun(())
    }
}

impl Drop for GreenRun {
    fn drop(&mut self) {
        GREEN_RUNS.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

/// Installs a panic hook that remembers each panic's location for the report instead of
/// printing Rust's message (the CLI does this; embedders keep their own hook).
pub fn install_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Interpreter threads ("gilpy-main", "gilpy-N") are caught and reported; a panic
        // anywhere else is a plain crash and keeps Rust's message.
        let msg = message(info.payload());
        if msg.starts_with("failed printing to std") && msg.contains("Broken pipe") {
            // The reader went away (`gilpy explore … | head`): end quietly, as a process
            // killed by SIGPIPE does.
            std::process::exit(141);
        }
        let ours = GREEN_RUNS.with(Cell::get) > 0
            || std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with("gilpy-"));
        if !ours {
            default(info);
            return;
        }
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        LAST.with(|l| *l.borrow_mut() = Some(at));
    }));
}

/// The text a panic payload carries.
pub fn message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_string()
    }
}

/// The internal-error report for a panic caught in the running thread of `vm`.
pub fn report(vm: &Vm<'_>, payload: &(dyn Any + Send)) -> String {
    let me = vm.st.sched.current as usize;
    let name = vm
        .st
        .sched
        .threads
        .get(me)
        .map(|t| t.name.clone())
        .unwrap_or_default();
    let line = super::user_line(vm)
        .map(|(f, l)| format!(" at {f}:{l}"))
        .unwrap_or_default();
    let rust = LAST
        .with(|l| l.borrow_mut().take())
        .map(|at| format!(" (Rust panic at {at})"))
        .unwrap_or_default();
    format!(
        "internal error: thread '{name}' panicked{line}: {}{rust}\n\
         This is a bug in gilpy (or in a registered native function); the run was stopped.",
        message(payload)
    )
}
