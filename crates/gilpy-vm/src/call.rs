//! Calling: binding arguments to parameters (CPython's messages), pushing Python frames
//! without Rust recursion, calling natives, instantiating classes, and re-entering the
//! eval loop when native code calls back into Python.

pub(crate) use crate::bind::push_function_frame;
use crate::builtins::Args;
use crate::frame::{Frame, FrameKind};
use crate::names::{sym, NameId};
use crate::object::{NativeNew, Object};
use crate::objects::code::CodeData;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};

/// Deepest nesting of native → Python re-entries (and recursive native helpers such as
/// `repr` of nested lists), whatever the recursion limit: each level costs Rust stack.
pub const MAX_NATIVE_DEPTH: usize = 6000;

/// What a call did.
pub(crate) enum Called {
    /// The result is on the stack.
    Done,
    /// A Python frame was pushed; the eval loop continues in it.
    Frame,
}

impl<'a> Vm<'a> {
    /// Calls any callable with positional arguments.
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        call_value(self, f, args, &[])
    }

    /// Calls any callable with positional and keyword arguments.
    pub fn call_kw(&mut self, f: Value, args: &[Value], kw: &[(NameId, Value)]) -> PyResult<Value> {
        call_value(self, f, args, kw)
    }

    /// Enters a level of native recursion (a callback into Python, or a recursive helper
    /// like `repr` of a nested list). Raises `RecursionError` past the limits.
    pub fn enter_native(&mut self) -> PyResult<()> {
        if self.th.depth >= self.st.config.recursion_limit || self.th.reentry >= MAX_NATIVE_DEPTH {
            return Err(self.recursion_error());
        }
        self.th.depth += 1;
        self.th.reentry += 1;
        Ok(())
    }

    /// Leaves a level entered with [`Vm::enter_native`].
    pub fn leave_native(&mut self) {
        self.th.depth = self.th.depth.saturating_sub(1);
        self.th.reentry = self.th.reentry.saturating_sub(1);
    }

    /// `RecursionError: maximum recursion depth exceeded`
    pub fn recursion_error(&mut self) -> Throw {
        let c = self.st.types.recursion_error;
        self.error(c, "maximum recursion depth exceeded")
    }
}

/// Calls `f(*args)` as the outermost code of a thread (a thread's `target` or `run`):
/// unlike [`Vm::call`] this is not a nested native call, so the collector may run while
/// it executes. Use it only where the caller holds no unrooted values.
pub fn call_toplevel(
    vm: &mut Vm<'_>,
    f: Value,
    args: &[Value],
    kw: &[(NameId, Value)],
) -> PyResult<Value> {
    let func = match vm.obj(f) {
        Some(Object::BoundMethod { func, self_ }) => {
            let (func, self_) = (*func, *self_);
            let mut full = vec![self_];
            full.extend_from_slice(args);
            return call_toplevel(vm, func, &full, kw);
        }
        Some(Object::Function(_)) => f.as_obj(),
        _ => None,
    };
    let Some(fr) = func else {
        return call_value(vm, f, args, kw);
    };
    let slot = vm.th.stack.len();
    vm.th.stack.push(f);
    vm.th.stack.extend_from_slice(args);
    let frames = vm.th.frames.len();
    match push_function_frame(vm, fr, slot + 1, args.len(), kw, slot, FrameKind::Entry) {
        Ok(()) => run_entry(vm, frames),
        Err(e) => {
            vm.th.stack.truncate(slot);
            Err(e)
        }
    }
}

