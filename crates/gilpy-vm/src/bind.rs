//! Binding call arguments to a new frame's parameters. The positional arguments already
//! sit where the frame's first locals go (`stack[args_start..]`); keyword arguments,
//! defaults, `*args` and `**kwargs` are written straight into the locals that follow,
//! with no intermediate vectors. Anything wrong (a missing or unexpected argument) falls
//! back to [`bind_args`], which builds CPython 3.11's error message.

use std::sync::Arc;

use crate::frame::FrameKind;
use crate::names::NameId;
use crate::object::{FunctionObj, Object};
use crate::objects::code::CodeData;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Pushes a frame for the Python function `func` whose `npos` positional arguments sit
/// at `stack[args_start..]`. Anything above them is a copy of `kw`'s values (the eval
/// loop leaves keyword values on the stack as roots) and is dropped. `ret_sp` is where
/// the stack is cut back to when the frame returns.
#[inline]
pub(crate) fn push_function_frame(
    vm: &mut Vm<'_>,
    func: ObjRef,
    args_start: usize,
    npos: usize,
    kw: &[(NameId, Value)],
    ret_sp: usize,
    kind: FrameKind,
) -> PyResult<()> {
    let Object::Function(f) = vm.st.heap.get(func) else {
        return Err(vm.type_error("expected a function"));
    };
    let code = &f.code;
    if vm.th.depth >= vm.st.config.recursion_limit {
        vm.th.stack.truncate(ret_sp);
        return Err(vm.recursion_error());
    }
    let id = code.id;
    let argc = code.code.argcount as usize;
    if code.simple && kw.is_empty() && npos == argc {
        // No Arc clone: everything needed is copied out of the code object.
        let need = code.nlocals - npos;
        if need > 0 {
            vm.th.stack.extend(std::iter::repeat_n(Value::Undef, need));
        }
    } else if code.simple && kw.is_empty() && npos < argc && argc - npos <= f.defaults.len() {
        // Positional arguments and defaults for the rest (`f(x)` for `def f(x, y=1)`).
        let d = &f.defaults[f.defaults.len() - (argc - npos)..];
        vm.th.stack.extend_from_slice(d);
        let need = code.nlocals - argc;
        vm.th.stack.extend(std::iter::repeat_n(Value::Undef, need));
    } else if code.fast_bind && bind_fast(&mut vm.th, f, code, args_start, npos, kw) {
        // Keywords, defaults and free variables bound in place (closures, `f(a, b=2)`).
    } else {
        let code = code.clone();
        if let Err(e) = bind_frame(vm, func, &code, args_start, npos, kw) {
            vm.th.stack.truncate(ret_sp);
            return Err(e);
        }
        if code.code.is_generator {
            return make_generator(vm, func, id, args_start, ret_sp, kind);
        }
    }
    crate::call::push_frame(vm, id, args_start, ret_sp, kind);
    Ok(())
}

