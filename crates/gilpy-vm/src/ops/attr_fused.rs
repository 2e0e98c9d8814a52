//! The `self.x` superinstructions (issue 11): a `LoadFast` of an instance directly
//! followed by `LoadAttr`, `StoreAttr` or `LoadMethod` on it is run as one step by the
//! eval loop, without pushing the instance and popping it again.
//!
//! The bytecode is unchanged (fusion is decided at run time), and the eval loop only
//! fuses when its countdown cannot expire between the two instructions and no race
//! detector watches, so switch points and seeded runs are exactly those of the unfused
//! pair. Each helper does only the eval loop's own fast path for the second
//! instruction and returns `false`, having changed nothing, when that fast path does
//! not apply; the loop then runs the pair unfused.

use gilpy_compiler::bytecode::Op;

use crate::object::{Object, Payload};
use crate::objects::code::CodeData;
use crate::ops::{attr, attr_cache};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// Runs `next` (the instruction at `at`, after a `LoadFast` of instance `r`) through its
/// fast path; `true` when done (the loop then skips it), `false` with nothing changed.
#[inline(always)]
pub(crate) fn after_load_fast(
    vm: &mut Vm<'_>,
    code: &CodeData,
    next: Op,
    at: usize,
    r: ObjRef,
) -> bool {
    // Decide on the instruction first: most `LoadFast`s of objects are not followed by
    // an attribute instruction, and those must not pay for reading the object.
    match next {
        Op::LoadAttr(j) => {
            let Object::Instance(inst) = vm.st.heap.get(r) else {
                return false;
            };
            // As `Op::LoadAttr`'s own fast path: the instance's own attribute.
            if vm.st.attr_slow || matches!(inst.payload, Payload::Native(_)) {
                return false;
            }
            let name = code.names[j as usize];
            match attr_cache::get_hinted(inst, name, &code.attr_hints[at]) {
                Some(v) => {
                    vm.th.stack.push(v);
                    true
                }
                None => false,
            }
        }
        Op::StoreAttr(j) => {
            // As `Op::StoreAttr`'s own fast path: a plain store, no hooks on the class.
            // Once some class has `__del__` the unfused path runs, for its drop hook
            // (`gc_finalize::attr_dropping`: `self.r = None` finalizes the old value).
            let Object::Instance(inst) = vm.st.heap.get(r) else {
                return false;
            };
            let cls = inst.class;
            let name = code.names[j as usize];
            if vm.st.fin.seen
                || !matches!(inst.payload, Payload::None)
                || cls == vm.st.types.object
                || name == crate::names::sym::__class__
                || name == crate::names::sym::__dict__
                || (vm.st.flags_seen & attr::STORE_HOOKS != 0
                    && attr::class_flags(vm, cls) & attr::STORE_HOOKS != 0)
            {
                return false;
            }
            let Some(v) = vm.th.stack.pop() else {
                return false;
            };
            if let Object::Instance(inst) = vm.st.heap.get_mut(r) {
                attr_cache::set_hinted(inst, name, v, &code.attr_hints[at]);
            }
            true
        }
        Op::LoadMethod(j) => match plain_method(vm, r, code.names[j as usize]) {
            Some(f) => {
                vm.th.stack.push(f);
                vm.th.stack.push(Value::Obj(r));
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// As `attr::load_method` for a plain instance whose class has a function by that name
/// and which does not shadow it itself: the function (to call with the instance as its
/// first argument). `None` when that does not apply (the general path decides).
#[inline(always)]
pub(crate) fn plain_method(
    vm: &mut Vm<'_>,
    r: ObjRef,
    name: crate::names::NameId,
) -> Option<Value> {
    let Object::Instance(inst) = vm.st.heap.get(r) else {
        return None;
    };
    if vm.st.attr_slow || !matches!(inst.payload, Payload::None) {
        return None;
    }
    if attr_cache::own_attr(inst, name).is_some() {
        return None;
    }
    let cls = inst.class;
    match vm.class_lookup_cached(cls, name) {
        Some(f @ Value::Obj(fr))
            if matches!(vm.st.heap.get(fr), Object::Function(_) | Object::Native(_)) =>
        {
            Some(f)
        }
        _ => None,
    }
}
