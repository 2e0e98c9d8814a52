//! `_thread`: real OS threads and the one blocking primitive, the lock. Everything else
//! (`threading`, `queue`) is written in Python on top of it, as in CPython.
//!
//! The API mirrors CPython's `_thread` (`start_new_thread`, `allocate_lock`,
//! `get_ident`, `TIMEOUT_MAX`, `error`) plus three gilpy extras the Python modules use
//! when present: `set_name`, `report_exception` and `label`.

use std::any::Any;
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::baton::ThreadIndex;
use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::frame::ThreadCtx;
use crate::gil::Gil;
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::sched::{self, BlockOn, WakeReason};
use crate::value::{ObjRef, Value};
use crate::{Halt, PyResult, Throw, Vm};

/// `import _thread`
pub const MODULE: ModuleDef = ModuleDef {
    name: "_thread",
    init,
};

/// Stack for threads started from Python. The eval loop does not recurse for Python
/// calls, and native re-entry is bounded, so this is plenty; it is virtual memory until
/// touched.
pub(crate) const THREAD_STACK: usize = 64 * 1024 * 1024;

/// The largest timeout accepted (as CPython's `TIMEOUT_MAX`, in seconds).
const TIMEOUT_MAX: f64 = 4_294_967.0;

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("start_new_thread", start_new_thread),
    NativeDef::new("start_new", start_new_thread),
    NativeDef::new("allocate_lock", allocate_lock),
    NativeDef::new("allocate", allocate_lock),
    NativeDef::new("get_ident", get_ident),
    NativeDef::new("get_native_id", get_ident),
    NativeDef::new("_count", count),
    NativeDef::new("set_name", set_name),
    NativeDef::new("report_exception", report_exception),
    NativeDef::new("label", label),
];

const LOCK_METHODS: &[NativeDef] = &[
    NativeDef::new("acquire", lock_acquire),
    NativeDef::new("acquire_lock", lock_acquire),
    NativeDef::new("__enter__", lock_acquire),
    NativeDef::new("release", lock_release),
    NativeDef::new("release_lock", lock_release),
    NativeDef::new("__exit__", lock_exit),
    NativeDef::new("locked", lock_locked),
    NativeDef::new("locked_lock", lock_locked),
    NativeDef::new("__repr__", lock_repr),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    let object = vm.st.types.object;
    let lock = vm.new_class("lock", Some(object), None, true);
    vm.add_methods(lock, LOCK_METHODS);
    vm.module_set(m, "LockType", Value::Obj(lock));
    vm.module_set(m, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    let rt = vm.st.types.runtime_error;
    vm.module_set(m, "error", Value::Obj(rt));
    crate::modules::thread_local::install(vm, m);
    Ok(())
}

/// The Rust state of a lock.
#[derive(Default)]
pub struct LockData {
    /// The thread holding it (any thread may release a `_thread` lock, as in CPython).
    pub owner: Option<ThreadIndex>,
    /// Threads blocked in `acquire`, oldest first.
    pub waiters: VecDeque<ThreadIndex>,
    /// A name for reports (`_thread.label`).
    pub label: Option<String>,
    /// Where it was created and last acquired, for deadlock reports.
    pub created: Option<(Arc<str>, u32)>,
    pub acquired: Option<(Arc<str>, u32)>,
    /// Created by code of a built-in Python module rather than by the script.
    pub internal: bool,
}

impl NativeData for LockData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// What reports need to know about a lock.
pub struct LockInfo {
    pub owner: Option<ThreadIndex>,
    pub label: Option<String>,
    pub created: Option<(Arc<str>, u32)>,
    pub acquired: Option<(Arc<str>, u32)>,
    pub internal: bool,
}

fn lock_data<'v>(vm: &'v Vm<'_>, r: ObjRef) -> Option<&'v LockData> {
    match vm.st.heap.get(r) {
        Object::Instance(i) => match &i.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<LockData>(),
            _ => None,
        },
        _ => None,
    }
}

