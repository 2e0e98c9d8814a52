//! The file-system calls of `os`: `remove`/`unlink`, `rename`, `replace`, `mkdir`,
//! `makedirs`, `rmdir`, `access`, `_stat_fields` (behind `os.stat`), and `os.path.islink`. Failures raise the matching
//! `OSError` subclass with CPython's message and filename (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).

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
    NativeDef::new("access", access),
    NativeDef::new("_stat_fields", stat_fields),
];

/// `os.path.islink`, added to `os.path` (needs `symlink_metadata`, kept with the fs calls).
pub const PATH_FUNCTIONS: &[NativeDef] = &[NativeDef::new("islink", islink)];

/// `os.path.islink(path)`: False for what does not exist, as in CPython.
fn islink(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "islink", 1, 1)?;
    let p = path(vm, &args, 0, "islink")?;
    Ok(Value::Bool(
        std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink()),
    ))
}

/// `os.access(path, mode)` from the permission bits (no effective-uid check; root is
/// treated like the owner), enough for `shutil.which`. F_OK=0, X_OK=1, W_OK=2, R_OK=4.
fn access(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    args.check(vm, "access", 2, 2)?;
    let p = path(vm, &args, 0, "access")?;
    let Value::Int(mode) = args.pos[1] else {
        let t = vm.type_name(args.pos[1]);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    let Ok(m) = std::fs::metadata(&p) else {
        return Ok(Value::Bool(false));
    };
    let bits = m.permissions().mode();
    // Any of user/group/other granting the bit counts.
    let granted = |b: u32| bits & (b << 6 | b << 3 | b) != 0;
    let ok = (mode & 1 == 0 || granted(1))
        && (mode & 2 == 0 || granted(2))
        && (mode & 4 == 0 || granted(4));
    Ok(Value::Bool(ok))
}

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

/// `os._stat_fields(path, follow_symlinks)`: the ten `os.stat_result` fields (mode, ino,
/// dev, nlink, uid, gid, size, atime, mtime, ctime; times as float seconds) that the
/// Python side (`py/os_walk.py`) wraps in a `stat_result`.
fn stat_fields(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    args.check(vm, "stat", 2, 2)?;
    let p = path(vm, &args, 0, "stat")?;
    let follow = crate::ops::compare::is_true(vm, args.pos[1])?;
    let m = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| io_err(vm, e, &p))?;
    let int = |n: u64| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let time = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 / 1e9);
    let fields = vec![
        int(u64::from(m.mode())),
        int(m.ino()),
        int(m.dev()),
        int(m.nlink()),
        int(u64::from(m.uid())),
        int(u64::from(m.gid())),
        int(m.size()),
        time(m.atime(), m.atime_nsec()),
        time(m.mtime(), m.mtime_nsec()),
        time(m.ctime(), m.ctime_nsec()),
    ];
    Ok(vm.new_tuple(fields))
}
