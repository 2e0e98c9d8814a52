//! `frozenset` (a set table with `Dict::frozen` set: hashable, never mutated after it is
//! built) and the in-place `set.*_update` methods.

use crate::builtins::{Args, NativeDef};
use crate::methods::set::{self as set, as_set, filter_by, members, this_mut};
use crate::object::Object;
use crate::objects::dict::Dict;
use crate::ops::{dictops, iter};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// The `frozenset` method table: the non-mutating `set` methods.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("copy", set::copy),
    NativeDef::new("union", set::union),
    NativeDef::new("intersection", set::intersection),
    NativeDef::new("difference", set::difference),
    NativeDef::new("symmetric_difference", set::symmetric_difference),
    NativeDef::new("issubset", set::issubset),
    NativeDef::new("issuperset", set::issuperset),
    NativeDef::new("isdisjoint", set::isdisjoint),
];

/// `set.intersection_update` and friends.
pub const SET_UPDATES: &[NativeDef] = &[
    NativeDef::new("intersection_update", intersection_update),
    NativeDef::new("difference_update", difference_update),
    NativeDef::new("symmetric_difference_update", symmetric_difference_update),
];

/// `frozenset(iterable=())`
pub fn frozenset_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "frozenset", 0, 1)?;
    let Some(src) = args.get(0) else {
        return set::new_set_like(vm, true, &[]);
    };
    if let Value::Obj(r) = src {
        if set::is_frozen(vm, r) {
            return Ok(src);
        }
    }
    let items = iter::collect(vm, src)?;
    set::new_set_like(vm, true, &items)
}

/// CPython's frozenset hash: an order-independent mix of the members' hashes.
pub fn hash_of(d: &Dict) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut h: u64 = 0;
    for e in d.iter() {
        h ^= shuffle(e.hash as u64);
    }
    h ^= (d.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h == u64::MAX {
        h = 590923713;
    }
    h as i64
}

/// Replaces the members of `s` with `keep`.
fn replace_members(vm: &mut Vm<'_>, s: ObjRef, keep: Vec<Value>) -> PyResult<Value> {
    if let Some(t) = dictops::table_mut(vm, s) {
        t.clear();
    }
    for k in keep {
        dictops::set_add(vm, s, k)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this_mut(vm, &args, "intersection_update")?;
    args.no_kwargs(vm, "intersection_update")?;
    let mut cur = members(vm, s);
    for v in &args.pos[1..] {
        let o = as_set(vm, *v)?;
        cur = filter_by(vm, &cur, o, true)?;
    }
    replace_members(vm, s, cur)
}

fn difference_update(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this_mut(vm, &args, "difference_update")?;
    args.no_kwargs(vm, "difference_update")?;
    for v in &args.pos[1..] {
        for x in iter::collect(vm, *v)? {
            dictops::dict_remove(vm, s, x)?;
        }
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this_mut(vm, &args, "symmetric_difference_update")?;
    args.check_method(vm, "set.symmetric_difference_update", 1, 1)?;
    let o = as_set(vm, args.pos[1])?;
    for x in members(vm, o) {
        if dictops::dict_remove(vm, s, x)?.is_none() {
            dictops::set_add(vm, s, x)?;
        }
    }
    Ok(Value::None)
}

/// Is `v` a frozenset?
pub fn is_frozenset(vm: &Vm<'_>, v: Value) -> bool {
    matches!(vm.obj(v), Some(Object::Set(d)) if d.frozen)
}
