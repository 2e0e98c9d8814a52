//! `--detect-races`: an online lost-update detector.
//!
//! Every shared location (a global, an instance attribute, a list or dict item) carries
//! a version that each write bumps. Each thread remembers the version it last read of
//! each location. When a thread writes a location it read earlier, and other threads
//! wrote it in between, its write is based on a stale read: the writes in between are
//! lost. That is the read-modify-write pattern of `counter += 1`, `box.n += 1`,
//! `d['k'] += 1` and `balance = shared; ...; shared = balance`.
//!
//! Correctly locked code never reports: inside the critical section nobody else writes
//! the location between the read and the write. (A thread that reads a location and
//! later writes it with a value unrelated to the read is reported too: the detector
//! follows reads and writes, not data flow.)

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Arc;

use crate::baton::ThreadIndex;
use crate::names::NameId;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::Vm;

/// A source position: (file, line).
type Site = (Arc<str>, u32);

/// A shared location.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Loc {
    /// A global slot.
    Global(u32),
    /// An instance attribute.
    Attr(ObjRef, NameId),
    /// A list item by index or a dict item by int or str key.
    Item(ObjRef, Key),
}

/// The key of an item location.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Int(i64),
    Str(Arc<str>),
}

#[derive(Clone)]
struct Write1 {
    version: u64,
    thread: ThreadIndex,
    at: Site,
}

#[derive(Default)]
struct Summary {
    events: u64,
    overwritten: u64,
    first_at: Option<Site>,
}

/// How many lost updates are described in full; the rest only count.
const FULL_REPORTS: usize = 3;

/// The detector's state (in `VmState` when enabled).
#[derive(Default)]
pub struct RaceDetector {
    last_write: HashMap<Loc, Write1>,
    /// Per thread: location → (version read, where).
    reads: HashMap<(ThreadIndex, Loc), (u64, Site)>,
    reports: Vec<String>,
    summary: Vec<(String, Summary)>,
    total: u64,
    /// Locks each thread holds, with where it took them.
    held: HashMap<ThreadIndex, Vec<(ObjRef, Site)>>,
    /// Lock order seen: (first, then) → who and where.
    order: HashMap<(ObjRef, ObjRef), (ThreadIndex, Site, Site)>,
    inversions: Vec<String>,
}

fn here(vm: &Vm<'_>) -> Site {
    crate::sched::user_line(vm).unwrap_or_else(|| (Arc::from("?"), 0))
}

/// The location of `container[key]`, for lists and dicts with simple keys.
pub fn item_loc(vm: &Vm<'_>, container: Value, key: Value) -> Option<Loc> {
    let r = container.as_obj()?;
    match vm.st.heap.get(r) {
        Object::List(_) | Object::Dict(_) => {}
        _ => return None,
    }
    let k = match key {
        Value::Int(i) => Key::Int(i),
        Value::Bool(b) => Key::Int(b as i64),
        other => Key::Str(Arc::from(vm.as_str(other)?)),
    };
    Some(Loc::Item(r, k))
}

/// The location of `obj.name` for instances.
pub fn attr_loc(vm: &Vm<'_>, obj: Value, name: NameId) -> Option<Loc> {
    let r = obj.as_obj()?;
    matches!(vm.st.heap.get(r), Object::Instance(_)).then_some(Loc::Attr(r, name))
}

/// A thread read `loc`.
pub fn on_read(vm: &mut Vm<'_>, loc: Loc) {
    let me = vm.st.sched.current;
    let at = here(vm);
    let Some(d) = vm.st.races.as_mut() else {
        return;
    };
    let version = d.last_write.get(&loc).map_or(0, |w| w.version);
    d.reads.insert((me, loc), (version, at));
}

/// A thread writes `loc`: report a lost update if its last read of it is stale.
pub fn on_write(vm: &mut Vm<'_>, loc: Loc) {
    let me = vm.st.sched.current;
    let at = here(vm);
    let Some(d) = vm.st.races.as_mut() else {
        return;
    };
    let prev = d.last_write.get(&loc).cloned();
    let read = d.reads.remove(&(me, loc.clone()));
    let version = prev.as_ref().map_or(0, |w| w.version) + 1;
    d.last_write.insert(
        loc.clone(),
        Write1 {
            version,
            thread: me,
            at: at.clone(),
        },
    );
    let (Some((read_version, read_at)), Some(prev)) = (read, prev) else {
        return;
    };
    if prev.version == read_version || prev.thread == me {
        return;
    }
    let lost = prev.version - read_version;
    report(vm, loc, me, read_at, prev, at, lost);
}

fn report(
    vm: &mut Vm<'_>,
    loc: Loc,
    me: ThreadIndex,
    read_at: Site,
    prev: Write1,
    at: Site,
    lost: u64,
) {
    let name = loc_name(vm, &loc);
    let thread = |t: ThreadIndex| vm.st.sched.threads[t as usize].name.clone();
    let (me_name, other) = (thread(me), thread(prev.thread));
    if vm.st.sched.trace.is_some() {
        let mark = crate::trace::Mark::Race(format!("lost update on {name}"));
        let line = Some((at.0.to_string(), at.1));
        if let Some(tr) = &mut vm.st.sched.trace {
            tr.instant(me, mark, line);
        }
    }
    let Some(d) = vm.st.races.as_mut() else {
        return;
    };
    d.total += 1;
    if d.reports.len() < FULL_REPORTS {
        let more = if lost > 1 {
            format!(" (the last of {lost} writes since the read)")
        } else {
            String::new()
        };
        let mut r = String::new();
        let _ = writeln!(r, "WARNING: lost update on {name}");
        let _ = writeln!(
            r,
            "  thread '{me_name}' read {name} at {}:{}",
            read_at.0, read_at.1
        );
        let _ = writeln!(
            r,
            "  thread '{other}' then wrote {name} at {}:{}{more}",
            prev.at.0, prev.at.1
        );
        let _ = writeln!(
            r,
            "  thread '{me_name}' wrote {name} at {}:{} from its stale read: {lost} update{} lost",
            at.0,
            at.1,
            if lost == 1 { "" } else { "s" }
        );
        d.reports.push(r);
    }
    let entry = match d.summary.iter().position(|(n, _)| *n == name) {
        Some(i) => &mut d.summary[i].1,
        None => {
            d.summary.push((name, Summary::default()));
            let last = d.summary.len() - 1;
            &mut d.summary[last].1
        }
    };
    entry.events += 1;
    entry.overwritten += lost;
    entry.first_at.get_or_insert(at);
}

