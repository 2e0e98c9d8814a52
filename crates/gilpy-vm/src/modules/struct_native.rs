//! `_struct`: packing values to bytes and back by a format string, as CPython's C
//! module (the `struct` module, `py/struct.py`, adds the `Struct` class). Native mode
//! (`@`, the default) uses x86-64 Linux sizes and alignment; `=`, `<`, `>`, `!` use the
//! standard sizes without alignment. Error messages follow CPython 3.11.

use crate::builtins::bytes::{bytes_mut, bytes_of, new_bytes};
use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::methods::common::big_index;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};
use num_traits::ToPrimitive;

/// `import _struct`
pub const MODULE: ModuleDef = ModuleDef {
    name: "_struct",
    init,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("pack", pack),
    NativeDef::new("unpack", unpack),
    NativeDef::new("calcsize", calcsize),
    NativeDef::new("pack_into", pack_into),
    NativeDef::new("unpack_from", unpack_from),
    NativeDef::new("_unpack_all", unpack_all),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    let exc = vm.st.types.exception;
    let err = vm.new_class("error", Some(exc), None, false);
    if let Object::Class(k) = vm.st.heap.get_mut(err) {
        k.module = "struct".into();
    }
    let module = vm.new_str("struct");
    vm.class_set(err, "__module__", module);
    vm.module_set(m, "error", Value::Obj(err));
    vm.module_add_functions(m, FUNCTIONS);
    Ok(())
}

/// `struct.error(msg)`
fn error(vm: &mut Vm<'_>, msg: impl Into<String>) -> Throw {
    let mid = vm.intern("_struct");
    let name = vm.intern("error");
    let class = vm
        .st
        .modules
        .get(&mid)
        .copied()
        .and_then(|m| match vm.st.heap.get(m) {
            Object::Module(m) => m.attrs.get(&name).and_then(|v| v.as_obj()),
            _ => None,
        });
    match class {
        Some(c) => vm.error(c, msg),
        None => vm.runtime_error("_struct.error is missing"),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

/// One format code with its repeat count (for `s`/`p` the count is the length).
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    /// Byte offset of the first value.
    offset: usize,
}

struct Layout {
    order: Order,
    /// `@`: native sizes and alignment.
    native: bool,
    /// `>`/`!`: CPython's big-endian packers word some range errors differently.
    big: bool,
    items: Vec<Item>,
    size: usize,
    /// How many values `pack` takes and `unpack` returns.
    nvalues: usize,
}

/// The size of one `code` value (`None`: not a format code in this mode).
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &mut Vm<'_>, fmt: &[u8]) -> PyResult<Layout> {
    let (order, native, big, rest) = match fmt.first() {
        Some(b'@') => (Order::Native, true, false, &fmt[1..]),
        Some(b'=') => (Order::Little, false, false, &fmt[1..]),
        Some(b'<') => (Order::Little, false, false, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, false, true, &fmt[1..]),
        _ => (Order::Native, true, false, fmt),
    };
    let mut items = Vec::new();
    let mut offset = 0usize;
    let mut nvalues = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < rest.len() && rest[i].is_ascii_digit() {
            let d = (rest[i] - b'0') as usize;
            let n = count
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|n| n.checked_add(d));
            match n {
                Some(n) => count = Some(n),
                None => return Err(error(vm, "total struct size too long")),
            }
            i += 1;
        }
        let Some(&code) = rest.get(i) else {
            return Err(error(vm, "repeat count given without format specifier"));
        };
        i += 1;
        let Some(size) = code_size(code, native) else {
            if count.is_some() && code.is_ascii_whitespace() {
                return Err(error(vm, "repeat count given without format specifier"));
            }
            return Err(error(vm, "bad char in struct format"));
        };
        let count = count.unwrap_or(1);
        if native && size > 1 {
            offset = offset.div_ceil(size) * size;
        }
        let total = if matches!(code, b's' | b'p') {
            count
        } else {
            count.saturating_mul(size)
        };
        items.push(Item {
            code,
            count,
            size,
            offset,
        });
        offset = match offset.checked_add(total) {
            Some(o) if o < isize::MAX as usize => o,
            _ => return Err(error(vm, "total struct size too long")),
        };
        nvalues += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Layout {
        order,
        native,
        big,
        items,
        size: offset,
        nvalues,
    })
}

