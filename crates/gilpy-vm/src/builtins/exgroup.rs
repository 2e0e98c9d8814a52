//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): construction with CPython's checks,
//! `message`/`exceptions`, `split`/`subgroup`/`derive`, and the two helpers `except*`
//! needs (matching one clause, and combining what the clauses raised at the end).
//!
//! A group is an ordinary exception instance whose `args` are the constructor's
//! arguments; `message` and the `exceptions` tuple are kept as instance attributes.

use crate::builtins::{Args, NativeDef};
use crate::object::{ClassObj, Object};
use crate::ops::{attr, compare, convert, iter};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

const METHODS: &[NativeDef] = &[
    NativeDef::new("__str__", eg_str),
    NativeDef::new("split", eg_split),
    NativeDef::new("subgroup", eg_subgroup),
    NativeDef::new("derive", eg_derive),
];

/// Creates both classes (ExceptionGroup's mro is CPython's: ExceptionGroup,
/// BaseExceptionGroup, Exception, BaseException, object).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let base = vm.st.types.base_exception;
    let exception = vm.st.types.exception;
    let beg = vm.new_class("BaseExceptionGroup", Some(base), Some(eg_new), true);
    vm.add_methods(beg, METHODS);
    let eg = vm.new_class("ExceptionGroup", Some(beg), None, true);
    let object = vm.st.types.object;
    if let Object::Class(c) = vm.st.heap.get_mut(eg) {
        set_bases(
            c,
            vec![beg, exception],
            vec![eg, beg, exception, base, object],
        );
    }
    crate::ops::attr_cache::bump_type_epoch();
    vm.st.types.base_exception_group = beg;
    vm.st.types.exception_group = eg;
}

fn set_bases(c: &mut ClassObj, bases: Vec<ObjRef>, mro: Vec<ObjRef>) {
    c.bases = bases;
    c.mro = mro;
}

fn name_attr(vm: &mut Vm<'_>, r: ObjRef, name: &str) -> Option<Value> {
    let n = vm.intern(name);
    match vm.st.heap.get(r) {
        Object::Instance(i) => i.get_attr(n),
        _ => None,
    }
}

/// Is `v` an instance of `BaseExceptionGroup`?
pub fn is_group(vm: &Vm<'_>, v: Value) -> bool {
    vm.isinstance(v, vm.st.types.base_exception_group)
}