/// Calls `f(*args)` from VM code that keeps every value it needs on the value stack
/// (the `with` statement's `__enter__`): unlike [`Vm::call`] this does not count as a
/// native re-entry, so the collector may run while it executes — and while it blocks,
/// as `with lock:` does when the lock is taken (a thread waiting to enter a `with`
/// block must not stop collection for every other thread). `f` and `args` must be
/// reachable from the caller's stack.
pub fn call_rooted(vm: &mut Vm<'_>, f: Value, args: &[Value]) -> PyResult<Value> {
    match vm.obj(f) {
        Some(Object::BoundMethod { func, self_ }) => {
            let (func, self_) = (*func, *self_);
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(self_);
            full.extend_from_slice(args);
            call_rooted(vm, func, &full)
        }
        Some(Object::Native(n)) => {
            let nf = n.f;
            if vm.th.depth >= vm.st.config.recursion_limit {
                return Err(vm.recursion_error());
            }
            vm.th.depth += 1;
            let res = nf(vm, Args { pos: args, kw: &[] });
            vm.th.depth = vm.th.depth.saturating_sub(1);
            res
        }
        Some(Object::Function(_)) => call_toplevel(vm, f, args, &[]),
        _ => call_value(vm, f, args, &[]),
    }
}

/// Calls `f(*args, **kw)` from native code.
pub fn call_value(
    vm: &mut Vm<'_>,
    f: Value,
    args: &[Value],
    kw: &[(NameId, Value)],
) -> PyResult<Value> {
    let Value::Obj(r) = f else {
        return Err(not_callable(vm, f));
    };
    match vm.st.heap.get(r) {
        Object::Native(n) => {
            let nf = n.f;
            if crate::builtins::subclass::unwraps_self(vm, n.owner) {
                if let Some(b) = args
                    .first()
                    .and_then(|a| crate::builtins::subclass::self_for(vm, n, *a))
                {
                    let mut full = args.to_vec();
                    full[0] = b;
                    vm.enter_native()?;
                    let res = nf(vm, Args { pos: &full, kw });
                    vm.leave_native();
                    return res;
                }
            }
            vm.enter_native()?;
            let res = nf(vm, Args { pos: args, kw });
            vm.leave_native();
            res
        }
        Object::Closure(c) => {
            let f = c.f.clone();
            vm.enter_native()?;
            let res = f(vm, Args { pos: args, kw });
            vm.leave_native();
            res
        }
        Object::Function(func) => {
            // Exactly the positional parameters of a plain function (key functions,
            // `__hash__`, `__call__`): the locals are laid out here, no binding.
            let code = &func.code;
            let simple =
                (code.simple && kw.is_empty() && args.len() == code.code.argcount as usize)
                    .then_some((code.id, code.nlocals));
            vm.enter_native()?;
            let slot = vm.th.stack.len();
            vm.th.stack.push(f);
            vm.th.stack.extend_from_slice(args);
            if let Some((id, nlocals)) =
                simple.filter(|_| vm.th.depth < vm.st.config.recursion_limit)
            {
                for _ in args.len()..nlocals {
                    vm.th.stack.push(Value::Undef);
                }
                push_frame(vm, id, slot + 1, slot, FrameKind::Entry);
                let res = crate::eval::run(vm);
                vm.leave_native();
                return res;
            }
            let frames = vm.th.frames.len();
            let res = match push_function_frame(
                vm,
                r,
                slot + 1,
                args.len(),
                kw,
                slot,
                FrameKind::Entry,
            ) {
                Ok(()) => run_entry(vm, frames),
                Err(e) => {
                    vm.th.stack.truncate(slot);
                    Err(e)
                }
            };
            vm.leave_native();
            res
        }
        Object::BoundMethod { func, self_ } => {
            let (func, self_) = (*func, *self_);
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(self_);
            full.extend_from_slice(args);
            call_value(vm, func, &full, kw)
        }
        Object::Class(_) => call_class(vm, r, args, kw),
        Object::Instance(_) => match vm.user_dunder(f, sym::__call__) {
            Some(c) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(f);
                full.extend_from_slice(args);
                call_value(vm, c, &full, kw)
            }
            None => Err(not_callable(vm, f)),
        },
        _ => Err(not_callable(vm, f)),
    }
}

