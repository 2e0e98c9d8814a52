//! `__slots__`: each slot name becomes a `member_descriptor` in the class dict
//! (`P.a`, `P.a.__get__(p)`, `P.__dict__` show it, as in CPython).
//!
//! The slot values themselves stay in the instance's ordinary attribute vector (see
//! docs/objects.md), so reads and writes of `p.a` keep the instance fast paths: a slot
//! holds a value exactly when the vector has an entry of that name, and no other entry
//! of that name can exist (the class rejects names outside its slots). The descriptor
//! is therefore not counted as a data descriptor in the class flags; it only answers
//! the misses (`'P' object has no attribute 'a'`) and explicit `__get__`/`__set__`/
//! `__delete__` calls, and `__dict__` views leave slot names out.

use crate::builtins::{Args, NativeDef};
use crate::names::{sym, NameId};
use crate::object::{InstanceObj, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Creates the class (called from `descr::bootstrap`).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let o = Some(vm.st.types.object);
    let c = vm.new_class("member_descriptor", o, Some(member_new), true);
    vm.st.types.member_descriptor = c;
    vm.add_methods(c, METHODS);
}

const METHODS: &[NativeDef] = &[
    NativeDef::new("__get__", member_get),
    NativeDef::new("__set__", member_set),
    NativeDef::new("__delete__", member_delete),
    NativeDef::new("__repr__", member_repr),
];

fn member_new(vm: &mut Vm<'_>, _cls: ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'member_descriptor' instances"))
}

/// Is `v` a slot's member descriptor?
pub fn is_member(vm: &Vm<'_>, v: Value) -> bool {
    matches!(vm.obj(v), Some(Object::Instance(i)) if i.class == vm.st.types.member_descriptor)
}

/// The slot names `__slots__` (a string or an iterable of strings) declares.
fn slot_names(vm: &mut Vm<'_>, slots: Value) -> PyResult<Vec<String>> {
    let items = if vm.as_str(slots).is_some() {
        vec![slots]
    } else {
        crate::ops::iter::collect(vm, slots)?
    };
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        match vm.as_str(v) {
            Some(s) => out.push(s.to_string()),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("__slots__ items must be strings, not '{t}'")));
            }
        }
    }
    Ok(out)
}

/// A private slot name (`__x`) is stored mangled, as a private attribute would be.
fn mangle(class_name: &str, name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if name.starts_with("__") && !name.ends_with("__") && !stripped.is_empty() {
        format!("_{stripped}{name}")
    } else {
        name.to_string()
    }
}

/// After a class body ran: a member descriptor per slot name, or CPython's errors
/// for a slot that a class variable also defines or that is not an identifier.
pub fn install(vm: &mut Vm<'_>, cls: ObjRef) -> PyResult<()> {
    let Some(slots) = vm
        .class(cls)
        .and_then(|c| c.dict.get(&sym::__slots__).copied())
    else {
        return Ok(());
    };
    let names = slot_names(vm, slots)?;
    let class_name = vm.class_name(cls);
    let mut seen: Vec<String> = Vec::new();
    for raw in names {
        if !is_identifier(&raw) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if raw == "__dict__" || raw == "__weakref__" {
            if seen.contains(&raw) {
                let msg = format!("{raw} slot disallowed: we already got one");
                return Err(vm.type_error(msg));
            }
            seen.push(raw);
            continue;
        }
        let name = mangle(&class_name, &raw);
        let id = vm.intern(&name);
        if vm.class(cls).is_some_and(|c| c.dict.contains_key(&id)) {
            let msg = format!("'{raw}' in __slots__ conflicts with class variable");
            return Err(vm.value_error(&msg));
        }
        let n = vm.new_str(&name);
        let objclass = vm.intern("__objclass__");
        let d = {
            let c = vm.st.types.member_descriptor;
            vm.alloc(Object::Instance(Box::new(InstanceObj {
                class: c,
                attrs: vec![(sym::__name__, n), (objclass, Value::Obj(cls))],
                payload: Payload::None,
            })))
        };
        if let Object::Class(c) = vm.st.heap.get_mut(cls) {
            c.dict.insert(id, d);
        }
    }
    Ok(())
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// `(slot name, owning class)` of a member descriptor.
fn parts(vm: &mut Vm<'_>, d: Value) -> PyResult<(NameId, ObjRef)> {
    let objclass = vm.intern("__objclass__");
    let found = match vm.obj(d) {
        Some(Object::Instance(i)) if i.class == vm.st.types.member_descriptor => (
            i.get_attr(sym::__name__),
            i.get_attr(objclass).and_then(|c| c.as_obj()),
        ),
        _ => (None, None),
    };
    match found {
        (Some(n), Some(c)) => {
            let s = vm.as_str(n).unwrap_or("").to_string();
            Ok((vm.intern(&s), c))
        }
        _ => Err(vm.type_error("descriptor requires a 'member_descriptor' object")),
    }
}

/// The instance `obj` the descriptor applies to, or CPython's `TypeError`.
fn check_instance(vm: &mut Vm<'_>, name: NameId, owner: ObjRef, obj: Value) -> PyResult<ObjRef> {
    if let Some(r) = obj.as_obj() {
        if matches!(vm.st.heap.get(r), Object::Instance(_)) && vm.isinstance(obj, owner) {
            return Ok(r);
        }
    }
    let (n, o, t) = (vm.name(name), vm.class_name(owner), vm.type_name(obj));
    Err(vm.type_error(format!(
        "descriptor '{n}' for '{o}' objects doesn't apply to a '{t}' object"
    )))
}

fn member_get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__get__", 2, 3)?;
    let (d, obj) = (args.pos[0], args.pos[1]);
    if matches!(obj, Value::None) {
        return Ok(d);
    }
    let (name, owner) = parts(vm, d)?;
    let r = check_instance(vm, name, owner, obj)?;
    let got = match vm.st.heap.get(r) {
        Object::Instance(i) => i.get_attr(name),
        _ => None,
    };
    got.ok_or_else(|| vm.attribute_error(obj, name))
}

