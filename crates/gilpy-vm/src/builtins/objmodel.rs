//! Object-model corners that have no better home: constructors of the internal types
//! (`types.MethodType(f, obj)`), ...

use crate::builtins::{Args, NativeDef};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Wires the constructors into the builtin classes (called from `descr::bootstrap`).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let m = vm.st.types.method;
    if let Object::Class(c) = vm.st.heap.get_mut(m) {
        c.new = Some(method_new);
    }
    crate::builtins::mappingproxy::bootstrap(vm);
    crate::builtins::itertypes::bootstrap(vm);
    let f = vm.st.types.function;
    vm.add_methods(f, &[NativeDef::new("__get__", function_get)]);
}

/// `function.__get__(obj, type=None)`: the function itself through `None`, else a
/// method bound to `obj` (what attribute lookup does for functions found on a class).
fn function_get(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__get__", 2, 3)?;
    let (func, obj) = (args.pos[0], args.pos[1]);
    if obj.is(Value::None) {
        return Ok(func);
    }
    Ok(vm.alloc(Object::BoundMethod { func, self_: obj }))
}

/// `types.MethodType(func, obj)`: binds any callable to an object.
fn method_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "method", 2, 2)?;
    let (func, self_) = (args.pos[0], args.pos[1]);
    let callable = crate::builtins::core::callable(vm, Args::positional(&[func]))?;
    if !callable.is(Value::Bool(true)) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if self_.is(Value::None) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.alloc(Object::BoundMethod { func, self_ }))
}

/// The name of `v` when it is one of the core builtin types, whose attributes cannot be
/// set or deleted (`int.foo = 1`); native classes of modules stay writable.
pub fn immutable_type(vm: &Vm<'_>, v: Value) -> Option<std::sync::Arc<str>> {
    let r = v.as_obj()?;
    let c = vm.class(r).filter(|c| c.builtin)?;
    if vm.st.types.all().contains(&r) {
        return Some(c.name.clone());
    }
    None
}
