//! Special methods of the builtin value types as attributes: `(5).__add__(3)`,
//! `str.__len__("abc")`, `list.__getitem__(xs, 1)`. They are not in the types' class
//! dicts (the VM's operators never look them up there, and subclasses of builtins must
//! not find them as "user" dunders); attribute lookup falls back to this table, and each
//! one runs the same operation the operator or builtin would.

use gilpy_syntax::ast::{BinOp, CmpOp, UnaryOp};

use crate::builtins::{Args, NativeFn};
use crate::ops::{binary, compare, convert, iter, subscr};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// The native for a special method name, if it is one of these.
pub fn lookup(name: &str) -> Option<NativeFn> {
    macro_rules! bin {
        ($op:expr, $rev:expr) => {{
            fn f(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
                let (a, b) = two(vm, &args)?;
                if $rev {
                    binary::binary_op(vm, $op, b, a)
                } else {
                    binary::binary_op(vm, $op, a, b)
                }
            }
            f as NativeFn
        }};
    }
    macro_rules! cmp {
        ($op:expr) => {{
            fn f(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
                let (a, b) = two(vm, &args)?;
                compare::compare(vm, $op, a, b)
            }
            f as NativeFn
        }};
    }
    macro_rules! un {
        ($op:expr) => {{
            fn f(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
                let a = one(vm, &args)?;
                binary::unary_op(vm, $op, a)
            }
            f as NativeFn
        }};
    }
    Some(match name {
        "__add__" => bin!(BinOp::Add, false),
        "__radd__" => bin!(BinOp::Add, true),
        "__sub__" => bin!(BinOp::Sub, false),
        "__rsub__" => bin!(BinOp::Sub, true),
        "__mul__" => bin!(BinOp::Mul, false),
        "__rmul__" => bin!(BinOp::Mul, true),
        "__truediv__" => bin!(BinOp::Div, false),
        "__rtruediv__" => bin!(BinOp::Div, true),
        "__floordiv__" => bin!(BinOp::FloorDiv, false),
        "__rfloordiv__" => bin!(BinOp::FloorDiv, true),
        "__mod__" => bin!(BinOp::Mod, false),
        "__rmod__" => bin!(BinOp::Mod, true),
        "__pow__" => bin!(BinOp::Pow, false),
        "__rpow__" => bin!(BinOp::Pow, true),
        "__lshift__" => bin!(BinOp::LShift, false),
        "__rshift__" => bin!(BinOp::RShift, false),
        "__and__" => bin!(BinOp::BitAnd, false),
        "__rand__" => bin!(BinOp::BitAnd, true),
        "__or__" => bin!(BinOp::BitOr, false),
        "__ror__" => bin!(BinOp::BitOr, true),
        "__xor__" => bin!(BinOp::BitXor, false),
        "__rxor__" => bin!(BinOp::BitXor, true),
        "__eq__" => cmp!(CmpOp::Eq),
        "__ne__" => cmp!(CmpOp::NotEq),
        "__lt__" => cmp!(CmpOp::Lt),
        "__le__" => cmp!(CmpOp::LtE),
        "__gt__" => cmp!(CmpOp::Gt),
        "__ge__" => cmp!(CmpOp::GtE),
        "__neg__" => un!(UnaryOp::Neg),
        "__pos__" => un!(UnaryOp::Pos),
        "__invert__" => un!(UnaryOp::Invert),
        "__abs__" => dunder_abs,
        "__len__" => dunder_len,
        "__getitem__" => dunder_getitem,
        "__setitem__" => dunder_setitem,
        "__delitem__" => dunder_delitem,
        "__contains__" => dunder_contains,
        "__iter__" => dunder_iter,
        "__repr__" => dunder_repr,
        "__str__" => dunder_str,
        "__hash__" => dunder_hash,
        "__bool__" => dunder_bool,
        "__index__" => dunder_index,
        "__next__" => dunder_next,
        "__length_hint__" => dunder_length_hint,
        "__call__" => dunder_call,
        _ => return None,
    })
}