/// A readable name: the global's name, `var.attr` / `var[key]` when a global refers to
/// the object, else the type's name.
fn loc_name(vm: &Vm<'_>, loc: &Loc) -> String {
    let global_of = |r: ObjRef| -> String {
        vm.st
            .globals
            .bound()
            .find(|(_, v)| v.is(Value::Obj(r)))
            .map(|(n, _)| vm.st.names.name(n).to_string())
            .unwrap_or_else(|| format!("<{} object>", vm.type_name(Value::Obj(r))))
    };
    match loc {
        Loc::Global(slot) => vm
            .st
            .globals
            .names
            .get(*slot as usize)
            .map(|n| {
                let s = vm.st.names.name(*n);
                // Globals of Python-source modules are keyed "module:name".
                s.replace(':', ".")
            })
            .unwrap_or_else(|| "<global>".into()),
        Loc::Attr(r, name) => format!("{}.{}", global_of(*r), vm.st.names.name(*name)),
        Loc::Item(r, Key::Int(i)) => format!("{}[{i}]", global_of(*r)),
        Loc::Item(r, Key::Str(s)) => {
            format!("{}[{}]", global_of(*r), crate::format::str_repr(s))
        }
    }
}

/// The report printed at exit (empty when nothing was lost).
pub fn final_report(d: &RaceDetector) -> String {
    let mut out = String::new();
    for r in d.inversions.iter().chain(&d.reports) {
        out.push_str(r);
    }
    if d.total == 0 {
        let _ = writeln!(out, "gilpy --detect-races: no lost updates detected");
        return out;
    }
    let _ = writeln!(
        out,
        "gilpy --detect-races: {} lost-update event{} on {} location{}",
        d.total,
        if d.total == 1 { "" } else { "s" },
        d.summary.len(),
        if d.summary.len() == 1 { "" } else { "s" }
    );
    for (name, s) in &d.summary {
        let at = s
            .first_at
            .as_ref()
            .map(|(f, l)| format!(", first at {f}:{l}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {name}: {} event{}, {} write{} overwritten{at}",
            s.events,
            if s.events == 1 { "" } else { "s" },
            s.overwritten,
            if s.overwritten == 1 { "" } else { "s" }
        );
    }
    out
}

/// A thread took `lock` (a lock made by the script): remember the order against the locks
/// it already holds, and report the first inversion of each pair.
pub fn on_lock_acquired(vm: &mut Vm<'_>, lock: ObjRef) {
    let me = vm.st.sched.current;
    let at = here(vm);
    let Some(d) = vm.st.races.as_mut() else {
        return;
    };
    let held = d.held.entry(me).or_default().clone();
    let mut found = Vec::new();
    for (h, h_at) in &held {
        if *h == lock {
            continue;
        }
        d.order
            .entry((*h, lock))
            .or_insert((me, h_at.clone(), at.clone()));
        if let Some((other, o_first, o_then)) = d.order.get(&(lock, *h)).cloned() {
            if other != me {
                found.push((*h, h_at.clone(), other, o_first, o_then));
            }
        }
    }
    d.held.entry(me).or_default().push((lock, at.clone()));
    for (h, h_at, other, o_first, o_then) in found {
        let name = |r: ObjRef| loc_name_of_lock(vm, r);
        let (a, b) = (name(h), name(lock));
        let me_name = vm.st.sched.threads[me as usize].name.clone();
        let other_name = vm.st.sched.threads[other as usize].name.clone();
        let text = format!(
            "WARNING: lock-order inversion between {a} and {b} (a deadlock waiting to happen)\n  \
             thread '{other_name}' took {b} at {}:{}, then {a} at {}:{}\n  \
             thread '{me_name}' took {a} at {}:{}, then {b} at {}:{}\n",
            o_first.0, o_first.1, o_then.0, o_then.1, h_at.0, h_at.1, at.0, at.1
        );
        if let Some(d) = vm.st.races.as_mut() {
            if d.inversions.len() < 10
                && !d
                    .inversions
                    .iter()
                    .any(|t| t.contains(&a) && t.contains(&b))
            {
                d.inversions.push(text);
            }
        }
    }
}

/// A thread released `lock`.
pub fn on_lock_released(vm: &mut Vm<'_>, lock: ObjRef, owner: ThreadIndex) {
    if let Some(d) = vm.st.races.as_mut() {
        if let Some(h) = d.held.get_mut(&owner) {
            h.retain(|(l, _)| *l != lock);
        }
    }
}

fn loc_name_of_lock(vm: &Vm<'_>, r: ObjRef) -> String {
    vm.st
        .globals
        .bound()
        .find(|(_, v)| v.is(Value::Obj(r)))
        .map(|(n, _)| format!("lock '{}'", vm.st.names.name(n)))
        .unwrap_or_else(|| "a lock".into())
}
