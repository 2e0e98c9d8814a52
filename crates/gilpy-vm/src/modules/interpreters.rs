//! `interpreters`: several interpreters in one process, each with its own heap, GIL and
//! threads, running in parallel (in the spirit of CPython's PEP 734).
//!
//! ```python
//! import interpreters
//! interp = interpreters.create()
//! interp.exec("x = 6 * 7")                 # runs in its own __main__
//! interp.call(work, 10, scale=2)            # work is copied over by its code
//! q = interpreters.create_queue()           # shared by every interpreter it reaches
//! ```
//!
//! A sub-interpreter is a whole [`Interpreter`]: a new `VmState` behind a new `Gil`.
//! Values cross by copy (see `share.rs`): the caller exports them holding its own GIL,
//! releases it, and the target imports them holding only its GIL, so two interpreters
//! busy with Python code really run on two cores.
//!
//! Under `--seed` a call into another interpreter runs while the caller keeps its GIL
//! (the sub-interpreter is seeded too), so the output stays reproducible but
//! interpreters do not run in parallel.
//!
//! Output of a sub-interpreter is captured and written to the caller's stdout/stderr
//! when the `exec` or `call` returns (so it never interleaves mid-line).

use std::any::Any;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::share::{self, Message, Shareable};
use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::interp::Interpreter;
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{Halt, PyResult, Throw, Vm};

/// `import interpreters`
pub const MODULE: ModuleDef = ModuleDef {
    name: "interpreters",
    init,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("create", create),
    NativeDef::new("create_queue", create_queue),
];

const INTERP_METHODS: &[NativeDef] = &[
    NativeDef::new("exec", interp_exec),
    NativeDef::new("call", interp_call),
    NativeDef::new("prepare_main", interp_prepare_main),
    NativeDef::new("close", interp_close),
    NativeDef::new("is_running", interp_is_running),
    NativeDef::new("__repr__", interp_repr),
];

const QUEUE_METHODS: &[NativeDef] = &[
    NativeDef::new("put", queue_put),
    NativeDef::new("put_nowait", queue_put_nowait),
    NativeDef::new("get", queue_get),
    NativeDef::new("get_nowait", queue_get_nowait),
    NativeDef::new("empty", queue_empty),
    NativeDef::new("full", queue_full),
    NativeDef::new("qsize", queue_qsize),
    NativeDef::new("__repr__", queue_repr),
];

static NEXT_ID: AtomicI64 = AtomicI64::new(1);

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    let object = vm.st.types.object;
    let interp = vm.new_class("Interpreter", Some(object), None, true);
    vm.add_methods(interp, INTERP_METHODS);
    set_module(vm, interp);
    vm.module_set(m, "Interpreter", Value::Obj(interp));
    let queue = vm.new_class("Queue", Some(object), None, true);
    vm.add_methods(queue, QUEUE_METHODS);
    set_module(vm, queue);
    vm.module_set(m, "Queue", Value::Obj(queue));
    let exc = vm.st.types.exception;
    let base = new_exc(vm, m, "InterpreterError", exc);
    new_exc(vm, m, "ExecutionFailed", base);
    new_exc(vm, m, "QueueEmpty", exc);
    new_exc(vm, m, "QueueFull", exc);
    Ok(())
}

fn set_module(vm: &mut Vm<'_>, cls: ObjRef) {
    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
        c.module = Arc::from("interpreters");
    }
}

fn new_exc(vm: &mut Vm<'_>, m: ObjRef, name: &str, base: ObjRef) -> ObjRef {
    let c = vm.new_class(name, Some(base), None, false);
    set_module(vm, c);
    let module = vm.new_str("interpreters");
    vm.class_set(c, "__module__", module);
    vm.module_set(m, name, Value::Obj(c));
    c
}

/// One of this module's classes, from the module (imported if needed).
fn module_class(vm: &mut Vm<'_>, name: &str) -> PyResult<ObjRef> {
    let id = vm.intern("interpreters");
    crate::interp::import_module(vm, id)?;
    let m = vm.st.modules.get(&id).copied();
    let attr = vm.intern(name);
    let v = match m {
        Some(m) => crate::ops::attr::get_attr(vm, Value::Obj(m), attr)?,
        None => Value::None,
    };
    match v.as_obj() {
        Some(r) if vm.class(r).is_some() => Ok(r),
        _ => Err(vm.runtime_error(format!("interpreters.{name} is missing"))),
    }
}

