//! `types.UnionType`: what `int | str` gives (PEP 604). It keeps the member types in
//! `__args__` (flattened, duplicates dropped, `None` as `NoneType`), prints as
//! `int | str`, compares equal regardless of order, and `isinstance`/`issubclass`
//! accept it like a tuple of its members (`builtins/meta.rs`).

use crate::builtins::{Args, NativeDef};
use crate::object::{InstanceObj, Object, Payload};
use crate::ops::{compare, convert};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Creates the class and gives `type` and `GenericAlias` their `|` (called from
/// `descr::bootstrap`, after `generic_alias::bootstrap`).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let o = Some(vm.st.types.object);
    let c = vm.new_class("UnionType", o, Some(union_new), true);
    if let Object::Class(k) = vm.st.heap.get_mut(c) {
        k.module = std::sync::Arc::from("types");
    }
    vm.st.types.union_type = c;
    vm.add_methods(c, METHODS);
    let t = vm.st.types.type_;
    vm.add_methods(t, OR_METHODS);
    let ga = vm.st.types.generic_alias;
    vm.add_methods(ga, OR_METHODS);
}

const METHODS: &[NativeDef] = &[
    NativeDef::new("__repr__", union_repr),
    NativeDef::new("__eq__", union_eq),
    NativeDef::new("__hash__", union_hash),
    NativeDef::new("__or__", or),
    NativeDef::new("__ror__", ror),
];

const OR_METHODS: &[NativeDef] = &[NativeDef::new("__or__", or), NativeDef::new("__ror__", ror)];

fn union_new(vm: &mut Vm<'_>, _cls: ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'types.UnionType' instances"))
}

/// The members of a union, or `None` when `v` is not one.
pub fn members(vm: &Vm<'_>, v: Value) -> Option<Vec<Value>> {
    let Some(Object::Instance(i)) = vm.obj(v) else {
        return None;
    };
    if i.class != vm.st.types.union_type {
        return None;
    }
    match i.attrs.first().and_then(|(_, a)| vm.obj(*a)) {
        Some(Object::Tuple(t)) => Some(t.to_vec()),
        _ => Some(Vec::new()),
    }
}

/// What may stand on either side of `|` to build a union: a class, `None`, a
/// generic alias or a union. `None` (Rust) for anything else.
fn as_members(vm: &Vm<'_>, v: Value) -> Option<Vec<Value>> {
    if matches!(v, Value::None) {
        return Some(vec![Value::Obj(vm.st.types.none_type)]);
    }
    if let Some(m) = members(vm, v) {
        return Some(m);
    }
    match vm.obj(v) {
        Some(Object::Class(_)) => Some(vec![v]),
        Some(Object::Instance(i)) if i.class == vm.st.types.generic_alias => Some(vec![v]),
        _ => None,
    }
}

/// `a | b` for types: a union (or the single type when both sides are the same).
pub fn union_of(vm: &mut Vm<'_>, a: Value, b: Value) -> PyResult<Value> {
    // `None | None` is no union: one side must be a type.
    if matches!((a, b), (Value::None, Value::None)) {
        return Ok(vm.st.not_implemented);
    }
    let (Some(x), Some(y)) = (as_members(vm, a), as_members(vm, b)) else {
        return Ok(vm.st.not_implemented);
    };
    let mut flat: Vec<Value> = Vec::with_capacity(x.len() + y.len());
    for v in x.into_iter().chain(y) {
        let mut dup = false;
        for f in &flat {
            if f.is(v) || compare::eq(vm, *f, v)? {
                dup = true;
                break;
            }
        }
        if !dup {
            flat.push(v);
        }
    }
    if flat.len() == 1 {
        return Ok(flat[0]);
    }
    let args = vm.new_tuple(flat);
    let params = vm.new_tuple(Vec::new());
    let args_id = vm.intern("__args__");
    let params_id = vm.intern("__parameters__");
    let cls = vm.st.types.union_type;
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: vec![(args_id, args), (params_id, params)],
        payload: Payload::None,
    }))))
}

fn or(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__or__", 2, 2)?;
    union_of(vm, args.pos[0], args.pos[1])
}

fn ror(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__ror__", 2, 2)?;
    union_of(vm, args.pos[1], args.pos[0])
}

fn union_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let items = members(vm, args.pos[0]).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for v in items {
        if v.as_obj() == Some(vm.st.types.none_type) {
            parts.push("None".to_string());
            continue;
        }
        let s = match v.as_obj().and_then(|r| vm.class(r)) {
            Some(c) if &*c.module == "builtins" => c.qualname.to_string(),
            Some(c) => format!("{}.{}", c.module, c.qualname),
            None => convert::repr_of(vm, v)?,
        };
        parts.push(s);
    }
    Ok(vm.new_string(parts.join(" | ")))
}

/// Unions are equal when they have the same members, in any order.
fn union_eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__eq__", 2, 2)?;
    let a = members(vm, args.pos[0]).unwrap_or_default();
    let Some(b) = members(vm, args.pos[1]) else {
        return Ok(vm.st.not_implemented);
    };
    if a.len() != b.len() {
        return Ok(Value::Bool(false));
    }
    for x in &a {
        let mut found = false;
        for y in &b {
            if compare::eq(vm, *x, *y)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Order-independent, like equality.
fn union_hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__hash__", 1, 1)?;
    let mut h: i64 = 0x5eed;
    for v in members(vm, args.pos[0]).unwrap_or_default() {
        h ^= compare::hash(vm, v)?;
    }
    Ok(Value::Int(h))
}