fn not_callable(vm: &mut Vm<'_>, f: Value) -> Throw {
    let t = vm.type_name(f);
    vm.type_error(format!("'{t}' object is not callable"))
}

/// The Rust constructor a class inherits.
fn find_new(vm: &Vm<'_>, cls: ObjRef) -> Option<NativeNew> {
    let c = vm.class(cls)?;
    if let Some(n) = c.new {
        return Some(n);
    }
    c.mro.iter().find_map(|k| vm.class(*k).and_then(|c| c.new))
}

/// `cls(*args, **kw)` from native code.
pub fn call_class(
    vm: &mut Vm<'_>,
    cls: ObjRef,
    args: &[Value],
    kw: &[(NameId, Value)],
) -> PyResult<Value> {
    if crate::ops::attr::class_flags(vm, cls) & crate::object::attr_flags::META != 0 {
        if let Some(f) = crate::builtins::meta::meta_call(vm, cls) {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Obj(cls));
            full.extend_from_slice(args);
            return call_value(vm, f, &full, kw);
        }
    }
    construct(vm, cls, args, kw)
}

/// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`.
pub fn construct(
    vm: &mut Vm<'_>,
    cls: ObjRef,
    args: &[Value],
    kw: &[(NameId, Value)],
) -> PyResult<Value> {
    let user_new = vm
        .class(cls)
        .is_some_and(|c| c.attr_flags & crate::object::attr_flags::NEW != 0);
    let obj = if user_new {
        // A `__new__` written in Python: `cls.__new__(cls, *args, **kw)`.
        let f = match vm.class_lookup(cls, sym::__new__) {
            Some(f) => crate::builtins::descr::bind(vm, f, None, cls)?,
            None => Value::None,
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(Value::Obj(cls));
        full.extend_from_slice(args);
        call_value(vm, f, &full, kw)?
    } else {
        native_new(vm, cls, args, kw)?
    };
    if !vm.isinstance(obj, cls) || vm.class(cls).is_some_and(|c| c.builtin && !c.is_exception) {
        return Ok(obj);
    }
    let init = vm.class_lookup(cls, sym::__init__);
    match init {
        // `object.__new__` already stored the arguments as `args`: running
        // `BaseException.__init__` would only store an equal tuple again.
        Some(init)
            if !user_new
                && kw.is_empty()
                && crate::builtins::exceptions::is_base_init(vm, init) => {}
        Some(init) if !init.is(vm.st.object_init) => {
            let mark = vm.push_root(obj);
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj);
            full.extend_from_slice(args);
            let r = call_value(vm, init, &full, kw);
            vm.pop_roots(mark);
            check_init_result(vm, r?)?;
        }
        _ => {
            if (!args.is_empty() || !kw.is_empty())
                && !user_new
                && !vm.is_subclass(cls, vm.st.types.type_)
                && !vm.class(cls).is_some_and(|c| c.is_exception)
                && crate::builtins::subclass::value_base(vm, cls).is_none()
            {
                let n = vm.class_name(cls);
                return Err(vm.type_error(format!("{n}() takes no arguments")));
            }
        }
    }
    Ok(obj)
}

/// A fresh instance of `cls` from the Rust constructor it inherits (`object.__new__`).
pub fn native_new(
    vm: &mut Vm<'_>,
    cls: ObjRef,
    args: &[Value],
    kw: &[(NameId, Value)],
) -> PyResult<Value> {
    if let Some(base) = crate::builtins::subclass::value_base(vm, cls) {
        return crate::builtins::subclass::new_instance(vm, cls, base, args, kw);
    }
    let Some(new) = find_new(vm, cls) else {
        let n = vm.class_name(cls);
        return Err(vm.type_error(format!("cannot create '{n}' instances")));
    };
    new(vm, cls, Args { pos: args, kw })
}

