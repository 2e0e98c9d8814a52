//! The iteration protocol: `iter()`, `next()`, and collecting an iterable.

use crate::names::sym;
use crate::object::{IterObj, Object, ViewKind};
use crate::value::Value;
use crate::{PyResult, Throw, Vm};

/// `iter(v)`
pub fn get_iter(vm: &mut Vm<'_>, v: Value) -> PyResult<Value> {
    let Value::Obj(r) = v else {
        return not_iterable(vm, v);
    };
    if let Object::Set(_) = vm.st.heap.get(r) {
        crate::methods::set::normalize(vm, r);
    }
    let it = match vm.st.heap.get(r) {
        Object::List(_) => IterObj::List { list: r, idx: 0 },
        Object::Tuple(_) => IterObj::Tuple { tuple: r, idx: 0 },
        Object::Str(_) => IterObj::Str { s: r, byte: 0 },
        Object::Range(rg) => IterObj::Range {
            next: rg.start,
            stop: rg.stop,
            step: rg.step,
        },
        Object::Dict(d) => IterObj::Dict {
            dict: r,
            idx: 0,
            kind: ViewKind::Keys,
            len_at_start: d.len(),
            remaining: d.len(),
        },
        Object::Set(d) => IterObj::Set {
            set: r,
            idx: 0,
            len_at_start: d.len(),
        },
        Object::DictView { dict, kind } => {
            let len = match vm.st.heap.get(*dict) {
                Object::Dict(d) => d.len(),
                _ => 0,
            };
            IterObj::Dict {
                dict: *dict,
                idx: 0,
                kind: *kind,
                len_at_start: len,
                remaining: len,
            }
        }
        Object::Iter(_) | Object::Generator(_) => return Ok(v),
        // A class whose metaclass defines `__iter__` (`for c in Color`).
        Object::Instance(_) | Object::Class(_) => {
            if let Some(f) = vm.user_dunder(v, sym::__iter__) {
                // `__iter__ = None` declares the object not iterable.
                if f.is(Value::None) {
                    return not_iterable(vm, v);
                }
                let it = vm.call(f, &[v])?;
                let ok = match vm.obj(it) {
                    Some(Object::Iter(_)) | Some(Object::Generator(_)) => true,
                    Some(Object::Instance(_)) => vm.user_dunder(it, sym::__next__).is_some(),
                    _ => false,
                };
                if !ok {
                    let t = vm.type_name(it);
                    return Err(
                        vm.type_error(format!("iter() returned non-iterator of type '{t}'"))
                    );
                }
                return Ok(it);
            }
            if vm.user_dunder(v, sym::__getitem__).is_some() {
                IterObj::Seq { obj: v, idx: 0 }
            } else {
                return not_iterable(vm, v);
            }
        }
        _ => return not_iterable(vm, v),
    };
    Ok(vm.alloc(Object::Iter(it)))
}

fn not_iterable(vm: &mut Vm<'_>, v: Value) -> PyResult<Value> {
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object is not iterable")))
}

