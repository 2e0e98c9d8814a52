//! Attribute access: instance attributes, then the class's mro (binding functions into
//! methods), builtin types' method tables, modules, classes, `super`.

use crate::builtins::descr;
use crate::names::{sym, NameId};
use crate::object::{attr_flags, Object, Payload};
use crate::ops::attr_cache;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Is `v` something that binds to an instance when found on its class?
#[inline]
fn binds(vm: &Vm<'_>, v: Value) -> bool {
    matches!(vm.obj(v), Some(Object::Function(_) | Object::Native(_)))
}

/// `obj.name`
pub fn get_attr(vm: &mut Vm<'_>, obj: Value, name: NameId) -> PyResult<Value> {
    match lookup(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(obj, name)),
    }
}

/// `obj.name`, or `None` when there is no such attribute (an `AttributeError` raised
/// by a property, `__getattr__` or `__getattribute__` counts as "no such attribute",
/// as for CPython's `getattr(obj, name, default)` and `hasattr`).
pub fn try_get_attr(vm: &mut Vm<'_>, obj: Value, name: NameId) -> PyResult<Option<Value>> {
    match lookup(vm, obj, name) {
        Err(crate::Throw::Exc(e)) if vm.isinstance(Value::Obj(e), vm.st.types.attribute_error) => {
            Ok(None)
        }
        r => r,
    }
}

/// Flags that make `obj.name = v` on an instance more than a plain store.
pub const STORE_HOOKS: u8 = attr_flags::DATA_DESC | attr_flags::SETATTR | attr_flags::SLOTS;

/// The attribute flags of a class (`attr_flags::*`).
#[inline]
pub fn class_flags(vm: &Vm<'_>, cls: ObjRef) -> u8 {
    match vm.st.heap.get(cls) {
        Object::Class(c) => c.attr_flags,
        _ => 0,
    }
}

/// Is `f` a user override (not `object`'s native) of a hook like `__getattribute__`?
/// A native stored under the name counts too (`__setattr__ = dict.__setitem__`).
fn user_hook(vm: &Vm<'_>, cls: ObjRef, name: NameId) -> Option<Value> {
    let f = vm.class_lookup(cls, name)?;
    if matches!(vm.obj(f), Some(Object::Native(_)))
        && vm
            .class_lookup(vm.st.types.object, name)
            .is_some_and(|o| o.is(f))
    {
        return None;
    }
    Some(f)
}

