//! The report printed when every live thread waits for another: each thread, the locks
//! it holds and where it took them, and what it waits for at which line.

use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{BlockOn, Status, ThreadIndex, ThreadSlot};

/// Describes a lock for reports: its global name if `__main__` has one, its label, and
/// where it was created.
fn describe_lock(vm: &Vm<'_>, lock: ObjRef) -> String {
    let name = vm
        .st
        .globals
        .bound()
        .find(|(_, v)| v.is(Value::Obj(lock)))
        .map(|(n, _)| vm.st.names.name(n).to_string());
    let info = crate::modules::thread::lock_info(vm, lock);
    let mut s = match (&name, &info.label) {
        (Some(n), _) => format!("lock '{n}'"),
        (None, Some(l)) => l.clone(),
        (None, None) => "a lock".to_string(),
    };
    if let Some((f, l)) = &info.created {
        if name.is_some() || info.label.is_none() {
            s.push_str(&format!(" (created at {f}:{l})"));
        }
    }
    s
}

/// The report printed when every live thread is blocked.
pub fn deadlock_report(vm: &Vm<'_>) -> String {
    use std::fmt::Write;
    let sched = &vm.st.sched;
    let live: Vec<(usize, &ThreadSlot)> = sched
        .threads
        .iter()
        .enumerate()
        .filter(|(_, t)| t.status != Status::Finished)
        .collect();
    let mut out = String::new();
    let blocked = live
        .iter()
        .filter(|(_, t)| t.status == Status::Blocked)
        .count();
    if blocked == live.len() {
        let _ = writeln!(
            out,
            "Deadlock: all {} live threads are blocked, none can proceed.",
            live.len()
        );
    } else {
        let _ = writeln!(
            out,
            "Deadlock: threads wait for each other's locks in a cycle ({blocked} of {} live threads blocked).",
            live.len()
        );
    }
    if let Some(s) = &sched.seeded {
        let _ = writeln!(
            out,
            "  (schedule from --seed {}: the same seed replays it)",
            s.seed
        );
    }
    for (i, t) in &live {
        let _ = writeln!(out, "  thread '{}'", t.name);
        for lock in crate::modules::thread::locks_held_by(vm, *i as ThreadIndex) {
            let info = crate::modules::thread::lock_info(vm, lock);
            // Locks made inside `threading`/`queue` (a thread's "running" lock, condition
            // waiters) are plumbing; the "waits" lines name them where they matter.
            if info.internal {
                continue;
            }
            let at = info
                .acquired
                .as_ref()
                .map(|(f, l)| format!(", acquired at {f}:{l}"))
                .unwrap_or_default();
            let _ = writeln!(out, "    holds {}{at}", describe_lock(vm, lock));
        }
        let at = t
            .blocked_at
            .as_ref()
            .map(|(f, l)| format!(" at {f}:{l}"))
            .unwrap_or_default();
        match t.blocked_on {
            Some(BlockOn::Lock(lock)) => {
                let info = crate::modules::thread::lock_info(vm, lock);
                let owner = info
                    .owner
                    .map(|o| format!(", held by thread '{}'", sched.threads[o as usize].name))
                    .unwrap_or_default();
                let _ = writeln!(out, "    waits{at} for {}{owner}", describe_lock(vm, lock));
            }
            Some(BlockOn::Sleep) => {
                let _ = writeln!(out, "    sleeps{at}");
            }
            Some(BlockOn::Io) => {
                let _ = writeln!(out, "    waits for I/O{at}");
            }
            None => {
                let _ = writeln!(out, "    is runnable");
            }
        }
    }
    out
}
