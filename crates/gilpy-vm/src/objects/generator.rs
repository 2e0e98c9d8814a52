//! Generators (`docs/objects.md`, "Generators").
//!
//! A generator owns its frame while suspended: the frame's slice of the value stack
//! (locals, cells, operand stack), its handler blocks (relative to the frame) and the
//! exceptions it is handling, plus its pc. Resuming copies that state onto the running
//! thread's stack and pushes a [`FrameKind::Generator`] frame (resumed by the caller's
//! `FOR_ITER`, so the body runs in the same eval loop) or a [`FrameKind::GenEntry`] frame
//! (resumed by native code: `next`, `send`, `throw`, `close`, `yield from`). `yield`
//! copies the state back. Because the state is plain data in a heap object, any thread
//! may resume a generator another thread created; the `Running` state guards re-entry.

use std::sync::Arc;

use gilpy_compiler::bytecode::Op;

use crate::builtins::{Args, NativeDef};
use crate::frame::{Block, Frame, FrameKind};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};

/// Where a generator is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    /// Created by calling the function; the body has not started.
    Created,
    /// Stopped at a `yield` (or inside a `yield from`).
    Suspended,
    /// Its frame is on some thread's frame stack.
    Running,
    /// Returned, raised, or closed.
    Done,
}

/// A generator object.
pub struct GenObj {
    /// The code object, as its index in `VmState::codes`.
    pub code_id: u32,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub state: GenState,
    /// Where to resume.
    pub pc: u32,
    /// Locals, cells and operand stack while not running (empty while running).
    pub saved: Vec<Value>,
    /// Handler blocks; depths are relative to the frame's base and handled base.
    pub blocks: Vec<Block>,
    /// Exceptions being handled inside the generator across a `yield`.
    pub handled: Vec<Value>,
}

impl GenObj {
    /// Report every value the saved frame keeps alive.
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.saved.iter().for_each(|v| visit(*v));
        self.handled.iter().for_each(|v| visit(*v));
    }
}

/// What running a generator until it stops produced.
pub enum Resumed {
    Yield(Value),
    Return(Value),
}

/// How to resume.
enum Mode {
    /// Push this value as the result of the `yield` (not for a fresh generator).
    Send(Value),
    /// Raise this exception at the `yield`.
    Throw(ObjRef),
    /// Continue with nothing pushed (after a delegated `yield from` finished).
    Continue,
}

/// Turns the frame just bound at `stack[base..]` into a generator object left at
/// `ret_sp` (calling a generator function runs none of its body).
pub(crate) fn create(
    vm: &mut Vm<'_>,
    code_id: u32,
    names: (Arc<str>, Arc<str>),
    base: usize,
    ret_sp: usize,
) {
    let saved = vm.th.stack.split_off(base.min(vm.th.stack.len()));
    vm.th.stack.truncate(ret_sp);
    let g = GenObj {
        code_id,
        name: names.0,
        qualname: names.1,
        state: GenState::Created,
        pc: 0,
        saved,
        blocks: Vec::new(),
        handled: Vec::new(),
    };
    let v = vm.alloc(Object::Generator(Box::new(g)));
    vm.th.stack.push(v);
}

fn gen_mut<'v>(vm: &'v mut Vm<'_>, g: ObjRef) -> Option<&'v mut GenObj> {
    match vm.st.heap.get_mut(g) {
        Object::Generator(gen) => Some(gen),
        _ => None,
    }
}

fn state(vm: &Vm<'_>, g: ObjRef) -> GenState {
    match vm.st.heap.get(g) {
        Object::Generator(gen) => gen.state,
        _ => GenState::Done,
    }
}

fn already_executing(vm: &mut Vm<'_>) -> Throw {
    vm.value_error("generator already executing")
}