/// Binds a call to a function with no `*args`, `**kwargs` or cells of its own, touching
/// only the value stack (no allocation, no reference count): positionals are already in
/// place, keywords go to their slots, then defaults, keyword-only defaults and the
/// closure's cells. `false` (stack back to the positionals): the call is wrong, and the
/// general binder reports it.
#[inline]
fn bind_fast(
    th: &mut crate::frame::ThreadCtx,
    f: &FunctionObj,
    code: &CodeData,
    args_start: usize,
    npos: usize,
    kw: &[(NameId, Value)],
) -> bool {
    let co = &code.code;
    let argc = co.argcount as usize;
    if npos > argc {
        return false;
    }
    let kwonly = co.kwonlyargcount as usize;
    let top = args_start + code.nlocals;
    th.stack.truncate(args_start + npos);
    th.stack.resize(top, Value::Undef);
    let posonly = (co.posonlyargcount as usize).min(argc);
    let params = &code.varnames[posonly..argc + kwonly];
    let locals = &mut th.stack[args_start..top];
    let mut ok = true;
    for &(name, v) in kw {
        match params.iter().position(|n| *n == name) {
            Some(i) if locals[posonly + i].is_undef() => locals[posonly + i] = v,
            _ => {
                ok = false;
                break;
            }
        }
    }
    if ok && npos < argc {
        let first_default = argc - f.defaults.len().min(argc);
        for (i, slot) in locals.iter_mut().enumerate().take(argc).skip(npos) {
            if slot.is_undef() {
                if i < first_default {
                    ok = false;
                    break;
                }
                *slot = f.defaults[i - first_default];
            }
        }
    }
    if ok && kwonly > 0 {
        let names = &code.varnames[argc..argc + kwonly];
        for (slot, name) in locals[argc..argc + kwonly].iter_mut().zip(names) {
            if slot.is_undef() {
                match f.kwdefaults.iter().find(|(n, _)| n == name) {
                    Some((_, v)) => *slot = *v,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
        }
    }
    if !ok {
        th.stack.truncate(args_start + npos);
        return false;
    }
    th.stack.extend_from_slice(&f.closure);
    true
}

/// Lays out the locals and cells of a call that is not a plain positional one.
fn bind_frame(
    vm: &mut Vm<'_>,
    func: ObjRef,
    code: &CodeData,
    args_start: usize,
    npos: usize,
    kw: &[(NameId, Value)],
) -> PyResult<()> {
    vm.th.stack.truncate(args_start + npos);
    if !bind_in_place(vm, func, code, args_start, npos, kw)? {
        // Rare: the call is wrong. Bind again the slow way, for the message.
        let pos: Vec<Value> = vm.th.stack[args_start..].to_vec();
        let mut locals = vec![Value::Undef; code.nlocals];
        let r = bind_args(vm, func, code, &pos, kw, &mut locals);
        vm.th.stack.truncate(args_start);
        r?;
        vm.th.stack.extend_from_slice(&locals);
    }
    if code.ncells > 0 {
        for p in code.code.cell_params.iter() {
            let init = p
                .map(|i| vm.th.stack[args_start + i as usize])
                .unwrap_or(Value::Undef);
            let cell = vm.alloc(Object::Cell(init));
            vm.th.stack.push(cell);
        }
        if let Object::Function(f) = vm.st.heap.get(func) {
            vm.th.stack.extend_from_slice(&f.closure);
        }
    }
    Ok(())
}

/// Binds into `stack[args_start .. args_start + nlocals]` (the stack holds exactly the
/// `npos` positionals on entry). `Ok(false)`: the call is wrong; the stack is then back
/// to the positionals alone, for [`bind_args`] to report.
fn bind_in_place(
    vm: &mut Vm<'_>,
    func: ObjRef,
    code: &CodeData,
    args_start: usize,
    npos: usize,
    kw: &[(NameId, Value)],
) -> PyResult<bool> {
    let co = &code.code;
    let argc = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    if npos > argc && !co.has_varargs {
        return Ok(false);
    }
    // Extra positionals become `*args`; they sit where the keyword-only slots go.
    let extra: Vec<Value> = if npos > argc {
        vm.th.stack.split_off(args_start + argc)
    } else {
        Vec::new()
    };
    let top = args_start + code.nlocals;
    vm.th.stack.resize(top, Value::Undef);
    let posonly = (co.posonlyargcount as usize).min(argc);
    let params = &code.varnames[posonly..argc + kwonly];
    let mut ok = true;
    let mut unmatched = false;
    for &(name, v) in kw {
        match params.iter().position(|n| *n == name) {
            Some(i) => {
                let slot = &mut vm.th.stack[args_start + posonly + i];
                if !slot.is_undef() {
                    ok = false;
                    break;
                }
                *slot = v;
            }
            None if co.has_varkw => unmatched = true,
            None => {
                ok = false;
                break;
            }
        }
    }
    if ok {
        let Object::Function(f) = vm.st.heap.get(func) else {
            return Ok(false);
        };
        let FunctionObj {
            defaults,
            kwdefaults,
            ..
        } = &**f;
        let locals = &mut vm.th.stack[args_start..top];
        let first_default = argc - defaults.len().min(argc);
        let start = npos.min(argc);
        for (k, slot) in locals[start..argc].iter_mut().enumerate() {
            let i = start + k;
            if slot.is_undef() {
                if i < first_default {
                    ok = false;
                    break;
                }
                *slot = defaults[i - first_default];
            }
        }
        if ok {
            let names = &code.varnames[argc..argc + kwonly];
            for (slot, name) in locals[argc..argc + kwonly].iter_mut().zip(names) {
                if slot.is_undef() {
                    match kwdefaults.iter().find(|(n, _)| n == name) {
                        Some((_, v)) => *slot = *v,
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
            }
        }
    }
    if !ok {
        vm.th.stack.truncate(args_start + npos.min(argc));
        vm.th.stack.extend(extra);
        return Ok(false);
    }
    let kw_extra: &[(NameId, Value)] = if unmatched { kw } else { &[] };
    fill_varargs_kwargs(vm, code, args_start, extra, kw_extra)?;
    Ok(true)
}

/// Stores the `*args` tuple and `**kwargs` dict (the keywords in `kw` that name no
/// parameter) into their slots, when the code has them and they are still unset.
fn fill_varargs_kwargs(
    vm: &mut Vm<'_>,
    code: &CodeData,
    args_start: usize,
    extra: Vec<Value>,
    kw: &[(NameId, Value)],
) -> PyResult<()> {
    let co = &code.code;
    let argc = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let mut next = args_start + argc + kwonly;
    if co.has_varargs {
        if vm.th.stack[next].is_undef() {
            vm.th.stack[next] = vm.new_tuple(extra);
        }
        next += 1;
    }
    if co.has_varkw && vm.th.stack[next].is_undef() {
        let posonly = (co.posonlyargcount as usize).min(argc);
        let params = &code.varnames[posonly..argc + kwonly];
        // Sized for its keys up front, and filled without probing: the keys are
        // distinct names (a repeated one, which no compiled call passes, takes the
        // general store).
        let n = kw.iter().filter(|(name, _)| !params.contains(name)).count();
        let d = vm.alloc(Object::Dict(Box::new(
            crate::objects::dict::Dict::with_capacity(n),
        )));
        vm.th.stack[next] = d;
        let Some(dr) = d.as_obj() else {
            return Ok(());
        };
        for (i, &(name, v)) in kw.iter().enumerate() {
            if params.contains(&name) {
                continue;
            }
            let k = name_str(vm, name);
            if kw[..i].iter().any(|(n, _)| *n == name) {
                crate::ops::dictops::dict_set(vm, dr, k, v)?;
                continue;
            }
            let h = crate::ops::compare::hash(vm, k)?;
            if let Some(t) = crate::ops::dictops::table_mut(vm, dr) {
                t.insert_new(h, k, v);
            }
        }
    }
    Ok(())
}

/// The `str` object for an interned name, made once per name (the keys of `**kwargs`:
/// the same objects every call, with their hash already computed).
fn name_str(vm: &mut Vm<'_>, name: NameId) -> Value {
    let i = name.0 as usize;
    if let Some(v) = vm.st.name_strs.get(i).filter(|v| !v.is_undef()) {
        return *v;
    }
    let text = vm.name(name);
    let v = vm.new_str(&text);
    let strs = &mut vm.st.name_strs;
    if strs.len() <= i {
        strs.resize(i + 1, Value::Undef);
    }
    strs[i] = v;
    if let Some(r) = v.as_obj() {
        vm.st.name_str_ids.insert(r.0, name);
    }
    v
}

/// Calling a generator function: the bound frame becomes a generator object, left at
/// `ret_sp` in place of the callee (no frame is pushed).
#[cold]
fn make_generator(
    vm: &mut Vm<'_>,
    func: ObjRef,
    code_id: u32,
    base: usize,
    ret_sp: usize,
    kind: FrameKind,
) -> PyResult<()> {
    if let FrameKind::Init(_) = kind {
        vm.th.stack.truncate(ret_sp);
        return Err(vm.type_error("__init__() should return None, not 'generator'"));
    }
    let names = match vm.st.heap.get(func) {
        Object::Function(f) => (f.name.clone(), f.qualname.clone()),
        _ => ("?".into(), "?".into()),
    };
    crate::objects::generator::create(vm, code_id, names, base, ret_sp);
    Ok(())
}

fn arg_list(names: &[String]) -> String {
    match names.len() {
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let head: Vec<String> = names[..names.len() - 1]
                .iter()
                .map(|n| format!("'{n}'"))
                .collect();
            format!("{}, and '{}'", head.join(", "), names[names.len() - 1])
        }
    }
}

/// Binds call arguments to parameter slots, with CPython 3.11's error messages.
fn bind_args(
    vm: &mut Vm<'_>,
    func: ObjRef,
    code: &CodeData,
    pos: &[Value],
    kw: &[(NameId, Value)],
    locals: &mut [Value],
) -> PyResult<()> {
    let co = &code.code;
    let argc = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    // Messages name the function's `__qualname__`, which code may have reassigned.
    let (qual, defaults, kwdefaults): (Arc<str>, Vec<Value>, Vec<(NameId, Value)>) =
        match vm.st.heap.get(func) {
            Object::Function(f) => {
                let FunctionObj {
                    defaults,
                    kwdefaults,
                    qualname,
                    ..
                } = &**f;
                (qualname.clone(), defaults.to_vec(), kwdefaults.clone())
            }
            _ => (co.qualname.clone(), Vec::new(), Vec::new()),
        };
    if pos.len() > argc && !co.has_varargs {
        let given = pos.len();
        let kw_given = kw
            .iter()
            .filter(|(n, _)| code.varnames[argc..argc + kwonly].contains(n))
            .count();
        let takes = if defaults.is_empty() {
            format!(
                "{argc} positional argument{}",
                if argc == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "from {} to {argc} positional arguments",
                argc - defaults.len()
            )
        };
        let extra = if kw_given > 0 {
            format!(
                " positional argument{} (and {kw_given} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && extra.is_empty() {
            "was"
        } else {
            "were"
        };
        return Err(vm.type_error(format!(
            "{qual}() takes {takes} but {given}{extra} {verb} given"
        )));
    }
    let n = pos.len().min(argc);
    locals[..n].copy_from_slice(&pos[..n]);
    let mut next = argc + kwonly;
    if co.has_varargs {
        let extra = if pos.len() > argc {
            pos[argc..].to_vec()
        } else {
            Vec::new()
        };
        locals[next] = vm.new_tuple(extra);
        next += 1;
    }
    let kwdict = if co.has_varkw {
        let d = vm.new_dict();
        locals[next] = d;
        Some(d)
    } else {
        None
    };
    // Positional-only parameters cannot be passed by keyword (`def f(a, /)`).
    let posonly = (co.posonlyargcount as usize).min(argc);
    let mut posonly_kw: Vec<String> = Vec::new();
    for &(name, v) in kw {
        match code.varnames[posonly..argc + kwonly]
            .iter()
            .position(|n| *n == name)
            .map(|i| i + posonly)
        {
            Some(i) => {
                if !locals[i].is_undef() {
                    let n = vm.name(name);
                    return Err(
                        vm.type_error(format!("{qual}() got multiple values for argument '{n}'"))
                    );
                }
                locals[i] = v;
            }
            None => match kwdict {
                Some(d) => {
                    let n = vm.name(name);
                    let k = vm.new_str(&n);
                    if let Some(dr) = d.as_obj() {
                        crate::ops::dictops::dict_set(vm, dr, k, v)?;
                    }
                }
                None if code.varnames[..posonly].contains(&name) => {
                    posonly_kw.push(vm.name(name).to_string());
                }
                None => {
                    let n = vm.name(name);
                    return Err(
                        vm.type_error(format!("{qual}() got an unexpected keyword argument '{n}'"))
                    );
                }
            },
        }
    }
    if !posonly_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_kw.join(", ")
        )));
    }
    let first_default = argc - defaults.len().min(argc);
    let mut missing = Vec::new();
    for i in 0..argc {
        if locals[i].is_undef() {
            if i >= first_default {
                locals[i] = defaults[i - first_default];
            } else {
                missing.push(co.varnames[i].to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{qual}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            arg_list(&missing)
        )));
    }
    for (i, slot) in locals.iter_mut().enumerate().take(argc + kwonly).skip(argc) {
        if slot.is_undef() {
            match kwdefaults.iter().find(|(n, _)| *n == code.varnames[i]) {
                Some((_, v)) => *slot = *v,
                None => missing.push(co.varnames[i].to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{qual}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            arg_list(&missing)
        )));
    }
    Ok(())
}
