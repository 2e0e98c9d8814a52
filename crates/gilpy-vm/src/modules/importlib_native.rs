//! `importlib` and `importlib.util` (written in Python, `py/importlib*.py`) over the
//! native `_gilpy_imp`, which exposes the import system of `modules/import.rs`:
//! locating a module without running it, running a source file as a module, reload.

use std::path::Path;

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

use super::import;

/// `import _gilpy_imp`
pub const NATIVE: ModuleDef = ModuleDef {
    name: "_gilpy_imp",
    init: |vm, m| {
        vm.module_add_functions(m, FUNCTIONS);
        Ok(())
    },
};

/// `import importlib`
pub const IMPORTLIB: ModuleDef = ModuleDef {
    name: "importlib",
    init: |vm, m| super::pymod::run_module(vm, m, "importlib", include_str!("py/importlib.py")),
};

/// `import importlib.util`
pub const IMPORTLIB_UTIL: ModuleDef = ModuleDef {
    name: "importlib.util",
    init: |vm, m| {
        super::pymod::run_module(
            vm,
            m,
            "importlib.util",
            include_str!("py/importlib_util.py"),
        )
    },
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("find", find),
    NativeDef::new("reload", reload),
    NativeDef::new("source_module", source_module),
    NativeDef::new("exec_source_module", exec_source_module),
];

fn module_arg(vm: &mut Vm<'_>, v: Value, what: &str) -> PyResult<ObjRef> {
    match (vm.obj(v), v.as_obj()) {
        (Some(Object::Module(_)), Some(r)) => Ok(r),
        _ => Err(vm.type_error(format!("{what}() argument must be a module"))),
    }
}

/// `find(name)`: `None`, or `(origin, search_locations)` (`origin` is a path,
/// `"built-in"` or `None` for a namespace package; `search_locations` a list for a
/// package, else `None`).
fn find(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "find", 1, 1)?;
    let Some(name) = vm.as_str(args.pos[0]).map(str::to_string) else {
        return Err(vm.type_error("module name must be str"));
    };
    let Some((origin, dirs)) = import::locate(vm, &name)? else {
        return Ok(Value::None);
    };
    let origin = match origin {
        Some(o) => vm.new_str(&o),
        None => Value::None,
    };
    let dirs = match dirs {
        Some(d) => {
            let items = d.iter().map(|s| vm.new_str(s)).collect();
            vm.new_list(items)
        }
        None => Value::None,
    };
    Ok(vm.new_tuple(vec![origin, dirs]))
}

/// `reload(module)`
fn reload(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "reload", 1, 1)?;
    let m = module_arg(vm, args.pos[0], "reload")?;
    import::reload(vm, m)
}

/// `source_module(name, path, is_package)`: a new module for a source file (not in
/// `sys.modules`, not run yet), as `importlib.util.module_from_spec` makes.
fn source_module(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "source_module", 3, 3)?;
    let (Some(name), Some(path)) = (
        vm.as_str(args.pos[0]).map(str::to_string),
        vm.as_str(args.pos[1]).map(str::to_string),
    ) else {
        return Err(vm.type_error("source_module() takes a name and a path"));
    };
    let file = Path::new(&path);
    let code = import::read_and_compile(vm, file)?;
    let pkg_dir = crate::ops::compare::is_true(vm, args.pos[2])?
        .then(|| file.parent().unwrap_or(Path::new("")).to_path_buf());
    let (m, _) = import::new_source_module(vm, &name, file, pkg_dir.as_deref(), &code);
    Ok(Value::Obj(m))
}

/// `exec_source_module(module)`: runs the module's file in its globals.
fn exec_source_module(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "exec_source_module", 1, 1)?;
    let m = module_arg(vm, args.pos[0], "exec_module")?;
    import::run_module_file(vm, m, false)?;
    Ok(Value::None)
}
