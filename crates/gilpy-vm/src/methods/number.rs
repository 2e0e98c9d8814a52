//! Methods and value attributes of `int` and `float` (`bit_length`, `is_integer`,
//! `as_integer_ratio`, `real`, `imag`, `numerator`, `denominator`, ...).

use num_bigint::BigInt;

use crate::builtins::{Args, NativeDef};
use crate::names::NameId;
use crate::object::Object;
use crate::value::Value;
use crate::{PyResult, Vm};

/// `int` methods.
pub const INT_METHODS: &[NativeDef] = &[
    NativeDef::new("bit_length", bit_length),
    NativeDef::new("bit_count", bit_count),
    NativeDef::new("conjugate", int_conjugate),
    NativeDef::new("as_integer_ratio", int_ratio),
];

/// `float` methods.
pub const FLOAT_METHODS: &[NativeDef] = &[
    NativeDef::new("fromhex", float_fromhex),
    NativeDef::new("is_integer", is_integer),
    NativeDef::new("as_integer_ratio", float_ratio),
    NativeDef::new("conjugate", float_conjugate),
    NativeDef::new("hex", float_hex),
];

/// `self` as a big int (bools count), or `TypeError`.
fn int_self(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<BigInt> {
    match args.get(0) {
        Some(Value::Int(i)) => Ok(BigInt::from(i)),
        Some(Value::Bool(b)) => Ok(BigInt::from(b as i64)),
        Some(v) => match vm.obj(v) {
            Some(Object::BigInt(b)) => Ok((**b).clone()),
            _ => Err(crate::methods::common::descriptor_error(
                vm, args, "int", method,
            )),
        },
        None => Err(crate::methods::common::descriptor_error(
            vm, args, "int", method,
        )),
    }
}

fn float_self(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<f64> {
    match args.get(0) {
        Some(Value::Float(f)) => Ok(f),
        _ => Err(crate::methods::common::descriptor_error(
            vm, args, "float", method,
        )),
    }
}

fn bit_length(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let n = int_self(vm, &args, "bit_length")?;
    args.check_method(vm, "int.bit_length", 0, 0)?;
    Ok(Value::Int(n.bits() as i64))
}

fn bit_count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let n = int_self(vm, &args, "bit_count")?;
    args.check_method(vm, "int.bit_count", 0, 0)?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_conjugate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let n = int_self(vm, &args, "conjugate")?;
    args.check_method(vm, "int.conjugate", 0, 0)?;
    Ok(vm.new_bigint(n))
}

fn int_ratio(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let n = int_self(vm, &args, "as_integer_ratio")?;
    args.check_method(vm, "int.as_integer_ratio", 0, 0)?;
    let v = vm.new_bigint(n);
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn is_integer(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let f = float_self(vm, &args, "is_integer")?;
    args.check_method(vm, "float.is_integer", 0, 0)?;
    Ok(Value::Bool(crate::format::float::float_is_integer(f)))
}

fn float_conjugate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let f = float_self(vm, &args, "conjugate")?;
    args.check_method(vm, "float.conjugate", 0, 0)?;
    Ok(Value::Float(f))
}

/// The exact ratio of a finite float: mantissa and power of two, reduced.
fn float_ratio(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let f = float_self(vm, &args, "as_integer_ratio")?;
    args.check_method(vm, "float.as_integer_ratio", 0, 0)?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mant, exp) = decompose(f);
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as u64;
    } else if mant != 0 {
        // Reduce: drop common factors of two.
        let tz = (mant.unsigned_abs().trailing_zeros() as i64).min(-exp);
        num >>= tz as u64;
        den <<= (-exp - tz) as u64;
    }
    let (n, d) = (vm.new_bigint(num), vm.new_bigint(den));
    Ok(vm.new_tuple(vec![n, d]))
}

/// `f == mant · 2^exp` with an integer mantissa.
fn decompose(f: f64) -> (i64, i64) {
    if f == 0.0 {
        return (0, 0);
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let e = ((bits >> 52) & 0x7ff) as i64;
    let m = (bits & ((1 << 52) - 1)) as i64;
    if e == 0 {
        (sign * m, -1074)
    } else {
        (sign * (m | 1 << 52), e - 1075)
    }
}

/// `float.hex()`: `0x1.8000000000000p+0`, like C's `%a` with 13 hex digits.
fn float_hex(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let f = float_self(vm, &args, "hex")?;
    args.check_method(vm, "float.hex", 0, 0)?;
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        let bits = f.to_bits();
        let sign = if bits >> 63 == 1 { "-" } else { "" };
        let e = ((bits >> 52) & 0x7ff) as i64;
        let m = bits & ((1 << 52) - 1);
        if e == 0 && m == 0 {
            format!("{sign}0x0.0p+0")
        } else if e == 0 {
            format!("{sign}0x0.{m:013x}p-1022")
        } else {
            let x = e - 1023;
            let es = if x >= 0 {
                format!("+{x}")
            } else {
                x.to_string()
            };
            format!("{sign}0x1.{m:013x}p{es}")
        }
    };
    Ok(vm.new_string(s))
}

/// `n.real`, `n.imag`, `n.numerator`, `n.denominator` on ints, bools and floats, and
/// `r.start`, `r.stop`, `r.step` on ranges and slices;
/// `None` for any other value or name.
pub fn value_attr(vm: &mut Vm<'_>, v: Value, name: NameId) -> Option<Value> {
    let is_int = match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Float(_) => false,
        Value::Obj(_) => match vm.obj(v) {
            Some(Object::BigInt(_)) => true,
            Some(Object::Slice(sl)) => {
                let sl = **sl;
                return match &*vm.name(name) {
                    "start" => Some(sl[0]),
                    "stop" => Some(sl[1]),
                    "step" => Some(sl[2]),
                    _ => None,
                };
            }
            Some(Object::Range(r)) => {
                let r = **r;
                return match &*vm.name(name) {
                    "start" => Some(Value::Int(r.start)),
                    "stop" => Some(Value::Int(r.stop)),
                    "step" => Some(Value::Int(r.step)),
                    _ => None,
                };
            }
            _ => return None,
        },
        _ => return None,
    };
    let name = vm.name(name);
    let as_int = |v: Value| match v {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    };
    match (&*name, is_int) {
        ("real", true) | ("numerator", true) => Some(as_int(v)),
        ("imag", true) => Some(Value::Int(0)),
        ("denominator", true) => Some(Value::Int(1)),
        ("real", false) => Some(v),
        ("imag", false) => Some(Value::Float(0.0)),
        _ => None,
    }
}

/// `float.fromhex(s)` (called on the class: the string is the first argument).
fn float_fromhex(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let text = args.last_str(vm, "fromhex()")?;
    parse_hex_float(text.trim())
        .map(Value::Float)
        .ok_or_else(|| vm.value_error("invalid hexadecimal floating-point string"))
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut value = 0f64;
    for c in int_part.chars().chain(frac_part.chars()) {
        value = value * 16.0 + f64::from(c.to_digit(16)?);
    }
    let scale = exp - 4 * frac_part.len() as i32;
    let v = value * 2f64.powi(scale);
    Some(if neg { -v } else { v })
}
