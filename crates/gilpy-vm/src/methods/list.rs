//! `list` methods.

use crate::builtins::{Args, NativeDef};
use crate::methods::common::{self, check_kw};
use crate::names::sym;
use crate::object::Object;
use crate::ops::{compare, convert, iter};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// The `list` method table.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("append", append),
    NativeDef::new("pop", pop),
    NativeDef::new("extend", extend),
    NativeDef::new("insert", insert),
    NativeDef::new("remove", remove),
    NativeDef::new("index", index),
    NativeDef::new("count", count),
    NativeDef::new("sort", sort),
    NativeDef::new("reverse", reverse),
    NativeDef::new("copy", copy),
    NativeDef::new("clear", clear),
];

/// `self` as a list handle, or `TypeError`.
pub fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match args.get(0) {
        Some(Value::Obj(r)) if matches!(vm.st.heap.get(r), Object::List(_)) => Ok(r),
        _ => Err(crate::methods::common::descriptor_error(
            vm, args, "list", method,
        )),
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

/// A snapshot of the list's items (for comparisons that may run Python code).
fn snapshot(vm: &Vm<'_>, r: ObjRef) -> Vec<Value> {
    match vm.st.heap.get(r) {
        Object::List(l) => l.clone(),
        _ => Vec::new(),
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
    let i = match args.get(1) {
        Some(v) => common::index(vm, v)?,
        None => -1,
    };
    let len = items_mut(vm, r).len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    match crate::ops::subscr::norm_index(i, len) {
        Some(i) => Ok(items_mut(vm, r).remove(i)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn extend(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "extend")?;
    args.check_method(vm, "list.extend", 1, 1)?;
    let items = iter::collect(vm, args.pos[1])?;
    items_mut(vm, r).extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "insert")?;
    args.check_method(vm, "insert", 2, 2)?;
    let i = common::index(vm, args.pos[1])?;
    let l = items_mut(vm, r);
    let len = l.len() as i64;
    // Out-of-range positions clamp to the ends, as in CPython.
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(at as usize, args.pos[2]);
    Ok(Value::None)
}

/// Position of the first item equal to `x` in `[start, stop)`.
fn position(
    vm: &mut Vm<'_>,
    items: &[Value],
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if v.is(x) || compare::eq(vm, *v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `(start, stop)` of `index(x, start, stop)` resolved against `len`.
pub fn index_range(
    vm: &mut Vm<'_>,
    start: Option<Value>,
    stop: Option<Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let fix = |i: i64| -> usize {
        if i < 0 {
            (i + len).max(0) as usize
        } else {
            i.min(len) as usize
        }
    };
    let a = common::opt_bound(vm, start)?.map(fix).unwrap_or(0);
    let b = common::opt_bound(vm, stop)?
        .map(fix)
        .unwrap_or(len as usize);
    Ok((a, b))
}

fn remove(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "remove")?;
    args.check_method(vm, "list.remove", 1, 1)?;
    let items = snapshot(vm, r);
    match position(vm, &items, args.pos[1], 0, items.len())? {
        Some(i) => {
            let l = items_mut(vm, r);
            // `__eq__` may have shrunk the list meanwhile.
            if i < l.len() {
                l.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "index")?;
    args.check_method(vm, "index", 1, 3)?;
    let items = snapshot(vm, r);
    let (a, b) = index_range(vm, args.get(2), args.get(3), items.len())?;
    match position(vm, &items, args.pos[1], a, b)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let s = convert::repr_of(vm, args.pos[1])?;
            Err(vm.value_error(format!("{s} is not in list")))
        }
    }
}

/// Number of items equal to `x`.
pub fn count_in(vm: &mut Vm<'_>, items: &[Value], x: Value) -> PyResult<usize> {
    let mut n = 0;
    for v in items {
        if v.is(x) || compare::eq(vm, *v, x)? {
            n += 1;
        }
    }
    Ok(n)
}

fn count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "count")?;
    args.check_method(vm, "list.count", 1, 1)?;
    let items = snapshot(vm, r);
    Ok(Value::Int(count_in(vm, &items, args.pos[1])? as i64))
}

fn sort(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    check_kw(vm, &args, "sort", &["key", "reverse"])?;
    let key = args.kwarg(sym::key).filter(|k| !matches!(k, Value::None));
    let reverse = match args.kwarg(sym::reverse) {
        Some(v) => crate::builtins::functions::reverse_flag(vm, v)?,
        None => false,
    };
    // Like CPython, the list looks empty while it is being sorted, and changes made
    // meanwhile (by a key function or `__lt__`) are detected afterwards.
    let items = std::mem::take(items_mut(vm, r));
    let sorted = common::sort_values(vm, items.clone(), key, reverse);
    let l = items_mut(vm, r);
    let modified = !l.is_empty();
    match sorted {
        Ok(s) => *l = s,
        Err(e) => {
            *l = items;
            return Err(e);
        }
    }
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "reverse")?;
    args.check_method(vm, "list.reverse", 0, 0)?;
    items_mut(vm, r).reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "copy")?;
    args.check_method(vm, "list.copy", 0, 0)?;
    let items = snapshot(vm, r);
    Ok(vm.new_list(items))
}

fn clear(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "clear")?;
    args.check_method(vm, "list.clear", 0, 0)?;
    items_mut(vm, r).clear();
    Ok(Value::None)
}
