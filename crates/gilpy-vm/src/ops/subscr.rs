//! Indexing, slicing, `len` and `in`.

use crate::names::sym;
use crate::object::{Object, ViewKind};
use crate::ops::dictops::{dict_contains, dict_get, dict_remove, dict_set};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Resolved slice bounds for a sequence of a given length (CPython's
/// `PySlice_AdjustIndices`).
#[derive(Debug, Clone, Copy)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    /// The selected indices.
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let s = *self;
        (0..s.len).map(move |k| (s.start + k as i64 * s.step) as usize)
    }
}

fn slice_part(vm: &mut Vm<'_>, v: Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(b as i64)),
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            Object::Instance(_) if vm.user_dunder(v, crate::names::sym::__index__).is_some() => {
                crate::methods::common::index(vm, v).map(Some)
            }
            _ => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
        _ => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// Resolves a slice object against a length.
pub fn slice_indices(vm: &mut Vm<'_>, slice: ObjRef, len: usize) -> PyResult<SliceIdx> {
    let parts = match vm.st.heap.get(slice) {
        Object::Slice(p) => **p,
        _ => return Err(vm.type_error("expected a slice")),
    };
    // Clamped so that negating it cannot overflow.
    let step = slice_part(vm, parts[2])?.unwrap_or(1).max(-i64::MAX);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < 0 {
                        i = if step < 0 { -1 } else { 0 };
                    }
                } else if i >= len {
                    i = if step < 0 { len - 1 } else { len };
                }
                i
            }
        }
    };
    let start = slice_part(vm, parts[0])?;
    let stop = slice_part(vm, parts[1])?;
    let (start, stop) = if step > 0 {
        (adjust(start, 0), adjust(stop, len))
    } else {
        (adjust(start, len - 1), adjust(stop, -1))
    };
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok(SliceIdx {
        start,
        stop,
        step,
        len: n as usize,
    })
}

/// Normalises a (possibly negative) index; `None` when out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (i >= 0 && (i as usize) < len).then_some(i as usize)
}

