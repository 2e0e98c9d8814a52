//! Equality, ordering, truth and hashing, with user dunders and reflected fallbacks.

use gilpy_syntax::ast::CmpOp;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::heap::Heap;
use crate::names::{sym, NameId};
use crate::object::Object;
use crate::ops::num::{as_num, hash_big, hash_f64, hash_i64, Num};
use crate::value::Value;
use crate::{PyResult, Vm};

/// Compares two numbers; `None` when unordered (NaN).
fn num_cmp(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::I(x), Num::F(y)) => int_float_cmp(&BigInt::from(*x), *y),
        (Num::F(x), Num::I(y)) => int_float_cmp(&BigInt::from(*y), *x).map(Ordering::reverse),
        (Num::B(x), Num::F(y)) => int_float_cmp(x, *y),
        (Num::F(x), Num::B(y)) => int_float_cmp(y, *x).map(Ordering::reverse),
        (Num::B(x), Num::B(y)) => Some(x.cmp(y)),
        (Num::B(x), Num::I(y)) => Some(x.cmp(&BigInt::from(*y))),
        (Num::I(x), Num::B(y)) => Some(BigInt::from(*x).cmp(y)),
    }
}

/// Exact int-vs-float comparison.
fn int_float_cmp(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = BigInt::from(fl as i128);
    // Huge floats are integral; i128 covers |f| < 1.7e38, beyond that compare as floats.
    if fl.abs() >= 1.0e38 {
        return i.to_f64().and_then(|x| x.partial_cmp(&f));
    }
    match i.cmp(&fi) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// `a == b` / `a != b` on two strings, for the dispatch loop's inline path (`None`
/// for any other operator or operand: [`compare`] decides). Small enough to inline,
/// unlike [`eq_fast`].
#[inline(always)]
pub fn str_eq_fast(heap: &Heap, op: CmpOp, a: Value, b: Value) -> Option<bool> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return None;
    };
    let want = match op {
        CmpOp::Eq => true,
        CmpOp::NotEq => false,
        _ => return None,
    };
    if let (Object::Str(s), Object::Str(t)) = (heap.get(x), heap.get(y)) {
        let same = x == y || (s.char_len() == t.char_len() && s.as_str() == t.as_str());
        return Some(same == want);
    }
    None
}

/// Equality that needs no Python code: `None` when a user `__eq__` must decide.
pub fn eq_fast(heap: &Heap, a: Value, b: Value, depth: u32) -> Option<bool> {
    if depth > 200 {
        return None;
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if x == y {
                return Some(true);
            }
            // The common dict-key case first: two strings.
            if let (Object::Str(s), Object::Str(t)) = (heap.get(x), heap.get(y)) {
                return Some(s.char_len() == t.char_len() && s.as_str() == t.as_str());
            }
        }
        _ => {}
    }
    let num = |v: Value| -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::I(i)),
            Value::Bool(b) => Some(Num::I(b as i64)),
            Value::Float(f) => Some(Num::F(f)),
            Value::Obj(r) => match heap.get(r) {
                Object::BigInt(b) => Some(Num::B((**b).clone())),
                _ => None,
            },
            _ => None,
        }
    };
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Some(num_cmp(&x, &y) == Some(std::cmp::Ordering::Equal));
    }
    match (a, b) {
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => match (heap.get(x), heap.get(y)) {
            (Object::Str(s), Object::Str(t)) => {
                Some(s.hash() == t.hash() && s.as_str() == t.as_str())
            }
            (Object::Tuple(s), Object::Tuple(t)) => seq_eq_fast(heap, s, t, depth),
            (Object::List(s), Object::List(t)) => seq_eq_fast(heap, s, t, depth),
            // Slices compare as their `(start, stop, step)` tuples.
            (Object::Slice(s), Object::Slice(t)) => seq_eq_fast(heap, &s[..], &t[..], depth),
            (Object::Instance(_), _) | (_, Object::Instance(_)) => None,
            (Object::Dict(_), Object::Dict(_)) | (Object::Set(_), Object::Set(_)) => None,
            // Bound methods are equal when they bind the same object to the same function.
            (
                Object::BoundMethod { func: f, self_: s },
                Object::BoundMethod { func: g, self_: t },
            ) => Some(s.is(*t) && (f.is(*g) || eq_fast(heap, *f, *g, depth + 1) == Some(true))),
            (Object::Range(r), Object::Range(s)) => Some(
                r.len() == s.len()
                    && (r.is_empty() || (r.start == s.start && (r.len() == 1 || r.step == s.step))),
            ),
            _ => Some(false),
        },
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match heap.get(x) {
            Object::Instance(_) => None,
            _ => Some(false),
        },
        _ => Some(false),
    }
}