/// Does the builtin type `cls` have the special method `name` (as in CPython, so that
/// `hasattr(5, "__iter__")` stays false)?
fn has(vm: &Vm<'_>, cls: ObjRef, name: &str) -> bool {
    const REPR: &[&str] = &["__repr__", "__str__", "__eq__", "__ne__"];
    const ORDER: &[&str] = &["__lt__", "__le__", "__gt__", "__ge__"];
    const ARITH: &[&str] = &[
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__truediv__",
        "__rtruediv__",
        "__floordiv__",
        "__rfloordiv__",
        "__mod__",
        "__rmod__",
        "__pow__",
        "__rpow__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__bool__",
        "__hash__",
    ];
    const BITS: &[&str] = &[
        "__lshift__",
        "__rshift__",
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__invert__",
    ];
    const SEQ: &[&str] = &["__len__", "__getitem__", "__contains__", "__iter__"];
    const CAT: &[&str] = &["__add__", "__mul__", "__rmul__"];
    const MUT: &[&str] = &["__setitem__", "__delitem__"];
    const SETOPS: &[&str] = &[
        "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__sub__", "__rsub__",
    ];
    let t = &vm.st.types;
    let any = |sets: &[&[&str]]| sets.iter().any(|s| s.contains(&name));
    if name == "__call__" {
        // Functions and methods are callable through `__call__` (what
        // `collections.abc.Callable` and `hasattr(f, "__call__")` look for).
        return cls == t.function || cls == t.builtin_function || cls == t.method || cls == t.type_;
    }
    if cls == t.int || cls == t.bool {
        any(&[REPR, ORDER, ARITH, BITS, &["__index__"]])
    } else if cls == t.float {
        any(&[REPR, ORDER, ARITH])
    } else if cls == t.str {
        any(&[REPR, ORDER, SEQ, CAT, &["__mod__", "__rmod__", "__hash__"]])
    } else if cls == t.list {
        any(&[REPR, ORDER, SEQ, CAT, MUT])
    } else if cls == t.tuple {
        any(&[REPR, ORDER, SEQ, CAT, &["__hash__"]])
    } else if cls == t.dict {
        any(&[REPR, SEQ, MUT, &["__or__", "__ror__"]])
    } else if cls == t.set {
        any(&[
            REPR,
            ORDER,
            SETOPS,
            &["__len__", "__contains__", "__iter__"],
        ])
    } else if cls == t.frozenset {
        any(&[
            REPR,
            ORDER,
            SETOPS,
            &["__len__", "__contains__", "__iter__", "__hash__"],
        ])
    } else if cls == t.range {
        any(&[REPR, SEQ, &["__hash__", "__bool__"]])
    } else if crate::builtins::itertypes::is_iter_class(&vm.st, cls) {
        // `it.__next__` as a callable (`iter(it.__next__, sentinel)`).
        any(&[&["__iter__", "__next__"]])
            || (name == "__length_hint__"
                && crate::builtins::itertypes::has_length_hint(&vm.st, cls))
    } else {
        false
    }
}

/// `value.name` for a builtin value: a bound special method, or `None`.
pub fn bound(vm: &mut Vm<'_>, obj: Value, cls: ObjRef, name: &str) -> Option<Value> {
    if !has(vm, cls, name) {
        return None;
    }
    let f = lookup(name)?;
    let func = native(vm, f, cls, name);
    Some(vm.alloc(crate::object::Object::BoundMethod { func, self_: obj }))
}

/// `type.name` for a builtin value type: the unbound special method, or `None`.
pub fn unbound(vm: &mut Vm<'_>, cls: ObjRef, name: &str) -> Option<Value> {
    if !has(vm, cls, name) {
        return None;
    }
    let f = lookup(name)?;
    Some(native(vm, f, cls, name))
}

fn native(vm: &mut Vm<'_>, f: NativeFn, cls: ObjRef, name: &str) -> Value {
    // Names here are string literals of `lookup`; find the static one.
    let name: &'static str = NAMES.iter().find(|n| **n == name).copied().unwrap_or("?");
    vm.alloc(crate::object::Object::Native(crate::object::NativeFnObj {
        name,
        f,
        owner: Some(cls),
    }))
}

