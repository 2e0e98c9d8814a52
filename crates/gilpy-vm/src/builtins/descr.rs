//! Descriptors: the `property`, `staticmethod` and `classmethod` classes, and the
//! helpers attribute lookup uses to apply any descriptor (these three and user classes
//! with `__get__` / `__set__` / `__delete__`), in CPython's order (see docs/objects.md).
//!
//! The three classes are native classes whose instances keep their state as ordinary
//! instance attributes (`fget`, `fset`, `fdel`, `__doc__`; `__func__`), so reading them
//! (`p.fget`, `sm.__func__`) needs nothing special and the collector traces them.

use crate::builtins::{Args, NativeDef};
use crate::names::{sym, NameId};
use crate::object::{InstanceObj, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Creates the classes (called from `types::bootstrap`, before builtins are bound).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let o = Some(vm.st.types.object);
    let p = vm.new_class("property", o, Some(property_new), true);
    vm.st.types.property = p;
    vm.add_methods(p, PROPERTY_METHODS);
    let s = vm.new_class("staticmethod", o, Some(staticmethod_new), true);
    vm.st.types.staticmethod = s;
    vm.add_methods(s, STATICMETHOD_METHODS);
    let c = vm.new_class("classmethod", o, Some(classmethod_new), true);
    vm.st.types.classmethod = c;
    vm.add_methods(c, CLASSMETHOD_METHODS);
    crate::builtins::generic_alias::bootstrap(vm);
    crate::builtins::union::bootstrap(vm);
    crate::builtins::slots::bootstrap(vm);
    crate::builtins::objmodel::bootstrap(vm);
}

const PROPERTY_METHODS: &[NativeDef] = &[
    NativeDef::new("getter", property_getter),
    NativeDef::new("setter", property_setter),
    NativeDef::new("deleter", property_deleter),
    NativeDef::new("__get__", property_get),
    NativeDef::new("__set__", property_set),
    NativeDef::new("__delete__", property_delete),
];

const STATICMETHOD_METHODS: &[NativeDef] = &[
    NativeDef::new("__get__", staticmethod_get),
    NativeDef::new("__call__", staticmethod_call),
];

const CLASSMETHOD_METHODS: &[NativeDef] = &[NativeDef::new("__get__", classmethod_get)];

fn new_instance(vm: &mut Vm<'_>, cls: ObjRef, attrs: Vec<(NameId, Value)>) -> Value {
    vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs,
        payload: Payload::None,
    })))
}

/// A `staticmethod` / `classmethod` (`cls`) around `f`.
pub fn wrap(vm: &mut Vm<'_>, cls: ObjRef, f: Value) -> Value {
    new_instance(vm, cls, vec![(sym::__func__, f)])
}

fn property_parts(vm: &mut Vm<'_>, p: Value) -> [Value; 4] {
    let names = [
        vm.intern("fget"),
        vm.intern("fset"),
        vm.intern("fdel"),
        sym::__doc__,
    ];
    match vm.obj(p) {
        Some(Object::Instance(i)) => names.map(|n| i.get_attr(n).unwrap_or(Value::None)),
        _ => [Value::None; 4],
    }
}

