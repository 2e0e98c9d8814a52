//! Object-model corners that have no better home: constructors of the internal types
//! (`types.MethodType(f, obj)`), ...

use crate::builtins::{Args, NativeDef};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Wires the constructors into the builtin classes (called from `descr::bootstrap`).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let m = vm.st.types.method;
    if let Object::Class(c) = vm.st.heap.get_mut(m) {
        c.new = Some(method_new);
    }
    let o = Some(vm.st.types.object);
    let md = vm.new_class("method_descriptor", o, None, true);
    vm.st.types.method_descriptor = md;
    let gd = vm.new_class("getset_descriptor", o, None, true);
    vm.st.types.getset_descriptor = gd;
    vm.add_methods(
        gd,
        &[
            NativeDef::new("__get__", getset_get),
            NativeDef::new("__repr__", getset_repr),
        ],
    );
    for (name, f) in OBJECT_CMP {
        let v = vm.new_native(name, f, Some(vm.st.types.object));
        let object = vm.st.types.object;
        vm.class_set(object, &format!(" {name}"), v);
    }
    crate::builtins::mappingproxy::bootstrap(vm);
    crate::builtins::itertypes::bootstrap(vm);
    // Core types with their own constructor get their own `__new__` (else `int.__new__`
    // would be `object.__new__`, which must refuse them).
    let object = vm.st.types.object;
    for t in vm.st.types.all() {
        let own = vm
            .class(t)
            .is_some_and(|c| c.new.is_some() && !c.is_exception);
        if own && t != object {
            vm.add_methods(t, &[NativeDef::new("__new__", builtin_type_new)]);
        }
    }
    let f = vm.st.types.function;
    vm.add_methods(
        f,
        &[
            NativeDef::new("__get__", function_get),
            NativeDef::new("__call__", function_call),
        ],
    );
}

/// `function.__get__(obj, type=None)`: the function itself through `None`, else a
/// method bound to `obj` (what attribute lookup does for functions found on a class).
fn function_get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__get__", 2, 3)?;
    let (func, obj) = (args.pos[0], args.pos[1]);
    if obj.is(Value::None) {
        return Ok(func);
    }
    Ok(vm.alloc(Object::BoundMethod { func, self_: obj }))
}

/// `types.MethodType(func, obj)`: binds any callable to an object.
fn method_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "method", 2, 2)?;
    let (func, self_) = (args.pos[0], args.pos[1]);
    let callable = crate::builtins::core::callable(vm, Args::positional(&[func]))?;
    if !callable.is(Value::Bool(true)) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if self_.is(Value::None) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.alloc(Object::BoundMethod { func, self_ }))
}

/// The name of `v` when it is one of the core builtin types, whose attributes cannot be
/// set or deleted (`int.foo = 1`); native classes of modules stay writable.
pub fn immutable_type(vm: &Vm<'_>, v: Value) -> Option<std::sync::Arc<str>> {
    let r = v.as_obj()?;
    let c = vm.class(r).filter(|c| c.builtin)?;
    if vm.st.types.all().contains(&r) {
        return Some(c.name.clone());
    }
    None
}

/// `int.__new__(cls, ...)` and the other core types' own `__new__`: the constructor
/// `cls` inherits, without `__init__`.
fn builtin_type_new(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args
        .get(0)
        .and_then(|c| c.as_obj())
        .filter(|c| vm.class(*c).is_some())
    else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    crate::call::native_new(vm, cls, &args.pos[1..], args.kw)
}

/// The core builtin type whose constructor `cls` inherits, when that is not `object`'s
/// (`object.__new__(int)` is refused with its name). Exceptions and module-defined
/// native classes are left alone.
pub fn unsafe_object_new(vm: &Vm<'_>, cls: ObjRef) -> Option<ObjRef> {
    let c = vm.class(cls)?;
    if c.is_exception {
        return None;
    }
    let owner = c
        .mro
        .iter()
        .copied()
        .find(|k| vm.class(*k).is_some_and(|k| k.new.is_some()))?;
    if owner == vm.st.types.object || !vm.st.types.all().contains(&owner) {
        return None;
    }
    Some(owner)
}

