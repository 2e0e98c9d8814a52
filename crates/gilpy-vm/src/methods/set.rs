//! `set` methods and the set operators (`|`, `&`, `-`, `^`), plus `dict | dict`.

use gilpy_syntax::ast::BinOp;

use crate::builtins::{Args, NativeDef};
use crate::object::Object;
use crate::objects::dict::Dict;
use crate::ops::{dictops, iter};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// The `set` method table.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("add", add),
    NativeDef::new("remove", remove),
    NativeDef::new("discard", discard),
    NativeDef::new("pop", pop),
    NativeDef::new("clear", clear),
    NativeDef::new("copy", copy),
    NativeDef::new("update", update),
    NativeDef::new("union", union),
    NativeDef::new("intersection", intersection),
    NativeDef::new("difference", difference),
    NativeDef::new("symmetric_difference", symmetric_difference),
    NativeDef::new("issubset", issubset),
    NativeDef::new("issuperset", issuperset),
    NativeDef::new("isdisjoint", isdisjoint),
];

/// `self` as a set or frozenset handle, or `TypeError`.
pub(crate) fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match args.get(0) {
        Some(Value::Obj(r)) if matches!(vm.st.heap.get(r), Object::Set(_)) => Ok(r),
        _ => Err(crate::methods::common::descriptor_error(
            vm, args, "set", method,
        )),
    }
}

/// `self` as a (mutable) set handle: a frozenset is refused.
pub(crate) fn this_mut(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match args.get(0) {
        Some(Value::Obj(r)) if matches!(vm.st.heap.get(r), Object::Set(d) if !d.frozen) => Ok(r),
        _ => Err(crate::methods::common::descriptor_error(
            vm, args, "set", method,
        )),
    }
}

/// Is `s` a frozenset?
pub(crate) fn is_frozen(vm: &Vm<'_>, s: ObjRef) -> bool {
    matches!(vm.st.heap.get(s), Object::Set(d) if d.frozen)
}

/// The set's members in iteration order.
pub(crate) fn members(vm: &mut Vm<'_>, s: ObjRef) -> Vec<Value> {
    normalize(vm, s);
    dictops::dict_items(vm, s)
        .into_iter()
        .map(|(k, _)| k)
        .collect()
}

/// A new set holding `items`.
fn new_set(vm: &mut Vm<'_>, items: &[Value]) -> PyResult<Value> {
    new_set_like(vm, false, items)
}

/// A new set or frozenset holding `items`.
pub(crate) fn new_set_like(vm: &mut Vm<'_>, frozen: bool, items: &[Value]) -> PyResult<Value> {
    let s = vm.alloc(Object::Set(Box::new(Dict::new())));
    let r = s.as_obj().unwrap_or(ObjRef(0));
    for x in items {
        dictops::set_add(vm, r, *x)?;
    }
    if let Object::Set(d) = vm.st.heap.get_mut(r) {
        d.frozen = frozen;
    }
    Ok(s)
}

/// The members of any iterable (a set's own members without hashing again).
fn items_of(vm: &mut Vm<'_>, v: Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Obj(r) if matches!(vm.st.heap.get(r), Object::Set(_)) => Ok(members(vm, r)),
        _ => iter::collect(vm, v),
    }
}

fn add(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this_mut(vm, &args, "add")?;
    args.check_method(vm, "set.add", 1, 1)?;
    dictops::set_add(vm, s, args.pos[1])?;
    Ok(Value::None)
}

/// A set used as a key of a set lookup stands for the frozenset with its members
/// (`{1} in {frozenset({1})}`), as in CPython; any other key is itself.
fn lookup_key(vm: &mut Vm<'_>, key: Value) -> PyResult<Value> {
    match key {
        Value::Obj(r) if matches!(vm.st.heap.get(r), Object::Set(d) if !d.frozen) => {
            let m = members(vm, r);
            new_set_like(vm, true, &m)
        }
        _ => Ok(key),
    }
}

/// `item in s`
pub fn contains(vm: &mut Vm<'_>, s: ObjRef, item: Value) -> PyResult<bool> {
    let key = lookup_key(vm, item)?;
    dictops::dict_contains(vm, s, key)
}

