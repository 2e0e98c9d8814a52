//! `__del__` on top of the tracing collector (PEP 442 semantics, CPython-like timing).
//!
//! Nothing here costs anything until some class defines `__del__` (`Finalize::seen`).
//! After that, the places where CPython's reference counting would free an object at
//! once — `del`, rebinding a global or an attribute, a frame returning — look at the
//! value they drop; if it may hold a finalizable instance (a bounded search), they ask
//! for a collection at the next instruction boundary (`Vm::collect_soon`, so switch
//! points do not move). The collector keeps unreachable finalizable objects alive for
//! one more cycle (with everything they reach) and queues them; the queue is drained at
//! the safe point right after the collection, in the collecting thread, each `__del__`
//! called once ever. A later collection frees them if they are still unreachable.
//! Forced collections are bounded by a work budget, so a program that drops millions of
//! finalizable objects pays at most a constant factor (its finalizers then run later).

use crate::heap::Heap;
use crate::names::{sym, FxHashMap};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};
use std::collections::{HashSet, VecDeque};

/// Finalizer bookkeeping (in [`VmState::fin`](crate::state::VmState)).
pub struct Finalize {
    /// Some class defines `__del__`: the drop hooks are on.
    pub seen: bool,
    /// A drop asked for a collection at the next safe point.
    pub requested: bool,
    /// Unreachable objects whose `__del__` has not run yet (collector roots).
    pub queue: VecDeque<ObjRef>,
    /// Heap slots whose `__del__` already ran (PEP 442: never twice).
    pub done: HashSet<u32>,
    /// Draining the queue (a `__del__` that triggers a collection does not re-enter).
    pub running: bool,
    /// Objects marked by forced collections so far (the budget, see [`budget_ok`]).
    pub forced_work: u64,
    /// `gc.isenabled()` (memory is reclaimed either way).
    pub enabled: bool,
    /// `gc.get_threshold()`.
    pub threshold: (i64, i64, i64),
    /// Set for `gc.collect()`: count the unreachable objects the next collection finds.
    pub counting: Option<usize>,
    /// The next collection was asked for by a drop (not by allocation volume or
    /// `gc.collect`): it stands in for reference counting, so it keeps unreachable
    /// cycles (and what they reach) for a real collection, as CPython does.
    pub forced: bool,
    /// Allocation order of the live finalizable instances (finalizers run in it, as
    /// CPython's do): numbered at the first collection that sees them, in slot order,
    /// which within one collection cycle is allocation order (`gc.rs` sweep).
    pub born: FxHashMap<u32, u64>,
    next_born: u64,
    /// A forced collection's allocation counters, restored after its sweep: it must not
    /// put off the real collection that frees the cycles it kept.
    saved_counts: Option<(usize, usize)>,
}

impl Default for Finalize {
    fn default() -> Self {
        Finalize {
            seen: false,
            requested: false,
            queue: VecDeque::new(),
            done: HashSet::new(),
            running: false,
            forced_work: 0,
            enabled: true,
            threshold: (700, 10, 10),
            counting: None,
            forced: false,
            born: FxHashMap::default(),
            next_born: 0,
            saved_counts: None,
        }
    }
}

/// Forced collections may mark this many objects for free...
const FREE_WORK: u64 = 20_000_000;

/// ...and then as many as the program has run instructions.
fn budget_ok(vm: &Vm<'_>) -> bool {
    vm.st.fin.forced_work <= FREE_WORK + vm.st.instructions
}

// ---- drop hooks (called by the eval loop) ---------------------------------------------

/// `old` is being dropped (overwritten or deleted).
#[inline(always)]
pub(crate) fn dropping(vm: &mut Vm<'_>, old: Value) {
    if vm.st.fin.seen {
        dropping_slow(vm, old);
    }
}

#[cold]
#[inline(never)]
fn dropping_slow(vm: &mut Vm<'_>, old: Value) {
    if may_finalize(vm, &[old]) {
        request(vm);
    }
}

/// A `del` whose target value was not read (attributes, items, class namespaces).
#[inline(always)]
pub(crate) fn deleted(vm: &mut Vm<'_>) {
    if vm.st.fin.seen {
        request(vm);
    }
}

/// The attribute `name` of `obj` is about to be overwritten.
#[inline(always)]
pub(crate) fn attr_dropping(vm: &mut Vm<'_>, obj: Value, name: crate::names::NameId) {
    if vm.st.fin.seen {
        attr_dropping_slow(vm, obj, name);
    }
}

