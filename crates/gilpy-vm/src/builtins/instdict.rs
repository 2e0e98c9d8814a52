//! `obj.__dict__` and `vars(obj)` for instances: a live mapping over the instance's
//! attributes.
//!
//! Instance attributes stay in their `Vec` (the attribute fast paths never change); the
//! `__dict__` object is a proxy (`Payload::Native(InstDict)`) of a class named `dict`
//! deriving from `dict`. Every read takes a fresh snapshot of the attributes as a real
//! dict and asks it; every write applies to that snapshot and stores the result back
//! as the instance's attributes. So writes through the proxy are attributes at once,
//! and attributes set later are seen by the proxy (docs/objects.md).

use std::any::Any;

use crate::builtins::{Args, NativeDef};
use crate::names::NameId;
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

struct InstDict {
    obj: ObjRef,
}

impl NativeData for InstDict {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(Value::Obj(self.obj));
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// The name under which the proxy class waits in `dict`'s class dict (not an
/// identifier, so no Python code can reach it).
const CLASS_KEY: &str = " instance dict";

/// Creates the proxy class (after the method tables are installed).
pub(crate) fn install(vm: &mut Vm<'_>) {
    let dict = vm.st.types.dict;
    let cls = vm.new_class("dict", Some(dict), None, true);
    vm.add_methods(cls, METHODS);
    vm.class_set(dict, CLASS_KEY, Value::Obj(cls));
}

/// `obj.__dict__` for an instance with an attribute dict.
pub fn view(vm: &mut Vm<'_>, obj: ObjRef) -> Option<Value> {
    let dict = vm.st.types.dict;
    let k = vm.st.names.lookup(CLASS_KEY)?;
    let cls = vm.class(dict)?.dict.get(&k)?.as_obj()?;
    Some(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(InstDict { obj })),
    }))))
}

/// Does `obj` keep its attributes in a dict (`vars(obj)` works)?
pub fn has_dict(vm: &Vm<'_>, obj: Value) -> Option<ObjRef> {
    let r = obj.as_obj()?;
    match vm.st.heap.get(r) {
        Object::Instance(i) if i.class != vm.st.types.object => {
            if matches!(i.payload, Payload::Native(_)) {
                return None;
            }
            let flags = crate::ops::attr::class_flags(vm, i.class);
            if flags & crate::object::attr_flags::SLOTS != 0
                && !crate::ops::attr::slot_allowed(vm, i.class, crate::names::sym::__dict__)
            {
                return None;
            }
            Some(r)
        }
        _ => None,
    }
}

/// The instance a proxy stands for.
fn target(vm: &mut Vm<'_>, v: Value) -> PyResult<ObjRef> {
    if let Some(Object::Instance(i)) = vm.obj(v) {
        if let Payload::Native(n) = &i.payload {
            if let Some(d) = n.as_any().downcast_ref::<InstDict>() {
                return Ok(d.obj);
            }
        }
    }
    Err(vm.type_error("descriptor requires a 'dict' object"))
}

/// The attributes of `obj` as a new dict.
fn snapshot(vm: &mut Vm<'_>, obj: ObjRef) -> PyResult<Value> {
    let mut attrs: Vec<(NameId, Value)> = match vm.st.heap.get(obj) {
        Object::Instance(i) => i.attrs.clone(),
        _ => Vec::new(),
    };
    // Slot values share the attribute vector but are not part of `__dict__`.
    let cls = vm.type_of(Value::Obj(obj));
    if crate::ops::attr::class_flags(vm, cls) & crate::object::attr_flags::SLOTS != 0 {
        attrs.retain(|(k, _)| !crate::builtins::slots::is_slot(vm, cls, *k));
    }
    let d = vm.new_dict();
    let Some(dr) = d.as_obj() else {
        return Ok(d);
    };
    for (k, v) in attrs {
        let ks = vm.name(k);
        let kv = vm.new_str(&ks);
        crate::ops::dictops::dict_set(vm, dr, kv, v)?;
    }
    Ok(d)
}

