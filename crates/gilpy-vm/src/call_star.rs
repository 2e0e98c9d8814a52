//! The `**` operands of a call (`f(**m)`, `f(a=1, **m)`): merging a mapping into the
//! call's keyword dict with CPython 3.11's checks, and the wording of its errors for bad
//! `*` and `**` operands, which name the callee as `module.qualname()`.

use crate::builtins::subclass::base_value;
use crate::object::Object;
use crate::ops::{attr, dictops, iter, subscr};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// CPython's `_PyObject_FunctionStr`: `module.qualname()`, without the module for
/// builtins, for the callee of a call with a bad `*` or `**` operand.
pub(crate) fn func_str(vm: &mut Vm<'_>, callee: Value) -> String {
    let qual = attr::try_get_attr(vm, callee, crate::names::sym::__qualname__)
        .ok()
        .flatten()
        .and_then(|q| vm.as_str(q).map(str::to_string));
    let Some(qual) = qual else {
        return match vm.obj(callee) {
            Some(Object::Native(n)) => format!("{}()", n.name),
            _ => crate::ops::convert::str_of(vm, callee)
                .map(|s| s.to_string())
                .unwrap_or_default(),
        };
    };
    let module = attr::try_get_attr(vm, callee, crate::names::sym::__module__)
        .ok()
        .flatten()
        .and_then(|m| vm.as_str(m).map(str::to_string));
    match module {
        Some(m) if m != "builtins" => format!("{m}.{qual}()"),
        _ => format!("{qual}()"),
    }
}

/// `DictMerge` (and a `**m` that `CallEx` received as it is): adds the items of the
/// mapping `src` to the keyword dict `d` of a call to `callee`. A repeated keyword and
/// an operand that is not a mapping raise CPython's errors. A dict (or a dict subclass,
/// whatever it overrides, as CPython's fast path does) is read directly; any other
/// object needs `keys()` and `__getitem__`.
pub(crate) fn merge_kwargs(vm: &mut Vm<'_>, d: ObjRef, src: Value, callee: Value) -> PyResult<()> {
    let mark = vm.push_root(src);
    vm.push_root(Value::Obj(d));
    let r = merge_rooted(vm, d, src, callee);
    vm.pop_roots(mark);
    r
}

fn merge_rooted(vm: &mut Vm<'_>, d: ObjRef, src: Value, callee: Value) -> PyResult<()> {
    let plain = match vm.obj(src) {
        Some(Object::Instance(_)) => base_value(vm, src).unwrap_or(src),
        _ => src,
    };
    if let Some(r) = plain
        .as_obj()
        .filter(|r| matches!(vm.st.heap.get(*r), Object::Dict(_)))
    {
        for (k, v) in dictops::dict_items(vm, r) {
            add_keyword(vm, d, k, v, callee)?;
        }
        return Ok(());
    }
    let keys_id = vm.intern("keys");
    let keys = match vm.obj(src) {
        Some(Object::Instance(_)) => attr::try_get_attr(vm, src, keys_id)?,
        _ => None,
    };
    let Some(keys) = keys else {
        let f = func_str(vm, callee);
        let t = vm.type_name(src);
        return Err(vm.type_error(format!("{f} argument after ** must be a mapping, not {t}")));
    };
    let ks = vm.call(keys, &[])?;
    let mark = vm.push_root(ks);
    let r = (|| {
        for k in iter::collect(vm, ks)? {
            let v = subscr::get_item(vm, src, k)?;
            add_keyword(vm, d, k, v, callee)?;
        }
        Ok(())
    })();
    vm.pop_roots(mark);
    r
}

fn add_keyword(vm: &mut Vm<'_>, d: ObjRef, k: Value, v: Value, callee: Value) -> PyResult<()> {
    if dictops::dict_contains(vm, d, k)? {
        let f = func_str(vm, callee);
        let ks = crate::ops::convert::str_of(vm, k)?;
        return Err(vm.type_error(format!(
            "{f} got multiple values for keyword argument '{ks}'"
        )));
    }
    dictops::dict_set(vm, d, k, v)
}