fn raise(vm: &mut Vm<'_>, class: &str, msg: String) -> Throw {
    match module_class(vm, class) {
        Ok(c) => vm.error(c, msg),
        Err(e) => e,
    }
}

// ---- interpreters -----------------------------------------------------------------

/// A sub-interpreter, shared by the Python objects that name it.
pub struct SubInterp {
    id: i64,
    /// `None` once closed. Locked while it runs (one call at a time, as in CPython).
    interp: Mutex<Option<Interpreter>>,
}

struct InterpData(Arc<SubInterp>);

impl NativeData for InterpData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn sub_of(vm: &mut Vm<'_>, v: Value, what: &str) -> PyResult<Arc<SubInterp>> {
    let found = match vm.obj(v) {
        Some(Object::Instance(i)) => match &i.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<InterpData>().map(|d| d.0.clone()),
            _ => None,
        },
        _ => None,
    };
    match found {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what}() needs an Interpreter"))),
    }
}

fn native_instance(vm: &mut Vm<'_>, class: ObjRef, data: Box<dyn NativeData>) -> Value {
    vm.alloc(Object::Instance(Box::new(InstanceObj {
        class,
        attrs: Vec::new(),
        payload: Payload::Native(data),
    })))
}

/// A builder for a sub-interpreter configured like `vm`'s interpreter.
fn builder_like(vm: &Vm<'_>) -> crate::Builder {
    let c = &vm.st.config;
    let mut b = Interpreter::builder()
        .capture_output()
        .check_interval(c.check_interval)
        .switch_points(c.switch_points)
        .recursion_limit(c.recursion_limit);
    if let Some(d) = c.switch_interval {
        b = b.switch_interval(d);
    }
    if let Some((seed, strategy)) = c.seed {
        b = b.seed(seed).strategy(strategy);
    }
    b
}

/// Creates a sub-interpreter (its first, empty run sets up seeding and threads).
pub fn new_sub(builder: crate::Builder) -> Result<Arc<SubInterp>, String> {
    let mut interp = builder.build();
    interp
        .run_source("<interpreter>", "")
        .map_err(|e| e.to_string())?;
    Ok(Arc::new(SubInterp {
        id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        interp: Mutex::new(Some(interp)),
    }))
}

/// `interpreters.create()`
fn create(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "create", 0, 0)?;
    let builder = builder_like(vm);
    let made = if vm.st.sched.seeded.is_some() {
        new_sub(builder)
    } else {
        vm.allow_threads(move || new_sub(builder))
    };
    let sub = match made {
        Ok(s) => s,
        Err(e) => return Err(raise(vm, "InterpreterError", e)),
    };
    let cls = module_class(vm, "Interpreter")?;
    let id = sub.id;
    let v = native_instance(vm, cls, Box::new(InterpData(sub)));
    if let Some(r) = v.as_obj() {
        let key = vm.intern("id");
        if let Object::Instance(i) = vm.st.heap.get_mut(r) {
            crate::ops::attr_cache::note_instance_name(key);
            i.attrs.push((key, Value::Int(id)));
        }
    }
    Ok(v)
}

/// What running something in a sub-interpreter gave.
pub enum Reply {
    Value(Message),
    /// An exception: its copy (when it could be copied) and its text.
    Raised {
        exc: Option<Message>,
        line: String,
        traceback: String,
    },
    /// The result could not be copied back.
    NotCopyable(String),
    /// The interpreter stopped (timeout, internal error), or could not run.
    Failed(String),
}

/// A reply plus what the sub-interpreter printed meanwhile.
pub struct Outcome {
    pub reply: Reply,
    pub stdout: String,
    pub stderr: String,
}

impl SubInterp {
    fn locked<R>(&self, f: impl FnOnce(&mut Interpreter) -> R) -> Result<R, String> {
        let Some(mut guard) = self.interp.try_lock() else {
            return Err("interpreter already running".into());
        };
        match guard.as_mut() {
            Some(i) => Ok(f(i)),
            None => Err("interpreter closed".into()),
        }
    }