/// Copies the generator's saved frame onto the running thread and pushes its frame.
#[inline]
fn push_gen_frame(vm: &mut Vm<'_>, g: ObjRef, kind: FrameKind) -> PyResult<()> {
    if vm.th.depth >= vm.st.config.recursion_limit {
        return Err(vm.recursion_error());
    }
    let st = &mut *vm.st;
    let th = &mut vm.th;
    let Object::Generator(gen) = st.heap.get_mut(g) else {
        return Err(vm.type_error("expected a generator"));
    };
    gen.state = GenState::Running;
    let base = th.stack.len();
    let block_base = th.blocks.len();
    let handled_base = th.handled.len();
    th.stack.extend_from_slice(&gen.saved);
    gen.saved.clear();
    // Most generators yield outside any `try`/`with`: skip the empty copies.
    if !gen.blocks.is_empty() {
        th.blocks.extend(gen.blocks.drain(..).map(|b| Block {
            handler: b.handler,
            stack_depth: b.stack_depth + base as u32,
            handled_depth: b.handled_depth + handled_base as u32,
        }));
    }
    if !gen.handled.is_empty() {
        th.handled.append(&mut gen.handled);
    }
    th.depth += 1;
    th.next_activation += 1;
    th.frames.push(Frame {
        code_id: gen.code_id,
        pc: gen.pc,
        base: base as u32,
        ret_sp: base as u32,
        block_base: block_base as u32,
        handled_base: handled_base as u32,
        activation: th.next_activation,
        kind,
    });
    Ok(())
}

/// `yield`: saves the top frame (a generator's, with the yielded value already popped)
/// into its generator, to resume at `resume_pc`, and pops it. Returns its kind.
pub(crate) fn suspend(vm: &mut Vm<'_>, resume_pc: u32) -> PyResult<FrameKind> {
    let g = match vm.th.frames.last().map(|f| f.kind) {
        Some(FrameKind::Generator(g) | FrameKind::GenEntry(g) | FrameKind::GenCollect(g)) => g,
        _ => return Err(vm.runtime_error("internal error: yield outside a generator frame")),
    };
    let Some(f) = vm.th.frames.pop() else {
        return Err(vm.runtime_error("internal error: no frame"));
    };
    let st = &mut *vm.st;
    let th = &mut vm.th;
    th.depth = th.depth.saturating_sub(1);
    let (base, block_base, handled_base) = (
        f.base as usize,
        f.block_base as usize,
        f.handled_base as usize,
    );
    if let Object::Generator(gen) = st.heap.get_mut(g) {
        // While running, `saved`, `blocks` and `handled` were left empty (moved onto
        // the thread), so only what the frame has now needs copying back.
        gen.saved.clear();
        gen.saved
            .extend_from_slice(th.stack.get(base..).unwrap_or(&[]));
        gen.blocks.clear();
        if th.blocks.len() > block_base {
            gen.blocks.extend(
                th.blocks
                    .get(block_base..)
                    .unwrap_or(&[])
                    .iter()
                    .map(|b| Block {
                        handler: b.handler,
                        stack_depth: b.stack_depth.saturating_sub(base as u32),
                        handled_depth: b.handled_depth.saturating_sub(handled_base as u32),
                    }),
            );
        }
        gen.handled.clear();
        if th.handled.len() > handled_base {
            gen.handled
                .extend_from_slice(th.handled.get(handled_base..).unwrap_or(&[]));
        }
        gen.pc = resume_pc;
        gen.state = GenState::Suspended;
        // Suspended inside `try`/`with`: dropping it must run its cleanup (CPython
        // closes such a generator when its last reference goes), so the drop hooks of
        // `gc_finalize` turn on.
        if !gen.blocks.is_empty() {
            st.fin.seen = true;
        }
    }
    th.stack.truncate(f.ret_sp as usize);
    th.blocks.truncate(block_base);
    th.handled.truncate(handled_base);
    Ok(f.kind)
}

/// The generator's frame is gone for good (returned, or an exception left it).
pub(crate) fn finished(vm: &mut Vm<'_>, g: ObjRef) {
    if let Some(gen) = gen_mut(vm, g) {
        gen.state = GenState::Done;
        gen.saved = Vec::new();
        gen.blocks = Vec::new();
        gen.handled = Vec::new();
    }
}

