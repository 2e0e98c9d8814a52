//! `tuple` methods.

use crate::builtins::{Args, NativeDef};
use crate::object::Object;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The `tuple` method table.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("index", index),
    NativeDef::new("count", count),
];

/// `self`'s items, or `TypeError`.
fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Vec<Value>> {
    match args.get(0).and_then(|v| vm.obj(v)) {
        Some(Object::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(crate::methods::common::descriptor_error(
            vm, args, "tuple", method,
        )),
    }
}

fn index(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let items = this(vm, &args, "index")?;
    args.check_method(vm, "index", 1, 3)?;
    let (a, b) = crate::methods::list::index_range(vm, args.get(2), args.get(3), items.len())?;
    let x = args.pos[1];
    for (i, v) in items.iter().enumerate().take(b).skip(a) {
        if v.is(x) || crate::ops::compare::eq(vm, *v, x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let items = this(vm, &args, "count")?;
    args.check_method(vm, "tuple.count", 1, 1)?;
    let n = crate::methods::list::count_in(vm, &items, args.pos[1])?;
    Ok(Value::Int(n as i64))
}
