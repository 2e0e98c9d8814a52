//! The rest of the exception hierarchy: `OSError` with `errno`/`strerror`/`filename` and
//! its errno subclasses (`OSError(2, "x")` is a `FileNotFoundError`, as in CPython), the
//! `Warning` classes and a few rarer ones.

use crate::builtins::{Args, NativeDef};
use crate::object::Object;
use crate::ops::convert;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Methods of `OSError`.
pub const OS_ERROR_METHODS: &[NativeDef] = &[
    NativeDef::new("__init__", os_error_init),
    NativeDef::new("__str__", os_error_str),
];

/// Is `f` `BaseException.__init__` itself (what every exception class without an
/// `__init__` of its own inherits)?
pub(crate) fn is_base_init(vm: &Vm<'_>, f: Value) -> bool {
    let Some(r) = f.as_obj() else { return false };
    vm.class(vm.st.types.base_exception)
        .and_then(|c| c.dict.get(&crate::names::sym::__init__))
        .is_some_and(|v| v.as_obj() == Some(r))
}

/// Classes that need no Rust-side handle: bound in builtins only.
pub(crate) fn bootstrap_extra(vm: &mut Vm<'_>, exception: ObjRef, arith: ObjRef) {
    let add = |vm: &mut Vm<'_>, name: &str, parent: ObjRef| {
        let c = vm.new_class(name, Some(parent), None, true);
        vm.set_builtin(name, Value::Obj(c));
        c
    };
    let warning = add(vm, "Warning", exception);
    for w in [
        "UserWarning",
        "DeprecationWarning",
        "PendingDeprecationWarning",
        "SyntaxWarning",
        "RuntimeWarning",
        "FutureWarning",
        "ImportWarning",
        "UnicodeWarning",
        "BytesWarning",
        "ResourceWarning",
        "EncodingWarning",
    ] {
        add(vm, w, warning);
    }
    add(vm, "BufferError", exception);
    let syntax = add(vm, "SyntaxError", exception);
    let indentation = add(vm, "IndentationError", syntax);
    add(vm, "TabError", indentation);
    add(vm, "ReferenceError", exception);
    add(vm, "SystemError", exception);
    add(vm, "FloatingPointError", arith);
    let os = Value::Obj(vm.st.types.os_error);
    vm.set_builtin("EnvironmentError", os);
    vm.set_builtin("IOError", os);
}

/// The `OSError` subclass CPython picks for an errno (Linux numbering).
fn subclass_for(vm: &Vm<'_>, errno: i64) -> Option<ObjRef> {
    let t = &vm.st.types;
    Some(match errno {
        11 | 114 | 115 => t.blocking_io_error,
        10 => t.child_process_error,
        32 | 108 => t.broken_pipe_error,
        103 => t.connection_aborted_error,
        111 => t.connection_refused_error,
        104 => t.connection_reset_error,
        17 => t.file_exists_error,
        2 => t.file_not_found_error,
        4 => t.interrupted_error,
        21 => t.is_a_directory_error,
        20 => t.not_a_directory_error,
        1 | 13 => t.permission_error,
        3 => t.process_lookup_error,
        110 => t.timeout_error,
        _ => return None,
    })
}

/// `OSError.__new__`: `OSError(errno, strerror[, filename])` becomes the errno's subclass.
pub fn os_error_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    let mut cls = cls;
    if cls == vm.st.types.os_error && (2..=5).contains(&args.pos.len()) {
        if let Value::Int(e) = args.pos[0] {
            if let Some(sub) = subclass_for(vm, e) {
                cls = sub;
            }
        }
    }
    let v = crate::builtins::types::object_new(
        vm,
        cls,
        Args {
            pos: args.pos,
            kw: args.kw,
        },
    )?;
    if let Some(r) = v.as_obj() {
        fill(vm, r, args.pos);
    }
    Ok(v)
}

