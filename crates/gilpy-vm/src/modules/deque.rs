//! `_collections.deque`: a double-ended queue over a Rust `VecDeque`, as CPython's is
//! written in C. Breadth-first searches, sliding windows and producer/consumer code
//! call `append`/`popleft` in their innermost loops; as a Python class each call ran
//! a frame and a dict store. `collections.py` re-exports it and adds the two things
//! natives cannot declare (`maxlen` as a property, `__class_getitem__`).
//!
//! Iteration checks a mutation counter, so changing the size while iterating raises
//! CPython's `RuntimeError` instead of skipping or repeating items.

use std::any::Any;
use std::collections::VecDeque;

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::names::sym;
use crate::object::{InstanceObj, IterObj, NativeData, NativeIter, Object, Payload};
use crate::ops::compare;
use crate::ops::{convert, iter};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};
use gilpy_syntax::ast::CmpOp;

/// `import _collections`
pub const MODULE: ModuleDef = ModuleDef {
    name: "_collections",
    init,
};

const METHODS: &[NativeDef] = &[
    NativeDef::new("__init__", init_method),
    NativeDef::new("append", append),
    NativeDef::new("appendleft", appendleft),
    NativeDef::new("pop", pop),
    NativeDef::new("popleft", popleft),
    NativeDef::new("extend", extend),
    NativeDef::new("extendleft", extendleft),
    NativeDef::new("clear", clear),
    NativeDef::new("rotate", rotate),
    NativeDef::new("count", count),
    NativeDef::new("index", index),
    NativeDef::new("insert", insert),
    NativeDef::new("remove", remove),
    NativeDef::new("reverse", reverse),
    NativeDef::new("copy", copy),
    NativeDef::new("__copy__", copy),
    NativeDef::new("__len__", len),
    NativeDef::new("__getitem__", getitem),
    NativeDef::new("__setitem__", setitem),
    NativeDef::new("__delitem__", delitem),
    NativeDef::new("__iter__", iter_),
    NativeDef::new("__reversed__", reversed),
    NativeDef::new("__contains__", contains),
    NativeDef::new("__eq__", eq),
    NativeDef::new("__ne__", ne),
    NativeDef::new("__lt__", lt),
    NativeDef::new("__le__", le),
    NativeDef::new("__gt__", gt),
    NativeDef::new("__ge__", ge),
    NativeDef::new("__add__", add),
    NativeDef::new("__iadd__", iadd),
    NativeDef::new("__mul__", mul),
    NativeDef::new("__rmul__", mul),
    NativeDef::new("__imul__", imul),
    NativeDef::new("__repr__", repr),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    let object = vm.st.types.object;
    let cls = vm.new_class("deque", Some(object), Some(deque_new), false);
    vm.add_methods(cls, METHODS);
    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
        c.module = "collections".into();
    }
    // Unhashable, as a mutable container.
    vm.class_set(cls, "__hash__", Value::None);
    // A read-only property, made before any instance exists (a data descriptor set on
    // a class later would switch every instance's attribute fast path off).
    let getter = vm.new_native("maxlen", maxlen, Some(cls));
    let prop = vm.call(Value::Obj(vm.st.types.property), &[getter])?;
    vm.class_set(cls, "maxlen", prop);
    let flags = crate::builtins::classes::compute_flags(vm, cls);
    vm.st.flags_seen |= flags;
    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
        c.attr_flags = flags;
    }
    vm.module_set(m, "deque", Value::Obj(cls));
    Ok(())
}

/// The state of one deque.
struct DequeData {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every change of size or order; iterators compare it.
    state: u64,
}

impl NativeData for DequeData {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.items.iter().for_each(|v| visit(*v));
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn deque_new(vm: &mut Vm<'_>, cls: ObjRef, _args: Args<'_>) -> PyResult<Value> {
    // The items come from `__init__`, so subclasses that override it still work.
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(DequeData {
            items: VecDeque::new(),
            maxlen: None,
            state: 0,
        })),
    }))))
}

fn data_of<'v>(vm: &'v mut Vm<'_>, r: ObjRef) -> Option<&'v mut DequeData> {
    match vm.st.heap.get_mut(r) {
        Object::Instance(i) => match &mut i.payload {
            Payload::Native(n) => n.as_any_mut().downcast_mut::<DequeData>(),
            _ => None,
        },
        _ => None,
    }
}

/// The deque a value is, if it is one.
fn as_deque(vm: &mut Vm<'_>, v: Value) -> Option<ObjRef> {
    match v {
        Value::Obj(r) if data_of(vm, r).is_some() => Some(r),
        _ => None,
    }
}

/// `self` of a method, or `TypeError`.
fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match args.get(0).and_then(|v| as_deque(vm, v)) {
        Some(r) => Ok(r),
        None => Err(crate::methods::common::descriptor_error(
            vm, args, "deque", method,
        )),
    }
}