/// An exception left generator `g`'s frame: the generator is finished, and a
/// `StopIteration` becomes `RuntimeError: generator raised StopIteration` (PEP 479).
#[cold]
pub(crate) fn unwound(vm: &mut Vm<'_>, g: ObjRef, exc: ObjRef) -> ObjRef {
    finished(vm, g);
    if !vm.isinstance(Value::Obj(exc), vm.st.types.stop_iteration) {
        return exc;
    }
    let c = vm.st.types.runtime_error;
    let new = vm.new_exception(c, Some("generator raised StopIteration".into()));
    let tb = vm
        .exc_data(exc)
        .map(|d| d.traceback.clone())
        .unwrap_or_default();
    if let Some(d) = vm.exc_data_mut(new) {
        d.cause = Value::Obj(exc);
        d.context = Value::Obj(exc);
        d.suppress_context = true;
        d.traceback = tb;
    }
    new
}

/// A generator resumed by `FOR_ITER` returned: the loop is over, so drop the iterator
/// and continue at the loop's exit in the caller.
pub(crate) fn end_for_loop(vm: &mut Vm<'_>) -> PyResult<()> {
    vm.th.stack.pop();
    let Some(f) = vm.th.frames.last() else {
        return Ok(());
    };
    let target = vm
        .st
        .codes
        .get(f.code_id as usize)
        .and_then(|c| c.code.ops.get((f.pc as usize).wrapping_sub(1)).copied());
    match target {
        Some(Op::ForIter(t)) => {
            if let Some(f) = vm.th.frames.last_mut() {
                f.pc = t;
            }
            Ok(())
        }
        _ => Err(vm.runtime_error("internal error: generator resumed outside FOR_ITER")),
    }
}

/// `FOR_ITER` on a generator: pushes its frame (`true`) or reports it exhausted.
pub(crate) fn resume_for(vm: &mut Vm<'_>, g: ObjRef) -> PyResult<bool> {
    let st = state(vm, g);
    match st {
        GenState::Done => Ok(false),
        GenState::Running => Err(already_executing(vm)),
        GenState::Created | GenState::Suspended => {
            push_gen_frame(vm, g, FrameKind::Generator(g))?;
            if st == GenState::Suspended {
                vm.th.stack.push(Value::None);
            }
            Ok(true)
        }
    }
}

/// Runs `g` to its end for a native consumer that takes every item: its yields append to
/// [`ThreadCtx::gen_sink`](crate::frame::ThreadCtx) and its body runs on in one frame,
/// with no suspend and resume per item. Returns the generator's return value.
///
/// Observably the same as calling `next` until it is exhausted: each `yield` evaluates to
/// None, every instruction is counted, the generator is `Running` while its body runs
/// (and only then could anyone see it), and an exception leaves its frame as it would
/// from `next`.
pub(crate) fn run_to_end(vm: &mut Vm<'_>, g: ObjRef) -> PyResult<Value> {
    let st = state(vm, g);
    match st {
        GenState::Done => return Ok(Value::None),
        GenState::Running => return Err(already_executing(vm)),
        GenState::Created | GenState::Suspended => {}
    }
    vm.enter_native()?;
    let r = match push_gen_frame(vm, g, FrameKind::GenCollect(g)) {
        Err(e) => Err(e),
        Ok(()) => {
            if st == GenState::Suspended {
                vm.th.stack.push(Value::None);
            }
            crate::eval::run(vm)
        }
    };
    vm.leave_native();
    r
}

/// Every item of generator `g`, in order (see [`run_to_end`]).
pub(crate) fn collect(vm: &mut Vm<'_>, g: ObjRef) -> PyResult<Vec<Value>> {
    let mark = vm.th.gen_sink.len();
    let outer = vm.th.gen_stop.take();
    let r = run_to_end(vm, g);
    vm.th.gen_stop = outer;
    match r {
        Ok(_) => Ok(vm.th.gen_sink.split_off(mark.min(vm.th.gen_sink.len()))),
        Err(e) => {
            vm.th.gen_sink.truncate(mark);
            Err(e)
        }
    }
}

