//! Builtin functions beyond the core's: numbers (`abs`, `round`, `divmod`, `pow`, `sum`,
//! `min`, `max`), iteration (`sorted`, `reversed`, `enumerate`, `zip`, `map`, `filter`,
//! `any`, `all`), characters and bases (`ord`, `chr`, `bin`, `oct`, `hex`, `ascii`) and
//! `format`.

use gilpy_syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::{Args, NativeDef};
use crate::format as fmt;
use crate::methods::common::{self, check_kw};
use crate::names::sym;
use crate::object::{IterObj, NativeIter, Object, ViewKind};
use crate::ops::{binary, compare, convert, iter, num, subscr};
use crate::value::Value;
use crate::{PyResult, Vm};

/// Builtin functions defined here.
pub const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("abs", abs),
    NativeDef::new("min", min),
    NativeDef::new("max", max),
    NativeDef::new("sum", sum),
    NativeDef::new("round", round),
    NativeDef::new("divmod", divmod),
    NativeDef::new("pow", pow),
    NativeDef::new("sorted", sorted),
    NativeDef::new("reversed", reversed),
    NativeDef::new("enumerate", enumerate),
    NativeDef::new("zip", zip),
    NativeDef::new("map", map),
    NativeDef::new("help", help),
    NativeDef::new("filter", filter),
    NativeDef::new("any", any),
    NativeDef::new("all", all),
    NativeDef::new("ord", ord),
    NativeDef::new("chr", chr),
    NativeDef::new("bin", bin),
    NativeDef::new("oct", oct),
    NativeDef::new("hex", hex),
    NativeDef::new("ascii", ascii),
    NativeDef::new("format", format),
];

/// `abs(x)`
fn abs(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "abs", 1, 1)?;
    let v = args.pos[0];
    Ok(match num::as_num(vm, v) {
        Some(num::Num::I(i)) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_bigint(BigInt::from(i).abs()),
        },
        Some(num::Num::B(b)) => vm.new_bigint(b.abs()),
        Some(num::Num::F(f)) => Value::Float(f.abs()),
        None => {
            if let Some(f) = vm.user_dunder(v, sym::__abs__) {
                return vm.call(f, &[v]);
            }
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("bad operand type for abs(): '{t}'")));
        }
    })
}

