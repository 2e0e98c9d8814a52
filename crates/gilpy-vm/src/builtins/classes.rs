//! Creating user classes: bases and the C3 method resolution order, class keywords and
//! `__init_subclass__`, `__set_name__`, the attribute flags attribute lookup reads
//! (`ClassObj::attr_flags`), 3-argument `type(name, bases, ns)`, and the methods of
//! `object` that expose the generic attribute protocol (`object.__getattribute__`,
//! `object.__setattr__`, `object.__delattr__`, `object.__new__`).

use std::sync::Arc;

use crate::builtins::{Args, NativeDef};
use crate::names::{sym, NameId};
use crate::object::{attr_flags, Object};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Builtin functions defined here.
pub const FUNCTIONS: &[NativeDef] = &[NativeDef::new("dir", dir)];

/// Methods of `object` defined here.
pub const OBJECT_METHODS: &[NativeDef] = &[
    NativeDef::new("__getattribute__", object_getattribute),
    NativeDef::new("__setattr__", object_setattr),
    NativeDef::new("__delattr__", object_delattr),
    NativeDef::new("__new__", object_dunder_new),
    NativeDef::new("__init_subclass__", object_init_subclass),
];

/// The key under which a class statement's keyword arguments wait in the new class's
/// dict until its body has run (not an identifier, so no Python name can reach it).
const PENDING_KW: &str = " class keywords";

