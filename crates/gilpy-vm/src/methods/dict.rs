//! `dict` methods.

use crate::builtins::{Args, NativeDef};
use crate::methods::common::rest;
use crate::object::{Object, ViewKind};
use crate::ops::{attr, dictops, iter, subscr};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// The `dict` method table.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("get", get),
    NativeDef::new("keys", keys),
    NativeDef::new("values", values),
    NativeDef::new("items", items),
    NativeDef::new("setdefault", setdefault),
    NativeDef::new("pop", pop),
    NativeDef::new("popitem", popitem),
    NativeDef::new("update", update),
    NativeDef::new("copy", copy),
    NativeDef::new("clear", clear),
    NativeDef::new("fromkeys", fromkeys),
];

/// `self` as a dict handle, or `TypeError`.
pub fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match args.get(0) {
        Some(Value::Obj(r)) if matches!(vm.st.heap.get(r), Object::Dict(_)) => Ok(r),
        _ => Err(crate::methods::common::descriptor_error(
            vm, args, "dict", method,
        )),
    }
}

fn get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    args.check_method(vm, "get", 1, 2)?;
    Ok(dictops::dict_get(vm, d, args.pos[1])?.unwrap_or(args.get(2).unwrap_or(Value::None)))
}

fn view(vm: &mut Vm<'_>, args: Args<'_>, kind: ViewKind, name: &str) -> PyResult<Value> {
    let d = this(vm, &args, name)?;
    args.check_method(vm, &format!("dict.{name}"), 0, 0)?;
    Ok(vm.alloc(Object::DictView { dict: d, kind }))
}

fn keys(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, ViewKind::Keys, "keys")
}

fn values(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, ViewKind::Values, "values")
}

fn items(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, ViewKind::Items, "items")
}

fn setdefault(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    args.check_method(vm, "setdefault", 1, 2)?;
    let key = args.pos[1];
    if let Some(v) = dictops::dict_get(vm, d, key)? {
        return Ok(v);
    }
    let dflt = args.get(2).unwrap_or(Value::None);
    dictops::dict_set(vm, d, key, dflt)?;
    Ok(dflt)
}

fn pop(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    args.check_method(vm, "pop", 1, 2)?;
    let key = args.pos[1];
    match dictops::dict_remove(vm, d, key)? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt),
            None => Err(vm.key_error(key)),
        },
    }
}

fn popitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    args.check_method(vm, "dict.popitem", 0, 0)?;
    let e = dictops::table_mut(vm, d).and_then(|t| t.pop_last());
    match e {
        Some(e) => {
            crate::builtins::evalexec::write_through(vm, d, e.key, None);
            Ok(vm.new_tuple(vec![e.key, e.value]))
        }
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

/// `d.update(src)` for a dict, an object with `keys()`, or an iterable of pairs.
pub fn update_from(vm: &mut Vm<'_>, d: ObjRef, src: Value) -> PyResult<()> {
    if let Some(Object::Instance(_)) = vm.obj(src) {
        let keys_id = vm.intern("keys");
        if let Some(keys) = attr::try_get_attr(vm, src, keys_id)? {
            let ks = vm.call(keys, &[])?;
            for k in iter::collect(vm, ks)? {
                let v = subscr::get_item(vm, src, k)?;
                dictops::dict_set(vm, d, k, v)?;
            }
            return Ok(());
        }
    }
    crate::builtins::types::dict_update_from(vm, d, src)
}

fn update(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "update")?;
    rest(&args).check_pos(vm, "update", 0, 1)?;
    if let Some(src) = args.get(1) {
        update_from(vm, d, src)?;
    }
    for (k, v) in args.kw {
        let name = vm.name(*k);
        let key = vm.new_str(&name);
        dictops::dict_set(vm, d, key, *v)?;
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    args.check_method(vm, "dict.copy", 0, 0)?;
    let table = match vm.st.heap.get(d) {
        Object::Dict(t) => (**t).clone(),
        _ => Default::default(),
    };
    Ok(vm.alloc(Object::Dict(Box::new(table))))
}

fn clear(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    args.check_method(vm, "dict.clear", 0, 0)?;
    if !vm.st.globals_dicts.is_empty() {
        for (k, _) in dictops::dict_items(vm, d) {
            crate::builtins::evalexec::write_through(vm, d, k, None);
        }
    }
    if let Some(t) = dictops::table_mut(vm, d) {
        t.clear();
    }
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`, also reached as `d.fromkeys(...)`.
///
/// Builtin methods are not class methods here, so `dict.fromkeys(keys)` arrives
/// without `self`; a dict first argument followed by one or two more means the
/// instance form.
fn fromkeys(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let first_is_dict = matches!(args.get(0).and_then(|v| vm.obj(v)), Some(Object::Dict(_)));
    let pos = if args.len() == 3
        || (args.len() == 2 && first_is_dict && !is_value_like(vm, args.pos[1]))
    {
        &args.pos[1..]
    } else {
        args.pos
    };
    let a = Args { pos, kw: args.kw };
    a.check(vm, "fromkeys", 1, 2)?;
    let value = a.get(1).unwrap_or(Value::None);
    let keys = iter::collect(vm, a.pos[0])?;
    let d = vm.new_dict();
    let dr = d.as_obj().unwrap_or(ObjRef(0));
    for k in keys {
        dictops::dict_set(vm, dr, k, value)?;
    }
    Ok(d)
}

/// Heuristic for [`fromkeys`]: scalars are values, not key iterables.
fn is_value_like(vm: &Vm<'_>, v: Value) -> bool {
    !matches!(
        vm.obj(v),
        Some(
            Object::List(_)
                | Object::Tuple(_)
                | Object::Str(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::Range(_)
                | Object::Iter(_)
                | Object::DictView { .. }
        )
    )
}
