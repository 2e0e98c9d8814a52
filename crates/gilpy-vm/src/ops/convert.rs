//! `str()`, `repr()`, `format()` and `%` of values, dispatching to `__str__`/`__repr__`.

use crate::format as fmt;
use crate::names::sym;
use crate::object::{Object, ViewKind};
use crate::value::Value;
use crate::{PyResult, Vm};

/// A fake but stable address for default reprs (`<Foo object at 0x...>`).
pub fn fake_addr(v: Value) -> String {
    match v {
        Value::Obj(r) => format!("0x7f{:010x}", 0x1000_0000 + r.index() as u64 * 0x30),
        _ => "0x7f0000000000".into(),
    }
}

/// `str(v)` as text.
pub fn str_of(vm: &mut Vm<'_>, v: Value) -> PyResult<String> {
    match v {
        Value::Int(i) => {
            let mut buf = [0u8; 20];
            return Ok(int_digits(i, &mut buf).to_string());
        }
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::Str(s) => return Ok(s.as_str().to_string()),
            Object::Instance(_) | Object::Class(_) => {
                if let Some(f) = vm.user_dunder(v, sym::__str__) {
                    let s = vm.call(f, &[v])?;
                    return match vm.as_str(s) {
                        Some(t) => Ok(t.to_string()),
                        None => {
                            let t = vm.type_name(s);
                            Err(vm.type_error(format!("__str__ returned non-string (type {t})")))
                        }
                    };
                }
            }
            _ => {}
        },
        _ => {}
    }
    repr_of(vm, v)
}

/// Decimal digits of `i` in a caller-provided buffer (no allocation).
pub fn int_digits(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("0")
}

/// `str(i)` for a small int: the digits in an exact-size string made without a
/// character count (they are ASCII).
pub fn int_str(vm: &mut Vm<'_>, i: i64) -> Value {
    if (0..10).contains(&i) {
        if let Some(v) = vm.st.ascii_chars.get(b'0' as usize + i as usize) {
            return *v;
        }
    }
    let mut buf = [0u8; 20];
    let text = int_digits(i, &mut buf).to_string();
    vm.new_ascii(text)
}

/// `str(v)` as a `str` value (the same object when `v` is already a str).
pub fn str_value(vm: &mut Vm<'_>, v: Value) -> PyResult<Value> {
    if vm.as_str(v).is_some() {
        return Ok(v);
    }
    if let Value::Int(i) = v {
        return Ok(int_str(vm, i));
    }
    let s = str_of(vm, v)?;
    Ok(vm.new_string(s))
}

/// Whether CPython shows builtin type `t`'s method `name` as a `slot wrapper` (a dunder
/// filling a type slot) rather than a `method` (a named method, or one of the dunders
/// CPython defines as plain methods).
fn is_slot_wrapper(name: &str, t: &str) -> bool {
    const METHOD_DUNDERS: &[&str] = &[
        "__format__",
        "__sizeof__",
        "__reduce__",
        "__reduce_ex__",
        "__dir__",
        "__reversed__",
        "__length_hint__",
        "__getnewargs__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__enter__",
        "__exit__",
        "__copy__",
        "__deepcopy__",
        "__getstate__",
        "__setstate__",
        "__bytes__",
        "__complex__",
        "__subclasses__",
        "__instancecheck__",
        "__subclasscheck__",
    ];
    let dunder = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
    if !dunder || METHOD_DUNDERS.contains(&name) {
        return false;
    }
    // list and dict define these as methods for speed.
    !(matches!(t, "list" | "dict") && matches!(name, "__getitem__" | "__contains__"))
}