/// The C3 linearisation of `cls` with direct `bases`, or CPython's `TypeError`.
fn c3_mro(vm: &mut Vm<'_>, cls: ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| vm.class(*b).map(|c| c.mro.clone()).unwrap_or_default())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        // The first head that appears in no other sequence's tail.
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|h| !seqs.iter().any(|s| s[1..].contains(h)));
        let Some(h) = head else {
            let mut names: Vec<Arc<str>> = Vec::new();
            for s in &seqs {
                let n = vm.class_name(s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(h);
        for s in seqs.iter_mut() {
            if s[0] == h {
                s.remove(0);
            }
        }
    }
}

/// The builtin type (other than `object`) whose instances `cls`'s instances extend:
/// two different ones cannot be combined.
fn solid_base(vm: &Vm<'_>, cls: ObjRef) -> Option<ObjRef> {
    let c = vm.class(cls)?;
    c.mro.iter().copied().find(|k| {
        *k != vm.st.types.object
            && vm
                .class(*k)
                .is_some_and(|k| k.builtin && k.new.is_some() && !k.is_exception)
    })
}

/// Creates the class object for `class name(*bases, **kw)` before its body runs, with
/// metaclass `meta` (`type`, or a subclass of it; a base's more derived one wins).
pub fn new_user_class(
    vm: &mut Vm<'_>,
    name: &str,
    bases: &[Value],
    kw: Value,
    meta: ObjRef,
) -> PyResult<ObjRef> {
    let mut refs = Vec::with_capacity(bases.len());
    for b in bases {
        match b.as_obj().filter(|r| vm.class(*r).is_some()) {
            Some(r) => {
                if refs.contains(&r) {
                    let n = vm.class_name(r);
                    return Err(vm.type_error(format!("duplicate base class {n}")));
                }
                refs.push(r)
            }
            None => return Err(vm.type_error("bases must be types")),
        }
    }
    let meta = crate::builtins::meta::calculate(vm, meta, &refs)?;
    for &r in &refs {
        let final_ = [
            vm.st.types.bool,
            vm.st.types.range,
            vm.st.types.slice,
            vm.st.types.function,
            vm.st.types.none_type,
        ];
        if final_.contains(&r) {
            let n = vm.class_name(r);
            return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
        }
    }
    if refs.is_empty() {
        refs.push(vm.st.types.object);
    }
    let mut solid: Option<ObjRef> = None;
    for &r in &refs {
        if let Some(s) = solid_base(vm, r) {
            match solid {
                Some(prev) if !vm.is_subclass(s, prev) && !vm.is_subclass(prev, s) => {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
                Some(prev) if vm.is_subclass(prev, s) => {}
                _ => solid = Some(s),
            }
        }
    }
    let cls = vm.new_class(name, Some(refs[0]), None, false);
    let mro = c3_mro(vm, cls, &refs)?;
    let is_exc = refs
        .iter()
        .any(|r| vm.class(*r).is_some_and(|c| c.is_exception));
    // `__base__`: the first base whose instances have the most derived layout.
    let best = refs
        .iter()
        .copied()
        .find(|r| solid.is_none() || solid_base(vm, *r) == solid)
        .unwrap_or(refs[0]);
    let meta = (meta != vm.st.types.type_).then_some(meta);
    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
        c.mro = mro;
        crate::ops::attr_cache::bump_type_epoch();
        c.is_exception = is_exc;
        c.base = Some(best);
        c.bases = refs;
        c.meta = meta;
    }
    if !matches!(kw, Value::None) {
        let k = vm.intern(PENDING_KW);
        if let Object::Class(c) = vm.st.heap.get_mut(cls) {
            c.dict.insert(k, kw);
        }
    }
    Ok(cls)
}

/// After a class body ran: implicit `staticmethod`/`classmethod` wrapping, the
/// attribute flags, `__set_name__` on the class attributes, then the parent's
/// `__init_subclass__` with the class keywords.
pub fn finish_class(vm: &mut Vm<'_>, cls: ObjRef) -> PyResult<()> {
    let pending = vm.intern(PENDING_KW);
    let kw = match vm.st.heap.get_mut(cls) {
        Object::Class(c) => c.dict.remove(&pending),
        _ => None,
    };
    // As in CPython's `type.__new__`: `__new__` is a static method, `__init_subclass__`
    // and `__class_getitem__` are class methods, when written as plain functions.
    for (name, wrap) in [
        (sym::__new__, vm.st.types.staticmethod),
        (sym::__init_subclass__, vm.st.types.classmethod),
        (sym::__class_getitem__, vm.st.types.classmethod),
    ] {
        let f = vm.class(cls).and_then(|c| c.dict.get(&name).copied());
        if let Some(f) = f.filter(|f| matches!(vm.obj(*f), Some(Object::Function(_)))) {
            let w = crate::builtins::descr::wrap(vm, wrap, f);
            if let Object::Class(c) = vm.st.heap.get_mut(cls) {
                c.dict.insert(name, w);
            }
        }
    }
    // Defining `__eq__` without `__hash__` makes instances unhashable (`__hash__ = None`).
    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
        if c.dict.contains_key(&sym::__eq__) && !c.dict.contains_key(&sym::__hash__) {
            c.dict.insert(sym::__hash__, Value::None);
        }
    }
    crate::builtins::slots::install(vm, cls)?;
    let flags = compute_flags(vm, cls);
    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
        c.attr_flags = flags;
        if !c.dict.contains_key(&sym::__doc__) {
            c.dict.insert(sym::__doc__, Value::None);
        }
    }
    vm.st.flags_seen |= flags;
    if !vm.st.fin.seen
        && vm
            .class(cls)
            .is_some_and(|c| c.dict.contains_key(&sym::__del__))
    {
        vm.st.fin.seen = true;
    }
    if flags & attr_flags::GETATTRIBUTE != 0 {
        vm.st.attr_slow = true;
    }
    let entries: Vec<(NameId, Value)> = match vm.class(cls) {
        Some(c) => c.dict.iter().map(|(k, v)| (*k, *v)).collect(),
        None => Vec::new(),
    };
    for (k, v) in entries {
        if let Some(Object::Instance(i)) = vm.obj(v) {
            if let Some(sn) = vm.class_lookup(i.class, sym::__set_name__) {
                let n = vm.name(k);
                let ns = vm.new_str(&n);
                if let Err(e) = vm.call(sn, &[v, Value::Obj(cls), ns]) {
                    return Err(set_name_failed(vm, e, v, &n, cls));
                }
            }
        }
    }
    init_subclass(vm, cls, kw)
}

/// CPython 3.11 reports a failing `__set_name__` as a `RuntimeError` caused by the
/// original exception.
fn set_name_failed(
    vm: &mut Vm<'_>,
    e: crate::Throw,
    v: Value,
    name: &str,
    cls: ObjRef,
) -> crate::Throw {
    let crate::Throw::Exc(orig) = e else {
        return e;
    };
    let t = vm.type_name(v);
    let owner = vm.class_name(cls);
    let msg = format!("Error calling __set_name__ on '{t}' instance '{name}' in '{owner}'");
    let new = vm.runtime_error(msg);
    if let crate::Throw::Exc(nr) = &new {
        if let Object::Instance(i) = vm.st.heap.get_mut(*nr) {
            if let crate::object::Payload::Exc(x) = &mut i.payload {
                x.cause = Value::Obj(orig);
                x.context = Value::Obj(orig);
                x.suppress_context = true;
            }
        }
    }
    new
}

