//! Seeded runs on one OS thread: every Python thread is a stackful coroutine.
//!
//! A `--seed` run never has two threads running at once (the schedule decides every
//! switch), so giving each Python thread its own OS thread buys nothing and costs a
//! futex wake-up and a context switch per hand-off (about 20 µs here; a 4 × 1,000
//! counter makes ~230 of them). Here a hand-off is a coroutine switch (tens of
//! nanoseconds): the baton is passed exactly as before, and instead of parking, the
//! outgoing thread suspends to the driver, which resumes whichever thread the baton
//! names. Each coroutine keeps its own stack, so a switch may happen anywhere a real
//! thread could switch (inside `__eq__` called from a dict lookup, in a class body...),
//! and every scheduling decision stays where it was: the same seed gives the same run.
//!
//! Native work ([`Vm::allow_threads`](crate::Vm::allow_threads)) runs inline while the
//! thread keeps the GIL: there is no second OS thread to overlap with, and it keeps the
//! run deterministic (with OS threads, when such work finished depended on real time).

use std::cell::RefCell;
use std::rc::Rc;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, ScopedCoroutine, Yielder};

use super::baton::ThreadIndex;
use super::{Status, MAIN};
use crate::gil::Gil;
use crate::vm::Halt;

type ThreadCo = Coroutine<(), (), (), DefaultStack>;

/// Threads started while the driver was not looking (it adopts them at the next switch).
type Started = Rc<RefCell<Vec<(ThreadIndex, ThreadCo)>>>;

/// How a coroutine thread gives up the CPU, and how it starts new threads. Held by the
/// thread's [`Vm`](crate::Vm) for as long as it runs.
#[derive(Clone)]
pub struct Fiber<'a> {
    yielder: &'a Yielder<(), ()>,
    started: Started,
}

impl<'a> Fiber<'a> {
    /// Suspends this thread until the baton names `me` (the driver resumes whoever
    /// holds it).
    pub(crate) fn wait_for(&self, gil: &Gil, me: ThreadIndex) {
        while gil.baton.holder() != Some(me) {
            self.yielder.suspend(());
        }
    }

    /// Starts Python thread `idx` as a coroutine running `body`; it first runs when the
    /// baton names it.
    pub(crate) fn spawn(
        &self,
        idx: ThreadIndex,
        stack_size: usize,
        body: impl FnOnce(Fiber<'_>) + 'static,
    ) -> std::io::Result<()> {
        let stack = take_stack(stack_size)?;
        let started = self.started.clone();
        let co = Coroutine::with_stack(stack, move |y: &Yielder<(), ()>, ()| {
            body(Fiber {
                yielder: y,
                started,
            })
        });
        self.started.borrow_mut().push((idx, co));
        Ok(())
    }
}

thread_local! {
    /// Stacks of finished coroutines, by size, for the next run (an explore worker runs
    /// thousands of runs; mapping fresh 64 MB stacks each time costs more than the run).
    static STACKS: RefCell<Vec<(usize, DefaultStack)>> = const { RefCell::new(Vec::new()) };
}

/// Stacks kept per OS thread at most: enough for a run of a few threads. A reused stack
/// keeps the pages a deep recursion touched, so the pool stays small.
const POOL_MAX: usize = 8;

fn take_stack(size: usize) -> std::io::Result<DefaultStack> {
    let reused = STACKS.with(|s| {
        let mut s = s.borrow_mut();
        let i = s.iter().position(|(n, _)| *n == size)?;
        Some(s.swap_remove(i).1)
    });
    match reused {
        Some(st) => Ok(st),
        None => DefaultStack::new(size),
    }
}

fn give_back(size: usize, stack: DefaultStack) {
    STACKS.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() < POOL_MAX {
            s.push((size, stack));
        }
    });
}

