//! Helpers shared by the library's builtins and methods: keyword checking, integer
//! arguments, the stable sort behind `sorted` and `list.sort`.

use num_bigint::{BigInt, Sign};

use crate::builtins::Args;
use crate::names::sym;
use crate::object::Object;
use crate::ops::compare;
use crate::value::Value;
use crate::{PyResult, Vm};

/// `TypeError: 'foo' is an invalid keyword argument for fname()` unless every keyword
/// is in `allowed`.
pub fn check_kw(vm: &mut Vm<'_>, args: &Args<'_>, fname: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in args.kw {
        let name = vm.name(*k);
        if !allowed.contains(&&*name) {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// A keyword argument by its text.
pub fn kw(vm: &Vm<'_>, args: &Args<'_>, name: &str) -> Option<Value> {
    args.kwarg_str(vm, name)
}

/// The `i`-th positional argument or the keyword `name`.
pub fn arg(vm: &Vm<'_>, args: &Args<'_>, i: usize, name: &str) -> Option<Value> {
    args.get(i).or_else(|| kw(vm, args, name))
}

/// An integer argument (ints, bools, `__index__`); big ints are `OverflowError`.
pub fn index(vm: &mut Vm<'_>, v: Value) -> PyResult<i64> {
    if let Some(f) = vm.user_dunder(v, sym::__index__) {
        let r = vm.call(f, &[v])?;
        return match r {
            Value::Int(_) | Value::Bool(_) => crate::builtins::types::as_index(vm, r),
            _ => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("__index__ returned non-int (type {t})")))
            }
        };
    }
    crate::builtins::types::as_index(vm, v)
}

/// An integer argument as a big integer (ints, bools, `__index__`), or `None` if it is
/// not an integer.
pub fn big_index(vm: &mut Vm<'_>, v: Value) -> PyResult<Option<BigInt>> {
    Ok(match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Obj(_) => match vm.obj(v) {
            Some(Object::BigInt(b)) => Some((**b).clone()),
            Some(Object::Instance(_)) => match vm.user_dunder(v, sym::__index__) {
                Some(f) => {
                    let r = vm.call(f, &[v])?;
                    match r {
                        Value::Int(i) => Some(BigInt::from(i)),
                        Value::Bool(b) => Some(BigInt::from(b as i64)),
                        _ => match vm.obj(r) {
                            Some(Object::BigInt(b)) => Some((**b).clone()),
                            _ => {
                                let t = vm.type_name(r);
                                return Err(
                                    vm.type_error(format!("__index__ returned non-int (type {t})"))
                                );
                            }
                        },
                    }
                }
                None => None,
            },
            _ => None,
        },
        _ => None,
    })
}

/// An optional slice-style bound (`None` means absent); huge ints are clamped, as
/// CPython does for `find(sub, start, end)` and `list.index(x, start, end)`.
pub fn opt_bound(vm: &mut Vm<'_>, v: Option<Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if matches!(v, Value::None) {
        return Ok(None);
    }
    match big_index(vm, v)? {
        Some(b) => Ok(Some(clamp(&b))),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// A big integer clamped into `i64`.
pub fn clamp(b: &BigInt) -> i64 {
    i64::try_from(b).unwrap_or(if b.sign() == Sign::Minus {
        i64::MIN
    } else {
        i64::MAX
    })
}

/// A `str` argument, or `TypeError: {what}, not T` (`what` like "must be str").
pub fn str_arg(vm: &mut Vm<'_>, v: Value, what: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{what}, not {t}")))
        }
    }
}

/// Sorts `items` like `list.sort(key=key, reverse=reverse)`: stable, using only `<`
/// (user `__lt__`, reflected `__gt__`), with the key computed once per item.
pub fn sort_values(
    vm: &mut Vm<'_>,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut items = items;
    // CPython reverses, sorts stably and reverses back, so equal items keep their order
    // under `reverse=True` too.
    if reverse {
        items.reverse();
    }
    let keys = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in &items {
                // No collection runs while this thread is inside a native callback
                // (see `gc.rs`), so keys held here stay alive.
                keys.push(vm.call(f, &[*x])?);
            }
            keys
        }
        None => items.clone(),
    };
    let order = sort_order(vm, &keys)?;
    let mut out: Vec<Value> = order.into_iter().map(|i| items[i]).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

/// The permutation that sorts `keys` stably.
fn sort_order(vm: &mut Vm<'_>, keys: &[Value]) -> PyResult<Vec<usize>> {
    let n = keys.len();
    let mut idx: Vec<usize> = (0..n).collect();
    // Fast paths with a total order: all small ints, or all strs.
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| match keys[i] {
            Value::Int(x) => x,
            _ => 0,
        });
        return Ok(idx);
    }
    if keys
        .iter()
        .all(|k| matches!(vm.obj(*k), Some(Object::Str(_))))
    {
        let texts: Vec<&str> = keys.iter().map(|k| vm.as_str(*k).unwrap_or("")).collect();
        idx.sort_by(|&a, &b| texts[a].cmp(texts[b]));
        return Ok(idx);
    }
    // General case: CPython's timsort, calling `<` (user `__lt__`, which can fail and
    // need not be a total order, so `slice::sort_by` cannot be used).
    let mut lt = |a: usize, b: usize| compare::less_than(vm, keys[a], keys[b]);
    super::timsort::sort(&mut idx, &mut lt)?;
    Ok(idx)
}

/// Truthiness.
pub fn truthy(vm: &mut Vm<'_>, v: Value) -> PyResult<bool> {
    compare::is_true(vm, v)
}

/// The arguments after `self` (so argument-count messages do not count it).
pub fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    }
}

/// Argument count check with the older CPython wording some methods still use:
/// `find() takes at least 1 argument (0 given)`, `split() takes at most 2 arguments (3
/// given)`. `self` (`pos[0]`) is not counted.
pub fn check_count_old(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// `MemoryError()` (no message, as CPython raises it) for results too big to build.
pub fn memory_error(vm: &mut Vm<'_>) -> crate::Throw {
    let c = vm.st.types.memory_error;
    crate::Throw::Exc(vm.new_exception(c, None))
}

/// CPython's error for a method of builtin type `owner` called on the wrong `self`:
/// `descriptor 'append' for 'list' objects doesn't apply to a 'int' object`, or
/// `unbound method str.upper() needs an argument` when there is no `self` at all.
pub fn descriptor_error(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    owner: &str,
    method: &str,
) -> crate::Throw {
    match args.get(0) {
        Some(v) => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "descriptor '{method}' for '{owner}' objects doesn't apply to a '{t}' object"
            ))
        }
        None => vm.type_error(format!(
            "unbound method {owner}.{method}() needs an argument"
        )),
    }
}