/// The format argument (`str` or `bytes`).
fn format_of(vm: &mut Vm<'_>, v: Value) -> PyResult<Layout> {
    let text: Vec<u8> = if let Some(s) = vm.as_str(v) {
        s.as_bytes().to_vec()
    } else if let Some(b) = bytes_of(vm, v) {
        b.to_vec()
    } else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {t}"
        )));
    };
    parse(vm, &text)
}

fn put(out: &mut [u8], order: Order, bytes_le: &[u8]) {
    match order {
        Order::Big => {
            for (o, b) in out.iter_mut().zip(bytes_le.iter().rev()) {
                *o = *b;
            }
        }
        _ => out.copy_from_slice(bytes_le),
    }
}

/// The integer range error of `code` (CPython's wording differs by code and mode).
fn range_error(vm: &mut Vm<'_>, code: u8, size: usize, big: bool, signed: bool) -> Throw {
    let bits = size * 8;
    let (lo, hi) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    let what = match code {
        b'b' => "byte format".to_string(),
        b'B' => "ubyte format".to_string(),
        b'h' if !big => "short format".to_string(),
        b'H' if !big => "ushort format".to_string(),
        _ => format!("'{}' format", code as char),
    };
    error(vm, format!("{what} requires {lo} <= number <= {hi}"))
}

fn pack_int(vm: &mut Vm<'_>, lay: &Layout, it: &Item, v: Value, out: &mut [u8]) -> PyResult<()> {
    let Some(n) = big_index(vm, v)? else {
        return Err(error(vm, "required argument is not an integer"));
    };
    let signed = matches!(it.code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    // b/B/h/H go through a C long (big-endian H/B excepted), the others through a
    // long or unsigned long of their signedness; failing that: "argument out of range".
    let via_long = matches!(it.code, b'b' | b'B' | b'h') || (it.code == b'H' && !lay.big);
    let wide: i128 = if signed || via_long {
        match n.to_i64() {
            Some(x) => x as i128,
            None if lay.big && matches!(it.code, b'q') => {
                return Err(error(vm, "int too large to convert"))
            }
            None => return Err(error(vm, "argument out of range")),
        }
    } else {
        // A pointer (`P`) may be given as a negative number, as in C.
        match n
            .to_u64()
            .or_else(|| n.to_i64().filter(|_| it.code == b'P').map(|x| x as u64))
        {
            Some(x) => x as i128,
            None if lay.big && it.code == b'Q' => {
                return Err(error(vm, "int too large to convert"))
            }
            None => return Err(error(vm, "argument out of range")),
        }
    };
    let bits = it.size * 8;
    if bits < 64 {
        let (lo, hi) = if signed {
            (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
        } else {
            (0, (1i128 << bits) - 1)
        };
        if wide < lo || wide > hi {
            return Err(range_error(vm, it.code, it.size, lay.big, signed));
        }
    }
    let le = (wide as u128).to_le_bytes();
    put(out, lay.order, &le[..it.size]);
    Ok(())
}

fn float_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(b))),
        _ => match vm.obj(v) {
            Some(Object::BigInt(b)) => {
                let b = (**b).clone();
                crate::ops::num::big_to_f64(vm, &b)
            }
            Some(Object::Instance(_))
                if vm.user_dunder(v, crate::names::sym::__float__).is_some() =>
            {
                let f = vm.user_dunder(v, crate::names::sym::__float__);
                match f.map(|f| vm.call(f, &[v])).transpose()? {
                    Some(Value::Float(x)) => Ok(x),
                    _ => Err(error(vm, "required argument is not a float")),
                }
            }
            _ => Err(error(vm, "required argument is not a float")),
        },
    }
}