fn seq_eq_fast(heap: &Heap, s: &[Value], t: &[Value], depth: u32) -> Option<bool> {
    if s.len() != t.len() {
        return Some(false);
    }
    for (x, y) in s.iter().zip(t.iter()) {
        // Containers compare elements by identity first (so `[nan] == [nan]`).
        if x.is(*y) {
            continue;
        }
        match eq_fast(heap, *x, *y, depth + 1)? {
            true => {}
            false => return Some(false),
        }
    }
    Some(true)
}

/// `a == b` as a bool.
pub fn eq(vm: &mut Vm<'_>, a: Value, b: Value) -> PyResult<bool> {
    if let Some(r) = eq_fast(&vm.st.heap, a, b, 0) {
        return Ok(r);
    }
    let v = rich_eq(vm, a, b, false)?;
    is_true(vm, v)
}

/// `a == b` (or `!=` when `negate`) as a value, calling `__eq__`/`__ne__`.
fn rich_eq(vm: &mut Vm<'_>, a: Value, b: Value, negate: bool) -> PyResult<Value> {
    let (name, other) = if negate {
        (sym::__ne__, sym::__ne__)
    } else {
        (sym::__eq__, sym::__eq__)
    };
    // A plain instance whose class defines the method in Python (dict and `in` lookups
    // calling `__eq__`): called at once.
    if let Some(m) = crate::call::operator_method(vm, a, b, name) {
        let r = crate::call::call_operator_method(vm, m, a, b)?;
        if r.is(vm.st.not_implemented) {
            let op = if negate { CmpOp::NotEq } else { CmpOp::Eq };
            return after_forward(vm, op, a, b);
        }
        return Ok(r);
    }
    // The right operand goes first when its type derives from the left's (overriding
    // the method or not), as CPython's `do_richcompare` does.
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let order = if ta != tb && vm.is_subclass(tb, ta) {
        [(b, a, other), (a, b, name)]
    } else {
        [(a, b, name), (b, a, other)]
    };
    for (x, y, n) in order {
        if let Some(f) = vm.user_dunder(x, n) {
            let r = vm.call(f, &[x, y])?;
            if !r.is(vm.st.not_implemented) {
                return Ok(r);
            }
        }
    }
    rich_eq_default(vm, a, b, negate)
}