#[cold]
#[inline(never)]
fn attr_dropping_slow(vm: &mut Vm<'_>, obj: Value, name: crate::names::NameId) {
    let old = match vm.obj(obj) {
        Some(Object::Instance(i)) => i.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v),
        _ => None,
    };
    if let Some(old) = old {
        dropping_slow(vm, old);
    }
}

/// A frame is returning: its locals (from stack index `from` up) go away; `keep` (the
/// returned value, or the object an `__init__` initialized) stays.
#[inline(always)]
pub(crate) fn frame_dropping(vm: &mut Vm<'_>, from: usize, keep: Value) {
    if vm.st.fin.seen {
        frame_dropping_slow(vm, from, keep);
    }
}

#[cold]
#[inline(never)]
fn frame_dropping_slow(vm: &mut Vm<'_>, from: usize, keep: Value) {
    let n = vm.th.stack.len();
    let from = from.min(n);
    let same = |a: &Value, b: &Value| matches!((a, b), (Value::Obj(x), Value::Obj(y)) if x == y);
    // A method's `self` (or an argument) still held by a caller's frame or a global is
    // not dropped: skip it rather than collect after every method call.
    let locals: Vec<Value> = vm.th.stack[from..]
        .iter()
        .filter(|v| matches!(v, Value::Obj(_)) && !same(v, &keep))
        .copied()
        .collect();
    if !may_finalize(vm, &locals) {
        return;
    }
    let dropped: Vec<Value> = locals
        .into_iter()
        .filter(|v| {
            !vm.th.stack[..from].iter().any(|w| same(v, w))
                && !vm.st.globals.slots.iter().any(|w| same(v, w))
        })
        .collect();
    if may_finalize(vm, &dropped) {
        request(vm);
    }
}

/// Asks for a collection at the next instruction boundary.
#[cold]
pub(crate) fn request(vm: &mut Vm<'_>) {
    vm.st.fin.requested = true;
    vm.collect_soon();
}

/// Could dropping `vals` make a finalizable instance unreachable? A search of at most
/// `LIMIT` objects through instances and containers; past that, assume yes.
fn may_finalize(vm: &Vm<'_>, vals: &[Value]) -> bool {
    const LIMIT: usize = 256;
    let mut work: Vec<Value> = vals.to_vec();
    let mut seen = 0;
    while let Some(v) = work.pop() {
        let Value::Obj(r) = v else { continue };
        if crate::weakref_table::watched(&vm.st, r) {
            return true;
        }
        seen += 1;
        if seen > LIMIT {
            return true;
        }
        match vm.st.heap.get(r) {
            Object::Generator(g) if needs_close(g) => return true,
            Object::Instance(i) => {
                if has_del(&vm.st.heap, i.class) {
                    return true;
                }
                work.extend(i.attrs.iter().map(|(_, v)| *v));
                if let crate::object::Payload::Base(b) = i.payload {
                    work.push(b);
                }
            }
            Object::List(l) => work.extend_from_slice(l),
            Object::Tuple(t) => work.extend_from_slice(t),
            o @ (Object::Dict(_) | Object::Set(_) | Object::Cell(_)) => {
                o.trace(&mut |v| work.push(v))
            }
            _ => {}
        }
    }
    false
}

/// Does the class (a user class) define or inherit a `__del__` function?
fn has_del(heap: &Heap, cls: ObjRef) -> bool {
    let Object::Class(c) = heap.get(cls) else {
        return false;
    };
    let found = c.dict.get(&sym::__del__).copied().or_else(|| {
        c.mro.iter().skip(1).find_map(|k| match heap.get(*k) {
            Object::Class(k) => k.dict.get(&sym::__del__).copied(),
            _ => None,
        })
    });
    matches!(found, Some(Value::Obj(_)))
}

/// A generator suspended inside `try`/`with`: closing it runs code (CPython closes it
/// when it is freed). One stopped outside any handler closes silently, so it is skipped.
fn needs_close(g: &crate::objects::generator::GenObj) -> bool {
    g.state == crate::objects::generator::GenState::Suspended && !g.blocks.is_empty()
}

/// The `__del__` to call for `obj`, if it has one.
fn del_method(vm: &Vm<'_>, obj: ObjRef) -> Option<Value> {
    match vm.st.heap.get(obj) {
        Object::Instance(i) => vm.class_lookup(i.class, sym::__del__),
        _ => None,
    }
}

// ---- inside the collector -------------------------------------------------------------