/// `min(...)` / `max(...)`: `want_less` picks the minimum.
fn min_max(vm: &mut Vm<'_>, args: Args<'_>, name: &str, want_less: bool) -> PyResult<Value> {
    // `min(i, 7)`: two ints, no keywords (the first of equal items wins).
    if let (true, [Value::Int(a), Value::Int(b)]) = (args.kw.is_empty(), args.pos) {
        let second = if want_less { b < a } else { b > a };
        return Ok(Value::Int(if second { *b } else { *a }));
    }
    check_kw(vm, &args, name, &["key", "default"])?;
    let key = args.kwarg(sym::key).filter(|k| !matches!(k, Value::None));
    let default = args.kwarg(sym::default);
    let items = match args.len() {
        0 => {
            return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
        }
        1 => iter::collect(vm, args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match key {
            Some(f) => vm.call(f, &[x])?,
            None => x,
        };
        best = Some(match best {
            None => (x, k),
            Some((bx, bk)) => {
                // The first of equal items wins: replace only on a strict improvement.
                // CPython asks `item < best` for min and `item > best` for max.
                let better = match (k, bk) {
                    (Value::Int(a), Value::Int(b)) => {
                        if want_less {
                            a < b
                        } else {
                            a > b
                        }
                    }
                    _ => {
                        let op = if want_less { CmpOp::Lt } else { CmpOp::Gt };
                        let r = compare::compare(vm, op, k, bk)?;
                        compare::is_true(vm, r)?
                    }
                };
                if better {
                    (x, k)
                } else {
                    (bx, bk)
                }
            }
        });
    }
    match (best, default) {
        (Some((x, _)), _) => Ok(x),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", true)
}

fn max(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", false)
}

/// `sum(iterable, start=0)`
fn sum(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    check_kw(vm, &args, "sum", &["start"])?;
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    args.check_pos(vm, "sum", 1, 2)?;
    let start = args.arg_or_kw(1, sym::start).unwrap_or(Value::Int(0));
    match vm.obj(start) {
        Some(Object::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Object::Instance(_)) | None => {}
        Some(_) => {}
    }
    let items = iter::collect(vm, args.pos[0])?;
    let mut acc = start;
    for x in items {
        acc = match (acc, x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(b) {
                Some(s) => Value::Int(s),
                None => binary::binary_op(vm, BinOp::Add, acc, x)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => binary::binary_op(vm, BinOp::Add, acc, x)?,
        };
    }
    Ok(acc)
}

/// `round(x[, ndigits])`
fn round(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    check_kw(vm, &args, "round", &["number", "ndigits"])?;
    args.check_pos(vm, "round", 0, 2)?;
    let Some(x) = common::arg(vm, &args, 0, "number") else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = common::arg(vm, &args, 1, "ndigits").filter(|v| !matches!(v, Value::None));
    let ndigits = match nd {
        Some(v) => Some(common::big_index(vm, v)?.ok_or_else(|| {
            let t = vm.type_name(v);
            vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
        })?),
        None => None,
    };
    let round_id = vm.intern("__round__");
    let x = match vm.user_dunder(x, round_id) {
        Some(_) => x,
        None => crate::builtins::subclass::unwrap_base(vm, x),
    };
    match num::as_num(vm, x) {
        Some(num::Num::F(f)) => match ndigits {
            None => match fmt::round_float_to_int(f) {
                Ok(b) => Ok(vm.new_bigint(b)),
                Err(e) => Err(crate::builtins::types::arith_error(vm, e)),
            },
            Some(n) => {
                let n = common::clamp(&n);
                match fmt::round_float(f, n) {
                    Ok(r) => Ok(Value::Float(r)),
                    Err(e) => Err(crate::builtins::types::arith_error(vm, e)),
                }
            }
        },
        Some(num::Num::I(i)) => match ndigits {
            None => Ok(Value::Int(i)),
            Some(n) => Ok(round_int(vm, BigInt::from(i), &n)),
        },
        Some(num::Num::B(b)) => match ndigits {
            None => Ok(vm.new_bigint(b)),
            Some(n) => Ok(round_int(vm, b, &n)),
        },
        None => {
            let id = vm.intern("__round__");
            if let Some(f) = vm.user_dunder(x, id) {
                return match nd {
                    Some(n) => vm.call(f, &[x, n]),
                    None => vm.call(f, &[x]),
                };
            }
            let t = vm.type_name(x);
            Err(vm.type_error(format!("type {t} doesn't define __round__ method")))
        }
    }
}

/// `round(int, ndigits)`: unchanged for `ndigits >= 0`, else half-to-even at 10**-n.
fn round_int(vm: &mut Vm<'_>, n: BigInt, ndigits: &BigInt) -> Value {
    if !ndigits.is_negative() {
        return vm.new_bigint(n);
    }
    // 10**k with k beyond the number's digit count rounds to 0 anyway; cap the work.
    let digits = n.magnitude().bits() / 3 + 2;
    let k = match (-ndigits).to_u64() {
        Some(k) if k <= digits => k,
        _ => return Value::Int(0),
    };
    let m = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = n.div_mod_floor(&m);
    let twice = &r * 2;
    let up = twice > m || (twice == m && q.is_odd());
    let q = if up { q + 1 } else { q };
    vm.new_bigint(q * m)
}

/// `divmod(a, b)`
fn divmod(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "divmod", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    match (num::as_num(vm, a), num::as_num(vm, b)) {
        (Some(x), Some(y)) => {
            let is_float = matches!(x, num::Num::F(_)) || matches!(y, num::Num::F(_));
            if is_float {
                let fx = num_to_f64(vm, x)?;
                let fy = num_to_f64(vm, y)?;
                return match fmt::float_divmod(fx, fy) {
                    Ok((q, r)) => Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)])),
                    Err(e) => Err(crate::builtins::types::arith_error(vm, e)),
                };
            }
            let q = binary::binary_op(vm, BinOp::FloorDiv, a, b)?;
            let r = binary::binary_op(vm, BinOp::Mod, a, b)?;
            Ok(vm.new_tuple(vec![q, r]))
        }
        _ => {
            let id = vm.intern("__divmod__");
            if let Some(f) = vm.user_dunder(a, id) {
                let r = vm.call(f, &[a, b])?;
                if !r.is(vm.st.not_implemented) {
                    return Ok(r);
                }
            }
            let rid = vm.intern("__rdivmod__");
            if let Some(f) = vm.user_dunder(b, rid) {
                let r = vm.call(f, &[b, a])?;
                if !r.is(vm.st.not_implemented) {
                    return Ok(r);
                }
            }
            let ta = vm.type_name(a);
            let tb = vm.type_name(b);
            Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
            )))
        }
    }
}

