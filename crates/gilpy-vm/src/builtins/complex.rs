//! `complex` (from imaginary literals such as `2j`) and the `Ellipsis` singleton (`...`).
//! Both are native classes: the operators reach complex arithmetic through its dunder
//! methods (`__add__`, `__radd__`, ...), as they do for user classes, so the numeric
//! fast paths never see it.

use std::any::Any;

use crate::builtins::{Args, NativeDef};
use crate::names::sym;
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

const METHODS: &[NativeDef] = &[
    NativeDef::new("__repr__", repr),
    NativeDef::new("__str__", repr),
    NativeDef::new("__add__", add),
    NativeDef::new("__radd__", add),
    NativeDef::new("__sub__", sub),
    NativeDef::new("__rsub__", rsub),
    NativeDef::new("__mul__", mul),
    NativeDef::new("__rmul__", mul),
    NativeDef::new("__truediv__", truediv),
    NativeDef::new("__rtruediv__", rtruediv),
    NativeDef::new("__pow__", pow),
    NativeDef::new("__rpow__", rpow),
    NativeDef::new("__neg__", neg),
    NativeDef::new("__pos__", pos),
    NativeDef::new("__abs__", abs),
    NativeDef::new("__bool__", bool_),
    NativeDef::new("__eq__", eq),
    NativeDef::new("__ne__", ne),
    NativeDef::new("__hash__", hash),
    NativeDef::new("conjugate", conjugate),
];

const ELLIPSIS_METHODS: &[NativeDef] = &[
    NativeDef::new("__repr__", ellipsis_repr),
    NativeDef::new("__str__", ellipsis_repr),
];

/// A complex number's parts.
struct ComplexData {
    re: f64,
    im: f64,
}

impl NativeData for ComplexData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// Creates `complex`, the `ellipsis` type and `Ellipsis` (called at start-up).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let object = vm.st.types.object;
    let c = vm.new_class("complex", Some(object), Some(complex_new), true);
    vm.add_methods(c, METHODS);
    vm.set_builtin("complex", Value::Obj(c));
    // `ellipsis` is not a builtin name in CPython; only its instance is.
    let e = vm.new_class("ellipsis", Some(object), Some(ellipsis_new), true);
    vm.add_methods(e, ELLIPSIS_METHODS);
    let inst = vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: e,
        attrs: Vec::new(),
        payload: Payload::None,
    })));
    vm.set_builtin("Ellipsis", inst);
}

fn builtin(vm: &mut Vm<'_>, name: &str) -> Value {
    let id = vm.intern(name);
    vm.st.builtins.get(id).unwrap_or(Value::None)
}

/// The `Ellipsis` object.
pub fn ellipsis(vm: &mut Vm<'_>) -> Value {
    builtin(vm, "Ellipsis")
}

fn ellipsis_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    if !args.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error("ellipsis takes no arguments"));
    }
    Ok(ellipsis(vm))
}

fn ellipsis_repr(vm: &mut Vm<'_>, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str("Ellipsis"))
}

fn make(vm: &mut Vm<'_>, cls: ObjRef, re: f64, im: f64) -> Value {
    vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: vec![(sym::real, Value::Float(re)), (sym::imag, Value::Float(im))],
        payload: Payload::Native(Box::new(ComplexData { re, im })),
    })))
}

/// A new `complex`.
pub fn new_complex(vm: &mut Vm<'_>, re: f64, im: f64) -> Value {
    match builtin(vm, "complex").as_obj() {
        Some(cls) => make(vm, cls, re, im),
        None => Value::None,
    }
}

/// The parts of a complex number.
pub fn complex_of(vm: &Vm<'_>, v: Value) -> Option<(f64, f64)> {
    match vm.obj(v)? {
        Object::Instance(i) => match &i.payload {
            Payload::Native(n) => n
                .as_any()
                .downcast_ref::<ComplexData>()
                .map(|c| (c.re, c.im)),
            _ => None,
        },
        _ => None,
    }
}

/// A number as a complex: ints, floats, bools and complex numbers.
fn as_complex(vm: &mut Vm<'_>, v: Value) -> PyResult<Option<(f64, f64)>> {
    Ok(match v {
        Value::Int(i) => Some((i as f64, 0.0)),
        Value::Bool(b) => Some((b as i64 as f64, 0.0)),
        Value::Float(f) => Some((f, 0.0)),
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::BigInt(b) => {
                let f = num_traits::ToPrimitive::to_f64(&**b).filter(|f| f.is_finite());
                match f {
                    Some(f) => Some((f, 0.0)),
                    None => return Err(vm.overflow_error("int too large to convert to float")),
                }
            }
            Object::Instance(_) => match complex_of(vm, v) {
                Some(c) => Some(c),
                None => instance_complex(vm, v)?,
            },
            _ => complex_of(vm, v),
        },
        _ => None,
    })
}

