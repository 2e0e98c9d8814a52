//! `mappingproxy`: the read-only live view `C.__dict__` / `vars(C)` return, and
//! `types.MappingProxyType(mapping)`.
//!
//! The proxy is an instance of a native class holding its target: a class (whose
//! `ClassDict` is read directly for item lookups and copied into a fresh dict for
//! iteration, so later class changes are seen) or any mapping (used as is). It has no
//! `__setitem__`/`__delitem__`, so writes raise CPython's `TypeError`.

use std::any::Any;

use crate::builtins::{Args, NativeDef};
use crate::names::sym;
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

struct Proxy {
    /// A class, or any mapping.
    target: Value,
}

impl NativeData for Proxy {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.target);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// Where the class waits: in `type`'s dict under a name no Python code can spell.
const CLASS_KEY: &str = " mappingproxy";

/// Creates the class (called from `objmodel::bootstrap`).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let o = Some(vm.st.types.object);
    let cls = vm.new_class("mappingproxy", o, Some(proxy_new), true);
    vm.add_methods(cls, METHODS);
    let t = vm.st.types.type_;
    vm.class_set(t, CLASS_KEY, Value::Obj(cls));
}

fn proxy_class(vm: &Vm<'_>) -> Option<ObjRef> {
    let k = vm.st.names.lookup(CLASS_KEY)?;
    vm.class(vm.st.types.type_)?.dict.get(&k)?.as_obj()
}

/// A proxy over `target` (a class or a mapping).
pub fn new_proxy(vm: &mut Vm<'_>, target: Value) -> Option<Value> {
    let cls = proxy_class(vm)?;
    Some(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(Proxy { target })),
    }))))
}

/// `mappingproxy(mapping)`
fn proxy_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "mappingproxy", 1, 1)?;
    let m = args.pos[0];
    let is_mapping = match vm.obj(m) {
        Some(Object::Dict(_)) => true,
        Some(Object::Instance(_)) => {
            vm.user_dunder(m, sym::__getitem__).is_some()
                && !vm.isinstance(m, vm.st.types.list)
                && !vm.isinstance(m, vm.st.types.tuple)
        }
        _ => false,
    };
    if !is_mapping {
        let t = vm.type_name(m);
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {t}"
        )));
    }
    new_proxy(vm, m).ok_or_else(|| vm.type_error("mappingproxy unavailable"))
}

/// The proxy's target.
fn target(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, n: usize) -> PyResult<Value> {
    args.check(vm, name, n, n)?;
    if let Some(Object::Instance(i)) = vm.obj(args.pos[0]) {
        if let Payload::Native(p) = &i.payload {
            if let Some(p) = p.as_any().downcast_ref::<Proxy>() {
                return Ok(p.target);
            }
        }
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' requires a 'mappingproxy' object"
    )))
}

/// The class a proxy views, if it views one.
fn class_target(vm: &Vm<'_>, t: Value) -> Option<ObjRef> {
    t.as_obj().filter(|c| vm.class(*c).is_some())
}

/// A class's namespace as a new dict, in definition order (internal names, which start
/// with a space, left out).
pub fn class_namespace(vm: &mut Vm<'_>, cls: ObjRef) -> PyResult<Value> {
    let entries: Vec<(crate::names::NameId, Value)> = match vm.class(cls) {
        Some(c) => c.dict.iter().map(|(k, v)| (*k, *v)).collect(),
        None => Vec::new(),
    };
    let d = vm.new_dict();
    let Some(dr) = d.as_obj() else {
        return Ok(d);
    };
    let extra = synthesized(vm, cls);
    // CPython adds them after the body's names, before a `__doc__` it added itself.
    let auto_doc = entries
        .last()
        .is_some_and(|(k, v)| *k == sym::__doc__ && v.is(Value::None));
    let body = if auto_doc {
        entries.len() - 1
    } else {
        entries.len()
    };
    for (i, (k, v)) in entries.into_iter().enumerate() {
        if i == body {
            add_synthesized(vm, dr, cls, extra)?;
        }
        let ks = vm.name(k);
        if ks.starts_with(' ') {
            continue;
        }
        let kv = vm.new_str(&ks);
        crate::ops::dictops::dict_set(vm, dr, kv, v)?;
    }
    if !auto_doc {
        add_synthesized(vm, dr, cls, extra)?;
    }
    Ok(d)
}