/// Calls `super(cls, cls).__init_subclass__(**kw)`.
fn init_subclass(vm: &mut Vm<'_>, cls: ObjRef, kw: Option<Value>) -> PyResult<()> {
    let mut kwargs: Vec<(NameId, Value)> = Vec::new();
    if let Some(d) = kw.and_then(|k| k.as_obj()) {
        for (k, v) in crate::ops::dictops::dict_items(vm, d) {
            let text = vm.as_str(k).unwrap_or("").to_string();
            if text == "metaclass" {
                continue;
            }
            kwargs.push((vm.intern(&text), v));
        }
    }
    let mro = vm.class(cls).map(|c| c.mro.clone()).unwrap_or_default();
    let found = mro.iter().skip(1).find_map(|k| {
        vm.class(*k)
            .and_then(|c| c.dict.get(&sym::__init_subclass__).copied())
    });
    let Some(f) = found else {
        return Ok(());
    };
    let bound = crate::builtins::descr::bind(vm, f, None, cls)?;
    let mark = vm.push_root(bound);
    let r = crate::call::call_value(vm, bound, &[], &kwargs);
    vm.pop_roots(mark);
    r.map(|_| ())
}

/// After the method tables are installed: `object.__init_subclass__` is a class method.
pub(crate) fn after_install(vm: &mut Vm<'_>) {
    let o = vm.st.types.object;
    let f = vm
        .class(o)
        .and_then(|c| c.dict.get(&sym::__init_subclass__).copied());
    if let Some(f) = f {
        let cm = vm.st.types.classmethod;
        let w = crate::builtins::descr::wrap(vm, cm, f);
        if let Object::Class(c) = vm.st.heap.get_mut(o) {
            c.dict.insert(sym::__init_subclass__, w);
        }
    }
}