fn index_value(vm: &mut Vm<'_>, key: Value, container: Value) -> PyResult<Option<i64>> {
    match key {
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(b as i64)),
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::BigInt(_) => {
                Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
            }
            // `__index__` makes any object an index, as in CPython.
            Object::Instance(_) if vm.user_dunder(key, crate::names::sym::__index__).is_some() => {
                let _ = container;
                crate::methods::common::index(vm, key).map(Some)
            }
            // An instance of an `int` subclass (`IntEnum` members) is its int.
            Object::Instance(i) if matches!(i.payload, crate::object::Payload::Base(_)) => {
                match crate::builtins::subclass::unwrap_base(vm, key) {
                    b @ (Value::Int(_) | Value::Bool(_)) => index_value(vm, b, container),
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

fn indices_type_error(vm: &mut Vm<'_>, container: Value, key: Value) -> crate::Throw {
    let t = vm.type_name(container);
    let k = vm.type_name(key);
    if &*t == "str" {
        return vm.type_error(format!("string indices must be integers, not '{k}'"));
    }
    vm.type_error(format!("{t} indices must be integers or slices, not {k}"))
}

/// `container[key]`
pub fn get_item(vm: &mut Vm<'_>, container: Value, key: Value) -> PyResult<Value> {
    let Value::Obj(r) = container else {
        return not_subscriptable(vm, container);
    };
    let is_slice = matches!(vm.obj(key), Some(Object::Slice(_)));
    match vm.st.heap.get(r) {
        Object::List(l) => {
            if let Value::Int(i) = key {
                return match norm_index(i, l.len()) {
                    Some(i) => Ok(l[i]),
                    None => Err(vm.index_error("list index out of range")),
                };
            }
            let len = l.len();
            if is_slice {
                let s = slice_indices(vm, key.as_obj().unwrap_or(r), len)?;
                let items = match vm.st.heap.get(r) {
                    Object::List(l) => s.indices().filter_map(|i| l.get(i).copied()).collect(),
                    _ => Vec::new(),
                };
                return Ok(vm.new_list(items));
            }
            match index_value(vm, key, container)? {
                Some(i) => get_item(vm, container, Value::Int(i)),
                None => Err(indices_type_error(vm, container, key)),
            }
        }
        Object::Tuple(t) => {
            if let Value::Int(i) = key {
                return match norm_index(i, t.len()) {
                    Some(i) => Ok(t[i]),
                    None => Err(vm.index_error("tuple index out of range")),
                };
            }
            let len = t.len();
            if is_slice {
                let s = slice_indices(vm, key.as_obj().unwrap_or(r), len)?;
                let items = match vm.st.heap.get(r) {
                    Object::Tuple(t) => s.indices().filter_map(|i| t.get(i).copied()).collect(),
                    _ => Vec::new(),
                };
                return Ok(vm.new_tuple(items));
            }
            match index_value(vm, key, container)? {
                Some(i) => get_item(vm, container, Value::Int(i)),
                None => Err(indices_type_error(vm, container, key)),
            }
        }
        Object::Str(s) => {
            let len = s.char_len();
            if let Some(i) = index_value(vm, key, container)? {
                let Some(i) = norm_index(i, len) else {
                    return Err(vm.index_error("string index out of range"));
                };
                let c = match vm.st.heap.get(r) {
                    Object::Str(s) => s.char_at(i).unwrap_or(' '),
                    _ => ' ',
                };
                let mut buf = [0u8; 4];
                return Ok(vm.new_str(c.encode_utf8(&mut buf)));
            }
            if is_slice {
                let sl = slice_indices(vm, key.as_obj().unwrap_or(r), len)?;
                let text = match vm.st.heap.get(r) {
                    Object::Str(s) => {
                        if s.is_ascii() {
                            let b = s.as_str().as_bytes();
                            if sl.step == 1 {
                                s.as_str()[sl.start as usize..sl.start as usize + sl.len]
                                    .to_string()
                            } else {
                                sl.indices().map(|i| b[i] as char).collect()
                            }
                        } else {
                            let chars: Vec<char> = s.as_str().chars().collect();
                            sl.indices().map(|i| chars[i]).collect()
                        }
                    }
                    _ => String::new(),
                };
                return Ok(vm.new_string(text));
            }
            Err(indices_type_error(vm, container, key))
        }
        Object::Dict(_) => match dict_get(vm, r, key)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(key)),
        },
        Object::Range(rg) => {
            let rg = **rg;
            if let Some(i) = index_value(vm, key, container)? {
                return match norm_index(i, rg.len() as usize) {
                    Some(i) => Ok(Value::Int(
                        (rg.start as i128 + i as i128 * rg.step as i128) as i64,
                    )),
                    None => Err(vm.index_error("range object index out of range")),
                };
            }
            if is_slice {
                let s = slice_indices(vm, key.as_obj().unwrap_or(r), rg.len() as usize)?;
                let start = (rg.start as i128 + s.start as i128 * rg.step as i128) as i64;
                let step = (rg.step as i128 * s.step as i128)
                    .clamp(-(i64::MAX as i128), i64::MAX as i128) as i64;
                let stop = (start as i128 + s.len as i128 * step as i128)
                    .clamp(i64::MIN as i128, i64::MAX as i128) as i64;
                return Ok(vm.alloc(Object::Range(Box::new(crate::object::RangeObj {
                    start,
                    stop,
                    step,
                }))));
            }
            Err(indices_type_error(vm, container, key))
        }
        Object::Instance(_) => match vm.user_dunder(container, sym::__getitem__) {
            Some(f) => vm.call(f, &[container, key]),
            None => not_subscriptable(vm, container),
        },
        Object::Class(_) => {
            if let Some(f) = vm.user_dunder(container, sym::__getitem__) {
                // The metaclass's `__getitem__` (`Color['RED']`).
                return vm.call(f, &[container, key]);
            }
            // A class's own `__class_getitem__` (made a class method when the class was
            // created), as CPython calls it for `C[item]`.
            if vm.class_lookup(r, sym::__class_getitem__).is_some() {
                let f = crate::ops::attr::get_attr(vm, container, sym::__class_getitem__)?;
                return vm.call(f, &[key]);
            }
            // `list[int]`: a `types.GenericAlias`; other classes are not subscriptable.
            if crate::builtins::generic_alias::is_generic_builtin(vm, r) {
                return Ok(crate::builtins::generic_alias::make(vm, container, key));
            }
            let name = vm.class_name(r);
            Err(vm.type_error(format!("type '{name}' is not subscriptable")))
        }
        _ => not_subscriptable(vm, container),
    }
}

fn not_subscriptable(vm: &mut Vm<'_>, v: Value) -> PyResult<Value> {
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object is not subscriptable")))
}

/// `container[key] = value`
pub fn set_item(vm: &mut Vm<'_>, container: Value, key: Value, value: Value) -> PyResult<()> {
    let Value::Obj(r) = container else {
        return no_assignment(vm, container);
    };
    match vm.st.heap.get(r) {
        Object::List(l) => {
            let len = l.len();
            if let Some(i) = index_value(vm, key, container)? {
                let Some(i) = norm_index(i, len) else {
                    return Err(vm.index_error("list assignment index out of range"));
                };
                if let Object::List(l) = vm.st.heap.get_mut(r) {
                    l[i] = value;
                }
                return Ok(());
            }
            if let Some(sr) = key
                .as_obj()
                .filter(|k| matches!(vm.st.heap.get(*k), Object::Slice(_)))
            {
                let s = slice_indices(vm, sr, len)?;
                let items = crate::ops::iter::collect(vm, value)?;
                if s.step == 1 {
                    if let Object::List(l) = vm.st.heap.get_mut(r) {
                        let start = s.start.clamp(0, len as i64) as usize;
                        let end = (start + s.len).min(l.len());
                        l.splice(start..end, items);
                    }
                    return Ok(());
                }
                if items.len() != s.len {
                    return Err(vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        items.len(),
                        s.len
                    )));
                }
                if let Object::List(l) = vm.st.heap.get_mut(r) {
                    for (i, v) in s.indices().zip(items) {
                        if let Some(slot) = l.get_mut(i) {
                            *slot = v;
                        }
                    }
                }
                return Ok(());
            }
            Err(indices_type_error(vm, container, key))
        }
        Object::Dict(_) => dict_set(vm, r, key, value),
        Object::Instance(_) => match vm.user_dunder(container, sym::__setitem__) {
            Some(f) => vm.call(f, &[container, key, value]).map(|_| ()),
            None => no_assignment(vm, container),
        },
        _ => no_assignment(vm, container),
    }
}