fn add_synthesized(vm: &mut Vm<'_>, dr: ObjRef, cls: ObjRef, names: &[&str]) -> PyResult<()> {
    for n in names {
        let kv = vm.new_str(n);
        let d = crate::builtins::objmodel::getset_descriptor(vm, cls, n);
        crate::ops::dictops::dict_set(vm, dr, kv, d)?;
    }
    Ok(())
}

/// The `__dict__` / `__weakref__` descriptors CPython puts in the namespace of a class
/// that is the first in its mro to give instances a dict (gilpy keeps no such entries:
/// attribute lookup handles `__dict__` itself, so the view adds them).
pub fn synthesized(vm: &Vm<'_>, cls: ObjRef) -> &'static [&'static str] {
    let Some(c) = vm.class(cls) else {
        return &[];
    };
    if c.builtin || c.is_exception || c.dict.contains_key(&sym::__slots__) {
        return &[];
    }
    if c.mro[1..]
        .iter()
        .any(|k| vm.class(*k).is_some_and(|k| !k.builtin))
    {
        return &[];
    }
    let t = &vm.st.types;
    match crate::builtins::subclass::value_base(vm, cls) {
        Some(b) if b == t.int || b == t.str || b == t.tuple || b == t.bytes => &["__dict__"],
        _ => &["__dict__", "__weakref__"],
    }
}

/// What iteration and the views work on: a snapshot of a class's namespace, or the
/// mapping itself.
fn mapping(vm: &mut Vm<'_>, t: Value) -> PyResult<Value> {
    match class_target(vm, t) {
        Some(c) => class_namespace(vm, c),
        None => Ok(t),
    }
}

/// `proxy[key]` without raising: `Ok(None)` when missing.
fn lookup(vm: &mut Vm<'_>, t: Value, key: Value) -> PyResult<Option<Value>> {
    if let Some(c) = class_target(vm, t) {
        let Some(s) = vm.as_str(key) else {
            // Only str keys can be in a class namespace (hashing still checks the key).
            crate::ops::compare::hash(vm, key)?;
            return Ok(None);
        };
        if s.starts_with(' ') {
            return Ok(None);
        }
        if (s == "__dict__" || s == "__weakref__") && synthesized(vm, c).contains(&s) {
            let s = s.to_string();
            return Ok(Some(crate::builtins::objmodel::getset_descriptor(
                vm, c, &s,
            )));
        }
        let Some(n) = vm.st.names.lookup(s) else {
            return Ok(None);
        };
        return Ok(vm.class(c).and_then(|c| c.dict.get(&n).copied()));
    }
    match crate::ops::subscr::get_item(vm, t, key) {
        Ok(v) => Ok(Some(v)),
        Err(crate::Throw::Exc(e)) if vm.isinstance(Value::Obj(e), vm.st.types.key_error) => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn getitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = target(vm, &args, "__getitem__", 2)?;
    match lookup(vm, t, args.pos[1])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(args.pos[1])),
    }
}

fn contains(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = target(vm, &args, "__contains__", 2)?;
    if class_target(vm, t).is_some() {
        return Ok(Value::Bool(lookup(vm, t, args.pos[1])?.is_some()));
    }
    crate::ops::subscr::contains(vm, t, args.pos[1]).map(Value::Bool)
}

fn get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "get", 2, 3)?;
    let t = target(vm, &Args::positional(&args.pos[..1]), "get", 1)?;
    let default = args.get(2).unwrap_or(Value::None);
    if class_target(vm, t).is_some() || matches!(vm.obj(t), Some(Object::Dict(_))) {
        return Ok(lookup(vm, t, args.pos[1])?.unwrap_or(default));
    }
    let n = vm.intern("get");
    let f = crate::ops::attr::get_attr(vm, t, n)?;
    vm.call(f, &[args.pos[1], default])
}

