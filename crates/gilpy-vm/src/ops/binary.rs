//! Binary and unary operators on any values: numbers, sequences, then user dunders
//! (`__add__`, reflected `__radd__`, in-place `__iadd__`), then CPython's `TypeError`.

use gilpy_syntax::ast::{BinOp, UnaryOp};

use crate::names::{sym, NameId};
use crate::object::Object;
use crate::ops::num::{as_num, num_binop, num_unary};
use crate::value::Value;
use crate::{PyResult, Vm};

fn dunders(op: BinOp) -> (NameId, NameId, NameId) {
    match op {
        BinOp::Add => (sym::__add__, sym::__radd__, sym::__iadd__),
        BinOp::Sub => (sym::__sub__, sym::__rsub__, sym::__isub__),
        BinOp::Mul => (sym::__mul__, sym::__rmul__, sym::__imul__),
        BinOp::Div => (sym::__truediv__, sym::__rtruediv__, sym::__itruediv__),
        BinOp::FloorDiv => (sym::__floordiv__, sym::__rfloordiv__, sym::__ifloordiv__),
        BinOp::Mod => (sym::__mod__, sym::__rmod__, sym::__imod__),
        BinOp::Pow => (sym::__pow__, sym::__rpow__, sym::__ipow__),
        BinOp::LShift => (sym::__lshift__, sym::__rlshift__, sym::__ilshift__),
        BinOp::RShift => (sym::__rshift__, sym::__rrshift__, sym::__irshift__),
        BinOp::BitOr => (sym::__or__, sym::__ror__, sym::__ior__),
        BinOp::BitXor => (sym::__xor__, sym::__rxor__, sym::__ixor__),
        BinOp::BitAnd => (sym::__and__, sym::__rand__, sym::__iand__),
        BinOp::MatMul => (sym::__matmul__, sym::__rmatmul__, sym::__imatmul__),
    }
}

/// `a op b`
pub fn binary_op(vm: &mut Vm<'_>, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if op == BinOp::MatMul {
        // No builtin type implements `@`.
        return user_binop(vm, op, a, b);
    }
    // A plain instance (no builtin base) with the operator's method: only dunders can
    // decide, so skip the builtin types' paths.
    if let Value::Obj(r) = a {
        if let Object::Instance(i) = vm.st.heap.get(r) {
            if matches!(i.payload, crate::object::Payload::None)
                && vm.user_dunder_cached(a, dunders(op).0).is_some()
            {
                return user_binop(vm, op, a, b);
            }
        }
    }
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Value::Bool(x & y)),
            BinOp::BitOr => return Ok(Value::Bool(x | y)),
            BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(vm, a), as_num(vm, b)) {
        if let Some(r) = int_div_zero(vm, op, &x, &y) {
            return Err(r);
        }
        return num_binop(vm, op, x, y);
    }
    if let Some(v) = builtin_seq_op(vm, op, a, b)? {
        return Ok(v);
    }
    if op == BinOp::Mul
        && matches!(
            vm.obj(b),
            Some(Object::Str(_) | Object::List(_) | Object::Tuple(_))
        )
        && matches!(vm.obj(a), Some(Object::Instance(_)))
        && vm.user_dunder(a, sym::__mul__).is_none()
    {
        if let Some(n) = index_count(vm, a)? {
            return builtin_seq_op(vm, op, b, Value::Int(n)).map(|v| v.unwrap_or(Value::None));
        }
    }
    if let Some(v) = crate::methods::set::binop(vm, op, a, b)? {
        return Ok(v);
    }
    user_binop(vm, op, a, b)
}

fn int_div_zero(
    vm: &mut Vm<'_>,
    op: BinOp,
    x: &crate::ops::num::Num,
    y: &crate::ops::num::Num,
) -> Option<crate::Throw> {
    use crate::ops::num::Num;
    let int_zero = matches!(y, Num::I(0));
    let is_int = |n: &Num| !matches!(n, Num::F(_));
    if int_zero && is_int(x) {
        return match op {
            BinOp::Div => Some(vm.zero_division("division by zero")),
            BinOp::FloorDiv => Some(vm.zero_division("integer division or modulo by zero")),
            BinOp::Mod => Some(vm.zero_division("integer modulo by zero")),
            _ => None,
        };
    }
    None
}

