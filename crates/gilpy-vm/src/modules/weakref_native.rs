//! `_weakref`: the weak reference type (`weakref.ref`, `ReferenceType`) and
//! `getweakrefcount`/`getweakrefs`, as CPython's C module. How references are cleared
//! is in `weakref_table.rs`; `py/weakref.py` builds the containers, `proxy` and
//! `finalize` on this.

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::object::{InstanceObj, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::weakref_table::{weak_data, WeakData};
use crate::{PyResult, Vm};

/// `import _weakref`
pub const MODULE: ModuleDef = ModuleDef {
    name: "_weakref",
    init,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("getweakrefcount", getweakrefcount),
    NativeDef::new("getweakrefs", getweakrefs),
];

const METHODS: &[NativeDef] = &[
    NativeDef::new("__init__", init_method),
    NativeDef::new("__call__", call),
    NativeDef::new("__repr__", repr),
    NativeDef::new("__eq__", eq),
    NativeDef::new("__ne__", ne),
    NativeDef::new("__hash__", hash),
    NativeDef::new("_callback", callback),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    let object = vm.st.types.object;
    let cls = vm.new_class("ReferenceType", Some(object), Some(ref_new), false);
    vm.add_methods(cls, METHODS);
    if let Object::Class(k) = vm.st.heap.get_mut(cls) {
        k.module = "weakref".into();
    }
    let module = vm.new_str("weakref");
    vm.class_set(cls, "__module__", module);
    vm.module_set(m, "ref", Value::Obj(cls));
    vm.module_set(m, "ReferenceType", Value::Obj(cls));
    vm.module_add_functions(m, FUNCTIONS);
    Ok(())
}

/// Can `v` be weakly referenced? CPython's rule: not the plain value types.
fn referenceable(vm: &Vm<'_>, v: Value) -> bool {
    match vm.obj(v) {
        Some(Object::Instance(i)) => {
            let t = &vm.st.types;
            i.class != t.bytes && i.class != t.bytearray
        }
        Some(
            Object::Function(_)
            | Object::Class(_)
            | Object::BoundMethod { .. }
            | Object::Set(_)
            | Object::Module(_)
            | Object::Generator(_)
            | Object::Code(_),
        ) => true,
        _ => false,
    }
}

/// `ref(obj, callback=None)`; a callback-free `ref` to an object that already has one
/// returns that one, as CPython does.
fn ref_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "ref", 1, 2)?;
    let obj = args.pos[0];
    let callback = args.get(1).unwrap_or(Value::None);
    if !referenceable(vm, obj) {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!("cannot create weak reference to '{t}' object")));
    }
    let Some(target) = obj.as_obj() else {
        return Err(vm.type_error("cannot create weak reference to this object"));
    };
    let plain_class = vm.type_of_ref_class();
    if matches!(callback, Value::None) && Some(cls) == plain_class {
        let existing = vm.st.weak.refs_to(target).iter().copied().find(|w| {
            matches!(vm.st.heap.get(*w), Object::Instance(i) if Some(i.class) == plain_class)
                && weak_data(vm.st.heap.get(*w)).is_some_and(|d| matches!(d.callback, Value::None))
        });
        if let Some(w) = existing {
            return Ok(Value::Obj(w));
        }
    }
    let w = vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(WeakData {
            target: Some(target),
            hash: None,
            callback,
        })),
    })));
    if let Some(wr) = w.as_obj() {
        vm.st.weak.add(target, wr);
    }
    // From now on drops of referents collect at once (see `weakref_table.rs`).
    vm.st.fin.seen = true;
    Ok(w)
}

trait RefClass {
    fn type_of_ref_class(&mut self) -> Option<ObjRef>;
}

impl RefClass for Vm<'_> {
    /// `_weakref.ref` (a subclass's instances are never shared).
    fn type_of_ref_class(&mut self) -> Option<ObjRef> {
        let mid = self.intern("_weakref");
        let name = self.intern("ref");
        let m = self.st.modules.get(&mid).copied()?;
        match self.st.heap.get(m) {
            Object::Module(m) => m.attrs.get(&name).and_then(|v| v.as_obj()),
            _ => None,
        }
    }
}