/// Between marking and sweeping (`gc.rs`): counts the unreachable objects if `gc.collect`
/// asked, then queues the unreachable finalizable objects not yet finalized and marks
/// everything they reach, so this sweep keeps them.
pub(crate) fn rescue(heap: &mut Heap, fin: &mut Finalize) {
    fin.requested = false;
    let forced = std::mem::take(&mut fin.forced);
    if fin.counting.is_some() || forced {
        let cyclic = cyclic_garbage(heap);
        if let Some(c) = fin.counting.as_mut() {
            *c += cyclic
                .iter()
                .filter(|&&i| tracked(&heap.slots[i as usize]))
                .count();
        }
        if forced {
            fin.saved_counts = Some((heap.allocated, heap.bytes_since));
            // The set is closed under references among unreachable objects: marking it
            // needs no tracing.
            for i in cyclic {
                heap.marks[i as usize] = true;
            }
        }
    }
    if !fin.seen {
        return;
    }
    let mut classes: FxHashMap<u32, bool> = FxHashMap::default();
    let mut work: Vec<u32> = Vec::new();
    let mut found: Vec<(u64, u32)> = Vec::new();
    for i in 0..heap.slots.len() {
        let del = match &heap.slots[i] {
            Object::Instance(inst) => {
                let cls = inst.class;
                *classes.entry(cls.0).or_insert_with(|| has_del(heap, cls))
            }
            Object::Generator(g) => needs_close(g),
            _ => false,
        };
        if !del {
            continue;
        }
        let next = &mut fin.next_born;
        let born = *fin.born.entry(i as u32).or_insert_with(|| {
            *next += 1;
            *next
        });
        if !heap.marks[i] && !fin.done.contains(&(i as u32)) {
            found.push((born, i as u32));
        }
    }
    if forced && found.len() > 1 {
        // Reference counting would free them as a cascade from what was dropped.
        let rank = cascade_order(heap);
        for f in &mut found {
            f.0 = rank.get(&f.1).copied().unwrap_or(u64::MAX);
        }
    }
    found.sort_unstable();
    for (_, i) in found {
        fin.queue.push_back(ObjRef(i));
        fin.done.insert(i);
        heap.marks[i as usize] = true;
        work.push(i);
    }
    let Heap { slots, marks, .. } = heap;
    while let Some(i) = work.pop() {
        if let Some(obj) = slots.get(i as usize) {
            obj.trace(&mut |v| {
                if let Value::Obj(r) = v {
                    if let Some(m) = marks.get_mut(r.index()) {
                        if !*m {
                            *m = true;
                            work.push(r.0);
                        }
                    }
                }
            });
        }
    }
}

/// After the sweep: forget finalized slots that were freed (they get reused).
pub(crate) fn after_sweep(heap: &mut Heap, fin: &mut Finalize) {
    if let Some((allocated, bytes)) = fin.saved_counts.take() {
        heap.allocated = allocated;
        heap.bytes_since = bytes;
    }
    let freed = |i: &u32| matches!(heap.slots.get(*i as usize), None | Some(Object::Free));
    if !fin.done.is_empty() {
        fin.done.retain(|i| !freed(i));
    }
    if !fin.born.is_empty() {
        fin.born.retain(|i, _| !freed(i));
    }
}

/// Unreachable objects in the order reference counting would free them: from each one
/// nothing unreachable refers to (in slot order), depth first, an object before what
/// it holds, list and tuple items last to first (as their deallocators go).
fn cascade_order(heap: &Heap) -> FxHashMap<u32, u64> {
    let n = heap.slots.len();
    let garbage = |i: usize| !heap.marks[i] && !matches!(heap.slots[i], Object::Free);
    let mut referred = vec![false; n];
    for i in (0..n).filter(|&i| garbage(i)) {
        heap.slots[i].trace(&mut |v| {
            if let Value::Obj(r) = v {
                if let Some(x) = referred.get_mut(r.index()) {
                    *x = true;
                }
            }
        });
    }
    let mut rank: FxHashMap<u32, u64> = FxHashMap::default();
    let mut next = 0u64;
    for root in (0..n).filter(|&i| garbage(i) && !referred[i]) {
        let mut work = vec![root as u32];
        while let Some(i) = work.pop() {
            let iu = i as usize;
            if !garbage(iu) || rank.contains_key(&i) {
                continue;
            }
            rank.insert(i, next);
            next += 1;
            let mut kids: Vec<u32> = Vec::new();
            heap.slots[iu].trace(&mut |v| {
                if let Value::Obj(r) = v {
                    kids.push(r.0);
                }
            });
            match &heap.slots[iu] {
                Object::List(_) | Object::Tuple(_) => work.extend(kids),
                _ => work.extend(kids.into_iter().rev()),
            }
        }
    }
    rank
}

