//! `memoryview`: a 1-D view of the bytes of a `bytes` or `bytearray` (the exporting
//! object). The view keeps the exporter, a byte offset, a stride and an item count, and
//! reads or writes the exporter's buffer on every access, so writes through a view of a
//! bytearray are seen by the bytearray and the reverse.
//!
//! A bytearray counts its unreleased views (`BytesData::exports`); a resize while the
//! count is non-zero first recounts the views still alive (collecting if it may), so a
//! view that was simply dropped does not keep the bytearray locked as it would not in
//! CPython either.

use std::any::Any;

use crate::builtins::bytes::{bytes_mut, bytes_of, new_bytes, BytesData};
use crate::builtins::{Args, NativeDef};
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::ops::{compare, convert, subscr};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};

const METHODS: &[NativeDef] = &[
    NativeDef::new("__len__", mv_len),
    NativeDef::new("__getitem__", mv_getitem),
    NativeDef::new("__setitem__", mv_setitem),
    NativeDef::new("__iter__", mv_iter),
    NativeDef::new("__eq__", mv_eq),
    NativeDef::new("__ne__", mv_ne),
    NativeDef::new("__hash__", mv_hash),
    NativeDef::new("__repr__", mv_repr),
    NativeDef::new("__enter__", mv_enter),
    NativeDef::new("__exit__", mv_exit),
    NativeDef::new("__getattr__", mv_getattr),
    NativeDef::new("tobytes", mv_tobytes),
    NativeDef::new("tolist", mv_tolist),
    NativeDef::new("hex", mv_hex),
    NativeDef::new("release", mv_release),
    NativeDef::new("cast", mv_cast),
    NativeDef::new("toreadonly", mv_toreadonly),
];

/// The state of one view.
#[derive(Clone)]
pub struct MemView {
    /// The exporting `bytes`/`bytearray`.
    obj: Value,
    /// Byte offset of item 0.
    start: usize,
    /// Bytes from one item to the next (negative for reversed slices).
    step: isize,
    /// Number of items.
    len: usize,
    fmt: char,
    itemsize: usize,
    readonly: bool,
    released: bool,
}

impl NativeData for MemView {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.obj);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// Creates the class (called at start-up).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let object = vm.st.types.object;
    let cls = vm.new_class("memoryview", Some(object), Some(mv_new), true);
    vm.add_methods(cls, METHODS);
    vm.st.types.memoryview = cls;
}

/// The size of one item of a struct format character, or `None` if unsupported.
fn item_size(fmt: char) -> Option<usize> {
    Some(match fmt {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' | 'e' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'N' | 'n' | 'd' | 'P' => 8,
        _ => return None,
    })
}

fn view_ref<'v>(vm: &'v Vm<'_>, v: Value) -> Option<&'v MemView> {
    match vm.obj(v)? {
        Object::Instance(i) => match &i.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<MemView>(),
            _ => None,
        },
        _ => None,
    }
}

fn view_mut<'v>(vm: &'v mut Vm<'_>, v: Value) -> Option<&'v mut MemView> {
    match vm.st.heap.get_mut(v.as_obj()?) {
        Object::Instance(i) => match &mut i.payload {
            Payload::Native(n) => n.as_any_mut().downcast_mut::<MemView>(),
            _ => None,
        },
        _ => None,
    }
}

/// The bytes a contiguous, unreleased view covers (for `bytes(mv)`, `b"".join`, ...).
pub fn contiguous_bytes<'v>(vm: &'v Vm<'_>, v: Value) -> Option<&'v [u8]> {
    let m = view_ref(vm, v)?;
    if m.released || (m.step != m.itemsize as isize && m.len > 1) {
        return None;
    }
    let data = bytes_of(vm, m.obj)?;
    data.get(m.start..m.start + m.len * m.itemsize)
}

fn released_error(vm: &mut Vm<'_>) -> Throw {
    vm.value_error("operation forbidden on released memoryview object")
}