fn num_to_f64(vm: &mut Vm<'_>, n: num::Num) -> PyResult<f64> {
    match n {
        num::Num::I(i) => Ok(i as f64),
        num::Num::F(f) => Ok(f),
        num::Num::B(b) => num::big_to_f64(vm, &b),
    }
}

/// `pow(base, exp[, mod])`
fn pow(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    check_kw(vm, &args, "pow", &["base", "exp", "mod"])?;
    args.check_pos(vm, "pow", 0, 3)?;
    let base = common::arg(vm, &args, 0, "base");
    let exp = common::arg(vm, &args, 1, "exp");
    let (Some(base), Some(exp)) = (base, exp) else {
        let which = if base.is_none() { "base" } else { "exp" };
        let pos = if base.is_none() { 1 } else { 2 };
        return Err(vm.type_error(format!(
            "pow() missing required argument '{which}' (pos {pos})"
        )));
    };
    let m = common::arg(vm, &args, 2, "mod").filter(|v| !matches!(v, Value::None));
    let Some(m) = m else {
        return binary::binary_op(vm, BinOp::Pow, base, exp);
    };
    let ints = (int_of(vm, base), int_of(vm, exp), int_of(vm, m));
    let (Some(b), Some(e), Some(m)) = ints else {
        if let Some(f) = vm.user_dunder(base, sym::__pow__) {
            return vm.call(f, &[base, exp, m]);
        }
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        match mod_inverse(&b, &m) {
            Some(inv) => (inv, -e),
            None => {
                return Err(vm.value_error("base is not invertible for the given modulus"));
            }
        }
    } else {
        (b, e)
    };
    let mabs = m.abs();
    let mut r = b.mod_floor(&mabs).modpow(&e, &mabs);
    // The result takes the modulus's sign, like `%`.
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(vm.new_bigint(r))
}

/// An int value (not float) as a big integer.
fn int_of(vm: &Vm<'_>, v: Value) -> Option<BigInt> {
    match num::as_num(vm, v)? {
        num::Num::I(i) => Some(BigInt::from(i)),
        num::Num::B(b) => Some(b),
        num::Num::F(_) => None,
    }
}