fn member_set(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__set__", 3, 3)?;
    let (d, obj, v) = (args.pos[0], args.pos[1], args.pos[2]);
    let (name, owner) = parts(vm, d)?;
    let r = check_instance(vm, name, owner, obj)?;
    if let Object::Instance(i) = vm.st.heap.get_mut(r) {
        i.set_attr(name, v);
    }
    Ok(Value::None)
}

fn member_delete(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__delete__", 2, 2)?;
    let (d, obj) = (args.pos[0], args.pos[1]);
    let (name, owner) = parts(vm, d)?;
    let r = check_instance(vm, name, owner, obj)?;
    let removed = match vm.st.heap.get_mut(r) {
        Object::Instance(i) => i.del_attr(name),
        _ => false,
    };
    if removed {
        return Ok(Value::None);
    }
    Err(unset_delete_error(vm, name))
}

/// `del p.a` of an empty slot: CPython 3.11 names just the slot.
pub fn unset_delete_error(vm: &mut Vm<'_>, name: NameId) -> crate::Throw {
    let n = vm.name(name);
    let c = vm.st.types.attribute_error;
    vm.error(c, n.to_string())
}

fn member_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let (name, owner) = parts(vm, args.pos[0])?;
    let (n, o) = (vm.name(name), vm.class_name(owner));
    Ok(vm.new_string(format!("<member '{n}' of '{o}' objects>")))
}

/// Is `name` a slot of `cls` (a member descriptor on its mro)? For `__dict__` views.
pub fn is_slot(vm: &Vm<'_>, cls: ObjRef, name: NameId) -> bool {
    vm.class_lookup(cls, name).is_some_and(|v| is_member(vm, v))
}

/// What must match for `obj.__class__ = new`: the slot names along the mro, whether
/// instances have a `__dict__`, and the builtin value type extended (if any).
fn layout(vm: &Vm<'_>, cls: ObjRef) -> (Vec<NameId>, bool, Option<ObjRef>) {
    let mut names = Vec::new();
    if let Some(c) = vm.class(cls) {
        for k in &c.mro {
            if let Some(kc) = vm.class(*k) {
                for (n, v) in kc.dict.iter() {
                    if is_member(vm, *v) {
                        names.push(*n);
                    }
                }
            }
        }
    }
    names.sort_unstable_by_key(|n| n.0);
    let dict = crate::ops::attr::slot_allowed(vm, cls, sym::__dict__);
    (names, dict, crate::builtins::subclass::value_base(vm, cls))
}

/// `obj.__class__ = v` (`Some`) or `del obj.__class__` (`None`) on an instance, with
/// CPython's checks: a class, both sides user classes, the same instance layout.
pub fn assign_class(vm: &mut Vm<'_>, obj: ObjRef, v: Option<Value>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Some(new) = v.as_obj().filter(|r| vm.class(*r).is_some()) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{t}' object"
        )));
    };
    let old = vm.type_of(Value::Obj(obj));
    let user = |vm: &Vm<'_>, c: ObjRef| vm.class(c).is_some_and(|k| !k.builtin);
    if !user(vm, old) || !user(vm, new) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if layout(vm, old) != layout(vm, new) {
        let (n, o) = (vm.class_name(new), vm.class_name(old));
        return Err(vm.type_error(format!(
            "__class__ assignment: '{n}' object layout differs from '{o}'"
        )));
    }
    if let Object::Instance(i) = vm.st.heap.get_mut(obj) {
        i.class = new;
    }
    // Instances of the new class may need the slow paths (a `__del__`, descriptors).
    let flags = crate::ops::attr::class_flags(vm, new);
    vm.st.flags_seen |= flags;
    if vm.class_lookup(new, sym::__del__).is_some() {
        vm.st.fin.seen = true;
    }
    Ok(())
}