/// `obj.name` with `None` for a miss; errors from Python code propagate.
fn lookup(vm: &mut Vm<'_>, obj: Value, name: NameId) -> PyResult<Option<Value>> {
    if let Value::Obj(r) = obj {
        if let Object::Instance(i) = vm.st.heap.get(r) {
            if matches!(i.payload, Payload::Native(_)) {
                crate::modules::thread_local::switch(vm, r)?;
            }
        }
        match vm.st.heap.get(r) {
            Object::Instance(inst) => {
                let cls = inst.class;
                let flags = class_flags(vm, cls);
                // `object.__class__` is a data descriptor: no instance attribute hides
                // it, only a class that defines `__class__` itself.
                if name == sym::__class__
                    && flags & attr_flags::GETATTRIBUTE == 0
                    && vm.class_lookup_cached(cls, name).is_none()
                {
                    return Ok(Some(Value::Obj(cls)));
                }
                let Object::Instance(inst) = vm.st.heap.get(r) else {
                    return Ok(None);
                };
                if flags == 0 {
                    if let Some(v) = attr_cache::own_attr(inst, name) {
                        return Ok(Some(v));
                    }
                }
                if flags & attr_flags::GETATTRIBUTE != 0 {
                    if let Some(ga) = user_hook(vm, cls, sym::__getattribute__) {
                        let n = vm.name(name);
                        let n = vm.new_str(&n);
                        return match vm.call(ga, &[obj, n]) {
                            Ok(v) => Ok(Some(v)),
                            Err(crate::Throw::Exc(e))
                                if vm.isinstance(Value::Obj(e), vm.st.types.attribute_error) =>
                            {
                                getattr_hook(vm, obj, cls, name, Some(e))
                            }
                            Err(e) => Err(e),
                        };
                    }
                }
                return match generic_instance(vm, obj, r, cls, flags, name) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) if flags & attr_flags::VALUE_BASE == 0 => {
                        match crate::builtins::objmodel::object_cmp_bound(vm, obj, name) {
                            Some(m) => Ok(Some(m)),
                            None => getattr_hook(vm, obj, cls, name, None),
                        }
                    }
                    Ok(None) => getattr_hook(vm, obj, cls, name, None),
                    // A property raising AttributeError falls back to `__getattr__`.
                    Err(crate::Throw::Exc(e))
                        if vm.isinstance(Value::Obj(e), vm.st.types.attribute_error) =>
                    {
                        getattr_hook(vm, obj, cls, name, Some(e))
                    }
                    Err(e) => Err(e),
                };
            }
            Object::Class(_) => return class_attr(vm, r, name),
            Object::Module(m) => {
                // A module's variable read from outside its code: a string a `+=` in
                // it owns is now shared (see `Op::InplaceAppend`).
                let found = if m.is_main {
                    vm.st.globals.get(name)
                } else if let Some(p) = m.prefix {
                    let set_natively = m.attrs.get(&name).copied();
                    crate::modules::import::module_get(vm, p, name).or(set_natively)
                } else if m.is_builtins() {
                    // The builtins namespace itself, so `builtins._` sees what the
                    // display hook stored and `builtins.x = v` makes `x` a builtin.
                    vm.st
                        .builtins
                        .get(name)
                        .or_else(|| m.attrs.get(&name).copied())
                } else {
                    m.attrs.get(&name).copied()
                };
                if let Some(v) = found {
                    crate::ops::binary::share(vm, v);
                    return Ok(Some(v));
                }
                let Some(Object::Module(m)) = vm.obj(obj) else {
                    return Ok(None);
                };
                if name == sym::__dict__ {
                    return crate::modules::import::module_dict(vm, r).map(Some);
                }
                if m.is_main || m.prefix.is_some() {
                    return Ok(None);
                }
                if name == sym::__name__ {
                    let n = m.name.clone();
                    return Ok(Some(vm.new_str(&n)));
                }
                return Ok(None);
            }
            Object::Function(f) => {
                if let Some((_, v)) = f.attrs.iter().find(|(n, _)| *n == name) {
                    return Ok(Some(*v));
                }
                let text = match name {
                    sym::__name__ => Some(f.name.clone()),
                    sym::__qualname__ => Some(f.qualname.clone()),
                    sym::__module__ => {
                        let p = f.code.globals_prefix.clone();
                        let m = crate::modules::import::module_name_for(vm, p.as_deref());
                        return Ok(Some(vm.new_str(&m)));
                    }
                    _ => None,
                };
                if let Some(t) = text {
                    return Ok(Some(vm.new_str(&t)));
                }
                if vm.name(name).as_ref() == "__globals__" {
                    let p = f.code.globals_prefix.clone();
                    return crate::builtins::evalexec::module_globals(vm, p.as_deref()).map(Some);
                }
                if name == sym::__doc__ {
                    let doc = crate::builtins::classes::code_doc(&f.code.code);
                    return Ok(Some(match doc {
                        Some(d) => vm.new_str(&d),
                        None => Value::None,
                    }));
                }
                if name == sym::__code__ {
                    return Ok(Some(crate::builtins::instdict::code_info(vm, r)));
                }
                if vm.name(name).as_ref() == "__kwdefaults__" {
                    let Some(Object::Function(f)) = vm.obj(obj) else {
                        return Ok(None);
                    };
                    let kw = f.kwdefaults.clone();
                    if kw.is_empty() {
                        return Ok(Some(Value::None));
                    }
                    let d = vm.new_dict();
                    if let Some(dr) = d.as_obj() {
                        for (k, v) in kw.iter() {
                            let ks = vm.name(*k);
                            let kv = vm.new_str(&ks);
                            crate::ops::dictops::dict_set(vm, dr, kv, *v)?;
                        }
                    }
                    return Ok(Some(d));
                }
                let Some(Object::Function(f)) = vm.obj(obj) else {
                    return Ok(None);
                };
                if name == sym::__annotations__ {
                    // No annotations: an empty dict, created once and kept (as CPython).
                    let d = vm.new_dict();
                    if let Object::Function(f) = vm.st.heap.get_mut(r) {
                        f.attrs.push((name, d));
                    }
                    return Ok(Some(d));
                }
                if name == sym::__dict__ {
                    // A snapshot of the function's attributes (not a live view).
                    let attrs = f.attrs.clone();
                    let d = vm.new_dict();
                    if let Some(dr) = d.as_obj() {
                        for (k, v) in attrs {
                            // These live in the function object itself in CPython, not in
                            // its `__dict__` (gilpy keeps assigned values with the rest).
                            if k == sym::__annotations__
                                || k == sym::__module__
                                || k == sym::__doc__
                            {
                                continue;
                            }
                            let ks = vm.name(k);
                            let kv = vm.new_str(&ks);
                            crate::ops::dictops::dict_set(vm, dr, kv, v)?;
                        }
                    }
                    return Ok(Some(d));
                }
                if vm.name(name).as_ref() == "__closure__" {
                    // The cells of the free variables, or None (as CPython).
                    let cells = f.closure.to_vec();
                    return Ok(Some(if cells.is_empty() {
                        Value::None
                    } else {
                        vm.new_tuple(cells)
                    }));
                }
                if name == sym::__defaults__ {
                    let d = f.defaults.to_vec();
                    return Ok(Some(if d.is_empty() {
                        Value::None
                    } else {
                        vm.new_tuple(d)
                    }));
                }
            }
            Object::BoundMethod { func, self_ } => {
                let (func, self_) = (*func, *self_);
                return match name {
                    sym::__self__ => Ok(Some(self_)),
                    sym::__func__ => Ok(Some(func)),
                    // The method's own `__call__`, not its function's.
                    sym::__call__ => {
                        let cls = vm.st.types.method;
                        Ok(crate::builtins::dunders::bound(vm, obj, cls, "__call__"))
                    }
                    _ => try_get_attr(vm, func, name),
                };
            }
            Object::Cell(v) if vm.name(name).as_ref() == "cell_contents" => {
                let v = *v;
                if matches!(v, Value::Undef) {
                    return Err(vm.value_error("Cell is empty"));
                }
                return Ok(Some(v));
            }
            Object::Native(n) if name == sym::__name__ => {
                let t = n.name;
                return Ok(Some(vm.new_str(t)));
            }
            // The builtins' docstrings are CPython's; other natives have None.
            &Object::Native(n) if name == sym::__doc__ => {
                return Ok(Some(crate::builtins::objmodel::native_doc(vm, r, n)));
            }
            // `str.upper.__qualname__` is `str.upper`; `len.__module__` is `builtins`.
            &Object::Native(n)
                if name == sym::__qualname__
                    || name == sym::__module__
                    || name == sym::__self__ =>
            {
                return Ok(Some(crate::builtins::objmodel::native_attr(vm, r, n, name)));
            }
            Object::Super { class, obj: inner } => {
                let (class, inner) = (*class, *inner);
                match &*vm.name(name) {
                    "__thisclass__" => return Ok(Some(Value::Obj(class))),
                    "__self__" => return Ok(Some(inner)),
                    "__self_class__" => {
                        let is_class = matches!(vm.obj(inner), Some(Object::Class(_)))
                            && inner.as_obj().is_some_and(|o| vm.is_subclass(o, class));
                        let c = if is_class {
                            inner
                        } else {
                            Value::Obj(vm.type_of(inner))
                        };
                        return Ok(Some(c));
                    }
                    _ => {}
                }
                return super_attr(vm, class, inner, name);
            }
            Object::Generator(_) => {
                let text = vm.name(name);
                if let Some(v) = crate::objects::generator::attr(vm, r, &text) {
                    return Ok(Some(v));
                }
            }
            _ => {}
        }
    }
    if let Some(v) = crate::methods::number::value_attr(vm, obj, name) {
        return Ok(Some(v));
    }
    // Builtin values: methods from the type's table.
    let cls = vm.type_of(obj);
    if let Some(v) = vm.class_lookup(cls, name) {
        if binds(vm, v) {
            return Ok(Some(vm.alloc(Object::BoundMethod {
                func: v,
                self_: obj,
            })));
        }
        return Ok(Some(v));
    }
    if name == sym::__class__ {
        return Ok(Some(Value::Obj(cls)));
    }
    let text = vm.name(name);
    Ok(crate::builtins::dunders::bound(vm, obj, cls, &text))
}

