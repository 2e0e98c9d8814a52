//! `str.format(...)` and `str % args`: the VM side of the template engines in
//! [`crate::format`] (argument lookup, attribute/item paths, conversions, calling
//! `__format__`/`__str__`).

use num_bigint::BigInt;

use crate::builtins::Args;
use crate::format::{self as fmt, FieldAccess, FieldArg, PercentKind, TemplatePiece};
use crate::names::sym;
use crate::object::Object;
use crate::ops::{attr, convert, subscr};
use crate::value::Value;
use crate::{PyResult, Throw, Vm};

fn fmt_err(vm: &mut Vm<'_>, e: fmt::FormatError) -> Throw {
    convert::format_error(vm, e)
}

/// `template.format(*args, **kwargs)`
pub fn str_format(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let template = crate::methods::str::this(vm, &args, "format")?;
    let pieces = fmt::parse_template(&template).map_err(|e| fmt_err(vm, e))?;
    let mut out = String::new();
    render(vm, &pieces, &args, None, &mut out)?;
    Ok(vm.new_string(out))
}

/// `template.format_map(mapping)`
pub fn str_format_map(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let template = crate::methods::str::this(vm, &args, "format_map")?;
    args.check_method(vm, "str.format_map", 1, 1)?;
    let pieces = fmt::parse_template(&template).map_err(|e| fmt_err(vm, e))?;
    let mut out = String::new();
    let only_self = Args {
        pos: &args.pos[..1],
        kw: &[],
    };
    render(vm, &pieces, &only_self, Some(args.pos[1]), &mut out)?;
    Ok(vm.new_string(out))
}

/// Renders template pieces; `args.pos[0]` is the template itself. Named fields come
/// from `mapping` (`format_map`) when given, else from the keyword arguments.
fn render(
    vm: &mut Vm<'_>,
    pieces: &[TemplatePiece],
    args: &Args<'_>,
    mapping: Option<Value>,
    out: &mut String,
) -> PyResult<()> {
    for p in pieces {
        match p {
            TemplatePiece::Literal(s) => out.push_str(s),
            TemplatePiece::Field(f) => {
                let mut v = match &f.arg {
                    FieldArg::Index(_) if mapping.is_some() => {
                        return Err(vm.value_error("Format string contains positional fields"));
                    }
                    FieldArg::Index(i) => match args.pos.get(i + 1) {
                        Some(v) => *v,
                        None => return Err(vm.index_error(fmt::template_index_error(*i))),
                    },
                    FieldArg::Name(n) if mapping.is_some() => {
                        let k = vm.new_str(n);
                        subscr::get_item(vm, mapping.unwrap_or(Value::None), k)?
                    }
                    FieldArg::Name(n) => {
                        let found = vm.st.names.lookup(n).and_then(|id| args.kwarg(id));
                        match found {
                            Some(v) => v,
                            None => {
                                let k = vm.new_str(n);
                                return Err(vm.key_error(k));
                            }
                        }
                    }
                };
                for step in &f.path {
                    v = match step {
                        FieldAccess::Attr(a) => {
                            let id = vm.intern(a);
                            attr::get_attr(vm, v, id)?
                        }
                        FieldAccess::Index(i) => {
                            let i = i64::try_from(*i).unwrap_or(i64::MAX);
                            subscr::get_item(vm, v, Value::Int(i))?
                        }
                        FieldAccess::Key(k) => {
                            let k = vm.new_str(k);
                            subscr::get_item(vm, v, k)?
                        }
                    };
                }
                v = match f.conversion {
                    Some('r') => {
                        let s = convert::repr_of(vm, v)?;
                        vm.new_string(s)
                    }
                    Some('s') => convert::str_value(vm, v)?,
                    Some('a') => {
                        let s = convert::repr_of(vm, v)?;
                        vm.new_string(fmt::ascii_escape(&s))
                    }
                    _ => v,
                };
                let spec = match f.literal_spec() {
                    Some(s) => s,
                    None => {
                        let mut s = String::new();
                        render(vm, &f.spec, args, mapping, &mut s)?;
                        s
                    }
                };
                let text = convert::format_value(vm, v, &spec)?;
                out.push_str(&text);
                if out.len() > fmt::MAX_TEXT_LEN * 4 {
                    return Err(crate::methods::common::memory_error(vm));
                }
            }
        }
    }
    Ok(())
}

/// An error inside `%` rendering: from the format engine or raised by Python code.
enum PctErr {
    Fmt(fmt::FormatError),
    Py(Throw),
}