/// `repr(v)` as text.
pub fn repr_of(vm: &mut Vm<'_>, v: Value) -> PyResult<String> {
    Ok(match v {
        Value::None | Value::Undef => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => fmt::float_repr(f),
        Value::Obj(r) => {
            let o = vm.st.heap.get(r);
            match o {
                Object::Str(s) => fmt::str_repr(s.as_str()),
                Object::BigInt(b) => match fmt::int_to_decimal_limited(b, vm.st.int_max_str_digits)
                {
                    Ok(s) => s,
                    Err(msg) => return Err(vm.value_error(msg)),
                },
                Object::List(_)
                | Object::Tuple(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::DictView { .. } => {
                    return container_repr(vm, v);
                }
                Object::Range(rg) => {
                    if rg.step == 1 {
                        format!("range({}, {})", rg.start, rg.stop)
                    } else {
                        format!("range({}, {}, {})", rg.start, rg.stop, rg.step)
                    }
                }
                Object::Slice(s) => {
                    let s = **s;
                    let a = repr_of(vm, s[0])?;
                    let b = repr_of(vm, s[1])?;
                    let c = repr_of(vm, s[2])?;
                    format!("slice({a}, {b}, {c})")
                }
                Object::Function(f) => format!("<function {} at {}>", f.qualname, fake_addr(v)),
                Object::Class(c)
                    if c.meta.is_some() && vm.user_dunder(v, sym::__repr__).is_some() =>
                {
                    let f = vm.user_dunder(v, sym::__repr__).unwrap_or(Value::None);
                    let s = vm.call(f, &[v])?;
                    return match vm.as_str(s) {
                        Some(t) => Ok(t.to_string()),
                        None => {
                            let t = vm.type_name(s);
                            Err(vm.type_error(format!("__repr__ returned non-string (type {t})")))
                        }
                    };
                }
                Object::Class(c) => {
                    // Builtin classes from other modules (`types.UnionType`) show it.
                    if c.builtin && (&*c.module == "builtins" || c.module.is_empty()) {
                        format!("<class '{}'>", c.name)
                    } else {
                        format!("<class '{}.{}'>", c.module, c.qualname)
                    }
                }
                Object::Instance(_) => {
                    if let Some(f) = vm.user_dunder(v, sym::__repr__) {
                        let s = vm.call(f, &[v])?;
                        return match vm.as_str(s) {
                            Some(t) => Ok(t.to_string()),
                            None => {
                                let t = vm.type_name(s);
                                Err(vm
                                    .type_error(format!("__repr__ returned non-string (type {t})")))
                            }
                        };
                    }
                    default_repr(vm, v)
                }
                Object::BoundMethod { func, self_ } => {
                    let (func, self_) = (*func, *self_);
                    let fname = match vm.obj(func) {
                        Some(Object::Function(f)) => f.qualname.to_string(),
                        Some(Object::Native(n)) => n.name.to_string(),
                        _ => "?".into(),
                    };
                    if let Some(Object::Native(_)) = vm.obj(func) {
                        let t = vm.type_name(self_);
                        format!(
                            "<built-in method {fname} of {t} object at {}>",
                            fake_addr(self_)
                        )
                    } else {
                        let s = repr_of(vm, self_)?;
                        format!("<bound method {fname} of {s}>")
                    }
                }
                Object::Super { class, obj } => {
                    let (class, obj) = (*class, *obj);
                    // CPython prints the bare `tp_name` here (no module).
                    let c = format!("<class '{}'>", vm.class_name(class));
                    let is_class = matches!(vm.obj(obj), Some(Object::Class(_)))
                        && obj.as_obj().is_some_and(|o| vm.is_subclass(o, class));
                    // The object's type, or the class itself for `super(B, C)`.
                    let o = match obj.as_obj() {
                        Some(r) if is_class => vm.class_name(r),
                        _ => vm.type_name(obj),
                    };
                    format!("<super: {c}, <{o} object>>")
                }
                Object::Module(m) => match &m.file {
                    Some(f) => format!("<module '{}' from '{f}'>", m.name),
                    None => format!("<module '{}' (built-in)>", m.name),
                },
                Object::Native(n) => match n.owner {
                    // A builtin type's method read from the type (`str.upper`).
                    Some(owner) => {
                        let (name, t) = (n.name, vm.class_name(owner));
                        let kind = if is_slot_wrapper(name, &t) {
                            "slot wrapper"
                        } else {
                            "method"
                        };
                        format!("<{kind} '{name}' of '{t}' objects>")
                    }
                    None => format!("<built-in function {}>", n.name),
                },
                Object::Closure(c) => format!("<built-in function {}>", c.name),
                Object::Iter(_) => {
                    let name = vm.type_name(v);
                    format!("<{name} object at {}>", fake_addr(v))
                }
                Object::Cell(_) => format!("<cell at {}>", fake_addr(v)),
                Object::Generator(g) => {
                    format!("<generator object {} at {}>", g.qualname, fake_addr(v))
                }
                Object::Code(c) => format!("<code object {} at {}>", c.code.name, fake_addr(v)),
                Object::Free => "<freed object>".into(),
            }
        }
    })
}

/// `<__main__.Foo object at 0x...>`
pub fn default_repr(vm: &Vm<'_>, v: Value) -> String {
    let cls = vm.type_of(v);
    let (module, q) = match vm.class(cls) {
        Some(c) => (c.module.clone(), c.qualname.clone()),
        None => ("?".into(), "?".into()),
    };
    format!("<{module}.{q} object at {}>", fake_addr(v))
}

fn container_repr(vm: &mut Vm<'_>, v: Value) -> PyResult<String> {
    let Value::Obj(r) = v else {
        return Ok(String::new());
    };
    if vm.st.repr_stack.contains(&r) {
        return Ok(match vm.st.heap.get(r) {
            Object::List(_) => "[...]",
            Object::Dict(_) => "{...}",
            Object::Tuple(_) => "(...)",
            _ => "...",
        }
        .into());
    }
    vm.enter_native()?;
    vm.st.repr_stack.push(r);
    let out = container_repr_inner(vm, v);
    vm.st.repr_stack.pop();
    vm.leave_native();
    out
}

fn join_reprs(vm: &mut Vm<'_>, items: &[Value]) -> PyResult<String> {
    let mut s = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_of(vm, *x)?);
    }
    Ok(s)
}