/// `a op= b`
/// `name += b` at an [`Op::InplaceAppend`](gilpy_compiler::bytecode::Op::InplaceAppend)
/// site when both sides are strings: appends in place when `a` is referenced only by
/// `name` (a string an earlier `+=` here built), else builds a copy with room to grow
/// that only `name` will reference. `None` when the operands are not two distinct strs.
pub fn str_append(vm: &mut Vm<'_>, a: Value, b: Value) -> Option<Value> {
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
        return None;
    };
    let in_place = vm.st.inplace_strings;
    let (x, y) = vm.st.heap.str_pair(ra, rb)?;
    if in_place && x.is_unique() {
        let before = x.capacity();
        x.append(y.as_str(), y.char_len());
        let grown = x.capacity() - before;
        vm.st.heap.note_growth(grown);
        return Some(a);
    }
    let (xs, ys) = (x.as_str(), y.as_str());
    let mut text = String::with_capacity(2 * (xs.len() + ys.len()));
    text.push_str(xs);
    text.push_str(ys);
    let chars = x.char_len() + y.char_len();
    Some(
        vm.alloc(Object::Str(crate::objects::str::StrObj::appendable(
            text, chars,
        ))),
    )
}

/// The value was loaded somewhere other than its `+=` site: if it is a string an
/// in-place `+=` owns, it may now be referenced elsewhere, so it must not grow in place.
#[inline(always)]
pub fn share(vm: &mut Vm<'_>, v: Value) {
    if let Value::Obj(r) = v {
        if let Object::Str(s) = vm.st.heap.get_mut(r) {
            s.share();
        }
    }
}

/// A thread letting go of the GIL may hold, just loaded on its operand stack, a string
/// that a `+=` site owns (it stopped between loading `name` and `+=`): mark it shared,
/// so another thread's `name += x` copies instead of changing it under this one.
pub fn share_stack_top(vm: &mut Vm<'_>, th: &mut crate::frame::ThreadCtx) {
    for v in th.stack.iter().rev().take(2) {
        share(vm, *v);
    }
    if let Some(v) = th.append_hold.take() {
        share(vm, v);
    }
}

/// A global append site loaded `v` (`Op::LoadGlobalAppend`). A site still waiting for
/// its right-hand side (this load runs inside it) loses its claim: its string, maybe
/// this very one, may no longer change in place.
#[inline]
pub fn hold_for_append(vm: &mut Vm<'_>, v: Value) {
    if let Some(old) = vm.th.append_hold.replace(v) {
        share(vm, old);
    }
}

pub fn inplace_op(vm: &mut Vm<'_>, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if crate::methods::set::inplace(vm, op, a, b)? {
        return Ok(a);
    }
    if let Value::Obj(r) = a {
        match vm.st.heap.get(r) {
            Object::List(_) if op == BinOp::Add => {
                let items = crate::ops::iter::collect(vm, b)?;
                if let Object::List(l) = vm.st.heap.get_mut(r) {
                    l.extend(items);
                }
                return Ok(a);
            }
            Object::Instance(_) => {
                let (_, _, iname) = dunders(op);
                if let Some(f) = vm.user_dunder(a, iname) {
                    let res = vm.call(f, &[a, b])?;
                    if !is_not_implemented(vm, res) {
                        return Ok(res);
                    }
                }
            }
            _ => {}
        }
    }
    match binary_op(vm, op, a, b) {
        Err(crate::Throw::Exc(e)) => Err(inplace_error(vm, op, a, b, e)),
        r => r,
    }
}

/// CPython names the augmented operator (`+=`) when no method handled `a op= b`:
/// the generic "unsupported operand" error of the binary fallback is reworded.
fn inplace_error(
    vm: &mut Vm<'_>,
    op: BinOp,
    a: Value,
    b: Value,
    e: crate::value::ObjRef,
) -> crate::Throw {
    let (ta, tb) = (vm.tp_name(a), vm.tp_name(b));
    let sym = op.symbol();
    let plain = if op == BinOp::Pow {
        format!("unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'")
    } else {
        format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'")
    };
    let msg = vm
        .exc_data(e)
        .map(|d| d.args)
        .and_then(|args| match vm.obj(args) {
            Some(Object::Tuple(t)) if t.len() == 1 => vm.as_str(t[0]).map(str::to_string),
            _ => None,
        });
    // `V() *= "a"`: the right operand's repetition message is not the one CPython gives
    // for the augmented form.
    let seq_right = format!("can't multiply sequence by non-int of type '{ta}'");
    let reworded =
        msg.as_deref() == Some(&plain) || (op == BinOp::Mul && msg.as_deref() == Some(&seq_right));
    if vm.type_of(Value::Obj(e)) == vm.st.types.type_error && reworded {
        return vm.type_error(format!(
            "unsupported operand type(s) for {sym}=: '{ta}' and '{tb}'"
        ));
    }
    crate::Throw::Exc(e)
}

fn is_not_implemented(vm: &Vm<'_>, v: Value) -> bool {
    v.is(vm.st.not_implemented)
}