/// Would CPython's collector see this kind of object (a container it tracks)?
fn tracked(o: &Object) -> bool {
    matches!(
        o,
        Object::List(_)
            | Object::Tuple(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::Instance(_)
            | Object::Function(_)
            | Object::Class(_)
            | Object::BoundMethod { .. }
            | Object::Cell(_)
            | Object::Generator(_)
            | Object::Module(_)
    )
}

/// The unreachable objects that reference counting would not already have freed: those
/// on, or reachable from, a cycle of unreachable objects (what `gc.collect()` counts,
/// of the kinds CPython's collector tracks). Unreachable objects with no unreachable
/// referrer are peeled off repeatedly (Kahn's algorithm); what remains is exactly the
/// cycles and what hangs off them.
fn cyclic_garbage(heap: &Heap) -> Vec<u32> {
    let n = heap.slots.len();
    let garbage = |i: usize| !heap.marks[i] && !matches!(heap.slots[i], Object::Free);
    let mut indeg: Vec<u32> = vec![0; n];
    for i in (0..n).filter(|&i| garbage(i)) {
        heap.slots[i].trace(&mut |v| {
            if let Value::Obj(r) = v {
                let j = r.index();
                if j < n && garbage(j) {
                    indeg[j] += 1;
                }
            }
        });
    }
    let mut peel: Vec<usize> = (0..n).filter(|&i| garbage(i) && indeg[i] == 0).collect();
    let mut removed = vec![false; n];
    while let Some(i) = peel.pop() {
        removed[i] = true;
        heap.slots[i].trace(&mut |v| {
            if let Value::Obj(r) = v {
                let j = r.index();
                if j < n && garbage(j) && indeg[j] > 0 {
                    indeg[j] -= 1;
                    if indeg[j] == 0 {
                        peel.push(j);
                    }
                }
            }
        });
    }
    (0..n)
        .filter(|&i| garbage(i) && !removed[i])
        .map(|i| i as u32)
        .collect()
}

// ---- after the collector: running the finalizers ---------------------------------------

/// Should the safe point collect for the finalizers (a drop asked, within budget)?
pub(crate) fn take_request(vm: &mut Vm<'_>) -> bool {
    if !std::mem::take(&mut vm.st.fin.requested) {
        return false;
    }
    if !budget_ok(vm) {
        return false;
    }
    vm.st.fin.forced_work += vm.st.heap.live as u64;
    vm.st.fin.forced = true;
    true
}

/// Calls the queued finalizers (at a safe point of the thread that collected, nothing
/// unrooted in Rust locals). Exceptions are reported as CPython does and swallowed.
pub(crate) fn run_pending(vm: &mut Vm<'_>) -> PyResult<()> {
    if vm.st.fin.running || vm.st.fin.queue.is_empty() {
        return Ok(());
    }
    vm.st.fin.running = true;
    let r = drain(vm);
    vm.st.fin.running = false;
    r
}

fn drain(vm: &mut Vm<'_>) -> PyResult<()> {
    while let Some(obj) = vm.st.fin.queue.pop_front() {
        if matches!(vm.st.heap.get(obj), Object::Generator(_)) {
            close_dropped(vm, obj)?;
            continue;
        }
        let Some(del) = del_method(vm, obj) else {
            continue;
        };
        let mark = vm.push_root(Value::Obj(obj));
        vm.push_root(del);
        let r = vm.call(del, &[Value::Obj(obj)]);
        if let Err(Throw::Exc(e)) = r {
            vm.push_root(Value::Obj(e));
            report(vm, del, e);
        }
        vm.pop_roots(mark);
        if let Err(Throw::Halt(h)) = r {
            return Err(Throw::Halt(h));
        }
    }
    Ok(())
}

/// Closes an unreachable suspended generator, as CPython's generator finalizer does; an
/// exception its cleanup raises is reported (`Exception ignored in: <generator ...>`).
fn close_dropped(vm: &mut Vm<'_>, g: ObjRef) -> PyResult<()> {
    let mark = vm.push_root(Value::Obj(g));
    let r = crate::objects::generator::close(vm, g);
    if let Err(Throw::Exc(e)) = r {
        vm.push_root(Value::Obj(e));
        report(vm, Value::Obj(g), e);
    }
    vm.pop_roots(mark);
    match r {
        Err(Throw::Halt(h)) => Err(Throw::Halt(h)),
        _ => Ok(()),
    }
}

/// `Exception ignored in: <function C.__del__ at 0x...>` and the traceback, to stderr.
fn report(vm: &mut Vm<'_>, del: Value, e: ObjRef) {
    let who = crate::ops::convert::repr_of(vm, del).unwrap_or_default();
    let tb = crate::traceback::format_exception(vm, e);
    vm.write_stderr(&format!("Exception ignored in: {who}\n{tb}"));
}

/// Collects now (if no native code is active) and runs the finalizers; the count of
/// unreachable objects found (`gc.collect()`).
pub(crate) fn collect_now(vm: &mut Vm<'_>) -> PyResult<usize> {
    if vm.th.reentry > 0 || vm.st.parked.iter().any(|t| t.reentry > 0) {
        return Ok(0);
    }
    vm.st.fin.counting = Some(0);
    crate::gc::collect(&mut vm.st, &vm.th);
    let n = vm.st.fin.counting.take().unwrap_or(0);
    if !vm.st.fin.queue.is_empty() {
        run_pending(vm)?;
        // As CPython's collection does, free the finalized objects now unless their
        // `__del__` made them reachable again.
        crate::gc::collect(&mut vm.st, &vm.th);
        run_pending(vm)?;
    }
    Ok(n)
}

/// A thread's target returned: run what its locals' drop asked for, in that thread.
pub(crate) fn thread_ending(vm: &mut Vm<'_>) -> PyResult<()> {
    if vm.st.fin.seen && vm.st.fin.requested && vm.th.reentry == 0 && take_request(vm) {
        crate::gc::maybe_collect(vm)?;
    }
    Ok(())
}

// ---- interpreter exit -------------------------------------------------------------------

/// At exit, as CPython clearing `__main__`'s globals in order: finalize the objects
/// reachable from each global (an object before what it holds, list items last to
/// first), then collect and finalize whatever unreachable objects remain.
pub(crate) fn at_exit(vm: &mut Vm<'_>) -> PyResult<()> {
    if !vm.st.fin.seen {
        return Ok(());
    }
    // What was dropped without a collection (frames an exception unwound) first, as
    // reference counting freed it before shutdown; cycles wait for the last collection.
    if vm.th.reentry == 0 && !vm.st.parked.iter().any(|t| t.reentry > 0) {
        vm.st.fin.forced = true;
        crate::gc::collect(&mut vm.st, &vm.th);
        run_pending(vm)?;
    }
    let globals: Vec<Value> = {
        let g = &vm.st.globals;
        g.names
            .iter()
            .zip(g.slots.iter())
            .filter(|(n, _)| !vm.st.names.name(**n).contains(':'))
            .map(|(_, v)| *v)
            .collect()
    };
    // CPython 3.11 finalizes the instances bound to globals first and the containers
    // (lists, dicts, tuples) after them, each group in the globals' order.
    let is_instance =
        |v: &Value| matches!(vm.obj(*v), Some(Object::Instance(_) | Object::Generator(_)));
    let (first, later): (Vec<Value>, Vec<Value>) = globals.into_iter().partition(is_instance);
    let mut order: Vec<ObjRef> = Vec::new();
    let mut visited: HashSet<u32> = HashSet::new();
    for g in first.into_iter().chain(later) {
        let mut work = vec![g];
        while let Some(v) = work.pop() {
            let Value::Obj(r) = v else { continue };
            if !visited.insert(r.0) {
                continue;
            }
            match vm.st.heap.get(r) {
                Object::Generator(g) if needs_close(g) && !vm.st.fin.done.contains(&r.0) => {
                    order.push(r);
                }
                Object::Instance(i) => {
                    if has_del(&vm.st.heap, i.class) && !vm.st.fin.done.contains(&r.0) {
                        order.push(r);
                    }
                    work.extend(i.attrs.iter().rev().map(|(_, v)| *v));
                }
                Object::List(l) => work.extend_from_slice(l),
                Object::Tuple(t) => work.extend_from_slice(t),
                o @ (Object::Dict(_) | Object::Set(_)) => {
                    let mut items = Vec::new();
                    o.trace(&mut |v| items.push(v));
                    work.extend(items.into_iter().rev());
                }
                _ => {}
            }
        }
    }
    for r in &order {
        vm.st.fin.done.insert(r.0);
    }
    vm.st.fin.queue.extend(order);
    run_pending(vm)?;
    collect_now(vm)?;
    Ok(())
}