fn check_init_result(vm: &mut Vm<'_>, r: Value) -> PyResult<()> {
    if matches!(r, Value::None) {
        return Ok(());
    }
    let t = vm.type_name(r);
    Err(vm.type_error(format!("__init__() should return None, not '{t}'")))
}

/// Checks the result of an `__init__` run as a frame (see [`FrameKind::Init`]).
pub(crate) fn init_returned(vm: &mut Vm<'_>, r: Value) -> PyResult<()> {
    check_init_result(vm, r)
}

/// `CallKw`: `stack[slot]` is the callee, then `n` arguments of which the last
/// `len(names)` are keywords; `names` is a keyword-name tuple constant of `code`, whose
/// interned names the code object keeps (no interning or allocation per call). The
/// keyword values stay on the stack, rooted, until the call is done.
pub(crate) fn call_kw_at(
    vm: &mut Vm<'_>,
    code: &CodeData,
    names: Value,
    slot: usize,
) -> PyResult<Called> {
    let ids: std::borrow::Cow<'_, [NameId]> = match code.kw_names(names) {
        Some(ids) => ids.into(),
        // Not one of this code's constants (cannot happen with compiled code).
        None => kw_names_slow(vm, names).into(),
    };
    let len = vm.th.stack.len();
    let nkw = ids.len().min(len - slot - 1);
    let kw_at = len - nkw;
    if nkw <= KW_BUF {
        let mut buf = [(NameId(0), Value::None); KW_BUF];
        for (k, (b, id)) in buf.iter_mut().zip(ids.iter()).enumerate().take(nkw) {
            *b = (*id, vm.th.stack[kw_at + k]);
        }
        call_at(vm, slot, &buf[..nkw])
    } else {
        let kw: Vec<(NameId, Value)> = ids
            .iter()
            .zip(&vm.th.stack[kw_at..])
            .map(|(id, v)| (*id, *v))
            .collect();
        call_at(vm, slot, &kw)
    }
}

/// `CallEx`: `stack[slot]` is the callee, `args` the positional tuple (or any iterable)
/// and `kwargs` the keyword dict the compiler built, or (`raw`) the operand of a lone
/// `**m`, not yet checked; the caller keeps both rooted. A tuple's items and the dict's
/// values go straight onto the stack (no copies into vectors); keys that are already
/// interned names (any parameter name) need no copy. `Err(e)` is an error from
/// iterating `args` (the caller words it as CPython does).
#[inline(never)]
pub(crate) fn call_ex_at(
    vm: &mut Vm<'_>,
    slot: usize,
    args: Value,
    kwargs: Option<Value>,
    raw: bool,
) -> Result<PyResult<Called>, Throw> {
    let mut buf = [(NameId(0), Value::None); KW_BUF];
    let mut heap_kw: Vec<(NameId, Value)> = Vec::new();
    let mut nkw = 0;
    let kwargs = match kwargs {
        // Anything but an exact dict is merged into a new one first (its values are on
        // the stack, rooted, before the dict can be dropped).
        Some(m) if raw && !matches!(vm.obj(m), Some(Object::Dict(_))) => {
            let d = vm.new_dict();
            vm.th.roots.push(d);
            let callee = vm.th.stack[slot];
            if let Some(dr) = d.as_obj() {
                if let Err(e) = crate::call_star::merge_kwargs(vm, dr, m, callee) {
                    return Ok(Err(e));
                }
            }
            Some(d)
        }
        k => k,
    };
    if let Some(d) = kwargs.and_then(|d| d.as_obj()) {
        let n = match vm.st.heap.get(d) {
            Object::Dict(t) => t.capacity_used(),
            _ => 0,
        };
        for i in 0..n {
            let Some((k, v)) = (match vm.st.heap.get(d) {
                Object::Dict(t) => t.entry(i).map(|e| (e.key, e.value)),
                _ => None,
            }) else {
                continue;
            };
            // A key made by `**kwargs` binding is a name's own str object: no hashing.
            let known = k
                .as_obj()
                .and_then(|r| vm.st.name_str_ids.get(&r.0).copied());
            let id = match known
                .map(Some)
                .or_else(|| vm.as_str(k).map(|t| vm.st.names.lookup(t)))
            {
                Some(Some(id)) => id,
                Some(None) => {
                    let text = vm.as_str(k).unwrap_or("").to_string();
                    vm.intern(&text)
                }
                None => return Ok(Err(vm.type_error("keywords must be strings"))),
            };
            if nkw < KW_BUF && heap_kw.is_empty() {
                buf[nkw] = (id, v);
            } else {
                if heap_kw.is_empty() {
                    heap_kw.extend_from_slice(&buf[..nkw]);
                }
                heap_kw.push((id, v));
            }
            nkw += 1;
        }
    }
    let spread = match args.as_obj().map(|r| vm.st.heap.get(r)) {
        Some(Object::Tuple(t)) => {
            vm.th.stack.extend_from_slice(t);
            true
        }
        _ => false,
    };
    if !spread {
        let items = crate::ops::iter::collect(vm, args)?;
        vm.th.stack.extend(items);
    }
    let kw: &[(NameId, Value)] = if heap_kw.is_empty() {
        &buf[..nkw]
    } else {
        &heap_kw
    };
    // `call_at` finds the keyword values above the positionals.
    vm.th.stack.extend(kw.iter().map(|(_, v)| *v));
    Ok(call_at(vm, slot, kw))
}