fn lock_data_mut<'v>(vm: &'v mut Vm<'_>, r: ObjRef) -> Option<&'v mut LockData> {
    match vm.st.heap.get_mut(r) {
        Object::Instance(i) => match &mut i.payload {
            Payload::Native(n) => n.as_any_mut().downcast_mut::<LockData>(),
            _ => None,
        },
        _ => None,
    }
}

/// Report data of a lock (empty for a non-lock).
pub fn lock_info(vm: &Vm<'_>, r: ObjRef) -> LockInfo {
    match lock_data(vm, r) {
        Some(d) => LockInfo {
            owner: d.owner,
            label: d.label.clone(),
            created: d.created.clone(),
            acquired: d.acquired.clone(),
            internal: d.internal,
        },
        None => LockInfo {
            owner: None,
            label: None,
            created: None,
            acquired: None,
            internal: false,
        },
    }
}

/// Every lock held by thread `t` (a heap scan: reports only).
pub fn locks_held_by(vm: &Vm<'_>, t: ThreadIndex) -> Vec<ObjRef> {
    (0..vm.st.heap.slots.len() as u32)
        .map(ObjRef)
        .filter(|&r| lock_data(vm, r).is_some_and(|d| d.owner == Some(t)))
        .collect()
}

/// `self` of a lock method, or `TypeError`.
fn this_lock(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<ObjRef> {
    match args.get(0) {
        Some(Value::Obj(r)) if lock_data(vm, r).is_some() => Ok(r),
        _ => Err(vm.type_error(format!("descriptor '{method}' requires a 'lock' object"))),
    }
}

fn allocate_lock(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "allocate_lock", 0, 0)?;
    new_lock(vm)
}

/// A fresh unlocked lock.
pub fn new_lock(vm: &mut Vm<'_>) -> PyResult<Value> {
    let id = vm.intern("_thread");
    let module = vm.st.modules.get(&id).copied();
    let lock_type = vm.intern("LockType");
    let class = module
        .and_then(|m| match vm.st.heap.get(m) {
            Object::Module(m) => m.attrs.get(&lock_type).copied(),
            _ => None,
        })
        .and_then(|v| v.as_obj());
    let Some(class) = class else {
        return Err(vm.runtime_error("_thread is not initialised"));
    };
    let internal = vm
        .th
        .frames
        .last()
        .and_then(|f| vm.st.codes.get(f.code_id as usize))
        .is_some_and(|c| c.code.filename.starts_with("<frozen"));
    let data = LockData {
        internal,
        created: sched::user_line(vm),
        ..LockData::default()
    };
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(data)),
    }))))
}

/// A fresh unlocked lock that deadlock reports name `label` and count as plumbing
/// (for native primitives that block "on" it, e.g. `_queue.SimpleQueue.get`).
pub fn new_labelled_lock(vm: &mut Vm<'_>, label: &str) -> PyResult<Value> {
    let lock = new_lock(vm)?;
    if let Some(d) = lock.as_obj().and_then(|r| lock_data_mut(vm, r)) {
        d.label = Some(label.to_string());
        d.internal = true;
    }
    Ok(lock)
}

/// Parses `acquire(blocking=True, timeout=-1)` into an optional deadline; `Ok(None)`
/// outer means "do not block".
fn acquire_deadline(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Option<Option<Instant>>> {
    let blocking = args.get(1).or_else(|| args.kwarg_str(vm, "blocking"));
    let blocking = match blocking {
        Some(v) => crate::ops::compare::is_true(vm, v)?,
        None => true,
    };
    let timeout = match args.get(2).or_else(|| args.kwarg_str(vm, "timeout")) {
        None | Some(Value::None) => -1.0,
        Some(Value::Int(i)) => i as f64,
        Some(Value::Float(f)) => f,
        Some(Value::Bool(b)) => b as i64 as f64,
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "'{t}' object cannot be interpreted as an integer or float"
            )));
        }
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(None);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX || timeout.is_nan() {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    if timeout == -1.0 {
        Ok(Some(None))
    } else {
        Ok(Some(Some(
            vm.st.sched.now() + Duration::from_secs_f64(timeout),
        )))
    }
}

