//! `str.format(...)` and `str % args`: the VM side of the template engines in
//! [`crate::format`] (argument lookup, conversions, calling `__format__`/`__str__`).

use num_bigint::BigInt;

use crate::builtins::Args;
use crate::format::{self as fmt, FieldAccess, FieldArg, PercentKind, PercentPiece, TemplatePiece};
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
    render(vm, &pieces, &args, &mut out)?;
    Ok(vm.new_string(out))
}

/// Renders template pieces; `args.pos[0]` is the template itself.
fn render(
    vm: &mut Vm<'_>,
    pieces: &[TemplatePiece],
    args: &Args<'_>,
    out: &mut String,
) -> PyResult<()> {
    for p in pieces {
        match p {
            TemplatePiece::Literal(s) => out.push_str(s),
            TemplatePiece::Field(f) => {
                let mut v = match &f.arg {
                    FieldArg::Index(i) => match args.pos.get(i + 1) {
                        Some(v) => *v,
                        None => return Err(vm.index_error(fmt::template_index_error(*i))),
                    },
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
                        render(vm, &f.spec, args, &mut s)?;
                        s
                    }
                };
                let text = convert::format_value(vm, v, &spec)?;
                out.push_str(&text);
                if out.len() > fmt::MAX_TEXT_LEN * 4 {
                    return Err(vm.overflow_error("string is too long"));
                }
            }
        }
    }
    Ok(())
}

/// Is `v` a mapping for `%` purposes (CPython: has `__getitem__`, not a tuple or str)?
fn is_mapping(vm: &Vm<'_>, v: Value) -> bool {
    match vm.obj(v) {
        Some(Object::Dict(_) | Object::List(_) | Object::Range(_)) => true,
        Some(Object::Instance(_)) => vm.user_dunder(v, sym::__getitem__).is_some(),
        _ => false,
    }
}

/// `fmt % args`
pub fn percent_format(vm: &mut Vm<'_>, fmt_v: Value, args: Value) -> PyResult<Value> {
    let template = vm.as_str(fmt_v).unwrap_or("").to_string();
    let pieces = fmt::parse_percent(&template).map_err(|e| fmt_err(vm, e))?;
    let (positional, tuple_args) = match vm.obj(args) {
        Some(Object::Tuple(t)) => (t.to_vec(), true),
        _ => (vec![args], false),
    };
    let mapping = !tuple_args && is_mapping(vm, args);
    let mut next = 0usize;
    let mut take = |vm: &mut Vm<'_>| -> PyResult<Value> {
        match positional.get(next) {
            Some(v) => {
                next += 1;
                Ok(*v)
            }
            None => Err(fmt_err(vm, fmt::FormatError::NotEnoughArguments)),
        }
    };
    let mut out = String::new();
    for p in &pieces {
        let spec = match p {
            PercentPiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            PercentPiece::Spec(s) => s,
        };
        let width = match spec.width {
            Some(fmt::Count::Star) => {
                let v = take(vm)?;
                Some(star_arg(vm, v)?)
            }
            Some(fmt::Count::Fixed(n)) => Some(n as i64),
            None => None,
        };
        let precision = match spec.precision {
            Some(fmt::Count::Star) => {
                let v = take(vm)?;
                Some(star_arg(vm, v)?)
            }
            Some(fmt::Count::Fixed(n)) => Some(n as i64),
            None => None,
        };
        let value = match &spec.key {
            Some(k) => {
                if !mapping {
                    return Err(fmt_err(vm, fmt::FormatError::RequiresMapping));
                }
                let key = vm.new_str(k);
                subscr::get_item(vm, args, key)?
            }
            None => take(vm)?,
        };
        let kind = spec.kind().map_err(|e| fmt_err(vm, e))?;
        let text = match kind {
            PercentKind::Decimal => {
                let n = decimal_arg(vm, value, spec.conversion)?;
                fmt::percent_format_int(&n, spec, width, precision)
            }
            PercentKind::Integer => {
                let Some(n) = crate::methods::common::big_index(vm, value)? else {
                    let t = vm.type_name(value);
                    return Err(fmt_err(
                        vm,
                        fmt::FormatError::WrongArgType {
                            conv: spec.conversion,
                            what: "an integer",
                            type_name: t.to_string(),
                        },
                    ));
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
        let text = text.map_err(|e| fmt_err(vm, e))?;
        out.push_str(&text);
        if out.len() > fmt::MAX_TEXT_LEN * 4 {
            return Err(vm.overflow_error("string is too long"));
        }
    }
    if tuple_args && next < positional.len() || (!tuple_args && !mapping && next == 0) {
        return Err(fmt_err(vm, fmt::FormatError::NotAllConverted));
    }
    Ok(vm.new_string(out))
}

/// A `*` width or precision: an int.
fn star_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(fmt_err(vm, fmt::FormatError::StarWantsInt)),
    }
}

/// The value of `%d`: `int()` of a real number.
fn decimal_arg(vm: &mut Vm<'_>, v: Value, conv: char) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => return Ok(BigInt::from(i)),
        Value::Bool(b) => return Ok(BigInt::from(b as i64)),
        Value::Float(f) => {
            return fmt::float_to_bigint(f).map_err(|e| crate::builtins::types::arith_error(vm, e))
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
    Err(fmt_err(
        vm,
        fmt::FormatError::WrongArgType {
            conv,
            what: "a real number",
            type_name: t.to_string(),
        },
    ))
}

/// The value of `%f`: `float()` of a real number.
fn float_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(f),
        Value::Int(i) => return Ok(i as f64),
        Value::Bool(b) => return Ok(b as i64 as f64),
        _ => {}
    }
    if let Some(Object::BigInt(b)) = vm.obj(v) {
        let b = (**b).clone();
        return crate::ops::num::big_to_f64(vm, &b);
    }
    if let Some(f) = vm.user_dunder(v, sym::__float__) {
        let r = vm.call(f, &[v])?;
        if let Value::Float(x) = r {
            return Ok(x);
        }
        let t = vm.type_name(r);
        return Err(vm.type_error(format!("__float__ returned non-float (type {t})")));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {t}")))
}