/// Is this exception an instance of `StopIteration`?
fn is_stop_iteration(vm: &Vm<'_>, e: &Throw) -> bool {
    match e {
        Throw::Exc(r) => vm.isinstance(Value::Obj(*r), vm.st.types.stop_iteration),
        Throw::Halt(_) => false,
    }
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn next(vm: &mut Vm<'_>, it: Value) -> PyResult<Option<Value>> {
    Ok(match step::<false>(vm, it)? {
        Step::Item(v) => Some(v),
        Step::Done | Step::Gen(_) => None,
    })
}

/// One step of `FOR_ITER`.
pub(crate) enum Step {
    Item(Value),
    Done,
    /// A generator: the eval loop resumes it as a frame (no Rust recursion).
    Gen(crate::value::ObjRef),
}

/// `FOR_ITER`'s step: like [`next`], but hands generators back to the eval loop.
#[inline(always)]
pub(crate) fn for_iter(vm: &mut Vm<'_>, it: Value) -> PyResult<Step> {
    step::<true>(vm, it)
}

#[inline(always)]
fn step<const GEN_FRAME: bool>(vm: &mut Vm<'_>, it: Value) -> PyResult<Step> {
    let Value::Obj(r) = it else {
        let t = vm.type_name(it);
        return Err(vm.type_error(format!("'{t}' object is not an iterator")));
    };
    // Fast paths that need nothing but the heap.
    let st = &mut *vm.st;
    let heap = &mut st.heap;
    let step = match heap.get(r) {
        Object::Iter(b) => match *b {
            IterObj::List { list, idx } => {
                let item = match heap.get(list) {
                    Object::List(l) => l.get(idx).copied(),
                    _ => None,
                };
                // In place: assigning a whole `IterObj` would run its drop glue on
                // every step.
                if let Object::Iter(b) = heap.get_mut(r) {
                    match (item, &mut *b) {
                        (Some(_), IterObj::List { idx, .. }) => *idx += 1,
                        // A list iterator owns no buffer: nothing to drop.
                        (None, IterObj::List { .. }) => {
                            std::mem::forget(std::mem::replace(b, IterObj::Done))
                        }
                        _ => {}
                    }
                }
                return Ok(item.map_or(Step::Done, Step::Item));
            }
            IterObj::Tuple { tuple, idx } => {
                let item = match heap.get(tuple) {
                    Object::Tuple(t) => t.get(idx).copied(),
                    _ => None,
                };
                if let Object::Iter(IterObj::Tuple { idx, .. }) = heap.get_mut(r) {
                    *idx += 1;
                }
                return Ok(item.map_or(Step::Done, Step::Item));
            }
            // An ASCII character: the cached one-character string, no allocation.
            IterObj::Str { s, byte } => {
                let b = match heap.get(s) {
                    Object::Str(t) => t.as_str().as_bytes().get(byte).copied(),
                    _ => None,
                };
                if let Some(&v) = b
                    .filter(u8::is_ascii)
                    .and_then(|b| st.ascii_chars.get(b as usize))
                {
                    if let Object::Iter(IterObj::Str { byte, .. }) = heap.get_mut(r) {
                        *byte += 1;
                    }
                    return Ok(Step::Item(v));
                }
                true
            }
            IterObj::Range { next, stop, step } => {
                let more = if step > 0 { next < stop } else { next > stop };
                if !more {
                    return Ok(Step::Done);
                }
                if let Object::Iter(b) = heap.get_mut(r) {
                    if let IterObj::Range { next: n, .. } = &mut *b {
                        *n = next.saturating_add(step);
                        if *n == next {
                            *b = IterObj::Done;
                        }
                    }
                }
                return Ok(Step::Item(Value::Int(next)));
            }
            IterObj::Done => return Ok(Step::Done),
            _ => true,
        },
        Object::Instance(_) => false,
        Object::Generator(_) => {
            if GEN_FRAME {
                return Ok(Step::Gen(r));
            }
            let v = crate::objects::generator::next(vm, r)?;
            return Ok(v.map_or(Step::Done, Step::Item));
        }
        _ => {
            let t = vm.type_name(it);
            return Err(vm.type_error(format!("'{t}' object is not an iterator")));
        }
    };
    if !step {
        let Some(f) = vm.user_dunder(it, sym::__next__) else {
            let t = vm.type_name(it);
            return Err(vm.type_error(format!("'{t}' object is not an iterator")));
        };
        return match vm.call(f, &[it]) {
            Ok(v) => Ok(Step::Item(v)),
            Err(e) if is_stop_iteration(vm, &e) => Ok(Step::Done),
            Err(e) => Err(e),
        };
    }
    Ok(next_slow(vm, r)?.map_or(Step::Done, Step::Item))
}

fn next_slow(vm: &mut Vm<'_>, r: crate::value::ObjRef) -> PyResult<Option<Value>> {
    // Take the iterator state out so it can call into the VM while advancing.
    let mut state = match vm.st.heap.get_mut(r) {
        Object::Iter(b) => std::mem::replace(&mut *b, IterObj::Done),
        _ => return Ok(None),
    };
    let result = advance(vm, &mut state);
    let done = matches!(result, Ok(None));
    if let Object::Iter(b) = vm.st.heap.get_mut(r) {
        *b = if done { IterObj::Done } else { state };
    }
    result
}

fn advance(vm: &mut Vm<'_>, state: &mut IterObj) -> PyResult<Option<Value>> {
    match state {
        IterObj::Str { s, byte } => {
            let c = match vm.st.heap.get(*s) {
                Object::Str(t) => t.as_str()[*byte..].chars().next(),
                _ => None,
            };
            match c {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(vm.new_str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            }
        }
        IterObj::Dict {
            dict,
            idx,
            kind,
            len_at_start,
            remaining,
        } => {
            let (len, cap) = match vm.st.heap.get(*dict) {
                Object::Dict(d) => (d.len(), d.capacity_used()),
                _ => return Ok(None),
            };
            if len != *len_at_start {
                // Stays poisoned: every later `next` raises again, as in CPython.
                *len_at_start = usize::MAX;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            while *idx < cap {
                let e = match vm.st.heap.get(*dict) {
                    Object::Dict(d) => d.entry(*idx).copied(),
                    _ => None,
                };
                *idx += 1;
                if let Some(e) = e {
                    if *remaining == 0 {
                        // More entries than the dict had: keys were replaced. The
                        // iterator is exhausted afterwards (`Done` on error is not set,
                        // so jump past the end).
                        *idx = usize::MAX;
                        return Err(vm.runtime_error("dictionary keys changed during iteration"));
                    }
                    *remaining -= 1;
                    return Ok(Some(match kind {
                        ViewKind::Keys => e.key,
                        ViewKind::Values => e.value,
                        ViewKind::Items => vm.new_tuple(vec![e.key, e.value]),
                    }));
                }
            }
            Ok(None)
        }
        IterObj::Set {
            set,
            idx,
            len_at_start,
        } => {
            let (len, cap) = match vm.st.heap.get(*set) {
                Object::Set(d) => (d.len(), d.capacity_used()),
                _ => return Ok(None),
            };
            if len != *len_at_start {
                *len_at_start = usize::MAX;
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            while *idx < cap {
                let e = match vm.st.heap.get(*set) {
                    Object::Set(d) => d.entry(*idx).copied(),
                    _ => None,
                };
                *idx += 1;
                if let Some(e) = e {
                    return Ok(Some(e.key));
                }
            }
            Ok(None)
        }
        IterObj::ListRev { list, remaining } => {
            if *remaining == 0 {
                return Ok(None);
            }
            *remaining -= 1;
            Ok(match vm.st.heap.get(*list) {
                Object::List(l) => l.get(*remaining).copied(),
                _ => None,
            })
        }
        IterObj::Seq { obj, idx } => {
            let i = *idx;
            *idx += 1;
            match crate::ops::subscr::get_item(vm, *obj, Value::Int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(Throw::Exc(e)) if vm.isinstance(Value::Obj(e), vm.st.types.index_error) => {
                    Ok(None)
                }
                Err(e) if is_stop_iteration(vm, &e) => Ok(None),
                Err(e) => Err(e),
            }
        }
        IterObj::Enumerate { it, count } => match next(vm, *it)? {
            Some(v) => {
                let i = *count;
                *count += 1;
                Ok(Some(vm.new_tuple(vec![Value::Int(i), v])))
            }
            None => Ok(None),
        },
        IterObj::Zip { its } => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for it in its.iter() {
                match next(vm, *it)? {
                    Some(v) => out.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        IterObj::Native(n) => n.next(vm),
        IterObj::List { .. } | IterObj::Tuple { .. } | IterObj::Range { .. } | IterObj::Done => {
            Ok(None)
        }
    }
}

/// Every item of an iterable, in a `Vec` (fast paths for lists and tuples).
pub fn collect(vm: &mut Vm<'_>, v: Value) -> PyResult<Vec<Value>> {
    match vm.obj(v) {
        Some(Object::List(l)) => return Ok(l.clone()),
        Some(Object::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = get_iter(vm, v)?;
    if let (Some(Object::Generator(_)), Value::Obj(g)) = (vm.obj(it), it) {
        // The generator runs to its end in one frame (no suspend/resume per item).
        let mark = vm.push_root(it);
        let r = crate::objects::generator::collect(vm, g);
        vm.pop_roots(mark);
        return r;
    }
    let mark = vm.push_root(it);
    let mut out = Vec::new();
    let r = loop {
        match next(vm, it) {
            Ok(Some(x)) => {
                // Items produced by a Python `__next__` must stay alive while we loop.
                vm.th.roots.push(x);
                out.push(x)
            }
            Ok(None) => break Ok(out),
            Err(e) => break Err(e),
        }
    };
    vm.pop_roots(mark);
    r
}