fn make_property(vm: &mut Vm<'_>, cls: ObjRef, parts: [Value; 4]) -> PyResult<Value> {
    let [fget, fset, fdel, mut doc] = parts;
    // Like CPython, the getter's docstring becomes the property's when none is given.
    if matches!(doc, Value::None) && !matches!(fget, Value::None) {
        doc = crate::ops::attr::try_get_attr(vm, fget, sym::__doc__)?.unwrap_or(Value::None);
    }
    let attrs = vec![
        (vm.intern("fget"), fget),
        (vm.intern("fset"), fset),
        (vm.intern("fdel"), fdel),
        (sym::__doc__, doc),
    ];
    Ok(new_instance(vm, cls, attrs))
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`
fn property_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "property", 0, 4)?;
    let mut parts = [Value::None; 4];
    for (i, p) in parts.iter_mut().enumerate() {
        if let Some(v) = args.get(i) {
            *p = v;
        }
    }
    for &(k, v) in args.kw {
        let i = match &*vm.name(k) {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            other => {
                let msg = format!("property() got an unexpected keyword argument '{other}'");
                return Err(vm.type_error(msg));
            }
        };
        parts[i] = v;
    }
    make_property(vm, cls, parts)
}

fn property_with(vm: &mut Vm<'_>, args: Args<'_>, which: usize, name: &str) -> PyResult<Value> {
    args.check(vm, name, 2, 2)?;
    let p = args.pos[0];
    let mut parts = property_parts(vm, p);
    parts[which] = args.pos[1];
    // A docstring taken from the old getter is re-derived from the new one.
    if which == 0 {
        parts[3] = Value::None;
    }
    let cls = vm.type_of(p);
    make_property(vm, cls, parts)
}

fn property_getter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 0, "getter")
}

fn property_setter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 1, "setter")
}

fn property_deleter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 2, "deleter")
}

fn property_get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__get__", 2, 3)?;
    let (p, obj) = (args.pos[0], args.pos[1]);
    if matches!(obj, Value::None) {
        return Ok(p);
    }
    get(vm, p, obj, None)
}

fn property_set(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__set__", 3, 3)?;
    set(vm, args.pos[0], args.pos[1], None, Some(args.pos[2]))?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__delete__", 2, 2)?;
    set(vm, args.pos[0], args.pos[1], None, None)?;
    Ok(Value::None)
}

fn wrapped_func(vm: &Vm<'_>, v: Value) -> Value {
    match vm.obj(v) {
        Some(Object::Instance(i)) => i.get_attr(sym::__func__).unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn staticmethod_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "staticmethod", 1, 1)?;
    Ok(new_instance(vm, cls, vec![(sym::__func__, args.pos[0])]))
}

fn classmethod_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "classmethod", 1, 1)?;
    Ok(new_instance(vm, cls, vec![(sym::__func__, args.pos[0])]))
}

fn staticmethod_get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__get__", 2, 3)?;
    Ok(wrapped_func(vm, args.pos[0]))
}

fn staticmethod_call(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let f = wrapped_func(vm, args.pos[0]);
    crate::call::call_value(vm, f, &args.pos[1..], args.kw)
}

fn classmethod_get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__get__", 2, 3)?;
    let owner = match args.get(2) {
        Some(Value::Obj(c)) if vm.class(c).is_some() => c,
        _ => vm.type_of(args.pos[1]),
    };
    let f = wrapped_func(vm, args.pos[0]);
    Ok(vm.alloc(Object::BoundMethod {
        func: f,
        self_: Value::Obj(owner),
    }))
}

/// Is `v` a data descriptor (its type defines `__set__` or `__delete__`)?
pub fn is_data_desc(vm: &Vm<'_>, v: Value) -> bool {
    match vm.obj(v) {
        Some(Object::Instance(i)) => {
            let c = i.class;
            c == vm.st.types.property
                || (c != vm.st.types.staticmethod
                    && c != vm.st.types.classmethod
                    && (vm.class_lookup(c, sym::__set__).is_some()
                        || vm.class_lookup(c, sym::__delete__).is_some()))
        }
        _ => false,
    }
}

/// Is `v` a user descriptor whose type defines no `__get__` (only `__set__` or
/// `__delete__`)? Reading it through an instance prefers the instance's own value.
pub fn lacks_get(vm: &Vm<'_>, v: Value) -> bool {
    match vm.obj(v) {
        Some(Object::Instance(i)) => {
            i.class != vm.st.types.property && vm.class_lookup(i.class, sym::__get__).is_none()
        }
        _ => false,
    }
}

/// What the class attribute `v` (found on the mro of `owner`) reads as through `obj`
/// (`None`: read on the class itself): functions bind, descriptors run `__get__`,
/// anything else is itself.
pub fn bind(vm: &mut Vm<'_>, v: Value, obj: Option<Value>, owner: ObjRef) -> PyResult<Value> {
    let Some(Object::Instance(i)) = vm.obj(v) else {
        return Ok(match (vm.obj(v), obj) {
            (Some(Object::Function(_)), Some(o)) => {
                vm.alloc(Object::BoundMethod { func: v, self_: o })
            }
            (Some(Object::Native(n)), Some(o)) => {
                let o = crate::builtins::subclass::self_for(vm, n, o).unwrap_or(o);
                vm.alloc(Object::BoundMethod { func: v, self_: o })
            }
            _ => v,
        });
    };
    let c = i.class;
    let t = &vm.st.types;
    if c == t.staticmethod {
        return Ok(wrapped_func(vm, v));
    }
    if c == t.classmethod {
        let f = wrapped_func(vm, v);
        return Ok(vm.alloc(Object::BoundMethod {
            func: f,
            self_: Value::Obj(owner),
        }));
    }
    if c == t.property {
        return match obj {
            Some(o) => get(vm, v, o, None),
            None => Ok(v),
        };
    }
    match vm.class_lookup(c, sym::__get__) {
        Some(g) => {
            let o = obj.unwrap_or(Value::None);
            vm.call(g, &[v, o, Value::Obj(owner)])
        }
        None => Ok(v),
    }
}

/// Reads the data descriptor `d` through `obj` (`name`, when known, for messages).
pub fn get(vm: &mut Vm<'_>, d: Value, obj: Value, name: Option<NameId>) -> PyResult<Value> {
    if vm.type_of(d) == vm.st.types.property {
        let [fget, ..] = property_parts(vm, d);
        if matches!(fget, Value::None) {
            return Err(property_error(vm, obj, name, "getter"));
        }
        return vm.call(fget, &[obj]);
    }
    let owner = vm.type_of(obj);
    bind(vm, d, Some(obj), owner)
}

/// Writes (`Some(v)`) or deletes (`None`) through the data descriptor `d`.
pub fn set(
    vm: &mut Vm<'_>,
    d: Value,
    obj: Value,
    name: Option<NameId>,
    v: Option<Value>,
) -> PyResult<()> {
    let dc = vm.type_of(d);
    if dc == vm.st.types.property {
        let [_, fset, fdel, _] = property_parts(vm, d);
        let (f, what) = match v {
            Some(_) => (fset, "setter"),
            None => (fdel, "deleter"),
        };
        if matches!(f, Value::None) {
            return Err(property_error(vm, obj, name, what));
        }
        match v {
            Some(v) => vm.call(f, &[obj, v])?,
            None => vm.call(f, &[obj])?,
        };
        return Ok(());
    }
    let (method, args) = match v {
        Some(v) => (sym::__set__, vec![d, obj, v]),
        None => (sym::__delete__, vec![d, obj]),
    };
    match vm.class_lookup(dc, method) {
        Some(f) => vm.call(f, &args).map(|_| ()),
        None => {
            let m = vm.name(method);
            let c = vm.st.types.attribute_error;
            Err(vm.error(c, m.to_string()))
        }
    }
}

/// CPython 3.11's wording: `property 'x' of 'A' object has no setter` (the name comes
/// from the attribute being accessed; without it, `property of 'A' object ...`).
fn property_error(vm: &mut Vm<'_>, obj: Value, name: Option<NameId>, what: &str) -> crate::Throw {
    let t = vm.type_name(obj);
    let msg = match name {
        Some(n) => format!("property '{}' of '{t}' object has no {what}", vm.name(n)),
        None => format!("property of '{t}' object has no {what}"),
    };
    let c = vm.st.types.attribute_error;
    vm.error(c, msg)
}