/// `x` as an IEEE half float, rounding to nearest even; `None` when it overflows.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Multiples of 2^-24 (the smallest subnormal) up to 65504; scale, round, rebuild.
    let (e, m) = if a < 2f64.powi(-14) {
        (0u16, (a * 2f64.powi(24)).round_ties_even() as u32)
    } else {
        let mut exp = a.log2().floor() as i32;
        if 2f64.powi(exp) > a {
            exp -= 1;
        } else if 2f64.powi(exp + 1) <= a {
            exp += 1;
        }
        let frac = a / 2f64.powi(exp) - 1.0;
        let mut mant = (frac * 1024.0).round_ties_even() as u32;
        if mant == 1024 {
            mant = 0;
            exp += 1;
        }
        if exp > 15 {
            return None;
        }
        ((exp + 15) as u16, mant)
    };
    // A subnormal that rounds up to 1024 becomes the smallest normal, which this encodes.
    Some(sign | ((e << 10) + m as u16))
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn pack_one(vm: &mut Vm<'_>, lay: &Layout, it: &Item, v: Value, out: &mut [u8]) -> PyResult<()> {
    match it.code {
        b'?' => {
            let t = crate::ops::compare::is_true(vm, v)?;
            out[0] = u8::from(t);
        }
        b'c' => match bytes_of(vm, v) {
            Some(b) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() && !lay.native {
                let c = vm.st.types.overflow_error;
                return Err(vm.error(c, "float too large to pack with f format"));
            }
            put(out, lay.order, &y.to_le_bytes());
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put(out, lay.order, &x.to_le_bytes());
        }
        b'e' => {
            let x = float_arg(vm, v)?;
            let Some(h) = f64_to_f16(x) else {
                let c = vm.st.types.overflow_error;
                return Err(vm.error(c, "float too large to pack with e format"));
            };
            put(out, lay.order, &h.to_le_bytes());
        }
        _ => pack_int(vm, lay, it, v, out)?,
    }
    Ok(())
}

/// Packs `values` into `out` (`out.len() == lay.size`).
fn pack_values(vm: &mut Vm<'_>, lay: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    if values.len() != lay.nvalues {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                lay.nvalues,
                values.len()
            ),
        ));
    }
    let mut vi = 0;
    for it in &lay.items {
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = values[vi];
                vi += 1;
                let Some(b) = bytes_of(vm, v).map(<[u8]>::to_vec) else {
                    let c = it.code as char;
                    return Err(error(
                        vm,
                        format!("argument for '{c}' must be a bytes object"),
                    ));
                };
                let dst = &mut out[it.offset..it.offset + it.count];
                if it.code == b's' {
                    let n = b.len().min(it.count);
                    dst[..n].copy_from_slice(&b[..n]);
                } else if it.count > 0 {
                    let n = b.len().min(it.count - 1);
                    dst[0] = n.min(255) as u8;
                    dst[1..=n].copy_from_slice(&b[..n]);
                }
            }
            _ => {
                for k in 0..it.count {
                    let at = it.offset + k * it.size;
                    let v = values[vi];
                    vi += 1;
                    pack_one(vm, lay, it, v, &mut out[at..at + it.size])?;
                }
            }
        }
    }
    Ok(())
}

fn get(data: &[u8], order: Order) -> u128 {
    let mut le = [0u8; 16];
    match order {
        Order::Big => {
            for (o, b) in le.iter_mut().zip(data.iter().rev()) {
                *o = *b;
            }
        }
        _ => le[..data.len()].copy_from_slice(data),
    }
    u128::from_le_bytes(le)
}

fn unpack_values(vm: &mut Vm<'_>, lay: &Layout, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(lay.nvalues);
    for it in &lay.items {
        match it.code {
            b'x' => {}
            b's' => out.push(new_bytes(
                vm,
                data[it.offset..it.offset + it.count].to_vec(),
            )),
            b'p' => {
                let field = &data[it.offset..it.offset + it.count];
                let v = match field.split_first() {
                    Some((&n, rest)) => rest[..(n as usize).min(rest.len())].to_vec(),
                    None => Vec::new(),
                };
                out.push(new_bytes(vm, v));
            }
            _ => {
                for k in 0..it.count {
                    let at = it.offset + k * it.size;
                    let raw = get(&data[at..at + it.size], lay.order);
                    let bits = it.size * 8;
                    let v = match it.code {
                        b'?' => Value::Bool(raw != 0),
                        b'c' => new_bytes(vm, vec![raw as u8]),
                        b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                        b'd' => Value::Float(f64::from_bits(raw as u64)),
                        b'e' => Value::Float(f16_to_f64(raw as u16)),
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            let shift = 128 - bits;
                            Value::Int((((raw << shift) as i128) >> shift) as i64)
                        }
                        _ => match i64::try_from(raw) {
                            Ok(i) => Value::Int(i),
                            Err(_) => vm.new_bigint(num_bigint::BigInt::from(raw)),
                        },
                    };
                    out.push(v);
                }
            }
        }
    }
    out
}

