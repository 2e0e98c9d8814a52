//! Subclasses of the builtin value types (`class Stack(list)`, `class Name(str)`): the
//! instance is an `Object::Instance` of the subclass whose `Payload::Base` holds the
//! builtin value it extends (docs/objects.md). This file creates such instances, gives
//! `list`/`dict`/`set` an `__init__` that refills the payload, puts the builtin types'
//! special methods in their class dicts (so operators on an instance find them through
//! the mro, after any override), and unwraps the payload where a native method needs
//! the builtin value.

use crate::builtins::{Args, NativeDef};
use crate::names::NameId;
use crate::object::{InstanceObj, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// The builtin value `v` extends, when `v` is an instance of a subclass of one.
#[inline]
pub fn base_value(vm: &Vm<'_>, v: Value) -> Option<Value> {
    match vm.obj(v) {
        Some(Object::Instance(i)) => match i.payload {
            Payload::Base(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// `v` itself, or the builtin value it extends.
#[inline]
pub fn unwrap_base(vm: &Vm<'_>, v: Value) -> Value {
    base_value(vm, v).unwrap_or(v)
}

/// Does a native method of `owner` want the builtin value rather than the instance
/// as `self`? (Methods of `object`, like `__setattr__`, work on the instance.)
#[inline]
pub fn unwraps_self(vm: &Vm<'_>, owner: Option<ObjRef>) -> bool {
    // Nothing to unwrap until some class extends a value type.
    vm.st.flags_seen & crate::object::attr_flags::VALUE_BASE != 0
        && owner.is_some_and(|o| o != vm.st.types.object)
}

/// `self` for the native method `n` called on `v`: the builtin value `v` extends when
/// the method wants it. The special methods of `builtins/dunders.rs` and the
/// `__init__`s here take the instance (they unwrap it themselves, and `__missing__`
/// and refilling need the instance).
#[inline]
pub fn self_for(vm: &Vm<'_>, n: &crate::object::NativeFnObj, v: Value) -> Option<Value> {
    if !unwraps_self(vm, n.owner) {
        return None;
    }
    let b = base_value(vm, v)?;
    let own = n.name == "__init__" || crate::builtins::dunders::NAMES.contains(&n.name);
    (!own).then_some(b)
}

/// The builtin value types that can be subclassed this way.
fn value_types(vm: &Vm<'_>) -> [ObjRef; 8] {
    let t = &vm.st.types;
    [
        t.int,
        t.float,
        t.str,
        t.tuple,
        t.frozenset,
        t.list,
        t.dict,
        t.set,
    ]
}

/// The builtin value type `cls` (a user class) extends, if any.
pub fn value_base(vm: &Vm<'_>, cls: ObjRef) -> Option<ObjRef> {
    let c = vm.class(cls)?;
    if c.builtin {
        return None;
    }
    let types = value_types(vm);
    c.mro.iter().copied().find(|k| types.contains(k))
}

/// A new instance of `cls`, a subclass of the value type `base`: mutable containers
/// start empty (their `__init__` fills them), immutable values are built from `args`.
pub fn new_instance(
    vm: &mut Vm<'_>,
    cls: ObjRef,
    base: ObjRef,
    args: &[Value],
    kw: &[(NameId, Value)],
) -> PyResult<Value> {
    let t = &vm.st.types;
    let mutable = base == t.list || base == t.dict || base == t.set;
    let new = vm.class(base).and_then(|c| c.new);
    let Some(new) = new else {
        let n = vm.class_name(base);
        return Err(vm.type_error(format!("cannot create '{n}' instances")));
    };
    let v = if mutable {
        new(vm, base, Args { pos: &[], kw: &[] })?
    } else {
        let pos: Vec<Value> = args.iter().map(|a| unwrap_base(vm, *a)).collect();
        new(vm, base, Args { pos: &pos, kw })?
    };
    let mark = vm.push_root(v);
    let obj = vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Base(v),
    })));
    vm.pop_roots(mark);
    Ok(obj)
}

/// Installs the `__init__` of the mutable containers and the special methods of every
/// value type in its class dict (after the method tables).
pub(crate) fn install(vm: &mut Vm<'_>) {
    let t = &vm.st.types;
    let inits: [(ObjRef, &[NativeDef]); 3] = [
        (t.list, &[NativeDef::new("__init__", list_init)]),
        (t.dict, &[NativeDef::new("__init__", dict_init)]),
        (t.set, &[NativeDef::new("__init__", set_init)]),
    ];
    for (cls, defs) in inits {
        vm.add_methods(cls, defs);
        // Mutable containers are unhashable: `list.__hash__ is None`, and a subclass
        // does not reach `object.__hash__`.
        if let Object::Class(c) = vm.st.heap.get_mut(cls) {
            c.dict.insert(crate::names::sym::__hash__, Value::None);
        }
    }
    for cls in value_types(vm) {
        for name in crate::builtins::dunders::NAMES {
            // Only `str` defines its own `__str__`; the others inherit `object.__str__`,
            // which calls `repr` (so a subclass's `__repr__` is what `print` shows).
            if *name == "__str__" && cls != vm.st.types.str {
                continue;
            }
            if let Some(f) = crate::builtins::dunders::unbound(vm, cls, name) {
                let id = vm.intern(name);
                let present = vm.class(cls).is_some_and(|c| c.dict.contains_key(&id));
                if !present {
                    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
                        c.dict.insert(id, f);
                    }
                }
            }
        }
    }
}

/// Replaces the payload of `self` (an instance extending `base`) with a value built by
/// `new(base, *args)`: `list.__init__`, `dict.__init__`, `set.__init__`.
fn refill(vm: &mut Vm<'_>, args: Args<'_>, base: ObjRef, name: &str) -> PyResult<Value> {
    let Some(&me) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '__init__' of '{name}' object needs an argument"
        )));
    };
    let target = unwrap_base(vm, me);
    let Some(new) = vm.class(base).and_then(|c| c.new) else {
        return Ok(Value::None);
    };
    let fresh = new(
        vm,
        base,
        Args {
            pos: &args.pos[1..],
            kw: args.kw,
        },
    )?;
    let (Some(fr), Some(tr)) = (fresh.as_obj(), target.as_obj()) else {
        return Ok(Value::None);
    };
    if vm.type_of(target) != base {
        return Err(vm.type_error(format!("descriptor '__init__' requires a '{name}' object")));
    }
    // Move the fresh contents into the existing object (its identity must not change),
    // leaving an empty husk for the collector.
    let empty = match vm.st.heap.get(fr) {
        Object::List(_) => Object::List(Vec::new()),
        Object::Dict(_) => Object::Dict(Box::default()),
        Object::Set(_) => Object::Set(Box::default()),
        _ => return Ok(Value::None),
    };
    let contents = std::mem::replace(vm.st.heap.get_mut(fr), empty);
    *vm.st.heap.get_mut(tr) = contents;
    Ok(Value::None)
}

fn list_init(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let b = vm.st.types.list;
    refill(vm, args, b, "list")
}

fn dict_init(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let b = vm.st.types.dict;
    refill(vm, args, b, "dict")
}

fn set_init(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let b = vm.st.types.set;
    refill(vm, args, b, "set")
}