    /// Runs `source` in the interpreter's `__main__`.
    pub fn exec(&self, source: &str) -> Outcome {
        let r = self.locked(|i| match i.run_source("<string>", source) {
            Ok(r) => Outcome {
                reply: Reply::Value(empty_message()),
                stdout: r.stdout,
                stderr: r.stderr,
            },
            Err(e) => {
                let (out, err) = i.output();
                let (out, err) = (out.to_string(), err.to_string());
                let reply = match e {
                    crate::Error::Uncaught {
                        type_name,
                        message,
                        traceback,
                    } => Reply::Raised {
                        exc: None,
                        line: line_of(&type_name, &message),
                        traceback,
                    },
                    other => Reply::Failed(other.to_string()),
                };
                Outcome {
                    reply,
                    stdout: out,
                    stderr: err,
                }
            }
        });
        r.unwrap_or_else(failed)
    }

    /// Calls `msg` = `(function, args, kwargs)` in the interpreter.
    pub fn call(&self, msg: Message) -> Outcome {
        self.locked(|i| {
            i.with_vm(|vm| {
                vm.st.sched.halt = None;
                if vm.st.sched.alive <= 1 {
                    vm.st.sched.shutdown = false;
                }
                let reply =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| call_in(vm, &msg)))
                        .unwrap_or_else(|payload| {
                            Reply::Failed(crate::sched::panic::report(vm, &*payload))
                        });
                let stdout = std::mem::take(&mut vm.st.out.stdout);
                let stderr = std::mem::take(&mut vm.st.out.stderr);
                Outcome {
                    reply,
                    stdout,
                    stderr,
                }
            })
        })
        .unwrap_or_else(failed)
    }

    /// Binds copied values in the interpreter's `__main__`.
    pub fn prepare_main(&self, msg: Message) -> Outcome {
        self.locked(|i| {
            i.with_vm(|vm| {
                let reply = match share::import(vm, &msg) {
                    Ok(d) => {
                        for (k, v) in
                            crate::ops::dictops::dict_items(vm, d.as_obj().unwrap_or(ObjRef(0)))
                        {
                            let key = vm.as_str(k).unwrap_or("").to_string();
                            let id = vm.intern(&key);
                            vm.st.globals.set(id, v);
                        }
                        Reply::Value(empty_message())
                    }
                    Err(e) => raised(vm, e),
                };
                Outcome {
                    reply,
                    stdout: String::new(),
                    stderr: String::new(),
                }
            })
        })
        .unwrap_or_else(failed)
    }
}

fn failed(why: String) -> Outcome {
    Outcome {
        reply: Reply::Failed(why),
        stdout: String::new(),
        stderr: String::new(),
    }
}

fn empty_message() -> Message {
    Message {
        value: Shareable::None,
        globals: Vec::new(),
        sources: Vec::new(),
    }
}

fn line_of(type_name: &str, message: &str) -> String {
    if message.is_empty() {
        type_name.to_string()
    } else {
        format!("{type_name}: {message}")
    }
}