fn remove(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this_mut(vm, &args, "remove")?;
    args.check_method(vm, "set.remove", 1, 1)?;
    let key = lookup_key(vm, args.pos[1])?;
    match dictops::dict_remove(vm, s, key)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.pos[1])),
    }
}

fn discard(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this_mut(vm, &args, "discard")?;
    args.check_method(vm, "set.discard", 1, 1)?;
    let key = lookup_key(vm, args.pos[1])?;
    dictops::dict_remove(vm, s, key)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this_mut(vm, &args, "pop")?;
    args.check_method(vm, "set.pop", 0, 0)?;
    // CPython pops the first member in iteration order.
    normalize(vm, s);
    let first = dictops::table_mut(vm, s).and_then(|t| {
        let slot = (0..t.capacity_used()).find(|i| t.entry(*i).is_some())?;
        t.remove_slot(slot)
    });
    match first {
        Some(e) => Ok(e.key),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn clear(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this_mut(vm, &args, "clear")?;
    args.check_method(vm, "set.clear", 0, 0)?;
    if let Some(t) = dictops::table_mut(vm, s) {
        t.clear();
    }
    Ok(Value::None)
}

pub(crate) fn copy(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    args.check_method(vm, "set.copy", 0, 0)?;
    // A frozenset's copy is itself.
    if is_frozen(vm, s) {
        return Ok(Value::Obj(s));
    }
    let table = match vm.st.heap.get(s) {
        Object::Set(t) => (**t).clone(),
        _ => Dict::new(),
    };
    Ok(vm.alloc(Object::Set(Box::new(table))))
}

fn update(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this_mut(vm, &args, "update")?;
    args.no_kwargs(vm, "update")?;
    for v in &args.pos[1..] {
        for x in items_of(vm, *v)? {
            dictops::set_add(vm, s, x)?;
        }
    }
    Ok(Value::None)
}

pub(crate) fn union(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "union")?;
    args.no_kwargs(vm, "union")?;
    let mut all = members(vm, s);
    for v in &args.pos[1..] {
        all.extend(items_of(vm, *v)?);
    }
    let f = is_frozen(vm, s);
    new_set_like(vm, f, &all)
}

/// Members of `a` that are (`keep_common`) or are not in the set `other`.
pub(crate) fn filter_by(
    vm: &mut Vm<'_>,
    a: &[Value],
    other: ObjRef,
    keep_common: bool,
) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for x in a {
        if dictops::dict_contains(vm, other, *x)? == keep_common {
            out.push(*x);
        }
    }
    Ok(out)
}

/// Any iterable as a set handle (sets are used as they are).
pub(crate) fn as_set(vm: &mut Vm<'_>, v: Value) -> PyResult<ObjRef> {
    if let Value::Obj(r) = v {
        if matches!(vm.st.heap.get(r), Object::Set(_)) {
            return Ok(r);
        }
    }
    let items = iter::collect(vm, v)?;
    let s = new_set(vm, &items)?;
    Ok(s.as_obj().unwrap_or(ObjRef(0)))
}

pub(crate) fn intersection(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "intersection")?;
    args.no_kwargs(vm, "intersection")?;
    let mut cur = members(vm, s);
    for v in &args.pos[1..] {
        let o = as_set(vm, *v)?;
        cur = filter_by(vm, &cur, o, true)?;
    }
    let f = is_frozen(vm, s);
    new_set_like(vm, f, &cur)
}

pub(crate) fn difference(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "difference")?;
    args.no_kwargs(vm, "difference")?;
    let mut cur = members(vm, s);
    for v in &args.pos[1..] {
        let o = as_set(vm, *v)?;
        cur = filter_by(vm, &cur, o, false)?;
    }
    let f = is_frozen(vm, s);
    new_set_like(vm, f, &cur)
}

fn sym_diff(vm: &mut Vm<'_>, a: ObjRef, b: ObjRef) -> PyResult<Value> {
    let xs = members(vm, a);
    let ys = members(vm, b);
    let mut out = filter_by(vm, &xs, b, false)?;
    out.extend(filter_by(vm, &ys, a, false)?);
    let f = is_frozen(vm, a);
    new_set_like(vm, f, &out)
}

pub(crate) fn symmetric_difference(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference")?;
    args.check_method(vm, "set.symmetric_difference", 1, 1)?;
    let o = as_set(vm, args.pos[1])?;
    sym_diff(vm, s, o)
}

