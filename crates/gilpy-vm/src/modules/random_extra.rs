//! The less common distributions of `random` (`triangular`, `gammavariate`,
//! `betavariate`, `lognormvariate`, `paretovariate`, `weibullvariate`,
//! `vonmisesvariate`), with CPython's algorithms, so the same seed gives the same numbers;
//! `getstate`/`setstate` in CPython's layout.

use std::f64::consts::PI;

use super::random::{split_self, to_f64, with_gen, Mt};
use crate::builtins::{Args, NativeDef};
use crate::methods::common;
use crate::value::Value;
use crate::{PyResult, Vm};

/// Added to the module's functions and to `Random`'s methods.
pub const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("triangular", triangular),
    NativeDef::new("gammavariate", gammavariate),
    NativeDef::new("betavariate", betavariate),
    NativeDef::new("lognormvariate", lognormvariate),
    NativeDef::new("paretovariate", paretovariate),
    NativeDef::new("weibullvariate", weibullvariate),
    NativeDef::new("vonmisesvariate", vonmisesvariate),
    NativeDef::new("getstate", getstate),
    NativeDef::new("setstate", setstate),
    NativeDef::new("randbytes", randbytes),
];

/// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`, as CPython.
fn randbytes(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "randbytes", 1, 1)?;
    let n = common::index(vm, args.pos[0])?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if n > 1 << 23 {
        return Err(vm.overflow_error("getrandbits() result is too large"));
    }
    let n = n as usize;
    let mut data = if n == 0 {
        Vec::new()
    } else {
        with_gen(vm, src, |g| g.getrandbits(n as u64 * 8))?
            .to_bytes_le()
            .1
    };
    data.resize(n, 0);
    Ok(crate::builtins::bytes::new_bytes(vm, data))
}

/// `getstate()`: `(3, (624 words..., index), gauss_next)`, CPython's layout.
fn getstate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "getstate", 0, 0)?;
    let (words, index, gauss) = with_gen(vm, src, |g| (g.state, g.index, g.gauss_next))?;
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(i64::from(*w))).collect();
    items.push(Value::Int(index as i64));
    let inner = vm.new_tuple(items);
    let gauss = gauss.map_or(Value::None, Value::Float);
    Ok(vm.new_tuple(vec![Value::Int(3), inner, gauss]))
}

/// `setstate(state)`: the inverse of [`getstate`].
fn setstate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "setstate", 1, 1)?;
    let parts = match vm.obj(args.pos[0]) {
        Some(crate::object::Object::Tuple(t)) if t.len() == 3 => t.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if !matches!(parts[0], Value::Int(3)) {
        return Err(vm.value_error("state with version 3 passed to Random.setstate() of version 3"));
    }
    let words = match vm.obj(parts[1]) {
        Some(crate::object::Object::Tuple(t)) if t.len() == 625 => t.to_vec(),
        _ => return Err(vm.value_error("state vector is the wrong size")),
    };
    let mut state = [0u32; 624];
    for (slot, w) in state.iter_mut().zip(&words) {
        *slot = match w {
            Value::Int(n) => u32::try_from(*n).map_err(|_| {
                vm.overflow_error("Python int too large to convert to C unsigned long")
            })?,
            _ => return Err(vm.type_error("state vector items must be integers")),
        };
    }
    let index = match words[624] {
        Value::Int(n) if (0..=624).contains(&n) => n as usize,
        _ => return Err(vm.value_error("invalid state")),
    };
    let gauss = match parts[2] {
        Value::Float(f) => Some(f),
        Value::Int(i) => Some(i as f64),
        _ => None,
    };
    with_gen(vm, src, |g| {
        g.state = state;
        g.index = index;
        g.gauss_next = gauss;
    })?;
    Ok(Value::None)
}

/// Float arguments by position or keyword, with defaults.
fn floats<const N: usize>(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    fname: &str,
    names: [&str; N],
    defaults: [Option<f64>; N],
) -> PyResult<[Option<f64>; N]> {
    common::check_kw(vm, args, fname, &names)?;
    args.check_pos(vm, fname, 0, N)?;
    let mut out = defaults;
    for (i, name) in names.iter().enumerate() {
        match common::arg(vm, args, i, name) {
            Some(Value::None) => out[i] = None,
            Some(v) => out[i] = Some(to_f64(vm, v)?),
            None if defaults[i].is_none() && i < N && fname != "triangular" => {
                return Err(vm.type_error(format!("{fname}() missing required argument: '{name}'")))
            }
            None => {}
        }
    }
    Ok(out)
}

