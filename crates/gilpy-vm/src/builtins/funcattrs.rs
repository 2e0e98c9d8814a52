//! Writing and deleting a function's special attributes: `__defaults__` and
//! `__kwdefaults__` feed the call path, `__name__`/`__qualname__` its repr, and
//! `__annotations__` must stay a dict, each with CPython's type checks and messages.
//! Other names are ordinary function attributes (`f.calls = 0`).

use crate::names::{sym, NameId};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Stores (`Some(v)`) or deletes (`None`) special attribute `name` of function `r`.
/// `Ok(false)` means `name` is not special: the caller stores it as usual.
pub fn set_special(vm: &mut Vm<'_>, r: ObjRef, name: NameId, v: Option<Value>) -> PyResult<bool> {
    let text = vm.name(name);
    match &*text {
        "__annotations__" => {
            match v {
                // `f.__annotations__ = None` clears them, like `del`.
                Some(Value::None) => store_attr(vm, r, name, None),
                Some(v) if !matches!(vm.obj(v), Some(Object::Dict(_))) => {
                    return Err(vm.type_error("__annotations__ must be set to a dict object"));
                }
                Some(v) => store_attr(vm, r, name, Some(v)),
                // Deleting leaves no annotations: the next read makes a fresh dict.
                None => store_attr(vm, r, name, None),
            }
            Ok(true)
        }
        "__name__" | "__qualname__" => {
            let s = match v.and_then(|v| vm.as_str(v).map(std::sync::Arc::<str>::from)) {
                Some(s) => s,
                None => return Err(vm.type_error(format!("{text} must be set to a string object"))),
            };
            if let Object::Function(f) = vm.st.heap.get_mut(r) {
                if name == sym::__name__ {
                    f.name = s;
                } else {
                    f.qualname = s;
                }
            }
            Ok(true)
        }
        "__defaults__" => {
            let items: Vec<Value> = match v {
                None | Some(Value::None) => Vec::new(),
                Some(x) => match vm.obj(x) {
                    Some(Object::Tuple(t)) => t.to_vec(),
                    _ => return Err(vm.type_error("__defaults__ must be set to a tuple object")),
                },
            };
            if let Object::Function(f) = vm.st.heap.get_mut(r) {
                f.defaults = items.into_boxed_slice();
            }
            Ok(true)
        }
        "__kwdefaults__" => {
            let mut kw = Vec::new();
            match v {
                None | Some(Value::None) => {}
                Some(Value::Obj(d)) if matches!(vm.st.heap.get(d), Object::Dict(_)) => {
                    for (k, val) in crate::ops::dictops::dict_items(vm, d) {
                        let Some(ks) = vm.as_str(k).map(str::to_string) else {
                            return Err(vm.type_error("keyword names must be strings"));
                        };
                        kw.push((vm.intern(&ks), val));
                    }
                }
                _ => return Err(vm.type_error("__kwdefaults__ must be set to a dict object")),
            }
            if let Object::Function(f) = vm.st.heap.get_mut(r) {
                f.kwdefaults = kw;
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn store_attr(vm: &mut Vm<'_>, r: ObjRef, name: NameId, v: Option<Value>) {
    if let Object::Function(f) = vm.st.heap.get_mut(r) {
        f.attrs.retain(|(n, _)| *n != name);
        if let Some(v) = v {
            f.attrs.push((name, v));
        }
    }
}