/// The deque's state. Callers got `r` from [`this`] or [`as_deque`]; a Python callback
/// cannot change an object's payload, so the lookup cannot fail afterwards.
fn data<'v>(vm: &'v mut Vm<'_>, r: ObjRef) -> &'v mut DequeData {
    data_of(vm, r).expect("checked by this()/as_deque()")
}

fn snapshot(vm: &mut Vm<'_>, r: ObjRef) -> Vec<Value> {
    data(vm, r).items.iter().copied().collect()
}

fn push_back(d: &mut DequeData, v: Value) {
    if d.maxlen == Some(0) {
        return;
    }
    if d.maxlen.is_some_and(|m| d.items.len() >= m) {
        d.items.pop_front();
    }
    d.items.push_back(v);
    d.state += 1;
}

fn push_front(d: &mut DequeData, v: Value) {
    if d.maxlen == Some(0) {
        return;
    }
    if d.maxlen.is_some_and(|m| d.items.len() >= m) {
        d.items.pop_back();
    }
    d.items.push_front(v);
    d.state += 1;
}

fn init_method(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__init__")?;
    args.check_pos(vm, "deque", 1, 3)?;
    let mut iterable = args.get(1);
    let mut maxlen = args.get(2);
    for &(name, v) in args.kw {
        let text = vm.st.names.name(name).clone();
        match &*text {
            "iterable" if iterable.is_none() => iterable = Some(v),
            "maxlen" if maxlen.is_none() => maxlen = Some(v),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for deque()"
                )));
            }
        }
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = crate::builtins::types::as_index(vm, v)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        Some(_) => return Err(vm.type_error("an integer is required")),
    };
    let d = data(vm, r);
    d.maxlen = maxlen;
    if !d.items.is_empty() {
        d.items.clear();
        d.state += 1;
    }
    if let Some(it) = iterable {
        extend_from(vm, r, it, push_back)?;
    }
    Ok(Value::None)
}

/// Appends every item of `it` at one end (a snapshot first when `it` is the deque).
fn extend_from(
    vm: &mut Vm<'_>,
    r: ObjRef,
    it: Value,
    push: fn(&mut DequeData, Value),
) -> PyResult<()> {
    let items = if it.is(Value::Obj(r)) {
        snapshot(vm, r)
    } else {
        iter::collect(vm, it)?
    };
    let d = data(vm, r);
    for v in items {
        push(d, v);
    }
    Ok(())
}

fn maxlen(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "maxlen")?;
    Ok(match data(vm, r).maxlen {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    })
}

fn append(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "append")?;
    args.check_method(vm, "deque.append", 1, 1)?;
    push_back(data(vm, r), args.pos[1]);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "appendleft")?;
    args.check_method(vm, "deque.appendleft", 1, 1)?;
    push_front(data(vm, r), args.pos[1]);
    Ok(Value::None)
}

fn pop_end(vm: &mut Vm<'_>, args: Args<'_>, name: &str, front: bool) -> PyResult<Value> {
    let r = this(vm, &args, name)?;
    args.check_method(vm, name, 0, 0)?;
    let d = data(vm, r);
    let v = if front {
        d.items.pop_front()
    } else {
        d.items.pop_back()
    };
    match v {
        Some(v) => {
            d.state += 1;
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn pop(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    pop_end(vm, args, "pop", false)
}

fn popleft(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    pop_end(vm, args, "popleft", true)
}

fn extend(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "extend")?;
    args.check_method(vm, "deque.extend", 1, 1)?;
    extend_from(vm, r, args.pos[1], push_back)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "extendleft")?;
    args.check_method(vm, "deque.extendleft", 1, 1)?;
    extend_from(vm, r, args.pos[1], push_front)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "clear")?;
    args.check_method(vm, "deque.clear", 0, 0)?;
    let d = data(vm, r);
    d.items.clear();
    d.state += 1;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "rotate")?;
    args.check_method(vm, "deque.rotate", 0, 1)?;
    let n = match args.get(1) {
        Some(v) => crate::methods::common::index(vm, v)?,
        None => 1,
    };
    let d = data(vm, r);
    let len = d.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        d.items.rotate_right(k);
        d.state += 1;
    }
    Ok(Value::None)
}

