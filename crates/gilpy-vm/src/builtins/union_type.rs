//! `types.UnionType`: what `int | str` and `date | None` give (PEP 604). Dataclass and
//! function annotations written this way must evaluate, print as `int | None`, compare
//! regardless of order and work as the class argument of `isinstance`/`issubclass`.
//! The members are kept in the `__args__` instance attribute (None stored as NoneType).

use crate::builtins::generic_alias::repr_item;
use crate::builtins::meta::{instance_check, subclass_check};
use crate::builtins::{Args, NativeDef};
use crate::object::{InstanceObj, Object, Payload};
use crate::ops::compare;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Creates the class (called from `descr::bootstrap`).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let o = Some(vm.st.types.object);
    let c = vm.new_class("UnionType", o, None, true);
    if let Object::Class(k) = vm.st.heap.get_mut(c) {
        k.module = std::sync::Arc::from("types");
    }
    vm.st.types.union_type = c;
    vm.add_methods(c, METHODS);
}

const METHODS: &[NativeDef] = &[
    NativeDef::new("__repr__", union_repr),
    NativeDef::new("__eq__", union_eq),
    NativeDef::new("__hash__", union_hash),
    NativeDef::new("__or__", union_or),
    NativeDef::new("__ror__", union_ror),
    NativeDef::new("__instancecheck__", union_instancecheck),
    NativeDef::new("__subclasscheck__", union_subclasscheck),
];

/// The members of a union, or `None` when `v` is not one.
fn members(vm: &mut Vm<'_>, v: Value) -> Option<Vec<Value>> {
    let args_id = vm.intern("__args__");
    let Some(Object::Instance(i)) = vm.obj(v) else {
        return None;
    };
    if i.class != vm.st.types.union_type {
        return None;
    }
    match i.get_attr(args_id).and_then(|a| vm.obj(a)) {
        Some(Object::Tuple(t)) => Some(t.to_vec()),
        _ => Some(Vec::new()),
    }
}

/// What `a | b` contributes for one operand: its members when it can be part of a
/// union (a class, None, a generic alias or a union), else `None`.
fn operand(vm: &mut Vm<'_>, v: Value) -> Option<Vec<Value>> {
    if matches!(v, Value::None) {
        return Some(vec![Value::Obj(vm.type_of(v))]);
    }
    if let Some(m) = members(vm, v) {
        return Some(m);
    }
    match vm.obj(v)? {
        Object::Class(_) => Some(vec![v]),
        Object::Instance(i) if i.class == vm.st.types.generic_alias => Some(vec![v]),
        _ => None,
    }
}

/// `a | b` for two types: a union with the members of both, duplicates dropped, or the
/// one member when only one remains. `Ok(None)` when an operand can't be in a union.
pub fn union_of(vm: &mut Vm<'_>, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(left), Some(right)) = (operand(vm, a), operand(vm, b)) else {
        return Ok(None);
    };
    let mut items: Vec<Value> = Vec::with_capacity(left.len() + right.len());
    for v in left.into_iter().chain(right) {
        let mut dup = false;
        for &have in &items {
            if have.is(v) || compare::eq(vm, have, v)? {
                dup = true;
                break;
            }
        }
        if !dup {
            items.push(v);
        }
    }
    if let [only] = items[..] {
        return Ok(Some(only));
    }
    let args = vm.new_tuple(items);
    let params = vm.new_tuple(Vec::new());
    let args_id = vm.intern("__args__");
    let params_id = vm.intern("__parameters__");
    let cls = vm.st.types.union_type;
    Ok(Some(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: vec![(args_id, args), (params_id, params)],
        payload: Payload::None,
    })))))
}

fn this(vm: &mut Vm<'_>, args: &Args<'_>, n: usize, name: &str) -> PyResult<Vec<Value>> {
    args.check(vm, name, n, n)?;
    members(vm, args.pos[0]).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'types.UnionType' object"
        ))
    })
}

fn union_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let items = this(vm, &args, 1, "__repr__")?;
    let none_type: ObjRef = vm.type_of(Value::None);
    let mut parts = Vec::with_capacity(items.len());
    for v in items {
        if v.as_obj() == Some(none_type) {
            parts.push("None".to_string());
        } else {
            parts.push(repr_item(vm, v)?);
        }
    }
    Ok(vm.new_string(parts.join(" | ")))
}

fn union_eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let mine = this(vm, &args, 2, "__eq__")?;
    let Some(theirs) = members(vm, args.pos[1]) else {
        return Ok(vm.st.not_implemented);
    };
    // Same members in any order (CPython compares them as sets).
    let contains = |vm: &mut Vm<'_>, set: &[Value], v: Value| -> PyResult<bool> {
        for &x in set {
            if x.is(v) || compare::eq(vm, x, v)? {
                return Ok(true);
            }
        }
        Ok(false)
    };
    for &v in &mine {
        if !contains(vm, &theirs, v)? {
            return Ok(Value::Bool(false));
        }
    }
    for &v in &theirs {
        if !contains(vm, &mine, v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn union_hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let items = this(vm, &args, 1, "__hash__")?;
    let mut h: i64 = 0x5a17;
    for v in items {
        h ^= compare::hash(vm, v)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn union_or(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, 2, "__or__")?;
    match union_of(vm, args.pos[0], args.pos[1])? {
        Some(v) => Ok(v),
        None => Ok(vm.st.not_implemented),
    }
}

fn union_ror(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, 2, "__ror__")?;
    match union_of(vm, args.pos[1], args.pos[0])? {
        Some(v) => Ok(v),
        None => Ok(vm.st.not_implemented),
    }
}

fn union_instancecheck(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let items = this(vm, &args, 2, "__instancecheck__")?;
    let obj = args.pos[1];
    for c in items {
        if instance_check(vm, obj, c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_subclasscheck(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let items = this(vm, &args, 2, "__subclasscheck__")?;
    let sub = args.pos[1];
    for c in items {
        if subclass_check(vm, sub, c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