/// `__getattr__` after a miss (or after `__getattribute__` raised `miss`).
fn getattr_hook(
    vm: &mut Vm<'_>,
    obj: Value,
    cls: ObjRef,
    name: NameId,
    miss: Option<ObjRef>,
) -> PyResult<Option<Value>> {
    if let Some(ga) = vm.class_lookup(cls, sym::__getattr__) {
        let n = vm.name(name);
        let n = vm.new_str(&n);
        return vm.call(ga, &[obj, n]).map(Some);
    }
    match miss {
        Some(e) => Err(crate::Throw::Exc(e)),
        None => Ok(None),
    }
}

/// `object.__getattribute__(obj, name)`: `None` for a miss (no `__getattr__`).
pub fn generic_get(vm: &mut Vm<'_>, obj: Value, name: NameId) -> PyResult<Option<Value>> {
    if let Value::Obj(r) = obj {
        if let Object::Instance(inst) = vm.st.heap.get(r) {
            let cls = inst.class;
            let flags = class_flags(vm, cls);
            return generic_instance(vm, obj, r, cls, flags, name);
        }
    }
    lookup(vm, obj, name)
}

/// CPython's order for an instance: a data descriptor on the type, the instance's own
/// attributes, then non-data descriptors and plain class attributes.
fn generic_instance(
    vm: &mut Vm<'_>,
    obj: Value,
    r: ObjRef,
    cls: ObjRef,
    flags: u8,
    name: NameId,
) -> PyResult<Option<Value>> {
    let mut found = None;
    if flags & attr_flags::DATA_DESC != 0 {
        found = vm.class_lookup_cached(cls, name);
        if let Some(d) = found.filter(|d| descr::is_data_desc(vm, *d)) {
            // A data descriptor without `__get__` lets the instance's own value win.
            if !descr::lacks_get(vm, d) {
                return descr::get(vm, d, obj, Some(name)).map(Some);
            }
        }
    }
    if let Object::Instance(inst) = vm.st.heap.get(r) {
        if let Some(v) = attr_cache::own_attr(inst, name) {
            return Ok(Some(v));
        }
    }
    if let Some(v) = exception_attr(vm, r, name) {
        return Ok(Some(v));
    }
    if let Some(v) = found.or_else(|| vm.class_lookup_cached(cls, name)) {
        return descr::bind(vm, v, Some(obj), cls).map(Some);
    }
    if name == sym::__class__ {
        return Ok(Some(Value::Obj(cls)));
    }
    if name == sym::__dict__ && crate::builtins::instdict::has_dict(vm, obj).is_some() {
        return Ok(crate::builtins::instdict::view(vm, r));
    }
    Ok(None)
}

