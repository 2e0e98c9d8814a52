//! Dict and set operations with Python key semantics: `1 == 1.0 == True` are one key,
//! and instance keys call `__hash__`/`__eq__` (with the table unborrowed while they run).

use crate::object::Object;
use crate::objects::dict::Dict;
use crate::ops::compare::{eq, eq_fast, hash};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

fn table<'v>(vm: &'v Vm<'_>, d: ObjRef) -> Option<&'v Dict> {
    match vm.st.heap.get(d) {
        Object::Dict(t) | Object::Set(t) => Some(t),
        _ => None,
    }
}

/// Mutable access to the table of a dict or set.
pub fn table_mut<'v>(vm: &'v mut Vm<'_>, d: ObjRef) -> Option<&'v mut Dict> {
    match vm.st.heap.get_mut(d) {
        Object::Dict(t) | Object::Set(t) => Some(t),
        _ => None,
    }
}

/// The bytes of `v` if it is a plain `str`.
#[inline(always)]
fn str_bytes(heap: &crate::heap::Heap, v: Value) -> Option<&[u8]> {
    match v {
        Value::Obj(r) => match heap.get(r) {
            Object::Str(s) => Some(s.as_str().as_bytes()),
            _ => None,
        },
        _ => None,
    }
}

/// Finds the slot holding `key` (whose hash is `h`).
pub fn find_slot(vm: &mut Vm<'_>, d: ObjRef, key: Value, h: i64) -> PyResult<Option<usize>> {
    let mut slow = false;
    let found = {
        let heap = &vm.st.heap;
        let Some(t) = (match heap.get(d) {
            Object::Dict(t) | Object::Set(t) => Some(t),
            _ => None,
        }) else {
            return Ok(None);
        };
        if let Some(kb) = str_bytes(heap, key) {
            // A str key, the common case: only another str (or an instance, whose
            // `__eq__` may say yes) can equal it; compare the bytes directly.
            t.find(h, |k| match k {
                Value::Obj(_) if k.is(key) => true,
                Value::Obj(r) => match heap.get(r) {
                    Object::Str(s) => s.as_str().as_bytes() == kb,
                    Object::Instance(_) => {
                        slow = true;
                        false
                    }
                    _ => false,
                },
                _ => false,
            })
        } else {
            t.find(h, |k| match eq_fast(heap, k, key, 0) {
                Some(b) => b,
                None => {
                    slow = true;
                    false
                }
            })
        }
    };
    if found.is_some() || !slow {
        return Ok(found);
    }
    // Some candidate needs a Python `__eq__`: compare with the table unborrowed.
    let cands: Vec<(usize, Value)> = match table(vm, d) {
        Some(t) => t
            .candidates(h)
            .filter_map(|s| t.entry(s).map(|e| (s, e.key)))
            .collect(),
        None => return Ok(None),
    };
    for (slot, k) in cands {
        if eq(vm, k, key)? {
            // The table may have changed during `__eq__`; only trust a slot still
            // holding the same key.
            if table(vm, d)
                .and_then(|t| t.entry(slot))
                .is_some_and(|e| e.key.is(k))
            {
                return Ok(Some(slot));
            }
        }
    }
    Ok(None)
}

/// `d[key]` if present.
pub fn dict_get(vm: &mut Vm<'_>, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
    if let Some(found) = crate::ops::fastpath::dict_lookup(&vm.st.heap, d, key) {
        return Ok(found);
    }
    let h = hash(vm, key)?;
    let slot = find_slot(vm, d, key, h)?;
    Ok(slot.and_then(|s| table(vm, d).and_then(|t| t.entry(s)).map(|e| e.value)))
}

/// `d[key] = value`
pub fn dict_set(vm: &mut Vm<'_>, d: ObjRef, key: Value, value: Value) -> PyResult<()> {
    dict_store(vm, d, key, value)?;
    crate::builtins::evalexec::write_through(vm, d, key, Some(value));
    Ok(())
}

/// `d[key] = value` in the table alone (no `globals()` write-through).
pub fn dict_store(vm: &mut Vm<'_>, d: ObjRef, key: Value, value: Value) -> PyResult<()> {
    let h = hash(vm, key)?;
    let slot = find_slot(vm, d, key, h)?;
    if let Some(t) = table_mut(vm, d) {
        match slot {
            Some(s) => t.set_value(s, value),
            None => t.insert_new(h, key, value),
        }
    }
    Ok(())
}

/// Removes `key` from the table alone (no `globals()` write-through).
pub fn dict_discard(vm: &mut Vm<'_>, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
    let h = hash(vm, key)?;
    let slot = find_slot(vm, d, key, h)?;
    Ok(slot.and_then(|s| {
        table_mut(vm, d)
            .and_then(|t| t.remove_slot(s))
            .map(|e| e.value)
    }))
}

/// Removes `key`, returning its value if it was present.
pub fn dict_remove(vm: &mut Vm<'_>, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
    let removed = dict_discard(vm, d, key)?;
    if removed.is_some() {
        crate::builtins::evalexec::write_through(vm, d, key, None);
    }
    Ok(removed)
}

/// Is `key` in the dict or set?
pub fn dict_contains(vm: &mut Vm<'_>, d: ObjRef, key: Value) -> PyResult<bool> {
    if let Some(found) = crate::ops::fastpath::dict_lookup(&vm.st.heap, d, key) {
        return Ok(found.is_some());
    }
    let h = hash(vm, key)?;
    Ok(find_slot(vm, d, key, h)?.is_some())
}

/// Live `(key, value)` pairs in order (a snapshot).
pub fn dict_items(vm: &Vm<'_>, d: ObjRef) -> Vec<(Value, Value)> {
    table(vm, d)
        .map(|t| t.iter().map(|e| (e.key, e.value)).collect())
        .unwrap_or_default()
}

/// `a == b` for two dicts or two sets.
pub fn mapping_eq(vm: &mut Vm<'_>, a: Value, b: Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (a.as_obj(), b.as_obj()) else {
        return Ok(false);
    };
    let (Some(tx), Some(ty)) = (table(vm, x), table(vm, y)) else {
        return Ok(false);
    };
    if tx.len() != ty.len() {
        return Ok(false);
    }
    let is_set = matches!(vm.st.heap.get(x), Object::Set(_));
    for (k, v) in dict_items(vm, x) {
        match dict_get(vm, y, k)? {
            None => return Ok(false),
            Some(w) => {
                if !is_set && eq_fast(&vm.st.heap, v, w, 0) != Some(true) && !eq(vm, v, w)? {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}

/// Adds a value to a set.
pub fn set_add(vm: &mut Vm<'_>, s: ObjRef, key: Value) -> PyResult<()> {
    let h = hash(vm, key)?;
    if find_slot(vm, s, key, h)?.is_none() {
        if let Some(t) = table_mut(vm, s) {
            t.insert_set_member(h, key);
        }
    }
    Ok(())
}
