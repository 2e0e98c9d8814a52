//! Lookups the eval loop answers without leaving it: `key in d`, `d[key]` and
//! `d[key] = v` on an exact dict keyed by a str or an int (and `in` on sets, lists,
//! tuples and strs).
//!
//! Each function returns `None` ("undecided") whenever Python code might have to run:
//! an instance key or element whose `__eq__` decides, an instance container (dict
//! subclasses with `__contains__`/`__getitem__`/`__missing__` are instances), a missing
//! key (the general path raises the `KeyError`), any other key type. The caller then
//! takes the general path, which redoes the operation from the start; nothing here has
//! a side effect before it is sure to succeed, so the result is the same either way.

use crate::heap::Heap;
use crate::names::NameId;
use crate::object::Object;
use crate::objects::dict::Dict;
use crate::ops::compare::eq_fast;
use crate::ops::num::hash_i64;
use crate::value::{ObjRef, Value};
use crate::Vm;
use gilpy_syntax::ast::CmpOp;

/// Finds `key` in `t`: `Some((hash, slot))` when no Python `__eq__` is needed to know.
#[inline(always)]
fn probe(heap: &Heap, t: &Dict, key: Value) -> Option<(i64, Option<usize>)> {
    let mut undecided = false;
    let (h, found) = match key {
        Value::Int(i) => {
            let h = hash_i64(i);
            let found = t.find(h, |k| match k {
                Value::Int(j) => j == i,
                _ => eq_fast(heap, k, key, 0).unwrap_or_else(|| {
                    undecided = true;
                    false
                }),
            });
            (h, found)
        }
        Value::Obj(r) => {
            let Object::Str(s) = heap.get(r) else {
                return None;
            };
            let (h, kb) = (s.hash(), s.as_str().as_bytes());
            // Only another str (or an instance, whose `__eq__` may say yes) can equal a
            // str: compare identity, then the bytes.
            let found = t.find(h, |k| match k {
                Value::Obj(o) if o == r => true,
                Value::Obj(o) => match heap.get(o) {
                    Object::Str(s) => s.as_str().as_bytes() == kb,
                    Object::Instance(_) => {
                        undecided = true;
                        false
                    }
                    _ => false,
                },
                _ => false,
            });
            (h, found)
        }
        _ => return None,
    };
    if undecided {
        return None;
    }
    Some((h, found))
}

/// `a in b` / `a not in b` for the container types above; `None` for any other
/// comparison or when undecided.
#[inline]
pub fn compare_in(heap: &Heap, op: CmpOp, a: Value, b: Value) -> Option<bool> {
    let want = match op {
        CmpOp::In => true,
        CmpOp::NotIn => false,
        _ => return None,
    };
    let Value::Obj(c) = b else {
        return None;
    };
    let found = match heap.get(c) {
        // A set's lookup key differs from the item only for a (mutable) set item.
        Object::Dict(t) | Object::Set(t) => probe(heap, t, a)?.1.is_some(),
        Object::List(items) => seq_contains(heap, items, a)?,
        Object::Tuple(items) => seq_contains(heap, items, a)?,
        Object::Str(s) => match heap.get(a.as_obj()?) {
            Object::Str(needle) => s.as_str().contains(needle.as_str()),
            _ => return None,
        },
        _ => return None,
    };
    Some(found == want)
}

/// `item in items` by identity, then value, for elements that need no `__eq__`.
#[inline]
fn seq_contains(heap: &Heap, items: &[Value], item: Value) -> Option<bool> {
    for x in items {
        if x.is(item) || eq_fast(heap, *x, item, 0)? {
            return Some(true);
        }
    }
    Some(false)
}

/// `d[key]` for a key present in an exact dict, and `t[i]` for a tuple in range.
#[inline]
pub fn get_item(heap: &Heap, cont: Value, key: Value) -> Option<Value> {
    let Value::Obj(c) = cont else {
        return None;
    };
    match heap.get(c) {
        Object::Dict(t) => {
            let slot = probe(heap, t, key)?.1?;
            t.entry(slot).map(|e| e.value)
        }
        Object::Tuple(items) => match key {
            Value::Int(i) => crate::ops::subscr::norm_index(i, items.len()).map(|i| items[i]),
            _ => None,
        },
        _ => None,
    }
}

