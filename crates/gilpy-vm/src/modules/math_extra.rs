//! More of `math`: `remainder`, `cbrt`, `exp2`, `nextafter`, `ulp` (exact operations,
//! or the C library's, as CPython 3.11 uses; `cbrt` is Rust's correctly rounded one, so
//! where glibc's is 1 ulp off, e.g. `cbrt(27)`, the results differ). `erf`, `erfc`, `gamma` and `lgamma` are
//! not provided: CPython's results come from its own and the C library's
//! approximations, which gilpy does not reproduce bit for bit.

use crate::builtins::{Args, NativeDef};
use crate::value::Value;
use crate::{PyResult, Vm};

use super::math::{domain, one_float, two_floats};

pub const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("remainder", remainder),
    NativeDef::new("cbrt", cbrt),
    NativeDef::new("exp2", exp2),
    NativeDef::new("nextafter", nextafter),
    NativeDef::new("ulp", ulp),
];

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn remainder(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    // `m` is exact; so is `ay - m` (both lie in [0, ay]).
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Halfway: the quotient's parity decides; `0.5 * (ax - m)` is exact.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn cbrt(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(vm, args, "cbrt")?;
    Ok(Value::Float(x.cbrt()))
}

fn exp2(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(vm, args, "exp2")?;
    let r = x.exp2();
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

/// The next float after `x` towards `y`.
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "nextafter")?;
    Ok(Value::Float(next_toward(x, y)))
}

/// The value of the least significant bit of `x`.
fn ulp(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(vm, args, "ulp")?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    if x == f64::MAX {
        return Ok(Value::Float(x - next_toward(x, 0.0)));
    }
    Ok(Value::Float(next_toward(x, f64::INFINITY) - x))
}