/// `a == b` (or `!=`) when neither operand's method decided.
fn rich_eq_default(vm: &mut Vm<'_>, a: Value, b: Value, negate: bool) -> PyResult<Value> {
    if negate {
        // Default `__ne__` inverts `__eq__`.
        let r = rich_eq(vm, a, b, false)?;
        return Ok(Value::Bool(!is_true(vm, r)?));
    }
    // Containers holding instances: compare element by element with the VM.
    let pair = match (vm.obj(a), vm.obj(b)) {
        (Some(Object::List(x)), Some(Object::List(y))) => Some((x.clone(), y.clone())),
        (Some(Object::Tuple(x)), Some(Object::Tuple(y))) => Some((x.to_vec(), y.to_vec())),
        _ => None,
    };
    if let Some((x, y)) = pair {
        if x.len() != y.len() {
            return Ok(Value::Bool(false));
        }
        vm.enter_native()?;
        let r = (|| {
            for (p, q) in x.iter().zip(y.iter()) {
                if !p.is(*q) && !eq(vm, *p, *q)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })();
        vm.leave_native();
        return r.map(Value::Bool);
    }
    if let (Some(Object::Dict(_)), Some(Object::Dict(_)))
    | (Some(Object::Set(_)), Some(Object::Set(_))) = (vm.obj(a), vm.obj(b))
    {
        return crate::ops::dictops::mapping_eq(vm, a, b).map(Value::Bool);
    }
    Ok(Value::Bool(a.is(b)))
}

/// Ordering of two builtin values; `None` if the types cannot be ordered.
fn builtin_order(vm: &mut Vm<'_>, a: Value, b: Value) -> PyResult<Option<std::cmp::Ordering>> {
    if let (Some(x), Some(y)) = (as_num(vm, a), as_num(vm, b)) {
        return Ok(Some(num_cmp(&x, &y).unwrap_or(std::cmp::Ordering::Equal)));
    }
    match (vm.obj(a), vm.obj(b)) {
        (Some(Object::Str(x)), Some(Object::Str(y))) => {
            return Ok(Some(x.as_str().cmp(y.as_str())))
        }
        (Some(Object::List(_)), Some(Object::List(_)))
        | (Some(Object::Tuple(_)), Some(Object::Tuple(_))) => {}
        _ => return Ok(None),
    }
    // Element by element, re-reading both sequences at each step (an `__eq__` may
    // resize a list, as in CPython), without copying them.
    let mut i = 0;
    loop {
        let (p, q, lens) = match (seq_at(vm, a, i), seq_at(vm, b, i)) {
            ((Some(p), _), (Some(q), _)) => (p, q, None),
            ((_, la), (_, lb)) => (Value::None, Value::None, Some(la.cmp(&lb))),
        };
        if let Some(o) = lens {
            return Ok(Some(o));
        }
        if let (Value::Int(x), Value::Int(y)) = (p, q) {
            if x != y {
                return Ok(Some(x.cmp(&y)));
            }
        } else if !eq(vm, p, q)? {
            vm.enter_native()?;
            let r = order(vm, p, q);
            vm.leave_native();
            return r.map(Some);
        }
        i += 1;
    }
}

/// `<`, `<=`, `>`, `>=` between two tuples or two lists: the first items that differ,
/// compared with the operator itself (so a NaN there answers as in CPython), else
/// the lengths. `None` for any other pair of operands.
fn seq_compare(vm: &mut Vm<'_>, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    match (vm.obj(a), vm.obj(b)) {
        (Some(Object::Tuple(_)), Some(Object::Tuple(_)))
        | (Some(Object::List(_)), Some(Object::List(_))) => {}
        _ => return Ok(None),
    }
    // Both sequences are re-read at each step: an item's `__eq__` may resize a list.
    let mut i = 0;
    loop {
        let ((p, la), (q, lb)) = (seq_at(vm, a, i), seq_at(vm, b, i));
        let (Some(p), Some(q)) = (p, q) else {
            return Ok(Some(lengths_answer(op, la.cmp(&lb))));
        };
        if let Some(r) = pair_decides(vm, op, p, q)? {
            return Ok(Some(r));
        }
        i += 1;
    }
}

/// One item pair of a sequence comparison under `op`: `None` when the items are equal
/// (the next pair decides), else the answer. Ints and floats (dataclass order compares
/// tuples of fields) get the operator itself without the general paths.
#[inline]
fn pair_decides(vm: &mut Vm<'_>, op: CmpOp, p: Value, q: Value) -> PyResult<Option<bool>> {
    let equality = matches!(op, CmpOp::Eq | CmpOp::NotEq);
    if let Some(same) = crate::ops::num::inline_compare_fast(CmpOp::Eq, &p, &q) {
        if same {
            return Ok(None);
        }
        if !equality {
            if let Some(r) = crate::ops::num::inline_compare_fast(op, &p, &q) {
                return Ok(Some(r));
            }
        }
    }
    let same = match eq_fast(&vm.st.heap, p, q, 0) {
        Some(s) => s,
        None => eq(vm, p, q)?,
    };
    if same {
        return Ok(None);
    }
    if equality {
        return Ok(Some(op == CmpOp::NotEq));
    }
    vm.enter_native()?;
    let r = compare(vm, op, p, q).and_then(|r| is_true(vm, r));
    vm.leave_native();
    r.map(Some)
}