/// Makes the attributes of `obj` what dict `d` holds (string keys only).
pub(crate) fn store(vm: &mut Vm<'_>, obj: ObjRef, d: Value) -> PyResult<()> {
    let Some(dr) = d.as_obj() else {
        return Ok(());
    };
    let mut attrs = Vec::new();
    for (k, v) in crate::ops::dictops::dict_items(vm, dr) {
        match vm.as_str(k).map(str::to_string) {
            Some(s) => attrs.push((vm.intern(&s), v)),
            // CPython allows them in `__dict__`; attributes cannot hold them here.
            None => {
                let t = vm.type_name(k);
                return Err(vm.type_error(format!(
                    "attribute name must be string, not '{t}' (gilpy: instance __dict__ keys)"
                )));
            }
        }
    }
    crate::ops::attr_cache::note_instance_names(&attrs);
    let cls = vm.type_of(Value::Obj(obj));
    // A value stored under a data descriptor's name must not be read by the eval
    // loop's own-attribute fast path (the descriptor wins): turn it off, as a data
    // descriptor added after instances exist does.
    if crate::ops::attr::class_flags(vm, cls) & crate::object::attr_flags::DATA_DESC != 0
        && attrs.iter().any(|(k, _)| {
            vm.class_lookup(cls, *k)
                .is_some_and(|d| crate::builtins::descr::is_data_desc(vm, d))
        })
    {
        vm.st.attr_slow = true;
    }
    if crate::ops::attr::class_flags(vm, cls) & crate::object::attr_flags::SLOTS != 0 {
        // Filled slots stay (they are not in the dict).
        let kept: Vec<(NameId, Value)> = match vm.st.heap.get(obj) {
            Object::Instance(i) => i
                .attrs
                .iter()
                .filter(|(k, _)| crate::builtins::slots::is_slot(vm, cls, *k))
                .copied()
                .collect(),
            _ => Vec::new(),
        };
        attrs.retain(|(k, _)| !kept.iter().any(|(s, _)| s == k));
        attrs.splice(0..0, kept);
    }
    if let Object::Instance(i) = vm.st.heap.get_mut(obj) {
        i.attrs = attrs;
    }
    Ok(())
}

/// Runs the dict method `name` on a snapshot; `writes` stores the snapshot back.
fn delegate(vm: &mut Vm<'_>, args: Args<'_>, name: &str, writes: bool) -> PyResult<Value> {
    let Some(&this) = args.pos.first() else {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    };
    let obj = target(vm, this)?;
    let d = snapshot(vm, obj)?;
    let mark = vm.push_root(d);
    let id = vm.intern(name);
    let r = (|| {
        let m = crate::ops::attr::get_attr(vm, d, id)?;
        let r = crate::call::call_value(vm, m, &args.pos[1..], args.kw)?;
        if writes {
            store(vm, obj, d)?;
        }
        Ok(r)
    })();
    vm.pop_roots(mark);
    r
}

macro_rules! delegating {
    ($($f:ident = $name:literal, $writes:expr;)*) => {
        $(fn $f(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
            delegate(vm, args, $name, $writes)
        })*
        const METHODS: &[NativeDef] = &[
            $(NativeDef::new($name, $f),)*
            NativeDef::new("__getitem__", get_item),
            NativeDef::new("__setitem__", set_item),
            NativeDef::new("__delitem__", del_item),
            NativeDef::new("__contains__", contains),
            NativeDef::new("__iter__", iter),
            NativeDef::new("__len__", len),
            NativeDef::new("__repr__", repr),
            NativeDef::new("__eq__", eq),
            NativeDef::new("__ne__", ne),
        ];
    };
}

delegating! {
    keys = "keys", false;
    values = "values", false;
    items = "items", false;
    get = "get", false;
    copy = "copy", false;
    update = "update", true;
    pop = "pop", true;
    popitem = "popitem", true;
    setdefault = "setdefault", true;
    clear = "clear", true;
    or = "__or__", false;
    ror = "__ror__", false;
    ior = "__ior__", true;
}

/// The snapshot of the proxy in `args.pos[0]` and the argument count check.
fn snap(vm: &mut Vm<'_>, args: Args<'_>, name: &str, n: usize) -> PyResult<(ObjRef, Value)> {
    args.check(vm, name, n, n)?;
    let obj = target(vm, args.pos[0])?;
    Ok((obj, snapshot(vm, obj)?))
}

fn get_item(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = snap(vm, args, "__getitem__", 2)?;
    crate::ops::subscr::get_item(vm, d, args.pos[1])
}

fn set_item(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (obj, d) = snap(vm, args, "__setitem__", 3)?;
    crate::ops::subscr::set_item(vm, d, args.pos[1], args.pos[2])?;
    store(vm, obj, d)?;
    Ok(Value::None)
}

fn del_item(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (obj, d) = snap(vm, args, "__delitem__", 2)?;
    crate::ops::subscr::del_item(vm, d, args.pos[1])?;
    store(vm, obj, d)?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = snap(vm, args, "__contains__", 2)?;
    crate::ops::subscr::contains(vm, d, args.pos[1]).map(Value::Bool)
}

fn iter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = snap(vm, args, "__iter__", 1)?;
    crate::ops::iter::get_iter(vm, d)
}

fn len(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = snap(vm, args, "__len__", 1)?;
    Ok(Value::Int(crate::ops::subscr::len(vm, d)? as i64))
}