/// An instance as a complex number: `__complex__`, else `__float__` or `__index__`
/// (as CPython's `complex()` argument conversion).
fn instance_complex(vm: &mut Vm<'_>, v: Value) -> PyResult<Option<(f64, f64)>> {
    let hook = vm.intern("__complex__");
    if let Some(f) = vm.user_dunder(v, hook) {
        let r = vm.call(f, &[v])?;
        return match complex_of(vm, r) {
            Some(c) => Ok(Some(c)),
            _ => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")))
            }
        };
    }
    if vm.user_dunder(v, crate::names::sym::__float__).is_some()
        || vm.user_dunder(v, crate::names::sym::__index__).is_some()
    {
        let float = Value::Obj(vm.st.types.float);
        if let Value::Float(f) = vm.call(float, &[v])? {
            return Ok(Some((f, 0.0)));
        }
    }
    Ok(None)
}

type C = (f64, f64);

fn c_mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot` (Smith's algorithm); `None` on division by zero.
fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // One of the parts is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

fn c_powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

/// `a ** b` as CPython 3.11's `complex_pow`.
fn c_pow(vm: &mut Vm<'_>, a: C, b: C) -> PyResult<C> {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            return Ok(c_powu(a, n as u64));
        }
        return c_quot((1.0, 0.0), c_powu(a, n.unsigned_abs()))
            .ok_or_else(|| vm.zero_division("0.0 to a negative or complex power"));
    }
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<C> {
    match args.get(0).and_then(|v| complex_of(vm, v)) {
        Some(c) => Ok(c),
        None => Err(crate::methods::common::descriptor_error(
            vm, args, "complex", method,
        )),
    }
}

/// `self` and the other operand of a binary dunder (`None`: NotImplemented).
fn operands(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Option<(C, C)>> {
    let a = this(vm, args, method)?;
    args.check_method(vm, method, 1, 1)?;
    Ok(as_complex(vm, args.pos[1])?.map(|b| (a, b)))
}

fn binary(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    method: &str,
    f: impl FnOnce(&mut Vm<'_>, C, C) -> PyResult<C>,
) -> PyResult<Value> {
    match operands(vm, args, method)? {
        Some((a, b)) => {
            let (re, im) = f(vm, a, b)?;
            Ok(new_complex(vm, re, im))
        }
        None => Ok(vm.st.not_implemented),
    }
}

fn add(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__add__", |_, a, b| Ok((a.0 + b.0, a.1 + b.1)))
}

fn sub(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__sub__", |_, a, b| Ok((a.0 - b.0, a.1 - b.1)))
}

fn rsub(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rsub__", |_, a, b| Ok((b.0 - a.0, b.1 - a.1)))
}

fn mul(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__mul__", |_, a, b| Ok(c_mul(a, b)))
}

fn quot(vm: &mut Vm<'_>, a: C, b: C) -> PyResult<C> {
    c_quot(a, b).ok_or_else(|| vm.zero_division("complex division by zero"))
}

fn truediv(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__truediv__", quot)
}

fn rtruediv(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rtruediv__", |vm, a, b| quot(vm, b, a))
}

fn pow(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__pow__", c_pow)
}

fn rpow(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, "__rpow__", |vm, a, b| c_pow(vm, b, a))
}

fn neg(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args, "__neg__")?;
    Ok(new_complex(vm, -re, -im))
}

fn pos(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args, "__pos__")?;
    Ok(new_complex(vm, re, im))
}

fn conjugate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args, "conjugate")?;
    args.check_method(vm, "conjugate", 0, 0)?;
    Ok(new_complex(vm, re, -im))
}

fn abs(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args, "__abs__")?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn bool_(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args, "__bool__")?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

fn equal(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Option<bool>> {
    let a = this(vm, args, method)?;
    args.check_method(vm, method, 1, 1)?;
    let other = args.pos[1];
    // An int compares exactly (a big int is never equal to a float it rounds to).
    if let Some(Object::BigInt(b)) = vm.obj(other) {
        if a.1 != 0.0 || !a.0.is_finite() || a.0.fract() != 0.0 {
            return Ok(Some(false));
        }
        let exact = crate::format::float::float_to_bigint(a.0).ok();
        return Ok(Some(exact.as_ref() == Some(&**b)));
    }
    Ok(as_complex(vm, other)?.map(|b| a == b))
}

fn eq(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    Ok(match equal(vm, &args, "__eq__")? {
        Some(b) => Value::Bool(b),
        None => vm.st.not_implemented,
    })
}

fn ne(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    Ok(match equal(vm, &args, "__ne__")? {
        Some(b) => Value::Bool(!b),
        None => vm.st.not_implemented,
    })
}

fn hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args, "__hash__")?;
    let hr = crate::ops::compare::hash(vm, Value::Float(re))?;
    let hi = crate::ops::compare::hash(vm, Value::Float(im))?;
    // CPython: hash(re) + 1000003 * hash(im), in machine arithmetic, never -1.
    let h = hr.wrapping_add(hi.wrapping_mul(1_000_003));
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// A float as CPython's complex repr writes a part: `repr` without a trailing `.0`.
fn part(x: f64) -> String {
    let s = crate::format::float::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`, `infj`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let imag = part(im);
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag}j)", part(re))
}