/// `op` between two sequences whose common items are all equal: their lengths decide.
#[inline]
fn lengths_answer(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering;
    match op {
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::NotEq => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

/// [`Op::CompareSeq`](gilpy_compiler::bytecode::Op::CompareSeq): the top `n + m`
/// stack values are the items of two tuple displays; they are compared as the tuples
/// would be (the first pair that is not equal decides, else the lengths), then popped.
/// They stay on the stack meanwhile, so an item's `__eq__` cannot free them.
pub fn compare_items(vm: &mut Vm<'_>, op: CmpOp, n: usize, m: usize) -> PyResult<Value> {
    let base = vm.th.stack.len() - n - m;
    let result = (|| {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && n != m {
            return Ok(op == CmpOp::NotEq);
        }
        for i in 0..n.min(m) {
            let (p, q) = (vm.th.stack[base + i], vm.th.stack[base + n + i]);
            // Identity first, as CPython's item comparison (`x = nan; (x, 1) < (x, 2)`).
            if p.is(q) {
                continue;
            }
            if let Some(r) = pair_decides(vm, op, p, q)? {
                return Ok(r);
            }
        }
        Ok(lengths_answer(op, n.cmp(&m)))
    })();
    vm.th.stack.truncate(base);
    result.map(Value::Bool)
}

/// Item `i` of a list or tuple (if in range) and the sequence's length.
#[inline]
fn seq_at(vm: &Vm<'_>, v: Value, i: usize) -> (Option<Value>, usize) {
    let items: &[Value] = match vm.obj(v) {
        Some(Object::List(x)) => x,
        Some(Object::Tuple(x)) => x,
        _ => &[],
    };
    (items.get(i).copied(), items.len())
}

/// Total order for sorting and sequence comparison (errors when unorderable).
pub fn order(vm: &mut Vm<'_>, a: Value, b: Value) -> PyResult<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x.cmp(&y));
    }
    if let Some(o) = builtin_order(vm, a, b)? {
        return Ok(o);
    }
    let lt = compare(vm, CmpOp::Lt, a, b)?;
    if is_true(vm, lt)? {
        return Ok(Ordering::Less);
    }
    let gt = compare(vm, CmpOp::Gt, a, b)?;
    if is_true(vm, gt)? {
        return Ok(Ordering::Greater);
    }
    Ok(Ordering::Equal)
}

/// `a < b` etc. for sorting: just "less than", as `list.sort` uses.
pub fn less_than(vm: &mut Vm<'_>, a: Value, b: Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    // Instances whose class defines `__lt__` in Python (sorting dataclasses): straight
    // to the method, as `compare` would go.
    if let Some(m) = crate::call::operator_method(vm, a, b, sym::__lt__) {
        let mut r = crate::call::call_operator_method(vm, m, a, b)?;
        if r.is(vm.st.not_implemented) {
            r = order_rest(vm, CmpOp::Lt, a, b, false)?;
        }
        return match r {
            Value::Bool(t) => Ok(t),
            _ => is_true(vm, r),
        };
    }
    // Two exact tuples (sorting pairs): no `__lt__` to look for, compare directly.
    if let (Some(Object::Tuple(_)), Some(Object::Tuple(_))) = (vm.obj(a), vm.obj(b)) {
        if let Some(o) = builtin_order(vm, a, b)? {
            return Ok(o == std::cmp::Ordering::Less);
        }
    }
    let r = compare(vm, CmpOp::Lt, a, b)?;
    is_true(vm, r)
}

fn order_names(op: CmpOp) -> (NameId, NameId) {
    match op {
        CmpOp::Lt => (sym::__lt__, sym::__gt__),
        CmpOp::LtE => (sym::__le__, sym::__ge__),
        CmpOp::Gt => (sym::__gt__, sym::__lt__),
        _ => (sym::__ge__, sym::__le__),
    }
}

/// `a op b` for any comparison operator.
pub fn compare(vm: &mut Vm<'_>, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    use std::cmp::Ordering;
    match op {
        CmpOp::Is => return Ok(Value::Bool(a.is(b))),
        CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
        CmpOp::In => return crate::ops::subscr::contains(vm, b, a).map(Value::Bool),
        CmpOp::NotIn => return crate::ops::subscr::contains(vm, b, a).map(|r| Value::Bool(!r)),
        CmpOp::Eq | CmpOp::NotEq => {
            // Only containers (`in`, `index`, `count`, dict keys) take identity as
            // equality; the operator calls an instance's `__eq__` even on itself.
            let same_instance = match (a, b) {
                (Value::Obj(x), Value::Obj(y)) => {
                    x == y && matches!(vm.st.heap.get(x), Object::Instance(_))
                }
                _ => false,
            };
            if !same_instance {
                if let Some(r) = eq_fast(&vm.st.heap, a, b, 0) {
                    return Ok(Value::Bool(r == (op == CmpOp::Eq)));
                }
            }
            return rich_eq(vm, a, b, op == CmpOp::NotEq);
        }
        _ => {}
    }
    // A plain instance whose class defines the method in Python (sorting, `min` and
    // `max` calling `__lt__`): called at once, no builtin order can apply.
    if let Some(m) = crate::call::operator_method(vm, a, b, order_names(op).0) {
        let r = crate::call::call_operator_method(vm, m, a, b)?;
        if r.is(vm.st.not_implemented) {
            return order_rest(vm, op, a, b, false);
        }
        return Ok(r);
    }
    if let Some(r) = seq_compare(vm, op, a, b)? {
        return Ok(Value::Bool(r));
    }
    // Floats: NaN compares false under every ordering.
    if let (Some(x), Some(y)) = (as_num(vm, a), as_num(vm, b)) {
        let r = match num_cmp(&x, &y) {
            None => false,
            Some(o) => match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            },
        };
        return Ok(Value::Bool(r));
    }
    let (name, reflected) = order_names(op);
    // The right operand's reflected method goes first when its type derives from the
    // left's (CPython's `do_richcompare`).
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let reflected_first = ta != tb && vm.is_subclass(tb, ta);
    if reflected_first {
        if let Some(f) = vm.user_dunder(b, reflected) {
            let r = vm.call(f, &[b, a])?;
            if !r.is(vm.st.not_implemented) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = vm.user_dunder(a, name) {
        let r = vm.call(f, &[a, b])?;
        if !r.is(vm.st.not_implemented) {
            return Ok(r);
        }
    }
    order_rest(vm, op, a, b, reflected_first)
}

/// `COMPARE_OP` on a plain instance whose class defines the operator's method in Python
/// (`__lt__`, `__eq__`, ...): pushes the method's frame on the running loop (no native
/// re-entry) with the operands left below it; `false` when the general path must
/// decide. What [`compare`] does after the forward call is [`after_forward`], run when
/// the frame returns `NotImplemented`.
pub(crate) fn dunder_frame(vm: &mut Vm<'_>, op: CmpOp, a: Value, b: Value) -> bool {
    let name = match op {
        CmpOp::Eq => sym::__eq__,
        CmpOp::NotEq => sym::__ne__,
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => order_names(op).0,
        _ => return false,
    };
    let Some(m) = crate::call::operator_method(vm, a, b, name) else {
        return false;
    };
    crate::call::push_operator_frame(vm, m, a, b, crate::frame::FrameKind::Compare(op));
    true
}

/// `a op b` after `a.__op__(b)`, run by [`dunder_frame`], returned `NotImplemented`:
/// the reflected method, then the default.
#[cold]
pub(crate) fn after_forward(vm: &mut Vm<'_>, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        CmpOp::Eq | CmpOp::NotEq => {
            let name = if op == CmpOp::Eq {
                sym::__eq__
            } else {
                sym::__ne__
            };
            if let Some(f) = vm.user_dunder(b, name) {
                let r = vm.call(f, &[b, a])?;
                if !r.is(vm.st.not_implemented) {
                    return Ok(r);
                }
            }
            rich_eq_default(vm, a, b, op == CmpOp::NotEq)
        }
        _ => order_rest(vm, op, a, b, false),
    }
}

