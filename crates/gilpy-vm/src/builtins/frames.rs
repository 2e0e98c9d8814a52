//! `sys._getframe(depth=0)`: the live call stack as `frame` objects, for
//! `traceback.extract_stack`, `inspect.currentframe`/`stack` and logging-style callers.
//!
//! gilpy's frames live in the thread's frame stack, not on the heap, so a `frame` here is
//! made at the call: `f_code`, `f_lasti`, `f_back` (the caller's, up to the thread's
//! first frame). `f_lineno` and `f_locals` (a new dict of the function's variables; a
//! module frame's is its `f_globals`) are read live while the activation runs on the
//! reading thread, and from a snapshot taken at the call once it has returned.
//! `f_globals` is the module's `globals()` dict, made only when read (the dict costs
//! every later store to a global a write-through).

use crate::builtins::{Args, NativeDef};
use crate::object::{InstanceObj, Object, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

/// Hidden attributes a snapshot carries for its properties.
const PREFIX_ATTR: &str = " frame-prefix";
const LOCALS_ATTR: &str = " frame-locals";
const LINE_ATTR: &str = " frame-line";
const ACTIVATION_ATTR: &str = " frame-activation";

/// Adds `f_globals` and `f_locals` to the `frame` class.
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let frame = vm.st.types.frame;
    let property = vm.st.types.property;
    for def in [
        NativeDef::new("f_globals", f_globals),
        NativeDef::new("f_locals", f_locals),
        NativeDef::new("f_lineno", f_lineno),
    ] {
        let getter = vm.new_native(def.name, def.f, Some(frame));
        let attrs = vec![
            (vm.intern("fget"), getter),
            (vm.intern("fset"), Value::None),
            (vm.intern("fdel"), Value::None),
            (crate::names::sym::__doc__, Value::None),
        ];
        let p = vm.alloc(Object::Instance(Box::new(InstanceObj {
            class: property,
            attrs,
            payload: Payload::None,
        })));
        vm.class_set(frame, def.name, p);
    }
}

/// `sys._getframe(depth=0)`: the caller's frame, or the one `depth` calls above it.
pub fn getframe(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "_getframe", 0, 1)?;
    let depth = match args.pos.first() {
        None => 0,
        Some(Value::Int(i)) if *i >= 0 => *i as usize,
        Some(Value::Int(_)) => 0,
        Some(_) => return Err(vm.type_error("'_getframe' argument must be an int")),
    };
    let n = vm.th.frames.len();
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let mark = vm.push_root(Value::None);
    let mut back = Value::None;
    // Outermost first, so each snapshot links to the one below it.
    for i in 0..n - depth {
        back = snapshot(vm, i, back)?;
        vm.push_root(back);
    }
    vm.pop_roots(mark);
    Ok(back)
}

/// The snapshot of thread frame `i`, whose caller's snapshot is `back`.
fn snapshot(vm: &mut Vm<'_>, i: usize, back: Value) -> PyResult<Value> {
    let f = &vm.th.frames[i];
    let (code_id, pc) = (f.code_id, f.pc);
    // Thread and activation in one int: the live frame's key.
    let key = ((vm.th.id as i64) << 40) ^ f.activation as i64;
    let Some(data) = vm.st.codes.get(code_id as usize).cloned() else {
        return Ok(back);
    };
    let code = &data.code;
    let line = code.line_of(pc.saturating_sub(1) as usize);
    let f_code = crate::builtins::instdict::code_object(vm, code);
    let mark = vm.push_root(f_code);
    let locals = if code.kind == gilpy_compiler::bytecode::CodeKind::Module {
        Value::None
    } else {
        let items = crate::builtins::evalexec::frame_locals_at(vm, i);
        let d = vm.new_dict();
        vm.push_root(d);
        if let Some(r) = d.as_obj() {
            for (k, v) in items {
                let k = vm.new_str(&k);
                crate::ops::dictops::dict_set(vm, r, k, v)?;
            }
        }
        d
    };
    let prefix = match &data.globals_prefix {
        Some(p) => vm.new_str(p),
        None => Value::None,
    };
    let attrs = vec![
        (vm.intern("f_code"), f_code),
        (vm.intern(LINE_ATTR), Value::Int(i64::from(line))),
        (vm.intern(ACTIVATION_ATTR), Value::Int(key)),
        (
            vm.intern("f_lasti"),
            Value::Int(i64::from(pc.saturating_sub(1)) * 2),
        ),
        (vm.intern("f_back"), back),
        (vm.intern("f_trace"), Value::None),
        (vm.intern(PREFIX_ATTR), prefix),
        (vm.intern(LOCALS_ATTR), locals),
    ];
    let class = vm.st.types.frame;
    let frame = vm.alloc(Object::Instance(Box::new(InstanceObj {
        class,
        attrs,
        payload: Payload::None,
    })));
    vm.pop_roots(mark);
    Ok(frame)
}

/// A snapshot's hidden attribute `name` (`None` for a traceback's frame).
fn hidden(vm: &mut Vm<'_>, frame: Value, name: &str) -> Option<Value> {
    let n = vm.intern(name);
    match vm.obj(frame) {
        Some(Object::Instance(i)) => i.get_attr(n),
        _ => None,
    }
}

/// The index in the running thread's frame stack of the activation `frame` was made
/// from, while it runs.
fn live_index(vm: &mut Vm<'_>, frame: Value) -> Option<usize> {
    let Some(Value::Int(key)) = hidden(vm, frame, ACTIVATION_ATTR) else {
        return None;
    };
    let thread = (vm.th.id as i64) << 40;
    vm.th
        .frames
        .iter()
        .rposition(|f| (thread ^ f.activation as i64) == key)
}

/// `frame.f_lineno`
fn f_lineno(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "f_lineno", 1, 1)?;
    if let Some(i) = live_index(vm, args.pos[0]) {
        let f = &vm.th.frames[i];
        if let Some(data) = vm.st.codes.get(f.code_id as usize) {
            let line = data.code.line_of(f.pc.saturating_sub(1) as usize);
            return Ok(Value::Int(i64::from(line)));
        }
    }
    Ok(hidden(vm, args.pos[0], LINE_ATTR).unwrap_or(Value::None))
}

/// `frame.f_globals`
fn f_globals(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "f_globals", 1, 1)?;
    let prefix =
        hidden(vm, args.pos[0], PREFIX_ATTR).and_then(|p| vm.as_str(p).map(str::to_string));
    crate::builtins::evalexec::module_globals(vm, prefix.as_deref())
}

/// `frame.f_locals`
fn f_locals(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "f_locals", 1, 1)?;
    let is_function = hidden(vm, args.pos[0], LOCALS_ATTR).is_some_and(|d| !d.is(Value::None));
    if let (true, Some(i)) = (is_function, live_index(vm, args.pos[0])) {
        let items = crate::builtins::evalexec::frame_locals_at(vm, i);
        let d = vm.new_dict();
        let mark = vm.push_root(d);
        if let Some(r) = d.as_obj() {
            for (k, v) in items {
                let k = vm.new_str(&k);
                crate::ops::dictops::dict_set(vm, r, k, v)?;
            }
        }
        vm.pop_roots(mark);
        return Ok(d);
    }
    match hidden(vm, args.pos[0], LOCALS_ATTR) {
        Some(d) if !d.is(Value::None) => Ok(d),
        _ => f_globals(vm, args),
    }
}