impl From<fmt::FormatError> for PctErr {
    fn from(e: fmt::FormatError) -> PctErr {
        PctErr::Fmt(e)
    }
}

impl From<Throw> for PctErr {
    fn from(e: Throw) -> PctErr {
        PctErr::Py(e)
    }
}

/// Is `v` a mapping for `%` purposes (CPython: has `__getitem__`, not a tuple or str)?
fn is_mapping(vm: &Vm<'_>, v: Value) -> bool {
    match vm.obj(v) {
        Some(Object::Dict(_) | Object::List(_) | Object::Range(_)) => true,
        Some(Object::Instance(_)) => vm.user_dunder(v, sym::__getitem__).is_some(),
        _ => false,
    }
}

/// `fmt % args`, driven by [`fmt::render_percent`] (CPython's argument bookkeeping)
/// with the VM's conversions.
pub fn percent_format(vm: &mut Vm<'_>, fmt_v: Value, args: Value) -> PyResult<Value> {
    if let Some(s) = percent_plain(vm, fmt_v, args) {
        return Ok(vm.new_string(s));
    }
    let template = vm.as_str(fmt_v).unwrap_or("").to_string();
    let pieces = fmt::parse_percent(&template).map_err(|e| fmt_err(vm, e))?;
    let items: Vec<Value> = match vm.obj(args) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let pargs = if matches!(vm.obj(args), Some(Object::Tuple(_))) {
        fmt::PercentArgs::Tuple(&items)
    } else {
        fmt::PercentArgs::Single {
            value: &args,
            is_mapping: is_mapping(vm, args),
        }
    };
    // The three callbacks all need the VM; they never run at the same time.
    let cell = std::cell::RefCell::new(&mut *vm);
    let r = fmt::render_percent::<Value, PctErr>(
        &pieces,
        pargs,
        fmt::PercentCallbacks {
            lookup_key: &mut |m, k| {
                let mut vm = cell.borrow_mut();
                let key = vm.new_str(k);
                Ok(subscr::get_item(&mut vm, *m, key)?)
            },
            star: &mut |v| match v {
                Value::Int(i) => Ok(*i),
                Value::Bool(b) => Ok(*b as i64),
                _ => Err(fmt::FormatError::StarWantsInt.into()),
            },
            convert: &mut |v, spec, kind, w, p| {
                let mut vm = cell.borrow_mut();
                convert_one(&mut vm, *v, spec, kind, w, p)
            },
        },
    );
    match r {
        Ok(s) => Ok(vm.new_string(s)),
        Err(PctErr::Fmt(e)) => Err(fmt_err(vm, e)),
        Err(PctErr::Py(t)) => Err(t),
    }
}

/// The common `"%s: %d" % (name, n)`: only `%s`, `%d`, `%r` and `%%` in the template,
/// exactly one argument per conversion, each a str, int, bool, float or None (so no
/// Python code runs). Rendered in one pass into one string; `None` for anything else
/// (the general path then also reports the errors).
fn percent_plain(vm: &Vm<'_>, fmt_v: Value, args: Value) -> Option<String> {
    use std::fmt::Write;
    let template = vm.as_str(fmt_v)?;
    let bytes = template.as_bytes();
    let mut specs = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            match bytes.get(i + 1) {
                Some(b's' | b'd' | b'r') => specs += 1,
                Some(b'%') => {}
                _ => return None,
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    let single = [args];
    let vals: &[Value] = match vm.obj(args) {
        Some(Object::Tuple(t)) => t,
        Some(Object::Str(_)) | None => &single,
        _ => return None,
    };
    if vals.len() != specs {
        return None;
    }
    let mut out = String::with_capacity(template.len() + 8 * specs);
    let mut next = vals.iter();
    let mut rest = template;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let conv = rest.as_bytes()[at + 1];
        rest = &rest[at + 2..];
        if conv == b'%' {
            out.push('%');
            continue;
        }
        let v = *next.next()?;
        match (conv, v) {
            (_, Value::Int(n)) => {
                let _ = write!(out, "{n}");
            }
            (b'd', Value::Bool(b)) => out.push(if b { '1' } else { '0' }),
            (_, Value::Bool(b)) => out.push_str(if b { "True" } else { "False" }),
            (b's' | b'r', Value::None) => out.push_str("None"),
            (b's' | b'r', Value::Float(x)) => out.push_str(&crate::format::float::float_repr(x)),
            (b's', v) => out.push_str(vm.as_str(v)?),
            _ => return None,
        }
    }
    out.push_str(rest);
    Some(out)
}