/// `object.__init__(self, *args, **kw)`: extra arguments are an error for a class that
/// gets both its constructor and (if it has none of its own) its initializer from
/// `object`, worded as CPython's `object_init`.
pub fn object_init_check(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<()> {
    if args.pos.len() <= 1 && args.kw.is_empty() {
        return Ok(());
    }
    let Some(obj) = args.get(0) else {
        return Ok(());
    };
    let cls = vm.type_of(obj);
    let Some(c) = vm.class(cls) else {
        return Ok(());
    };
    if c.is_exception {
        return Ok(());
    }
    let owner = c
        .mro
        .iter()
        .copied()
        .find(|k| vm.class(*k).is_some_and(|k| k.new.is_some()));
    if owner != Some(vm.st.types.object) {
        return Ok(());
    }
    let own_init = vm
        .class_lookup(cls, crate::names::sym::__init__)
        .is_some_and(|i| !i.is(vm.st.object_init));
    if own_init {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    let user_new = c.attr_flags & crate::object::attr_flags::NEW != 0;
    if !user_new {
        let n = vm.class_name(cls);
        return Err(vm.type_error(format!(
            "{n}.__init__() takes exactly one argument (the instance to initialize)"
        )));
    }
    Ok(())
}

/// `C.__name__ = ...`, `C.__qualname__ = ...` (what reprs show) and `C.__module__`
/// (kept in the class dict too): `Ok(false)` when `name` is none of them or `obj` is
/// not a class, so the caller stores it as usual.
pub fn set_class_special(
    vm: &mut Vm<'_>,
    obj: Value,
    name: crate::names::NameId,
    v: Option<Value>,
) -> PyResult<bool> {
    use crate::names::sym;
    let Some(r) = obj.as_obj().filter(|r| vm.class(*r).is_some()) else {
        return Ok(false);
    };
    if name != sym::__name__ && name != sym::__qualname__ && name != sym::__module__ {
        return Ok(false);
    }
    let text = vm.name(name);
    let cname = vm.class_name(r);
    let Some(v) = v else {
        if name == sym::__module__ {
            return Ok(false);
        }
        return Err(vm.type_error(format!(
            "cannot delete '{text}' attribute of type '{cname}'"
        )));
    };
    let Some(s) = vm.as_str(v).map(std::sync::Arc::<str>::from) else {
        if name == sym::__module__ {
            return Ok(false);
        }
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "can only assign string to {cname}.{text}, not '{t}'"
        )));
    };
    if name == sym::__name__ && s.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    if let Object::Class(c) = vm.st.heap.get_mut(r) {
        match name {
            sym::__name__ => c.name = s,
            sym::__qualname__ => c.qualname = s,
            _ => {
                c.module = s;
                c.dict.insert(name, v);
            }
        }
    }
    Ok(true)
}

/// `__qualname__` / `__module__` of a native function `f` (heap object `r`).
/// `f.__doc__` for a native: CPython's docstring for the builtins' functions and their
/// types' methods (`len`, `str.upper`), else None.
pub fn native_doc(vm: &mut Vm<'_>, r: ObjRef, f: crate::object::NativeFnObj) -> Value {
    let key = match f.owner {
        Some(o) => match vm.class(o) {
            Some(c) => format!("{}.{}", c.name, f.name),
            None => return Value::None,
        },
        None => {
            let bound = vm
                .st
                .names
                .lookup(f.name)
                .and_then(|k| vm.st.builtins.get(k));
            if bound.and_then(|b| b.as_obj()) != Some(r) {
                return Value::None;
            }
            f.name.to_string()
        }
    };
    match crate::builtins::docs::builtin_doc(&key) {
        Some(d) => vm.new_str(d),
        None => Value::None,
    }
}

pub fn native_attr(
    vm: &mut Vm<'_>,
    r: ObjRef,
    f: crate::object::NativeFnObj,
    name: crate::names::NameId,
) -> Value {
    if name == crate::names::sym::__qualname__ {
        return match f.owner {
            Some(o) => {
                let q = vm.class(o).map(|c| c.qualname.clone());
                match q {
                    Some(q) => vm.new_string(format!("{q}.{}", f.name)),
                    None => vm.new_str(f.name),
                }
            }
            None => vm.new_str(f.name),
        };
    }
    // Only the functions bound in builtins know their module.
    let key = vm.st.names.lookup(f.name);
    let builtin = key
        .and_then(|k| vm.st.builtins.get(k))
        .is_some_and(|b| b.as_obj() == Some(r));
    if name == crate::names::sym::__self__ {
        // `len.__self__` is the builtins module.
        if builtin {
            if let Ok(m) = crate::modules::import::import_name(vm, "builtins") {
                return m;
            }
        }
        return Value::None;
    }
    if builtin {
        vm.new_str("builtins")
    } else {
        Value::None
    }
}

/// A `getset_descriptor` for attribute `name` of `owner`'s instances (`__dict__` and
/// `__weakref__` as a class's `__dict__` lists them).
pub fn getset_descriptor(vm: &mut Vm<'_>, owner: ObjRef, name: &str) -> Value {
    let cls = vm.st.types.getset_descriptor;
    let n = vm.new_str(name);
    let attrs = vec![
        (crate::names::sym::__name__, n),
        (vm.intern("__objclass__"), Value::Obj(owner)),
    ];
    vm.alloc(Object::Instance(Box::new(crate::object::InstanceObj {
        class: cls,
        attrs,
        payload: crate::object::Payload::None,
    })))
}

fn getset_parts(vm: &mut Vm<'_>, d: Value) -> (Value, Value) {
    let oc = vm.intern("__objclass__");
    match vm.obj(d) {
        Some(Object::Instance(i)) => (
            i.get_attr(crate::names::sym::__name__)
                .unwrap_or(Value::None),
            i.get_attr(oc).unwrap_or(Value::None),
        ),
        _ => (Value::None, Value::None),
    }
}

