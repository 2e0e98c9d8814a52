//! `math`: the float functions on Rust's `f64` (CPython's error rules: a domain error is
//! `ValueError("math domain error")`, an overflow `OverflowError("math range error")`),
//! and the integer functions (`gcd`, `factorial`, `comb`, `isqrt`, ...) exact on big
//! integers.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::object::Object;
use crate::ops::binary::binary_op;
use crate::ops::iter;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};
use gilpy_syntax::ast::BinOp;

/// `import math`
pub const MODULE: ModuleDef = ModuleDef { name: "math", init };

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("sqrt", sqrt),
    NativeDef::new("exp", exp),
    NativeDef::new("expm1", expm1),
    NativeDef::new("log", log),
    NativeDef::new("log2", log2),
    NativeDef::new("log10", log10),
    NativeDef::new("log1p", log1p),
    NativeDef::new("pow", pow),
    NativeDef::new("sin", sin),
    NativeDef::new("cos", cos),
    NativeDef::new("tan", tan),
    NativeDef::new("asin", asin),
    NativeDef::new("acos", acos),
    NativeDef::new("atan", atan),
    NativeDef::new("atan2", atan2),
    NativeDef::new("sinh", sinh),
    NativeDef::new("cosh", cosh),
    NativeDef::new("tanh", tanh),
    NativeDef::new("asinh", asinh),
    NativeDef::new("acosh", acosh),
    NativeDef::new("atanh", atanh),
    NativeDef::new("degrees", degrees),
    NativeDef::new("radians", radians),
    NativeDef::new("hypot", hypot),
    NativeDef::new("dist", dist),
    NativeDef::new("fabs", fabs),
    NativeDef::new("copysign", copysign),
    NativeDef::new("fmod", fmod),
    NativeDef::new("modf", modf),
    NativeDef::new("frexp", frexp),
    NativeDef::new("ldexp", ldexp),
    NativeDef::new("floor", floor),
    NativeDef::new("ceil", ceil),
    NativeDef::new("trunc", trunc),
    NativeDef::new("isnan", isnan),
    NativeDef::new("isinf", isinf),
    NativeDef::new("isfinite", isfinite),
    NativeDef::new("isclose", isclose),
    NativeDef::new("gcd", gcd),
    NativeDef::new("lcm", lcm),
    NativeDef::new("factorial", factorial),
    NativeDef::new("comb", comb),
    NativeDef::new("perm", perm),
    NativeDef::new("isqrt", isqrt),
    NativeDef::new("fsum", fsum),
    NativeDef::new("prod", prod),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    vm.module_add_functions(m, super::math_extra::FUNCTIONS);
    vm.module_set(m, "pi", Value::Float(std::f64::consts::PI));
    vm.module_set(m, "e", Value::Float(std::f64::consts::E));
    vm.module_set(m, "tau", Value::Float(std::f64::consts::TAU));
    vm.module_set(m, "inf", Value::Float(f64::INFINITY));
    vm.module_set(m, "nan", Value::Float(f64::NAN));
    Ok(())
}

pub(crate) fn domain(vm: &mut Vm<'_>) -> crate::Throw {
    vm.value_error("math domain error")
}

fn range(vm: &mut Vm<'_>) -> crate::Throw {
    vm.overflow_error("math range error")
}

/// A big integer, if `v` is an int of either representation.
fn big_of(vm: &Vm<'_>, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::BigInt(b) => Some((**b).clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A float argument (ints convert; `OverflowError` for ints beyond the float range).
fn float_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        _ => match big_of(vm, v) {
            Some(b) => crate::ops::num::big_to_f64(vm, &b),
            None => float_protocol(vm, v),
        },
    }
}

