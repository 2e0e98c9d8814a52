//! A mark-and-sweep collector. Runs at an instruction boundary while the GIL is held
//! (so stop-the-world is free), when allocation volume since the last collection passes
//! `max(threshold, live)` objects or bytes (`heap.rs` has the thresholds and why).
//! Marking uses an explicit work list, never recursion.
//!
//! Roots: every thread's value stack, handled exceptions and native roots (the running
//! thread's context is passed explicitly; parked ones live in `VmState`), globals,
//! builtins, modules, builtin types, every code object's constants, embedder handles.
//!
//! Native code may hold `Value`s in Rust locals: a collection only starts when no thread
//! is inside a native → Python callback (`ThreadCtx::reentry == 0`), so natives never
//! see a collection while they run, except around an explicit GIL release, where they
//! must root what they keep (`Vm::push_root`).

use crate::frame::ThreadCtx;
use crate::object::Object;
use crate::state::VmState;
use crate::value::Value;
use crate::Vm;

/// Collects if no thread is nested inside native code (else the next safe point will),
/// then runs the finalizers the collection queued (`gc_finalize.rs`).
pub(crate) fn maybe_collect(vm: &mut Vm<'_>) -> crate::PyResult<()> {
    if vm.th.reentry > 0 || vm.st.parked.iter().any(|t| t.reentry > 0) {
        vm.st.fin.forced = false;
        return Ok(());
    }
    collect(&mut vm.st, &vm.th);
    crate::gc_finalize::run_pending(vm)?;
    crate::weakref_table::run_callbacks(vm)
}

/// Runs a full collection. `running` is the context of the thread holding the GIL.
pub fn collect(st: &mut VmState, running: &ThreadCtx) {
    let mut work: Vec<u32> = Vec::with_capacity(1024);
    let VmState {
        heap,
        globals,
        builtins,
        modules,
        codes,
        types,
        parked,
        handles,
        repr_stack,
        object_init,
        empty_tuple,
        not_implemented,
        ascii_chars,
        name_strs,
        fin,
        weak,
        ..
    } = st;
    let marks = &mut heap.marks;
    let slots = &heap.slots;
    let mut mark = |v: Value, work: &mut Vec<u32>| {
        if let Value::Obj(r) = v {
            if let Some(m) = marks.get_mut(r.index()) {
                if !*m {
                    *m = true;
                    // Strings and big ints reference nothing: marked, never traced.
                    if !matches!(
                        slots.get(r.index()),
                        Some(Object::Str(_) | Object::BigInt(_))
                    ) {
                        work.push(r.0);
                    }
                }
            }
        }
    };
    {
        let mut visit = |v: Value| mark(v, &mut work);
        running.trace(&mut visit);
        parked.iter().for_each(|t| t.trace(&mut visit));
        globals.slots.iter().for_each(|v| visit(*v));
        builtins.slots.iter().for_each(|v| visit(*v));
        modules.values().for_each(|m| visit(Value::Obj(*m)));
        codes.iter().for_each(|c| c.trace(&mut visit));
        types.all().into_iter().for_each(|t| visit(Value::Obj(t)));
        handles.iter().for_each(|v| visit(*v));
        repr_stack.iter().for_each(|r| visit(Value::Obj(*r)));
        ascii_chars.iter().for_each(|v| visit(*v));
        name_strs.iter().for_each(|v| visit(*v));
        visit(*object_init);
        visit(*empty_tuple);
        visit(*not_implemented);
        fin.queue.iter().for_each(|r| visit(Value::Obj(*r)));
    }
    while let Some(i) = work.pop() {
        if let Some(obj) = slots.get(i as usize) {
            obj.trace(&mut |v| mark(v, &mut work));
        }
    }
    crate::gc_finalize::rescue(heap, fin);
    crate::weakref_table::clear_dead(heap, weak);
    // Sweep: free what was not reached, clear the marks for next time. The free list is
    // rebuilt highest slot first, so allocation pops slots in ascending order and slot
    // order follows allocation order (finalizers run in that order, as CPython's do).
    let mut live = 0;
    let mut live_bytes = 0;
    heap.free.clear();
    for (i, (slot, m)) in heap
        .slots
        .iter_mut()
        .zip(heap.marks.iter_mut())
        .enumerate()
        .rev()
    {
        if *m {
            *m = false;
            live += 1;
            live_bytes += slot.footprint();
        } else {
            *slot = Object::Free;
            heap.free.push(i as u32);
        }
    }
    heap.live = live;
    heap.byte_limit = crate::heap::MIN_BYTES.max(live_bytes);
    heap.allocated = 0;
    heap.bytes_since = 0;
    heap.collections += 1;
    crate::gc_finalize::after_sweep(heap, fin);
}