/// An ordering after `a`'s method: `b`'s reflected method (unless it went first), the
/// builtin orders, the error.
fn order_rest(
    vm: &mut Vm<'_>,
    op: CmpOp,
    a: Value,
    b: Value,
    reflected_done: bool,
) -> PyResult<Value> {
    use std::cmp::Ordering;
    let (_, reflected) = order_names(op);
    if let Some(f) = vm.user_dunder(b, reflected).filter(|_| !reflected_done) {
        let r = vm.call(f, &[b, a])?;
        if !r.is(vm.st.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(o) = builtin_order(vm, a, b)? {
        let r = match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            _ => o != Ordering::Less,
        };
        return Ok(Value::Bool(r));
    }
    if let Some(r) = crate::methods::set::compare(vm, op, a, b)? {
        return Ok(Value::Bool(r));
    }
    let ta = vm.tp_name(a);
    let tb = vm.tp_name(b);
    Err(vm.type_error(format!(
        "'{}' not supported between instances of '{ta}' and '{tb}'",
        op.symbol()
    )))
}

/// Truthiness (`bool(v)`).
pub fn is_true(vm: &mut Vm<'_>, v: Value) -> PyResult<bool> {
    Ok(match v {
        Value::None | Value::Undef => false,
        Value::Bool(b) => b,
        Value::Int(i) => i != 0,
        Value::Float(f) => f != 0.0,
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::Str(s) => !s.as_str().is_empty(),
            Object::List(l) => !l.is_empty(),
            Object::Tuple(t) => !t.is_empty(),
            Object::Dict(d) | Object::Set(d) => !d.is_empty(),
            Object::Range(r) => !r.is_empty(),
            Object::DictView { .. } => crate::ops::subscr::len(vm, v)? != 0,
            Object::Instance(_) => {
                if let Some(f) = vm.user_dunder_cached(v, sym::__bool__) {
                    let r = vm.call(f, &[v])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => {
                            let t = vm.type_name(r);
                            Err(vm.type_error(format!("__bool__ should return bool, returned {t}")))
                        }
                    };
                }
                if vm.user_dunder_cached(v, sym::__len__).is_some() {
                    return Ok(crate::ops::subscr::len(vm, v)? != 0);
                }
                true
            }
            _ => true,
        },
    })
}