/// CPython's `PyFloat_AsDouble` for other objects: a float or int subclass's value,
/// else `__float__` (which must return a float), else `__index__`.
fn float_protocol(vm: &mut Vm<'_>, v: Value) -> PyResult<f64> {
    let base = crate::builtins::subclass::unwrap_base(vm, v);
    if !base.is(v) {
        return float_arg(vm, base);
    }
    if let Some(f) = vm.user_dunder(v, crate::names::sym::__float__) {
        return match vm.call(f, &[v])? {
            Value::Float(x) => Ok(x),
            r => {
                let t = vm.type_name(v);
                let rt = vm.type_name(r);
                Err(vm.type_error(format!("{t}.__float__ returned non-float (type {rt})")))
            }
        };
    }
    if vm.user_dunder(v, crate::names::sym::__index__).is_some() {
        if let Some(b) = crate::methods::common::big_index(vm, v)? {
            return crate::ops::num::big_to_f64(vm, &b);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

/// An integer argument (no floats), worded like CPython's `__index__` failure.
fn int_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<BigInt> {
    if matches!(vm.obj(v), Some(crate::object::Object::Instance(_))) {
        if let Some(b) = crate::methods::common::big_index(vm, v)? {
            return Ok(b);
        }
    }
    match big_of(vm, v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// Checks the result of a one-argument float function the way CPython does: NaN from a
/// non-NaN argument is a domain error, infinity from a finite one a range error.
fn checked(vm: &mut Vm<'_>, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

pub(crate) fn one_float(vm: &mut Vm<'_>, args: Args<'_>, name: &str) -> PyResult<f64> {
    args.check(vm, name, 1, 1)?;
    float_arg(vm, args.pos[0])
}

macro_rules! unary {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
            let x = one_float(vm, args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, x, f(x), $overflow)
        }
    };
}

unary!(exp, f64::exp, true);
unary!(expm1, f64::exp_m1, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, f64::asinh, false);
unary!(acosh, f64::acosh, false);
unary!(degrees, f64::to_degrees, true);
unary!(radians, f64::to_radians, true);
unary!(fabs, f64::abs, false);

fn sqrt(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(vm, args, "sqrt")?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.sqrt()))
}

fn atanh(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(vm, args, "atanh")?;
    if x.abs() >= 1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.atanh()))
}

fn log1p(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(vm, args, "log1p")?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.ln_1p()))
}

/// `func(v)` for a log function: ints too big for a float are split as `m * 2**e` first
/// and give `func(m) + func(2) * e`, as CPython's `loghelper` does.
fn log_with(vm: &mut Vm<'_>, v: Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = big_of(vm, v) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        return match b.to_f64() {
            Some(f) if f.is_finite() => Ok(func(f)),
            _ => {
                let shift = b.bits() - 64;
                let top: BigInt = &b >> shift;
                let m = top.to_f64().unwrap_or(f64::NAN) / 2f64.powi(64);
                Ok(func(m) + func(2.0) * (shift + 64) as f64)
            }
        };
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(func(x))
}

fn log(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "log")?;
    args.check_pos(vm, "log", 1, 2)?;
    let num = log_with(vm, args.pos[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = log_with(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "log2", 1, 1)?;
    Ok(Value::Float(log_with(vm, args.pos[0], f64::log2)?))
}

fn log10(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "log10", 1, 1)?;
    Ok(Value::Float(log_with(vm, args.pos[0], f64::log10)?))
}

pub(crate) fn two_floats(vm: &mut Vm<'_>, args: Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    args.check(vm, name, 2, 2)?;
    Ok((float_arg(vm, args.pos[0])?, float_arg(vm, args.pos[1])?))
}

fn pow(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "pow")?;
    // C99 special cases first (pow(1, nan) == 1, pow(nan, 0) == 1), as Rust's powf.
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (y, x) = two_floats(vm, args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "fmod")?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain(vm));
    }
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(x % y))
}

fn modf(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(vm, args, "modf")?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(vm, args, "frexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    // Scale subnormals into the normal range so the exponent bits are meaningful.
    let (m, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let mant = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    Ok(vm.new_tuple(vec![Value::Float(mant), Value::Int(exp + adj)]))
}

fn ldexp(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "ldexp", 2, 2)?;
    let x = float_arg(vm, args.pos[0])?;
    if matches!(args.pos[1], Value::Float(_)) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = int_arg(vm, args.pos[1])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { -100_000 } else { 100_000 });
    let e = e.clamp(-100_000, 100_000) as i32;
    // Two steps so that 2^e itself never overflows or underflows before the product.
    let half = e / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(e - half);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn hypot(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "hypot")?;
    let mut xs = Vec::with_capacity(args.len());
    for &v in args.pos {
        xs.push(float_arg(vm, v)?);
    }
    Ok(Value::Float(vector_norm(&xs)))
}

/// Euclidean norm, scaled by the largest magnitude to avoid overflow and underflow; an
/// infinity wins over NaN, as in CPython.
fn vector_norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return 0.0;
    }
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    let sum: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    max * sum.sqrt()
}

fn dist(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "dist", 2, 2)?;
    let p = iter::collect(vm, args.pos[0])?;
    let q = iter::collect(vm, args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (a, b) in p.into_iter().zip(q) {
        d.push(float_arg(vm, a)? - float_arg(vm, b)?);
    }
    Ok(Value::Float(vector_norm(&d)))
}