/// Keyword calls with more keywords than this build their name/value pairs on the heap.
const KW_BUF: usize = 8;

#[cold]
fn kw_names_slow(vm: &mut Vm<'_>, names: Value) -> Vec<NameId> {
    let items: Vec<Value> = match vm.obj(names) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    items
        .iter()
        .map(|v| {
            let text = vm.as_str(*v).unwrap_or("").to_string();
            vm.intern(&text)
        })
        .collect()
}

/// Calls what is at `stack[slot]` with the values above it: positional arguments, then
/// (when `kw` is not empty) the values of `kw` again, which keeps them rooted. Either
/// finishes (result pushed at `slot`) or pushes a Python frame.
///
/// Kept small: natives and builtin types (`len(s)`, `str(i)`, `parts.append(x)`) are
/// handled here; everything else in [`call_at_general`], out of line, so this function's
/// prologue stays cheap for the common builtin calls.
pub(crate) fn call_at(vm: &mut Vm<'_>, slot: usize, kw: &[(NameId, Value)]) -> PyResult<Called> {
    let callee = vm.th.stack[slot];
    let npos = vm.th.stack.len() - slot - 1 - kw.len();
    if let Value::Obj(r) = callee {
        match vm.st.heap.get(r) {
            Object::Native(n) => {
                let nf = n.f;
                // Only an instance (of a subclass of a value type) is ever unwrapped.
                if npos > 0
                    && crate::builtins::subclass::unwraps_self(vm, n.owner)
                    && matches!(vm.obj(vm.th.stack[slot + 1]), Some(Object::Instance(_)))
                {
                    unwrap_first_arg(vm, r, slot);
                }
                let res = call_native_at(vm, nf, slot, npos, kw);
                vm.th.stack.truncate(slot);
                vm.th.stack.push(res?);
                return Ok(Called::Done);
            }
            // Builtin types (`str(x)`, `int(s)`, `list(it)`): their constructor does
            // everything, called like a native without copying the arguments.
            Object::Class(c) if c.builtin && !c.is_exception && c.new.is_some() => {
                if let Some(new) = c.new {
                    let res = call_new_at(vm, new, r, slot, npos, kw);
                    vm.th.stack.truncate(slot);
                    vm.th.stack.push(res?);
                    return Ok(Called::Done);
                }
            }
            _ => {}
        }
    }
    call_at_general(vm, slot, npos, kw)
}

