//! The builtin classes: created at start-up, with the Rust constructors that run when
//! they are called (`int("3")`, `list(xs)`, `object()`, `ValueError("x")`, ...).

use num_bigint::BigInt;

use crate::builtins::{Args, NativeDef};
use crate::names::sym;
use crate::object::{ExcData, InstanceObj, Object, Payload, RangeObj};
use crate::objects::dict::Dict;
use crate::ops::{compare, convert, dictops, iter};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};

/// Creates every builtin class and binds it in builtins.
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let object = vm.new_class("object", None, Some(object_new), true);
    vm.st.types.object = object;
    let o = Some(object);
    macro_rules! ty {
        ($field:ident, $name:expr, $new:expr) => {{
            let c = vm.new_class($name, o, $new, true);
            vm.st.types.$field = c;
            c
        }};
    }
    ty!(type_, "type", Some(type_new));
    let int = ty!(int, "int", Some(int_new));
    let b = vm.new_class("bool", Some(int), Some(bool_new), true);
    vm.st.types.bool = b;
    ty!(float, "float", Some(float_new));
    ty!(str, "str", Some(str_new));
    ty!(list, "list", Some(list_new));
    ty!(tuple, "tuple", Some(tuple_new));
    ty!(dict, "dict", Some(dict_new));
    ty!(set, "set", Some(set_new));
    ty!(
        frozenset,
        "frozenset",
        Some(crate::methods::frozenset::frozenset_new)
    );
    ty!(none_type, "NoneType", None);
    ty!(range, "range", Some(range_new));
    ty!(slice, "slice", Some(slice_new));
    ty!(function, "function", None);
    ty!(builtin_function, "builtin_function_or_method", None);
    ty!(method, "method", None);
    ty!(module, "module", None);
    ty!(cell, "cell", None);
    ty!(code, "code", None);
    ty!(iterator, "iterator", None);
    ty!(super_, "super", Some(super_new));
    ty!(dict_keys, "dict_keys", None);
    ty!(dict_values, "dict_values", None);
    ty!(dict_items, "dict_items", None);
    ty!(not_implemented_type, "NotImplementedType", None);
    ty!(traceback, "traceback", None);
    ty!(frame, "frame", None);
    ty!(generator, "generator", None);

    // The exception hierarchy.
    let base = vm.new_class("BaseException", o, None, true);
    if let Object::Class(c) = vm.st.heap.get_mut(base) {
        c.is_exception = true;
    }
    vm.st.types.base_exception = base;
    macro_rules! exc {
        ($field:ident, $name:expr, $base:expr) => {{
            let c = vm.new_class($name, Some($base), None, true);
            vm.st.types.$field = c;
            c
        }};
    }
    let exception = exc!(exception, "Exception", base);
    exc!(system_exit, "SystemExit", base);
    exc!(keyboard_interrupt, "KeyboardInterrupt", base);
    exc!(generator_exit, "GeneratorExit", base);
    let arith = exc!(arithmetic_error, "ArithmeticError", exception);
    exc!(zero_division_error, "ZeroDivisionError", arith);
    exc!(overflow_error, "OverflowError", arith);
    let lookup = exc!(lookup_error, "LookupError", exception);
    exc!(key_error, "KeyError", lookup);
    exc!(index_error, "IndexError", lookup);
    let value = exc!(value_error, "ValueError", exception);
    let unicode = exc!(unicode_error, "UnicodeError", value);
    exc!(unicode_decode_error, "UnicodeDecodeError", unicode);
    exc!(unicode_encode_error, "UnicodeEncodeError", unicode);
    exc!(type_error, "TypeError", exception);
    let name = exc!(name_error, "NameError", exception);
    exc!(unbound_local_error, "UnboundLocalError", name);
    let attr_err = exc!(attribute_error, "AttributeError", exception);
    // `AttributeError("x").name` / `.obj` are None unless a failed lookup set them.
    vm.class_set(attr_err, "name", Value::None);
    vm.class_set(attr_err, "obj", Value::None);
    let runtime = exc!(runtime_error, "RuntimeError", exception);
    exc!(recursion_error, "RecursionError", runtime);
    exc!(not_implemented_error, "NotImplementedError", runtime);
    exc!(assertion_error, "AssertionError", exception);
    exc!(memory_error, "MemoryError", exception);
    exc!(stop_iteration, "StopIteration", exception);
    let import = exc!(import_error, "ImportError", exception);
    exc!(module_not_found_error, "ModuleNotFoundError", import);
    // `ImportError("x").name` / `.path` are None unless the import system set them.
    vm.class_set(import, "name", Value::None);
    vm.class_set(import, "path", Value::None);
    let os = exc!(os_error, "OSError", exception);
    exc!(timeout_error, "TimeoutError", os);
    exc!(blocking_io_error, "BlockingIOError", os);
    exc!(child_process_error, "ChildProcessError", os);
    let conn = exc!(connection_error, "ConnectionError", os);
    exc!(broken_pipe_error, "BrokenPipeError", conn);
    exc!(connection_aborted_error, "ConnectionAbortedError", conn);
    exc!(connection_refused_error, "ConnectionRefusedError", conn);
    exc!(connection_reset_error, "ConnectionResetError", conn);
    exc!(file_exists_error, "FileExistsError", os);
    exc!(file_not_found_error, "FileNotFoundError", os);
    exc!(interrupted_error, "InterruptedError", os);
    exc!(is_a_directory_error, "IsADirectoryError", os);
    exc!(not_a_directory_error, "NotADirectoryError", os);
    exc!(permission_error, "PermissionError", os);
    exc!(process_lookup_error, "ProcessLookupError", os);
    exc!(eof_error, "EOFError", exception);
    if let Object::Class(c) = vm.st.heap.get_mut(os) {
        c.new = Some(crate::builtins::exceptions::os_error_new);
    }
    crate::builtins::exceptions::bootstrap_extra(vm, exception, arith);
    crate::builtins::exgroup::bootstrap(vm);
    crate::builtins::bytes::bootstrap(vm);
    crate::builtins::complex::bootstrap(vm);
    crate::builtins::descr::bootstrap(vm);
    crate::builtins::frames::bootstrap(vm);
    crate::builtins::memview::bootstrap(vm);

    for cls in vm.st.types.all() {
        let name = vm.class_name(cls);
        vm.set_builtin(&name, Value::Obj(cls));
    }
    // `types.GenericAlias` is reached as `type(list[int])`, not by a builtin name.
    let ga = vm.intern("GenericAlias");
    vm.st.builtins.set(ga, Value::Undef);
    let ut = vm.intern("UnionType");
    vm.st.builtins.set(ut, Value::Undef);
    for internal in ["method_descriptor", "getset_descriptor"] {
        let k = vm.intern(internal);
        vm.st.builtins.set(k, Value::Undef);
    }
    let nit = vm.st.types.not_implemented_type;
    vm.add_methods(nit, &[NativeDef::new("__repr__", not_implemented_repr)]);
    let ni = vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: vm.st.types.not_implemented_type,
        attrs: Vec::new(),
        payload: Payload::None,
    })));
    vm.st.not_implemented = ni;
    vm.set_builtin("NotImplemented", ni);
    vm.st.empty_tuple = vm.alloc(Object::Tuple(Box::default()));
    let chars: Vec<Value> = (0u8..128)
        .map(|b| {
            vm.alloc(Object::Str(crate::objects::str::StrObj::new(
                (b as char).to_string().into(),
            )))
        })
        .collect();
    vm.st.ascii_chars = chars;
}