/// In the target: import `(f, args, kwargs)`, call, export the result.
fn call_in(vm: &mut Vm<'_>, msg: &Message) -> Reply {
    let mark = vm.th.roots.len();
    let r = (|| {
        let triple = share::import(vm, msg)?;
        vm.th.roots.push(triple);
        let items: Vec<Value> = match vm.obj(triple) {
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let [f, a, k] = items[..] else {
            return Err(vm.type_error("bad call message"));
        };
        let args: Vec<Value> = match vm.obj(a) {
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let mut kw = Vec::new();
        if let Some(d) = k.as_obj() {
            for (key, v) in crate::ops::dictops::dict_items(vm, d) {
                let name = vm.as_str(key).unwrap_or("").to_string();
                kw.push((vm.intern(&name), v));
            }
        }
        vm.call_kw(f, &args, &kw)
    })();
    let reply = match r {
        Ok(v) => {
            vm.th.roots.push(v);
            match share::export(vm, v) {
                Ok(m) => Reply::Value(m),
                Err(e) => match e {
                    Throw::Exc(x) => {
                        let (_, msg) = crate::traceback::exception_line(vm, x);
                        Reply::NotCopyable(msg)
                    }
                    Throw::Halt(h) => Reply::Failed(halt_text(&h)),
                },
            }
        }
        Err(e) => raised(vm, e),
    };
    vm.pop_roots(mark);
    reply
}

fn raised(vm: &mut Vm<'_>, e: Throw) -> Reply {
    match e {
        Throw::Exc(x) => {
            let (t, m) = crate::traceback::exception_line(vm, x);
            let traceback = crate::traceback::format_exception(vm, x);
            let exc = share::export(vm, Value::Obj(x)).ok();
            Reply::Raised {
                exc,
                line: line_of(&t, &m),
                traceback,
            }
        }
        Throw::Halt(h) => Reply::Failed(halt_text(&h)),
    }
}

fn halt_text(h: &Halt) -> String {
    match h {
        Halt::Timeout => "the interpreter timed out".into(),
        Halt::InstructionLimit => "the interpreter reached its instruction limit".into(),
        Halt::Deadlock(s) => format!("deadlock: {s}"),
        Halt::Shutdown => "the interpreter is shutting down".into(),
        Halt::Diverged(s) | Halt::Internal(s) => s.clone(),
    }
}

/// In the caller: prints what the target printed, then turns the reply into a value or
/// an exception (the target's exception, recreated, with its traceback as the cause).
fn finish(vm: &mut Vm<'_>, out: Outcome) -> PyResult<Value> {
    if !out.stdout.is_empty() {
        vm.write_stdout(&out.stdout);
    }
    if !out.stderr.is_empty() {
        vm.write_stderr(&out.stderr);
    }
    match out.reply {
        Reply::Value(m) => share::import(vm, &m),
        Reply::NotCopyable(msg) => {
            Err(vm.type_error(format!("cannot copy the result back: {msg}")))
        }
        Reply::Failed(why) => Err(raise(vm, "InterpreterError", why)),
        Reply::Raised {
            exc,
            line,
            traceback,
        } => {
            let remote = format!("\n\"\"\"\n{traceback}\"\"\"");
            let cause = raise(vm, "ExecutionFailed", remote);
            let Throw::Exc(cause) = cause else {
                return Err(cause);
            };
            let recreated = exc.and_then(|m| share::import(vm, &m).ok());
            let exc = match recreated.and_then(|v| v.as_obj()) {
                Some(e) if crate::traceback::is_exception(vm, e) => e,
                _ => match raise(vm, "ExecutionFailed", line) {
                    Throw::Exc(e) => e,
                    other => return Err(other),
                },
            };
            if let Some(d) = vm.exc_data_mut(exc) {
                d.cause = Value::Obj(cause);
                d.suppress_context = true;
            }
            Err(Throw::Exc(exc))
        }
    }
}

/// Runs `f` on the sub-interpreter: without the caller's GIL, or holding it when seeded.
fn run_sub(vm: &mut Vm<'_>, f: impl FnOnce() -> Outcome) -> Outcome {
    if vm.st.sched.seeded.is_some() {
        f()
    } else {
        vm.allow_threads(f)
    }
}

/// `interp.exec(source)`
fn interp_exec(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "exec", 2, 2)?;
    let sub = sub_of(vm, args.pos[0], "exec")?;
    let Some(src) = vm.as_str(args.pos[1]).map(str::to_string) else {
        let t = vm.type_name(args.pos[1]);
        return Err(vm.type_error(format!("exec() expected a str, not {t}")));
    };
    let out = run_sub(vm, move || sub.exec(&src));
    finish(vm, out).map(|_| Value::None)
}

/// `interp.call(f, *args, **kwargs)`: the copied result of `f(*args, **kwargs)` run in
/// the interpreter.
fn interp_call(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("call() missing required argument 'callable'"));
    }
    let sub = sub_of(vm, args.pos[0], "call")?;
    let mark = vm.th.roots.len();
    let rest = vm.new_tuple(args.pos[2..].to_vec());
    vm.th.roots.push(rest);
    let kw = vm.new_dict();
    vm.th.roots.push(kw);
    for (k, v) in args.kw {
        let key = vm.name(*k);
        let key = vm.new_str(&key);
        vm.th.roots.push(key);
        crate::ops::dictops::dict_set(vm, kw.as_obj().unwrap_or(ObjRef(0)), key, *v)?;
    }
    let triple = vm.new_tuple(vec![args.pos[1], rest, kw]);
    vm.th.roots.push(triple);
    let msg = share::export(vm, triple);
    vm.pop_roots(mark);
    let msg = msg?;
    let out = run_sub(vm, move || sub.call(msg));
    finish(vm, out)
}