fn lock_acquire(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(vm, &args, "acquire")?;
    let wait = acquire_deadline(vm, &args)?;
    acquire(vm, lock, wait).map(Value::Bool)
}

/// Acquires `lock`: `wait` is `None` for a non-blocking try, else the deadline.
pub fn acquire(vm: &mut Vm<'_>, lock: ObjRef, wait: Option<Option<Instant>>) -> PyResult<bool> {
    let me = vm.st.sched.current;
    loop {
        let at = sched::user_line(vm);
        let Some(d) = lock_data_mut(vm, lock) else {
            return Ok(false);
        };
        if d.owner.is_none() {
            d.owner = Some(me);
            d.acquired = at;
            let internal = d.internal;
            if vm.st.races.is_some() && !internal {
                crate::races::on_lock_acquired(vm, lock);
            }
            return Ok(true);
        }
        let Some(deadline) = wait else {
            return Ok(false);
        };
        // The clock is read only when the lock is taken: an uncontended acquire (most
        // of them, e.g. a queue's mutex) does not pay for it.
        if deadline.is_some_and(|d| vm.st.sched.now() >= d) {
            return Ok(false);
        }
        let Some(d) = lock_data_mut(vm, lock) else {
            return Ok(false);
        };
        d.waiters.push_back(me);
        if deadline.is_none() && vm.st.sched.seeded.is_some() && closes_cycle(vm, lock, me) {
            // Under --seed a deadlock is reported the moment its wait-for cycle closes,
            // even while other threads could still run.
            if let Some(d) = lock_data_mut(vm, lock) {
                d.waiters.retain(|&t| t != me);
            }
            let at = sched::user_line(vm);
            let s = vm.st.sched.slot(me);
            s.status = sched::Status::Blocked;
            s.blocked_on = Some(BlockOn::Lock(lock));
            s.blocked_at = at;
            let report = sched::deadlock_report(vm);
            return Err(sched::raise_halt(vm, crate::Halt::Deadlock(report)));
        }
        let woke = sched::block(vm, BlockOn::Lock(lock), deadline);
        if let Some(d) = lock_data_mut(vm, lock) {
            d.waiters.retain(|&t| t != me);
        }
        // Woken or timed out: the lock may be free now (a release wakes one waiter, who
        // then competes like anyone else, as CPython's locks do).
        if woke? == WakeReason::TimedOut {
            let at = sched::user_line(vm);
            if let Some(d) = lock_data_mut(vm, lock) {
                if d.owner.is_none() {
                    d.owner = Some(me);
                    d.acquired = at;
                    let internal = d.internal;
                    if vm.st.races.is_some() && !internal {
                        crate::races::on_lock_acquired(vm, lock);
                    }
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
}

fn lock_release(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(vm, &args, "release")?;
    release(vm, lock)?;
    Ok(Value::None)
}

/// Releases `lock`, waking its oldest waiter.
pub fn release(vm: &mut Vm<'_>, lock: ObjRef) -> PyResult<()> {
    let Some(d) = lock_data_mut(vm, lock) else {
        return Ok(());
    };
    if d.owner.is_none() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    let owner = d.owner.take();
    d.acquired = None;
    if let Some(w) = d.waiters.pop_front() {
        vm.st.sched.wake(w, WakeReason::Notified, false);
        sched::shorten_quantum(vm);
    }
    if let (Some(o), true) = (owner, vm.st.races.is_some()) {
        crate::races::on_lock_released(vm, lock, o);
    }
    Ok(())
}

fn lock_exit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(vm, &args, "__exit__")?;
    release(vm, lock)?;
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(vm, &args, "locked")?;
    Ok(Value::Bool(
        lock_data(vm, lock).is_some_and(|d| d.owner.is_some()),
    ))
}

fn lock_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(vm, &args, "__repr__")?;
    let state = if lock_data(vm, lock).is_some_and(|d| d.owner.is_some()) {
        "locked"
    } else {
        "unlocked"
    };
    let s = format!("<{state} _thread.lock object at {:#x}>", lock.index());
    Ok(vm.new_string(s))
}

fn get_ident(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "get_ident", 0, 0)?;
    let me = vm.st.sched.current as usize;
    Ok(Value::Int(vm.st.sched.threads[me].ident as i64))
}

fn count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "_count", 0, 0)?;
    Ok(Value::Int(vm.st.sched.alive.saturating_sub(1) as i64))
}

