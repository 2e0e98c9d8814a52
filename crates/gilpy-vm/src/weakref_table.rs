//! Weak references on top of the tracing collector.
//!
//! A weak reference is an instance of the native class `weakref.ReferenceType` whose
//! payload ([`WeakData`]) holds its referent's handle without tracing it. The table in
//! [`VmState::weak`](crate::state::VmState) lists, per referent slot, the weak
//! references to it. Between marking and sweeping (`gc.rs` calls [`clear_dead`]) every
//! weak reference whose referent was not marked is cleared, before the sweep frees
//! (and later reuses) the referent's slot, so a cleared reference never sees another
//! object.
//!
//! Timing: the first weak reference turns on the `__del__` drop hooks
//! (`gc_finalize.rs`), and a referent counts as "finalizable" there ([`watched`]), so
//! dropping the last strong reference to it asks for a collection at the next
//! instruction boundary, as CPython's reference counting frees it at once: `del obj;
//! r()` gives `None`. Objects in unreachable cycles stay alive until a real collection
//! (`gc.collect()` or allocation volume), as in CPython.
//!
//! Cost: nothing until a weak reference exists (an empty map checked once per
//! collection).

use std::any::Any;

use crate::heap::Heap;
use crate::names::FxHashMap;
use crate::object::{NativeData, Object, Payload};
use crate::state::VmState;
use crate::value::{ObjRef, Value};

/// Referent slot → the live weak references to it (newest last).
#[derive(Default)]
pub struct WeakTable {
    by_target: FxHashMap<u32, Vec<ObjRef>>,
    /// Cleared references with a callback, to call at the next safe point.
    pending: Vec<ObjRef>,
}

impl WeakTable {
    /// Records that `weak` refers to `target`.
    pub fn add(&mut self, target: ObjRef, weak: ObjRef) {
        self.by_target.entry(target.0).or_default().push(weak);
    }

    /// The weak references to `target` still registered.
    pub fn refs_to(&self, target: ObjRef) -> &[ObjRef] {
        self.by_target.get(&target.0).map_or(&[], |v| v.as_slice())
    }
}

/// The state of one weak reference.
pub struct WeakData {
    /// The referent, `None` once it was collected.
    pub target: Option<ObjRef>,
    /// The referent's hash, once asked for (kept after it dies, as CPython does).
    pub hash: Option<i64>,
    /// The callback given to `ref(obj, callback)` (a strong reference, as CPython).
    pub callback: Value,
}

impl NativeData for WeakData {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        // Not the target: that is what makes the reference weak.
        visit(self.callback);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// The weak-reference state of the object in `slot`, if it is one.
pub fn weak_data(obj: &Object) -> Option<&WeakData> {
    match obj {
        Object::Instance(i) => match &i.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<WeakData>(),
            _ => None,
        },
        _ => None,
    }
}

fn weak_data_mut(obj: &mut Object) -> Option<&mut WeakData> {
    match obj {
        Object::Instance(i) => match &mut i.payload {
            Payload::Native(n) => n.as_any_mut().downcast_mut::<WeakData>(),
            _ => None,
        },
        _ => None,
    }
}

/// Is `r` weakly referenced (so dropping it should collect soon)?
#[inline]
pub fn watched(st: &VmState, r: ObjRef) -> bool {
    !st.weak.by_target.is_empty() && st.weak.by_target.contains_key(&r.0)
}

/// Between mark and sweep: clears the weak references whose referent is unmarked and
/// forgets the weak references that are unmarked themselves. Cleared references that
/// have a callback are queued for [`run_callbacks`].
pub fn clear_dead(heap: &mut Heap, table: &mut WeakTable) {
    if table.by_target.is_empty() && table.pending.is_empty() {
        return;
    }
    let marked = |heap: &Heap, r: u32| heap.marks.get(r as usize).copied().unwrap_or(false);
    // A queued reference that died before its callback ran gets no call (as CPython).
    table.pending.retain(|w| marked(heap, w.0));
    let mut dead_targets: Vec<u32> = Vec::new();
    for (&target, refs) in table.by_target.iter_mut() {
        refs.retain(|w| marked(heap, w.0));
        if !marked(heap, target) {
            for w in refs.iter() {
                if let Some(d) = heap.slots.get_mut(w.index()).and_then(weak_data_mut) {
                    d.target = None;
                }
            }
            dead_targets.push(target);
        } else if refs.is_empty() {
            dead_targets.push(target);
        }
    }
    for t in dead_targets {
        if let Some(refs) = table.by_target.remove(&t) {
            table.pending.extend(refs.into_iter().filter(|w| {
                heap.slots
                    .get(w.index())
                    .and_then(weak_data)
                    .is_some_and(|d| !matches!(d.callback, Value::None) && d.target.is_none())
            }));
        }
    }
}

/// Calls the callbacks of the references the last collection cleared, each with its
/// reference, at a safe point (`gc.rs`). Exceptions are reported as CPython does
/// (`Exception ignored in: <function ...>`) and swallowed.
pub(crate) fn run_callbacks(vm: &mut crate::Vm<'_>) -> crate::PyResult<()> {
    if vm.st.weak.pending.is_empty() {
        return Ok(());
    }
    let refs = std::mem::take(&mut vm.st.weak.pending);
    let mark = vm.th.roots.len();
    for w in &refs {
        vm.push_root(Value::Obj(*w));
    }
    let mut result = Ok(());
    for w in refs {
        let cb = vm
            .st
            .heap
            .slots
            .get(w.index())
            .and_then(weak_data)
            .map(|d| d.callback);
        let Some(cb) = cb.filter(|c| !matches!(c, Value::None)) else {
            continue;
        };
        match vm.call(cb, &[Value::Obj(w)]) {
            Ok(_) => {}
            Err(crate::Throw::Exc(e)) => {
                vm.push_root(Value::Obj(e));
                let who = crate::ops::convert::repr_of(vm, cb).unwrap_or_default();
                let tb = crate::traceback::format_exception(vm, e);
                vm.write_stderr(&format!("Exception ignored in: {who}\n{tb}"));
            }
            Err(h) => {
                result = Err(h);
                break;
            }
        }
    }
    vm.pop_roots(mark);
    result
}