fn exception_attr(vm: &mut Vm<'_>, r: ObjRef, name: NameId) -> Option<Value> {
    let e = vm.exc_data(r)?;
    let (args, has_tb) = (e.args, !e.traceback.is_empty());
    match name {
        sym::args => Some(e.args),
        sym::__cause__ => Some(e.cause),
        sym::__context__ => Some(e.context),
        sym::__suppress_context__ => Some(Value::Bool(e.suppress_context)),
        sym::__traceback__ => Some(if has_tb {
            traceback_object(vm, Some(r))
        } else {
            Value::None
        }),
        // `SystemExit.code` and `StopIteration.value`: the single argument, `None`
        // without one, the whole tuple with several.
        sym::code | sym::value => {
            let cls = vm.type_of(Value::Obj(r));
            let wanted = if name == sym::code {
                vm.st.types.system_exit
            } else {
                vm.st.types.stop_iteration
            };
            if !vm.is_subclass(cls, wanted) {
                return None;
            }
            Some(match vm.obj(args) {
                Some(Object::Tuple(t)) if t.len() == 1 => t[0],
                Some(Object::Tuple(t)) if t.is_empty() => Value::None,
                _ => args,
            })
        }
        _ => None,
    }
}

/// `exc.__traceback__` (and the `tb` passed to `__exit__`): a chain of `traceback`
/// objects, outermost frame first, each with `tb_frame` (a `frame` with `f_code` and
/// `f_lineno`), `tb_lineno`, `tb_lasti` and `tb_next`. Built afresh on each read from
/// the exception's entries; without entries, a bare truthy `traceback`.
pub fn traceback_object(vm: &mut Vm<'_>, exc: Option<ObjRef>) -> Value {
    let entries = exc
        .and_then(|e| vm.exc_data(e))
        .map(|d| d.traceback.clone())
        .unwrap_or_default();
    let (tb_cls, frame_cls) = (vm.st.types.traceback, vm.st.types.frame);
    if entries.is_empty() {
        return new_plain(vm, tb_cls, Vec::new());
    }
    let mut next = Value::None;
    // Entries are innermost first: build from the inside out so each links to the next.
    for t in entries.iter() {
        let code = t.code.code.clone();
        let line = Value::Int(i64::from(code.line_of(t.pc as usize)));
        let f_code = crate::builtins::instdict::code_object(vm, &code);
        let frame_attrs = vec![
            (vm.intern("f_code"), f_code),
            (vm.intern("f_lineno"), line),
            (vm.intern("f_back"), Value::None),
        ];
        let frame = new_plain(vm, frame_cls, frame_attrs);
        let attrs = vec![
            (vm.intern("tb_frame"), frame),
            (vm.intern("tb_lineno"), line),
            (vm.intern("tb_lasti"), Value::Int(i64::from(t.pc) * 2)),
            (vm.intern("tb_next"), next),
        ];
        next = new_plain(vm, tb_cls, attrs);
    }
    next
}

