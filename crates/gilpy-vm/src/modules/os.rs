//! `os` and `os.path`: the environment, the process id and working directory, CPU
//! count, and the POSIX path helpers (same algorithms as CPython's `posixpath`).
//! `os.environ` is a plain dict copied from the process environment at import:
//! changing it does not change the environment child processes would see.

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::object::Object;
use crate::ops::dictops;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import os`
pub const MODULE: ModuleDef = ModuleDef { name: "os", init };

/// `import os.path`
pub const PATH: ModuleDef = ModuleDef {
    name: "os.path",
    init: init_path,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("getpid", getpid),
    NativeDef::new("strerror", strerror),
    NativeDef::new("getcwd", getcwd),
    NativeDef::new("chdir", chdir),
    NativeDef::new("cpu_count", cpu_count),
    NativeDef::new("getenv", getenv),
    NativeDef::new("listdir", listdir),
];

const PATH_FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("join", join),
    NativeDef::new("exists", exists),
    NativeDef::new("isfile", isfile),
    NativeDef::new("isdir", isdir),
    NativeDef::new("isabs", isabs),
    NativeDef::new("basename", basename),
    NativeDef::new("dirname", dirname),
    NativeDef::new("split", split),
    NativeDef::new("splitext", splitext),
    NativeDef::new("normpath", normpath),
    NativeDef::new("abspath", abspath),
    NativeDef::new("getsize", getsize),
    NativeDef::new("relpath", relpath),
    NativeDef::new("commonpath", commonpath),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    vm.module_add_functions(m, super::os_fs::FUNCTIONS);
    let env = vm.new_dict();
    if let Some(d) = env.as_obj() {
        let mut vars: Vec<(String, String)> = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .collect();
        vars.sort();
        for (k, v) in vars {
            let k = vm.new_str(&k);
            let v = vm.new_str(&v);
            dictops::dict_set(vm, d, k, v)?;
        }
    }
    vm.module_set(m, "environ", env);
    for (name, n) in [("F_OK", 0), ("X_OK", 1), ("W_OK", 2), ("R_OK", 4)] {
        vm.module_set(m, name, Value::Int(n));
    }
    for (name, text) in [
        ("name", "posix"),
        ("sep", "/"),
        ("altsep", ""),
        ("pathsep", ":"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("devnull", "/dev/null"),
    ] {
        let v = if name == "altsep" {
            Value::None
        } else {
            vm.new_str(text)
        };
        vm.module_set(m, name, v);
    }
    // `os.path` is the `os.path` module, as in CPython.
    let path = crate::modules::import::load(vm, "os.path")?;
    vm.module_set(m, "path", path);
    // `os.walk`, `os.stat` and friends are written in Python (`py/os_walk.py`); its
    // module imports `os` only when called, so loading it here is not circular.
    copy_py_names(vm, m, "_OS_NAMES")?;
    Ok(())
}

fn init_path(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, PATH_FUNCTIONS);
    vm.module_add_functions(m, super::os_fs::PATH_FUNCTIONS);
    let sep = vm.new_str("/");
    vm.module_set(m, "sep", sep);
    copy_py_names(vm, m, "_PATH_NAMES")?;
    Ok(())
}

/// Copies the names that `_os_walk` lists in its tuple `list` into module `m`.
fn copy_py_names(vm: &mut Vm<'_>, m: ObjRef, list: &str) -> PyResult<()> {
    let w = crate::modules::import::load(vm, "_os_walk")?;
    let Some(wm) = w.as_obj() else {
        return Ok(());
    };
    let get = |vm: &Vm<'_>, id| match vm.st.heap.get(wm) {
        Object::Module(o) => o.attrs.get(&id).copied(),
        _ => None,
    };
    let list_id = vm.intern(list);
    let Some(names) = get(vm, list_id) else {
        return Ok(());
    };
    for name in crate::ops::iter::collect(vm, names)? {
        let Some(text) = vm.as_str(name).map(str::to_string) else {
            continue;
        };
        let id = vm.intern(&text);
        if let Some(v) = get(vm, id) {
            vm.module_set(m, &text, v);
        }
    }
    Ok(())
}

/// A path argument: a `str` or an `os.PathLike` object.
pub(crate) fn path_arg(vm: &mut Vm<'_>, v: Value, fname: &str) -> PyResult<String> {
    if let Some(s) = str_or_fspath(vm, v)? {
        return Ok(s);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {t}"
    )))
}

/// A str itself, or what an `os.PathLike` object returns from `__fspath__`.
pub(crate) fn str_or_fspath(vm: &mut Vm<'_>, v: Value) -> PyResult<Option<String>> {
    match vm.as_str(v) {
        Some(s) => Ok(Some(s.to_string())),
        None => fspath(vm, v),
    }
}

/// The `str` an `os.PathLike` object (a `pathlib.Path`) returns from `__fspath__`.
fn fspath(vm: &mut Vm<'_>, v: Value) -> PyResult<Option<String>> {
    if !matches!(vm.obj(v), Some(Object::Instance(_))) {
        return Ok(None);
    }
    let name = vm.intern("__fspath__");
    let Some(f) = crate::ops::attr::try_get_attr(vm, v, name)? else {
        return Ok(None);
    };
    let r = vm.call(f, &[])?;
    Ok(vm.as_str(r).map(str::to_string))
}

/// A `str` argument of the `os.path` string helpers.
fn str_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<String> {
    if let Some(s) = str_or_fspath(vm, v)? {
        return Ok(s);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {t}"
    )))
}

/// `os.strerror(code)`: the C library's message for an errno value.
fn strerror(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "strerror", 1, 1)?;
    let Value::Int(code) = args.pos[0] else {
        let t = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    let text = std::io::Error::from_raw_os_error(code as i32).to_string();
    // Rust appends " (os error N)" to the C library's text.
    let msg = match text.rfind(" (os error ") {
        Some(i) => &text[..i],
        None => &text,
    };
    Ok(vm.new_str(msg))
}

fn getpid(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getpid", 0, 0)?;
    Ok(Value::Int(i64::from(std::process::id())))
}

fn getcwd(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(d) => Ok(vm.new_string(d.display().to_string())),
        Err(e) => Err(crate::builtins::exceptions::raise_io(vm, &e, None)),
    }
}

fn cpu_count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "cpu_count", 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

/// `os.getenv(key, default=None)`: reads `os.environ`.
fn getenv(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getenv", 1, 2)?;
    let key = args.pos[0];
    if vm.as_str(key).is_none() {
        let t = vm.type_name(key);
        return Err(vm.type_error(format!("str expected, not {t}")));
    }
    let default = args.get(1).unwrap_or(Value::None);
    let os = vm.intern("os");
    let environ = vm.intern("environ");
    let env = vm
        .st
        .modules
        .get(&os)
        .and_then(|m| match vm.st.heap.get(*m) {
            Object::Module(m) => m.attrs.get(&environ).and_then(|v| v.as_obj()),
            _ => None,
        });
    match env {
        Some(d) if matches!(vm.st.heap.get(d), Object::Dict(_)) => {
            Ok(dictops::dict_get(vm, d, key)?.unwrap_or(default))
        }
        _ => {
            let k = vm.as_str(key).unwrap_or_default().to_string();
            Ok(match std::env::var(&k) {
                Ok(v) => vm.new_string(v),
                Err(_) => default,
            })
        }
    }
}

fn listdir(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "listdir", 0, 1)?;
    let p = match args.get(0) {
        Some(v) => path_arg(vm, v, "listdir")?,
        None => ".".to_string(),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| {
        let f = vm.new_str(&p);
        crate::builtins::exceptions::raise_io(vm, &e, Some(f))
    })?;
    let mut names = Vec::new();
    for entry in rd.flatten() {
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    let items = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// `os.path.join(a, *p)`
fn join(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "join", 1, usize::MAX)?;
    let arg = |vm: &mut Vm<'_>, v: Value| -> PyResult<String> {
        if let Some(s) = vm.as_str(v) {
            return Ok(s.to_string());
        }
        if let Some(s) = fspath(vm, v)? {
            return Ok(s);
        }
        let t = vm.type_name(v);
        Err(vm.type_error(format!(
            "join() argument must be str, bytes, or os.PathLike object, not '{t}'"
        )))
    };
    let mut path = arg(vm, args.pos[0])?;
    for v in &args.pos[1..] {
        let b = arg(vm, *v)?;
        if b.starts_with('/') {
            path = b;
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(&b);
        } else {
            path.push('/');
            path.push_str(&b);
        }
    }
    Ok(vm.new_string(path))
}

fn metadata_test(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    test: fn(&std::fs::Metadata) -> bool,
) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let p = match vm.as_str(args.pos[0]) {
        Some(s) => Some(s.to_string()),
        None => fspath(vm, args.pos[0])?,
    };
    let Some(p) = p else {
        // CPython answers False for what cannot name a file... except wrong types.
        let t = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!(
            "stat: path should be string, bytes, os.PathLike or integer, not {t}"
        )));
    };
    Ok(Value::Bool(std::fs::metadata(p).is_ok_and(|m| test(&m))))
}

fn exists(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    metadata_test(vm, &args, "exists", |_| true)
}

fn isfile(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    metadata_test(vm, &args, "isfile", |m| m.is_file())
}

fn isdir(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    metadata_test(vm, &args, "isdir", |m| m.is_dir())
}

fn getsize(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getsize", 1, 1)?;
    let p = path_arg(vm, args.pos[0], "getsize")?;
    match std::fs::metadata(&p) {
        Ok(m) => Ok(Value::Int(m.len() as i64)),
        Err(e) => Err({
            let f = vm.new_str(&p);
            crate::builtins::exceptions::raise_io(vm, &e, Some(f))
        }),
    }
}

fn isabs(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "isabs", 1, 1)?;
    let p = str_arg(vm, args.pos[0])?;
    Ok(Value::Bool(p.starts_with('/')))
}

/// (head, tail) as `posixpath.split`.
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && !head.bytes().all(|b| b == b'/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn basename(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "basename", 1, 1)?;
    let p = str_arg(vm, args.pos[0])?;
    let i = p.rfind('/').map_or(0, |i| i + 1);
    Ok(vm.new_str(&p[i..]))
}

fn dirname(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "dirname", 1, 1)?;
    let p = str_arg(vm, args.pos[0])?;
    let (head, _) = split_path(&p);
    Ok(vm.new_string(head))
}

fn split(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "split", 1, 1)?;
    let p = str_arg(vm, args.pos[0])?;
    let (head, tail) = split_path(&p);
    let h = vm.new_string(head);
    let t = vm.new_string(tail);
    Ok(vm.new_tuple(vec![h, t]))
}

fn splitext(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "splitext", 1, 1)?;
    let p = str_arg(vm, args.pos[0])?;
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    let dot = p.rfind('.').map_or(-1, |i| i as i64);
    let (root, ext) = if dot > sep {
        // Leading dots of the file name do not start an extension (`.bashrc`).
        let start = (sep + 1) as usize;
        if p[start..dot as usize].bytes().any(|b| b != b'.') {
            (p[..dot as usize].to_string(), p[dot as usize..].to_string())
        } else {
            (p.clone(), String::new())
        }
    } else {
        (p.clone(), String::new())
    };
    let r = vm.new_string(root);
    let e = vm.new_string(ext);
    Ok(vm.new_tuple(vec![r, e]))
}

/// `posixpath.normpath`
fn norm(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() {
        ".".to_string()
    } else {
        out
    }
}

fn normpath(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "normpath", 1, 1)?;
    let p = str_arg(vm, args.pos[0])?;
    Ok(vm.new_string(norm(&p)))
}

fn abspath(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "abspath", 1, 1)?;
    let p = str_arg(vm, args.pos[0])?;
    let full = if p.starts_with('/') {
        p
    } else {
        let cwd = std::env::current_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        format!("{cwd}/{p}")
    };
    Ok(vm.new_string(norm(&full)))
}

/// `os.chdir`: changes the working directory of the whole process, as in CPython (so
/// every interpreter and thread in it sees the change).
fn chdir(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "chdir", 1, 1)?;
    let p = path_arg(vm, args.pos[0], "chdir")?;
    match std::env::set_current_dir(&p) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(crate::builtins::exceptions::raise_io(
            vm,
            &e,
            Some(args.pos[0]),
        )),
    }
}

fn cwd_string() -> String {
    std::env::current_dir()
        .map(|d| d.display().to_string())
        .unwrap_or_default()
}

/// The components of an absolute, normalised path (`posixpath.relpath`'s split).
fn abs_parts(p: &str) -> Vec<String> {
    let full = if p.starts_with('/') {
        p.to_string()
    } else {
        format!("{}/{p}", cwd_string())
    };
    norm(&full)
        .split('/')
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect()
}

/// `posixpath.relpath(path, start=os.curdir)`
fn relpath(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_pos(vm, "relpath", 1, 2)?;
    let p = str_arg(vm, args.pos[0])?;
    let start = match args.pos.get(1).copied().or(args.kwarg(vm.intern("start"))) {
        Some(Value::None) | None => ".".to_string(),
        Some(v) => str_arg(vm, v)?,
    };
    if p.is_empty() {
        return Err(vm.value_error("no path specified"));
    }
    let a = abs_parts(&start);
    let b = abs_parts(&p);
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out: Vec<&str> = vec![".."; a.len() - common];
    out.extend(b[common..].iter().map(String::as_str));
    if out.is_empty() {
        return Ok(vm.new_str("."));
    }
    Ok(vm.new_string(out.join("/")))
}

/// `posixpath.commonpath(paths)`
fn commonpath(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "commonpath", 1, 1)?;
    let items = crate::ops::iter::collect(vm, args.pos[0])?;
    if items.is_empty() {
        return Err(vm.value_error("commonpath() arg is an empty sequence"));
    }
    let mut paths = Vec::with_capacity(items.len());
    for v in items {
        paths.push(str_arg(vm, v)?);
    }
    let isabs = paths[0].starts_with('/');
    if paths.iter().any(|p| p.starts_with('/') != isabs) {
        return Err(vm.value_error("Can't mix absolute and relative paths"));
    }
    let split: Vec<Vec<&str>> = paths
        .iter()
        .map(|p| {
            p.split('/')
                .filter(|c| !c.is_empty() && *c != ".")
                .collect()
        })
        .collect();
    let mut common: Vec<&str> = Vec::new();
    'outer: for (i, c) in split[0].iter().enumerate() {
        for s in &split[1..] {
            if s.get(i) != Some(c) {
                break 'outer;
            }
        }
        common.push(c);
    }
    let prefix = if isabs { "/" } else { "" };
    Ok(vm.new_string(format!("{prefix}{}", common.join("/"))))
}