fn normal(g: &mut Mt) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    loop {
        let u1 = g.random();
        let u2 = 1.0 - g.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            return z;
        }
    }
}

fn gamma(g: &mut Mt, alpha: f64, beta: f64) -> f64 {
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        let sg_magic = 1.0 + 4.5f64.ln();
        loop {
            let u1 = g.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - g.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                return x * beta;
            }
        }
    } else if alpha == 1.0 {
        -(1.0 - g.random()).ln() * beta
    } else {
        let e = std::f64::consts::E;
        let x = loop {
            let u = g.random();
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = g.random();
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        x * beta
    }
}

fn triangular(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    let [low, high, mode] = floats(
        vm,
        &args,
        "triangular",
        ["low", "high", "mode"],
        [Some(0.0), Some(1.0), None],
    )?;
    let (mut low, mut high) = (low.unwrap_or(0.0), high.unwrap_or(1.0));
    let u = with_gen(vm, src, |g| g.random())?;
    if high == low {
        return Ok(Value::Float(low));
    }
    let mut c = match mode {
        None => 0.5,
        Some(m) => (m - low) / (high - low),
    };
    let mut u = u;
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

fn gammavariate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    let [a, b] = floats(vm, &args, "gammavariate", ["alpha", "beta"], [None, None])?;
    let (a, b) = (a.unwrap_or(0.0), b.unwrap_or(0.0));
    if a <= 0.0 || b <= 0.0 {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    Ok(Value::Float(with_gen(vm, src, |g| gamma(g, a, b))?))
}

fn betavariate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    let [a, b] = floats(vm, &args, "betavariate", ["alpha", "beta"], [None, None])?;
    let (a, b) = (a.unwrap_or(0.0), b.unwrap_or(0.0));
    if a <= 0.0 || b <= 0.0 {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let r = with_gen(vm, src, |g| {
        let y = gamma(g, a, 1.0);
        if y != 0.0 {
            y / (y + gamma(g, b, 1.0))
        } else {
            0.0
        }
    })?;
    Ok(Value::Float(r))
}

fn lognormvariate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    let [mu, sigma] = floats(vm, &args, "lognormvariate", ["mu", "sigma"], [None, None])?;
    let (mu, sigma) = (mu.unwrap_or(0.0), sigma.unwrap_or(0.0));
    let z = with_gen(vm, src, normal)?;
    Ok(Value::Float((mu + z * sigma).exp()))
}

fn paretovariate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    let [alpha] = floats(vm, &args, "paretovariate", ["alpha"], [None])?;
    let alpha = alpha.unwrap_or(1.0);
    let u = 1.0 - with_gen(vm, src, |g| g.random())?;
    Ok(Value::Float(u.powf(-1.0 / alpha)))
}

fn weibullvariate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    let [alpha, beta] = floats(vm, &args, "weibullvariate", ["alpha", "beta"], [None, None])?;
    let (alpha, beta) = (alpha.unwrap_or(1.0), beta.unwrap_or(1.0));
    let u = 1.0 - with_gen(vm, src, |g| g.random())?;
    Ok(Value::Float(alpha * (-u.ln()).powf(1.0 / beta)))
}

fn vonmisesvariate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    let [mu, kappa] = floats(vm, &args, "vonmisesvariate", ["mu", "kappa"], [None, None])?;
    let (mu, kappa) = (mu.unwrap_or(0.0), kappa.unwrap_or(0.0));
    let two_pi = 2.0 * PI;
    let theta = with_gen(vm, src, |g| {
        if kappa <= 1e-6 {
            return two_pi * g.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = g.random();
            let z = (PI * u1).cos();
            let d = z / (r + z);
            let u2 = g.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = g.random();
        if u3 > 0.5 {
            (mu + f.acos()).rem_euclid(two_pi)
        } else {
            (mu - f.acos()).rem_euclid(two_pi)
        }
    })?;
    Ok(Value::Float(theta))
}