/// Is `item` equal to `x` (identity first, as CPython's containers compare)? Raises
/// if the comparison changed the deque.
fn matches(vm: &mut Vm<'_>, r: ObjRef, item: Value, x: Value) -> PyResult<bool> {
    let state = data(vm, r).state;
    let eq = item.is(x) || compare::eq(vm, item, x)?;
    if data(vm, r).state != state {
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    Ok(eq)
}

fn count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "count")?;
    args.check_method(vm, "deque.count", 1, 1)?;
    let mut n = 0;
    for item in snapshot(vm, r) {
        if matches(vm, r, item, args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// The position of the first item equal to `x` in `start..stop`.
fn position(
    vm: &mut Vm<'_>,
    r: ObjRef,
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let items = snapshot(vm, r);
    for (i, item) in items.into_iter().enumerate().take(stop).skip(start) {
        if matches(vm, r, item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// A `start`/`stop` argument of `index`, clamped like a slice bound.
fn bound(vm: &mut Vm<'_>, v: Option<Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let i = crate::methods::common::index(vm, v)?;
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn index(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "index")?;
    args.check_method(vm, "deque.index", 1, 3)?;
    let len = data(vm, r).items.len();
    let start = bound(vm, args.get(2), len, 0)?;
    let stop = bound(vm, args.get(3), len, len)?;
    match position(vm, r, args.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(not_in_deque(vm, args.pos[1])),
    }
}

fn not_in_deque(vm: &mut Vm<'_>, x: Value) -> Throw {
    match convert::repr_of(vm, x) {
        Ok(s) => vm.value_error(format!("{s} is not in deque")),
        Err(e) => e,
    }
}

fn insert(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "insert")?;
    args.check_method(vm, "deque.insert", 2, 2)?;
    let i = crate::methods::common::index(vm, args.pos[1])?;
    let d = data(vm, r);
    let len = d.items.len();
    if d.maxlen.is_some_and(|m| len >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    // Clamped like `list.insert`.
    let len = len as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    d.items.insert(at, args.pos[2]);
    d.state += 1;
    Ok(Value::None)
}

fn remove(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "remove")?;
    args.check_method(vm, "deque.remove", 1, 1)?;
    let len = data(vm, r).items.len();
    match position(vm, r, args.pos[1], 0, len)? {
        Some(i) => {
            let d = data(vm, r);
            d.items.remove(i);
            d.state += 1;
            Ok(Value::None)
        }
        None => Err(not_in_deque(vm, args.pos[1])),
    }
}

fn reverse(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "reverse")?;
    args.check_method(vm, "deque.reverse", 0, 0)?;
    let d = data(vm, r);
    d.items.make_contiguous().reverse();
    d.state += 1;
    Ok(Value::None)
}

/// A new deque of the same class holding `items` (subclasses get their own type back,
/// built through their constructor as CPython does).
fn new_like(vm: &mut Vm<'_>, r: ObjRef, items: Vec<Value>) -> PyResult<Value> {
    let cls = vm.type_of(Value::Obj(r));
    let maxlen = match data(vm, r).maxlen {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    };
    let list = vm.new_list(items);
    let mark = vm.push_root(list);
    let out = crate::call::call_class(vm, cls, &[list, maxlen], &[]);
    vm.pop_roots(mark);
    out
}

fn copy(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "copy")?;
    args.check_method(vm, "deque.copy", 0, 0)?;
    let items = snapshot(vm, r);
    new_like(vm, r, items)
}

fn len(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__len__")?;
    Ok(Value::Int(data(vm, r).items.len() as i64))
}

/// An index argument as a position, with CPython's errors.
fn position_arg(vm: &mut Vm<'_>, r: ObjRef, i: Value) -> PyResult<usize> {
    let is_int = matches!(i, Value::Int(_) | Value::Bool(_))
        || matches!(vm.obj(i), Some(Object::BigInt(_)))
        || vm.user_dunder(i, sym::__index__).is_some();
    if !is_int {
        let t = vm.type_name(i);
        return Err(vm.type_error(format!("sequence index must be integer, not '{t}'")));
    }
    let i = crate::methods::common::index(vm, i)?;
    let len = data(vm, r).items.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if at < 0 || at >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(at as usize)
}

fn getitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__getitem__")?;
    args.check_method(vm, "__getitem__", 1, 1)?;
    let i = position_arg(vm, r, args.pos[1])?;
    Ok(data(vm, r).items[i])
}

fn setitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__setitem__")?;
    args.check_method(vm, "__setitem__", 2, 2)?;
    let i = position_arg(vm, r, args.pos[1])?;
    data(vm, r).items[i] = args.pos[2];
    Ok(Value::None)
}

fn delitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__delitem__")?;
    args.check_method(vm, "__delitem__", 1, 1)?;
    let i = position_arg(vm, r, args.pos[1])?;
    let d = data(vm, r);
    d.items.remove(i);
    d.state += 1;
    Ok(Value::None)
}

/// Iterates a deque forwards or backwards, failing if it changes meanwhile.
struct DequeIter {
    deque: ObjRef,
    state: u64,
    /// Items produced so far.
    done: usize,
    reverse: bool,
}