fn user_binop(vm: &mut Vm<'_>, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (name, rname, _) = dunders(op);
    // A plain instance whose class defines the method in Python: called at once.
    if let Some(m) = crate::call::operator_method(vm, a, b, name) {
        let res = crate::call::call_operator_method(vm, m, a, b)?;
        if is_not_implemented(vm, res) {
            return user_binop_rest(vm, op, a, b, false);
        }
        return Ok(res);
    }
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    // A right operand whose type derives from the left's and overrides the reflected
    // method goes first (CPython's subclass rule).
    let mut reflected_done = false;
    if ta != tb && vm.is_subclass(tb, ta) {
        if let Some(rf) = vm.user_dunder_cached(b, rname) {
            if vm.user_dunder_cached(a, rname).is_none_or(|x| !x.is(rf)) {
                reflected_done = true;
                let res = vm.call(rf, &[b, a])?;
                if !is_not_implemented(vm, res) {
                    return Ok(res);
                }
            }
        }
    }
    if let Some(f) = vm.user_dunder_cached(a, name) {
        let res = vm.call(f, &[a, b])?;
        if !is_not_implemented(vm, res) {
            return Ok(res);
        }
    }
    user_binop_rest(vm, op, a, b, reflected_done)
}

/// `BINARY_OP` on a plain instance whose class defines the operator's method in Python
/// (`Vec.__add__`): pushes the method's frame on the running loop (no native re-entry)
/// with the operands left below it; `false` when the general path must decide. What
/// `user_binop` does after the forward call is [`after_forward`], run when the frame
/// returns `NotImplemented`.
pub(crate) fn dunder_frame(vm: &mut Vm<'_>, op: BinOp, a: Value, b: Value) -> bool {
    let Some(m) = crate::call::operator_method(vm, a, b, dunders(op).0) else {
        return false;
    };
    crate::call::push_operator_frame(vm, m, a, b, crate::frame::FrameKind::BinOp(op));
    true
}

/// `a op b` after `a.__op__(b)`, run by [`dunder_frame`], returned `NotImplemented`.
#[cold]
pub(crate) fn after_forward(vm: &mut Vm<'_>, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    user_binop_rest(vm, op, a, b, false)
}

/// The reflected method (unless it already ran first) and `type`'s `|`, then the error.
fn user_binop_rest(
    vm: &mut Vm<'_>,
    op: BinOp,
    a: Value,
    b: Value,
    reflected_done: bool,
) -> PyResult<Value> {
    let (_, rname, _) = dunders(op);
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    if ta != tb && !reflected_done {
        if let Some(f) = vm.user_dunder_cached(b, rname) {
            let res = vm.call(f, &[b, a])?;
            if !is_not_implemented(vm, res) {
                return Ok(res);
            }
        }
    }
    if op == BinOp::BitOr {
        // `type.__or__`/`__ror__` (native methods of `type` are not in a class's
        // metaclass lookup): `int | str` builds a `types.UnionType`.
        let res = crate::builtins::union::union_of(vm, a, b)?;
        if !is_not_implemented(vm, res) {
            return Ok(res);
        }
    }
    Err(binop_type_error(vm, op, a, b))
}

/// CPython's message for an unsupported binary operation.
pub fn binop_type_error(vm: &mut Vm<'_>, op: BinOp, a: Value, b: Value) -> crate::Throw {
    let ta = vm.tp_name(a);
    let tb = vm.tp_name(b);
    let msg = match (op, &*ta) {
        (BinOp::Add, "str") => format!("can only concatenate str (not \"{tb}\") to str"),
        (BinOp::Add, "list") => format!("can only concatenate list (not \"{tb}\") to list"),
        (BinOp::Add, "tuple") => format!("can only concatenate tuple (not \"{tb}\") to tuple"),
        (BinOp::Pow, _) => {
            format!("unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'")
        }
        // Sequence repetition is tried last, so its message wins (`"a" * Vector()`,
        // and `Vector() * "a"` when Vector has no `__mul__`).
        (BinOp::Mul, "str" | "list" | "tuple" | "bytes" | "bytearray") => {
            format!("can't multiply sequence by non-int of type '{tb}'")
        }
        (BinOp::Mul, _) if matches!(&*tb, "str" | "list" | "tuple" | "bytes" | "bytearray") => {
            format!("can't multiply sequence by non-int of type '{ta}'")
        }
        _ => format!(
            "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
            op.symbol()
        ),
    };
    vm.type_error(msg)
}

fn repeat_count(vm: &mut Vm<'_>, n: Value) -> PyResult<Option<i64>> {
    match n {
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(b as i64)),
        Value::Obj(r) if matches!(vm.st.heap.get(r), Object::BigInt(_)) => {
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        _ => Ok(None),
    }
}

