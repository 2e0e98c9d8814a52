//! The out-of-line halves of opcodes (`eval.rs` keeps the dispatch loop): unpacking,
//! building functions and classes, raising and matching exceptions, `with`, name
//! errors, frame returns.

use crate::call::{init_returned, push_function_frame};
use crate::eval::{pop, top};
use crate::frame::FrameKind;
use crate::object::{FunctionObj, Object};
use crate::objects::generator;
use crate::ops::{attr, binary, compare, convert, iter};
use crate::value::Value;
use crate::{PyResult, Throw, Vm};

/// CPython's message when `*x` is not iterable (`f() argument after * must be an
/// iterable, not int`); other errors pass through.
pub(crate) fn star_error(vm: &mut Vm<'_>, e: Throw, src: Value, callee: Option<Value>) -> Throw {
    let not_iterable = match &e {
        Throw::Exc(r) => {
            vm.isinstance(Value::Obj(*r), vm.st.types.type_error)
                && matches!(vm.obj(src), Some(Object::Instance(_)) | None)
                && vm.user_dunder(src, crate::names::sym::__iter__).is_none()
        }
        Throw::Halt(_) => false,
    };
    if !not_iterable {
        return e;
    }
    let t = vm.type_name(src);
    match callee {
        Some(c) => {
            let f = crate::call_star::func_str(vm, c);
            vm.type_error(format!("{f} argument after * must be an iterable, not {t}"))
        }
        None => vm.type_error(format!("Value after * must be an iterable, not {t}")),
    }
}

/// Pops the returning frame; `Some(v)` when it was the entry frame.
#[inline(always)]
pub(crate) fn return_value(vm: &mut Vm<'_>) -> PyResult<Option<Value>> {
    let v = pop!(vm);
    let Some(f) = vm.th.frames.pop() else {
        return Ok(Some(v));
    };
    let keep = match f.kind {
        FrameKind::Init(obj) => Value::Obj(obj),
        _ => v,
    };
    crate::gc_finalize::frame_dropping(vm, f.ret_sp as usize, keep);
    let th = &mut vm.th;
    th.unwind(&f);
    match f.kind {
        FrameKind::Normal => {
            th.stack.push(v);
            Ok(None)
        }
        FrameKind::Entry => Ok(Some(v)),
        FrameKind::ClassBody(cls) if crate::builtins::meta::is_scratch(vm, cls) => {
            // A metaclass other than `type`: it makes the class from the namespace.
            let made = crate::builtins::meta::finish(vm, cls, v)?;
            vm.th.stack.push(made);
            Ok(None)
        }
        FrameKind::ClassBody(cls) => {
            if let Some(r) = v.as_obj() {
                if let Object::Cell(c) = vm.st.heap.get_mut(r) {
                    *c = Value::Obj(cls);
                }
            }
            vm.th.stack.push(Value::Obj(cls));
            crate::builtins::classes::finish_class(vm, cls)?;
            Ok(None)
        }
        FrameKind::Init(obj) => {
            init_returned(vm, v)?;
            vm.th.stack.push(Value::Obj(obj));
            Ok(None)
        }
        FrameKind::Generator(g) => {
            generator::finished(vm, g);
            generator::end_for_loop(vm)?;
            Ok(None)
        }
        FrameKind::GenEntry(g) | FrameKind::GenCollect(g) => {
            generator::finished(vm, g);
            Ok(Some(v))
        }
        FrameKind::BinOp(op) => {
            operator_returned(vm, v, |vm, a, b| binary::after_forward(vm, op, a, b))?;
            Ok(None)
        }
        FrameKind::Compare(op) => {
            operator_returned(vm, v, |vm, a, b| compare::after_forward(vm, op, a, b))?;
            Ok(None)
        }
    }
}