/// A `yield` in a [`FrameKind::GenCollect`] frame: does the consumer take `v` without
/// looking (`true`: the body runs on), or must the frame suspend and hand it over?
/// `any`/`all` dismiss items whose truth needs no Python code and is not the one they
/// look for; anything else is handed over, so `__bool__` runs with the generator
/// suspended, as in CPython.
#[inline]
pub(crate) fn collected(vm: &mut Vm<'_>, v: Value) -> bool {
    match vm.th.gen_stop {
        None => {
            vm.th.gen_sink.push(v);
            true
        }
        Some(want) => {
            let truth = match v {
                Value::None => Some(false),
                Value::Bool(b) => Some(b),
                Value::Int(i) => Some(i != 0),
                Value::Float(f) => Some(f != 0.0),
                _ => None,
            };
            truth == Some(!want)
        }
    }
}

/// `yield from g` in a [`FrameKind::GenCollect`] frame: `g` runs on for the same
/// consumer; `Yield` when it stopped at an item the consumer must see.
pub(crate) fn delegate_collect(vm: &mut Vm<'_>, g: ObjRef) -> PyResult<Resumed> {
    let v = run_to_end(vm, g)?;
    Ok(if state(vm, g) == GenState::Suspended {
        Resumed::Yield(v)
    } else {
        Resumed::Return(v)
    })
}

/// `any(g)` (`want` true) / `all(g)` (`want` false): is there an item whose truth is
/// `want`? The generator runs in one frame past the items it can dismiss itself.
pub(crate) fn find_truth(vm: &mut Vm<'_>, g: ObjRef, want: bool) -> PyResult<bool> {
    loop {
        let outer = vm.th.gen_stop.replace(want);
        let r = run_to_end(vm, g);
        vm.th.gen_stop = outer;
        let v = r?;
        if state(vm, g) != GenState::Suspended {
            return Ok(false);
        }
        let mark = vm.push_root(v);
        let t = crate::ops::compare::is_true(vm, v);
        vm.pop_roots(mark);
        if t? == want {
            return Ok(true);
        }
    }
}

/// Runs `g` until it yields or returns (for native callers).
fn resume_inner(vm: &mut Vm<'_>, g: ObjRef, mode: Mode) -> PyResult<Resumed> {
    let st = state(vm, g);
    match (st, &mode) {
        (GenState::Running, _) => return Err(already_executing(vm)),
        (GenState::Done, Mode::Throw(e)) => return Err(Throw::Exc(*e)),
        (GenState::Done, _) => return Ok(Resumed::Return(Value::None)),
        (GenState::Created, Mode::Send(v)) if !matches!(v, Value::None) => {
            return Err(vm.type_error("can't send non-None value to a just-started generator"))
        }
        _ => {}
    }
    if let (GenState::Suspended, Mode::Throw(exc)) = (st, &mode) {
        if let Some(r) = throw_to_delegate(vm, g, *exc)? {
            return Ok(r);
        }
        if state(vm, g) != GenState::Suspended {
            // The delegate finished and the generator already ran on.
            return Err(vm.runtime_error("internal error: generator state"));
        }
    }
    vm.enter_native()?;
    let r = match push_gen_frame(vm, g, FrameKind::GenEntry(g)) {
        Err(e) => Err(e),
        Ok(()) => match mode {
            Mode::Send(v) => {
                if st == GenState::Suspended {
                    vm.th.stack.push(v);
                }
                crate::eval::run(vm)
            }
            Mode::Continue => crate::eval::run(vm),
            Mode::Throw(exc) => match crate::eval::handle_exception(vm, Throw::Exc(exc)) {
                Ok(()) => crate::eval::run(vm),
                Err(e) => Err(e),
            },
        },
    };
    vm.leave_native();
    let v = r?;
    Ok(if state(vm, g) == GenState::Done {
        Resumed::Return(v)
    } else {
        Resumed::Yield(v)
    })
}