fn container_repr_inner(vm: &mut Vm<'_>, v: Value) -> PyResult<String> {
    let Value::Obj(r) = v else {
        return Ok(String::new());
    };
    match vm.st.heap.get(r) {
        Object::List(l) => {
            let items = l.clone();
            Ok(format!("[{}]", join_reprs(vm, &items)?))
        }
        Object::Tuple(t) => {
            let items = t.to_vec();
            if items.len() == 1 {
                Ok(format!("({},)", repr_of(vm, items[0])?))
            } else {
                Ok(format!("({})", join_reprs(vm, &items)?))
            }
        }
        Object::Dict(_) => {
            let items = crate::ops::dictops::dict_items(vm, r);
            let mut s = String::from("{");
            for (i, (k, x)) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&repr_of(vm, *k)?);
                s.push_str(": ");
                s.push_str(&repr_of(vm, *x)?);
            }
            s.push('}');
            Ok(s)
        }
        Object::Set(d) => {
            let name = if d.frozen { "frozenset" } else { "set" };
            if d.is_empty() {
                return Ok(format!("{name}()"));
            }
            crate::methods::set::normalize(vm, r);
            let Object::Set(d) = vm.st.heap.get(r) else {
                return Ok(String::new());
            };
            let frozen = d.frozen;
            let items: Vec<Value> = d.iter().map(|e| e.key).collect();
            let body = format!("{{{}}}", join_reprs(vm, &items)?);
            Ok(if frozen {
                format!("frozenset({body})")
            } else {
                body
            })
        }
        Object::DictView { dict, kind } => {
            let (dict, kind) = (*dict, *kind);
            let name = match kind {
                ViewKind::Keys => "dict_keys",
                ViewKind::Values => "dict_values",
                ViewKind::Items => "dict_items",
            };
            let pairs = crate::ops::dictops::dict_items(vm, dict);
            let mut items = Vec::with_capacity(pairs.len());
            for (k, x) in pairs {
                items.push(match kind {
                    ViewKind::Keys => k,
                    ViewKind::Values => x,
                    ViewKind::Items => vm.new_tuple(vec![k, x]),
                });
            }
            Ok(format!("{name}([{}])", join_reprs(vm, &items)?))
        }
        _ => repr_of(vm, v),
    }
}

/// `format(v, spec)`
pub fn format_value(vm: &mut Vm<'_>, v: Value, spec: &str) -> PyResult<String> {
    if let Some(f) = vm.user_dunder(v, sym::__format__) {
        // Every builtin `__format__` formats an empty spec as `str(self)` (a subclass's
        // `__str__` included).
        if spec.is_empty() && matches!(vm.obj(f), Some(Object::Native(_))) {
            return str_of(vm, v);
        }
        let s = vm.new_str(spec);
        let r = vm.call(f, &[v, s])?;
        if !vm.isinstance(r, vm.st.types.str) {
            let t = vm.type_name(r);
            return Err(vm.type_error(format!("__format__ must return a str, not {t}")));
        }
        return str_of(vm, r);
    }
    if spec.is_empty() {
        return str_of(vm, v);
    }
    // A subclass of a builtin value type formats as the value it extends.
    if let Some(b) = crate::builtins::subclass::base_value(vm, v) {
        return format_value(vm, b, spec);
    }
    let parsed = match fmt::parse_format_spec(spec) {
        Ok(p) => p,
        Err(e) => {
            // The parser doesn't know the type; CPython names the formatted one.
            let t = vm.type_name(v);
            return Err(format_error(vm, e.with_type_name(&t)));
        }
    };
    let r = match v {
        Value::Int(i) => fmt::format_i64(i, &parsed),
        Value::Bool(b) => fmt::format_i64(b as i64, &parsed).map_err(|e| e.with_type_name("bool")),
        Value::Float(f) => fmt::format_float(f, &parsed),
        _ => match vm.obj(v) {
            Some(Object::Str(s)) => fmt::format_str(s.as_str(), &parsed),
            Some(Object::BigInt(b)) => fmt::format_int(b, &parsed),
            _ if crate::builtins::complex::complex_of(vm, v).is_some() => {
                let (re, im) = crate::builtins::complex::complex_of(vm, v).unwrap_or_default();
                fmt::spec::format_complex(re, im, &parsed, crate::builtins::complex::complex_repr)
            }
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "unsupported format string passed to {t}.__format__"
                )));
            }
        },
    };
    r.map_err(|e| format_error(vm, e))
}

/// Raises a format-module error as the exception it names.
pub fn format_error(vm: &mut Vm<'_>, e: fmt::FormatError) -> crate::Throw {
    use fmt::PyErrorKind;
    let msg = e.to_string();
    let cls = match e.kind() {
        PyErrorKind::ValueError => vm.st.types.value_error,
        PyErrorKind::TypeError => vm.st.types.type_error,
        PyErrorKind::OverflowError => vm.st.types.overflow_error,
        PyErrorKind::KeyError => vm.st.types.key_error,
        PyErrorKind::IndexError => vm.st.types.index_error,
    };
    vm.error(cls, msg)
}