fn cls_of(vm: &Vm<'_>, cls: ObjRef) -> bool {
    vm.class(cls).is_some_and(|c| c.is_exception)
}

/// `object.__new__`: a plain instance (with exception state for exception classes).
pub fn object_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    // Subclasses pass their arguments on to `__init__`; `object` itself takes none.
    if cls == vm.st.types.object && (!args.pos.is_empty() || !args.kw.is_empty()) {
        return Err(vm.type_error("object() takes no arguments"));
    }
    let payload = if cls_of(vm, cls) {
        let a = vm.new_tuple(args.pos.to_vec());
        Payload::Exc(Box::new(ExcData {
            args: a,
            ..ExcData::default()
        }))
    } else {
        Payload::None
    };
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload,
    }))))
}

fn type_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    if args.len() == 1 && args.kw.is_empty() && cls == vm.st.types.type_ {
        return Ok(Value::Obj(vm.type_of(args.pos[0])));
    }
    if args.len() == 3 {
        return crate::builtins::classes::type3(vm, cls, args);
    }
    Err(vm.type_error("type() takes 1 or 3 arguments"))
}

/// An optional `-` and 1 to 18 ASCII digits (anything else takes the general parser).
fn small_decimal(s: &str) -> Option<i64> {
    let (neg, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        b => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits
        .iter()
        .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    Some(if neg { -n } else { n })
}

fn int_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "int", 0, 2)?;
    // `x` is positional-only; `base` is the one keyword.
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| &*vm.name(*k) != "base") {
        let k = vm.name(*k);
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")));
    }
    let Some(v) = args.get(0) else {
        return Ok(Value::Int(0));
    };
    let v = crate::builtins::subclass::unwrap_base(vm, v);
    let base = match args.get(1).or_else(|| args.kwarg_str(vm, "base")) {
        Some(Value::Int(b)) => Some(b),
        Some(_) => return Err(vm.type_error("'str' object cannot be interpreted as an integer")),
        None => None,
    };
    if let Some(s) = vm.as_str(v) {
        // `int("123")`: plain decimal digits that fit in an i64, no copy or big int.
        if let (None, Some(i)) = (base, small_decimal(s)) {
            return Ok(Value::Int(i));
        }
        let s = s.to_string();
        let b = base.unwrap_or(10);
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let limit = vm.st.int_max_str_digits;
        return match crate::format::parse_int_limited(&s, b as u32, limit) {
            Ok(n) => Ok(vm.new_bigint(n)),
            Err(e) => Err(vm.value_error(e.message())),
        };
    }
    if base.is_some() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    to_int(vm, v)
}

