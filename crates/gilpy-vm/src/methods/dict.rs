//! `dict` methods.

use crate::builtins::{Args, NativeDef};
use crate::object::{Object, ViewKind};
use crate::ops::dictops;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// The `dict` method table.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("get", get),
    NativeDef::new("keys", keys),
    NativeDef::new("values", values),
    NativeDef::new("items", items),
];

/// `self` as a dict handle, or `TypeError`.
pub fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match args.get(0) {
        Some(Value::Obj(r)) if matches!(vm.st.heap.get(r), Object::Dict(_)) => Ok(r),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for 'dict' objects doesn't apply to this object"
        ))),
    }
}

fn get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    args.check_method(vm, "get", 1, 2)?;
    Ok(dictops::dict_get(vm, d, args.pos[1])?.unwrap_or(args.get(2).unwrap_or(Value::None)))
}

fn view(vm: &mut Vm<'_>, args: Args<'_>, kind: ViewKind, name: &str) -> PyResult<Value> {
    let d = this(vm, &args, name)?;
    args.check_method(vm, name, 0, 0)?;
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
