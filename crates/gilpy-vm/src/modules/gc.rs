//! `gc`: the collector's interface. `collect()` runs a full collection (and the
//! finalizers it finds, `gc_finalize.rs`) and returns the number of unreachable objects
//! that reference counting would not have freed, as CPython's does. The collector is a
//! tracing one, so `disable()` only changes what `isenabled()` says: memory is still
//! reclaimed. Thresholds and counts are CPython's three generations, kept for display.

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import gc`
pub const MODULE: ModuleDef = ModuleDef { name: "gc", init };

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("collect", collect),
    NativeDef::new("enable", enable),
    NativeDef::new("disable", disable),
    NativeDef::new("isenabled", isenabled),
    NativeDef::new("get_count", get_count),
    NativeDef::new("get_threshold", get_threshold),
    NativeDef::new("set_threshold", set_threshold),
    NativeDef::new("is_tracked", is_tracked),
    NativeDef::new("is_finalized", is_finalized),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    let garbage = vm.new_list(Vec::new());
    vm.module_set(m, "garbage", garbage);
    let callbacks = vm.new_list(Vec::new());
    vm.module_set(m, "callbacks", callbacks);
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.module_set(m, name, Value::Int(v));
    }
    Ok(())
}

/// `gc.collect(generation=2)`
fn collect(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "collect", 0, 1)?;
    let gen = args.get(0).or_else(|| args.kwarg_str(vm, "generation"));
    match gen {
        None | Some(Value::Int(0..=2)) => {}
        Some(Value::Int(_)) => return Err(vm.value_error("invalid generation")),
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    }
    let n = crate::gc_finalize::collect_now(vm)?;
    crate::weakref_table::run_callbacks(vm)?;
    Ok(Value::Int(n as i64))
}

fn enable(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "enable", 0, 0)?;
    vm.st.fin.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "disable", 0, 0)?;
    vm.st.fin.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "isenabled", 0, 0)?;
    Ok(Value::Bool(vm.st.fin.enabled))
}

/// `gc.get_count()`: allocations since the last collection stand in for generation 0.
fn get_count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "get_count", 0, 0)?;
    let young = (vm.st.heap.allocated as i64).min(vm.st.fin.threshold.0.max(1) - 1);
    Ok(vm.new_tuple(vec![Value::Int(young), Value::Int(0), Value::Int(0)]))
}

fn get_threshold(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "get_threshold", 0, 0)?;
    let (a, b, c) = vm.st.fin.threshold;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`
fn set_threshold(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "set_threshold", 1, 3)?;
    let mut t = [
        vm.st.fin.threshold.0,
        vm.st.fin.threshold.1,
        vm.st.fin.threshold.2,
    ];
    for (i, v) in args.pos.iter().enumerate() {
        t[i] = match *v {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            other => {
                let tn = vm.type_name(other);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        };
    }
    vm.st.fin.threshold = (t[0], t[1], t[2]);
    Ok(Value::None)
}

/// `gc.is_tracked(obj)`: what CPython answers for the common kinds (atomic values and
/// dicts of atomic values are untracked).
fn is_tracked(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    use crate::object::Object;
    args.check(vm, "is_tracked", 1, 1)?;
    let atomic = |v: &Value, vm: &Vm<'_>| match vm.obj(*v) {
        None => true,
        Some(Object::Str(_) | Object::BigInt(_)) => true,
        Some(_) => false,
    };
    let tracked = match vm.obj(args.pos[0]) {
        None => false,
        Some(Object::Str(_) | Object::BigInt(_) | Object::Range(_) | Object::Slice(_)) => false,
        Some(Object::Dict(d)) => {
            let mut any = false;
            d.trace(&mut |v| any |= !atomic(&v, vm));
            any
        }
        Some(Object::Native(_) | Object::Code(_)) => false,
        Some(_) => true,
    };
    Ok(Value::Bool(tracked))
}

/// `gc.is_finalized(obj)`: has its `__del__` run (PEP 442)?
fn is_finalized(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "is_finalized", 1, 1)?;
    let done = match args.pos[0] {
        Value::Obj(r) => vm.st.fin.done.contains(&r.0),
        _ => false,
    };
    Ok(Value::Bool(done))
}