/// `self`'s state, or the errors CPython gives for a released view / wrong `self`.
fn this(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<MemView> {
    match args.get(0).and_then(|v| view_ref(vm, v)) {
        Some(m) if m.released => Err(released_error(vm)),
        Some(m) => Ok(m.clone()),
        None => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

/// The exporter's bytes of item `i` (copied).
fn item_bytes(vm: &Vm<'_>, m: &MemView, i: usize) -> Vec<u8> {
    let off = m.start as isize + i as isize * m.step;
    bytes_of(vm, m.obj)
        .and_then(|d| d.get(off as usize..off as usize + m.itemsize))
        .map(|b| b.to_vec())
        .unwrap_or_else(|| vec![0; m.itemsize])
}

fn all_bytes(vm: &Vm<'_>, m: &MemView) -> Vec<u8> {
    let mut out = Vec::with_capacity(m.len * m.itemsize);
    for i in 0..m.len {
        out.extend(item_bytes(vm, m, i));
    }
    out
}

/// One item as a Python value (native byte order, as `struct`'s `@` formats).
fn unpack(vm: &mut Vm<'_>, fmt: char, b: &[u8]) -> Value {
    let u = |n: usize| -> u64 {
        let mut a = [0u8; 8];
        a[..n].copy_from_slice(&b[..n]);
        u64::from_ne_bytes(a)
    };
    let s = |n: usize| -> i64 {
        let bits = 64 - 8 * n as u32;
        ((u(n) << bits) as i64) >> bits
    };
    match fmt {
        'B' => Value::Int(b[0] as i64),
        'b' => Value::Int(b[0] as i8 as i64),
        'c' => new_bytes(vm, vec![b[0]]),
        '?' => Value::Bool(b[0] != 0),
        'H' | 'I' => Value::Int(u(item_size(fmt).unwrap_or(1)) as i64),
        'h' | 'i' | 'l' | 'q' | 'n' => Value::Int(s(item_size(fmt).unwrap_or(1))),
        'L' | 'Q' | 'N' | 'P' => {
            let x = u(8);
            match i64::try_from(x) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_bigint(x.into()),
            }
        }
        'f' => Value::Float(f32::from_bits(u(4) as u32) as f64),
        'd' => Value::Float(f64::from_bits(u(8))),
        'e' => Value::Float(half_to_f64(u(2) as u16)),
        _ => Value::None,
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h >> 15 == 1 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// A Python value as one item's bytes, with CPython's errors.
fn pack(vm: &mut Vm<'_>, fmt: char, v: Value) -> PyResult<Vec<u8>> {
    let size = item_size(fmt).unwrap_or(1);
    let invalid_type =
        |vm: &mut Vm<'_>| vm.type_error(format!("memoryview: invalid type for format '{fmt}'"));
    let invalid_value =
        |vm: &mut Vm<'_>| vm.value_error(format!("memoryview: invalid value for format '{fmt}'"));
    match fmt {
        'c' => match bytes_of(vm, v) {
            Some([b]) => Ok(vec![*b]),
            Some(_) => Err(invalid_value(vm)),
            None => Err(invalid_type(vm)),
        },
        '?' => Ok(vec![compare::is_true(vm, v)? as u8]),
        'f' | 'd' => {
            let x = match v {
                Value::Float(f) => f,
                Value::Int(i) => i as f64,
                Value::Bool(b) => b as i64 as f64,
                _ => return Err(invalid_type(vm)),
            };
            Ok(if fmt == 'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        'e' => {
            let c = vm.st.types.not_implemented_error;
            Err(vm.error(c, "memoryview: format e not supported"))
        }
        _ => {
            let i: i128 = match v {
                Value::Int(i) => i as i128,
                Value::Bool(b) => b as i128,
                Value::Obj(r) => match vm.st.heap.get(r) {
                    Object::BigInt(b) => {
                        let b = (**b).clone();
                        i128::try_from(b).map_err(|_| invalid_value(vm))?
                    }
                    _ => return Err(invalid_type(vm)),
                },
                _ => return Err(invalid_type(vm)),
            };
            let signed = fmt.is_ascii_lowercase();
            let bits = 8 * size as u32;
            let (lo, hi) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if i < lo || i > hi {
                return Err(invalid_value(vm));
            }
            Ok((i as u64).to_ne_bytes()[..size].to_vec())
        }
    }
}

fn alloc(vm: &mut Vm<'_>, m: MemView) -> Value {
    let is_ba = vm.isinstance(m.obj, vm.st.types.bytearray);
    if is_ba && !m.released {
        if let Some(d) = bytes_data_mut(vm, m.obj) {
            d.exports += 1;
        }
    }
    let cls = vm.st.types.memoryview;
    vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(m)),
    })))
}

