//! The `sys` module (the parts the core needs: `argv`, `exit`, recursion limit).

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};

/// `import sys`
pub const MODULE: ModuleDef = ModuleDef { name: "sys", init };

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("exit", exit),
    NativeDef::new("setrecursionlimit", setrecursionlimit),
    NativeDef::new("getrecursionlimit", getrecursionlimit),
    NativeDef::new("setcheckinterval", setcheckinterval),
    NativeDef::new("getcheckinterval", getcheckinterval),
    NativeDef::new("setswitchinterval", setswitchinterval),
    NativeDef::new("getswitchinterval", getswitchinterval),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    let argv: Vec<String> = vm.st.config.argv.clone();
    let items = argv.iter().map(|a| vm.new_str(a)).collect();
    let l = vm.new_list(items);
    vm.module_set(m, "argv", l);
    vm.module_set(m, "maxsize", Value::Int(i64::MAX));
    Ok(())
}

fn exit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "exit", 0, 1)?;
    let a = vm.new_tuple(args.pos.to_vec());
    let c = vm.st.types.system_exit;
    Err(Throw::Exc(vm.new_exception_args(c, a)))
}

fn setrecursionlimit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "setrecursionlimit", 1, 1)?;
    let n = crate::builtins::types::as_index(vm, args.pos[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.st.config.recursion_limit = n as usize;
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.st.config.recursion_limit as i64))
}

/// `sys.setcheckinterval(n)`: switch every `n` instructions (Python 2 style); this also
/// leaves time-based switching.
fn setcheckinterval(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "setcheckinterval", 1, 1)?;
    let n = crate::builtins::types::as_index(vm, args.pos[0])?;
    // CPython 2.7 accepted any int; below 1 behaves as 1.
    vm.st.config.check_interval = n.clamp(1, 1_000_000) as u32;
    vm.st.config.switch_interval = None;
    vm.th.countdown = vm.th.countdown.min(vm.st.config.check_interval);
    Ok(Value::None)
}

fn getcheckinterval(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getcheckinterval", 0, 0)?;
    Ok(Value::Int(i64::from(vm.st.config.check_interval)))
}

/// `sys.setswitchinterval(s)`: CPython 3 style — a thread that has waited `s` seconds
/// for the GIL takes it at the holder's next switch point.
fn setswitchinterval(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "setswitchinterval", 1, 1)?;
    let s = crate::modules::time::seconds_arg(vm, args.pos[0], "setswitchinterval")?;
    if s.is_nan() || s <= 0.0 || s > 1e6 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.st.config.switch_interval = Some(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getswitchinterval", 0, 0)?;
    // CPython's default interval is 5 ms; report it when counting instructions.
    let s = vm
        .st
        .config
        .switch_interval
        .map_or(0.005, |d| d.as_secs_f64());
    Ok(Value::Float(s))
}
