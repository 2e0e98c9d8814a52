//! `bytes` and `bytearray`: native classes whose instances carry a byte buffer. The
//! VM's operators reach them through their dunder methods (`__len__`, `__getitem__`,
//! `__add__`, `__eq__`, `__hash__`, ...), so no operator code knows about them.

use std::any::Any;

use crate::builtins::{Args, NativeDef};
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::ops::{iter, subscr};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};

/// Methods shared by `bytes` and `bytearray`.
pub const COMMON_METHODS: &[NativeDef] = &[
    NativeDef::new("__repr__", repr),
    NativeDef::new("__str__", repr),
    NativeDef::new("__len__", len),
    NativeDef::new("__getitem__", getitem),
    NativeDef::new("__iter__", iter_),
    NativeDef::new("__contains__", contains),
    NativeDef::new("__add__", add),
    NativeDef::new("__mul__", mul),
    NativeDef::new("__rmul__", mul),
    NativeDef::new("__eq__", eq),
    NativeDef::new("__ne__", ne),
    NativeDef::new("__lt__", lt),
    NativeDef::new("__le__", le),
    NativeDef::new("__gt__", gt),
    NativeDef::new("__ge__", ge),
    NativeDef::new("decode", decode),
    NativeDef::new("hex", hex),
    NativeDef::new("fromhex", fromhex),
    NativeDef::new("join", join),
    NativeDef::new("split", split),
    NativeDef::new("strip", strip),
    NativeDef::new("lstrip", lstrip),
    NativeDef::new("rstrip", rstrip),
    NativeDef::new("startswith", startswith),
    NativeDef::new("endswith", endswith),
    NativeDef::new("find", find),
    NativeDef::new("index", index),
    NativeDef::new("count", count),
    NativeDef::new("replace", replace),
    NativeDef::new("upper", upper),
    NativeDef::new("lower", lower),
];

/// `bytes` only.
pub const BYTES_METHODS: &[NativeDef] = &[NativeDef::new("__hash__", hash)];

/// `bytearray` only (mutation).
pub const BYTEARRAY_METHODS: &[NativeDef] = &[
    NativeDef::new("__setitem__", setitem),
    NativeDef::new("__iadd__", iadd),
    NativeDef::new("append", append),
    NativeDef::new("extend", extend),
    NativeDef::new("pop", pop),
    NativeDef::new("clear", clear),
    NativeDef::new("copy", copy),
];

/// `str` methods that make bytes.
pub const STR_METHODS: &[NativeDef] = &[NativeDef::new("encode", encode)];

/// The bytes of a `bytes` or `bytearray` object.
pub struct BytesData {
    pub data: Vec<u8>,
    /// Unreleased `memoryview`s of a bytearray (an upper bound; see `memview.rs`).
    pub exports: u32,
}

impl NativeData for BytesData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// Creates the two classes (called at start-up).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let object = vm.st.types.object;
    let b = vm.new_class("bytes", Some(object), Some(bytes_new), true);
    let ba = vm.new_class("bytearray", Some(object), Some(bytearray_new), true);
    vm.st.types.bytes = b;
    vm.st.types.bytearray = ba;
    vm.add_methods(b, COMMON_METHODS);
    vm.add_methods(b, BYTES_METHODS);
    vm.add_methods(ba, COMMON_METHODS);
    vm.add_methods(ba, BYTEARRAY_METHODS);
    for cls in [b, ba] {
        vm.add_methods(cls, super::bytes_extra::METHODS);
        vm.add_methods(
            cls,
            &[NativeDef::new("maketrans", super::bytes_extra::maketrans)],
        );
    }
    vm.add_methods(ba, super::bytes_extra::BYTEARRAY_METHODS);
    // bytearray is mutable, hence unhashable.
    let h = vm.intern("__hash__");
    if let Object::Class(c) = vm.st.heap.get_mut(ba) {
        c.dict.insert(h, Value::None);
    }
    vm.set_builtin("bytes", Value::Obj(b));
    vm.set_builtin("bytearray", Value::Obj(ba));
}