/// The eval loop's call of a native function (`len(x)`, `d.get(k, 0)`,
/// `heapq.heappush(h, x)`) with positional arguments only: the native at
/// `stack[callee]` gets the values above it, and `stack[slot..]` (the callee, and the
/// `NULL` below it for a module function from `LOAD_METHOD`) becomes the result. `None`,
/// with nothing done, for any other callee and for a builtin type's method that must
/// first unwrap a subclass instance's value (the general path does that).
#[inline(always)]
pub(crate) fn native_fast(vm: &mut Vm<'_>, slot: usize, callee: usize) -> Option<PyResult<()>> {
    let Value::Obj(r) = vm.th.stack[callee] else {
        return None;
    };
    let Object::Native(n) = vm.st.heap.get(r) else {
        return None;
    };
    let nf = n.f;
    if crate::builtins::subclass::unwraps_self(vm, n.owner) {
        return None;
    }
    let npos = vm.th.stack.len() - callee - 1;
    let res = with_stack_args(vm, callee, npos, |vm, pos| nf(vm, Args { pos, kw: &[] }));
    vm.th.stack.truncate(slot);
    Some(res.map(|v| vm.th.stack.push(v)))
}

/// A native method of a builtin value type called on an instance of a subclass of that
/// type: the builtin value it extends becomes `self`.
#[cold]
#[inline(never)]
fn unwrap_first_arg(vm: &mut Vm<'_>, native: ObjRef, slot: usize) {
    if let Object::Native(n) = vm.st.heap.get(native) {
        if let Some(b) = crate::builtins::subclass::self_for(vm, n, vm.th.stack[slot + 1]) {
            vm.th.stack[slot + 1] = b;
        }
    }
}

/// [`call_at`] for Python functions, bound methods, user classes and everything else.
#[inline(never)]
fn call_at_general(
    vm: &mut Vm<'_>,
    slot: usize,
    npos: usize,
    kw: &[(NameId, Value)],
) -> PyResult<Called> {
    let callee = vm.th.stack[slot];
    if let Value::Obj(r) = callee {
        match vm.st.heap.get(r) {
            Object::Function(_) => {
                push_function_frame(vm, r, slot + 1, npos, kw, slot, FrameKind::Normal)?;
                return Ok(Called::Frame);
            }
            Object::BoundMethod { func, self_ } => {
                let (func, self_) = (*func, *self_);
                if let Some(fr) = func
                    .as_obj()
                    .filter(|f| matches!(vm.st.heap.get(*f), Object::Function(_)))
                {
                    vm.th.stack[slot] = func;
                    vm.th.stack.insert(slot + 1, self_);
                    push_function_frame(vm, fr, slot + 1, npos + 1, kw, slot, FrameKind::Normal)?;
                    return Ok(Called::Frame);
                }
                if let Some(Object::Native(n)) = vm.obj(func) {
                    let nf = n.f;
                    let self_ = crate::builtins::subclass::self_for(vm, n, self_).unwrap_or(self_);
                    vm.th.stack.insert(slot + 1, self_);
                    let res = call_native_at(vm, nf, slot, npos + 1, kw);
                    vm.th.stack.truncate(slot);
                    vm.th.stack.push(res?);
                    return Ok(Called::Done);
                }
            }
            Object::Class(_) => {
                if let Some(c) = class_frame_call(vm, r, slot, npos, kw)? {
                    return Ok(c);
                }
            }
            _ => {}
        }
    }
    // Everything else goes through the general path.
    let args: Vec<Value> = vm.th.stack[slot + 1..slot + 1 + npos].to_vec();
    let res = call_value(vm, callee, &args, kw);
    vm.th.stack.truncate(slot);
    vm.th.stack.push(res?);
    Ok(Called::Done)
}

