//! `_queue`: the native `SimpleQueue` and the `Empty` exception, as CPython's C module.
//!
//! A `SimpleQueue` is an unbounded FIFO whose `get` blocks through the scheduler
//! ([`sched::block`]), like a `_thread` lock: seeded runs stay deterministic, `explore`
//! sees the same switch points, and a thread waiting forever shows in the deadlock
//! report as waiting for "SimpleQueue.get (queue empty)". That name is the label of a
//! lock the queue owns only to be named by: nobody ever acquires it.

use std::any::Any;
use std::collections::VecDeque;
use std::time::{Duration, Instant};

use crate::baton::ThreadIndex;
use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::sched::{self, BlockOn, WakeReason};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};

/// `import _queue`
pub const MODULE: ModuleDef = ModuleDef {
    name: "_queue",
    init,
};

const METHODS: &[NativeDef] = &[
    NativeDef::new("put", put),
    NativeDef::new("put_nowait", put_nowait),
    NativeDef::new("get", get),
    NativeDef::new("get_nowait", get_nowait),
    NativeDef::new("empty", empty),
    NativeDef::new("qsize", qsize),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    let object = vm.st.types.object;
    let cls = vm.new_class("SimpleQueue", Some(object), Some(simple_queue_new), false);
    vm.add_methods(cls, METHODS);
    let exc = vm.st.types.exception;
    let empty = vm.new_class("Empty", Some(exc), None, false);
    for c in [cls, empty] {
        if let Object::Class(k) = vm.st.heap.get_mut(c) {
            k.module = "_queue".into();
        }
        let module = vm.new_str("_queue");
        vm.class_set(c, "__module__", module);
    }
    vm.module_set(m, "SimpleQueue", Value::Obj(cls));
    vm.module_set(m, "Empty", Value::Obj(empty));
    Ok(())
}

/// The Rust state of a `SimpleQueue`.
struct QueueData {
    items: VecDeque<Value>,
    /// Threads blocked in `get`, oldest first.
    waiters: VecDeque<ThreadIndex>,
    /// The lock a blocked `get` names as what it waits for (never acquired).
    label: Value,
}

impl NativeData for QueueData {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for &v in &self.items {
            visit(v);
        }
        visit(self.label);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn simple_queue_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "SimpleQueue", 0, 0)?;
    let label = crate::modules::thread::new_labelled_lock(vm, "SimpleQueue.get (queue empty)")?;
    let mark = vm.push_root(label);
    let q = vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(QueueData {
            items: VecDeque::new(),
            waiters: VecDeque::new(),
            label,
        })),
    })));
    vm.pop_roots(mark);
    Ok(q)
}

fn data_mut<'v>(vm: &'v mut Vm<'_>, r: ObjRef) -> Option<&'v mut QueueData> {
    match vm.st.heap.get_mut(r) {
        Object::Instance(i) => match &mut i.payload {
            Payload::Native(n) => n.as_any_mut().downcast_mut::<QueueData>(),
            _ => None,
        },
        _ => None,
    }
}

/// `self` of a method, or `TypeError`.
fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match args.get(0) {
        Some(Value::Obj(r)) if data_mut(vm, r).is_some() => Ok(r),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for '_queue.SimpleQueue' objects doesn't apply to this object"
        ))),
    }
}

/// `put(item, block=True, timeout=None)`: never blocks (the queue is unbounded); the
/// other arguments are accepted for compatibility with `Queue.put`, as in CPython.
fn put(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let q = this(vm, &args, "put")?;
    args.check_pos(vm, "put", 1, 4)?;
    let item = match args.get(1).or_else(|| args.kwarg_str(vm, "item")) {
        Some(v) => v,
        None => {
            return Err(vm.type_error("put() missing required argument 'item' (pos 1)"));
        }
    };
    push(vm, q, item);
    Ok(Value::None)
}

fn put_nowait(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let q = this(vm, &args, "put_nowait")?;
    args.check_method(vm, "put_nowait", 1, 1)?;
    push(vm, q, args.pos[1]);
    Ok(Value::None)
}

