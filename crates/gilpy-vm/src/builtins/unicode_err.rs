//! `UnicodeDecodeError` / `UnicodeEncodeError` with CPython's five constructor
//! arguments, kept as the attributes `encoding`, `object`, `start`, `end`, `reason`,
//! and the message `str(e)` builds from them. The codecs raise them the same way.

use crate::builtins::{Args, NativeDef};
use crate::object::Object;
use crate::ops::convert;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Methods of `UnicodeDecodeError`.
pub const DECODE_METHODS: &[NativeDef] = &[
    NativeDef::new("__init__", decode_init),
    NativeDef::new("__str__", decode_str),
];

/// Methods of `UnicodeEncodeError`.
pub const ENCODE_METHODS: &[NativeDef] = &[
    NativeDef::new("__init__", encode_init),
    NativeDef::new("__str__", encode_str),
];

const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

fn init(vm: &mut Vm<'_>, args: Args<'_>, decode: bool) -> PyResult<Value> {
    let Some(this) = args.get(0).and_then(|v| v.as_obj()) else {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    };
    let rest = &args.pos[1..];
    if rest.len() != 5 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            rest.len() + args.kw.len()
        )));
    }
    let want = |i: usize| -> (&str, bool) {
        match i {
            0 | 4 => ("str", true),
            1 if decode => ("a bytes-like object", true),
            1 => ("str", true),
            _ => ("int", true),
        }
    };
    for (i, v) in rest.iter().enumerate() {
        let ok = match i {
            0 | 4 => vm.as_str(*v).is_some(),
            1 if decode => crate::builtins::bytes::bytes_of(vm, *v).is_some(),
            1 => vm.as_str(*v).is_some(),
            _ => matches!(v, Value::Int(_) | Value::Bool(_)),
        };
        if !ok {
            let (what, _) = want(i);
            let t = vm.type_name(*v);
            let msg = if i == 1 && decode {
                format!("argument 2 must be bytes-like object, not '{t}'")
            } else {
                format!("argument {} must be {what}, not {t}", i + 1)
            };
            return Err(vm.type_error(msg));
        }
    }
    let t = vm.new_tuple(rest.to_vec());
    if let Some(d) = vm.exc_data_mut(this) {
        d.args = t;
    }
    for (name, v) in FIELDS.iter().zip(rest) {
        let n = vm.intern(name);
        if let Object::Instance(i) = vm.st.heap.get_mut(this) {
            i.set_attr(n, *v);
        }
    }
    Ok(Value::None)
}

fn decode_init(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    init(vm, args, true)
}

fn encode_init(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    init(vm, args, false)
}

/// The five fields, if the instance has them all.
fn fields(vm: &mut Vm<'_>, v: Value) -> Option<[Value; 5]> {
    let names = FIELDS.map(|n| vm.intern(n));
    let Some(Object::Instance(i)) = vm.obj(v) else {
        return None;
    };
    let mut out = [Value::None; 5];
    for (o, n) in out.iter_mut().zip(names) {
        *o = i.get_attr(n)?;
    }
    Some(out)
}

/// `BaseException.__str__` (for instances built without the five arguments).
fn base_str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    match crate::builtins::core::EXCEPTION_METHODS
        .iter()
        .find(|d| d.name == "__str__")
    {
        Some(d) => (d.f)(vm, args),
        None => Ok(vm.new_str("")),
    }
}

fn decode_str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__str__", 1, 1)?;
    let Some([enc, obj, start, end, reason]) = fields(vm, args.pos[0]) else {
        return base_str(vm, args);
    };
    let (enc, reason) = (convert::str_of(vm, enc)?, convert::str_of(vm, reason)?);
    let (Value::Int(s), Value::Int(e)) = (start, end) else {
        return base_str(vm, args);
    };
    let byte = crate::builtins::bytes::bytes_of(vm, obj)
        .and_then(|b| usize::try_from(s).ok().and_then(|i| b.get(i).copied()));
    let msg = match byte {
        Some(b) if e == s + 1 => {
            format!("'{enc}' codec can't decode byte 0x{b:02x} in position {s}: {reason}")
        }
        _ => format!(
            "'{enc}' codec can't decode bytes in position {s}-{}: {reason}",
            e - 1
        ),
    };
    Ok(vm.new_string(msg))
}

fn encode_str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__str__", 1, 1)?;
    let Some([enc, obj, start, end, reason]) = fields(vm, args.pos[0]) else {
        return base_str(vm, args);
    };
    let (enc, reason) = (convert::str_of(vm, enc)?, convert::str_of(vm, reason)?);
    let (Value::Int(s), Value::Int(e)) = (start, end) else {
        return base_str(vm, args);
    };
    let ch = vm
        .as_str(obj)
        .and_then(|t| usize::try_from(s).ok().and_then(|i| t.chars().nth(i)));
    let msg = match ch {
        Some(c) if e == s + 1 => format!(
            "'{enc}' codec can't encode character {} in position {s}: {reason}",
            crate::builtins::bytes::char_escape(c)
        ),
        _ => format!(
            "'{enc}' codec can't encode characters in position {s}-{}: {reason}",
            e - 1
        ),
    };
    Ok(vm.new_string(msg))
}

/// A new `cls(encoding, object, start, end, reason)` to raise.
pub fn new_error(
    vm: &mut Vm<'_>,
    cls: ObjRef,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> crate::Throw {
    let enc = vm.new_str(encoding);
    let why = vm.new_str(reason);
    let pos = [
        enc,
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        why,
    ];
    match crate::call::call_class(vm, cls, &pos, &[]) {
        Ok(Value::Obj(e)) => crate::Throw::Exc(e),
        Ok(_) => vm.type_error("exceptions must derive from BaseException"),
        Err(t) => t,
    }
}

/// Methods every exception gets from `BaseException` beyond `core.rs`'s.
pub const BASE_EXCEPTION_METHODS: &[NativeDef] = &[
    NativeDef::new("add_note", add_note),
    NativeDef::new("with_traceback", with_traceback),
];

/// `BaseException.with_traceback(tb)`: returns the exception itself. `None` clears its
/// traceback; a `traceback` object keeps the entries the exception has (gilpy's
/// traceback objects are views of those entries and cannot be grafted onto another).
fn with_traceback(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "with_traceback", 2, 2)?;
    let (this, tb) = (args.pos[0], args.pos[1]);
    let is_tb = matches!(vm.obj(tb), Some(Object::Instance(i)) if i.class == vm.st.types.traceback);
    if tb.is(Value::None) {
        if let Some(r) = this.as_obj() {
            if let Some(d) = vm.exc_data_mut(r) {
                d.traceback.clear();
            }
        }
    } else if !is_tb {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    Ok(this)
}

/// `BaseException.add_note(note)`: appends to the `__notes__` list (made on first use).
fn add_note(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "add_note", 2, 2)?;
    let (this, note) = (args.pos[0], args.pos[1]);
    if vm.as_str(note).is_none() {
        let t = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    let key = vm.intern("__notes__");
    let notes = match crate::ops::attr::try_get_attr(vm, this, key)? {
        Some(l) => l,
        None => {
            let l = vm.new_list(Vec::new());
            crate::ops::attr::set_attr(vm, this, key, l)?;
            l
        }
    };
    match notes.as_obj().map(|r| vm.st.heap.get_mut(r)) {
        Some(Object::List(l)) => l.push(note),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}