/// `self`'s state, or `TypeError`.
fn data(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    method: &str,
) -> PyResult<(Option<ObjRef>, Option<i64>, Value)> {
    let d = args
        .get(0)
        .and_then(|v| vm.obj(v))
        .and_then(weak_data)
        .map(|d| (d.target, d.hash, d.callback));
    match d {
        Some(d) => Ok(d),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' for 'weakref.ReferenceType' objects doesn't apply to this object"
        ))),
    }
}

/// `__init__`: everything happened in `ref_new` (`object.__init__` would reject the
/// arguments).
fn init_method(_vm: &mut Vm<'_>, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `r()`: the referent, or `None` once it was collected.
fn call(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (target, _, _) = data(vm, &args, "__call__")?;
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let n = args.pos.len() - 1 + args.kw.len();
        return Err(vm.type_error(format!("weakref() takes exactly 0 arguments ({n} given)")));
    }
    Ok(target.map_or(Value::None, Value::Obj))
}

fn repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (target, _, _) = data(vm, &args, "__repr__")?;
    let me = crate::ops::convert::fake_addr(args.pos[0]);
    let text = match target {
        Some(t) => {
            let tn = vm.type_name(Value::Obj(t));
            let at = crate::ops::convert::fake_addr(Value::Obj(t));
            format!("<weakref at {me}; to '{tn}' at {at}>")
        }
        None => format!("<weakref at {me}; dead>"),
    };
    Ok(vm.new_str(&text))
}

/// Two live references compare their referents; otherwise identity.
fn eq_impl(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Option<bool>> {
    args.check(vm, method, 2, 2)?;
    let (a, _, _) = data(vm, args, method)?;
    let other = vm.obj(args.pos[1]).and_then(weak_data).map(|d| d.target);
    let Some(b) = other else {
        return Ok(None);
    };
    match (a, b) {
        (Some(a), Some(b)) => crate::ops::compare::eq(vm, Value::Obj(a), Value::Obj(b)).map(Some),
        _ => Ok(Some(args.pos[0].as_obj() == args.pos[1].as_obj())),
    }
}

fn eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    Ok(match eq_impl(vm, &args, "__eq__")? {
        Some(b) => Value::Bool(b),
        None => vm.st.not_implemented,
    })
}

fn ne(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    Ok(match eq_impl(vm, &args, "__ne__")? {
        Some(b) => Value::Bool(!b),
        None => vm.st.not_implemented,
    })
}

/// The referent's hash, remembered so it survives the referent (as CPython).
fn hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (target, cached, _) = data(vm, &args, "__hash__")?;
    if let Some(h) = cached {
        return Ok(Value::Int(h));
    }
    let Some(t) = target else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = crate::ops::compare::hash(vm, Value::Obj(t))?;
    if let Some(r) = args.pos[0].as_obj() {
        if let Object::Instance(i) = vm.st.heap.get_mut(r) {
            if let Payload::Native(n) = &mut i.payload {
                if let Some(d) = n.as_any_mut().downcast_mut::<WeakData>() {
                    d.hash = Some(h);
                }
            }
        }
    }
    Ok(Value::Int(h))
}

/// `r._callback()`: the callback given at creation (`__callback__` in CPython).
fn callback(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (_, _, cb) = data(vm, &args, "__callback__")?;
    Ok(cb)
}

/// The live weak references to `obj` (none for objects that cannot have any).
fn live_refs(vm: &Vm<'_>, obj: Value) -> Vec<ObjRef> {
    let Some(t) = obj.as_obj() else {
        return Vec::new();
    };
    vm.st
        .weak
        .refs_to(t)
        .iter()
        .copied()
        .filter(|w| weak_data(vm.st.heap.get(*w)).is_some_and(|d| d.target == Some(t)))
        .collect()
}

fn getweakrefcount(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getweakrefcount", 1, 1)?;
    Ok(Value::Int(live_refs(vm, args.pos[0]).len() as i64))
}

fn getweakrefs(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getweakrefs", 1, 1)?;
    let refs = live_refs(vm, args.pos[0])
        .into_iter()
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(refs))
}