fn repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = snap(vm, args, "__repr__", 1)?;
    let s = crate::ops::convert::repr_of(vm, d)?;
    Ok(vm.new_string(s))
}

/// The other operand of a comparison, a proxy turned into its snapshot.
fn other(vm: &mut Vm<'_>, v: Value) -> PyResult<Value> {
    match target(vm, v) {
        Ok(o) => snapshot(vm, o),
        Err(_) => Ok(v),
    }
}

fn eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = snap(vm, args, "__eq__", 2)?;
    let o = other(vm, args.pos[1])?;
    crate::ops::compare::eq(vm, d, o).map(Value::Bool)
}

fn ne(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = snap(vm, args, "__ne__", 2)?;
    let o = other(vm, args.pos[1])?;
    crate::ops::compare::eq(vm, d, o).map(|b| Value::Bool(!b))
}

/// `vars(obj)`: the instance's `__dict__`, a class's or module's namespace.
pub fn vars(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    if args.is_empty() {
        // `vars()` is `locals()`.
        return super::evalexec::locals(vm, args);
    }
    args.check(vm, "vars", 1, 1)?;
    let obj = args.pos[0];
    if let Some(r) = has_dict(vm, obj) {
        if let Some(v) = view(vm, r) {
            return Ok(v);
        }
    }
    if let (Some(Object::Module(_)), Some(r)) = (vm.obj(obj), obj.as_obj()) {
        return crate::modules::import::module_dict(vm, r);
    }
    if matches!(
        vm.obj(obj),
        Some(Object::Class(_)) | Some(Object::Function(_))
    ) {
        if let Ok(Some(v)) = crate::ops::attr::try_get_attr(vm, obj, crate::names::sym::__dict__) {
            return Ok(v);
        }
    }
    Err(vm.type_error("vars() argument must have __dict__ attribute"))
}

/// Builtin functions defined here.
pub const FUNCTIONS: &[NativeDef] = &[NativeDef::new("vars", vars)];

/// `f.__code__`: an object of class `code` with the common `co_*` attributes (read
/// from the function's compiled code; it cannot be run with `exec`).
pub fn code_info(vm: &mut Vm<'_>, f: ObjRef) -> Value {
    let Object::Function(func) = vm.st.heap.get(f) else {
        return Value::None;
    };
    let c = func.code.code.clone();
    code_object(vm, &c)
}

/// An object of class `code` describing compiled code `c` (for `f.__code__` and a
/// traceback frame's `f_code`).
pub fn code_object(vm: &mut Vm<'_>, c: &std::sync::Arc<gilpy_compiler::bytecode::Code>) -> Value {
    let mut attrs: Vec<(&str, Value)> = vec![
        ("co_name", vm.new_str(&c.name)),
        ("co_qualname", vm.new_str(&c.qualname)),
        ("co_filename", vm.new_str(&c.filename)),
        ("co_firstlineno", Value::Int(c.first_line as i64)),
        ("co_argcount", Value::Int(c.argcount as i64)),
        ("co_posonlyargcount", Value::Int(c.posonlyargcount as i64)),
        ("co_kwonlyargcount", Value::Int(c.kwonlyargcount as i64)),
        ("co_nlocals", Value::Int(c.varnames.len() as i64)),
        // CPython's bits: OPTIMIZED|NEWLOCALS, VARARGS, VARKEYWORDS, NESTED, GENERATOR
        // (`inspect` reads them).
        (
            "co_flags",
            Value::Int(
                3 | (i64::from(c.has_varargs) * 4)
                    | (i64::from(c.has_varkw) * 8)
                    | (i64::from(!c.freevars.is_empty()) * 16)
                    | (i64::from(c.is_generator) * 32),
            ),
        ),
    ];
    let names: Vec<Value> = c.varnames.iter().map(|n| vm.new_str(n)).collect();
    attrs.push(("co_varnames", vm.new_tuple(names)));
    let free: Vec<Value> = c.freevars.iter().map(|n| vm.new_str(n)).collect();
    attrs.push(("co_freevars", vm.new_tuple(free)));
    let cells: Vec<Value> = c.cellvars.iter().map(|n| vm.new_str(n)).collect();
    attrs.push(("co_cellvars", vm.new_tuple(cells)));
    let names: Vec<Value> = c.names.iter().map(|n| vm.new_str(n)).collect();
    attrs.push(("co_names", vm.new_tuple(names)));
    let attrs = attrs.into_iter().map(|(k, v)| (vm.intern(k), v)).collect();
    let cls = vm.st.types.code;
    vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs,
        payload: Payload::Native(Box::new(crate::traceback_carets::CodeRef(c.clone()))),
    })))
}