/// `throw` into a generator suspended in `yield from`: the delegate gets the exception
/// first. `Some` when that settled the outcome (the delegate yielded); `None` when the
/// generator itself must now run (with the exception, or on after the delegate ended).
fn throw_to_delegate(vm: &mut Vm<'_>, g: ObjRef, exc: ObjRef) -> PyResult<Option<Resumed>> {
    let (sub, at_yield_from) = match vm.st.heap.get(g) {
        Object::Generator(gen) => {
            let op = vm
                .st
                .codes
                .get(gen.code_id as usize)
                .and_then(|c| c.code.ops.get(gen.pc as usize).copied());
            (gen.saved.last().copied(), op == Some(Op::YieldFrom))
        }
        _ => (None, false),
    };
    let (Some(sub), true) = (sub, at_yield_from) else {
        return Ok(None);
    };
    let is_exit = vm.isinstance(Value::Obj(exc), vm.st.types.generator_exit);
    let mark = vm.push_root(sub);
    let outcome = if is_exit {
        // `close()`: close the delegate, then raise GeneratorExit here.
        let r = close_any(vm, sub);
        vm.pop_roots(mark);
        return match r {
            Ok(()) => resume_exc(vm, g, exc).map(Some),
            Err(Throw::Exc(e)) => resume_exc(vm, g, e).map(Some),
            Err(h) => Err(h),
        };
    } else if let Some(Object::Generator(_)) = vm.obj(sub) {
        let r = sub.as_obj().map(|s| resume_inner(vm, s, Mode::Throw(exc)));
        r.unwrap_or(Ok(Resumed::Return(Value::None)))
    } else {
        let throw = vm.intern("throw");
        match crate::ops::attr::try_get_attr(vm, sub, throw) {
            Ok(Some(f)) => match vm.call(f, &[Value::Obj(exc)]) {
                Ok(v) => Ok(Resumed::Yield(v)),
                Err(Throw::Exc(e)) if is_stop(vm, e) => Ok(Resumed::Return(stop_value(vm, e))),
                Err(e) => Err(e),
            },
            Ok(None) => {
                vm.pop_roots(mark);
                return Ok(None);
            }
            Err(e) => Err(e),
        }
    };
    vm.pop_roots(mark);
    match outcome {
        Ok(Resumed::Yield(v)) => Ok(Some(Resumed::Yield(v))),
        Ok(Resumed::Return(v)) => {
            // The delegate finished: its value is the `yield from`'s result.
            if let Some(gen) = gen_mut(vm, g) {
                gen.saved.pop();
                gen.saved.push(v);
                gen.pc += 1;
            }
            resume_inner(vm, g, Mode::Continue).map(Some)
        }
        Err(Throw::Exc(e)) => resume_exc(vm, g, e).map(Some),
        Err(h) => Err(h),
    }
}

/// Raises `exc` at the generator's current pc, without consulting a delegate.
fn resume_exc(vm: &mut Vm<'_>, g: ObjRef, exc: ObjRef) -> PyResult<Resumed> {
    // Step off the `YIELD_FROM` so the delegate is not asked again.
    if let Some(gen) = gen_mut(vm, g) {
        gen.saved.pop();
        gen.saved.push(Value::None);
        gen.pc += 1;
    }
    vm.enter_native()?;
    let r = match push_gen_frame(vm, g, FrameKind::GenEntry(g)) {
        Err(e) => Err(e),
        Ok(()) => match crate::eval::handle_exception(vm, Throw::Exc(exc)) {
            Ok(()) => crate::eval::run(vm),
            Err(e) => Err(e),
        },
    };
    vm.leave_native();
    let v = r?;
    Ok(if state(vm, g) == GenState::Done {
        Resumed::Return(v)
    } else {
        Resumed::Yield(v)
    })
}

fn is_stop(vm: &Vm<'_>, e: ObjRef) -> bool {
    vm.isinstance(Value::Obj(e), vm.st.types.stop_iteration)
}