/// An operator method's frame (`FrameKind::BinOp`/`Compare`) returned `v`: the operands
/// below it become the result, or, for `NotImplemented`, whatever `rest` makes of them.
#[inline]
fn operator_returned(
    vm: &mut Vm<'_>,
    v: Value,
    rest: impl FnOnce(&mut Vm<'_>, Value, Value) -> PyResult<Value>,
) -> PyResult<()> {
    let n = vm.th.stack.len();
    let v = if v.is(vm.st.not_implemented) {
        let (a, b) = (vm.th.stack[n - 2], vm.th.stack[n - 1]);
        rest(vm, a, b)?
    } else {
        v
    };
    vm.th.stack.truncate(n - 2);
    vm.th.stack.push(v);
    Ok(())
}

pub(crate) fn class_ns(vm: &Vm<'_>) -> Option<crate::value::ObjRef> {
    match vm.th.frames.last()?.kind {
        FrameKind::ClassBody(c) => Some(c),
        _ => None,
    }
}

#[cold]
pub(crate) fn unbound_local(
    vm: &mut Vm<'_>,
    code: &crate::objects::code::CodeData,
    i: usize,
) -> Throw {
    let name = code
        .code
        .varnames
        .get(i)
        .cloned()
        .unwrap_or_else(|| "?".into());
    let c = vm.st.types.unbound_local_error;
    vm.error(
        c,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

#[cold]
pub(crate) fn unbound_deref(
    vm: &mut Vm<'_>,
    code: &crate::objects::code::CodeData,
    i: usize,
) -> Throw {
    let co = &code.code;
    if i < co.cellvars.len() {
        let name = co.cellvars[i].clone();
        let c = vm.st.types.unbound_local_error;
        vm.error(
            c,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        let name = co
            .freevars
            .get(i - co.cellvars.len())
            .cloned()
            .unwrap_or_else(|| "?".into());
        let c = vm.st.types.name_error;
        vm.error(
            c,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

#[cold]
pub(crate) fn name_error(vm: &mut Vm<'_>, name: crate::names::NameId) -> Throw {
    let n = vm.name(name);
    let c = vm.st.types.name_error;
    let t = vm.error(c, format!("name '{n}' is not defined"));
    // 3.10+: the missing name is kept as `e.name`.
    if let Throw::Exc(r) = &t {
        let s = vm.new_str(&n);
        if let Object::Instance(i) = vm.st.heap.get_mut(*r) {
            i.set_attr(crate::names::sym::name, s);
        }
    }
    t
}

pub(crate) fn format_value(
    vm: &mut Vm<'_>,
    v: Value,
    conv: u32,
    spec: Option<Value>,
) -> PyResult<Value> {
    let v = match conv {
        1 => convert::str_value(vm, v)?,
        2 => {
            let s = convert::repr_of(vm, v)?;
            vm.new_string(s)
        }
        // `!a`: the repr with non-ASCII characters escaped, as `ascii()`.
        3 => {
            let s = convert::repr_of(vm, v)?;
            vm.new_string(crate::format::repr::ascii_escape(&s))
        }
        _ => v,
    };
    let spec_text = spec
        .and_then(|s| vm.as_str(s).map(str::to_string))
        .unwrap_or_default();
    if spec_text.is_empty() && vm.as_str(v).is_some() {
        return Ok(v);
    }
    let s = convert::format_value(vm, v, &spec_text)?;
    Ok(vm.new_string(s))
}

pub(crate) fn dict_update(vm: &mut Vm<'_>, d: Value, src: Value, merge: bool) -> PyResult<()> {
    let Some(dr) = d.as_obj() else {
        return Ok(());
    };
    // A dict subclass (defaultdict, Counter, ...) unpacks as its base dict.
    let src = match vm.obj(src) {
        Some(Object::Instance(_)) => crate::builtins::subclass::base_value(vm, src).unwrap_or(src),
        _ => src,
    };
    let pairs = match vm.obj(src) {
        Some(Object::Dict(_)) => crate::ops::dictops::dict_items(vm, src.as_obj().unwrap_or(dr)),
        _ => match crate::builtins::objmodel::mapping_pairs(vm, src)? {
            Some(p) => p,
            None => {
                let t = vm.type_name(src);
                return Err(vm.type_error(format!("'{t}' object is not a mapping")));
            }
        },
    };
    for (k, v) in pairs {
        if merge && crate::ops::dictops::dict_contains(vm, dr, k)? {
            let ks = convert::str_of(vm, k)?;
            return Err(vm.type_error(format!("got multiple values for keyword argument '{ks}'")));
        }
        crate::ops::dictops::dict_set(vm, dr, k, v)?;
    }
    Ok(())
}

pub(crate) fn unpack(vm: &mut Vm<'_>, seq: Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match vm.obj(seq) {
        Some(Object::Tuple(t)) => t.to_vec(),
        Some(Object::List(l)) => l.clone(),
        _ => {
            let it = iter::get_iter(vm, seq).map_err(|e| {
                let t = vm.type_name(seq);
                match e {
                    Throw::Exc(_) => {
                        vm.type_error(format!("cannot unpack non-iterable {t} object"))
                    }
                    h => h,
                }
            })?;
            let mark = vm.push_root(it);
            let mut out = Vec::new();
            let r = loop {
                match iter::next(vm, it) {
                    Ok(Some(x)) => {
                        vm.th.roots.push(x);
                        out.push(x);
                        if out.len() > n {
                            break Ok(());
                        }
                    }
                    Ok(None) => break Ok(()),
                    Err(e) => break Err(e),
                }
            };
            vm.pop_roots(mark);
            r?;
            out
        }
    };
    if items.len() < n {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    if items.len() > n {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(items)
}

/// Items for `UnpackEx`, in push order (last target first, first target on top).
pub(crate) fn unpack_ex(
    vm: &mut Vm<'_>,
    seq: Value,
    before: usize,
    after: usize,
) -> PyResult<Vec<Value>> {
    let items = iter::collect(vm, seq).map_err(|e| {
        let t = vm.type_name(seq);
        match e {
            Throw::Exc(_) => vm.type_error(format!("cannot unpack non-iterable {t} object")),
            h => h,
        }
    })?;
    let len = items.len();
    if len < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {len})",
            before + after
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    for i in (len - after..len).rev() {
        out.push(items[i]);
    }
    let middle = items[before..len - after].to_vec();
    out.push(vm.new_list(middle));
    for i in (0..before).rev() {
        out.push(items[i]);
    }
    Ok(out)
}

pub(crate) fn make_function(vm: &mut Vm<'_>, flags: u32) -> PyResult<Value> {
    let code_v = pop!(vm);
    let closure = if flags & 8 != 0 { Some(pop!(vm)) } else { None };
    let annotations = if flags & 4 != 0 { Some(pop!(vm)) } else { None };
    let kwdefaults = if flags & 2 != 0 { Some(pop!(vm)) } else { None };
    let defaults = if flags & 1 != 0 { Some(pop!(vm)) } else { None };
    let code = match vm.obj(code_v) {
        Some(Object::Code(c)) => c.clone(),
        _ => return Err(vm.type_error("MakeFunction expects a code object")),
    };
    let tuple_items = |vm: &Vm<'_>, v: Option<Value>| -> Box<[Value]> {
        match v.and_then(|v| vm.obj(v)) {
            Some(Object::Tuple(t)) => t.clone(),
            Some(Object::List(l)) => l.clone().into_boxed_slice(),
            _ => Box::default(),
        }
    };
    let defaults = tuple_items(vm, defaults);
    let closure = tuple_items(vm, closure);
    let mut kwd = Vec::new();
    if let Some(d) = kwdefaults.and_then(|d| d.as_obj()) {
        for (k, v) in crate::ops::dictops::dict_items(vm, d) {
            let text = vm.as_str(k).unwrap_or("").to_string();
            let id = vm.intern(&text);
            kwd.push((id, v));
        }
    }
    let f = FunctionObj {
        name: code.code.name.clone(),
        qualname: code.code.qualname.clone(),
        code,
        defaults,
        kwdefaults: kwd,
        closure,
        // Kept with the user attributes: read, replaced and traced like them.
        attrs: annotations
            .map(|a| vec![(crate::names::sym::__annotations__, a)])
            .unwrap_or_default(),
    };
    Ok(vm.alloc(Object::Function(Box::new(f))))
}

pub(crate) fn build_class(vm: &mut Vm<'_>, n: u32) -> PyResult<()> {
    let kw = if n & gilpy_compiler::bytecode::CLASS_KW != 0 {
        pop!(vm)
    } else {
        Value::None
    };
    let nbases = (n & 0xFFFF) as usize;
    let at = vm.th.stack.len().saturating_sub(nbases);
    let mut bases: Vec<Value> = vm.th.stack.drain(at..).collect();
    let name = pop!(vm);
    // `class X(list[int])`: bases that are not classes give their `__mro_entries__`.
    let mut orig_bases = None;
    match crate::builtins::generic_alias::resolve_bases(vm, &bases) {
        Ok(Some(resolved)) => {
            orig_bases = Some(vm.new_tuple(std::mem::replace(&mut bases, resolved)));
        }
        Ok(None) => {}
        Err(e) => {
            vm.th.stack.pop();
            return Err(e);
        }
    }
    let body = *top(vm);
    let name_text = vm.as_str(name).unwrap_or("?").to_string();
    let made = match crate::builtins::meta::select(vm, &bases, kw) {
        Ok(Some(meta)) => crate::builtins::meta::scratch_class(vm, &name_text, meta, &bases, kw),
        Ok(None) => {
            let ty = vm.st.types.type_;
            crate::builtins::classes::new_user_class(vm, &name_text, &bases, kw, ty)
        }
        Err(e) => Err(e),
    };
    let cls = match made {
        Ok(c) => c,
        Err(e) => {
            vm.th.stack.pop();
            return Err(e);
        }
    };
    let Some(body_ref) = body.as_obj() else {
        vm.th.stack.pop();
        return Err(vm.type_error("class body is not a function"));
    };
    if let Some(orig) = orig_bases {
        vm.class_set(cls, "__orig_bases__", orig);
    }
    let mut module_name: std::sync::Arc<str> = std::sync::Arc::from("__main__");
    if let Some(Object::Function(f)) = vm.obj(body) {
        let q = f.code.code.qualname.clone();
        // A class defined in an imported module belongs to that module.
        let prefix = f.code.globals_prefix.clone();
        module_name = crate::modules::import::module_name_for(vm, prefix.as_deref());
        if let Object::Class(c) = vm.st.heap.get_mut(cls) {
            c.qualname = q;
            c.module = module_name.clone();
        }
    }
    let module = vm.new_str(&module_name);
    vm.class_set(cls, "__module__", module);
    crate::builtins::classes::set_class_doc(vm, cls, body);
    let slot = vm.th.stack.len() - 1;
    push_function_frame(
        vm,
        body_ref,
        slot + 1,
        0,
        &[],
        slot,
        FrameKind::ClassBody(cls),
    )
}

pub(crate) fn do_raise(vm: &mut Vm<'_>, k: u32) -> Throw {
    match k {
        0 => match vm.th.handled.last().and_then(|v| v.as_obj()) {
            Some(r) => Throw::Exc(r),
            None => vm.runtime_error("No active exception to reraise"),
        },
        _ => {
            let cause = if k == 2 { Some(pop!(vm)) } else { None };
            let exc = pop!(vm);
            let exc = match make_exception(vm, exc) {
                Ok(r) => r,
                Err(e) => return e,
            };
            if let Some(c) = cause {
                let cause_v = if matches!(c, Value::None) {
                    Value::None
                } else {
                    match make_exception(vm, c) {
                        Ok(r) => Value::Obj(r),
                        Err(_) => {
                            return vm.type_error("exception causes must derive from BaseException")
                        }
                    }
                };
                if let Some(d) = vm.exc_data_mut(exc) {
                    d.cause = cause_v;
                    d.suppress_context = true;
                }
            }
            Throw::Exc(exc)
        }
    }
}

/// An exception instance from what `raise` was given (a class is instantiated).
pub(crate) fn make_exception(vm: &mut Vm<'_>, v: Value) -> Result<crate::value::ObjRef, Throw> {
    let base = vm.st.types.base_exception;
    if let Some(r) = v.as_obj() {
        if vm.class(r).is_some() && vm.is_subclass(r, base) {
            let inst = vm.call(v, &[])?;
            if let Some(i) = inst.as_obj() {
                return Ok(i);
            }
        } else if vm.isinstance(v, base) {
            return Ok(r);
        }
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

pub(crate) fn exc_matches(vm: &mut Vm<'_>, exc: Value, typ: Value) -> PyResult<bool> {
    let classes: Vec<Value> = match vm.obj(typ) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => vec![typ],
    };
    let base = vm.st.types.base_exception;
    let mut matched = false;
    for c in classes {
        match c
            .as_obj()
            .filter(|r| vm.class(*r).is_some() && vm.is_subclass(*r, base))
        {
            Some(r) => matched |= vm.isinstance(exc, r),
            None => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    Ok(matched)
}

pub(crate) fn setup_with(vm: &mut Vm<'_>, mgr: Value) -> PyResult<(Value, Value)> {
    let enter = attr::try_get_attr(vm, mgr, crate::names::sym::__enter__)?;
    let exit = attr::try_get_attr(vm, mgr, crate::names::sym::__exit__)?;
    match (enter, exit) {
        (Some(en), Some(ex)) => Ok((ex, en)),
        (en, _) => {
            // 3.11 names the missing method when `__enter__` is there.
            let t = vm.type_name(mgr);
            let missed = if en.is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            Err(vm.type_error(format!(
                "'{t}' object does not support the context manager protocol{missed}"
            )))
        }
    }
}