/// `hash(v)`. Ints and strs (most dict keys) inline; the rest in [`hash_any`].
#[inline(always)]
pub fn hash(vm: &mut Vm<'_>, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(hash_i64(i)),
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::Str(s) => Ok(s.hash()),
            _ => hash_any(vm, v),
        },
        _ => hash_any(vm, v),
    }
}

fn hash_any(vm: &mut Vm<'_>, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(hash_i64(i)),
        Value::Bool(b) => Ok(b as i64),
        Value::Float(f) => Ok(hash_f64(f)),
        Value::None | Value::Undef => Ok(0x5f3759df),
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::Str(s) => Ok(s.hash()),
            Object::BigInt(b) => Ok(hash_big(b)),
            Object::Tuple(t) => {
                // Tuples of ints, strings, floats (memo keys like `(n, k)`): hashed in
                // place, with no copy of the items and no recursion.
                if let Some(h) = flat_tuple_hash(&vm.st.heap, t) {
                    return Ok(h);
                }
                let items = t.to_vec();
                vm.enter_native()?;
                let r = tuple_hash(vm, &items);
                vm.leave_native();
                r
            }
            Object::Set(d) if d.frozen => Ok(crate::methods::frozenset::hash_of(d)),
            Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::Slice(_) => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("unhashable type: '{t}'")))
            }
            Object::Instance(_) => {
                if let Some(f) = vm.user_dunder(v, sym::__hash__) {
                    // `object.__hash__` itself: no call needed.
                    let object_hash = vm
                        .class(vm.st.types.object)
                        .and_then(|c| c.dict.get(&sym::__hash__).copied());
                    if object_hash.is_some_and(|h| h.is(f)) {
                        // Native classes with their own `__eq__` (no class statement set
                        // `__hash__ = None` for them) stay unhashable.
                        let cls = vm.type_of(v);
                        let native = vm.class(cls).is_some_and(|c| c.builtin);
                        if native && vm.class_lookup(cls, sym::__eq__).is_some() {
                            let t = vm.type_name(v);
                            return Err(vm.type_error(format!("unhashable type: '{t}'")));
                        }
                        return Ok(id_hash(r.index()));
                    }
                    if f.is(Value::None) {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(format!("unhashable type: '{t}'")));
                    }
                    let h = vm.call(f, &[v])?;
                    return match h {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::Bool(b) => Ok(b as i64),
                        _ => match vm.obj(h) {
                            Some(Object::BigInt(b)) => Ok(hash_big(b)),
                            _ => Err(vm.type_error("__hash__ method should return an integer")),
                        },
                    };
                }
                if vm.user_dunder(v, sym::__eq__).is_some() {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!("unhashable type: '{t}'")));
                }
                Ok(id_hash(r.index()))
            }
            // CPython's `meth_hash`: the identity of `self` mixed with the function's hash.
            &Object::BoundMethod { func, self_ } => {
                let s = match self_ {
                    Value::Obj(o) => id_hash(o.index()),
                    other => hash(vm, other)?,
                };
                Ok(s ^ hash(vm, func)?)
            }
            _ => Ok(id_hash(r.index())),
        },
    }
}