/// `StopIteration.value`: its first argument, or `None`.
fn stop_value(vm: &Vm<'_>, e: ObjRef) -> Value {
    let args = vm.exc_data(e).map(|d| d.args);
    match args.and_then(|a| vm.obj(a)) {
        Some(Object::Tuple(t)) => t.first().copied().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// `StopIteration(value)` (no arguments for `None`, as CPython).
fn stop_iteration(vm: &mut Vm<'_>, v: Value) -> Throw {
    let c = vm.st.types.stop_iteration;
    let args = if matches!(v, Value::None) {
        vm.st.empty_tuple
    } else {
        vm.new_tuple(vec![v])
    };
    Throw::Exc(vm.new_exception_args(c, args))
}

/// `next(g)` for native callers: `None` once exhausted.
pub(crate) fn next(vm: &mut Vm<'_>, g: ObjRef) -> PyResult<Option<Value>> {
    match resume_inner(vm, g, Mode::Send(Value::None))? {
        Resumed::Yield(v) => Ok(Some(v)),
        Resumed::Return(_) => Ok(None),
    }
}

/// One step of `yield from sub` with `sent`: what the delegate yielded or returned.
pub(crate) fn delegate(vm: &mut Vm<'_>, sub: Value, sent: Value) -> PyResult<Resumed> {
    if let Some(Object::Generator(_)) = vm.obj(sub) {
        if let Some(s) = sub.as_obj() {
            return resume_inner(vm, s, Mode::Send(sent));
        }
    }
    let r = if matches!(sent, Value::None) {
        match vm.obj(sub) {
            Some(Object::Instance(_)) => match vm.user_dunder(sub, crate::names::sym::__next__) {
                Some(f) => vm.call(f, &[sub]),
                None => {
                    let t = vm.type_name(sub);
                    return Err(vm.type_error(format!("'{t}' object is not an iterator")));
                }
            },
            _ => {
                return Ok(match crate::ops::iter::next(vm, sub)? {
                    Some(v) => Resumed::Yield(v),
                    None => Resumed::Return(Value::None),
                })
            }
        }
    } else {
        let send = vm.intern("send");
        let f = crate::ops::attr::get_attr(vm, sub, send)?;
        vm.call(f, &[sent])
    };
    match r {
        Ok(v) => Ok(Resumed::Yield(v)),
        Err(Throw::Exc(e)) if is_stop(vm, e) => Ok(Resumed::Return(stop_value(vm, e))),
        Err(e) => Err(e),
    }
}

/// Closes a delegate of `yield from`: a generator's `close`, or its `close` method.
fn close_any(vm: &mut Vm<'_>, sub: Value) -> PyResult<()> {
    if let (Some(Object::Generator(_)), Some(s)) = (vm.obj(sub), sub.as_obj()) {
        return close(vm, s);
    }
    let name = vm.intern("close");
    if let Some(f) = crate::ops::attr::try_get_attr(vm, sub, name)? {
        vm.call(f, &[])?;
    }
    Ok(())
}

/// `g.close()`: raise `GeneratorExit` at the `yield`; the generator must not yield again.
pub(crate) fn close(vm: &mut Vm<'_>, g: ObjRef) -> PyResult<()> {
    match state(vm, g) {
        GenState::Created | GenState::Done => {
            finished(vm, g);
            Ok(())
        }
        GenState::Running => Err(already_executing(vm)),
        GenState::Suspended => {
            let c = vm.st.types.generator_exit;
            let exc = vm.new_exception(c, None);
            match resume_inner(vm, g, Mode::Throw(exc)) {
                Ok(Resumed::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
                Ok(Resumed::Return(_)) => Ok(()),
                Err(Throw::Exc(e))
                    if vm.isinstance(Value::Obj(e), c)
                        || vm.isinstance(Value::Obj(e), vm.st.types.stop_iteration) =>
                {
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// Methods of `generator`.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("send", gen_send),
    NativeDef::new("throw", gen_throw),
    NativeDef::new("close", gen_close),
    NativeDef::new("__next__", gen_next),
    NativeDef::new("__iter__", gen_iter),
];

fn self_gen(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.pos.first().copied() {
        Some(v @ Value::Obj(r)) if matches!(vm.obj(v), Some(Object::Generator(_))) => Ok(r),
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'generator' objects doesn't apply to a '{t}' object"
            )))
        }
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'generator' object needs an argument"
        ))),
    }
}