/// `int(v)` for a non-string: ints, bools, floats (truncated), `__int__`.
pub fn to_int(vm: &mut Vm<'_>, v: Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(i)),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => match crate::format::float_to_bigint(f) {
            Ok(n) => Ok(vm.new_bigint(n)),
            Err(e) => Err(arith_error(vm, e)),
        },
        Value::Obj(r) if matches!(vm.st.heap.get(r), Object::BigInt(_)) => Ok(v),
        _ => {
            // CPython's order: `__int__`, then `__index__`, then `__trunc__`; the
            // result must be an int (an int subclass is accepted as is).
            let trunc = vm.intern("__trunc__");
            for (hook, what) in [
                (sym::__int__, "__int__"),
                (sym::__index__, "__index__"),
                (trunc, "__trunc__"),
            ] {
                if let Some(f) = vm.user_dunder(v, hook) {
                    let r = vm.call(f, &[v])?;
                    if vm.isinstance(r, vm.st.types.int) {
                        // An int subclass instance becomes a plain int.
                        return Ok(match r {
                            Value::Bool(b) => Value::Int(b as i64),
                            _ => crate::builtins::subclass::unwrap_base(vm, r),
                        });
                    }
                    let t = vm.type_name(r);
                    return Err(vm.type_error(if hook == trunc {
                        format!("__trunc__ returned non-Integral (type {t})")
                    } else {
                        format!("{what} returned non-int (type {t})")
                    }));
                }
            }
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
            )))
        }
    }
}

/// Converts a format-module arithmetic error to the Python exception it names.
pub fn arith_error(vm: &mut Vm<'_>, e: crate::format::ArithError) -> Throw {
    use crate::format::ArithError;
    let msg = e.to_string();
    let cls = match e {
        ArithError::ZeroDivision(_) => vm.st.types.zero_division_error,
        ArithError::Overflow(_) => vm.st.types.overflow_error,
        ArithError::Value(_) => vm.st.types.value_error,
    };
    vm.error(cls, msg)
}