fn new_plain(vm: &mut Vm<'_>, class: ObjRef, attrs: Vec<(NameId, Value)>) -> Value {
    vm.alloc(Object::Instance(Box::new(crate::object::InstanceObj {
        class,
        attrs,
        payload: Payload::None,
    })))
}

fn class_attr(vm: &mut Vm<'_>, r: ObjRef, name: NameId) -> PyResult<Option<Value>> {
    // `__doc__` is not inherited: each class has its own (None when it has no docstring).
    if name == sym::__doc__ {
        let (own, cname) = match vm.class(r) {
            Some(c) => (c.dict.get(&name).copied(), c.name.clone()),
            None => (None, "".into()),
        };
        // A class statement always binds `__doc__`; a builtin type has CPython's.
        let doc = own.or_else(|| crate::builtins::docs::builtin_doc(&cname).map(|d| vm.new_str(d)));
        return Ok(Some(doc.unwrap_or(Value::None)));
    }
    if let Some(v) = vm.class_lookup(r, name) {
        return descr::bind(vm, v, None, r).map(Some);
    }
    let Some(c) = vm.class(r) else {
        return Ok(None);
    };
    let (n, q, m, base, mro, bases) = (
        c.name.clone(),
        c.qualname.clone(),
        c.module.clone(),
        c.base,
        c.mro.clone(),
        c.bases.clone(),
    );
    Ok(match name {
        sym::__name__ => Some(vm.new_str(&n)),
        sym::__qualname__ => Some(vm.new_str(&q)),
        sym::__module__ => Some(vm.new_str(&m)),
        sym::__base__ => Some(base.map(Value::Obj).unwrap_or(Value::None)),
        sym::__bases__ => {
            let b: Vec<Value> = bases.into_iter().map(Value::Obj).collect();
            Some(vm.new_tuple(b))
        }
        sym::__mro__ => {
            let items = mro.into_iter().map(Value::Obj).collect();
            Some(vm.new_tuple(items))
        }
        sym::__class__ => Some(Value::Obj(crate::builtins::meta::meta_of(vm, r))),
        _ => {
            // The metaclass's attributes and methods (bound to the class).
            if let Some(meta) = vm.class(r).and_then(|c| c.meta) {
                if let Some(v) = vm.meta_lookup(meta, name) {
                    return descr::bind(vm, v, Some(Value::Obj(r)), meta).map(Some);
                }
            }
            let text = vm.name(name);
            if let Some(v) = crate::builtins::classes::type_attr(vm, r, &text) {
                return Ok(Some(v));
            }
            if &*text == "__call__" {
                // The instances' own `__call__` (functions, methods), else `type.__call__`
                // bound to the class: calling it instantiates.
                if let Some(v) = crate::builtins::dunders::unbound(vm, r, &text) {
                    return Ok(Some(v));
                }
                let t = vm.st.types.type_;
                return Ok(crate::builtins::dunders::bound(vm, Value::Obj(r), t, &text));
            }
            crate::builtins::dunders::unbound(vm, r, &text)
                .or_else(|| crate::builtins::objmodel::object_cmp(vm, name))
        }
    })
}