/// The identity hash of a heap object (`object.__hash__`).
pub fn identity_hash(r: crate::value::ObjRef) -> i64 {
    id_hash(r.index())
}

fn id_hash(i: usize) -> i64 {
    (i as i64).rotate_right(4) ^ 0x2545_f491
}

/// CPython's tuple hash (xxHash-based).
/// [`tuple_hash`] for a tuple whose items hash without calling back into Python;
/// `None` when some item needs the general path.
fn flat_tuple_hash(heap: &Heap, items: &[Value]) -> Option<i64> {
    let mut lanes = [0i64; 8];
    if items.len() > lanes.len() {
        return None;
    }
    for (lane, v) in lanes.iter_mut().zip(items) {
        *lane = match *v {
            Value::Int(i) => hash_i64(i),
            Value::Bool(b) => b as i64,
            Value::Float(f) => hash_f64(f),
            Value::None => 0x5f3759df,
            Value::Obj(r) => match heap.get(r) {
                Object::Str(s) => s.hash(),
                _ => return None,
            },
            Value::Undef => return None,
        };
    }
    Some(combine_lanes(&lanes[..items.len()]))
}

/// CPython's tuple hash (xxHash-based) over the item hashes.
fn combine_lanes(lanes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for lane in lanes {
        acc = acc.wrapping_add((*lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((lanes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn tuple_hash(vm: &mut Vm<'_>, items: &[Value]) -> PyResult<i64> {
    let mut lanes = Vec::with_capacity(items.len());
    for v in items {
        lanes.push(hash(vm, *v)?);
    }
    Ok(combine_lanes(&lanes))
}