pub(crate) const NAMES: &[&str] = &[
    "__call__",
    "__next__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__lshift__",
    "__rshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
    "__repr__",
    "__str__",
    "__hash__",
    "__bool__",
    "__index__",
];

// `self` may be an instance of a subclass (found through its mro): the operation runs
// on the builtin value it extends.
fn one(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    args.check(vm, "method", 1, 1)?;
    Ok(crate::builtins::subclass::unwrap_base(vm, args.pos[0]))
}

fn two(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<(Value, Value)> {
    args.check(vm, "method", 2, 2)?;
    Ok((
        crate::builtins::subclass::unwrap_base(vm, args.pos[0]),
        args.pos[1],
    ))
}

fn dunder_abs(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let a = one(vm, &args)?;
    let neg = compare::less_than(vm, a, Value::Int(0))?;
    if neg {
        binary::unary_op(vm, UnaryOp::Neg, a)
    } else {
        binary::unary_op(vm, UnaryOp::Pos, a)
    }
}

fn dunder_index(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    match one(vm, &args)? {
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        v => Ok(v),
    }
}

fn dunder_len(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let a = one(vm, &args)?;
    Ok(Value::Int(subscr::len(vm, a)? as i64))
}

fn dunder_getitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (a, k) = two(vm, &args)?;
    match subscr::get_item(vm, a, k) {
        // `dict.__getitem__` on a subclass instance calls its `__missing__`.
        Err(crate::Throw::Exc(e))
            if !a.is(args.pos[0])
                && vm.isinstance(Value::Obj(e), vm.st.types.key_error)
                && vm.type_of(a) == vm.st.types.dict =>
        {
            let cls = vm.type_of(args.pos[0]);
            match vm.class_lookup(cls, crate::names::sym::__missing__) {
                Some(m) => vm.call(m, &[args.pos[0], k]),
                None => Err(crate::Throw::Exc(e)),
            }
        }
        r => r,
    }
}

fn dunder_setitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__setitem__", 3, 3)?;
    let a = crate::builtins::subclass::unwrap_base(vm, args.pos[0]);
    subscr::set_item(vm, a, args.pos[1], args.pos[2])?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (a, k) = two(vm, &args)?;
    subscr::del_item(vm, a, k)?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (a, k) = two(vm, &args)?;
    subscr::contains(vm, a, k).map(Value::Bool)
}

fn dunder_iter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let a = one(vm, &args)?;
    iter::get_iter(vm, a)
}

/// `f.__call__(*args, **kw)` is `f(*args, **kw)`.
fn dunder_call(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some((f, rest)) = args.pos.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call_kw(*f, rest, args.kw)
}

fn dunder_next(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let a = one(vm, &args)?;
    match iter::next(vm, a)? {
        Some(v) => Ok(v),
        None => {
            let c = vm.st.types.stop_iteration;
            Err(crate::Throw::Exc(vm.new_exception(c, None)))
        }
    }
}

/// `it.__length_hint__()` of a sequence, range, dict or set iterator.
fn dunder_length_hint(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let a = one(vm, &args)?;
    let n = match vm.obj(a) {
        Some(crate::object::Object::Iter(it)) => {
            crate::builtins::itertypes::length_hint(&vm.st, it)
        }
        _ => None,
    };
    match n {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(vm.type_error("__length_hint__ needs a sized iterator")),
    }
}

fn dunder_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let a = one(vm, &args)?;
    let s = convert::repr_of(vm, a)?;
    Ok(vm.new_string(s))
}

fn dunder_str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let a = one(vm, &args)?;
    let s = convert::str_of(vm, a)?;
    Ok(vm.new_string(s))
}

fn dunder_hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let a = one(vm, &args)?;
    compare::hash(vm, a).map(Value::Int)
}

fn dunder_bool(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let a = one(vm, &args)?;
    compare::is_true(vm, a).map(Value::Bool)
}
