//! `range` methods.

use crate::builtins::{Args, NativeDef};
use crate::object::{Object, RangeObj};
use crate::ops::compare;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The `range` method table.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("index", index),
    NativeDef::new("count", count),
];

fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<RangeObj> {
    match args.get(0).and_then(|v| vm.obj(v)) {
        Some(Object::Range(r)) => Ok(**r),
        _ => Err(crate::methods::common::descriptor_error(
            vm, args, "range", method,
        )),
    }
}

/// Position of the int `i` in the range, computed, not searched.
fn position(r: &RangeObj, i: i64) -> Option<i64> {
    let (start, step) = (r.start as i128, r.step as i128);
    let off = i as i128 - start;
    if off % step != 0 {
        return None;
    }
    let k = off / step;
    (k >= 0 && k < r.len() as i128).then_some(k as i64)
}

/// The `k`-th item (in range, so it fits; the product alone might not).
fn nth(r: &RangeObj, k: i64) -> i64 {
    (r.start as i128 + k as i128 * r.step as i128) as i64
}

/// Position of any value: ints by arithmetic, anything else by `==` over the items
/// (as CPython does for `2.0` or user objects).
fn find(vm: &mut Vm<'_>, r: &RangeObj, x: Value) -> PyResult<Option<i64>> {
    match x {
        Value::Int(i) => return Ok(position(r, i)),
        Value::Bool(b) => return Ok(position(r, b as i64)),
        _ => {}
    }
    for k in 0..r.len() {
        let item = Value::Int(nth(r, k));
        if compare::eq(vm, item, x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn index(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "index")?;
    args.check_method(vm, "range.index", 1, 1)?;
    let x = args.pos[1];
    match find(vm, &r, x)? {
        Some(k) => Ok(Value::Int(k)),
        None => match x {
            Value::Int(i) => Err(vm.value_error(format!("{i} is not in range"))),
            Value::Bool(b) => Err(vm.value_error(format!("{} is not in range", b as i64))),
            _ => Err(vm.value_error("sequence.index(x): x not in sequence")),
        },
    }
}

fn count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "count")?;
    args.check_method(vm, "range.count", 1, 1)?;
    let x = args.pos[1];
    if let Value::Int(_) | Value::Bool(_) = x {
        return Ok(Value::Int(find(vm, &r, x)?.is_some() as i64));
    }
    let mut n = 0;
    for k in 0..r.len() {
        if compare::eq(vm, Value::Int(nth(&r, k)), x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// The `slice` method table.
pub const SLICE_METHODS: &[NativeDef] = &[NativeDef::new("indices", slice_indices)];

/// `slice.indices(length)`: `(start, stop, step)` resolved against a sequence length.
fn slice_indices(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "indices", 2, 2)?;
    let Some(r) = args.pos[0]
        .as_obj()
        .filter(|r| matches!(vm.st.heap.get(*r), Object::Slice(_)))
    else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = crate::methods::common::index(vm, args.pos[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = crate::ops::subscr::slice_indices(vm, r, n as usize)?;
    Ok(vm.new_tuple(vec![
        Value::Int(s.start),
        Value::Int(s.stop),
        Value::Int(s.step),
    ]))
}
