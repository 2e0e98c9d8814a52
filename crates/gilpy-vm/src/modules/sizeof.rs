//! `sys.getsizeof`: the sizes CPython 3.11 (64-bit) reports, computed from each object's
//! shape, since scripts print them to compare containers. gilpy's own layout differs
//! (a `Value` is 16 bytes, small ints are not objects); these are CPython's numbers.

use crate::builtins::Args;
use crate::object::Object;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The header of a garbage-collected CPython object.
const GC_HEAD: i64 = 16;

/// `sys.getsizeof(object[, default])`
pub fn getsizeof(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getsizeof", 1, 2)?;
    let v = args.pos[0];
    // (CPython returns `default` for an object with no size; every object here has one.)
    if let Some(n) = user_sizeof(vm, v)? {
        return Ok(Value::Int(n));
    }
    Ok(Value::Int(builtin_size(vm, v)))
}

/// A class that defines `__sizeof__`: its answer plus the collector's header and (3.11)
/// the instance dict and weakref pointers kept before the object.
fn user_sizeof(vm: &mut Vm<'_>, v: Value) -> PyResult<Option<i64>> {
    let name = vm.intern("__sizeof__");
    let Some(f) = vm.user_dunder(v, name) else {
        return Ok(None);
    };
    let r = vm.call(f, &[v])?;
    let n = crate::builtins::types::as_index(vm, r)?;
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    Ok(Some(n + GC_HEAD + 16))
}

fn builtin_size(vm: &Vm<'_>, v: Value) -> i64 {
    match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(u64::BITS as i64 - i64::from(i.unsigned_abs().leading_zeros())),
        Value::Float(_) => 24,
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::Str(s) => str_size(s.as_str(), s.char_len()),
            Object::BigInt(b) => int_size(b.bits() as i64),
            Object::List(items) => 56 + 8 * list_capacity(items.len()),
            Object::Tuple(items) => 40 + 8 * items.len() as i64,
            Object::Dict(d) => {
                let all_str = d
                    .iter()
                    .all(|e| matches!(vm.obj(e.key), Some(Object::Str(_))));
                dict_size(d.len(), all_str)
            }
            Object::Set(d) => set_size(d.len()),
            Object::Range(_) => 48,
            Object::Function(_) => 152,
            Object::Class(_) => 1688,
            Object::Module(_) | Object::Native(_) | Object::Closure(_) => 72,
            Object::Instance(_) => match crate::builtins::bytes::bytes_of(vm, v) {
                Some(b) if &*vm.type_name(v) == "bytearray" => {
                    56 + if b.is_empty() { 0 } else { b.len() as i64 + 1 }
                }
                Some(b) => 33 + b.len() as i64,
                None => match &*vm.type_name(v) {
                    "object" => 16,
                    "complex" => 32,
                    _ => 56,
                },
            },
            _ => 56,
        },
        _ => 16,
    }
}

/// An int of `bits` significant bits: 30-bit digits after a 24-byte header (zero has
/// one digit in 3.11).
fn int_size(bits: i64) -> i64 {
    24 + 4 * ((bits + 29) / 30).max(1)
}

/// A compact string: 1, 2 or 4 bytes per character (plus a terminator), after a
/// header that is smaller for pure ASCII.
fn str_size(s: &str, chars: usize) -> i64 {
    let n = chars as i64;
    let widest = s.chars().map(u32::from).max().unwrap_or(0);
    match widest {
        0..=0x7f => 49 + n,
        0x80..=0xff => 73 + n,
        0x100..=0xffff => 74 + 2 * n,
        _ => 76 + 4 * n,
    }
}

/// The slots a list built by appends holds for `len` items (CPython's over-allocation:
/// `n + n/8 + 6`, rounded down to a multiple of 4, on each growth).
fn list_capacity(len: usize) -> i64 {
    let (mut cap, mut size) = (0usize, 0usize);
    while size < len {
        size += 1;
        if size > cap {
            cap = (size + (size >> 3) + 6) & !3;
        }
    }
    cap as i64
}

/// A dict of `n` keys: the smallest table whose two-thirds holds them; entries take 16
/// bytes when every key is a str (no stored hash needed), 24 otherwise.
fn dict_size(n: usize, all_str: bool) -> i64 {
    if n == 0 {
        return 64;
    }
    let mut size = 8usize;
    while size * 2 / 3 < n {
        size *= 2;
    }
    let index_bytes = match size {
        0..=0x80 => 1,
        0x81..=0x8000 => 2,
        0x8001..=0x8000_0000 => 4,
        _ => 8,
    };
    let usable = (size * 2 / 3) as i64;
    let entry = if all_str { 16 } else { 24 };
    64 + 32 + (size * index_bytes) as i64 + usable * entry
}

/// A set of `n` items: 8 inline slots, then a table that grows fourfold once three
/// fifths of it are used (twofold past 50,000 items), 16 bytes a slot.
fn set_size(n: usize) -> i64 {
    let mut table = 8usize;
    let mut fill = 0usize;
    while fill < n {
        fill += 1;
        if fill * 5 >= (table - 1) * 3 {
            let want = if fill > 50_000 { fill * 2 } else { fill * 4 };
            while table <= want {
                table *= 2;
            }
        }
    }
    200 + GC_HEAD + if table > 8 { 16 * table as i64 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_follow_cpython_growth() {
        assert_eq!(list_capacity(0), 0);
        assert_eq!(list_capacity(1), 4);
        assert_eq!(list_capacity(5), 8);
        assert_eq!(list_capacity(9), 16);
        assert_eq!(dict_size(5, true), 184);
        assert_eq!(dict_size(6, true), 272);
        assert_eq!(dict_size(171, true), 6576);
        assert_eq!(dict_size(1, false), 224);
        assert_eq!(set_size(4), 216);
        assert_eq!(set_size(5), 728);
        assert_eq!(set_size(307), 32984);
        assert_eq!(int_size(0), 28);
        assert_eq!(int_size(61), 36);
    }
}
