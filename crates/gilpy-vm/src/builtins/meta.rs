//! Metaclasses: choosing a class statement's metaclass, running the body into a
//! namespace that is then handed to `meta(name, bases, ns, **kw)`, and the methods of
//! `type` a metaclass reaches through `super()` (`type.__init__`, `type.__call__`).
//!
//! A class whose metaclass is not `type` records it in `ClassObj::meta`; `type(C)` and
//! `isinstance(C, M)` read it, the operators look the metaclass's special methods up
//! for class objects (`Vm::user_dunder`), attribute lookup on the class falls back to
//! the metaclass, and calling the class goes through a `__call__` the metaclass
//! defines (the `attr_flags::META` bit sends such calls off the fast path).

use crate::builtins::{Args, NativeDef};
use crate::names::{sym, NameId};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Methods of `type` defined here.
pub const TYPE_METHODS: &[NativeDef] = &[
    NativeDef::new("__init__", type_init),
    NativeDef::new("__call__", type_call),
    NativeDef::new("__instancecheck__", type_instancecheck),
    NativeDef::new("__subclasscheck__", type_subclasscheck),
];

/// Keys under which a class body's pending metaclass state waits in the scratch class
/// the body runs into (not identifiers: no Python name reaches them).
const META_KEY: &str = " metaclass";
const BASES_KEY: &str = " bases";
const PREPARED_KEY: &str = " prepared";
const KW_KEY: &str = " meta keywords";

/// The metaclass of class `r` (`type` for plain classes).
pub fn meta_of(vm: &Vm<'_>, r: ObjRef) -> ObjRef {
    vm.class(r)
        .and_then(|c| c.meta)
        .unwrap_or(vm.st.types.type_)
}

/// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and the bases'
/// metaclasses, or a `TypeError` when two are unrelated.
pub fn calculate(vm: &mut Vm<'_>, meta: ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner = meta;
    for b in bases {
        let t = meta_of(vm, *b);
        if winner == t || vm.is_subclass(winner, t) {
            continue;
        }
        if vm.is_subclass(t, winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The metaclass a class statement must call, or `None` for `type` (the ordinary path,
/// where the body runs straight into the new class). `kw` is the keywords dict.
pub fn select(vm: &mut Vm<'_>, bases: &[Value], kw: Value) -> PyResult<Option<Value>> {
    let explicit = kw.as_obj().and_then(|d| {
        crate::ops::dictops::dict_items(vm, d)
            .into_iter()
            .find(|(k, _)| vm.as_str(*k) == Some("metaclass"))
            .map(|(_, v)| v)
    });
    let base_refs: Vec<ObjRef> = bases
        .iter()
        .filter_map(|b| b.as_obj().filter(|r| vm.class(*r).is_some()))
        .collect();
    let ty = vm.st.types.type_;
    let start = match explicit {
        // A plain callable as metaclass is called as it is.
        Some(m) if m.as_obj().and_then(|r| vm.class(r)).is_none() => return Ok(Some(m)),
        Some(m) => m.as_obj().unwrap_or(ty),
        None => ty,
    };
    let winner = calculate(vm, start, &base_refs)?;
    Ok((winner != ty).then_some(Value::Obj(winner)))
}

/// Creates the scratch class a body with metaclass `meta` runs into: it carries the
/// metaclass, the bases, the keywords (without `metaclass`) and what `__prepare__`
/// returned, and is replaced by `meta(name, bases, ns, **kw)` when the body ends.
pub fn scratch_class(
    vm: &mut Vm<'_>,
    name: &str,
    meta: Value,
    bases: &[Value],
    kw: Value,
) -> PyResult<ObjRef> {
    let mut kwargs: Vec<(NameId, Value)> = Vec::new();
    if let Some(d) = kw.as_obj() {
        for (k, v) in crate::ops::dictops::dict_items(vm, d) {
            let text = vm.as_str(k).unwrap_or("").to_string();
            if text != "metaclass" {
                kwargs.push((vm.intern(&text), v));
            }
        }
    }
    let bases_t = vm.new_tuple(bases.to_vec());
    let mark = vm.push_root(bases_t);
    let prep = vm.intern("__prepare__");
    let prepare = crate::ops::attr::try_get_attr(vm, meta, prep);
    let prepared = match prepare {
        Ok(Some(p)) => {
            let n = vm.new_str(name);
            crate::call::call_value(vm, p, &[n, bases_t], &kwargs)
        }
        Ok(None) => Ok(Value::None),
        Err(e) => Err(e),
    };
    let prepared = match prepared {
        Ok(p) => p,
        Err(e) => {
            vm.pop_roots(mark);
            return Err(e);
        }
    };
    let object = vm.st.types.object;
    let cls = vm.new_class(name, Some(object), None, false);
    // What `__prepare__` put in the namespace is visible to the body.
    let preset = match prepared.as_obj() {
        Some(p) => {
            let base = crate::builtins::subclass::unwrap_base(vm, Value::Obj(p));
            match base.as_obj() {
                Some(d) if matches!(vm.st.heap.get(d), Object::Dict(_)) => {
                    crate::ops::dictops::dict_items(vm, d)
                }
                _ => Vec::new(),
            }
        }
        None => Vec::new(),
    };
    for (k, v) in preset {
        if let Some(ks) = vm.as_str(k).map(str::to_string) {
            vm.class_set(cls, &ks, v);
        }
    }
    let kw_pairs: Vec<Value> = kwargs
        .iter()
        .map(|(k, v)| {
            let ks = vm.name(*k);
            let kv = vm.new_str(&ks);
            vm.new_tuple(vec![kv, *v])
        })
        .collect();
    let kw_t = vm.new_tuple(kw_pairs);
    vm.class_set(cls, META_KEY, meta);
    vm.class_set(cls, BASES_KEY, bases_t);
    vm.class_set(cls, PREPARED_KEY, prepared);
    vm.class_set(cls, KW_KEY, kw_t);
    vm.pop_roots(mark);
    Ok(cls)
}

/// Is `cls` a scratch class whose body must be handed to a metaclass?
pub fn is_scratch(vm: &Vm<'_>, cls: ObjRef) -> bool {
    let Some(k) = vm.st.names.lookup(META_KEY) else {
        return false;
    };
    vm.class(cls).is_some_and(|c| c.dict.get(&k).is_some())
}

/// The body of a scratch class finished: build the namespace and call the metaclass.
/// `cell` is the body's `__class__` cell (or `None`), passed as `__classcell__` so that
/// `type.__new__` fills it before `__init_subclass__` runs, as in CPython.
pub fn finish(vm: &mut Vm<'_>, cls: ObjRef, cell: Value) -> PyResult<Value> {
    let take = |vm: &mut Vm<'_>, key: &str| {
        let k = vm.intern(key);
        match vm.st.heap.get_mut(cls) {
            Object::Class(c) => c.dict.remove(&k).unwrap_or(Value::None),
            _ => Value::None,
        }
    };
    let meta = take(vm, META_KEY);
    let bases = take(vm, BASES_KEY);
    let prepared = take(vm, PREPARED_KEY);
    let kw_t = take(vm, KW_KEY);
    let (name, qualname) = match vm.class(cls) {
        Some(c) => (c.name.clone(), c.qualname.clone()),
        None => return Err(vm.type_error("class body without a class")),
    };
    let entries: Vec<(NameId, Value)> = match vm.class(cls) {
        Some(c) => c.dict.iter().map(|(k, v)| (*k, *v)).collect(),
        None => Vec::new(),
    };
    let mark = vm.push_root(meta);
    vm.push_root(bases);
    vm.push_root(prepared);
    vm.push_root(kw_t);
    let r = (|| {
        let ns = if matches!(prepared, Value::None) {
            vm.new_dict()
        } else {
            prepared
        };
        vm.push_root(ns);
        let plain = ns
            .as_obj()
            .filter(|d| matches!(vm.st.heap.get(*d), Object::Dict(_)));
        let put = |vm: &mut Vm<'_>, k: &str, v: Value| -> PyResult<()> {
            let kv = vm.new_str(k);
            match plain {
                Some(d) => crate::ops::dictops::dict_set(vm, d, kv, v),
                None => crate::ops::subscr::set_item(vm, ns, kv, v),
            }
        };
        let mut wrote_qualname = false;
        for (k, v) in entries {
            let ks = vm.name(k);
            if ks.starts_with(' ') {
                continue;
            }
            // A plain dict from `__prepare__` already holds what the body bound.
            if plain.is_some() && !matches!(prepared, Value::None) {
                let kv = vm.new_str(&ks);
                if let Some(d) = plain {
                    if crate::ops::dictops::dict_get(vm, d, kv)?.is_some_and(|old| old.is(v)) {
                        continue;
                    }
                }
            }
            put(vm, &ks, v)?;
            if &*ks == "__module__" && !wrote_qualname {
                let q = vm.new_str(&qualname);
                put(vm, "__qualname__", q)?;
                wrote_qualname = true;
            }
        }
        if !matches!(cell, Value::None) {
            put(vm, "__classcell__", cell)?;
        }
        let n = vm.new_str(&name);
        let mut kwargs = Vec::new();
        if let Some(Object::Tuple(t)) = vm.obj(kw_t) {
            let pairs = t.to_vec();
            for pair in pairs {
                if let Some(Object::Tuple(p)) = vm.obj(pair) {
                    let (k, v) = (p[0], p[1]);
                    let ks = vm.as_str(k).unwrap_or("").to_string();
                    kwargs.push((vm.intern(&ks), v));
                }
            }
        }
        crate::call::call_value(vm, meta, &[n, bases, ns], &kwargs)
    })();
    vm.pop_roots(mark);
    r
}

/// `type.__init__(cls, *args, **kw)`: the class is complete already; accepts what
/// `type.__new__` accepted.
fn type_init(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    if args.len() != 2 && args.len() != 4 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: creates an instance the ordinary way, skipping
/// the metaclass's own `__call__` (this is what `super().__call__(...)` reaches).
fn type_call(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args
        .get(0)
        .and_then(|c| c.as_obj())
        .filter(|c| vm.class(*c).is_some())
    else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    crate::call::construct(vm, cls, &args.pos[1..], args.kw)
}

/// The `__call__` the metaclass of `cls` defines in Python, if any.
pub fn meta_call(vm: &Vm<'_>, cls: ObjRef) -> Option<Value> {
    let meta = vm.class(cls)?.meta?;
    vm.meta_lookup(meta, sym::__call__)
}

/// The `name` hook (`__instancecheck__`/`__subclasscheck__`) that `type(cls)` defines
/// in Python: a user metaclass's method, or the method of a user class whose instance
/// is used as the class argument. `None` means the default check applies.
fn check_hook(vm: &mut Vm<'_>, cls: Value, name: &str) -> Option<Value> {
    // Plain classes (metaclass `type`) are the common case: no name lookup for them.
    let owner = match vm.obj(cls)? {
        Object::Class(c) => c.meta?,
        Object::Instance(i) => i.class,
        _ => return None,
    };
    let id = vm.intern(name);
    match vm.obj(cls)? {
        Object::Class(_) => vm.meta_lookup(owner, id),
        _ => vm.class_lookup(owner, id),
    }
}

/// When `spec` is a tuple (or a union): whether `check` holds for any of its items, left to right,
/// stopping at the first true or error (CPython's order). `None` for a non-tuple.
fn any_in_tuple(
    vm: &mut Vm<'_>,
    spec: Value,
    mut check: impl FnMut(&mut Vm<'_>, Value) -> PyResult<bool>,
) -> Option<PyResult<bool>> {
    let items = match vm.obj(spec) {
        Some(Object::Tuple(t)) => t.to_vec(),
        // `int | str` is searched like `(int, str)`.
        Some(Object::Instance(_)) => crate::builtins::union::members(vm, spec)?,
        _ => return None,
    };
    if let Err(e) = vm.enter_native() {
        return Some(Err(e));
    }
    let mut found = Ok(false);
    for c in items {
        match check(vm, c) {
            Ok(false) => continue,
            other => {
                found = other;
                break;
            }
        }
    }
    vm.leave_native();
    Some(found)
}

/// Calls a metaclass's `__instancecheck__`/`__subclasscheck__` and takes its truth.
fn call_check_hook(vm: &mut Vm<'_>, hook: Value, cls: Value, arg: Value) -> PyResult<bool> {
    vm.enter_native()?;
    let res = vm.call(hook, &[cls, arg]);
    vm.leave_native();
    let res = res?;
    crate::ops::compare::is_true(vm, res)
}

/// `isinstance(obj, cls)` as CPython's `PyObject_IsInstance`: an exact type match
/// wins, tuples are searched, and otherwise `type(cls).__instancecheck__` decides (a
/// metaclass hook such as `ABCMeta`'s, or the default subclass test).
pub fn instance_check(vm: &mut Vm<'_>, obj: Value, cls: Value) -> PyResult<bool> {
    if let Some(r) = cls.as_obj() {
        if vm.type_of(obj) == r {
            return Ok(true);
        }
        // A class whose metaclass is `type` (no `__instancecheck__`) and an object that
        // is neither an instance nor a class (no `__class__` of its own): the mro decides.
        if matches!(vm.st.heap.get(r), Object::Class(c) if c.meta.is_none())
            && !matches!(vm.obj(obj), Some(Object::Instance(_) | Object::Class(_)))
        {
            return Ok(vm.isinstance(obj, r));
        }
    }
    if let Some(found) = any_in_tuple(vm, cls, |vm, c| instance_check(vm, obj, c)) {
        return found;
    }
    if let Some(hook) = check_hook(vm, cls, "__instancecheck__") {
        return call_check_hook(vm, hook, cls, obj);
    }
    match cls.as_obj().filter(|r| vm.class(*r).is_some()) {
        Some(r) => default_instance_check(vm, obj, r),
        None if vm.type_of(cls) == vm.st.types.generic_alias => {
            Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
        }
        None => {
            Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

/// `type.__instancecheck__`: the type of `obj` or, when it differs, the `__class__`
/// the object reports (a proxy's property) derives from `cls`.
fn default_instance_check(vm: &mut Vm<'_>, obj: Value, cls: ObjRef) -> PyResult<bool> {
    if vm.isinstance(obj, cls) {
        return Ok(true);
    }
    if vm.user_dunder(obj, sym::__class__).is_none() {
        return Ok(false);
    }
    let reported = crate::ops::attr::get_attr(vm, obj, sym::__class__)?;
    Ok(reported
        .as_obj()
        .filter(|k| vm.class(*k).is_some())
        .is_some_and(|k| vm.is_subclass(k, cls)))
}

/// `issubclass(sub, cls)` as CPython's `PyObject_IsSubclass`: tuples are searched and
/// `type(cls).__subclasscheck__` decides; the default needs classes on both sides.
pub fn subclass_check(vm: &mut Vm<'_>, sub: Value, cls: Value) -> PyResult<bool> {
    if let Some(found) = any_in_tuple(vm, cls, |vm, c| subclass_check(vm, sub, c)) {
        return found;
    }
    if let Some(hook) = check_hook(vm, cls, "__subclasscheck__") {
        return call_check_hook(vm, hook, cls, sub);
    }
    default_subclass_check(vm, sub, cls)
}

fn default_subclass_check(vm: &mut Vm<'_>, sub: Value, cls: Value) -> PyResult<bool> {
    let Some(s) = sub.as_obj().filter(|r| vm.class(*r).is_some()) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let Some(c) = cls.as_obj().filter(|r| vm.class(*r).is_some()) else {
        if vm.type_of(cls) == vm.st.types.generic_alias {
            let msg = "issubclass() argument 2 cannot be a parameterized generic";
            return Err(vm.type_error(msg));
        }
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    };
    Ok(vm.is_subclass(s, c))
}

/// `type.__instancecheck__(cls, obj)`: the default test a metaclass hook can defer to
/// through `super()`.
fn type_instancecheck(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__instancecheck__", 2, 2)?;
    let Some(cls) = args.pos[0].as_obj().filter(|r| vm.class(*r).is_some()) else {
        return Err(vm.type_error("descriptor '__instancecheck__' requires a 'type' object"));
    };
    Ok(Value::Bool(default_instance_check(vm, args.pos[1], cls)?))
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__subclasscheck__", 2, 2)?;
    Ok(Value::Bool(default_subclass_check(
        vm,
        args.pos[1],
        args.pos[0],
    )?))
}
