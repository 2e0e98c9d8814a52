//! `str % args`: walks the format module's parsed template and converts each argument as
//! CPython does (see `format::percent` for the protocol).

use num_bigint::BigInt;

use crate::format::{self as fmt, Count, FormatError, PercentKind, PercentPiece};
use crate::object::Object;
use crate::ops::convert::{format_error, repr_of, str_of};
use crate::ops::dictops;
use crate::value::Value;
use crate::{PyResult, Vm};

/// `template % args`
pub fn percent_format(vm: &mut Vm<'_>, template: Value, args: Value) -> PyResult<Value> {
    let text = vm.as_str(template).unwrap_or("").to_string();
    let pieces = fmt::parse_percent(&text).map_err(|e| format_error(vm, e))?;
    let (positional, is_tuple): (Vec<Value>, bool) = match vm.obj(args) {
        Some(Object::Tuple(t)) => (t.to_vec(), true),
        _ => (vec![args], false),
    };
    let mapping = match vm.obj(args) {
        Some(Object::Dict(_)) => args.as_obj(),
        _ => None,
    };
    let mut next = 0usize;
    let mut out = String::with_capacity(text.len() + 16);
    let mut take = |vm: &mut Vm<'_>| -> PyResult<Value> {
        match positional.get(next) {
            Some(v) => {
                next += 1;
                Ok(*v)
            }
            None => Err(format_error(vm, FormatError::NotEnoughArguments)),
        }
    };
    let mut used_key = false;
    for piece in &pieces {
        let spec = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            PercentPiece::Spec(s) => s,
        };
        let mut count = |vm: &mut Vm<'_>, c: Option<Count>| -> PyResult<Option<i64>> {
            match c {
                None => Ok(None),
                Some(Count::Fixed(n)) => Ok(Some(n as i64)),
                Some(Count::Star) => match take(vm)? {
                    Value::Int(i) => Ok(Some(i)),
                    Value::Bool(b) => Ok(Some(b as i64)),
                    _ => Err(format_error(vm, FormatError::StarWantsInt)),
                },
            }
        };
        let width = count(vm, spec.width)?;
        let precision = count(vm, spec.precision)?;
        let value = match &spec.key {
            Some(k) => {
                used_key = true;
                let Some(m) = mapping else {
                    return Err(format_error(vm, FormatError::RequiresMapping));
                };
                let key = vm.new_str(k);
                match dictops::dict_get(vm, m, key)? {
                    Some(v) => v,
                    None => return Err(vm.key_error(key)),
                }
            }
            None => take(vm)?,
        };
        let kind = spec.kind().map_err(|e| format_error(vm, e))?;
        let piece = match kind {
            PercentKind::Str => {
                let s = str_of(vm, value)?;
                fmt::percent_format_str(&s, spec, width, precision)
            }
            PercentKind::Repr | PercentKind::Ascii => {
                let mut s = repr_of(vm, value)?;
                if kind == PercentKind::Ascii {
                    s = fmt::ascii_escape(&s);
                }
                fmt::percent_format_str(&s, spec, width, precision)
            }
            PercentKind::Decimal | PercentKind::Integer => {
                let n: Option<BigInt> = match value {
                    Value::Int(i) => Some(BigInt::from(i)),
                    Value::Bool(b) => Some(BigInt::from(b as i64)),
                    Value::Float(f) if kind == PercentKind::Decimal => {
                        match fmt::float_to_bigint(f) {
                            Ok(n) => Some(n),
                            Err(e) => return Err(crate::builtins::types::arith_error(vm, e)),
                        }
                    }
                    _ => match vm.obj(value) {
                        Some(Object::BigInt(b)) => Some((**b).clone()),
                        _ => None,
                    },
                };
                match n {
                    Some(n) => fmt::percent_format_int(&n, spec, width, precision),
                    None => {
                        let type_name = vm.type_name(value).to_string();
                        let what = if kind == PercentKind::Decimal {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        Err(FormatError::WrongArgType {
                            conv: spec.conversion,
                            what,
                            type_name,
                        })
                    }
                }
            }
            PercentKind::Float => {
                let f = match value {
                    Value::Float(f) => Some(f),
                    Value::Int(i) => Some(i as f64),
                    Value::Bool(b) => Some(b as i64 as f64),
                    _ => match vm.obj(value) {
                        Some(Object::BigInt(b)) => {
                            let b = (**b).clone();
                            match fmt::bigint_to_float(&b) {
                                Ok(f) => Some(f),
                                Err(e) => return Err(crate::builtins::types::arith_error(vm, e)),
                            }
                        }
                        _ => None,
                    },
                };
                match f {
                    Some(f) => fmt::percent_format_float(f, spec, width, precision),
                    None => {
                        let type_name = vm.type_name(value).to_string();
                        Err(FormatError::WrongArgType {
                            conv: spec.conversion,
                            what: "a real number",
                            type_name,
                        })
                    }
                }
            }
            PercentKind::Char => {
                let c = match value {
                    Value::Int(i) => fmt::percent_char_from_int(&BigInt::from(i)),
                    _ => match vm.as_str(value) {
                        Some(s) => fmt::percent_char_from_str(s),
                        None => Err(FormatError::CharRequiresIntOrChar),
                    },
                };
                c.and_then(|c| fmt::percent_format_char(c, spec, width))
            }
        };
        out.push_str(&piece.map_err(|e| format_error(vm, e))?);
    }
    if is_tuple && next < positional.len() && !used_key {
        return Err(format_error(vm, FormatError::NotAllConverted));
    }
    if !is_tuple
        && mapping.is_none()
        && next == 0
        && !pieces.iter().all(|p| matches!(p, PercentPiece::Literal(_)))
    {
        // A single non-tuple argument that was not consumed cannot happen; nothing to do.
    } else if !is_tuple && mapping.is_none() && next == 0 {
        return Err(format_error(vm, FormatError::NotAllConverted));
    }
    Ok(vm.new_string(out))
}