/// Calls a native with the `npos` arguments at `stack[slot + 1..]`.
#[inline]
fn call_native_at(
    vm: &mut Vm<'_>,
    nf: crate::builtins::NativeFn,
    slot: usize,
    npos: usize,
    kw: &[(NameId, Value)],
) -> PyResult<Value> {
    with_stack_args(vm, slot, npos, |vm, pos| nf(vm, Args { pos, kw }))
}

/// Like [`call_native_at`] for a builtin type's constructor.
#[inline]
fn call_new_at(
    vm: &mut Vm<'_>,
    new: NativeNew,
    cls: ObjRef,
    slot: usize,
    npos: usize,
    kw: &[(NameId, Value)],
) -> PyResult<Value> {
    with_stack_args(vm, slot, npos, |vm, pos| new(vm, cls, Args { pos, kw }))
}

/// Runs `f` with the `n` values at `stack[slot + 1..]`, copied to a small buffer so `f`
/// can borrow the VM mutably (the originals stay on the stack as roots).
#[inline(always)]
fn with_stack_args<'a, R>(
    vm: &mut Vm<'a>,
    slot: usize,
    n: usize,
    f: impl FnOnce(&mut Vm<'a>, &[Value]) -> R,
) -> R {
    // One and two arguments (`str(i)`, `len(s)`, `parts.append(x)`, `d.get(k, 0)`) are
    // copied without zeroing a buffer or calling memcpy.
    let s = &vm.th.stack;
    if n == 1 {
        let a = [s[slot + 1]];
        f(vm, &a)
    } else if n == 2 {
        let a = [s[slot + 1], s[slot + 2]];
        f(vm, &a)
    } else if n <= 6 {
        let mut buf = [Value::None; 6];
        buf[..n].copy_from_slice(&vm.th.stack[slot + 1..slot + 1 + n]);
        f(vm, &buf[..n])
    } else {
        let args = vm.th.stack[slot + 1..slot + 1 + n].to_vec();
        f(vm, &args)
    }
}

/// A class call from the eval loop: when `__init__` is a Python function it runs as a
/// frame (no Rust recursion); `None` means "use the general path".
fn class_frame_call(
    vm: &mut Vm<'_>,
    cls: ObjRef,
    slot: usize,
    npos: usize,
    kw: &[(NameId, Value)],
) -> PyResult<Option<Called>> {
    const SLOW: u8 = crate::object::attr_flags::NEW | crate::object::attr_flags::META;
    if vm.st.flags_seen & SLOW != 0 && vm.class(cls).is_some_and(|c| c.attr_flags & SLOW != 0) {
        return Ok(None);
    }
    let init = vm.class_lookup_cached(cls, sym::__init__);
    let Some(init_ref) = init
        .and_then(|i| i.as_obj())
        .filter(|i| matches!(vm.st.heap.get(*i), Object::Function(_)))
    else {
        return Ok(None);
    };
    // The class whose Rust constructor this one inherits (as `find_new`).
    let Some(c) = vm.class(cls) else {
        return Ok(None);
    };
    let Some(maker) = c
        .mro
        .iter()
        .copied()
        .find(|k| vm.class(*k).is_some_and(|k| k.new.is_some()))
    else {
        return Ok(None);
    };
    // Plain classes (constructed by `object`'s `new`, no exception state) need no
    // argument copy: allocate the instance directly.
    let plain = !c.is_exception && maker == vm.st.types.object;
    let obj = if plain {
        vm.alloc(Object::Instance(Box::new(crate::object::InstanceObj {
            class: cls,
            attrs: Vec::with_capacity(4),
            payload: crate::object::Payload::None,
        })))
    } else {
        let args: Vec<Value> = vm.th.stack[slot + 1..slot + 1 + npos].to_vec();
        native_new(vm, cls, &args, kw)?
    };
    let Some(obj_ref) = obj.as_obj() else {
        return Ok(None);
    };
    vm.th.stack[slot] = Value::Obj(init_ref);
    vm.th.stack.insert(slot + 1, obj);
    push_function_frame(
        vm,
        init_ref,
        slot + 1,
        npos + 1,
        kw,
        slot,
        FrameKind::Init(obj_ref),
    )?;
    Ok(Some(Called::Frame))
}