/// The `exceptions` tuple of a group (empty for anything else).
pub fn members(vm: &mut Vm<'_>, r: ObjRef) -> Vec<Value> {
    match name_attr(vm, r, "exceptions").and_then(|t| vm.obj(t)) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn is_exc_instance(vm: &Vm<'_>, v: Value) -> bool {
    v.as_obj()
        .is_some_and(|r| crate::traceback::is_exception(vm, r))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`
fn eg_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("BaseExceptionGroup.__new__() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let (msg, excs) = (args.pos[0], args.pos[1]);
    if vm.as_str(msg).is_none() {
        let t = vm.type_name(msg);
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {t}"
        )));
    }
    let items = match vm.obj(excs) {
        Some(Object::List(l)) => l.clone(),
        Some(Object::Tuple(t)) => t.to_vec(),
        Some(Object::Range(_)) => iter::collect(vm, excs)?,
        Some(Object::Instance(_))
            if vm
                .user_dunder(excs, crate::names::sym::__getitem__)
                .is_some() =>
        {
            iter::collect(vm, excs)?
        }
        _ => return Err(vm.type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.st.types.exception;
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !is_exc_instance(vm, *e) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !vm.isinstance(*e, exception);
    }
    let mut cls = cls;
    let (beg, eg) = (
        vm.st.types.base_exception_group,
        vm.st.types.exception_group,
    );
    if cls == eg {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls == beg {
        if !nested_base {
            cls = eg;
        }
    } else if nested_base && vm.is_subclass(cls, exception) {
        let n = vm.class_name(cls);
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{n}'")));
    }
    let obj = crate::builtins::types::object_new(vm, cls, args)?;
    let tuple = vm.new_tuple(items);
    if let Some(r) = obj.as_obj() {
        let (m, x) = (vm.intern("message"), vm.intern("exceptions"));
        if let Object::Instance(i) = vm.st.heap.get_mut(r) {
            i.set_attr(m, msg);
            i.set_attr(x, tuple);
        }
    }
    Ok(obj)
}

fn this(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args
        .get(0)
        .filter(|v| is_group(vm, *v))
        .and_then(|v| v.as_obj())
    {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

/// `str(eg)`: `msg (N sub-exceptions)`.
fn eg_str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__str__")?;
    let msg = match name_attr(vm, r, "message") {
        Some(m) => convert::str_of(vm, m)?,
        None => String::new(),
    };
    let n = members(vm, r).len();
    let s = if n == 1 { "" } else { "s" };
    Ok(vm.new_string(format!("{msg} ({n} sub-exception{s})")))
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn eg_derive(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "derive", 2, 2)?;
    let r = this(vm, &args, "derive")?;
    let msg = match name_attr(vm, r, "message") {
        Some(m) => m,
        None => vm.new_str(""),
    };
    let beg = vm.st.types.base_exception_group;
    crate::call::call_class(vm, beg, &[msg, args.pos[1]], &[])
}

/// What `split`/`subgroup` test each exception with.
pub(crate) enum Matcher {
    /// Exception classes (`isinstance`).
    Types(Vec<ObjRef>),
    /// A predicate called with each exception (and each group).
    Pred(Value),
    /// The leaves with these identities (`except*` re-raising).
    Ids(Vec<ObjRef>),
}

fn exc_classes(vm: &Vm<'_>, v: Value) -> Option<Vec<ObjRef>> {
    let base = vm.st.types.base_exception;
    let is_exc_class = |x: Value| {
        x.as_obj()
            .filter(|r| vm.class(*r).is_some() && vm.is_subclass(*r, base))
    };
    match vm.obj(v) {
        Some(Object::Tuple(t)) => t.iter().map(|x| is_exc_class(*x)).collect(),
        Some(Object::Class(_)) => is_exc_class(v).map(|r| vec![r]),
        _ => None,
    }
}

fn matcher(vm: &mut Vm<'_>, cond: Value) -> PyResult<Matcher> {
    if let Some(cs) = exc_classes(vm, cond) {
        return Ok(Matcher::Types(cs));
    }
    let callable = !matches!(vm.obj(cond), Some(Object::Class(_) | Object::Tuple(_)))
        && crate::builtins::core::callable(
            vm,
            Args {
                pos: &[cond],
                kw: &[],
            },
        )?
        .is(Value::Bool(true));
    if callable {
        return Ok(Matcher::Pred(cond));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm<'_>, m: &Matcher, e: Value) -> PyResult<bool> {
    Ok(match m {
        Matcher::Types(cs) => cs.iter().any(|c| vm.isinstance(e, *c)),
        Matcher::Pred(f) => {
            let r = vm.call(*f, &[e])?;
            compare::is_true(vm, r)?
        }
        Matcher::Ids(ids) => e.as_obj().is_some_and(|r| ids.contains(&r)),
    })
}

/// `orig.derive(excs)` with `orig`'s traceback, cause, context and notes copied over.
fn derive_and_copy(vm: &mut Vm<'_>, orig: ObjRef, excs: Vec<Value>) -> PyResult<Value> {
    let list = vm.new_list(excs);
    let derive = vm.intern("derive");
    let f = attr::get_attr(vm, Value::Obj(orig), derive)?;
    let eg = vm.call(f, &[list])?;
    let Some(r) = eg.as_obj().filter(|_| is_group(vm, eg)) else {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    };
    let (tb, context, cause) = match vm.exc_data(orig) {
        Some(d) => (d.traceback.clone(), d.context, d.cause),
        None => (Vec::new(), Value::None, Value::None),
    };
    if let Some(d) = vm.exc_data_mut(r) {
        d.traceback = tb;
        d.context = context;
        d.cause = cause;
        // CPython sets the cause through `PyException_SetCause`, which suppresses context.
        d.suppress_context = true;
    }
    if let Some(notes) = name_attr(vm, orig, "__notes__") {
        let copy = match vm.obj(notes) {
            Some(Object::List(l)) => Some(l.clone()),
            Some(Object::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        };
        if let Some(items) = copy {
            let l = vm.new_list(items);
            let n = vm.intern("__notes__");
            attr::set_attr(vm, eg, n, l)?;
        }
    }
    Ok(eg)
}

/// `(match, rest)` for `exc` (either may be `None`); `rest` only when `with_rest`.
pub(crate) fn split(
    vm: &mut Vm<'_>,
    exc: Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Value, Value)> {
    if matches(vm, m, exc)? {
        return Ok((exc, Value::None));
    }
    let Some(r) = exc.as_obj().filter(|_| is_group(vm, exc)) else {
        let rest = if with_rest { exc } else { Value::None };
        return Ok((Value::None, rest));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in members(vm, r) {
        let (a, b) = split(vm, e, m, with_rest)?;
        if !a.is(Value::None) {
            matched.push(a);
        }
        if !b.is(Value::None) {
            rest.push(b);
        }
    }
    let a = if matched.is_empty() {
        Value::None
    } else {
        derive_and_copy(vm, r, matched)?
    };
    let b = if with_rest && !rest.is_empty() {
        derive_and_copy(vm, r, rest)?
    } else {
        Value::None
    };
    Ok((a, b))
}

/// `eg.split(cond)` -> `(match, rest)`
fn eg_split(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "split", 2, 2)?;
    let r = this(vm, &args, "split")?;
    let m = matcher(vm, args.pos[1])?;
    let (a, b) = split(vm, Value::Obj(r), &m, true)?;
    Ok(vm.new_tuple(vec![a, b]))
}

/// `eg.subgroup(cond)` -> match or `None`
fn eg_subgroup(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "subgroup", 2, 2)?;
    let r = this(vm, &args, "subgroup")?;
    let m = matcher(vm, args.pos[1])?;
    Ok(split(vm, Value::Obj(r), &m, false)?.0)
}

/// `CheckEgMatch`: validates the clause's type(s) and splits `rest` by them. Returns
/// `(rest', match)`, `match` being `None` when nothing matched.
pub(crate) fn check_eg_match(vm: &mut Vm<'_>, rest: Value, typ: Value) -> PyResult<(Value, Value)> {
    let Some(classes) = exc_classes(vm, typ) else {
        return Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        );
    };
    let beg = vm.st.types.base_exception_group;
    if classes.iter().any(|c| vm.is_subclass(*c, beg)) {
        return Err(vm.type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    if rest.is(Value::None) {
        return Ok((Value::None, Value::None));
    }
    let m = Matcher::Types(classes);
    if matches(vm, &m, rest)? {
        if is_group(vm, rest) {
            return Ok((Value::None, rest));
        }
        // A naked exception: wrapped for the clause.
        let msg = vm.new_str("");
        let t = vm.new_tuple(vec![rest]);
        let eg = vm.st.types.exception_group;
        let cls = if vm.isinstance(rest, vm.st.types.exception) {
            eg
        } else {
            beg
        };
        let wrapped = crate::call::call_class(vm, cls, &[msg, t], &[])?;
        return Ok((Value::None, wrapped));
    }
    if is_group(vm, rest) {
        let (a, b) = split(vm, rest, &m, true)?;
        return Ok((b, a));
    }
    Ok((rest, Value::None))
}

/// Identities of the leaf exceptions of `e` (a group's members, recursively).
fn leaf_ids(vm: &mut Vm<'_>, e: Value, out: &mut Vec<ObjRef>) {
    let mut todo = vec![e];
    while let Some(e) = todo.pop() {
        let Some(r) = e.as_obj() else { continue };
        if is_group(vm, e) {
            todo.extend(members(vm, r));
        } else {
            out.push(r);
        }
    }
}

/// Did `e` come out of `orig` unchanged (a re-raise), rather than being raised anew?
/// CPython compares traceback, cause, context and notes.
fn same_metadata(vm: &mut Vm<'_>, e: ObjRef, orig: ObjRef) -> bool {
    let notes_e = name_attr(vm, e, "__notes__");
    let notes_o = name_attr(vm, orig, "__notes__");
    let same_notes = match (notes_e, notes_o) {
        (None, None) => true,
        (Some(a), Some(b)) => a.is(b) || matches!(compare::eq(vm, a, b), Ok(true)),
        _ => false,
    };
    let (Some(a), Some(b)) = (vm.exc_data(e), vm.exc_data(orig)) else {
        return false;
    };
    let same_tb = a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(&b.traceback)
            .all(|(x, y)| x.pc == y.pc && x.activation == y.activation);
    same_notes && same_tb && a.cause.is(b.cause) && a.context.is(b.context)
}

/// `PrepReraiseStar`: what leaves a `try/except*`: `None`, or the exception to raise.
/// `excs` holds what the clauses raised, then the unmatched rest (each may be `None`).
pub(crate) fn prep_reraise_star(vm: &mut Vm<'_>, orig: Value, excs: &[Value]) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let Some(orig_r) = orig.as_obj().filter(|_| is_group(vm, orig)) else {
        // A naked exception was wrapped: at most one clause ran.
        return Ok(excs[0]);
    };
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for &e in excs {
        let Some(r) = e.as_obj() else { continue };
        if same_metadata(vm, r, orig_r) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    // The re-raised parts, in the original group's structure.
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(vm, *e, &mut ids);
    }
    let kept = if ids.is_empty() {
        Value::None
    } else {
        split(vm, orig, &Matcher::Ids(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(kept);
    }
    if !kept.is(Value::None) {
        raised.push(kept);
    }
    if raised.len() == 1 {
        return Ok(raised[0]);
    }
    let msg = vm.new_str("");
    let list = vm.new_list(raised);
    let beg = vm.st.types.base_exception_group;
    crate::call::call_class(vm, beg, &[msg, list], &[])
}