/// The inverse of `a` modulo `m` (extended Euclid), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let a = a.mod_floor(&m);
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// `sorted(iterable, *, key=None, reverse=False)`
fn sorted(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    check_kw(vm, &args, "sort", &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let items = iter::collect(vm, args.pos[0])?;
    let key = args.kwarg(sym::key).filter(|k| !matches!(k, Value::None));
    let reverse = match args.kwarg(sym::reverse) {
        Some(r) => reverse_flag(vm, r)?,
        None => false,
    };
    let out = common::sort_values(vm, items, key, reverse)?;
    Ok(vm.new_list(out))
}

/// The `reverse=` flag of a sort (an int or bool, as CPython requires).
pub fn reverse_flag(vm: &mut Vm<'_>, v: Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(b),
        Value::Int(i) => Ok(i != 0),
        _ => match vm.obj(v) {
            Some(Object::BigInt(_)) => Ok(true),
            _ => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
    }
}

/// `reversed(d)`, `reversed(d.items())`, ...: the items at the call, newest first,
/// named as CPython names them and failing as its iterator does when the dict has
/// changed size since.
struct ReversedDict {
    dict: crate::value::ObjRef,
    kind: ViewKind,
    items: std::vec::IntoIter<Value>,
    size: usize,
}

impl NativeIter for ReversedDict {
    fn next(&mut self, vm: &mut Vm<'_>) -> PyResult<Option<Value>> {
        let now = match vm.st.heap.get(self.dict) {
            Object::Dict(d) => d.len(),
            _ => self.size,
        };
        if now != self.size {
            self.items = Vec::new().into_iter();
            return Err(vm.runtime_error("dictionary changed size during iteration"));
        }
        Ok(self.items.next())
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(Value::Obj(self.dict));
        for v in self.items.as_slice() {
            visit(*v);
        }
    }
    fn type_name(&self) -> &'static str {
        match self.kind {
            ViewKind::Keys => "dict_reversekeyiterator",
            ViewKind::Values => "dict_reversevalueiterator",
            ViewKind::Items => "dict_reverseitemiterator",
        }
    }
}

/// `reversed(seq)` over anything with `__len__` and `__getitem__`: indexes down from the
/// end.
struct ReversedSeq {
    obj: Value,
    next: i64,
}

impl NativeIter for ReversedSeq {
    fn next(&mut self, vm: &mut Vm<'_>) -> PyResult<Option<Value>> {
        if self.next < 0 {
            return Ok(None);
        }
        let i = self.next;
        self.next -= 1;
        match subscr::get_item(vm, self.obj, Value::Int(i)) {
            Ok(v) => Ok(Some(v)),
            Err(crate::Throw::Exc(e))
                if vm.isinstance(Value::Obj(e), vm.st.types.index_error)
                    || vm.isinstance(Value::Obj(e), vm.st.types.stop_iteration) =>
            {
                self.next = -1;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.obj);
    }
    fn type_name(&self) -> &'static str {
        "reversed"
    }
}

/// `reversed(seq)`
fn reversed(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", args.len())));
    }
    let v = args.pos[0];
    let it = match vm.obj(v) {
        Some(Object::List(l)) => IterObj::ListRev {
            list: v.as_obj().unwrap_or(crate::value::ObjRef(0)),
            remaining: l.len(),
        },
        Some(Object::Range(rg)) => {
            let rg = **rg;
            let n = rg.len() as i128;
            let last = rg.start as i128 + (n - 1) * rg.step as i128;
            let stop = rg.start as i128 - rg.step as i128;
            match (
                i64::try_from(last),
                i64::try_from(stop),
                rg.step.checked_neg(),
            ) {
                (Ok(last), Ok(stop), Some(step)) if n > 0 => IterObj::Range {
                    next: last,
                    stop,
                    step,
                },
                _ if n == 0 => IterObj::Done,
                _ => IterObj::Native(Box::new(ReversedSeq {
                    obj: v,
                    next: n.min(i64::MAX as i128) as i64 - 1,
                })),
            }
        }
        Some(Object::Tuple(_) | Object::Str(_)) => {
            let n = subscr::len(vm, v)? as i64;
            IterObj::Native(Box::new(ReversedSeq {
                obj: v,
                next: n - 1,
            }))
        }
        Some(Object::Dict(_) | Object::DictView { .. }) => {
            let (dict, kind) = match vm.obj(v) {
                Some(Object::DictView { dict, kind }) => (*dict, *kind),
                _ => (
                    v.as_obj().unwrap_or(crate::value::ObjRef(0)),
                    ViewKind::Keys,
                ),
            };
            let mut items = iter::collect(vm, v)?;
            items.reverse();
            let size = items.len();
            IterObj::Native(Box::new(ReversedDict {
                dict,
                kind,
                items: items.into_iter(),
                size,
            }))
        }
        Some(Object::Instance(_)) => {
            if let Some(f) = vm.user_dunder(v, sym::__reversed__) {
                if f.is(Value::None) {
                    return not_reversible(vm, v);
                }
                return vm.call(f, &[v]);
            }
            // A subclass of a built-in (dict, list, ...) reverses as its base.
            if let Some(base) = crate::builtins::subclass::base_value(vm, v) {
                return reversed(vm, Args::positional(&[base]));
            }
            // A sequence (`__getitem__`) reverses by index; without `__len__` this
            // raises CPython's "has no len()".
            if vm.user_dunder(v, sym::__getitem__).is_some() {
                let n = subscr::len(vm, v)? as i64;
                IterObj::Native(Box::new(ReversedSeq {
                    obj: v,
                    next: n - 1,
                }))
            } else {
                return not_reversible(vm, v);
            }
        }
        _ => return not_reversible(vm, v),
    };
    Ok(vm.alloc(Object::Iter(it)))
}