fn set_name(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "set_name", 1, 1)?;
    let name = crate::ops::convert::str_of(vm, args.pos[0])?;
    let me = vm.st.sched.current as usize;
    vm.st.sched.threads[me].name = name;
    Ok(Value::None)
}

fn label(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "label", 2, 2)?;
    let text = crate::ops::convert::str_of(vm, args.pos[1])?;
    if let Some(r) = args.pos[0].as_obj() {
        if let Some(d) = lock_data_mut(vm, r) {
            d.label = Some(text);
        }
    }
    Ok(Value::None)
}

/// `report_exception(header, exc)`: `header` then the exception's traceback on stderr.
fn report_exception(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "report_exception", 2, 2)?;
    let header = crate::ops::convert::str_of(vm, args.pos[0])?;
    let text = match args.pos[1].as_obj() {
        Some(e) if crate::traceback::is_exception(vm, e) => {
            crate::traceback::format_exception(vm, e)
        }
        _ => crate::ops::convert::str_of(vm, args.pos[1])? + "\n",
    };
    vm.write_stderr(&format!("{header}{text}"));
    Ok(Value::None)
}

/// `start_new_thread(function, args[, kwargs])`
fn start_new_thread(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "start_new_thread", 2, 3)?;
    let f = args.pos[0];
    if !matches!(vm.obj(args.pos[1]), Some(Object::Tuple(_))) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = args.get(2).unwrap_or(Value::None);
    if !matches!(kwargs, Value::None) && !matches!(vm.obj(kwargs), Some(Object::Dict(_))) {
        return Err(vm.type_error("optional 3rd arg must be a dictionary"));
    }
    let Some(gil) = vm.gil.arc() else {
        return Err(vm.runtime_error("can't start new thread"));
    };
    let n = vm.st.sched.threads.len();
    let idx = vm.st.sched.add_thread(format!("Dummy-{n}"));
    // Leaving solo mode: the next switch check comes within the usual interval.
    sched::shorten_quantum(vm);
    let mut ctx = ThreadCtx::new(u64::from(idx), format!("Dummy-{n}"));
    ctx.roots = vec![f, args.pos[1], kwargs];
    vm.st.parked.push(ctx);
    let signals = vm.st.sched.threads[idx as usize].signals.clone();
    let spawned = match &vm.fiber {
        // A seeded run: the thread is a coroutine on this OS thread (`sched/green.rs`).
        Some(fiber) => fiber
            .spawn(idx, THREAD_STACK, move |f| {
                thread_main(&gil, idx, &signals, Some(f))
            })
            .map(|()| None),
        None => std::thread::Builder::new()
            .name(format!("gilpy-{idx}"))
            .stack_size(THREAD_STACK)
            .spawn(move || thread_main(&gil, idx, &signals, None))
            .map(|h| Some(h.thread().clone())),
    };
    match spawned {
        Ok(handle) => {
            // Dropping the JoinHandle detached the thread; joining is Python's business.
            vm.st.sched.threads[idx as usize].handle = handle;
            Ok(Value::Int(vm.st.sched.threads[idx as usize].ident as i64))
        }
        Err(_) => {
            let s = &mut vm.st.sched;
            s.threads[idx as usize].status = sched::Status::Finished;
            s.alive -= 1;
            s.run_queue.retain(|&t| t != idx);
            vm.st.parked.retain(|t| t.id != u64::from(idx));
            Err(vm.runtime_error("can't start new thread"))
        }
    }
}

