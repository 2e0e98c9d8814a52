//! The run-time half of `match` statements (the `MATCH_*` ops, as CPython 3.11 has
//! them) and of `from m import *`.

use crate::names::NameId;
use crate::object::Object;
use crate::ops::{attr, dictops, iter, subscr};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `MATCH_SEQUENCE`: lists, tuples, ranges and their subclasses (never str or bytes).
pub fn is_sequence(vm: &Vm<'_>, v: Value) -> bool {
    let t = vm.type_of(v);
    let ty = &vm.st.types;
    [ty.list, ty.tuple, ty.range]
        .iter()
        .any(|&c| vm.is_subclass(t, c))
}

/// `MATCH_MAPPING`: dicts and their subclasses.
pub fn is_mapping(vm: &Vm<'_>, v: Value) -> bool {
    vm.is_subclass(vm.type_of(v), vm.st.types.dict)
}

/// `GET_LEN`
pub fn get_len(vm: &mut Vm<'_>, v: Value) -> PyResult<Value> {
    let n = subscr::len(vm, v)?;
    Ok(Value::Int(n as i64))
}

fn tuple_items(vm: &Vm<'_>, v: Value) -> Vec<Value> {
    match vm.obj(v) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `subject.get(key)` without `__missing__`, or `None` when the key is absent.
fn mapping_get(vm: &mut Vm<'_>, subject: Value, key: Value) -> PyResult<Option<Value>> {
    if let Value::Obj(r) = subject {
        if matches!(vm.st.heap.get(r), Object::Dict(_)) {
            return dictops::dict_get(vm, r, key);
        }
    }
    // A dict subclass: its `get` method, with a marker no key can map to.
    let get = vm.intern("get");
    let f = attr::get_attr(vm, subject, get)?;
    let marker = vm.new_list(Vec::new());
    let v = vm.call(f, &[key, marker])?;
    Ok((!v.is(marker)).then_some(v))
}

/// `MATCH_KEYS`: the values of `keys` in `subject` as a tuple, or `None` if one is
/// missing. A key given twice is a `ValueError`, as in CPython.
pub fn match_keys(vm: &mut Vm<'_>, subject: Value, keys: Value) -> PyResult<Value> {
    let keys = tuple_items(vm, keys);
    let mut values = Vec::with_capacity(keys.len());
    for (i, &k) in keys.iter().enumerate() {
        for &earlier in &keys[..i] {
            if crate::ops::compare::eq(vm, earlier, k)? {
                let r = crate::ops::convert::repr_of(vm, k)?;
                return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        match mapping_get(vm, subject, k)? {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(vm.new_tuple(values))
}

/// `COPY_DICT_WITHOUT_KEYS`: `{**subject}` minus `keys` (for `**rest`).
pub fn copy_without_keys(vm: &mut Vm<'_>, subject: Value, keys: Value) -> PyResult<Value> {
    let d = vm.new_dict();
    let Some(dr) = d.as_obj() else {
        return Ok(d);
    };
    let items: Vec<(Value, Value)> = match subject {
        Value::Obj(r) if matches!(vm.st.heap.get(r), Object::Dict(_)) => dictops::dict_items(vm, r),
        _ => {
            let mut v = Vec::new();
            for k in iter::collect(vm, subject)? {
                let x = subscr::get_item(vm, subject, k)?;
                v.push((k, x));
            }
            v
        }
    };
    for (k, v) in items {
        dictops::dict_set(vm, dr, k, v)?;
    }
    for k in tuple_items(vm, keys) {
        dictops::dict_remove(vm, dr, k)?;
    }
    Ok(d)
}

/// Types whose instances a single positional sub-pattern matches as a whole
/// (`case int(x):`), CPython's `_Py_TPFLAGS_MATCH_SELF`.
fn matches_self(vm: &Vm<'_>, cls: ObjRef) -> bool {
    let t = &vm.st.types;
    [
        t.bool,
        t.bytearray,
        t.bytes,
        t.dict,
        t.float,
        t.frozenset,
        t.int,
        t.list,
        t.set,
        t.str,
        t.tuple,
    ]
    .iter()
    .any(|&c| vm.is_subclass(cls, c))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `MATCH_CLASS(npos)`: the attributes for `cls(p1, .., pn, kw=..)` as a tuple, or
/// `None` when `subject` is not an instance or lacks one of them.
pub fn match_class(
    vm: &mut Vm<'_>,
    subject: Value,
    cls: Value,
    kw_names: Value,
    npos: usize,
) -> PyResult<Value> {
    let Some(cls) = cls.as_obj().filter(|&c| vm.class(c).is_some()) else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !vm.isinstance(subject, cls) {
        return Ok(Value::None);
    }
    let cname = vm.class_name(cls);
    let mut seen: Vec<NameId> = Vec::new();
    let mut attrs = Vec::new();
    let mut fetch = |vm: &mut Vm<'_>, name: NameId, attrs: &mut Vec<Value>| -> PyResult<bool> {
        if seen.contains(&name) {
            let n = vm.name(name);
            return Err(vm.type_error(format!(
                "{cname}() got multiple sub-patterns for attribute '{n}'"
            )));
        }
        seen.push(name);
        match attr::try_get_attr(vm, subject, name)? {
            Some(v) => {
                attrs.push(v);
                Ok(true)
            }
            None => Ok(false),
        }
    };
    if npos > 0 {
        let key = vm.intern("__match_args__");
        match vm.class_lookup(cls, key) {
            Some(ma) => {
                let Some(Object::Tuple(t)) = vm.obj(ma) else {
                    let t = vm.type_name(ma);
                    return Err(
                        vm.type_error(format!("{cname}.__match_args__ must be a tuple (got {t})"))
                    );
                };
                let names = t.to_vec();
                if npos > names.len() {
                    return Err(vm.type_error(format!(
                        "{cname}() accepts {} positional sub-pattern{} ({npos} given)",
                        names.len(),
                        plural(names.len())
                    )));
                }
                for &n in &names[..npos] {
                    let Some(s) = vm.as_str(n).map(str::to_string) else {
                        let t = vm.type_name(n);
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {t})"
                        )));
                    };
                    let id = vm.intern(&s);
                    if !fetch(vm, id, &mut attrs)? {
                        return Ok(Value::None);
                    }
                }
            }
            None if matches_self(vm, cls) => {
                if npos > 1 {
                    return Err(vm.type_error(format!(
                        "{cname}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                attrs.push(subject);
            }
            None => {
                return Err(vm.type_error(format!(
                    "{cname}() accepts 0 positional sub-patterns ({npos} given)"
                )))
            }
        }
    }
    for n in tuple_items(vm, kw_names) {
        let s = vm.as_str(n).unwrap_or("").to_string();
        let id = vm.intern(&s);
        if !fetch(vm, id, &mut attrs)? {
            return Ok(Value::None);
        }
    }
    Ok(vm.new_tuple(attrs))
}

/// `from module import *`: the names to bind (its `__all__`, else its public names).
pub fn star_names(vm: &mut Vm<'_>, module: Value) -> PyResult<Vec<(String, Value)>> {
    let all = vm.intern("__all__");
    let attrs: Vec<(NameId, Value)> = match vm.obj(module) {
        Some(Object::Module(m)) => m.attrs.iter().map(|(k, v)| (*k, *v)).collect(),
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    match attr::try_get_attr(vm, module, all)? {
        Some(list) => {
            for n in iter::collect(vm, list)? {
                let Some(name) = vm.as_str(n).map(str::to_string) else {
                    let t = vm.type_name(n);
                    return Err(
                        vm.type_error(format!("Item in module.__all__ must be str, not {t}"))
                    );
                };
                let id = vm.intern(&name);
                let v = attr::get_attr(vm, module, id)?;
                out.push((name, v));
            }
        }
        None => {
            for (k, v) in attrs {
                let name = vm.name(k).to_string();
                if !name.starts_with('_') {
                    out.push((name, v));
                }
            }
            out.sort_by(|a, b| a.0.cmp(&b.0));
        }
    }
    Ok(out)
}
