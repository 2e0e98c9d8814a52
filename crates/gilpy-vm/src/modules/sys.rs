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