/// Converts one `%` argument per its conversion kind and formats it.
fn convert_one(
    vm: &mut Vm<'_>,
    value: Value,
    spec: &fmt::PercentSpec,
    kind: PercentKind,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, PctErr> {
    // A machine int needs no `BigInt` (the common `%d`, `%5d`, `%x`).
    if let (PercentKind::Decimal | PercentKind::Integer, Value::Int(n)) = (kind, value) {
        return Ok(fmt::percent_format_i64(n, spec, width, precision)?);
    }
    let out = match kind {
        PercentKind::Decimal => {
            let n = decimal_arg(vm, value, spec.conversion)?;
            fmt::percent_format_int(&n, spec, width, precision)
        }
        PercentKind::Integer => {
            let Some(n) = crate::methods::common::big_index(vm, value)? else {
                let t = vm.type_name(value);
                return Err(fmt::FormatError::WrongArgType {
                    conv: spec.conversion,
                    what: "an integer",
                    type_name: t.to_string(),
                }
                .into());
            };
            fmt::percent_format_int(&n, spec, width, precision)
        }
        PercentKind::Float => {
            let x = float_arg(vm, value)?;
            fmt::percent_format_float(x, spec, width, precision)
        }
        PercentKind::Str => {
            let s = convert::str_of(vm, value)?;
            fmt::percent_format_str(&s, spec, width, precision)
        }
        PercentKind::Repr => {
            let s = convert::repr_of(vm, value)?;
            fmt::percent_format_str(&s, spec, width, precision)
        }
        PercentKind::Ascii => {
            let s = convert::repr_of(vm, value)?;
            fmt::percent_format_str(&fmt::ascii_escape(&s), spec, width, precision)
        }
        PercentKind::Char => {
            let c = if let Some(s) = vm.as_str(value) {
                fmt::percent_char_from_str(s)
            } else {
                match crate::methods::common::big_index(vm, value)? {
                    Some(n) => fmt::percent_char_from_int(&n),
                    None => Err(fmt::FormatError::CharRequiresIntOrChar),
                }
            };
            c.and_then(|c| fmt::percent_format_char(c, spec, width))
        }
    };
    Ok(out?)
}

/// The value of `%d`: `int()` of a real number.
fn decimal_arg(vm: &mut Vm<'_>, v: Value, conv: char) -> Result<BigInt, PctErr> {
    match v {
        Value::Int(i) => return Ok(BigInt::from(i)),
        Value::Bool(b) => return Ok(BigInt::from(b as i64)),
        Value::Float(f) => {
            return fmt::float_to_bigint(f)
                .map_err(|e| crate::builtins::types::arith_error(vm, e).into())
        }
        _ => {}
    }
    if let Some(Object::BigInt(b)) = vm.obj(v) {
        return Ok((**b).clone());
    }
    let has_int =
        vm.user_dunder(v, sym::__int__).is_some() || vm.user_dunder(v, sym::__index__).is_some();
    if has_int {
        let r = crate::builtins::types::to_int(vm, v)?;
        if let Some(n) = crate::methods::common::big_index(vm, r)? {
            return Ok(n);
        }
    }
    let t = vm.type_name(v);
    Err(fmt::FormatError::WrongArgType {
        conv,
        what: "a real number",
        type_name: t.to_string(),
    }
    .into())
}

/// The value of `%f`: `float()` of a real number.
fn float_arg(vm: &mut Vm<'_>, v: Value) -> Result<f64, PctErr> {
    match v {
        Value::Float(f) => return Ok(f),
        Value::Int(i) => return Ok(i as f64),
        Value::Bool(b) => return Ok(b as i64 as f64),
        _ => {}
    }
    if let Some(Object::BigInt(b)) = vm.obj(v) {
        let b = (**b).clone();
        return Ok(crate::ops::num::big_to_f64(vm, &b)?);
    }
    if let Some(f) = vm.user_dunder(v, sym::__float__) {
        let r = vm.call(f, &[v])?;
        if let Value::Float(x) = r {
            return Ok(x);
        }
        let t = vm.type_name(r);
        return Err(vm
            .type_error(format!("__float__ returned non-float (type {t})"))
            .into());
    }
    let t = vm.type_name(v);
    Err(fmt::FormatError::MustBeRealNumber {
        type_name: t.to_string(),
    }
    .into())
}