fn no_assignment(vm: &mut Vm<'_>, v: Value) -> PyResult<()> {
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object does not support item assignment")))
}

/// `del container[key]`
pub fn del_item(vm: &mut Vm<'_>, container: Value, key: Value) -> PyResult<()> {
    let Value::Obj(r) = container else {
        return no_deletion(vm, container, key);
    };
    match vm.st.heap.get(r) {
        Object::List(l) => {
            let len = l.len();
            if let Some(i) = index_value(vm, key, container)? {
                let Some(i) = norm_index(i, len) else {
                    return Err(vm.index_error("list assignment index out of range"));
                };
                if let Object::List(l) = vm.st.heap.get_mut(r) {
                    l.remove(i);
                }
                return Ok(());
            }
            if let Some(sr) = key
                .as_obj()
                .filter(|k| matches!(vm.st.heap.get(*k), Object::Slice(_)))
            {
                let s = slice_indices(vm, sr, len)?;
                let mut kill = vec![false; len];
                for i in s.indices() {
                    if let Some(k) = kill.get_mut(i) {
                        *k = true;
                    }
                }
                if let Object::List(l) = vm.st.heap.get_mut(r) {
                    let mut i = 0;
                    l.retain(|_| {
                        let keep = !kill.get(i).copied().unwrap_or(false);
                        i += 1;
                        keep
                    });
                }
                return Ok(());
            }
            Err(indices_type_error(vm, container, key))
        }
        Object::Dict(_) => match dict_remove(vm, r, key)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(key)),
        },
        Object::Instance(_) => match vm.user_dunder(container, sym::__delitem__) {
            Some(f) => vm.call(f, &[container, key]).map(|_| ()),
            None => no_deletion(vm, container, key),
        },
        _ => no_deletion(vm, container, key),
    }
}

fn no_deletion(vm: &mut Vm<'_>, v: Value, key: Value) -> PyResult<()> {
    let t = vm.type_name(v);
    // CPython words it by path: an integer key on a type with sequence slots fails in
    // `PySequence_DelItem` ("doesn't"), anything else in `PyObject_DelItem` ("does not").
    let int_key = matches!(key, Value::Int(_) | Value::Bool(_))
        || matches!(vm.obj(key), Some(Object::BigInt(_)));
    let number = matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None
    ) || matches!(vm.obj(v), Some(Object::BigInt(_)));
    let verb = if int_key && !number {
        "doesn't"
    } else {
        "does not"
    };
    Err(vm.type_error(format!("'{t}' object {verb} support item deletion")))
}