/// Runs `main` as the main Python thread of a seeded run, and every thread it starts,
/// as coroutines on this OS thread, switching to whichever thread holds the baton.
/// Returns `main`'s result once it has finished and every thread left behind (daemons,
/// threads stopped by a halt) has been shut down.
pub(crate) fn drive<R>(
    gil: &Gil,
    stack_size: usize,
    thread_stack: usize,
    main: impl FnOnce(Fiber<'_>) -> R,
) -> std::io::Result<R> {
    let _green = super::panic::GreenRun::enter();
    let started: Started = Rc::default();
    let stack = take_stack(stack_size)?;
    let s2 = started.clone();
    let co = ScopedCoroutine::with_stack(stack, move |y: &Yielder<(), ()>, ()| {
        main(Fiber {
            yielder: y,
            started: s2,
        })
    });
    let mut threads: Vec<(ThreadIndex, ThreadCo)> = Vec::new();
    let mut result = None;
    co.scope(|mut main_co| {
        // The main thread runs first and takes the free baton itself.
        let mut next = Some(MAIN);
        while result.is_none() {
            threads.append(&mut started.borrow_mut());
            match next {
                Some(MAIN) => {
                    if let CoroutineResult::Return(r) = main_co.as_mut().resume(()) {
                        result = Some(r);
                        break;
                    }
                }
                Some(t) => resume(&mut threads, t, thread_stack),
                None => stalled(gil),
            }
            threads.append(&mut started.borrow_mut());
            next = gil
                .baton
                .holder()
                .filter(|&t| t == MAIN || threads.iter().any(|(i, _)| *i == t));
        }
    });
    wind_down(gil, &mut threads, &started, thread_stack);
    Ok(result.expect("the main coroutine returned"))
}

/// Resumes thread `t`; recycles its stack when it has finished.
fn resume(threads: &mut Vec<(ThreadIndex, ThreadCo)>, t: ThreadIndex, stack_size: usize) {
    let Some(i) = threads.iter().position(|(n, _)| *n == t) else {
        return;
    };
    if let CoroutineResult::Return(()) = threads[i].1.resume(()) {
        let (_, co) = threads.swap_remove(i);
        give_back(stack_size, co.into_stack());
    }
}

/// Nobody holds the baton while threads wait for it. Seeded runs advance virtual time
/// instead of letting the GIL go free, so this is a scheduler bug: stop the run with an
/// internal error in the main thread rather than spin here.
fn stalled(gil: &Gil) {
    let mut st = gil.lock_given();
    let sched = &mut st.sched;
    if sched.halt.is_none() {
        sched.halt = Some(Halt::Internal(
            "internal error: the seeded scheduler left the GIL free while threads waited".into(),
        ));
    }
    sched.wake(MAIN, super::WakeReason::Notified, true);
    sched.run_queue.retain(|&t| t != MAIN);
    let _ = sched.hand_to(MAIN);
    drop(st);
    gil.baton.give(MAIN, None, None);
}

/// The main thread has finished: stop every thread still suspended (with OS threads they
/// would stay parked; here their stacks must be unwound by running them to their end).
/// Each is woken with the shutdown flag set, so it leaves at its first check.
fn wind_down(
    gil: &Gil,
    threads: &mut Vec<(ThreadIndex, ThreadCo)>,
    started: &Started,
    stack_size: usize,
) {
    // Bounded: every resume either ends a thread or hands the baton on; a thread that
    // keeps coming back is leaked rather than looped on.
    let mut budget = 64 * (threads.len() + 1);
    loop {
        threads.append(&mut started.borrow_mut());
        if threads.is_empty() {
            return;
        }
        if budget == 0 {
            // Leaking the stacks is safe; unwinding a stack that will not end is not.
            for (_, co) in threads.drain(..) {
                std::mem::forget(co);
            }
            return;
        }
        budget -= 1;
        let holder = gil.baton.holder();
        let t = match holder.filter(|h| threads.iter().any(|(i, _)| i == h)) {
            Some(t) => t,
            None => {
                let t = threads[0].0;
                let mut st = gil.lock_given();
                let sched = &mut st.sched;
                sched.shutdown = true;
                sched.run_queue.retain(|&x| x != t);
                sched.sleepers.retain(|&x| x != t);
                let slot = sched.slot(t);
                if slot.status == Status::Blocked {
                    slot.status = Status::Runnable;
                }
                let _ = sched.hand_to(t);
                drop(st);
                gil.baton.give(t, None, None);
                t
            }
        };
        resume(threads, t, stack_size);
    }
}