/// A repetition count from an instance with `__index__` (and no `__rmul__`, which
/// would go first), as CPython's `sq_repeat` slot does.
fn index_count(vm: &mut Vm<'_>, n: Value) -> PyResult<Option<i64>> {
    if !matches!(vm.obj(n), Some(Object::Instance(_))) || vm.user_dunder(n, sym::__rmul__).is_some()
    {
        return Ok(None);
    }
    if vm.user_dunder(n, sym::__index__).is_none() {
        return Ok(None);
    }
    crate::methods::common::index(vm, n).map(Some)
}

/// Largest sequence (in elements or bytes) a repetition may build; beyond it CPython
/// would exhaust memory, so raise `MemoryError` instead.
const MAX_REPEAT: u128 = 1 << 28;

fn checked_total(vm: &mut Vm<'_>, len: usize, n: i64) -> PyResult<usize> {
    let n = n.max(0) as u128;
    let total = len as u128 * n;
    if total > MAX_REPEAT {
        let c = vm.st.types.memory_error;
        return Err(crate::Throw::Exc(vm.new_exception(c, None)));
    }
    Ok(n as usize)
}

/// `str`, `list` and `tuple` concatenation and repetition, `str % args`.
fn builtin_seq_op(vm: &mut Vm<'_>, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(oa), ob) = (vm.obj(a), vm.obj(b)) else {
        // int * seq
        if op == BinOp::Mul && vm.obj(b).is_some() {
            if let Some(n) = repeat_count(vm, a)? {
                if matches!(
                    vm.obj(b),
                    Some(Object::Str(_) | Object::List(_) | Object::Tuple(_))
                ) {
                    return builtin_seq_op(vm, op, b, Value::Int(n));
                }
            }
        }
        return Ok(None);
    };
    match (op, oa, ob) {
        (BinOp::Add, Object::Str(x), Some(Object::Str(y))) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            let chars = x.char_len() + y.char_len();
            Ok(Some(vm.new_string_counted(s, chars)))
        }
        (BinOp::Add, Object::List(x), Some(Object::List(y))) => {
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(Some(vm.new_list(v)))
        }
        (BinOp::Add, Object::Tuple(x), Some(Object::Tuple(y))) => {
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(Some(vm.new_tuple(v)))
        }
        (BinOp::Mul, Object::Str(_) | Object::List(_) | Object::Tuple(_), _) => {
            let n = match repeat_count(vm, b)? {
                Some(n) => Some(n),
                None => index_count(vm, b)?,
            };
            let Some(n) = n else {
                if let Some(Object::Instance(_)) = vm.obj(b) {
                    return Ok(None);
                }
                let t = vm.type_name(b);
                return Err(
                    vm.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
                );
            };
            let out = match vm.obj(a) {
                Some(Object::Str(s)) => {
                    let len = s.as_str().len();
                    let n = checked_total(vm, len, n)?;
                    let text = vm.as_str(a).unwrap_or("").repeat(n);
                    vm.new_string(text)
                }
                Some(Object::List(l)) => {
                    let n = checked_total(vm, l.len(), n)?;
                    let items = match vm.obj(a) {
                        Some(Object::List(l)) => l.repeat(n),
                        _ => Vec::new(),
                    };
                    vm.new_list(items)
                }
                Some(Object::Tuple(t)) => {
                    let n = checked_total(vm, t.len(), n)?;
                    let items = match vm.obj(a) {
                        Some(Object::Tuple(t)) => t.repeat(n),
                        _ => Vec::new(),
                    };
                    vm.new_tuple(items)
                }
                _ => return Ok(None),
            };
            Ok(Some(out))
        }
        (BinOp::Mod, Object::Str(_), _) => {
            crate::methods::strformat::percent_format(vm, a, b).map(Some)
        }
        _ => Ok(None),
    }
}

/// `-v`, `+v`, `~v`, `not v`
pub fn unary_op(vm: &mut Vm<'_>, op: UnaryOp, v: Value) -> PyResult<Value> {
    if op == UnaryOp::Not {
        return Ok(Value::Bool(!crate::ops::compare::is_true(vm, v)?));
    }
    if let Some(r) = num_unary(vm, op, v)? {
        return Ok(r);
    }
    let (name, sym_text) = match op {
        UnaryOp::Neg => (sym::__neg__, "-"),
        UnaryOp::Pos => (sym::__pos__, "+"),
        UnaryOp::Invert => (sym::__invert__, "~"),
        UnaryOp::Not => unreachable!("handled above"),
    };
    if let Some(f) = vm.user_dunder(v, name) {
        return vm.call(f, &[v]);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("bad operand type for unary {sym_text}: '{t}'")))
}