/// The bytes of `v` if it is a `bytes` or `bytearray`.
pub fn bytes_of<'v>(vm: &'v Vm<'_>, v: Value) -> Option<&'v [u8]> {
    match vm.obj(v)? {
        Object::Instance(i) => match &i.payload {
            Payload::Native(n) => match n.as_any().downcast_ref::<BytesData>() {
                Some(d) => Some(&d.data[..]),
                // A contiguous memoryview is bytes-like too (`bytes(mv)`, `b"".join`).
                None => crate::builtins::memview::contiguous_bytes(vm, v),
            },
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn bytes_mut<'v>(vm: &'v mut Vm<'_>, v: Value) -> Option<&'v mut Vec<u8>> {
    match vm.st.heap.get_mut(v.as_obj()?) {
        Object::Instance(i) => match &mut i.payload {
            Payload::Native(n) => n
                .as_any_mut()
                .downcast_mut::<BytesData>()
                .map(|d| &mut d.data),
            _ => None,
        },
        _ => None,
    }
}

/// A new `bytes` object.
pub fn new_bytes(vm: &mut Vm<'_>, data: Vec<u8>) -> Value {
    let cls = vm.st.types.bytes;
    make(vm, cls, data)
}

fn make(vm: &mut Vm<'_>, cls: ObjRef, data: Vec<u8>) -> Value {
    vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(BytesData { data, exports: 0 })),
    })))
}

/// A result of the same kind (`bytes` or `bytearray`) as `like`.
pub(crate) fn same_kind(vm: &mut Vm<'_>, like: Value, data: Vec<u8>) -> Value {
    let cls = if is_bytearray(vm, like) {
        vm.st.types.bytearray
    } else {
        vm.st.types.bytes
    };
    make(vm, cls, data)
}

fn is_bytearray(vm: &Vm<'_>, v: Value) -> bool {
    let ba = vm.st.types.bytearray;
    vm.isinstance(v, ba)
}

/// `self`'s bytes (copied), or `TypeError`.
fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Vec<u8>> {
    match args.get(0).and_then(|v| bytes_of(vm, v)) {
        Some(b) => Ok(b.to_vec()),
        None => Err(crate::methods::common::descriptor_error(
            vm, args, "bytes", method,
        )),
    }
}