fn not_reversible(vm: &mut Vm<'_>, v: Value) -> PyResult<Value> {
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object is not reversible")))
}

/// `enumerate(iterable, start=0)`
fn enumerate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    check_kw(vm, &args, "enumerate", &["iterable", "start"])?;
    args.check_pos(vm, "enumerate", 0, 2)?;
    let Some(src) = common::arg(vm, &args, 0, "iterable") else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let count = match args.arg_or_kw(1, sym::start) {
        Some(v) => match common::big_index(vm, v)? {
            Some(b) => match b.to_i64() {
                Some(i) => i,
                None => return Err(vm.overflow_error("enumerate() start is too large")),
            },
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => 0,
    };
    let it = iter::get_iter(vm, src)?;
    Ok(vm.alloc(Object::Iter(IterObj::Enumerate { it, count })))
}

/// `zip(*iterables)`
fn zip(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    check_kw(vm, &args, "zip", &["strict"])?;
    let strict = match common::kw(vm, &args, "strict") {
        Some(v) => compare::is_true(vm, v)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.len());
    for v in args.pos {
        its.push(iter::get_iter(vm, *v)?);
    }
    if strict {
        let z = crate::builtins::strict_zip::StrictZip::new(its);
        return Ok(vm.alloc(Object::Iter(IterObj::Native(Box::new(z)))));
    }
    Ok(vm.alloc(Object::Iter(IterObj::Zip { its })))
}

/// `map(f, *iterables)`
struct MapIter {
    f: Value,
    its: Vec<Value>,
}

impl NativeIter for MapIter {
    fn next(&mut self, vm: &mut Vm<'_>) -> PyResult<Option<Value>> {
        let mut vals = Vec::with_capacity(self.its.len());
        for it in &self.its {
            match iter::next(vm, *it)? {
                Some(v) => vals.push(v),
                None => return Ok(None),
            }
        }
        vm.call(self.f, &vals).map(Some)
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.f);
        self.its.iter().for_each(|v| visit(*v));
    }
    fn type_name(&self) -> &'static str {
        "map"
    }
}

/// `help(obj)`: `pydoc`'s text page for `obj` (written in `py/pydoc.py`).
fn help(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "help", 0, 1)?;
    let pydoc = crate::modules::import::import_name(vm, "pydoc")?;
    let name = vm.intern("help");
    let f = crate::ops::attr::get_attr(vm, pydoc, name)?;
    vm.call(f, args.pos)
}

fn map(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "map")?;
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    for v in &args.pos[1..] {
        its.push(iter::get_iter(vm, *v)?);
    }
    let m = MapIter {
        f: args.pos[0],
        its,
    };
    Ok(vm.alloc(Object::Iter(IterObj::Native(Box::new(m)))))
}

/// `filter(f_or_None, iterable)`
struct FilterIter {
    f: Value,
    it: Value,
}