fn bytes_data_mut<'v>(vm: &'v mut Vm<'_>, v: Value) -> Option<&'v mut BytesData> {
    match vm.st.heap.get_mut(v.as_obj()?) {
        Object::Instance(i) => match &mut i.payload {
            Payload::Native(n) => n.as_any_mut().downcast_mut::<BytesData>(),
            _ => None,
        },
        _ => None,
    }
}

/// `memoryview(object)`
fn mv_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    let key = vm.intern("object");
    let Some(obj) = args.arg_or_kw(0, key) else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.pos.len()
        )));
    }
    if let Some(m) = view_ref(vm, obj) {
        if m.released {
            return Err(released_error(vm));
        }
        let m = m.clone();
        return Ok(alloc(vm, m));
    }
    let Some(len) = bytes_of(vm, obj).map(|b| b.len()) else {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{t}'"
        )));
    };
    let readonly = !vm.isinstance(obj, vm.st.types.bytearray);
    Ok(alloc(
        vm,
        MemView {
            obj,
            start: 0,
            step: 1,
            len,
            fmt: 'B',
            itemsize: 1,
            readonly,
            released: false,
        },
    ))
}

fn mv_len(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args)?;
    Ok(Value::Int(m.len as i64))
}

/// An index into the view, or `IndexError`.
fn index(vm: &mut Vm<'_>, m: &MemView, k: Value) -> PyResult<usize> {
    let i = match k {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => return Err(vm.type_error("memoryview: invalid slice key")),
    };
    let i = if i < 0 { i + m.len as i64 } else { i };
    if i < 0 || i >= m.len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(i as usize)
}

fn sub_view(vm: &mut Vm<'_>, m: &MemView, slice: ObjRef) -> PyResult<MemView> {
    let s = subscr::slice_indices(vm, slice, m.len)?;
    let mut out = m.clone();
    out.start = if s.len == 0 {
        m.start
    } else {
        (m.start as isize + s.start as isize * m.step) as usize
    };
    out.step = m.step * s.step as isize;
    out.len = s.len;
    Ok(out)
}

fn mv_getitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__getitem__", 2, 2)?;
    let m = this(vm, &args)?;
    let k = args.pos[1];
    if let Some(Object::Slice(_)) = vm.obj(k) {
        let r = k.as_obj().unwrap_or(ObjRef(0));
        let sub = sub_view(vm, &m, r)?;
        return Ok(alloc(vm, sub));
    }
    let i = index(vm, &m, k)?;
    let b = item_bytes(vm, &m, i);
    Ok(unpack(vm, m.fmt, &b))
}

fn write_item(vm: &mut Vm<'_>, m: &MemView, i: usize, b: &[u8]) {
    let off = (m.start as isize + i as isize * m.step) as usize;
    if let Some(dst) = bytes_mut(vm, m.obj).and_then(|d| d.get_mut(off..off + b.len())) {
        dst.copy_from_slice(b);
    }
}

fn mv_setitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__setitem__", 3, 3)?;
    let m = this(vm, &args)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (k, v) = (args.pos[1], args.pos[2]);
    if let Some(Object::Slice(_)) = vm.obj(k) {
        let r = k.as_obj().unwrap_or(ObjRef(0));
        let dst = sub_view(vm, &m, r)?;
        // The source: any view or bytes-like object with the same structure.
        let src = match view_ref(vm, v) {
            Some(s) if s.released => return Err(released_error(vm)),
            Some(s) => s.clone(),
            None => match bytes_of(vm, v).map(|b| b.len()) {
                Some(len) => MemView {
                    obj: v,
                    start: 0,
                    step: 1,
                    len,
                    fmt: 'B',
                    itemsize: 1,
                    readonly: true,
                    released: false,
                },
                None => {
                    let t = vm.type_name(v);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{t}'"))
                    );
                }
            },
        };
        let same_fmt = src.fmt == dst.fmt
            || (is_byte_fmt(src.fmt) && is_byte_fmt(dst.fmt) && src.fmt != 'c' && dst.fmt != 'c');
        if src.len != dst.len || !same_fmt {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        // Copy first: source and destination may overlap.
        let items: Vec<Vec<u8>> = (0..src.len).map(|i| item_bytes(vm, &src, i)).collect();
        for (i, b) in items.iter().enumerate() {
            write_item(vm, &dst, i, b);
        }
        return Ok(Value::None);
    }
    let i = index(vm, &m, k)?;
    let b = pack(vm, m.fmt, v)?;
    write_item(vm, &m, i, &b);
    Ok(Value::None)
}