/// `interp.prepare_main(ns=None, **kwargs)`: binds copies in its `__main__`.
fn interp_prepare_main(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "prepare_main", 1, 2)?;
    let sub = sub_of(vm, args.pos[0], "prepare_main")?;
    let d = vm.new_dict();
    let mark = vm.push_root(d);
    let dr = d.as_obj().unwrap_or(ObjRef(0));
    if let Some(ns) = args
        .pos
        .get(1)
        .copied()
        .filter(|v| !matches!(v, Value::None))
    {
        match ns
            .as_obj()
            .filter(|r| matches!(vm.st.heap.get(*r), Object::Dict(_)))
        {
            Some(r) => {
                for (k, v) in crate::ops::dictops::dict_items(vm, r) {
                    crate::ops::dictops::dict_set(vm, dr, k, v)?;
                }
            }
            None => return Err(vm.type_error("prepare_main() expects a dict")),
        }
    }
    for (k, v) in args.kw {
        let key = vm.name(*k);
        let key = vm.new_str(&key);
        vm.th.roots.push(key);
        crate::ops::dictops::dict_set(vm, dr, key, *v)?;
    }
    let msg = share::export(vm, d);
    vm.pop_roots(mark);
    let msg = msg?;
    let out = run_sub(vm, move || sub.prepare_main(msg));
    finish(vm, out).map(|_| Value::None)
}

/// `interp.close()`: ends the interpreter (its daemon threads are abandoned).
fn interp_close(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "close", 1, 1)?;
    let sub = sub_of(vm, args.pos[0], "close")?;
    let taken = match sub.interp.try_lock() {
        Some(mut g) => g.take(),
        None => {
            return Err(raise(
                vm,
                "InterpreterError",
                "interpreter already running".into(),
            ))
        }
    };
    // Dropping a whole heap can take a moment: not while holding the GIL.
    if vm.st.sched.seeded.is_some() {
        drop(taken);
    } else {
        vm.allow_threads(move || drop(taken));
    }
    Ok(Value::None)
}

fn interp_is_running(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "is_running", 1, 1)?;
    let sub = sub_of(vm, args.pos[0], "is_running")?;
    Ok(Value::Bool(sub.interp.is_locked()))
}

fn interp_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let sub = sub_of(vm, args.pos[0], "__repr__")?;
    Ok(vm.new_string(format!("Interpreter({})", sub.id)))
}

// ---- queues -----------------------------------------------------------------------

/// A queue every interpreter holding it shares; items are copies.
pub struct QueueInner {
    id: i64,
    maxsize: usize,
    items: Mutex<VecDeque<Message>>,
    changed: Condvar,
}

/// The payload of a `Queue` object.
pub struct QueueData(pub Arc<QueueInner>);

impl NativeData for QueueData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// A `Queue` object in this interpreter for a shared queue.
pub fn queue_value(vm: &mut Vm<'_>, q: Arc<QueueInner>) -> PyResult<Value> {
    let cls = module_class(vm, "Queue")?;
    let id = q.id;
    let maxsize = q.maxsize as i64;
    let v = native_instance(vm, cls, Box::new(QueueData(q)));
    if let Some(r) = v.as_obj() {
        let (k1, k2) = (vm.intern("id"), vm.intern("maxsize"));
        if let Object::Instance(i) = vm.st.heap.get_mut(r) {
            crate::ops::attr_cache::note_instance_names(&[(k1, Value::None), (k2, Value::None)]);
            i.attrs.push((k1, Value::Int(id)));
            i.attrs.push((k2, Value::Int(maxsize)));
        }
    }
    Ok(v)
}

/// `interpreters.create_queue(maxsize=0)`
fn create_queue(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "create_queue", 0, 1)?;
    let maxsize = match args.arg_or_kw(0, vm.intern("maxsize")) {
        None | Some(Value::None) => 0,
        Some(Value::Int(n)) => n.max(0) as usize,
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("maxsize must be an int, not {t}")));
        }
    };
    let q = Arc::new(QueueInner {
        id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        maxsize,
        items: Mutex::new(VecDeque::new()),
        changed: Condvar::new(),
    });
    queue_value(vm, q)
}

fn queue_of(vm: &mut Vm<'_>, v: Value) -> PyResult<Arc<QueueInner>> {
    let found = match vm.obj(v) {
        Some(Object::Instance(i)) => match &i.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<QueueData>().map(|d| d.0.clone()),
            _ => None,
        },
        _ => None,
    };
    match found {
        Some(q) => Ok(q),
        None => Err(vm.type_error("expected an interpreters.Queue")),
    }
}

/// `(block, deadline)` from `put`/`get`'s `block=True, timeout=None`.
fn blocking(vm: &mut Vm<'_>, args: &Args<'_>, first: usize) -> PyResult<(bool, Option<f64>)> {
    let block = match args.arg_or_kw(first, vm.intern("block")) {
        None => true,
        Some(v) => crate::ops::compare::is_true(vm, v)?,
    };
    let timeout = match args.arg_or_kw(first + 1, vm.intern("timeout")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = crate::modules::time::seconds_arg(vm, v, "timeout")?;
            if t < 0.0 {
                return Err(vm.value_error("'timeout' must be a non-negative number"));
            }
            Some(t)
        }
    };
    Ok((block, timeout))
}