impl NativeIter for FilterIter {
    fn next(&mut self, vm: &mut Vm<'_>) -> PyResult<Option<Value>> {
        while let Some(x) = iter::next(vm, self.it)? {
            let keep = if matches!(self.f, Value::None) {
                compare::is_true(vm, x)?
            } else {
                let r = vm.call(self.f, &[x])?;
                compare::is_true(vm, r)?
            };
            if keep {
                return Ok(Some(x));
            }
        }
        Ok(None)
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.f);
        visit(self.it);
    }
    fn type_name(&self) -> &'static str {
        "filter"
    }
}

fn filter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "filter")?;
    args.check(vm, "filter", 2, 2)?;
    let it = iter::get_iter(vm, args.pos[1])?;
    let f = FilterIter { f: args.pos[0], it };
    Ok(vm.alloc(Object::Iter(IterObj::Native(Box::new(f)))))
}

/// `any` (`want == true`) and `all` (`want == false`): stop at the first item whose truth
/// is `want`.
fn any_all(vm: &mut Vm<'_>, args: Args<'_>, name: &str, want: bool) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let it = iter::get_iter(vm, args.pos[0])?;
    if let (Some(Object::Generator(_)), Value::Obj(g)) = (vm.obj(it), it) {
        let mark = vm.push_root(it);
        let found = crate::objects::generator::find_truth(vm, g, want);
        vm.pop_roots(mark);
        return Ok(Value::Bool(found? == want));
    }
    while let Some(x) = iter::next(vm, it)? {
        if compare::is_true(vm, x)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

fn any(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

fn all(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

/// `ord(c)`
fn ord(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "ord", 1, 1)?;
    let v = args.pos[0];
    // bytes and bytearray of length 1 give their byte value, as in CPython.
    if let Some(data) = crate::builtins::bytes::bytes_of(vm, v) {
        if let [b] = data {
            return Ok(Value::Int(i64::from(*b)));
        }
        let n = data.len();
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {n} found"
        )));
    }
    let Some(s) = vm.as_str(v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(c as i64)),
        _ => {
            let n = fmt::char_len(s);
            Err(vm.type_error(format!(
                "ord() expected a character, but string of length {n} found"
            )))
        }
    }
}

/// `chr(i)`
fn chr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "chr", 1, 1)?;
    let v = args.pos[0];
    let Some(n) = common::big_index(vm, v)? else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    let cp = match n.to_u32() {
        Some(c) if c < 0x110000 => c,
        _ => {
            if n.to_i32().is_none() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            return Err(vm.value_error("chr() arg not in range(0x110000)"));
        }
    };
    // Lone surrogates have no Rust `char`; they become U+FFFD (see format/ deviations).
    let c = char::from_u32(cp).unwrap_or('\u{fffd}');
    let mut buf = [0u8; 4];
    Ok(vm.new_str(c.encode_utf8(&mut buf)))
}

/// `bin`, `oct`, `hex`
fn radix(vm: &mut Vm<'_>, args: Args<'_>, name: &str, base: u32) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let v = args.pos[0];
    let Some(n) = common::big_index(vm, v)? else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    Ok(vm.new_string(fmt::int_to_prefixed(&n, base)))
}

fn bin(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn oct(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}

fn hex(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

/// `ascii(x)`
fn ascii(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "ascii", 1, 1)?;
    let r = convert::repr_of(vm, args.pos[0])?;
    Ok(vm.new_string(fmt::ascii_escape(&r)))
}

/// `format(value, spec='')`
fn format(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    check_kw(vm, &args, "format", &["value", "format_spec"])?;
    args.check_pos(vm, "format", 0, 2)?;
    let Some(v) = common::arg(vm, &args, 0, "value") else {
        return Err(vm.type_error("format expected at least 1 argument, got 0"));
    };
    let spec = match common::arg(vm, &args, 1, "format_spec") {
        Some(s) => match vm.as_str(s) {
            Some(t) => t.to_string(),
            None => {
                let t = vm.type_name(s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {t}")));
            }
        },
        None => String::new(),
    };
    let s = convert::format_value(vm, v, &spec)?;
    Ok(vm.new_string(s))
}
