//! Blocking and waking (sleep, locks, join), halts that stop every thread, and a
//! thread's exit.

use std::time::Instant;

use crate::frame::ThreadCtx;
use crate::trace::Phase;
use crate::vm::{Halt, PyResult, Throw, Vm};

use super::handoff::park_and_wait;
use super::{deadlock_report, user_line, BlockOn, Status, ThreadIndex, Wake, WakeReason, MAIN};

/// A halt raised in another thread (deadlock, timeout) stops this one too; a shut-down
/// interpreter stops every thread but the main one.
pub(crate) fn check_halt(vm: &mut Vm<'_>) -> PyResult<()> {
    let sched = &vm.st.sched;
    // Once the run is halted (deadlock, timeout, limit, panic) no thread runs another
    // line of Python: a thread woken by the locks a halted thread let go must not get
    // past them ("a-then-b got both" after the deadlock report).
    if let Some(h) = &sched.halt {
        return Err(Throw::Halt(h.clone()));
    }
    if sched.shutdown && sched.current != MAIN {
        return Err(Throw::Halt(Halt::Shutdown));
    }
    Ok(())
}

/// Blocks the current thread until it is woken or `deadline` passes, running others
/// meanwhile. Detects deadlocks.
pub fn block(vm: &mut Vm<'_>, on: BlockOn, deadline: Option<Instant>) -> PyResult<WakeReason> {
    let me = vm.st.sched.current;
    let at = user_line(vm);
    {
        let s = vm.st.sched.slot(me);
        s.status = Status::Blocked;
        s.blocked_on = Some(on);
        s.deadline = deadline;
        s.wake = WakeReason::Pending;
        s.blocked_at = at;
    }
    if deadline.is_some() {
        vm.st.sched.sleepers.push(me);
    }
    // Under `--seed` nobody waits for real time: the scheduler advances the clock.
    let os_deadline = if vm.st.sched.seeded.is_some() {
        None
    } else {
        deadline
    };
    loop {
        let now = vm.st.sched.now();
        vm.st.sched.promote_due(now);
        if vm.st.sched.in_native > 0 {
            vm.drain_inbox();
        }
        let status = vm.st.sched.threads[me as usize].status;
        if status != Status::Blocked {
            // Woken (perhaps by our own deadline just now): take the GIL back if needed.
            if status == Status::Runnable {
                vm.st.sched.run_queue.retain(|&t| t != me);
            }
            break;
        }
        let next = lock_owner_to_run(vm, on).or_else(|| vm.st.sched.next_to_run());
        if vm.st.sched.threads[me as usize].status != Status::Blocked {
            // The virtual clock reached our own deadline.
            // The pick may have been this very thread (woken by the clock jump): it runs
            // on and must not stay queued as well, or the baton could later be handed
            // to it after it has finished.
            vm.st.sched.run_queue.retain(|&t| t != me);
            if let Some(n) = next.filter(|&n| n != me) {
                vm.st.sched.run_queue.push_front(n);
            }
            break;
        }
        let wake = match next {
            Some(n) => park_and_wait(vm, Some(n), os_deadline),
            None if !vm.st.sched.sleepers.is_empty() || vm.st.sched.in_native > 0 => {
                // Nobody can run now; the earliest sleeper takes the free GIL when due.
                park_and_wait(vm, None, os_deadline)
            }
            None => {
                let report = deadlock_report(vm);
                unblock(vm, me);
                return Err(raise_halt(vm, Halt::Deadlock(report)));
            }
        };
        if wake == Wake::TookFree {
            // Our deadline passed while nobody held the GIL.
            let s = vm.st.sched.slot(me);
            if s.status == Status::Blocked {
                s.wake = WakeReason::TimedOut;
            }
            vm.st.sched.sleepers.retain(|&t| t != me);
            vm.st.sched.run_queue.retain(|&t| t != me);
            break;
        }
        check_halt(vm)?;
    }
    unblock(vm, me);
    check_halt(vm)?;
    if me == MAIN && vm.gil.take_interrupt() {
        let c = vm.st.types.keyboard_interrupt;
        return Err(Throw::Exc(vm.new_exception(c, None)));
    }
    Ok(vm.st.sched.threads[me as usize].wake)
}

/// Blocking on a lock whose owner is waiting for the GIL: hand the GIL straight to the
/// owner (unseeded runs only), which is the only thread that can make progress on it.
/// Handing to the queue's head instead would let every other thread in turn run into
/// the same held lock and block, each at the price of a wake-up: a lock convoy.
fn lock_owner_to_run(vm: &mut Vm<'_>, on: BlockOn) -> Option<ThreadIndex> {
    let BlockOn::Lock(lock) = on else {
        return None;
    };
    if vm.st.sched.seeded.is_some() {
        return None;
    }
    let owner = crate::modules::thread::lock_info(vm, lock).owner?;
    let sched = &mut vm.st.sched;
    if sched.threads.get(owner as usize)?.status != Status::Runnable {
        return None;
    }
    let i = sched.run_queue.iter().position(|&t| t == owner)?;
    sched.run_queue.remove(i)
}

