//! `types.GenericAlias`: what subscripting a generic builtin class gives (`list[int]`,
//! `dict[str, int]`, `tuple[int, ...]`). It keeps `__origin__` and `__args__` as
//! ordinary instance attributes, prints as `list[int]`, calls its origin, compares by
//! origin and arguments, forwards other attribute reads to the origin, and as a base
//! class stands for its origin (`__mro_entries__`).

use crate::builtins::{Args, NativeDef};
use crate::names::NameId;
use crate::object::{InstanceObj, Object, Payload};
use crate::ops::{attr, compare, convert};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Creates the class (called from `descr::bootstrap`).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let o = Some(vm.st.types.object);
    let c = vm.new_class("GenericAlias", o, Some(generic_alias_new), true);
    if let Object::Class(k) = vm.st.heap.get_mut(c) {
        k.module = std::sync::Arc::from("types");
    }
    vm.st.types.generic_alias = c;
    vm.add_methods(c, METHODS);
}

const METHODS: &[NativeDef] = &[
    NativeDef::new("__repr__", ga_repr),
    NativeDef::new("__call__", ga_call),
    NativeDef::new("__eq__", ga_eq),
    NativeDef::new("__hash__", ga_hash),
    NativeDef::new("__getattr__", ga_getattr),
    NativeDef::new("__mro_entries__", ga_mro_entries),
];

/// Builtin classes that CPython 3.11 makes subscriptable (`__class_getitem__`).
const GENERIC_BUILTINS: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "enumerate",
    "memoryview",
    "zip",
    "filter",
    "map",
    "reversed",
    "BaseExceptionGroup",
    "ExceptionGroup",
];

/// Is builtin class `cls` one that `cls[...]` turns into a generic alias?
pub fn is_generic_builtin(vm: &Vm<'_>, cls: ObjRef) -> bool {
    vm.class(cls)
        .is_some_and(|c| c.builtin && GENERIC_BUILTINS.contains(&&*c.name))
        && vm.class(cls).is_some_and(|c| &*c.module == "builtins")
}

/// `origin[key]`: a new alias; a tuple key gives several arguments.
pub fn make(vm: &mut Vm<'_>, origin: Value, key: Value) -> Value {
    let args = match vm.obj(key) {
        Some(Object::Tuple(_)) => key,
        _ => vm.new_tuple(vec![key]),
    };
    let params = vm.new_tuple(Vec::new());
    let origin_id = vm.intern("__origin__");
    let args_id = vm.intern("__args__");
    let params_id = vm.intern("__parameters__");
    let cls = vm.st.types.generic_alias;
    vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: vec![(origin_id, origin), (args_id, args), (params_id, params)],
        payload: Payload::None,
    })))
}

/// `types.GenericAlias(origin, args)`.
fn generic_alias_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "GenericAlias", 2, 2)?;
    Ok(make(vm, args.pos[0], args.pos[1]))
}

/// `(__origin__, __args__)` of an alias, or a `TypeError` for anything else.
fn parts(vm: &mut Vm<'_>, v: Value) -> PyResult<(Value, Value)> {
    let origin_id = vm.intern("__origin__");
    let args_id = vm.intern("__args__");
    match vm.obj(v) {
        Some(Object::Instance(i)) if i.class == vm.st.types.generic_alias => {
            match (i.get_attr(origin_id), i.get_attr(args_id)) {
                (Some(o), Some(a)) => Ok((o, a)),
                _ => Err(vm.type_error("malformed GenericAlias")),
            }
        }
        _ => Err(vm.type_error("descriptor requires a 'types.GenericAlias' object")),
    }
}

/// One argument as CPython's `ga_repr_item` prints it: `...`, a class by its
/// (module-qualified) name, an alias by its repr, anything else by `repr`.
pub(crate) fn repr_item(vm: &mut Vm<'_>, v: Value) -> PyResult<String> {
    if vm.type_name(v).as_ref() == "ellipsis" {
        return Ok("...".to_string());
    }
    if let Some(c) = v.as_obj().and_then(|r| vm.class(r)) {
        if &*c.module == "builtins" {
            return Ok(c.qualname.to_string());
        }
        return Ok(format!("{}.{}", c.module, c.qualname));
    }
    convert::repr_of(vm, v)
}

fn ga_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let (origin, items) = parts(vm, args.pos[0])?;
    let mut out = repr_item(vm, origin)?;
    out.push('[');
    let items = match vm.obj(items) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![items],
    };
    if items.is_empty() {
        out.push_str("()");
    }
    vm.enter_native()?;
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match repr_item(vm, item) {
            Ok(s) => out.push_str(&s),
            Err(e) => {
                vm.leave_native();
                return Err(e);
            }
        }
    }
    vm.leave_native();
    out.push(']');
    Ok(vm.new_string(out))
}

/// Calling an alias calls its origin (`list[int]()` is `[]`).
fn ga_call(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(&me) = args.pos.first() else {
        return Err(vm.type_error("GenericAlias.__call__ needs an argument"));
    };
    let (origin, _) = parts(vm, me)?;
    vm.call_kw(origin, &args.pos[1..], args.kw)
}

fn ga_eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__eq__", 2, 2)?;
    let (o1, a1) = parts(vm, args.pos[0])?;
    let Ok((o2, a2)) = parts(vm, args.pos[1]) else {
        return Ok(vm.st.not_implemented);
    };
    let same = compare::eq(vm, o1, o2)? && compare::eq(vm, a1, a2)?;
    Ok(Value::Bool(same))
}

fn ga_hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__hash__", 1, 1)?;
    let (o, a) = parts(vm, args.pos[0])?;
    let h = compare::hash(vm, o)? ^ compare::hash(vm, a)?;
    Ok(Value::Int(h))
}

/// Attributes the alias does not have itself come from the origin
/// (`list[int].append`, `dict[str, int].fromkeys`).
fn ga_getattr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__getattr__", 2, 2)?;
    let (origin, _) = parts(vm, args.pos[0])?;
    let Some(name) = vm.as_str(args.pos[1]).map(str::to_string) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let id: NameId = vm.intern(&name);
    attr::get_attr(vm, origin, id)
}

/// `class X(list[int])` derives from `list`.
fn ga_mro_entries(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__mro_entries__", 2, 2)?;
    let (origin, _) = parts(vm, args.pos[0])?;
    Ok(vm.new_tuple(vec![origin]))
}

/// A class statement's bases after CPython's `__mro_entries__` step: a base that is not
/// a class but has `__mro_entries__` is replaced by the classes it returns. Returns
/// `None` when nothing changed (the usual case), else the new bases.
pub fn resolve_bases(vm: &mut Vm<'_>, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let needs = bases
        .iter()
        .any(|b| matches!(vm.obj(*b), Some(Object::Instance(_))));
    if !needs {
        return Ok(None);
    }
    let orig = vm.new_tuple(bases.to_vec());
    let entries_id = vm.intern("__mro_entries__");
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for &b in bases {
        let hook = match vm.obj(b) {
            Some(Object::Instance(i)) => vm.class_lookup(i.class, entries_id),
            _ => None,
        };
        let Some(hook) = hook else {
            out.push(b);
            continue;
        };
        let got = vm.call(hook, &[b, orig])?;
        match vm.obj(got) {
            Some(Object::Tuple(t)) => out.extend(t.iter().copied()),
            _ => return Err(vm.type_error("__mro_entries__ must return a tuple")),
        }
        changed = true;
    }
    Ok(changed.then_some(out))
}