fn type_name(vm: &Vm<'_>, v: Value) -> String {
    vm.type_name(v).to_string()
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required, not 'str'`.
fn bytes_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<Vec<u8>> {
    match bytes_of(vm, v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = type_name(vm, v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// An int in `0..256`.
fn byte_value(vm: &mut Vm<'_>, v: Value, msg: &str) -> PyResult<u8> {
    let i = match v {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => {
            let t = type_name(vm, v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    u8::try_from(i).map_err(|_| vm.value_error(msg))
}

/// The bytes an iterable of ints (or a bytes-like object) stands for.
fn from_iterable(vm: &mut Vm<'_>, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, v) {
        return Ok(b.to_vec());
    }
    let items = iter::collect(vm, v)?;
    items
        .into_iter()
        .map(|x| byte_value(vm, x, "bytes must be in range(0, 256)"))
        .collect()
}

/// What `bytes(...)` / `bytearray(...)` build from their arguments.
fn construct(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<Vec<u8>> {
    let src = crate::methods::common::arg(vm, args, 0, "source");
    let enc = crate::methods::common::arg(vm, args, 1, "encoding");
    let errors = crate::methods::common::arg(vm, args, 2, "errors");
    let Some(src) = src else {
        if enc.is_some() || errors.is_some() {
            let what = if enc.is_some() { "encoding" } else { "errors" };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = vm.as_str(src).map(str::to_string) {
        let Some(enc) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return encode_str(vm, &s, enc, errors);
    }
    if enc.is_some() {
        let what = "encoding or errors without a string argument";
        return Err(vm.type_error(what));
    }
    match src {
        Value::Int(n) => {
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if n > 1 << 32 {
                return Err(vm.error(vm.st.types.memory_error, String::new()));
            }
            Ok(vec![0; n as usize])
        }
        Value::Bool(b) => Ok(vec![0; b as usize]),
        Value::Float(_) => {
            let t = type_name(vm, src);
            Err(vm.type_error(format!("cannot convert '{t}' object to {name}")))
        }
        // An object with `__index__` is a size, as an int is.
        _ if matches!(vm.obj(src), Some(Object::Instance(_)))
            && vm.user_dunder(src, crate::names::sym::__index__).is_some() =>
        {
            let n = crate::methods::common::index(vm, src)?;
            construct_sized(vm, n)
        }
        _ => from_iterable(vm, src),
    }
}

fn construct_sized(vm: &mut Vm<'_>, n: i64) -> PyResult<Vec<u8>> {
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    if n > 1 << 32 {
        return Err(vm.error(vm.st.types.memory_error, String::new()));
    }
    Ok(vec![0; n as usize])
}

fn bytes_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    let data = construct(vm, &args, "bytes")?;
    Ok(make(vm, cls, data))
}

fn bytearray_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    let data = construct(vm, &args, "bytearray")?;
    Ok(make(vm, cls, data))
}

/// `b'...'` as CPython writes it.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::with_capacity(data.len() + 3);
    s.push('b');
    s.push(quote);
    for &b in data {
        match b {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            _ if b as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push(quote);
    s
}

fn repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "__repr__")?;
    let r = bytes_repr(&data);
    let s = if is_bytearray(vm, args.pos[0]) {
        format!("bytearray({r})")
    } else {
        r
    };
    Ok(vm.new_string(s))
}

fn len(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    // Borrowed, not copied: `len(b)` must not cost O(len(b)).
    if let Some(b) = args.get(0).and_then(|v| bytes_of(vm, v)) {
        return Ok(Value::Int(b.len() as i64));
    }
    Ok(Value::Int(this(vm, &args, "__len__")?.len() as i64))
}

fn getitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    // `b[i]` and `b[i:j]` read the borrowed bytes (no copy of the whole object), so
    // scanning a large bytes object (pickle.loads) stays linear.
    if let (Some(n), 2) = (
        args.get(0).and_then(|v| bytes_of(vm, v)).map(<[u8]>::len),
        args.pos.len(),
    ) {
        let key = args.pos[1];
        if let Value::Int(i) = key {
            let j = if i < 0 { i + n as i64 } else { i };
            if let Some(&byte) = usize::try_from(j)
                .ok()
                .and_then(|j| bytes_of(vm, args.pos[0]).and_then(|b| b.get(j)))
            {
                return Ok(Value::Int(byte as i64));
            }
        } else if let Some(Object::Slice(_)) = vm.obj(key) {
            let idx = subscr::slice_indices(vm, key.as_obj().unwrap_or(ObjRef(0)), n)?;
            let data = bytes_of(vm, args.pos[0]).unwrap_or(&[]);
            let out: Vec<u8> = idx.indices().filter_map(|i| data.get(i).copied()).collect();
            return Ok(same_kind(vm, args.pos[0], out));
        }
    }
    let data = this(vm, &args, "__getitem__")?;
    args.check_method(vm, "__getitem__", 1, 1)?;
    let key = args.pos[1];
    if let Some(Object::Slice(_)) = vm.obj(key) {
        let idx = subscr::slice_indices(vm, key.as_obj().unwrap_or(ObjRef(0)), data.len())?;
        let out: Vec<u8> = idx.indices().map(|i| data[i]).collect();
        return Ok(same_kind(vm, args.pos[0], out));
    }
    let i = index_arg(vm, key, &data, "index out of range")?;
    Ok(Value::Int(data[i] as i64))
}

/// A position in `data` from an int key (negative counts from the end).
fn index_arg(vm: &mut Vm<'_>, key: Value, data: &[u8], msg: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => {
            let kind = if is_bytearray_len_msg(msg) {
                "bytearray"
            } else {
                "byte"
            };
            let t = type_name(vm, key);
            return Err(vm.type_error(format!(
                "{kind} indices must be integers or slices, not {t}"
            )));
        }
    };
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(msg));
    }
    Ok(j as usize)
}

fn is_bytearray_len_msg(msg: &str) -> bool {
    msg.starts_with("bytearray")
}

fn setitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "__setitem__")?;
    args.check_method(vm, "__setitem__", 2, 2)?;
    let (key, value) = (args.pos[1], args.pos[2]);
    if let Some(Object::Slice(_)) = vm.obj(key) {
        let idx = subscr::slice_indices(vm, key.as_obj().unwrap_or(ObjRef(0)), data.len())?;
        let new = from_iterable(vm, value)?;
        let mut out = data.clone();
        if idx.step == 1 {
            let start = idx.start.max(0) as usize;
            let end = start + idx.len;
            out.splice(start..end, new);
        } else {
            if new.len() != idx.len {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    idx.len
                )));
            }
            for (i, b) in idx.indices().zip(new) {
                out[i] = b;
            }
        }
        if out.len() != data.len() {
            crate::builtins::memview::check_resize(vm, args.pos[0])?;
        }
        if let Some(d) = bytes_mut(vm, args.pos[0]) {
            *d = out;
        }
        return Ok(Value::None);
    }
    let i = index_arg(vm, key, &data, "bytearray index out of range")?;
    let b = byte_value(vm, value, "byte must be in range(0, 256)")?;
    if let Some(d) = bytes_mut(vm, args.pos[0]) {
        d[i] = b;
    }
    Ok(Value::None)
}

fn iter_(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "__iter__")?;
    let items: Vec<Value> = data.iter().map(|b| Value::Int(*b as i64)).collect();
    let l = vm.new_list(items);
    iter::get_iter(vm, l)
}

/// Start of `needle` in `hay`.
fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A `sub` argument: bytes-like or an int byte.
fn sub_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(_) | Value::Bool(_) => {
            Ok(vec![byte_value(vm, v, "byte must be in range(0, 256)")?])
        }
        _ => match bytes_of(vm, v) {
            Some(b) => Ok(b.to_vec()),
            None => {
                let t = type_name(vm, v);
                Err(vm.type_error(format!(
                    "argument should be integer or bytes-like object, not '{t}'"
                )))
            }
        },
    }
}

fn contains(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "__contains__")?;
    args.check_method(vm, "__contains__", 1, 1)?;
    let v = args.pos[1];
    let needle = match v {
        Value::Int(_) | Value::Bool(_) => vec![byte_value(vm, v, "byte must be in range(0, 256)")?],
        _ => bytes_arg(vm, v)?,
    };
    Ok(Value::Bool(find_sub(&data, &needle).is_some()))
}

fn add(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let mut data = this(vm, &args, "__add__")?;
    args.check_method(vm, "__add__", 1, 1)?;
    let Some(other) = bytes_of(vm, args.pos[1]).map(<[u8]>::to_vec) else {
        let (t, me) = (type_name(vm, args.pos[1]), type_name(vm, args.pos[0]));
        return Err(vm.type_error(format!("can't concat {t} to {me}")));
    };
    data.extend(other);
    Ok(same_kind(vm, args.pos[0], data))
}

fn iadd(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__iadd__")?;
    crate::builtins::memview::check_resize(vm, args.pos[0])?;
    args.check_method(vm, "__iadd__", 1, 1)?;
    let Some(other) = bytes_of(vm, args.pos[1]).map(<[u8]>::to_vec) else {
        let t = type_name(vm, args.pos[1]);
        return Err(vm.type_error(format!("can't concat {t} to bytearray")));
    };
    if let Some(d) = bytes_mut(vm, args.pos[0]) {
        d.extend(other);
    }
    Ok(args.pos[0])
}

fn mul(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "__mul__")?;
    args.check_method(vm, "__mul__", 1, 1)?;
    let n = match args.pos[1] {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => return Ok(vm.st.not_implemented),
    };
    let n = n.max(0) as usize;
    if data.len().saturating_mul(n) > 1 << 32 {
        return Err(vm.error(vm.st.types.memory_error, String::new()));
    }
    Ok(same_kind(vm, args.pos[0], data.repeat(n)))
}

/// Compares with another bytes-like object; `None` (NotImplemented) otherwise.
fn cmp(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Option<std::cmp::Ordering>> {
    let data = this(vm, args, "__eq__")?;
    args.check_method(vm, "__eq__", 1, 1)?;
    Ok(bytes_of(vm, args.pos[1]).map(|o| data[..].cmp(o)))
}

macro_rules! comparison {
    ($name:ident, $test:expr) => {
        fn $name(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
            Ok(match cmp(vm, &args)? {
                Some(o) => Value::Bool($test(o)),
                None => vm.st.not_implemented,
            })
        }
    };
}
comparison!(eq, |o| o == std::cmp::Ordering::Equal);
comparison!(ne, |o| o != std::cmp::Ordering::Equal);
comparison!(lt, |o| o == std::cmp::Ordering::Less);
comparison!(le, |o| o != std::cmp::Ordering::Greater);
comparison!(gt, |o| o == std::cmp::Ordering::Greater);
comparison!(ge, |o| o != std::cmp::Ordering::Less);

fn hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "__hash__")?;
    // Same as the str with the same ASCII text, as in CPython.
    let h = crate::objects::str::str_hash(&String::from_utf8_lossy(&data));
    Ok(Value::Int(h))
}

// ---- codecs ----------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16/UTF-32; `None` byte order means "with a BOM" (encode writes little-endian).
    Utf16(Option<crate::builtins::codecs::Order>),
    Utf32(Option<crate::builtins::codecs::Order>),
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(o) | Codec::Utf32(o) => crate::builtins::codecs::wide_name(self, o),
        }
    }
}

pub(crate) fn codec(vm: &mut Vm<'_>, v: Option<Value>) -> PyResult<Codec> {
    let Some(v) = v else {
        return Ok(Codec::Utf8);
    };
    let Some(name) = vm.as_str(v).map(str::to_string) else {
        let t = type_name(vm, v);
        return Err(vm.type_error(format!("encode() argument 'encoding' must be str, not {t}")));
    };
    let norm = name.to_ascii_lowercase().replace('_', "-");
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => {
            Ok(Codec::Latin1)
        }
        other => match crate::builtins::codecs::wide_codec(other) {
            Some(c) => Ok(c),
            None => Err(vm.error(
                vm.st.types.lookup_error,
                format!("unknown encoding: {name}"),
            )),
        },
    }
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

pub(crate) fn errors_mode(vm: &mut Vm<'_>, v: Option<Value>) -> PyResult<Errors> {
    let Some(v) = v else {
        return Ok(Errors::Strict);
    };
    match vm.as_str(v) {
        Some("strict") => Ok(Errors::Strict),
        Some("ignore") => Ok(Errors::Ignore),
        Some("replace") => Ok(Errors::Replace),
        Some("backslashreplace") => Ok(Errors::BackslashReplace),
        Some("xmlcharrefreplace") => Ok(Errors::XmlCharRefReplace),
        Some(other) => {
            let msg = format!("unknown error handler name '{other}'");
            Err(vm.error(vm.st.types.lookup_error, msg))
        }
        None => {
            let t = type_name(vm, v);
            Err(vm.type_error(format!("encode() argument 'errors' must be str, not {t}")))
        }
    }
}

/// How CPython shows a character in codec errors: `'\xe9'`, `'\u20ac'`, `'\U0001f600'`.
pub(crate) fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("'\\x{n:02x}'")
    } else if n < 0x10000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

fn encode_str(vm: &mut Vm<'_>, s: &str, enc: Value, errors: Option<Value>) -> PyResult<Vec<u8>> {
    let c = codec(vm, Some(enc))?;
    let e = errors_mode(vm, errors)?;
    encode_with(vm, s, c, e)
}

pub(crate) fn encode_with(vm: &mut Vm<'_>, s: &str, c: Codec, e: Errors) -> PyResult<Vec<u8>> {
    let limit = match c {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        Codec::Utf16(o) => return Ok(crate::builtins::codecs::encode_utf16(s, o)),
        Codec::Utf32(o) => return Ok(crate::builtins::codecs::encode_utf32(s, o)),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        if (ch as u32) < limit {
            out.push(ch as u32 as u8);
            i += 1;
            continue;
        }
        match e {
            Errors::Ignore => {}
            Errors::Replace => out.push(b'?'),
            Errors::BackslashReplace => {
                let esc = char_escape(ch);
                out.extend_from_slice(esc.trim_matches('\'').as_bytes());
            }
            Errors::XmlCharRefReplace => {
                out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
            }
            Errors::Strict => {
                let end = (i..chars.len())
                    .find(|&j| (chars[j] as u32) < limit)
                    .unwrap_or(chars.len());
                let obj = vm.new_str(s);
                let cls = vm.st.types.unicode_encode_error;
                let why = format!("ordinal not in range({limit})");
                return Err(crate::builtins::unicode_err::new_error(
                    vm,
                    cls,
                    c.name(),
                    obj,
                    i,
                    end,
                    &why,
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// `str.encode(encoding='utf-8', errors='strict')`
fn encode(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(s) = args.get(0).and_then(|v| vm.as_str(v)).map(str::to_string) else {
        return Err(crate::methods::common::descriptor_error(
            vm, &args, "str", "encode",
        ));
    };
    let enc = crate::methods::common::arg(vm, &args, 1, "encoding");
    let c = codec(vm, enc)?;
    let errors = crate::methods::common::arg(vm, &args, 2, "errors");
    let e = errors_mode(vm, errors)?;
    let data = encode_with(vm, &s, c, e)?;
    Ok(new_bytes(vm, data))
}

pub(crate) fn decode_err(
    vm: &mut Vm<'_>,
    c: Codec,
    data: &[u8],
    at: usize,
    n: usize,
    why: &str,
) -> Throw {
    let obj = new_bytes(vm, data.to_vec());
    let cls = vm.st.types.unicode_decode_error;
    crate::builtins::unicode_err::new_error(vm, cls, c.name(), obj, at, at + n, why)
}

/// `bytes.decode(encoding='utf-8', errors='strict')`
fn decode(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "decode")?;
    let enc = crate::methods::common::arg(vm, &args, 1, "encoding");
    let c = codec(vm, enc)?;
    let errors = crate::methods::common::arg(vm, &args, 2, "errors");
    let e = errors_mode(vm, errors)?;
    let out = decode_with(vm, &data, c, e)?;
    Ok(vm.new_string(out))
}

/// Decodes `data` with a codec and error mode.
pub(crate) fn decode_with(vm: &mut Vm<'_>, data: &[u8], c: Codec, e: Errors) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    match c {
        Codec::Utf16(o) => return crate::builtins::codecs::decode_utf16(vm, data, o, e),
        Codec::Utf32(o) => return crate::builtins::codecs::decode_utf32(vm, data, o, e),
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    match e {
                        Errors::Ignore => {}
                        Errors::Replace => out.push('\u{fffd}'),
                        Errors::BackslashReplace => out.push_str(&format!("\\x{b:02x}")),
                        Errors::Strict | Errors::XmlCharRefReplace => {
                            return Err(decode_err(vm, c, data, i, 1, "ordinal not in range(128)"))
                        }
                    }
                }
            }
        }
        Codec::Utf8 => {
            let mut rest = data;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(err) => {
                        let good = err.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let at = base + good;
                        let (n, why) = match err.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let lead = rest[good];
                                let why = if (0xc2..=0xf4).contains(&lead) {
                                    "invalid continuation byte"
                                } else {
                                    "invalid start byte"
                                };
                                (n, why)
                            }
                        };
                        match e {
                            Errors::Strict | Errors::XmlCharRefReplace => {
                                return Err(decode_err(vm, c, data, at, n, why))
                            }
                            Errors::Ignore => {}
                            Errors::Replace => out.push('\u{fffd}'),
                            Errors::BackslashReplace => {
                                for b in &data[at..at + n] {
                                    out.push_str(&format!("\\x{b:02x}"));
                                }
                            }
                        }
                        rest = &rest[good + n..];
                        base = at + n;
                    }
                }
            }
        }
    }
    Ok(out)
}

fn hex(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "hex")?;
    let sep = args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kwarg_str(vm, "sep"));
    let per = args
        .pos
        .get(2)
        .copied()
        .or_else(|| args.kwarg_str(vm, "bytes_per_sep"));
    let Some(sep) = sep else {
        let s: String = data.iter().map(|b| format!("{b:02x}")).collect();
        return Ok(vm.new_string(s));
    };
    let sep_text = match (vm.as_str(sep), bytes_of(vm, sep)) {
        (Some(t), _) => t.to_string(),
        (None, Some(b)) => b.iter().map(|&c| c as char).collect(),
        _ => {
            let t = vm.type_name(sep);
            return Err(vm.type_error(format!("object of type '{t}' has no len()")));
        }
    };
    if sep_text.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !sep_text.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(v) => crate::methods::common::index(vm, v)?,
        None => 1,
    };
    // Groups of |per| bytes counted from the right (per > 0) or the left (per < 0).
    let k = per.unsigned_abs() as usize;
    let n = data.len();
    let mut s = String::with_capacity(n * 3);
    for (i, b) in data.iter().enumerate() {
        let boundary = k > 0
            && i > 0
            && if per > 0 {
                (n - i) % k == 0
            } else {
                i % k == 0
            };
        if boundary {
            s.push_str(&sep_text);
        }
        s.push_str(&format!("{b:02x}"));
    }
    Ok(vm.new_string(s))
}

/// `bytes.fromhex(s)` (called on the class, so the string is the first argument).
fn fromhex(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = args.last_str(vm, "fromhex()")?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )));
            }
        }
        i += 2;
    }
    // Called as `bytearray.fromhex` on the class, the result is a bytearray.
    let cls = match args.pos.first() {
        Some(Value::Obj(r))
            if args.pos.len() == 2 && matches!(vm.st.heap.get(*r), Object::Class(_)) =>
        {
            *r
        }
        _ => vm.st.types.bytes,
    };
    Ok(make(vm, cls, out))
}

fn join(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?;
    args.check_method(vm, "join", 1, 1)?;
    let items = iter::collect(vm, args.pos[1])?;
    let mut out = Vec::new();
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(vm, it) {
            Some(b) => out.extend_from_slice(b),
            None => {
                let t = type_name(vm, it);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {t} found"
                )));
            }
        }
    }
    Ok(same_kind(vm, args.pos[0], out))
}

fn split(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "split")?;
    let sep = crate::methods::common::arg(vm, &args, 1, "sep").filter(|v| !v.is(Value::None));
    let maxsplit = match crate::methods::common::arg(vm, &args, 2, "maxsplit") {
        Some(Value::Int(n)) if n >= 0 => Some(n as usize),
        _ => None,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None => {
            let mut rest = &data[..];
            loop {
                let start = rest.iter().position(|b| !b.is_ascii_whitespace());
                let Some(start) = start else { break };
                rest = &rest[start..];
                if maxsplit.is_some_and(|m| parts.len() >= m) {
                    let end = rest
                        .iter()
                        .rposition(|b| !b.is_ascii_whitespace())
                        .map_or(0, |e| e + 1);
                    parts.push(rest[..end].to_vec());
                    break;
                }
                let end = rest
                    .iter()
                    .position(|b| b.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                parts.push(rest[..end].to_vec());
                rest = &rest[end..];
            }
        }
        Some(sv) => {
            let sep = bytes_arg(vm, sv)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest = &data[..];
            loop {
                if maxsplit.is_some_and(|m| parts.len() >= m) {
                    parts.push(rest.to_vec());
                    break;
                }
                match find_sub(rest, &sep) {
                    Some(i) => {
                        parts.push(rest[..i].to_vec());
                        rest = &rest[i + sep.len()..];
                    }
                    None => {
                        parts.push(rest.to_vec());
                        break;
                    }
                }
            }
        }
    }
    let like = args.pos[0];
    let items: Vec<Value> = parts.into_iter().map(|p| same_kind(vm, like, p)).collect();
    Ok(vm.new_list(items))
}

fn strip_impl(vm: &mut Vm<'_>, args: &Args<'_>, left: bool, right: bool) -> PyResult<Value> {
    let data = this(vm, args, "strip")?;
    let chars = match args.get(1).filter(|v| !v.is(Value::None)) {
        Some(v) => Some(bytes_arg(vm, v)?),
        None => None,
    };
    let strip = |b: &u8| match &chars {
        Some(c) => c.contains(b),
        None => b.is_ascii_whitespace() || *b == 0x0b || *b == 0x0c,
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip(&data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(&data[e - 1]) {
            e -= 1;
        }
    }
    Ok(same_kind(vm, args.pos[0], data[s..e].to_vec()))
}

fn strip(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &args, true, true)
}

fn lstrip(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &args, true, false)
}

fn rstrip(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &args, false, true)
}

fn affix(vm: &mut Vm<'_>, args: &Args<'_>, end: bool) -> PyResult<Value> {
    let name = if end { "endswith" } else { "startswith" };
    let data = this(vm, args, name)?;
    args.check_method(vm, name, 1, 1)?;
    let arg = args.pos[1];
    let options: Vec<Value> = match vm.obj(arg) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![arg],
    };
    for o in options {
        let Some(p) = bytes_of(vm, o).map(<[u8]>::to_vec) else {
            let t = type_name(vm, o);
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {t}"
            )));
        };
        if (end && data.ends_with(&p)) || (!end && data.starts_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, false)
}

fn endswith(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, true)
}

/// `(data[start:end], start)` for the optional `start`/`end` arguments of find/count.
fn window(args: &Args<'_>, data: &[u8]) -> (usize, usize) {
    let n = data.len() as i64;
    let norm = |v: Option<Value>, d: i64| match v {
        Some(Value::Int(i)) if i < 0 => (i + n).max(0),
        Some(Value::Int(i)) => i.min(n),
        _ => d,
    };
    let s = norm(args.get(2), 0);
    let e = norm(args.get(3), n);
    (s as usize, e.max(s) as usize)
}

fn find_impl(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<i64> {
    let data = this(vm, args, "find")?;
    args.check_method(vm, "find", 1, 3)?;
    let sub = sub_arg(vm, args.pos[1])?;
    let (s, e) = window(args, &data);
    Ok(match find_sub(&data[s..e], &sub) {
        Some(i) => (s + i) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, &args).map(Value::Int)
}

fn index(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &args)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "count")?;
    args.check_method(vm, "count", 1, 3)?;
    let sub = sub_arg(vm, args.pos[1])?;
    let (s, e) = window(&args, &data);
    let hay = &data[s..e];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(j) = find_sub(&hay[i..], &sub) {
        n += 1;
        i += j + sub.len();
    }
    Ok(Value::Int(n))
}

fn replace(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "replace")?;
    args.check_method(vm, "replace", 2, 3)?;
    let old = bytes_arg(vm, args.pos[1])?;
    let new = bytes_arg(vm, args.pos[2])?;
    let mut limit = match args.get(3) {
        Some(Value::Int(n)) if n >= 0 => n as usize,
        _ => usize::MAX,
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        // Inserted before every byte and at the end, up to the limit.
        for &b in &data {
            if limit > 0 {
                out.extend_from_slice(&new);
                limit -= 1;
            }
            out.push(b);
        }
        if limit > 0 {
            out.extend_from_slice(&new);
        }
    } else {
        let mut rest = &data[..];
        while limit > 0 {
            let Some(i) = find_sub(rest, &old) else { break };
            out.extend_from_slice(&rest[..i]);
            out.extend_from_slice(&new);
            rest = &rest[i + old.len()..];
            limit -= 1;
        }
        out.extend_from_slice(rest);
    }
    Ok(same_kind(vm, args.pos[0], out))
}

fn upper(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "upper")?;
    Ok(same_kind(vm, args.pos[0], data.to_ascii_uppercase()))
}

fn lower(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "lower")?;
    Ok(same_kind(vm, args.pos[0], data.to_ascii_lowercase()))
}

fn append(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "append")?;
    crate::builtins::memview::check_resize(vm, args.pos[0])?;
    args.check_method(vm, "bytearray.append", 1, 1)?;
    let b = byte_value(vm, args.pos[1], "byte must be in range(0, 256)")?;
    if let Some(d) = bytes_mut(vm, args.pos[0]) {
        d.push(b);
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "extend")?;
    crate::builtins::memview::check_resize(vm, args.pos[0])?;
    args.check_method(vm, "bytearray.extend", 1, 1)?;
    if vm.as_str(args.pos[1]).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let more = from_iterable(vm, args.pos[1])?;
    if let Some(d) = bytes_mut(vm, args.pos[0]) {
        d.extend(more);
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "pop")?;
    crate::builtins::memview::check_resize(vm, args.pos[0])?;
    args.check_method(vm, "bytearray.pop", 0, 1)?;
    if data.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match args.get(1) {
        Some(k) => index_arg(vm, k, &data, "pop index out of range")?,
        None => data.len() - 1,
    };
    let b = bytes_mut(vm, args.pos[0]).map(|d| d.remove(i)).unwrap_or(0);
    Ok(Value::Int(b as i64))
}

fn clear(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "clear")?;
    crate::builtins::memview::check_resize(vm, args.pos[0])?;
    if let Some(d) = bytes_mut(vm, args.pos[0]) {
        d.clear();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "copy")?;
    Ok(same_kind(vm, args.pos[0], data))
}
