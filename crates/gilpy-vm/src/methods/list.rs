//! `list` methods.

use crate::builtins::{Args, NativeDef};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// The `list` method table.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("append", append),
    NativeDef::new("pop", pop),
    NativeDef::new("extend", extend),
];

/// `self` as a list handle, or `TypeError`.
pub fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match args.get(0) {
        Some(Value::Obj(r)) if matches!(vm.st.heap.get(r), Object::List(_)) => Ok(r),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for 'list' objects doesn't apply to this object"
        ))),
    }
}

/// The list's items, mutably.
pub fn items_mut<'v>(vm: &'v mut Vm<'_>, r: ObjRef) -> &'v mut Vec<Value> {
    match vm.st.heap.get_mut(r) {
        Object::List(l) => l,
        // `this` checked the kind; an empty scratch list keeps this total.
        other => {
            *other = Object::List(Vec::new());
            match other {
                Object::List(l) => l,
                _ => unreachable!("just assigned"),
            }
        }
    }
}

fn append(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "append")?;
    args.check_method(vm, "list.append", 1, 1)?;
    items_mut(vm, r).push(args.pos[1]);
    Ok(Value::None)
}

fn pop(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "pop")?;
    args.check_method(vm, "pop", 0, 1)?;
    let len = items_mut(vm, r).len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => crate::builtins::types::as_index(vm, v)?,
        None => -1,
    };
    match crate::ops::subscr::norm_index(i, len) {
        Some(i) => Ok(items_mut(vm, r).remove(i)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn extend(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "extend")?;
    args.check_method(vm, "list.extend", 1, 1)?;
    let items = crate::ops::iter::collect(vm, args.pos[1])?;
    items_mut(vm, r).extend(items);
    Ok(Value::None)
}