/// `len(v)`
pub fn len(vm: &mut Vm<'_>, v: Value) -> PyResult<usize> {
    if let Value::Obj(r) = v {
        match vm.st.heap.get(r) {
            Object::Str(s) => return Ok(s.char_len()),
            Object::List(l) => return Ok(l.len()),
            Object::Tuple(t) => return Ok(t.len()),
            Object::Dict(d) | Object::Set(d) => return Ok(d.len()),
            Object::Range(rg) => return Ok(rg.len() as usize),
            Object::DictView { dict, .. } => {
                if let Object::Dict(d) = vm.st.heap.get(*dict) {
                    return Ok(d.len());
                }
            }
            Object::Instance(_) | Object::Class(_) => {
                if let Some(f) = vm.user_dunder(v, sym::__len__) {
                    let n = vm.call(f, &[v])?;
                    return match n {
                        Value::Int(i) if i >= 0 => Ok(i as usize),
                        Value::Bool(b) => Ok(b as usize),
                        Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
                        Value::Obj(b) if matches!(vm.st.heap.get(b), Object::BigInt(_)) => {
                            let neg = matches!(vm.st.heap.get(b), Object::BigInt(x) if x.sign() == num_bigint::Sign::Minus);
                            Err(if neg {
                                vm.value_error("__len__() should return >= 0")
                            } else {
                                vm.overflow_error("cannot fit 'int' into an index-sized integer")
                            })
                        }
                        _ => {
                            let t = vm.type_name(n);
                            Err(vm.type_error(format!(
                                "'{t}' object cannot be interpreted as an integer"
                            )))
                        }
                    };
                }
            }
            _ => {}
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{t}' has no len()")))
}

/// `item in container`
pub fn contains(vm: &mut Vm<'_>, container: Value, item: Value) -> PyResult<bool> {
    if let Value::Obj(r) = container {
        match vm.st.heap.get(r) {
            Object::Str(s) => {
                return match vm.obj(item) {
                    Some(Object::Str(needle)) => Ok(s.as_str().contains(needle.as_str())),
                    _ => {
                        let t = vm.type_name(item);
                        Err(vm.type_error(format!(
                            "'in <string>' requires string as left operand, not {t}"
                        )))
                    }
                };
            }
            Object::List(l) => {
                let items = l.clone();
                return seq_contains(vm, &items, item);
            }
            Object::Tuple(t) => {
                let items = t.to_vec();
                return seq_contains(vm, &items, item);
            }
            Object::Dict(_) => return dict_contains(vm, r, item),
            Object::Set(_) => return crate::methods::set::contains(vm, r, item),
            Object::Range(rg) => {
                let rg = **rg;
                let i = match item {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    _ => return Ok(false),
                };
                let in_bounds = if rg.step > 0 {
                    i >= rg.start && i < rg.stop
                } else {
                    i <= rg.start && i > rg.stop
                };
                return Ok(in_bounds && (i - rg.start) % rg.step == 0);
            }
            Object::DictView { dict, kind } => {
                let (d, kind) = (*dict, *kind);
                match kind {
                    ViewKind::Keys => return dict_contains(vm, d, item),
                    _ => {
                        let items: Vec<Value> = crate::ops::iter::collect(vm, container)?;
                        return seq_contains(vm, &items, item);
                    }
                }
            }
            Object::Instance(_) | Object::Class(_) => {
                if let Some(f) = vm.user_dunder(container, sym::__contains__) {
                    if f.is(Value::None) {
                        let t = vm.type_name(container);
                        return Err(vm.type_error(format!("'{t}' object is not a container")));
                    }
                    let r = vm.call(f, &[container, item])?;
                    return crate::ops::compare::is_true(vm, r);
                }
                if vm.user_dunder(container, sym::__iter__).is_some()
                    || vm.user_dunder(container, sym::__getitem__).is_some()
                {
                    let it = crate::ops::iter::get_iter(vm, container)?;
                    let mark = vm.push_root(it);
                    let r = (|| {
                        while let Some(x) = crate::ops::iter::next(vm, it)? {
                            if crate::ops::compare::eq(vm, x, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    })();
                    vm.pop_roots(mark);
                    return r;
                }
            }
            Object::Iter(_) | Object::Generator(_) => {
                while let Some(x) = crate::ops::iter::next(vm, container)? {
                    if crate::ops::compare::eq(vm, x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => {}
        }
    }
    let t = vm.type_name(container);
    Err(vm.type_error(format!("argument of type '{t}' is not iterable")))
}

fn seq_contains(vm: &mut Vm<'_>, items: &[Value], item: Value) -> PyResult<bool> {
    for x in items {
        if x.is(item) || crate::ops::compare::eq(vm, *x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}