fn is_byte_fmt(f: char) -> bool {
    matches!(f, 'B' | 'b' | 'c')
}

fn items(vm: &mut Vm<'_>, m: &MemView) -> Vec<Value> {
    (0..m.len)
        .map(|i| {
            let b = item_bytes(vm, m, i);
            unpack(vm, m.fmt, &b)
        })
        .collect()
}

fn mv_tolist(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "tolist", 1, 1)?;
    let m = this(vm, &args)?;
    let v = items(vm, &m);
    Ok(vm.new_list(v))
}

fn mv_iter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args)?;
    let v = items(vm, &m);
    let l = vm.new_list(v);
    crate::ops::iter::get_iter(vm, l)
}

fn mv_tobytes(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args)?;
    let b = all_bytes(vm, &m);
    Ok(new_bytes(vm, b))
}

/// `hex([sep[, bytes_per_sep]])`, as `bytes.hex`.
fn mv_hex(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args)?;
    let b = all_bytes(vm, &m);
    let b = new_bytes(vm, b);
    let mark = vm.push_root(b);
    let hex = vm.intern("hex");
    let r = crate::ops::attr::get_attr(vm, b, hex)
        .and_then(|f| crate::call::call_value(vm, f, &args.pos[1..], args.kw));
    vm.pop_roots(mark);
    r
}

fn release(vm: &mut Vm<'_>, v: Value) {
    let Some(m) = view_mut(vm, v) else { return };
    if m.released {
        return;
    }
    m.released = true;
    let obj = m.obj;
    if let Some(d) = bytes_data_mut(vm, obj) {
        d.exports = d.exports.saturating_sub(1);
    }
}

fn mv_release(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "release", 1, 1)?;
    release(vm, args.pos[0]);
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(args.pos[0])
}

fn mv_exit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    if let Some(v) = args.get(0) {
        release(vm, v);
    }
    Ok(Value::None)
}

fn mv_toreadonly(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let mut m = this(vm, &args)?;
    m.readonly = true;
    Ok(alloc(vm, m))
}

/// `cast(format)` of a 1-D contiguous view.
fn mv_cast(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "cast", 2, 3)?;
    let m = this(vm, &args)?;
    let f = vm
        .as_str(args.pos[1])
        .map(|s| s.strip_prefix('@').unwrap_or(s).to_string());
    let Some(f) = f else {
        return Err(vm.type_error("memoryview: format argument must be a string"));
    };
    let mut chars = f.chars();
    let (Some(fmt), None) = (chars.next(), chars.next()) else {
        return Err(fmt_error(vm));
    };
    let Some(size) = item_size(fmt) else {
        return Err(fmt_error(vm));
    };
    if args.pos.len() == 3 {
        let c = vm.st.types.not_implemented_error;
        return Err(vm.error(c, "memoryview: cast with a shape is not supported"));
    }
    if m.step != m.itemsize as isize && m.len > 1 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if !is_byte_fmt(fmt) && !is_byte_fmt(m.fmt) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let out = MemView {
        step: size as isize,
        len: nbytes / size,
        fmt,
        itemsize: size,
        ..m
    };
    Ok(alloc(vm, out))
}