impl NativeIter for DequeIter {
    fn next(&mut self, vm: &mut Vm<'_>) -> PyResult<Option<Value>> {
        let Some(d) = data_of(vm, self.deque) else {
            return Ok(None);
        };
        if d.state != self.state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        let len = d.items.len();
        if self.done >= len {
            return Ok(None);
        }
        let i = if self.reverse {
            len - 1 - self.done
        } else {
            self.done
        };
        self.done += 1;
        Ok(Some(d.items[i]))
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(Value::Obj(self.deque));
    }
    fn type_name(&self) -> &'static str {
        if self.reverse {
            "_deque_reverse_iterator"
        } else {
            "_deque_iterator"
        }
    }
}

fn new_iter(vm: &mut Vm<'_>, r: ObjRef, reverse: bool) -> Value {
    let state = data(vm, r).state;
    let it = DequeIter {
        deque: r,
        state,
        done: 0,
        reverse,
    };
    vm.alloc(Object::Iter(IterObj::Native(Box::new(it))))
}

fn iter_(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__iter__")?;
    Ok(new_iter(vm, r, false))
}

fn reversed(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__reversed__")?;
    Ok(new_iter(vm, r, true))
}

fn contains(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__contains__")?;
    args.check_method(vm, "__contains__", 1, 1)?;
    let len = data(vm, r).items.len();
    Ok(Value::Bool(position(vm, r, args.pos[1], 0, len)?.is_some()))
}

/// Compares two deques as lists of their items; anything else is `NotImplemented`.
fn richcmp(vm: &mut Vm<'_>, args: Args<'_>, op: CmpOp, name: &str) -> PyResult<Value> {
    let r = this(vm, &args, name)?;
    args.check_method(vm, name, 1, 1)?;
    let Some(o) = as_deque(vm, args.pos[1]) else {
        return Ok(vm.st.not_implemented);
    };
    let a = snapshot(vm, r);
    let b = snapshot(vm, o);
    let la = vm.new_list(a);
    let mark = vm.push_root(la);
    let lb = vm.new_list(b);
    vm.push_root(lb);
    let out = compare::compare(vm, op, la, lb);
    vm.pop_roots(mark);
    out
}

fn eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    richcmp(vm, args, CmpOp::Eq, "__eq__")
}
fn ne(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    richcmp(vm, args, CmpOp::NotEq, "__ne__")
}
fn lt(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    richcmp(vm, args, CmpOp::Lt, "__lt__")
}
fn le(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    richcmp(vm, args, CmpOp::LtE, "__le__")
}
fn gt(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    richcmp(vm, args, CmpOp::Gt, "__gt__")
}
fn ge(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    richcmp(vm, args, CmpOp::GtE, "__ge__")
}

fn add(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__add__")?;
    args.check_method(vm, "__add__", 1, 1)?;
    let Some(o) = as_deque(vm, args.pos[1]) else {
        let t = vm.type_name(args.pos[1]);
        return Err(vm.type_error(format!("can only concatenate deque (not \"{t}\") to deque")));
    };
    let mut items = snapshot(vm, r);
    items.extend(snapshot(vm, o));
    new_like(vm, r, items)
}

fn iadd(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__iadd__")?;
    args.check_method(vm, "__iadd__", 1, 1)?;
    extend_from(vm, r, args.pos[1], push_back)?;
    Ok(args.pos[0])
}

/// The items repeated `n` times (`n` ≤ 0 gives none).
fn repeated(vm: &mut Vm<'_>, r: ObjRef, n: Value) -> PyResult<Vec<Value>> {
    let n = crate::methods::common::index(vm, n)?;
    let items = snapshot(vm, r);
    let n = n.max(0) as usize;
    if items.len().saturating_mul(n) > isize::MAX as usize / 16 {
        let c = vm.st.types.memory_error;
        return Err(vm.error(c, String::new()));
    }
    Ok(items.repeat(n))
}

fn mul(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__mul__")?;
    args.check_method(vm, "__mul__", 1, 1)?;
    let items = repeated(vm, r, args.pos[1])?;
    new_like(vm, r, items)
}

fn imul(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__imul__")?;
    args.check_method(vm, "__imul__", 1, 1)?;
    let items = repeated(vm, r, args.pos[1])?;
    let d = data(vm, r);
    d.items.clear();
    for v in items {
        push_back(d, v);
    }
    d.state += 1;
    Ok(args.pos[0])
}

fn repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__repr__")?;
    if vm.st.repr_stack.contains(&r) {
        return Ok(vm.new_str("[...]"));
    }
    let items = snapshot(vm, r);
    let list = vm.new_list(items);
    let mark = vm.push_root(list);
    vm.st.repr_stack.push(r);
    let inner = convert::repr_of(vm, list);
    vm.st.repr_stack.pop();
    vm.pop_roots(mark);
    let inner = inner?;
    let name = vm.type_name(Value::Obj(r));
    let s = match data(vm, r).maxlen {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    };
    Ok(vm.new_string(s))
}