fn finish_step(vm: &mut Vm<'_>, r: Resumed) -> PyResult<Value> {
    match r {
        Resumed::Yield(v) => Ok(v),
        Resumed::Return(v) => Err(stop_iteration(vm, v)),
    }
}

/// `g.send(value)`
fn gen_send(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args, "send")?;
    args.check(vm, "send", 2, 2)?;
    let r = resume_inner(vm, g, Mode::Send(args.pos[1]))?;
    finish_step(vm, r)
}

/// `g.__next__()` (and `next(g)`, which keeps the return value in `StopIteration`).
pub(crate) fn gen_next(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args, "__next__")?;
    let r = resume_inner(vm, g, Mode::Send(Value::None))?;
    finish_step(vm, r)
}

fn gen_iter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    self_gen(vm, &args, "__iter__")?;
    Ok(args.pos[0])
}

/// `g.throw(exc)`, `g.throw(type[, value])`
fn gen_throw(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args, "throw")?;
    args.check(vm, "throw", 2, 4)?;
    let (typ, val) = (args.pos[1], args.get(2));
    let base = vm.st.types.base_exception;
    let exc = match (typ.as_obj(), val) {
        (Some(c), Some(v)) if vm.class(c).is_some() && !matches!(v, Value::None) => {
            if vm.isinstance(v, c) {
                v
            } else {
                vm.call(typ, &[v])?
            }
        }
        _ => typ,
    };
    let is_exc_class = exc
        .as_obj()
        .is_some_and(|c| vm.class(c).is_some() && vm.is_subclass(c, base));
    if !is_exc_class && !vm.isinstance(exc, base) {
        return Err(vm.type_error(
            "exceptions must be classes or instances deriving from BaseException, not ".to_string()
                + &vm.type_name(exc),
        ));
    }
    let exc = crate::eval::make_exception(vm, exc)?;
    let r = resume_inner(vm, g, Mode::Throw(exc))?;
    finish_step(vm, r)
}

/// `g.close()`
fn gen_close(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let g = self_gen(vm, &args, "close")?;
    close(vm, g)?;
    Ok(Value::None)
}

/// `gi_running`, `gi_suspended`, `gi_code`, `gi_frame`, `__name__`, `__qualname__` of a
/// generator. `gi_frame` is None once the generator finished, else a `frame` carrying
/// `f_code`, `f_lineno` (where it will resume) and `f_back` (None), as for tracebacks.
pub(crate) fn attr(vm: &mut Vm<'_>, g: ObjRef, name: &str) -> Option<Value> {
    let Object::Generator(gen) = vm.st.heap.get(g) else {
        return None;
    };
    match name {
        "gi_running" => Some(Value::Bool(gen.state == GenState::Running)),
        "gi_suspended" => Some(Value::Bool(gen.state == GenState::Suspended)),
        "gi_code" | "gi_frame" => {
            let (state, pc) = (gen.state, gen.pc);
            let code = vm.st.codes.get(gen.code_id as usize)?.code.clone();
            let f_code = crate::builtins::instdict::code_object(vm, &code);
            if name == "gi_code" {
                return Some(f_code);
            }
            if state == GenState::Done {
                return Some(Value::None);
            }
            let line = Value::Int(i64::from(if pc == 0 {
                code.first_line
            } else {
                code.line_of(pc as usize)
            }));
            let attrs = vec![
                (vm.intern("f_code"), f_code),
                (vm.intern("f_lineno"), line),
                (vm.intern("f_back"), Value::None),
            ];
            let class = vm.st.types.frame;
            Some(
                vm.alloc(Object::Instance(Box::new(crate::object::InstanceObj {
                    class,
                    attrs,
                    payload: crate::object::Payload::None,
                }))),
            )
        }
        "__name__" => {
            let n = gen.name.clone();
            Some(vm.new_str(&n))
        }
        "__qualname__" => {
            let n = gen.qualname.clone();
            Some(vm.new_str(&n))
        }
        _ => None,
    }
}