fn len(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = target(vm, &args, "__len__", 1)?;
    if let Some(c) = class_target(vm, t) {
        let n = vm.class(c).map_or(0, |c| {
            c.dict
                .iter()
                .filter(|(k, _)| !vm.name(**k).starts_with(' '))
                .count()
        }) + synthesized(vm, c).len();
        return Ok(Value::Int(n as i64));
    }
    crate::ops::subscr::len(vm, t).map(|n| Value::Int(n as i64))
}

fn iter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = target(vm, &args, "__iter__", 1)?;
    let m = mapping(vm, t)?;
    crate::ops::iter::get_iter(vm, m)
}

/// `keys()`, `values()`, `items()`, `copy()`: the mapping's own method.
fn delegate(vm: &mut Vm<'_>, args: Args<'_>, name: &str) -> PyResult<Value> {
    let t = target(vm, &args, name, 1)?;
    let m = mapping(vm, t)?;
    if name == "copy" && class_target(vm, t).is_some() {
        return Ok(m);
    }
    let n = vm.intern(name);
    let f = crate::ops::attr::get_attr(vm, m, n)?;
    vm.call(f, &[])
}

fn keys(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, args, "keys")
}

fn values(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, args, "values")
}

fn items(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, args, "items")
}

fn copy(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    delegate(vm, args, "copy")
}

fn repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = target(vm, &args, "__repr__", 1)?;
    let m = mapping(vm, t)?;
    let inner = crate::ops::convert::repr_of(vm, m)?;
    Ok(vm.new_string(format!("mappingproxy({inner})")))
}

/// `str(proxy)` is the mapping's `str` (only `repr` names the proxy).
fn str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = target(vm, &args, "__str__", 1)?;
    let m = mapping(vm, t)?;
    crate::ops::convert::str_value(vm, m)
}

fn eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = target(
        vm,
        &Args::positional(&args.pos[..1.min(args.len())]),
        "__eq__",
        1,
    )?;
    args.check(vm, "__eq__", 2, 2)?;
    let m = mapping(vm, t)?;
    crate::ops::compare::eq(vm, m, args.pos[1]).map(Value::Bool)
}

fn ne(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = eq(vm, args)?;
    Ok(Value::Bool(!r.is(Value::Bool(true))))
}

/// `proxy | other` and `other | proxy`: a new dict (never a proxy).
fn or(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = target(
        vm,
        &Args::positional(&args.pos[..1.min(args.len())]),
        "__or__",
        1,
    )?;
    args.check(vm, "__or__", 2, 2)?;
    let m = mapping(vm, t)?;
    let d = copy_to_dict(vm, m)?;
    crate::ops::binary::binary_op(vm, gilpy_syntax::ast::BinOp::BitOr, d, args.pos[1])
}

fn ror(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = target(
        vm,
        &Args::positional(&args.pos[..1.min(args.len())]),
        "__ror__",
        1,
    )?;
    args.check(vm, "__ror__", 2, 2)?;
    let m = mapping(vm, t)?;
    let d = copy_to_dict(vm, m)?;
    crate::ops::binary::binary_op(vm, gilpy_syntax::ast::BinOp::BitOr, args.pos[1], d)
}

fn copy_to_dict(vm: &mut Vm<'_>, m: Value) -> PyResult<Value> {
    let dict = Value::Obj(vm.st.types.dict);
    vm.call(dict, &[m])
}

const METHODS: &[NativeDef] = &[
    NativeDef::new("__getitem__", getitem),
    NativeDef::new("__contains__", contains),
    NativeDef::new("__len__", len),
    NativeDef::new("__iter__", iter),
    NativeDef::new("__repr__", repr),
    NativeDef::new("__str__", str),
    NativeDef::new("__eq__", eq),
    NativeDef::new("__ne__", ne),
    NativeDef::new("__or__", or),
    NativeDef::new("__ror__", ror),
    NativeDef::new("get", get),
    NativeDef::new("keys", keys),
    NativeDef::new("values", values),
    NativeDef::new("items", items),
    NativeDef::new("copy", copy),
];