/// Runs the frame [`push_function_frame`] just pushed for native code, or takes the
/// generator it made instead (`frames` is the frame count before the push).
fn run_entry(vm: &mut Vm<'_>, frames: usize) -> PyResult<Value> {
    if vm.th.frames.len() == frames {
        return Ok(vm.th.stack.pop().unwrap_or(Value::None));
    }
    crate::eval::run(vm)
}

/// Pushes a frame whose locals (and cells) are already on the stack at `base`.
#[inline(always)]
pub(crate) fn push_frame(
    vm: &mut Vm<'_>,
    code_id: u32,
    base: usize,
    ret_sp: usize,
    kind: FrameKind,
) {
    let th = &mut vm.th;
    th.depth += 1;
    th.next_activation += 1;
    th.frames.push(Frame {
        code_id,
        pc: 0,
        base: base as u32,
        ret_sp: ret_sp as u32,
        block_base: th.blocks.len() as u32,
        handled_base: th.handled.len() as u32,
        activation: th.next_activation,
        kind,
    });
}

/// An operator's method that `BINARY_OP`/`COMPARE_OP` can run as a frame of the running
/// loop (`FrameKind::BinOp`/`Compare`) instead of re-entering it from native code:
/// `a` is a plain instance (no builtin value inside, so no builtin path applies) whose
/// class defines `name` as a Python function of exactly two positional parameters, and
/// `b` is not an instance of a proper subclass (whose reflected method could go first;
/// the general path decides those). Returns the code id and its number of locals.
#[inline]
pub(crate) fn operator_method(
    vm: &mut Vm<'_>,
    a: Value,
    b: Value,
    name: NameId,
) -> Option<(u32, usize)> {
    let Value::Obj(ra) = a else {
        return None;
    };
    let Object::Instance(i) = vm.st.heap.get(ra) else {
        return None;
    };
    if !matches!(i.payload, crate::object::Payload::None) {
        return None;
    }
    let cls = i.class;
    if let Some(Object::Instance(j)) = vm.obj(b) {
        if j.class != cls && vm.is_subclass(j.class, cls) {
            return None;
        }
    }
    let f = vm.class_lookup_cached(cls, name)?.as_obj()?;
    let Object::Function(f) = vm.st.heap.get(f) else {
        return None;
    };
    let code = &f.code;
    (code.simple && code.code.argcount == 2 && vm.th.depth < vm.st.config.recursion_limit)
        .then_some((code.id, code.nlocals))
}

/// Pushes the frame of an [`operator_method`] over the operands `a b` on top of the
/// stack: its locals are copies of them, so the operands stay below for the rest of
/// the protocol when it returns `NotImplemented` (`eval_ops::return_value`).
#[inline(always)]
pub(crate) fn push_operator_frame(
    vm: &mut Vm<'_>,
    (code_id, nlocals): (u32, usize),
    a: Value,
    b: Value,
    kind: FrameKind,
) {
    let stack = &mut vm.th.stack;
    let base = stack.len();
    stack.extend_from_slice(&[a, b]);
    stack.resize(base + nlocals.max(2), Value::Undef);
    push_frame(vm, code_id, base, base, kind);
}

/// Calls an [`operator_method`] from native code (`sorted` comparing with `__lt__`,
/// `min`/`max`, dict lookups calling `__eq__`): the frame is laid out directly, without
/// the general binding of [`call_value`].
pub(crate) fn call_operator_method(
    vm: &mut Vm<'_>,
    m: (u32, usize),
    a: Value,
    b: Value,
) -> PyResult<Value> {
    vm.enter_native()?;
    push_operator_frame(vm, m, a, b, FrameKind::Entry);
    let res = crate::eval::run(vm);
    vm.leave_native();
    res
}