/// Appends `item` and wakes the oldest blocked `get`, as a lock release wakes its
/// oldest waiter.
fn push(vm: &mut Vm<'_>, q: ObjRef, item: Value) {
    let Some(d) = data_mut(vm, q) else {
        return;
    };
    d.items.push_back(item);
    if let Some(w) = d.waiters.pop_front() {
        vm.st.sched.wake(w, WakeReason::Notified, false);
        sched::shorten_quantum(vm);
    }
}

/// `get(block=True, timeout=None)`
fn get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let q = this(vm, &args, "get")?;
    args.check_pos(vm, "get", 1, 3)?;
    let block = match args.get(1).or_else(|| args.kwarg_str(vm, "block")) {
        Some(v) => crate::ops::compare::is_true(vm, v)?,
        None => true,
    };
    let timeout = args.get(2).or_else(|| args.kwarg_str(vm, "timeout"));
    // A non-blocking get ignores the timeout, as CPython's does.
    let deadline = match timeout {
        Some(t) if block && !matches!(t, Value::None) => deadline_after(vm, t)?,
        _ => None,
    };
    take(vm, q, block, deadline)
}

fn get_nowait(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let q = this(vm, &args, "get_nowait")?;
    args.check_method(vm, "get_nowait", 0, 0)?;
    take(vm, q, false, None)
}

/// The deadline `timeout` seconds from now (`None`: too far to matter).
fn deadline_after(vm: &mut Vm<'_>, timeout: Value) -> PyResult<Option<Instant>> {
    let secs = match timeout {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        Value::Bool(b) => f64::from(u8::from(b)),
        v => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "'{t}' object cannot be interpreted as an integer or float"
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("'timeout' must be a non-negative number"));
    }
    let now = vm.st.sched.now();
    Ok(Duration::try_from_secs_f64(secs)
        .ok()
        .and_then(|d| now.checked_add(d)))
}

/// Removes the oldest item, blocking (until `deadline`, if any) while there is none.
fn take(vm: &mut Vm<'_>, q: ObjRef, block: bool, deadline: Option<Instant>) -> PyResult<Value> {
    let me = vm.st.sched.current;
    loop {
        let now = vm.st.sched.now();
        let Some(d) = data_mut(vm, q) else {
            return Err(vm.runtime_error("SimpleQueue is not initialised"));
        };
        if let Some(item) = d.items.pop_front() {
            return Ok(item);
        }
        let label = d.label;
        if !block || deadline.is_some_and(|t| now >= t) {
            return Err(empty_error(vm));
        }
        d.waiters.push_back(me);
        let Value::Obj(label) = label else {
            return Err(vm.runtime_error("SimpleQueue is not initialised"));
        };
        let woke = sched::block(vm, BlockOn::Lock(label), deadline);
        if let Some(d) = data_mut(vm, q) {
            d.waiters.retain(|&t| t != me);
        }
        if woke? == WakeReason::TimedOut {
            // An item put in the same instant still counts.
            if let Some(item) = data_mut(vm, q).and_then(|d| d.items.pop_front()) {
                return Ok(item);
            }
            return Err(empty_error(vm));
        }
        // Notified: another thread may have taken the item first; look again.
    }
}

/// `_queue.Empty()`
fn empty_error(vm: &mut Vm<'_>) -> Throw {
    let id = vm.intern("_queue");
    let name = vm.intern("Empty");
    let class = vm
        .st
        .modules
        .get(&id)
        .copied()
        .and_then(|m| match vm.st.heap.get(m) {
            Object::Module(m) => m.attrs.get(&name).copied().and_then(|v| v.as_obj()),
            _ => None,
        });
    match class {
        Some(c) => Throw::Exc(vm.new_exception(c, None)),
        None => vm.runtime_error("_queue.Empty is missing"),
    }
}

fn empty(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let q = this(vm, &args, "empty")?;
    args.check_method(vm, "empty", 0, 0)?;
    Ok(Value::Bool(
        data_mut(vm, q).is_none_or(|d| d.items.is_empty()),
    ))
}

fn qsize(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let q = this(vm, &args, "qsize")?;
    args.check_method(vm, "qsize", 0, 0)?;
    let n = data_mut(vm, q).map_or(0, |d| d.items.len());
    Ok(Value::Int(n as i64))
}