fn fmt_error(vm: &mut Vm<'_>) -> Throw {
    vm.value_error(
        "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    )
}

/// The items of a comparable operand: a view's items or a bytes-like object's ints.
fn comparable(vm: &mut Vm<'_>, v: Value) -> Option<Vec<Value>> {
    if let Some(m) = view_ref(vm, v) {
        let m = m.clone();
        return Some(items(vm, &m));
    }
    bytes_of(vm, v).map(|b| b.iter().map(|x| Value::Int(*x as i64)).collect())
}

fn mv_eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__eq__", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    if a.is(b) {
        return Ok(Value::Bool(true));
    }
    let released = |vm: &Vm<'_>, v: Value| view_ref(vm, v).is_some_and(|m| m.released);
    if released(vm, a) || released(vm, b) {
        return Ok(Value::Bool(false));
    }
    let (Some(x), Some(y)) = (comparable(vm, a), comparable(vm, b)) else {
        return Ok(vm.st.not_implemented);
    };
    if x.len() != y.len() {
        return Ok(Value::Bool(false));
    }
    for (p, q) in x.into_iter().zip(y) {
        if !compare::eq(vm, p, q)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn mv_ne(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = mv_eq(vm, args)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn mv_hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_fmt(m.fmt) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = all_bytes(vm, &m);
    let b = new_bytes(vm, b);
    let mark = vm.push_root(b);
    let h = compare::hash(vm, b);
    vm.pop_roots(mark);
    Ok(Value::Int(h?))
}

fn mv_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let v = args.get(0).unwrap_or(Value::None);
    let released = view_ref(vm, v).is_some_and(|m| m.released);
    let addr = convert::fake_addr(v);
    let s = if released {
        format!("<released memory at {addr}>")
    } else {
        format!("<memory at {addr}>")
    };
    Ok(vm.new_string(s))
}

/// The read-only attributes (`readonly`, `nbytes`, `format`, `shape`, ...).
fn mv_getattr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__getattr__", 2, 2)?;
    let name = vm.as_str(args.pos[1]).unwrap_or("").to_string();
    let known = [
        "obj",
        "nbytes",
        "readonly",
        "itemsize",
        "format",
        "ndim",
        "shape",
        "strides",
        "suboffsets",
        "c_contiguous",
        "f_contiguous",
        "contiguous",
    ];
    if !known.contains(&name.as_str()) {
        let n = vm.intern(&name);
        return Err(vm.attribute_error(args.pos[0], n));
    }
    let m = this(vm, &args)?;
    let contiguous = m.step == m.itemsize as isize || m.len <= 1;
    Ok(match name.as_str() {
        "obj" => m.obj,
        "nbytes" => Value::Int((m.len * m.itemsize) as i64),
        "readonly" => Value::Bool(m.readonly),
        "itemsize" => Value::Int(m.itemsize as i64),
        "format" => vm.new_string(m.fmt.to_string()),
        "ndim" => Value::Int(1),
        "shape" => vm.new_tuple(vec![Value::Int(m.len as i64)]),
        "strides" => vm.new_tuple(vec![Value::Int(m.step as i64)]),
        "suboffsets" => vm.new_tuple(Vec::new()),
        _ => Value::Bool(contiguous),
    })
}

/// Before a bytearray changes size: `BufferError` while a view of it is alive and
/// unreleased. Views dropped without `release()` are found dead by a collection.
pub fn check_resize(vm: &mut Vm<'_>, ba: Value) -> PyResult<()> {
    let exports = match bytes_data_mut(vm, ba) {
        Some(d) => d.exports,
        None => return Ok(()),
    };
    if exports == 0 {
        return Ok(());
    }
    crate::gc_finalize::collect_now(vm)?;
    let live = vm
        .st
        .heap
        .slots
        .iter()
        .filter(|o| match o {
            Object::Instance(i) => match &i.payload {
                Payload::Native(n) => n
                    .as_any()
                    .downcast_ref::<MemView>()
                    .is_some_and(|m| !m.released && m.obj.is(ba)),
                _ => false,
            },
            _ => false,
        })
        .count() as u32;
    if let Some(d) = bytes_data_mut(vm, ba) {
        d.exports = live;
    }
    if live > 0 {
        let name = vm.intern("BufferError");
        let cls = vm.st.builtins.get(name).and_then(|v| v.as_obj());
        let msg = "Existing exports of data: object cannot be re-sized";
        return Err(match cls {
            Some(c) => vm.error(c, msg),
            None => vm.value_error(msg),
        });
    }
    Ok(())
}