/// `floor`/`ceil`/`trunc`: ints pass through; a float rounds to an int of any size.
fn round_to_int(vm: &mut Vm<'_>, args: Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let v = args.pos[0];
    if let Some(b) = big_of(vm, v) {
        return Ok(vm.new_bigint(b));
    }
    // `__floor__`/`__ceil__`/`__trunc__` on the type decide first; `trunc` has no
    // float fallback (CPython's `math.trunc` only looks the dunder up).
    let dunder = vm.intern(&format!("__{name}__"));
    if let Some(f) = vm.user_dunder(v, dunder) {
        return vm.call(f, &[v]);
    }
    let v = crate::builtins::subclass::unwrap_base(vm, v);
    if let Some(b) = big_of(vm, v) {
        return Ok(vm.new_bigint(b));
    }
    if name == "trunc" && !matches!(v, Value::Float(_)) {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("type {t} doesn't define __trunc__ method")));
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let r = f(x);
    if r.abs() < 9.0e18 {
        return Ok(Value::Int(r as i64));
    }
    match BigInt::from_f64(r) {
        Some(b) => Ok(vm.new_bigint(b)),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

fn floor(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    round_to_int(vm, args, "floor", f64::floor)
}

fn ceil(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    round_to_int(vm, args, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    round_to_int(vm, args, "trunc", f64::trunc)
}

fn isnan(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, args, "isnan")?.is_nan()))
}

fn isinf(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, args, "isinf")?.is_infinite()))
}

fn isfinite(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, args, "isfinite")?.is_finite()))
}

fn isclose(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "isclose", 2, 2)?;
    let a = float_arg(vm, args.pos[0])?;
    let b = float_arg(vm, args.pos[1])?;
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for &(k, v) in args.kw {
        let kname = vm.st.names.name(k).to_string();
        match kname.as_str() {
            "rel_tol" => rel = float_arg(vm, v)?,
            "abs_tol" => abs = float_arg(vm, v)?,
            other => {
                let msg = format!("isclose() got an unexpected keyword argument '{other}'");
                return Err(vm.type_error(msg));
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs;
    Ok(Value::Bool(close))
}

fn gcd(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "gcd")?;
    let mut g = BigInt::zero();
    for &v in args.pos {
        let n = int_arg(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(vm.new_bigint(g))
}

fn lcm(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "lcm")?;
    let mut l = BigInt::one();
    for &v in args.pos {
        let n = int_arg(vm, v)?;
        l = if n.is_zero() || l.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&n)
        };
    }
    Ok(vm.new_bigint(l))
}

/// Product of `lo..=hi` by splitting in halves, so big factorials multiply balanced
/// operands.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for i in lo..=hi {
            p *= i;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// A non-negative integer argument small enough to count up to.
fn count_arg(vm: &mut Vm<'_>, v: Value, neg_msg: &str, name: &str) -> PyResult<u64> {
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error(neg_msg.to_string()));
    }
    match n.to_u64() {
        Some(n) if n <= 100_000_000 => Ok(n),
        _ => Err(vm.overflow_error(format!("{name} must not exceed {}", i64::MAX))),
    }
}

fn factorial(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "factorial", 1, 1)?;
    let n = count_arg(
        vm,
        args.pos[0],
        "factorial() not defined for negative values",
        "factorial() argument",
    )?;
    Ok(vm.new_bigint(range_product(1, n)))
}

fn perm(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "perm", 1, 2)?;
    let n = count_arg(vm, args.pos[0], "n must be a non-negative integer", "n")?;
    let k = match args.get(1) {
        None | Some(Value::None) => n,
        Some(k) => count_arg(vm, k, "k must be a non-negative integer", "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(vm.new_bigint(range_product(n - k + 1, n)))
}

fn comb(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "comb", 2, 2)?;
    let n = count_arg(vm, args.pos[0], "n must be a non-negative integer", "n")?;
    let k = count_arg(vm, args.pos[1], "k must be a non-negative integer", "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let r = range_product(n - k + 1, n) / range_product(1, k);
    Ok(vm.new_bigint(r))
}

fn isqrt(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "isqrt", 1, 1)?;
    let n = int_arg(vm, args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

/// `fsum`: Shewchuk's exact partial sums, rounded once at the end (CPython's algorithm,
/// including its half-way correction).
fn fsum(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "fsum", 1, 1)?;
    let items = iter::collect(vm, args.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in items {
        let mut x = float_arg(vm, v)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
            if !x.is_finite() {
                return Err(vm.overflow_error("intermediate overflow in fsum"));
            }
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "prod", 1, 1)?;
    let mut acc = Value::Int(1);
    for &(k, v) in args.kw {
        if &**vm.st.names.name(k) == "start" {
            acc = v;
        } else {
            let msg = format!(
                "prod() got an unexpected keyword argument '{}'",
                vm.st.names.name(k)
            );
            return Err(vm.type_error(msg));
        }
    }
    let items = iter::collect(vm, args.pos[0])?;
    for v in items {
        acc = binary_op(vm, BinOp::Mul, acc, v)?;
    }
    Ok(acc)
}