/// `d[key] = v` on an exact dict; `false` when undecided (nothing was stored).
#[inline]
pub fn set_item(heap: &mut Heap, cont: Value, key: Value, v: Value) -> bool {
    let Value::Obj(c) = cont else {
        return false;
    };
    let Object::Dict(t) = heap.get(c) else {
        return false;
    };
    let Some((h, slot)) = probe(heap, t, key) else {
        return false;
    };
    if let Object::Dict(t) = heap.get_mut(c) {
        match slot {
            Some(s) => t.set_value(s, v),
            None => t.insert_new(h, key, v),
        }
    }
    true
}

/// `LOAD_METHOD` on a str, list, dict, set or tuple (`parts.append`, `d.get`): the
/// builtin type's native method, to be called with the value as its first argument
/// (what `attr::load_method` finds for them, without its general dispatch). Builtin
/// types take no new attributes, so the type cache's answer is final.
#[inline(always)]
pub(crate) fn builtin_method(vm: &mut Vm<'_>, r: ObjRef, name: NameId) -> Option<Value> {
    let t = &vm.st.types;
    let cls = match vm.st.heap.get(r) {
        Object::Str(_) => t.str,
        Object::List(_) => t.list,
        Object::Dict(_) => t.dict,
        Object::Tuple(_) => t.tuple,
        Object::Set(d) if !d.frozen => t.set,
        _ => return None,
    };
    match vm.class_lookup_cached(cls, name) {
        Some(f @ Value::Obj(fr)) if matches!(vm.st.heap.get(fr), Object::Native(_)) => Some(f),
        _ => None,
    }
}

/// Source modules' global slots by `(prefix, name)`: a direct-mapped cache in front of
/// `import::prefixed_key` and the global table's map (two hash lookups). A global's slot
/// never moves or goes away (a deleted one holds `Undef`), so entries never go stale.
pub struct ModuleSlots {
    entries: Box<[(u32, u32, u32)]>,
}

const MODULE_SLOTS: usize = 256;

impl Default for ModuleSlots {
    fn default() -> Self {
        ModuleSlots {
            entries: vec![(u32::MAX, u32::MAX, 0); MODULE_SLOTS].into_boxed_slice(),
        }
    }
}

/// The global slot behind attribute `name` of the source module with key prefix `p`.
#[inline]
fn module_slot(vm: &mut Vm<'_>, p: NameId, name: NameId) -> Option<usize> {
    let i = (p.0.wrapping_mul(0x9e37_79b9) ^ name.0) as usize % MODULE_SLOTS;
    let e = vm.st.module_slots.entries[i];
    if e.0 == p.0 && e.1 == name.0 {
        return Some(e.2 as usize);
    }
    let key = crate::modules::import::prefixed_key(vm, p, name);
    let slot = *vm.st.globals.map.get(&key)?;
    vm.st.module_slots.entries[i] = (p.0, name.0, slot);
    Some(slot as usize)
}

/// `LOAD_METHOD` on a module (`heapq.heappush`, `math.sqrt`, `helpers.f`): the function
/// (native or Python) it holds, called without a `self`, as `attr::load_method` finds
/// it through the general attribute lookup. A source module's globals are read live
/// from their slots; an unbound one, `__main__` and anything not a function take the
/// general path.
#[inline(always)]
pub(crate) fn module_function(vm: &mut Vm<'_>, r: ObjRef, name: NameId) -> Option<Value> {
    let Object::Module(m) = vm.st.heap.get(r) else {
        return None;
    };
    if m.is_main {
        return None;
    }
    let f = match m.prefix {
        None => *m.attrs.get(&name)?,
        Some(p) => {
            let slot = module_slot(vm, p, name)?;
            vm.st.globals.slots[slot]
        }
    };
    match f {
        Value::Obj(fr) if matches!(vm.st.heap.get(fr), Object::Native(_) | Object::Function(_)) => {
            Some(f)
        }
        _ => None,
    }
}

/// The value of `key` in the dict (or set) `d`: `Some(None)` when absent, `None` when
/// undecided (see [`probe`]). For the natives' lookups (`dict.get`, `in` on a view).
#[inline]
pub fn dict_lookup(heap: &Heap, d: ObjRef, key: Value) -> Option<Option<Value>> {
    let (Object::Dict(t) | Object::Set(t)) = heap.get(d) else {
        return None;
    };
    let slot = probe(heap, t, key)?.1;
    Some(slot.and_then(|s| t.entry(s)).map(|e| e.value))
}