fn super_attr(vm: &mut Vm<'_>, class: ObjRef, obj: Value, name: NameId) -> PyResult<Option<Value>> {
    // The mro of the instance's type (or of the class itself for classmethod-style use;
    // a class that is not a subclass of `class` is an instance of a metaclass).
    let as_class = obj
        .as_obj()
        .filter(|r| matches!(vm.st.heap.get(*r), Object::Class(_)) && vm.is_subclass(*r, class));
    let start = match as_class {
        Some(r) => r,
        None => vm.type_of(obj),
    };
    let mro = match vm.class(start) {
        Some(c) => c.mro.clone(),
        None => Vec::new(),
    };
    let after = mro
        .iter()
        .position(|c| *c == class)
        .map(|i| i + 1)
        .unwrap_or(mro.len());
    for k in &mro[after..] {
        let found = vm.class(*k).and_then(|c| c.dict.get(&name).copied());
        if let Some(v) = found {
            if as_class.is_some() {
                return descr::bind(vm, v, None, start).map(Some);
            }
            return descr::bind(vm, v, Some(obj), start).map(Some);
        }
    }
    if as_class.is_none() && class != vm.st.types.object {
        return Ok(crate::builtins::objmodel::object_cmp_bound(vm, obj, name));
    }
    Ok(None)
}

/// What `super(class, obj).name` finds after `class` in the mro of `obj`'s type, when
/// `obj` is an instance and that is a plain function (bound to `obj` by the call).
fn super_function(vm: &Vm<'_>, class: ObjRef, obj: Value, name: NameId) -> Option<Value> {
    let inst = obj.as_obj()?;
    let Object::Instance(i) = vm.st.heap.get(inst) else {
        return None;
    };
    let mro = &vm.class(i.class)?.mro;
    let after = mro.iter().position(|c| *c == class)? + 1;
    let v = mro[after..]
        .iter()
        .find_map(|k| vm.class(*k).and_then(|c| c.dict.get(&name).copied()))?;
    matches!(vm.obj(v), Some(Object::Function(_))).then_some(v)
}

/// `LoadMethod`: `(method, self)` when a function is found on the type (no bound-method
/// allocation), else `(Undef, attribute)`.
#[inline]
pub fn load_method(vm: &mut Vm<'_>, obj: Value, name: NameId) -> PyResult<(Value, Value)> {
    let cls = match obj {
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::Instance(inst) => {
                // `__getattribute__` anywhere turns this shortcut off (a function on the
                // type is never a data descriptor, so nothing else can override it).
                if vm.st.attr_slow {
                    return get_attr(vm, obj, name).map(|v| (Value::Undef, v));
                }
                if matches!(inst.payload, Payload::Native(_)) {
                    crate::modules::thread_local::switch(vm, r)?;
                }
                let Object::Instance(inst) = vm.st.heap.get(r) else {
                    unreachable!("still the same instance")
                };
                if let Some(v) = attr_cache::own_attr(inst, name) {
                    return Ok((Value::Undef, v));
                }
                if matches!(inst.payload, Payload::Exc(_)) {
                    return get_attr(vm, obj, name).map(|v| (Value::Undef, v));
                }
                inst.class
            }
            Object::Super { class, obj: inner } => {
                // `super().m(...)` on an instance: the function itself, no bound method.
                let (class, inner) = (*class, *inner);
                if let Some(f) = super_function(vm, class, inner, name) {
                    return Ok((f, inner));
                }
                return get_attr(vm, obj, name).map(|v| (Value::Undef, v));
            }
            Object::Class(_)
            | Object::Module(_)
            | Object::Function(_)
            | Object::BoundMethod { .. } => {
                return get_attr(vm, obj, name).map(|v| (Value::Undef, v));
            }
            _ => vm.type_of(obj),
        },
        _ => vm.type_of(obj),
    };
    match vm.class_lookup_cached(cls, name) {
        Some(v) if binds(vm, v) => Ok((v, obj)),
        _ => get_attr(vm, obj, name).map(|v| (Value::Undef, v)),
    }
}