/// `object.__init_subclass__()`: accepts no keywords.
fn object_init_subclass(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() || args.len() > 1 {
        let n = match args.get(0).and_then(|c| c.as_obj()) {
            Some(c) => vm.class_name(c),
            None => Arc::from("object"),
        };
        return Err(vm.type_error(format!(
            "{n}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// The attribute flags of `cls`: what its mro's (user) class dicts define.
pub fn compute_flags(vm: &Vm<'_>, cls: ObjRef) -> u8 {
    let mut flags = 0;
    if crate::builtins::subclass::value_base(vm, cls).is_some() {
        flags |= attr_flags::VALUE_BASE;
    }
    let Some(c) = vm.class(cls) else {
        return 0;
    };
    if c.meta.is_some() {
        flags |= attr_flags::META;
    }
    for k in &c.mro {
        let Some(kc) = vm.class(*k) else { continue };
        if kc.builtin {
            continue;
        }
        for (name, v) in kc.dict.iter() {
            flags |= match *name {
                sym::__getattribute__ => attr_flags::GETATTRIBUTE,
                sym::__setattr__ => attr_flags::SETATTR,
                sym::__delattr__ => attr_flags::DELATTR,
                sym::__slots__ => attr_flags::SLOTS,
                sym::__new__ => attr_flags::NEW,
                _ => 0,
            };
            // Slot descriptors need no data-descriptor path (builtins/slots.rs).
            if crate::builtins::descr::is_data_desc(vm, *v)
                && !crate::builtins::slots::is_member(vm, *v)
            {
                flags |= attr_flags::DATA_DESC;
            }
        }
    }
    flags
}

/// Is storing `v` as class attribute `name` something that changes the flags?
pub fn affects_flags(vm: &Vm<'_>, name: NameId, v: Option<Value>) -> bool {
    matches!(
        name,
        sym::__getattribute__ | sym::__setattr__ | sym::__delattr__ | sym::__slots__ | sym::__new__
    ) || v.is_some_and(|v| {
        crate::builtins::descr::is_data_desc(vm, v) && !crate::builtins::slots::is_member(vm, v)
    })
}

/// A class dict changed after creation in a way that matters to attribute lookup:
/// recompute every user class's flags (subclasses inherit them; this is rare, so a
/// heap walk beats keeping subclass lists), and turn off the own-attribute fast path
/// (instances may already hold an attribute the new data descriptor must override).
pub fn refresh_all_flags(vm: &mut Vm<'_>) {
    vm.st.attr_slow = true;
    let n = vm.st.heap.slots.len();
    for i in 0..n {
        let r = ObjRef(i as u32);
        let user = matches!(vm.st.heap.get(r), Object::Class(c) if !c.builtin);
        if user {
            let f = compute_flags(vm, r);
            vm.st.flags_seen |= f;
            if let Object::Class(c) = vm.st.heap.get_mut(r) {
                c.attr_flags = f;
            }
        }
    }
}

fn name_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<NameId> {
    match vm.as_str(v) {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

fn object_getattribute(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__getattribute__", 2, 2)?;
    let obj = args.pos[0];
    let name = name_arg(vm, args.pos[1])?;
    match crate::ops::attr::generic_get(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(obj, name)),
    }
}

fn object_setattr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__setattr__", 3, 3)?;
    let name = name_arg(vm, args.pos[1])?;
    crate::ops::attr::generic_set(vm, args.pos[0], name, Some(args.pos[2]))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__delattr__", 2, 2)?;
    let name = name_arg(vm, args.pos[1])?;
    crate::ops::attr::generic_set(vm, args.pos[0], name, None)?;
    Ok(Value::None)
}

/// `object.__new__(cls, *args)`: a bare instance of `cls` (made by the nearest native
/// constructor in its mro, so exception classes get their state).
fn object_dunder_new(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args
        .get(0)
        .and_then(|c| c.as_obj())
        .filter(|c| vm.class(*c).is_some())
    else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    // CPython's `object_new` check: extra arguments are an error unless the class
    // has an `__init__` to take them. (The core types have their own `__new__`,
    // `objmodel::builtin_type_new`; native classes of modules still resolve here.)
    let object = vm.st.types.object;
    // Only for classes whose constructor is object's own (not tuple's, a native
    // class's, an exception's).
    let ctor_owner = vm.class(cls).and_then(|c| {
        c.mro
            .iter()
            .copied()
            .find(|k| vm.class(*k).is_some_and(|k| k.new.is_some()))
    });
    if let Some(owner) = crate::builtins::objmodel::unsafe_object_new(vm, cls) {
        let (n, o) = (vm.class_name(cls), vm.class_name(owner));
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {o}.__new__()"
        )));
    }
    if ctor_owner != Some(object) || vm.class(cls).is_some_and(|c| c.is_exception) {
        return crate::call::native_new(vm, cls, &args.pos[1..], args.kw);
    }
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let user_new = vm
            .class(cls)
            .is_some_and(|c| c.attr_flags & crate::object::attr_flags::NEW != 0);
        let own_init = vm
            .class_lookup(cls, sym::__init__)
            .is_some_and(|i| !i.is(vm.st.object_init));
        if user_new {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !own_init {
            let n = vm.class_name(cls);
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    crate::call::native_new(vm, cls, &args.pos[1..], args.kw)
}

/// `type(name, bases, dict)`, or `type.__new__(mcs, name, bases, dict)` with `mcs` a
/// metaclass.
pub fn type3(vm: &mut Vm<'_>, mcs: ObjRef, args: Args<'_>) -> PyResult<Value> {
    let (name, bases, ns) = (args.pos[0], args.pos[1], args.pos[2]);
    let Some(n) = vm.as_str(name).map(str::to_string) else {
        let t = vm.type_name(name);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
    };
    let bases: Vec<Value> = match vm.obj(bases) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => {
            let t = vm.type_name(bases);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {t}")));
        }
    };
    let ns = crate::builtins::subclass::unwrap_base(vm, ns);
    let Some(d) = ns
        .as_obj()
        .filter(|d| matches!(vm.st.heap.get(*d), Object::Dict(_)))
    else {
        let t = vm.type_name(ns);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
    };
    let kw = if args.kw.is_empty() {
        Value::None
    } else {
        let mut items = Vec::new();
        for &(k, v) in args.kw {
            let ks = vm.name(k);
            items.push((vm.new_str(&ks), v));
        }
        let d = vm.new_dict();
        if let Some(dr) = d.as_obj() {
            for (k, v) in items {
                crate::ops::dictops::dict_set(vm, dr, k, v)?;
            }
        }
        d
    };
    // `type(name, bases, ns)` with a base whose metaclass is not `type`: that
    // metaclass makes the class (CPython calls the winner's `__new__`).
    if mcs == vm.st.types.type_ {
        let refs: Vec<ObjRef> = bases
            .iter()
            .filter_map(|b| b.as_obj().filter(|r| vm.class(*r).is_some()))
            .collect();
        let winner = crate::builtins::meta::calculate(vm, mcs, &refs)?;
        if winner != mcs {
            return crate::call::call_class(vm, winner, args.pos, args.kw);
        }
    }
    let cls = new_user_class(vm, &n, &bases, kw, mcs)?;
    let module = crate::ops::dictops::dict_items(vm, d);
    let mut has_module = false;
    for (k, v) in module {
        let Some(ks) = vm.as_str(k).map(str::to_string) else {
            continue;
        };
        match ks.as_str() {
            "__qualname__" => {
                if let Some(q) = vm.as_str(v).map(Arc::<str>::from) {
                    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
                        c.qualname = q;
                    }
                }
                continue;
            }
            // The body's `__class__` cell (zero-argument `super()`): filled now, before
            // `__init_subclass__` and `__set_name__` run.
            "__classcell__" => {
                if let Some(r) = v.as_obj() {
                    if let Object::Cell(c) = vm.st.heap.get_mut(r) {
                        *c = Value::Obj(cls);
                    }
                }
                continue;
            }
            "__module__" => {
                has_module = true;
                if let Some(m) = vm.as_str(v).map(Arc::<str>::from) {
                    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
                        c.module = m;
                    }
                }
            }
            _ => {}
        }
        vm.class_set(cls, &ks, v);
    }
    if !has_module {
        let m = vm.new_str("__main__");
        vm.class_set(cls, "__module__", m);
    }
    finish_class(vm, cls)?;
    Ok(Value::Obj(cls))
}

/// Attributes every class has through `type` (`C.mro`), after its own mro missed.
pub fn type_attr(vm: &mut Vm<'_>, cls: ObjRef, name: &str) -> Option<Value> {
    match name {
        "mro" => {
            let f = vm.new_native("mro", type_mro, Some(vm.st.types.type_));
            Some(vm.alloc(Object::BoundMethod {
                func: f,
                self_: Value::Obj(cls),
            }))
        }
        "__subclasses__" => {
            let f = vm.new_native("__subclasses__", type_subclasses, Some(vm.st.types.type_));
            Some(vm.alloc(Object::BoundMethod {
                func: f,
                self_: Value::Obj(cls),
            }))
        }
        // A read-only live view (`builtins/mappingproxy.rs`).
        "__dict__" => crate::builtins::mappingproxy::new_proxy(vm, Value::Obj(cls)),
        _ => None,
    }
}

/// `C.mro()`: the method resolution order as a list.
fn type_mro(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "mro", 1, 1)?;
    let mro = match args.pos[0].as_obj().and_then(|c| vm.class(c)) {
        Some(c) => c.mro.iter().map(|k| Value::Obj(*k)).collect(),
        None => return Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    };
    Ok(vm.new_list(mro))
}