/// `pack(format, v1, v2, ...)`
fn pack(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "pack")?;
    let Some(&f) = args.pos.first() else {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    };
    let lay = format_of(vm, f)?;
    let mut out = vec![0u8; lay.size];
    pack_values(vm, &lay, &args.pos[1..], &mut out)?;
    Ok(new_bytes(vm, out))
}

/// `pack_into(format, buffer, offset, v1, v2, ...)`
fn pack_into(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "pack_into")?;
    if args.pos.len() < 3 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("pack_into expected at least 3 arguments, got {n}")));
    }
    let lay = format_of(vm, args.pos[0])?;
    let buf = args.pos[1];
    let off = crate::methods::common::index(vm, args.pos[2])?;
    let mut out = vec![0u8; lay.size];
    pack_values(vm, &lay, &args.pos[3..], &mut out)?;
    let Some(dst) = bytes_mut(vm, buf) else {
        let t = vm.type_name(buf);
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {t}"
        )));
    };
    let len = dst.len();
    let start = if off < 0 { len as i64 + off } else { off };
    if start < 0 {
        return Err(error(
            vm,
            format!("offset {off} out of range for {len}-byte buffer"),
        ));
    }
    let start = start as usize;
    if start + lay.size > len {
        return Err(error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                start + lay.size,
                lay.size,
                start,
                len
            ),
        ));
    }
    if let Some(dst) = bytes_mut(vm, buf) {
        dst[start..start + lay.size].copy_from_slice(&out);
    }
    Ok(Value::None)
}

fn buffer(vm: &mut Vm<'_>, v: Value) -> PyResult<Vec<u8>> {
    match bytes_of(vm, v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// `unpack(format, buffer)`
fn unpack(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "unpack", 2, 2)?;
    let lay = format_of(vm, args.pos[0])?;
    let data = buffer(vm, args.pos[1])?;
    if data.len() != lay.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", lay.size),
        ));
    }
    let vals = unpack_values(vm, &lay, &data);
    Ok(vm.new_tuple(vals))
}

/// `unpack_from(format, buffer, offset=0)`
fn unpack_from(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "unpack_from", 2, 3)?;
    let lay = format_of(vm, args.pos[0])?;
    let buf_kw = vm.intern("buffer");
    let Some(bv) = args.get(1).or_else(|| args.kwarg(buf_kw)) else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let data = buffer(vm, bv)?;
    let off_kw = vm.intern("offset");
    let off = match args.get(2).or_else(|| args.kwarg(off_kw)) {
        Some(v) => crate::methods::common::index(vm, v)?,
        None => 0,
    };
    let len = data.len();
    let start = if off < 0 { len as i64 + off } else { off };
    if start < 0 {
        return Err(error(
            vm,
            format!("offset {off} out of range for {len}-byte buffer"),
        ));
    }
    let start = start as usize;
    if start + lay.size > len {
        return Err(error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                start + lay.size,
                lay.size,
                start,
                len
            ),
        ));
    }
    let vals = unpack_values(vm, &lay, &data[start..start + lay.size]);
    Ok(vm.new_tuple(vals))
}

/// `_unpack_all(format, buffer)`: every record, as a list (`iter_unpack` iterates it).
fn unpack_all(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "iter_unpack", 2, 2)?;
    let lay = format_of(vm, args.pos[0])?;
    let data = buffer(vm, args.pos[1])?;
    if lay.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % lay.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                lay.size
            ),
        ));
    }
    let mut rows = Vec::with_capacity(data.len() / lay.size);
    for chunk in data.chunks(lay.size) {
        let vals = unpack_values(vm, &lay, chunk);
        rows.push(vm.new_tuple(vals));
    }
    Ok(vm.new_list(rows))
}

/// `calcsize(format)`
fn calcsize(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "calcsize", 1, 1)?;
    let lay = format_of(vm, args.pos[0])?;
    Ok(Value::Int(lay.size as i64))
}