fn unblock(vm: &mut Vm<'_>, me: ThreadIndex) {
    let now = Instant::now();
    let sched = &mut vm.st.sched;
    sched.current = me;
    sched.sleepers.retain(|&t| t != me);
    if sched.slot(me).status == Status::Blocked {
        let phase = Phase::blocked(sched.slot(me).blocked_on);
        sched.end_phase(me, phase, now);
    }
    let s = sched.slot(me);
    s.status = Status::Running;
    s.blocked_on = None;
    s.deadline = None;
}

/// Records a halt for the main thread and returns it for the current one. When the main
/// thread is blocked it is woken so it can report.
pub fn raise_halt(vm: &mut Vm<'_>, h: Halt) -> Throw {
    if vm.st.sched.halt.is_none() {
        vm.st.sched.halt = Some(h.clone());
    }
    if vm.st.sched.current != MAIN {
        let main = &vm.st.sched.threads[MAIN as usize];
        if main.status == Status::Blocked {
            vm.st.sched.wake(MAIN, WakeReason::Notified, true);
        }
    }
    Throw::Halt(h)
}

/// The current thread ends: wake whoever should run next and let the GIL go.
/// Consumes the guard: the OS thread must not touch the VM afterwards.
pub fn exit_thread(mut vm: Vm<'_>) {
    let me = vm.st.sched.current;
    {
        let sched = &mut vm.st.sched;
        let now = Instant::now();
        sched.end_phase(me, Phase::Hold, now);
        let s = sched.slot(me);
        s.status = Status::Finished;
        sched.alive = sched.alive.saturating_sub(1);
        let now = sched.now();
        sched.promote_due(now);
    }
    // A finished thread's stack roots nothing any more.
    vm.th = ThreadCtx::empty();
    let mut next = vm.st.sched.next_to_run();
    if next.is_none()
        && vm.st.sched.sleepers.is_empty()
        && vm.st.sched.in_native == 0
        && vm.st.sched.halt.is_none()
    {
        // Everybody left is blocked with no deadline: a deadlock, unless nobody is left.
        let blocked = vm
            .st
            .sched
            .threads
            .iter()
            .any(|t| t.status == Status::Blocked);
        if blocked {
            let report = deadlock_report(&vm);
            vm.st.sched.halt = Some(Halt::Deadlock(report));
            if vm.st.sched.threads[MAIN as usize].status == Status::Blocked {
                vm.st.sched.wake(MAIN, WakeReason::Notified, true);
                next = vm.st.sched.run_queue.pop_front();
            }
        }
    }
    let target = next.map(|n| {
        let (h, sig) = vm.st.sched.hand_to(n);
        (n, h, sig)
    });
    let gil = vm.gil;
    drop(vm);
    gil.baton.pass(
        target
            .as_ref()
            .map(|(n, h, s)| (*n, h.as_ref(), Some(&**s))),
    );
}

/// Describes a lock for reports: its global name if `__main__` has one, its label, and
/// where it was created.
/// Calls `threading._shutdown()` if the script imported `threading` (it joins every
/// non-daemon thread), then reports a halt another thread raised meanwhile.
pub fn shutdown_threading(vm: &mut Vm<'_>) -> PyResult<()> {
    if let Some(h) = vm.st.sched.halt.clone() {
        // A halted run ends now: its other threads were stopped where they stood
        // (`check_halt`), so there is nobody left to join and no exit hook to run.
        return Err(Throw::Halt(h));
    }
    let id = vm.intern("threading");
    if let Some(m) = vm.st.modules.get(&id).copied() {
        let name = vm.intern("_shutdown");
        let f = match vm.st.heap.get(m) {
            crate::object::Object::Module(m) => m.attrs.get(&name).copied(),
            _ => None,
        };
        if let Some(f) = f {
            match vm.call(f, &[]) {
                Ok(_) | Err(Throw::Exc(_)) => {}
                Err(h) => return Err(h),
            }
        }
    }
    match vm.st.sched.halt.clone() {
        Some(h) => Err(Throw::Halt(h)),
        None => Ok(()),
    }
}

/// Ctrl-C arrived while another thread ran: make a blocked main thread runnable, so it
/// raises `KeyboardInterrupt` where it waits.
pub fn wake_main_for_interrupt(vm: &mut Vm<'_>) {
    if vm.st.sched.threads[MAIN as usize].status == Status::Blocked {
        vm.st.sched.wake(MAIN, WakeReason::Notified, true);
        super::shorten_quantum(vm);
    }
}