/// `obj.name = v`
pub fn set_attr(vm: &mut Vm<'_>, obj: Value, name: NameId, v: Value) -> PyResult<()> {
    if let Some((cls, flags)) = user_instance(vm, obj) {
        if flags & attr_flags::SETATTR != 0 {
            if let Some(f) = user_hook(vm, cls, sym::__setattr__) {
                let n = vm.name(name);
                let n = vm.new_str(&n);
                return vm.call(f, &[obj, n, v]).map(|_| ());
            }
        }
    } else if let Some(f) = vm.user_dunder(obj, sym::__setattr__) {
        // A class whose metaclass defines `__setattr__`.
        let n = vm.name(name);
        let n = vm.new_str(&n);
        return vm.call(f, &[obj, n, v]).map(|_| ());
    }
    generic_set(vm, obj, name, Some(v))
}

/// `del obj.name`
pub fn del_attr(vm: &mut Vm<'_>, obj: Value, name: NameId) -> PyResult<()> {
    if let Some((cls, flags)) = user_instance(vm, obj) {
        if flags & attr_flags::DELATTR != 0 {
            if let Some(f) = user_hook(vm, cls, sym::__delattr__) {
                let n = vm.name(name);
                let n = vm.new_str(&n);
                return vm.call(f, &[obj, n]).map(|_| ());
            }
        }
    } else if let Some(f) = vm.user_dunder(obj, sym::__delattr__) {
        let n = vm.name(name);
        let n = vm.new_str(&n);
        return vm.call(f, &[obj, n]).map(|_| ());
    }
    generic_set(vm, obj, name, None)
}

/// An instance with an attribute dict: its class and the class's flags.
#[inline]
fn user_instance(vm: &Vm<'_>, obj: Value) -> Option<(ObjRef, u8)> {
    match vm.obj(obj) {
        Some(Object::Instance(inst)) if inst.class != vm.st.types.object => {
            Some((inst.class, class_flags(vm, inst.class)))
        }
        _ => None,
    }
}

/// `object.__setattr__` (`Some(v)`) and `object.__delattr__` (`None`).
pub fn generic_set(vm: &mut Vm<'_>, obj: Value, name: NameId, v: Option<Value>) -> PyResult<()> {
    if let Some((cls, flags)) = user_instance(vm, obj) {
        if flags & attr_flags::DATA_DESC != 0 {
            if let Some(d) = vm
                .class_lookup(cls, name)
                .filter(|d| descr::is_data_desc(vm, *d))
            {
                return descr::set(vm, d, obj, Some(name), v);
            }
        }
        if name == sym::__dict__ && crate::builtins::objmodel::set_instance_dict(vm, obj, v)? {
            return Ok(());
        }
        if name == sym::__class__ {
            if let Value::Obj(r) = obj {
                return crate::builtins::slots::assign_class(vm, r, v);
            }
        }
        if flags & attr_flags::SLOTS != 0 && v.is_some() && !slot_allowed(vm, cls, name) {
            let t = vm.class_name(cls);
            let n = vm.name(name);
            let exists = vm.class_lookup(cls, name).is_some();
            let msg = if exists {
                format!("'{t}' object attribute '{n}' is read-only")
            } else {
                format!("'{t}' object has no attribute '{n}'")
            };
            let c = vm.st.types.attribute_error;
            return Err(vm.error(c, msg));
        }
    }
    if let Some(t) = crate::builtins::objmodel::immutable_type(vm, obj) {
        let n = vm.name(name);
        return Err(vm.type_error(format!(
            "cannot set '{n}' attribute of immutable type '{t}'"
        )));
    }
    if crate::builtins::objmodel::set_class_special(vm, obj, name, v)? {
        return Ok(());
    }
    let is_function = matches!(vm.obj(obj), Some(Object::Function(_)));
    if let (true, Value::Obj(r)) = (is_function, obj) {
        if crate::builtins::funcattrs::set_special(vm, r, name, v)? {
            return Ok(());
        }
    }
    match v {
        Some(v) => set_plain(vm, obj, name, v),
        None => del_plain(vm, obj, name),
    }
}