fn repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args, "__repr__")?;
    Ok(vm.new_string(complex_repr(re, im)))
}

/// `complex("1+2j")`: CPython's grammar for complex strings (spaces around, optional
/// parentheses, `j` alone meaning `1j`).
fn parse_complex(s: &str) -> Option<C> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    let real = |x: &str| -> Option<f64> {
        let clean = x.replace('_', "");
        if clean.is_empty() || clean.contains(char::is_whitespace) {
            return None;
        }
        let lower = clean.to_ascii_lowercase();
        let body = lower.trim_start_matches(['+', '-']);
        let special = body == "inf" || body == "infinity" || body == "nan";
        if !(special || body.starts_with(|c: char| c.is_ascii_digit() || c == '.')) {
            return None;
        }
        clean.parse::<f64>().ok()
    };
    let imag = |x: &str| -> Option<f64> {
        let body = x.strip_suffix(['j', 'J'])?;
        match body {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            b => real(b),
        }
    };
    if !t.ends_with(['j', 'J']) {
        return real(t).map(|r| (r, 0.0));
    }
    // Split at the last sign that is not the start nor right after an exponent mark.
    let bytes = t.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => Some((real(&t[..i])?, imag(&t[i..])?)),
        None => Some((0.0, imag(t)?)),
    }
}

fn complex_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    let real_kw = vm.intern("real");
    let imag_kw = vm.intern("imag");
    for (k, _) in args.kw {
        if *k != real_kw && *k != imag_kw {
            let n = vm.name(*k);
            return Err(vm.type_error(format!(
                "complex() got an unexpected keyword argument '{n}'"
            )));
        }
    }
    args.check_pos(vm, "complex", 0, 2)?;
    let r = args.arg_or_kw(0, real_kw);
    let i = args.arg_or_kw(1, imag_kw);
    let first = match r {
        None => (0.0, 0.0),
        Some(v) => {
            if let Some(s) = vm.as_str(v).map(str::to_string) {
                if i.is_some() {
                    return Err(
                        vm.type_error("complex() can't take second arg if first is a string")
                    );
                }
                return match parse_complex(&s) {
                    Some((re, im)) => Ok(make(vm, cls, re, im)),
                    None => Err(vm.value_error("complex() arg is a malformed string")),
                };
            }
            match as_complex(vm, v)? {
                Some(c) => c,
                None => {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "complex() first argument must be a string or a number, not '{t}'"
                    )));
                }
            }
        }
    };
    let second = match i {
        None => (0.0, 0.0),
        Some(v) => {
            if vm.as_str(v).is_some() {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            match as_complex(vm, v)? {
                Some(c) => c,
                None => {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "complex() second argument must be a number, not '{t}'"
                    )));
                }
            }
        }
    };
    // complex(a, b) == a + b*1j; like CPython, only add the parts complex arguments
    // have (so `complex(0.0, -0.0)` keeps its signed zero).
    let hook = vm.intern("__complex__");
    let is_complex =
        |vm: &Vm<'_>, v: Value| complex_of(vm, v).is_some() || vm.user_dunder(v, hook).is_some();
    let first_complex = r.is_some_and(|v| is_complex(vm, v));
    let second_complex = i.is_some_and(|v| is_complex(vm, v));
    let mut re = first.0;
    let mut im = second.0;
    if second_complex {
        re -= second.1;
    }
    if first_complex {
        im += first.1;
    }
    Ok(make(vm, cls, re, im))
}