fn bool_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "bool", 0, 1)?;
    match args.get(0) {
        Some(v) => Ok(Value::Bool(compare::is_true(vm, v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "float", 0, 1)?;
    let Some(v) = args.get(0) else {
        return Ok(Value::Float(0.0));
    };
    let v = crate::builtins::subclass::unwrap_base(vm, v);
    match v {
        Value::Float(_) => Ok(v),
        Value::Int(i) => Ok(Value::Float(i as f64)),
        Value::Bool(b) => Ok(Value::Float(b as i64 as f64)),
        _ => {
            if let Some(s) = vm.as_str(v) {
                let s = s.to_string();
                return match crate::format::parse_float(&s) {
                    Ok(f) => Ok(Value::Float(f)),
                    Err(e) => Err(vm.value_error(e.message())),
                };
            }
            if let Some(Object::BigInt(b)) = vm.obj(v) {
                let b: BigInt = (**b).clone();
                return match crate::format::bigint_to_float(&b) {
                    Ok(f) => Ok(Value::Float(f)),
                    Err(e) => Err(arith_error(vm, e)),
                };
            }
            if let Some(f) = vm.user_dunder(v, sym::__float__) {
                let r = vm.call(f, &[v])?;
                if let Value::Float(_) = r {
                    return Ok(r);
                }
                if vm.isinstance(r, vm.st.types.float) {
                    if let Value::Float(f) = crate::builtins::subclass::unwrap_base(vm, r) {
                        return Ok(Value::Float(f));
                    }
                }
                let (c, t) = (vm.type_name(v), vm.type_name(r));
                return Err(vm.type_error(format!("{c}.__float__ returned non-float (type {t})")));
            }
            if vm.user_dunder(v, sym::__index__).is_some() {
                let i = crate::methods::common::big_index(vm, v)?.unwrap_or_default();
                return match crate::format::bigint_to_float(&i) {
                    Ok(f) => Ok(Value::Float(f)),
                    Err(e) => Err(arith_error(vm, e)),
                };
            }
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{t}'"
            )))
        }
    }
}

/// `str(object='')`, `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    // `str(x)`, by far the common call: no keyword matching.
    if let ([obj], []) = (args.pos, args.kw) {
        return convert::str_value(vm, *obj);
    }
    const NAMES: [&str; 3] = ["object", "encoding", "errors"];
    let mut slots: [Option<Value>; 3] = [None; 3];
    if args.pos.len() > 3 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({n} given)")));
    }
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(*v);
    }
    for (k, v) in args.kw {
        let name = vm.name(*k);
        match NAMES.iter().position(|n| **n == *name) {
            Some(i) if slots[i].is_none() => slots[i] = Some(*v),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for str() given by name ('{name}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(
                    vm.type_error(format!("'{name}' is an invalid keyword argument for str()"))
                )
            }
        }
    }
    let [obj, encoding, errors] = slots;
    let Some(obj) = obj else {
        return Ok(vm.new_str(""));
    };
    if encoding.is_none() && errors.is_none() {
        return convert::str_value(vm, obj);
    }
    // With an encoding or an error mode the object is decoded, as `bytes.decode` does.
    let is_bytes = matches!(vm.type_name(obj).as_ref(), "bytes" | "bytearray");
    if !is_bytes {
        let t = vm.type_name(obj);
        let msg = if vm.as_str(obj).is_some() {
            "decoding str is not supported".to_string()
        } else {
            format!("decoding to str: need a bytes-like object, {t} found")
        };
        return Err(vm.type_error(msg));
    }
    let decode = vm.intern("decode");
    let f = crate::ops::attr::get_attr(vm, obj, decode)?;
    let enc = match encoding {
        Some(e) => e,
        None => vm.new_str("utf-8"),
    };
    let errs = match errors {
        Some(e) => e,
        None => vm.new_str("strict"),
    };
    vm.call(f, &[enc, errs])
}

fn list_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "list", 0, 1)?;
    let items = match args.get(0) {
        Some(v) => iter::collect(vm, v)?,
        None => Vec::new(),
    };
    Ok(vm.new_list(items))
}