/// May instances of `cls` (which has `__slots__` somewhere) hold attribute `name`?
pub(crate) fn slot_allowed(vm: &Vm<'_>, cls: ObjRef, name: NameId) -> bool {
    let Some(c) = vm.class(cls) else {
        return true;
    };
    if crate::builtins::slots::is_slot(vm, cls, name) {
        return true;
    }
    let text = vm.st.names.name(name);
    for k in &c.mro {
        let Some(kc) = vm.class(*k) else { continue };
        if kc.builtin {
            continue;
        }
        let Some(slots) = kc.dict.get(&sym::__slots__) else {
            // A class without `__slots__` gives its instances a `__dict__`.
            return true;
        };
        let names: Vec<Value> = match vm.obj(*slots) {
            Some(Object::Str(_)) => vec![*slots],
            Some(Object::Tuple(t)) => t.to_vec(),
            Some(Object::List(l)) => l.clone(),
            _ => Vec::new(),
        };
        for n in names {
            match vm.as_str(n) {
                Some("__dict__") => return true,
                Some(s) if s == &**text => return true,
                _ => {}
            }
        }
    }
    false
}

/// Stores without looking for descriptors or hooks.
fn set_plain(vm: &mut Vm<'_>, obj: Value, name: NameId, v: Value) -> PyResult<()> {
    let object_cls = vm.st.types.object;
    if let Value::Obj(r) = obj {
        crate::modules::thread_local::switch(vm, r)?;
        match vm.st.heap.get_mut(r) {
            // Bare `object()` instances have no attribute dict, as in CPython.
            Object::Instance(inst) if inst.class != object_cls => {
                if let Payload::Exc(e) = &mut inst.payload {
                    match name {
                        sym::args => {
                            e.args = v;
                            return Ok(());
                        }
                        sym::__cause__ => {
                            e.cause = v;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        sym::__context__ => {
                            e.context = v;
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                inst.set_attr(name, v);
                return Ok(());
            }
            Object::Class(c) => {
                c.dict.insert(name, v);
                if crate::builtins::classes::affects_flags(vm, name, Some(v)) {
                    crate::builtins::classes::refresh_all_flags(vm);
                }
                return Ok(());
            }
            Object::Function(f) => {
                if let Some(slot) = f.attrs.iter_mut().find(|(n, _)| *n == name) {
                    slot.1 = v;
                } else {
                    f.attrs.push((name, v));
                }
                return Ok(());
            }
            Object::Module(m) => {
                if m.is_main {
                    vm.st.globals.set(name, v);
                } else if m.prefix.is_some() {
                    crate::modules::import::module_store(vm, r, name, v);
                } else if m.is_builtins() {
                    m.attrs.insert(name, v);
                    vm.st.builtins.set(name, v);
                } else {
                    m.attrs.insert(name, v);
                }
                return Ok(());
            }
            _ => {}
        }
    }
    let t = vm.type_name(obj);
    let n = vm.name(name);
    let exists = vm.class_lookup(vm.type_of(obj), name).is_some();
    let msg = if exists {
        format!("'{t}' object attribute '{n}' is read-only")
    } else {
        format!("'{t}' object has no attribute '{n}'")
    };
    let c = vm.st.types.attribute_error;
    Err(vm.error(c, msg))
}

/// Deletes without looking for descriptors or hooks.
fn del_plain(vm: &mut Vm<'_>, obj: Value, name: NameId) -> PyResult<()> {
    if let Value::Obj(r) = obj {
        crate::modules::thread_local::switch(vm, r)?;
        let removed = match vm.st.heap.get_mut(r) {
            Object::Instance(inst) => inst.del_attr(name),
            Object::Class(c) => {
                let gone = c.dict.remove(&name);
                if let Some(g) = gone {
                    if crate::builtins::classes::affects_flags(vm, name, Some(g)) {
                        crate::builtins::classes::refresh_all_flags(vm);
                    }
                }
                gone.is_some()
            }
            Object::Module(m) if m.prefix.is_some() => {
                crate::modules::import::module_delete(vm, r, name)
            }
            Object::Module(m) if m.is_builtins() => {
                let had = m.attrs.remove(&name).is_some();
                let bound = vm.st.builtins.get(name).is_some();
                vm.st.builtins.set(name, Value::Undef);
                had || bound
            }
            Object::Module(m) => m.attrs.remove(&name).is_some(),
            _ => false,
        };
        if removed {
            return Ok(());
        }
        let cls = vm.type_of(obj);
        if crate::builtins::slots::is_slot(vm, cls, name) {
            return Err(crate::builtins::slots::unset_delete_error(vm, name));
        }
    }
    Err(vm.attribute_error(obj, name))
}