/// `C.__subclasses__()`: the classes that name `C` among their bases, found by a scan
/// of the heap (classes keep no subclass list), in allocation order.
fn type_subclasses(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__subclasses__", 1, 1)?;
    let Some(cls) = args.pos[0].as_obj().filter(|c| vm.class(*c).is_some()) else {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    let mut out = Vec::new();
    for i in 0..vm.st.heap.peak_objects() {
        let r = ObjRef(i as u32);
        if let Object::Class(c) = vm.st.heap.get(r) {
            if c.bases.contains(&cls) {
                out.push(Value::Obj(r));
            }
        }
    }
    Ok(vm.new_list(out))
}

/// The docstring of a function or class body: a string literal as its first statement
/// (which compiles to `LOAD_CONST str; POP_TOP` right after the prologue).
pub fn code_doc(code: &gilpy_compiler::bytecode::Code) -> Option<Arc<str>> {
    use gilpy_compiler::bytecode::{Const, Op};
    let mut start = code.ops.iter().position(|op| !matches!(op, Op::Resume))?;
    // A class body with annotations first creates its `__annotations__` dict.
    if let (Some(Op::BuildMap(0)), Some(Op::StoreName(_))) =
        (code.ops.get(start), code.ops.get(start + 1))
    {
        start += 2;
    }
    match (code.ops.get(start), code.ops.get(start + 1)) {
        (Some(Op::LoadConst(i)), Some(Op::Pop)) => match code.consts.get(*i as usize) {
            Some(Const::Str(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Before a class body runs: `__doc__` from its docstring.
pub fn set_class_doc(vm: &mut Vm<'_>, cls: ObjRef, body: Value) {
    let doc = match vm.obj(body) {
        Some(Object::Function(f)) => code_doc(&f.code.code),
        _ => None,
    };
    if let Some(d) = doc {
        let v = vm.new_str(&d);
        if let Object::Class(c) = vm.st.heap.get_mut(cls) {
            c.dict.insert(sym::__doc__, v);
        }
    }
}

/// `dir(obj)`: the sorted attribute names of `obj`, its class and the class's bases.
fn dir(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "dir", 0, 1)?;
    if args.is_empty() {
        let names = super::evalexec::scope_names(vm);
        let items = names.iter().map(|n| vm.new_str(n)).collect();
        return Ok(vm.new_list(items));
    }
    let obj = args.pos[0];
    // A user `__dir__` decides; `dir` sorts what it returns (any iterable).
    if let Some(Object::Instance(i)) = vm.obj(obj) {
        let cls = i.class;
        let dunder = vm.intern("__dir__");
        if let Some(f) = vm.class_lookup(cls, dunder) {
            let r = vm.call(f, &[obj])?;
            let items = crate::ops::iter::collect(vm, r)?;
            let list = vm.new_list(items);
            let sort = vm.intern("sort");
            let m = crate::ops::attr::get_attr(vm, list, sort)?;
            vm.call(m, &[])?;
            return Ok(list);
        }
    }
    let mut names: Vec<Arc<str>> = Vec::new();
    let classes = match vm.obj(obj) {
        Some(Object::Class(c)) => c.mro.clone(),
        Some(Object::Module(m)) => {
            if m.is_main {
                // `__main__`'s variables live in the global slot table.
                let items = crate::modules::import::namespace_items(vm, None);
                names.extend(items.into_iter().map(|(k, _)| Arc::from(k.as_str())));
                names.sort();
                names.dedup();
                let items = names.iter().map(|n| vm.new_str(n)).collect();
                return Ok(vm.new_list(items));
            }
            let keys: Vec<NameId> = m.attrs.keys().copied().collect();
            names.extend(keys.into_iter().map(|k| vm.name(k)));
            Vec::new()
        }
        Some(Object::Instance(i)) => {
            let keys: Vec<NameId> = i.attrs.iter().map(|(k, _)| *k).collect();
            names.extend(keys.into_iter().map(|k| vm.name(k)));
            let cls = i.class;
            vm.class(cls).map(|c| c.mro.clone()).unwrap_or_default()
        }
        _ => {
            let cls = vm.type_of(obj);
            vm.class(cls).map(|c| c.mro.clone()).unwrap_or_default()
        }
    };
    for k in classes {
        let keys: Vec<NameId> = vm
            .class(k)
            .map(|c| c.dict.iter().map(|(n, _)| *n).collect())
            .unwrap_or_default();
        names.extend(keys.into_iter().map(|n| vm.name(n)));
        for extra in crate::builtins::mappingproxy::synthesized(vm, k) {
            names.push(Arc::from(*extra));
        }
    }
    if !matches!(vm.obj(obj), Some(Object::Module(_))) {
        for extra in [
            "__class__",
            "__doc__",
            "__module__",
            "__eq__",
            "__ne__",
            "__lt__",
            "__le__",
            "__gt__",
            "__ge__",
        ] {
            names.push(Arc::from(extra));
        }
    }
    names.retain(|n| !n.starts_with(' '));
    names.sort();
    names.dedup();
    let items = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}
