//! The file-system calls of `os`: `remove`/`unlink`, `rename`, `replace`, `mkdir`,
//! `makedirs`, `rmdir`. Failures raise the matching `OSError` subclass with CPython's
//! message and filename (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).

use crate::builtins::{Args, NativeDef};
use crate::value::Value;
use crate::{PyResult, Vm};

/// Added to the `os` module's functions.
pub const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("remove", remove),
    NativeDef::new("unlink", remove),
    NativeDef::new("rename", rename),
    NativeDef::new("replace", rename),
    NativeDef::new("mkdir", mkdir),
    NativeDef::new("makedirs", makedirs),
    NativeDef::new("rmdir", rmdir),
];

fn io_err(vm: &mut Vm<'_>, e: std::io::Error, path: &str) -> crate::Throw {
    let f = vm.new_str(path);
    crate::builtins::exceptions::raise_io(vm, &e, Some(f))
}

fn path(vm: &mut Vm<'_>, args: &Args<'_>, i: usize, fname: &str) -> PyResult<String> {
    let v = args.pos.get(i).copied().unwrap_or(Value::None);
    super::os::path_arg(vm, v, fname)
}

/// `os.remove(path)` / `os.unlink(path)`
fn remove(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "remove", 1, 1)?;
    let p = path(vm, &args, 0, "remove")?;
    std::fs::remove_file(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(Value::None)
}

/// `os.rename(src, dst)` / `os.replace(src, dst)`
fn rename(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "rename", 2, 2)?;
    let a = path(vm, &args, 0, "rename")?;
    let b = path(vm, &args, 1, "rename")?;
    std::fs::rename(&a, &b).map_err(|e| io_err(vm, e, &a))?;
    Ok(Value::None)
}

/// `os.mkdir(path, mode=0o777)`
fn mkdir(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "mkdir", 1, 2)?;
    let p = path(vm, &args, 0, "mkdir")?;
    std::fs::create_dir(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(Value::None)
}

/// `os.makedirs(path, mode=0o777, exist_ok=False)`
fn makedirs(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "makedirs", 1, 3)?;
    let p = path(vm, &args, 0, "makedirs")?;
    let exist_ok_kw = args.kwarg_str(vm, "exist_ok");
    let exist_ok = match exist_ok_kw.or(args.pos.get(2).copied()) {
        Some(v) => crate::ops::compare::is_true(vm, v)?,
        None => false,
    };
    if std::path::Path::new(&p).is_dir() {
        if exist_ok {
            return Ok(Value::None);
        }
        let e = std::io::Error::from_raw_os_error(17);
        return Err(io_err(vm, e, &p));
    }
    std::fs::create_dir_all(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(Value::None)
}

/// `os.rmdir(path)`
fn rmdir(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "rmdir", 1, 1)?;
    let p = path(vm, &args, 0, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| io_err(vm, e, &p))?;
    Ok(Value::None)
}