/// Sets `errno`, `strerror`, `filename`, `filename2` and `args` from the arguments.
fn fill(vm: &mut Vm<'_>, r: ObjRef, pos: &[Value]) {
    let n = pos.len();
    let get = |i: usize| {
        if (2..=5).contains(&n) {
            pos.get(i).copied().unwrap_or(Value::None)
        } else {
            Value::None
        }
    };
    let vals = [
        get(0),
        get(1),
        get(2),
        if n >= 5 { get(4) } else { Value::None },
    ];
    let names = ["errno", "strerror", "filename", "filename2"].map(|s| vm.intern(s));
    // With a filename, `args` keeps only (errno, strerror).
    let args = if (3..=5).contains(&n) {
        Some(vm.new_tuple(pos[..2].to_vec()))
    } else {
        None
    };
    if let Object::Instance(i) = vm.st.heap.get_mut(r) {
        for (name, v) in names.into_iter().zip(vals) {
            i.set_attr(name, v);
        }
    }
    if let (Some(a), Some(d)) = (args, vm.exc_data_mut(r)) {
        d.args = a;
    }
}

/// `OSError.__init__(self, *args)`
fn os_error_init(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(this) = args.get(0).and_then(|v| v.as_obj()) else {
        return Err(vm.type_error("descriptor '__init__' of 'OSError' object needs an argument"));
    };
    let t = vm.new_tuple(args.pos[1..].to_vec());
    if let Some(d) = vm.exc_data_mut(this) {
        d.args = t;
    }
    fill(vm, this, &args.pos[1..]);
    Ok(Value::None)
}

fn attr(vm: &mut Vm<'_>, v: Value, name: &str) -> Value {
    let n = vm.intern(name);
    match vm.obj(v) {
        Some(Object::Instance(i)) => i.get_attr(n).unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// `OSError.__str__`: `[Errno 2] No such file or directory: 'x'`
fn os_error_str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__str__", 1, 1)?;
    let this = args.pos[0];
    let (errno, strerror) = (attr(vm, this, "errno"), attr(vm, this, "strerror"));
    let (f1, f2) = (attr(vm, this, "filename"), attr(vm, this, "filename2"));
    let has_pair = !errno.is(Value::None) || !strerror.is(Value::None);
    if has_pair {
        let e = convert::str_of(vm, errno)?;
        let s = convert::str_of(vm, strerror)?;
        let mut out = format!("[Errno {e}] {s}");
        if !f1.is(Value::None) {
            out.push_str(": ");
            out.push_str(&convert::repr_of(vm, f1)?);
            if !f2.is(Value::None) {
                out.push_str(" -> ");
                out.push_str(&convert::repr_of(vm, f2)?);
            }
        }
        return Ok(vm.new_string(out));
    }
    let exc_str = crate::builtins::core::EXCEPTION_METHODS
        .iter()
        .find(|d| d.name == "__str__")
        .map(|d| d.f);
    match exc_str {
        Some(f) => f(vm, args),
        None => Ok(vm.new_str("")),
    }
}

/// Raises `OSError` (or its errno subclass) for a failed OS call on `filename`.
pub fn raise_io(vm: &mut Vm<'_>, err: &std::io::Error, filename: Option<Value>) -> crate::Throw {
    let errno = err.raw_os_error().unwrap_or(0) as i64;
    let msg = std_strerror(err);
    let cls = subclass_for(vm, errno).unwrap_or(vm.st.types.os_error);
    let s = vm.new_string(msg);
    let mut pos = vec![Value::Int(errno), s];
    if let Some(f) = filename {
        pos.push(f);
    }
    let mark = vm.push_root(s);
    let made = crate::builtins::types::object_new(vm, cls, Args { pos: &pos, kw: &[] });
    let r = match made {
        Ok(v) => {
            if let Some(r) = v.as_obj() {
                fill(vm, r, &pos);
                crate::Throw::Exc(r)
            } else {
                vm.runtime_error("cannot build OSError")
            }
        }
        Err(e) => e,
    };
    vm.pop_roots(mark);
    r
}

/// The C library's message for an I/O error (Rust appends " (os error N)").
fn std_strerror(err: &std::io::Error) -> String {
    let s = err.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