/// `descr.__get__(obj, type=None)`: the attribute of `obj` (the descriptor through `None`).
fn getset_get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__get__", 2, 3)?;
    let (d, obj) = (args.pos[0], args.pos[1]);
    if obj.is(Value::None) {
        return Ok(d);
    }
    let (name, _) = getset_parts(vm, d);
    let Some(text) = vm.as_str(name).map(str::to_string) else {
        return Ok(Value::None);
    };
    if text == "__weakref__" {
        return Ok(Value::None);
    }
    let n = vm.intern(&text);
    crate::ops::attr::get_attr(vm, obj, n)
}

fn getset_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let (name, owner) = getset_parts(vm, args.pos[0]);
    let n = vm.as_str(name).unwrap_or("?").to_string();
    let o = owner
        .as_obj()
        .map(|o| vm.class_name(o).to_string())
        .unwrap_or_default();
    Ok(vm.new_string(format!("<attribute '{n}' of '{o}' objects>")))
}

/// `obj.__dict__ = d` (the attributes become `d`'s items) and `del obj.__dict__` (no
/// attributes left); `Ok(false)` when `obj` has no attribute dict.
pub fn set_instance_dict(vm: &mut Vm<'_>, obj: Value, v: Option<Value>) -> PyResult<bool> {
    let Some(r) = crate::builtins::instdict::has_dict(vm, obj) else {
        return Ok(false);
    };
    let d = match v {
        None => vm.new_dict(),
        Some(d) => {
            let plain = match vm.obj(d) {
                Some(Object::Dict(_)) => Some(d),
                // A dict subclass or another object's `__dict__` view: its items.
                _ if vm.isinstance(d, vm.st.types.dict) => {
                    let dict = Value::Obj(vm.st.types.dict);
                    Some(vm.call(dict, &[d])?)
                }
                _ => None,
            };
            match plain {
                Some(p) => p,
                None => {
                    let t = vm.type_name(d);
                    return Err(
                        vm.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'"))
                    );
                }
            }
        }
    };
    crate::builtins::instdict::store(vm, r, d)?;
    Ok(true)
}

/// The `(key, value)` pairs of a mapping that is not a dict, through its `keys()` and
/// `__getitem__` (what `{**m}` and `dict(m)` use); `None` when it has no `keys`.
pub fn mapping_pairs(vm: &mut Vm<'_>, m: Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    let keys = vm.intern("keys");
    let Some(f) = crate::ops::attr::try_get_attr(vm, m, keys)? else {
        return Ok(None);
    };
    let ks = vm.call(f, &[])?;
    let ks = crate::ops::iter::collect(vm, ks)?;
    let mut out = Vec::with_capacity(ks.len());
    for k in ks {
        let v = crate::ops::subscr::get_item(vm, m, k)?;
        out.push((k, v));
    }
    Ok(Some(out))
}

/// `object.__eq__` and the other rich comparisons. They wait in `object`'s dict under
/// names Python cannot spell (so operators, which compare natively, and the "has its own
/// `__eq__`" checks never see them) and are found only when the attribute itself is
/// read: `A.__eq__`, `a.__eq__(b)`, `super().__eq__(other)`.
const OBJECT_CMP: [(&str, crate::builtins::NativeFn); 6] = [
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__lt__", object_not_impl),
    ("__le__", object_not_impl),
    ("__gt__", object_not_impl),
    ("__ge__", object_not_impl),
];

/// The `object` comparison method `name`, if it is one.
pub fn object_cmp(vm: &Vm<'_>, name: crate::names::NameId) -> Option<Value> {
    use crate::names::sym;
    let text = match name {
        sym::__eq__ => " __eq__",
        sym::__ne__ => " __ne__",
        sym::__lt__ => " __lt__",
        sym::__le__ => " __le__",
        sym::__gt__ => " __gt__",
        sym::__ge__ => " __ge__",
        _ => return None,
    };
    let k = vm.st.names.lookup(text)?;
    vm.class(vm.st.types.object)?.dict.get(&k).copied()
}

/// [`object_cmp`] bound to `obj`.
pub fn object_cmp_bound(vm: &mut Vm<'_>, obj: Value, name: crate::names::NameId) -> Option<Value> {
    let f = object_cmp(vm, name)?;
    Some(vm.alloc(Object::BoundMethod {
        func: f,
        self_: obj,
    }))
}

fn object_eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__eq__", 2, 2)?;
    Ok(if args.pos[0].is(args.pos[1]) {
        Value::Bool(true)
    } else {
        vm.st.not_implemented
    })
}

/// `object.__ne__`: the inverse of `self.__eq__(other)` unless that is NotImplemented.
fn object_ne(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__ne__", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    let r = match vm.user_dunder(a, crate::names::sym::__eq__) {
        Some(f) => vm.call(f, &[a, b])?,
        None => object_eq(vm, args)?,
    };
    if r.is(vm.st.not_implemented) {
        return Ok(r);
    }
    let t = crate::ops::compare::is_true(vm, r)?;
    Ok(Value::Bool(!t))
}

fn object_not_impl(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "comparison", 2, 2)?;
    Ok(vm.st.not_implemented)
}

/// `f.__call__(*args, **kw)`: calls the function.
fn function_call(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(&f) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'function' object needs an argument"));
    };
    crate::call::call_value(vm, f, &args.pos[1..], args.kw)
}