fn tuple_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "tuple", 0, 1)?;
    let items = match args.get(0) {
        Some(v) => {
            if let Some(Object::Tuple(_)) = vm.obj(v) {
                return Ok(v);
            }
            iter::collect(vm, v)?
        }
        None => Vec::new(),
    };
    Ok(vm.new_tuple(items))
}

fn dict_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "dict", 0, 1)?;
    let d = vm.new_dict();
    let dr = d.as_obj().unwrap_or(ObjRef(0));
    let mark = vm.push_root(d);
    let r = (|| {
        if let Some(src) = args.get(0) {
            crate::methods::dict::update_from(vm, dr, src)?;
        }
        for (k, v) in args.kw {
            let name = vm.name(*k);
            let key = vm.new_str(&name);
            dictops::dict_set(vm, dr, key, *v)?;
        }
        Ok(d)
    })();
    vm.pop_roots(mark);
    r
}

/// `d.update(src)` for a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm<'_>, d: ObjRef, src: Value) -> PyResult<()> {
    if let Some(Object::Dict(_)) = vm.obj(src) {
        for (k, v) in dictops::dict_items(vm, src.as_obj().unwrap_or(d)) {
            dictops::dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    let items = iter::collect(vm, src)?;
    for (i, item) in items.into_iter().enumerate() {
        let pair = iter::collect(vm, item).map_err(|_| {
            vm.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        dictops::dict_set(vm, d, pair[0], pair[1])?;
    }
    Ok(())
}

fn set_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "set", 0, 1)?;
    let s = vm.alloc(Object::Set(Box::new(Dict::new())));
    let sr = s.as_obj().unwrap_or(ObjRef(0));
    if let Some(src) = args.get(0) {
        let mark = vm.push_root(s);
        let items = iter::collect(vm, src);
        let r = items.and_then(|items| {
            items
                .into_iter()
                .try_for_each(|k| dictops::set_add(vm, sr, k))
        });
        vm.pop_roots(mark);
        r?;
    }
    Ok(s)
}

/// An int argument, or `TypeError: 'T' object cannot be interpreted as an integer`.
pub fn as_index(vm: &mut Vm<'_>, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::Obj(r) if matches!(vm.st.heap.get(r), Object::BigInt(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn range_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "range", 1, 3)?;
    let (start, stop, step) = match args.len() {
        1 => (0, crate::methods::common::index(vm, args.pos[0])?, 1),
        2 => (
            crate::methods::common::index(vm, args.pos[0])?,
            crate::methods::common::index(vm, args.pos[1])?,
            1,
        ),
        _ => (
            crate::methods::common::index(vm, args.pos[0])?,
            crate::methods::common::index(vm, args.pos[1])?,
            crate::methods::common::index(vm, args.pos[2])?,
        ),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.alloc(Object::Range(Box::new(RangeObj { start, stop, step }))))
}

fn slice_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "slice", 1, 3)?;
    let p = match args.len() {
        1 => [Value::None, args.pos[0], Value::None],
        2 => [args.pos[0], args.pos[1], Value::None],
        _ => [args.pos[0], args.pos[1], args.pos[2]],
    };
    Ok(vm.alloc(Object::Slice(Box::new(p))))
}

fn super_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let Some(class) = args.pos[0].as_obj().filter(|r| vm.class(*r).is_some()) else {
        return Err(vm.type_error("super() argument 1 must be a type"));
    };
    let obj = args.pos[1];
    let ok = match vm.obj(obj) {
        // A class is either a subclass (class methods) or, in a metaclass's methods,
        // an instance of `class`.
        Some(Object::Class(_)) => {
            obj.as_obj().is_some_and(|o| vm.is_subclass(o, class)) || vm.isinstance(obj, class)
        }
        _ => vm.isinstance(obj, class),
    };
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(vm.alloc(Object::Super { class, obj }))
}

/// `repr(NotImplemented)`
fn not_implemented_repr(vm: &mut Vm<'_>, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str("NotImplemented"))
}