/// Is every member of `a` in `b`?
pub(crate) fn subset(vm: &mut Vm<'_>, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    for x in members(vm, a) {
        if !dictops::dict_contains(vm, b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub(crate) fn issubset(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "issubset")?;
    args.check_method(vm, "set.issubset", 1, 1)?;
    let o = as_set(vm, args.pos[1])?;
    subset(vm, s, o).map(Value::Bool)
}

pub(crate) fn issuperset(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "issuperset")?;
    args.check_method(vm, "set.issuperset", 1, 1)?;
    let o = as_set(vm, args.pos[1])?;
    subset(vm, o, s).map(Value::Bool)
}

pub(crate) fn isdisjoint(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "isdisjoint")?;
    args.check_method(vm, "set.isdisjoint", 1, 1)?;
    let o = as_set(vm, args.pos[1])?;
    let m = members(vm, s);
    let common = filter_by(vm, &m, o, true)?;
    Ok(Value::Bool(common.is_empty()))
}

/// `a op b` when both are sets (`| & - ^`, and the subset comparisons are elsewhere) or
/// both dicts (`|`); `None` for anything else.
pub fn binop(vm: &mut Vm<'_>, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) {
        return Ok(None);
    }
    // `d.keys()` and `d.items()` act as sets with any iterable on the other side.
    if is_set_view(vm, a) || is_set_view(vm, b) {
        let x = as_set(vm, a)?;
        let y = as_set(vm, b)?;
        return binop(vm, op, Value::Obj(x), Value::Obj(y));
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return Ok(None);
    };
    match (vm.st.heap.get(x), vm.st.heap.get(y)) {
        (Object::Set(_), Object::Set(_)) => {}
        (Object::Dict(_), Object::Dict(_)) if op == BinOp::BitOr => {
            let d = vm.new_dict();
            let dr = d.as_obj().unwrap_or(ObjRef(0));
            for (k, v) in dictops::dict_items(vm, x)
                .into_iter()
                .chain(dictops::dict_items(vm, y))
            {
                dictops::dict_set(vm, dr, k, v)?;
            }
            return Ok(Some(d));
        }
        _ => return Ok(None),
    }
    // The result has the left operand's kind (`frozenset | set` is a frozenset).
    let f = is_frozen(vm, x);
    let r = match op {
        BinOp::BitOr => {
            let mut all = members(vm, x);
            all.extend(members(vm, y));
            new_set_like(vm, f, &all)?
        }
        BinOp::BitAnd => {
            let m = members(vm, x);
            let common = filter_by(vm, &m, y, true)?;
            new_set_like(vm, f, &common)?
        }
        BinOp::Sub => {
            let m = members(vm, x);
            let left = filter_by(vm, &m, y, false)?;
            new_set_like(vm, f, &left)?
        }
        BinOp::BitXor => sym_diff(vm, x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// CPython's `LINEAR_PROBES` and `PERTURB_SHIFT` (Objects/setobject.c).
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Where CPython's set table would put each hash, inserting them in order into a fresh
/// set (same probing, same growth policy). Iterating a CPython set walks its table, so
/// sorting members by these slots reproduces CPython's order (`{3, 1, 2}` prints as
/// `{1, 2, 3}`). Exact for sets built by adding; after removals only approximately.
pub fn cpython_slots(hashes: &[i64]) -> Vec<usize> {
    fn insert(table: &mut [Option<usize>], e: usize, h: i64) -> usize {
        let mask = table.len() - 1;
        let mut perturb = h as u64;
        let mut i = (h as u64 as usize) & mask;
        loop {
            if table[i].is_none() {
                table[i] = Some(e);
                return i;
            }
            if i + LINEAR_PROBES <= mask {
                let run = &table[i + 1..=i + LINEAR_PROBES];
                if let Some(off) = run.iter().position(|x| x.is_none()) {
                    table[i + 1 + off] = Some(e);
                    return i + 1 + off;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
    }
    let mut table: Vec<Option<usize>> = vec![None; 8];
    for (idx, &h) in hashes.iter().enumerate() {
        insert(&mut table, idx, h);
        let used = idx + 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for e in old.into_iter().flatten() {
                insert(&mut table, e, hashes[e]);
            }
        }
    }
    let mut slots = vec![0; hashes.len()];
    for (slot, e) in table.iter().enumerate() {
        if let Some(e) = e {
            slots[*e] = slot;
        }
    }
    slots
}

/// Reorders a set's members into CPython's iteration order (see [`cpython_slots`]).
/// Called before a set is iterated, printed or popped; a no-op when already in order.
pub fn normalize(vm: &mut Vm<'_>, s: ObjRef) {
    let Object::Set(t) = vm.st.heap.get_mut(s) else {
        return;
    };
    if t.len() < 2 {
        return;
    }
    let entries: Vec<crate::objects::dict::Entry> = t.iter().copied().collect();
    let hashes: Vec<i64> = entries.iter().map(|e| e.hash).collect();
    let slots = cpython_slots(&hashes);
    if slots.windows(2).all(|w| w[0] < w[1]) && t.capacity_used() == t.len() {
        return;
    }
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| slots[i]);
    t.clear();
    for i in order {
        let e = entries[i];
        t.insert_new(e.hash, e.key, e.value);
    }
}

/// Is `v` a `dict_keys` or `dict_items` view (the set-like ones)?
fn is_set_view(vm: &Vm<'_>, v: Value) -> bool {
    matches!(
        vm.obj(v),
        Some(Object::DictView {
            kind: crate::object::ViewKind::Keys | crate::object::ViewKind::Items,
            ..
        })
    )
}

/// `a < b`, `a <= b`, `a > b`, `a >= b` for two sets (proper subset, subset, ...);
/// `None` when they are not both sets.
pub fn compare(
    vm: &mut Vm<'_>,
    op: gilpy_syntax::ast::CmpOp,
    a: Value,
    b: Value,
) -> PyResult<Option<bool>> {
    use gilpy_syntax::ast::CmpOp;
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return Ok(None);
    };
    if !matches!(vm.st.heap.get(x), Object::Set(_)) || !matches!(vm.st.heap.get(y), Object::Set(_))
    {
        return Ok(None);
    }
    let (lx, ly) = (
        dictops::dict_items(vm, x).len(),
        dictops::dict_items(vm, y).len(),
    );
    Ok(Some(match op {
        CmpOp::Lt => lx < ly && subset(vm, x, y)?,
        CmpOp::LtE => subset(vm, x, y)?,
        CmpOp::Gt => lx > ly && subset(vm, y, x)?,
        CmpOp::GtE => subset(vm, y, x)?,
        _ => return Ok(None),
    }))
}

/// `a |= b`, `&=`, `-=`, `^=` on a set (with a set on the right) and `|=` on a dict
/// (with any mapping or pairs), done in place so other references see the change.
/// Returns false when the operands are not of those kinds.
pub fn inplace(vm: &mut Vm<'_>, op: BinOp, a: Value, b: Value) -> PyResult<bool> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return Ok(false);
    };
    match (vm.st.heap.get(x), vm.st.heap.get(y)) {
        (Object::Dict(_), _) if op == BinOp::BitOr => {
            crate::methods::dict::update_from(vm, x, b)?;
            Ok(true)
        }
        // `fs |= s` on a frozenset rebinds to a new one (the binary operator's result).
        (Object::Set(d), _) if d.frozen => Ok(false),
        (Object::Set(_), Object::Set(_)) => {
            let keep: Vec<Value> = match op {
                BinOp::BitOr => {
                    for k in members(vm, y) {
                        dictops::set_add(vm, x, k)?;
                    }
                    return Ok(true);
                }
                BinOp::BitAnd => {
                    let m = members(vm, x);
                    filter_by(vm, &m, y, true)?
                }
                BinOp::Sub => {
                    let m = members(vm, x);
                    filter_by(vm, &m, y, false)?
                }
                BinOp::BitXor => {
                    let (mx, my) = (members(vm, x), members(vm, y));
                    let mut v = filter_by(vm, &mx, y, false)?;
                    v.extend(filter_by(vm, &my, x, false)?);
                    v
                }
                _ => return Ok(false),
            };
            if let Some(t) = dictops::table_mut(vm, x) {
                t.clear();
            }
            for k in keep {
                dictops::set_add(vm, x, k)?;
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}