/// Waits for the queue to change (at most `limit`), without the GIL.
fn wait_change(vm: &mut Vm<'_>, q: &Arc<QueueInner>, limit: Duration) -> PyResult<()> {
    let limit = limit.min(Duration::from_millis(50));
    if vm.st.sched.seeded.is_some() {
        // Virtual time: another thread (or interpreter call) gets to run.
        let deadline = vm.st.sched.now() + limit;
        crate::sched::block(vm, crate::sched::BlockOn::Io, Some(deadline))?;
    } else {
        let q = q.clone();
        vm.allow_threads(move || {
            let mut items = q.items.lock();
            let _ = q.changed.wait_for(&mut items, limit);
        });
    }
    if vm.gil.take_interrupt() {
        let c = vm.st.types.keyboard_interrupt;
        return Err(Throw::Exc(vm.new_exception(c, None)));
    }
    Ok(())
}

fn put_impl(vm: &mut Vm<'_>, args: Args<'_>, block: bool, timeout: Option<f64>) -> PyResult<Value> {
    let q = queue_of(vm, args.pos[0])?;
    let mut msg = Some(share::export(vm, args.pos[1])?);
    let start = Instant::now();
    loop {
        {
            let mut items = q.items.lock();
            if q.maxsize == 0 || items.len() < q.maxsize {
                if let Some(m) = msg.take() {
                    items.push_back(m);
                }
                q.changed.notify_all();
                return Ok(Value::None);
            }
        }
        let left = timeout.map(|t| Duration::from_secs_f64(t).saturating_sub(start.elapsed()));
        if !block || left == Some(Duration::ZERO) {
            return Err(raise(vm, "QueueFull", "queue is full".into()));
        }
        wait_change(vm, &q, left.unwrap_or(Duration::from_millis(50)))?;
    }
}

fn get_impl(vm: &mut Vm<'_>, args: Args<'_>, block: bool, timeout: Option<f64>) -> PyResult<Value> {
    let q = queue_of(vm, args.pos[0])?;
    let start = Instant::now();
    loop {
        let item = {
            let mut items = q.items.lock();
            let m = items.pop_front();
            if m.is_some() {
                q.changed.notify_all();
            }
            m
        };
        if let Some(m) = item {
            return share::import(vm, &m);
        }
        let left = timeout.map(|t| Duration::from_secs_f64(t).saturating_sub(start.elapsed()));
        if !block || left == Some(Duration::ZERO) {
            return Err(raise(vm, "QueueEmpty", "queue is empty".into()));
        }
        wait_change(vm, &q, left.unwrap_or(Duration::from_millis(50)))?;
    }
}

/// `q.put(obj, block=True, timeout=None)`
fn queue_put(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("put() missing required argument 'obj'"));
    }
    let (block, timeout) = blocking(vm, &args, 2)?;
    put_impl(vm, args, block, timeout)
}

fn queue_put_nowait(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "put_nowait", 2, 2)?;
    put_impl(vm, args, false, None)
}

/// `q.get(block=True, timeout=None)`
fn queue_get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("get() needs a Queue"));
    }
    let (block, timeout) = blocking(vm, &args, 1)?;
    get_impl(vm, args, block, timeout)
}

fn queue_get_nowait(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "get_nowait", 1, 1)?;
    get_impl(vm, args, false, None)
}

fn queue_empty(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "empty", 1, 1)?;
    let q = queue_of(vm, args.pos[0])?;
    let n = q.items.lock().len();
    Ok(Value::Bool(n == 0))
}

fn queue_full(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "full", 1, 1)?;
    let q = queue_of(vm, args.pos[0])?;
    let n = q.items.lock().len();
    Ok(Value::Bool(q.maxsize > 0 && n >= q.maxsize))
}

fn queue_qsize(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "qsize", 1, 1)?;
    let q = queue_of(vm, args.pos[0])?;
    let n = q.items.lock().len();
    Ok(Value::Int(n as i64))
}

fn queue_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let q = queue_of(vm, args.pos[0])?;
    Ok(vm.new_string(format!("interpreters.Queue({})", q.id)))
}
