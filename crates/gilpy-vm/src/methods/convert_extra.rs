//! `int.to_bytes` / `int.from_bytes` and `str.maketrans` / `str.translate`.

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use crate::builtins::bytes::{bytes_of, new_bytes};
use crate::builtins::{Args, NativeDef};
use crate::methods::common;
use crate::object::Object;
use crate::ops::{dictops, subscr};
use crate::value::Value;
use crate::{PyResult, Throw, Vm};

/// More `int` methods.
pub const INT_METHODS: &[NativeDef] = &[
    NativeDef::new("to_bytes", to_bytes),
    NativeDef::new("from_bytes", from_bytes),
];

/// More `str` methods.
pub const STR_METHODS: &[NativeDef] = &[
    NativeDef::new("maketrans", maketrans),
    NativeDef::new("translate", translate),
];

fn big_of(vm: &Vm<'_>, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        _ => match vm.obj(v) {
            Some(Object::BigInt(b)) => Some((**b).clone()),
            _ => None,
        },
    }
}

/// `byteorder`: true for big-endian.
fn byteorder(vm: &mut Vm<'_>, v: Option<Value>) -> PyResult<bool> {
    match v.map(|v| vm.as_str(v).map(str::to_string)) {
        None => Ok(true),
        Some(Some(s)) if s == "big" => Ok(true),
        Some(Some(s)) if s == "little" => Ok(false),
        Some(Some(_)) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        Some(None) => Err(vm.type_error("to_bytes() argument 'byteorder' must be str")),
    }
}

fn signed_kw(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<bool> {
    match common::kw(vm, args, "signed") {
        Some(v) => crate::ops::compare::is_true(vm, v),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`
fn to_bytes(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(n) = args.get(0).and_then(|v| big_of(vm, v)) else {
        return Err(common::descriptor_error(vm, &args, "int", "to_bytes"));
    };
    let length = match common::arg(vm, &args, 1, "length") {
        None => 1,
        Some(Value::Int(l)) if l >= 0 => l as usize,
        Some(Value::Int(_)) => return Err(vm.value_error("length argument must be non-negative")),
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    let big = byteorder(vm, common::arg(vm, &args, 2, "byteorder"))?;
    let signed = signed_kw(vm, &args)?;
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.sign() == Sign::NoSign {
        bytes.clear();
    }
    // Minimal little-endian bytes: more than `length` is an overflow; pad the rest.
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if length > 1 << 32 {
        return Err(vm.error(vm.st.types.memory_error, String::new()));
    }
    let fill = if signed && n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(new_bytes(vm, bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (called on the class).
fn from_bytes(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(src) = common::arg(vm, &args, 0, "bytes") else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = match bytes_of(vm, src) {
        Some(b) => b.to_vec(),
        None => {
            let items = crate::ops::iter::collect(vm, src)?;
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                match v {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let big = byteorder(vm, common::arg(vm, &args, 1, "byteorder"))?;
    let signed = signed_kw(vm, &args)?;
    if big {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(vm.new_bigint(n))
}

/// `str.maketrans(x[, y[, z]])` (called on the class).
fn maketrans(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = vm.new_dict();
    let dr = d.as_obj().unwrap_or(crate::value::ObjRef(0));
    match args.pos {
        [x] => {
            let Some(Object::Dict(_)) = vm.obj(*x) else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            for (k, v) in dictops::dict_items(vm, x.as_obj().unwrap_or(dr)) {
                let key =
                    match vm.as_str(k).map(|s| s.chars().collect::<Vec<char>>()) {
                        Some(cs) if cs.len() == 1 => Value::Int(cs[0] as i64),
                        Some(_) => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        None if matches!(k, Value::Int(_)) => k,
                        None => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                dictops::dict_set(vm, dr, key, v)?;
            }
        }
        [x, y] | [x, y, _] => {
            let (Some(a), Some(b)) = (
                vm.as_str(*x).map(|s| s.chars().collect::<Vec<char>>()),
                vm.as_str(*y).map(|s| s.chars().collect::<Vec<char>>()),
            ) else {
                return Err(vm.type_error("maketrans() arguments must be strings"));
            };
            if a.len() != b.len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (p, q) in a.into_iter().zip(b) {
                dictops::dict_set(vm, dr, Value::Int(p as i64), Value::Int(q as i64))?;
            }
            if let Some(z) = args.pos.get(2) {
                let Some(cs) = vm.as_str(*z).map(|s| s.chars().collect::<Vec<char>>()) else {
                    return Err(vm.type_error("maketrans() argument 3 must be str"));
                };
                for c in cs {
                    dictops::dict_set(vm, dr, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => {
            let n = args.pos.len();
            return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
        }
    }
    Ok(d)
}

/// `str.translate(table)`: each character looked up by code point in `table`.
fn translate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(s) = args.get(0).and_then(|v| vm.as_str(v)).map(str::to_string) else {
        return Err(common::descriptor_error(vm, &args, "str", "translate"));
    };
    args.check_method(vm, "str.translate", 1, 1)?;
    let table = args.pos[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match subscr::get_item(vm, table, Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(v) => match vm.as_str(v) {
                Some(t) => out.push_str(t),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
            Err(Throw::Exc(e)) if vm.isinstance(Value::Obj(e), vm.st.types.lookup_error) => {
                out.push(c)
            }
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_string(out))
}