/// The body of every OS thread started from Python.
fn thread_main(
    gil: &Arc<Gil>,
    idx: ThreadIndex,
    signals: &sched::Signals,
    fiber: Option<sched::Fiber<'_>>,
) {
    match &fiber {
        Some(f) => f.wait_for(gil, idx),
        None => {
            sched::wait_turn(&gil.baton, idx, None, signals);
        }
    }
    let st = gil.lock_given();
    let mut vm = Vm {
        st,
        th: ThreadCtx::new(u64::MAX, ""),
        gil,
        fiber,
    };
    if let Some(pos) = vm.st.parked.iter().position(|t| t.id == u64::from(idx)) {
        vm.th = vm.st.parked.swap_remove(pos);
    }
    sched::thread_started(&mut vm.st.sched, idx);
    {
        let interval = vm.st.config.check_interval.max(1);
        let q = vm.st.sched.next_quantum(interval);
        vm.st.sched.threads[idx as usize].quantum = q;
        vm.th.countdown = q;
        vm.th.gc_stash = 0;
    }
    if !vm.st.sched.shutdown {
        let (f, a, k) = match vm.th.roots.as_slice() {
            [f, a, k] => (*f, *a, *k),
            _ => (Value::None, Value::None, Value::None),
        };
        // A Rust panic (a VM bug, a panicking registered function) must not leave the
        // baton naming a dead thread: report it, stop the run, hand the GIL on.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            run_target(&mut vm, f, a, k)
        }))
        .unwrap_or_else(|payload| {
            let report = sched::panic::report(&vm, &*payload);
            Err(Throw::Halt(Halt::Internal(report)))
        });
        match result {
            Ok(_) => {}
            Err(Throw::Exc(e)) => {
                let exit = vm.st.types.system_exit;
                if !vm.isinstance(Value::Obj(e), exit) {
                    let who = crate::ops::convert::repr_of(&mut vm, f).unwrap_or_default();
                    let tb = crate::traceback::format_exception(&mut vm, e);
                    vm.write_stderr(&format!(
                        "Exception ignored in thread started by: {who}\n{tb}"
                    ));
                }
            }
            Err(Throw::Halt(h)) => {
                if h != Halt::Shutdown {
                    sched::raise_halt(&mut vm, h);
                }
                // Stopped without running its `finally` blocks: let go of its locks (its
                // "running" lock among them), so a later `join` of it returns.
                for lock in locks_held_by(&vm, idx) {
                    let _ = release(&mut vm, lock);
                }
            }
        }
        // Finalize what the target's locals held, in this thread, as CPython does.
        if let Err(Throw::Halt(h)) = crate::gc_finalize::thread_ending(&mut vm) {
            sched::raise_halt(&mut vm, h);
        }
    }
    vm.th.roots.clear();
    sched::exit_thread(vm);
}

/// Calls the thread's target as the outermost code of the thread (not a native
/// re-entry), so collections can run while the thread lives.
fn run_target(vm: &mut Vm<'_>, f: Value, a: Value, k: Value) -> PyResult<Value> {
    let pos: Vec<Value> = match vm.obj(a) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let pairs: Vec<(Value, Value)> = match vm.obj(k) {
        Some(Object::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    let mut kw = Vec::with_capacity(pairs.len());
    for (key, v) in pairs {
        let name = crate::ops::convert::str_of(vm, key)?;
        kw.push((vm.intern(&name), v));
    }
    crate::call::call_toplevel(vm, f, &pos, &kw)
}

/// Would `me` waiting for `lock` close a cycle of threads each waiting (without a
/// timeout) for a lock the next one holds? Only locks made by the script count: the
/// plumbing of `threading` (a condition's waiter lock, held by its waiter until a
/// notifier releases it) is released by other threads by design.
fn closes_cycle(vm: &Vm<'_>, lock: ObjRef, me: ThreadIndex) -> bool {
    let mut cur = lock;
    for _ in 0..vm.st.sched.threads.len() + 1 {
        let Some(d) = lock_data(vm, cur) else {
            return false;
        };
        if d.internal {
            return false;
        }
        let Some(owner) = d.owner else {
            return false;
        };
        if owner == me {
            return true;
        }
        let t = &vm.st.sched.threads[owner as usize];
        match (t.status, t.blocked_on, t.deadline) {
            (sched::Status::Blocked, Some(BlockOn::Lock(next)), None) => cur = next,
            _ => return false,
        }
    }
    false
}
