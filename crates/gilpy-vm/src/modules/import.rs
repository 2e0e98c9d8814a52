//! The import system: `sys.modules` (a real dict, the cache every `import` consults),
//! `sys.path` (a real list, searched for `NAME.py` and `NAME/__init__.py`), modules run
//! from source files, and the built-in modules of [`crate::builtins::MODULES`].
//!
//! Search order follows CPython 3.11: modules that are compiled into CPython
//! (`sys`, `time`, `_thread`, ...) come first and cannot be shadowed; then each
//! `sys.path` entry (the script's directory first); then gilpy's library modules (those
//! written in Python, and Rust modules that CPython ships as files, such as `random`),
//! which stand where CPython's standard library directory is, so a user file of the same
//! name shadows them as it does in CPython. A directory without `__init__.py` is a
//! namespace package when nothing else of that name is found.
//!
//! A source module keeps its globals in the VM's global slot table under a key prefix
//! (`"name:"`, see `objects/code.rs`), so functions keep their fast slot lookups; the
//! module object reads and writes those slots live ([`module_get`], [`module_store`]).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::frame::FrameKind;
use crate::names::{FxHashMap, NameId};
use crate::object::Object;
use crate::ops::dictops;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};

/// Modules built into the CPython 3.11 executable (`sys.builtin_module_names`): they are
/// found before `sys.path` is searched.
const CPYTHON_BUILTINS: &[&str] = &[
    "_abc",
    "_ast",
    "_codecs",
    "_collections",
    "_functools",
    "_imp",
    "_io",
    "_locale",
    "_operator",
    "_signal",
    "_sre",
    "_stat",
    "_string",
    "_symtable",
    "_thread",
    "_tokenize",
    "_tracemalloc",
    "_warnings",
    "_weakref",
    "atexit",
    "builtins",
    "errno",
    "faulthandler",
    "gc",
    "itertools",
    "marshal",
    "posix",
    "pwd",
    "sys",
    "time",
    "xxsubtype",
];

/// Standard-library packages of CPython 3.11 (directories with `__init__.py`).
const CPYTHON_STDLIB_PACKAGES: &[&str] = &[
    "asyncio",
    "collections",
    "concurrent",
    "ctypes",
    "curses",
    "dbm",
    "email",
    "encodings",
    "html",
    "http",
    "importlib",
    "json",
    "logging",
    "multiprocessing",
    "re",
    "sqlite3",
    "tomllib",
    "unittest",
    "urllib",
    "wsgiref",
    "xml",
    "xmlrpc",
    "zoneinfo",
];

/// Is `name` compiled into CPython (found before `sys.path`)?
pub fn is_cpython_builtin(name: &str) -> bool {
    CPYTHON_BUILTINS.contains(&name)
}

/// The import system's state (in [`crate::state::VmState::imports`]).
#[derive(Default)]
pub struct ImportState {
    /// `sys.modules`.
    pub modules: Option<ObjRef>,
    /// `sys.path`.
    pub path: Option<ObjRef>,
    /// (module prefix, attribute name) → the prefixed global key.
    keys: FxHashMap<(NameId, NameId), NameId>,
    /// Global key prefixes already given out (a module imported again after being removed
    /// from `sys.modules` gets fresh globals, as in CPython).
    used_prefixes: HashSet<String>,
    /// Modules whose body is running (for the circular-import error message).
    initializing: Vec<String>,
    /// `exec`/`eval` namespaces given out so far (their prefixes are `<exec N>:`).
    pub exec_count: u64,
}

/// Creates `sys.modules` and `sys.path` (kept alive as interpreter handles).
pub(crate) fn init(vm: &mut Vm<'_>) {
    if vm.st.imports.modules.is_some() {
        return;
    }
    let d = vm.new_dict();
    let l = vm.new_list(Vec::new());
    vm.st.handles.push(d);
    vm.st.handles.push(l);
    vm.st.imports.modules = d.as_obj();
    vm.st.imports.path = l.as_obj();
    let known: Vec<(NameId, ObjRef)> = vm.st.modules.iter().map(|(k, v)| (*k, *v)).collect();
    for (k, m) in known {
        let name = vm.name(k).to_string();
        let key = vm.new_str(&name);
        if let Some(d) = d.as_obj() {
            let _ = dictops::dict_set(vm, d, key, Value::Obj(m));
        }
    }
}

/// `sys.modules`, created on first use.
pub fn modules_dict(vm: &mut Vm<'_>) -> ObjRef {
    init(vm);
    vm.st
        .imports
        .modules
        .unwrap_or_else(|| unreachable!("init creates sys.modules"))
}

/// `sys.path`, created on first use.
pub fn path_list(vm: &mut Vm<'_>) -> ObjRef {
    init(vm);
    vm.st
        .imports
        .path
        .unwrap_or_else(|| unreachable!("init creates sys.path"))
}

/// Puts the script's directory first on `sys.path` (once per interpreter): the directory
/// of `filename` when it names a file, else `''` (the current directory), as CPython
/// does for `python -c`.
pub(crate) fn set_script_path(vm: &mut Vm<'_>, filename: &str) {
    let l = path_list(vm);
    if matches!(vm.st.heap.get(l), Object::List(items) if !items.is_empty()) {
        return;
    }
    let p = Path::new(filename);
    let dir = if p.is_file() {
        let parent = p.parent().unwrap_or(Path::new(""));
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        std::fs::canonicalize(parent)
            .map(|d| d.display().to_string())
            .unwrap_or_default()
    } else {
        String::new()
    };
    let v = vm.new_str(&dir);
    if let Object::List(items) = vm.st.heap.get_mut(l) {
        items.insert(0, v);
    }
}

/// The module cached under `name` in `sys.modules`.
fn cached(vm: &mut Vm<'_>, name: &str) -> PyResult<Option<Value>> {
    let d = modules_dict(vm);
    let key = vm.new_str(name);
    dictops::dict_get(vm, d, key)
}

/// Records a module in `sys.modules` (and the VM's own table, which native code reads).
pub fn register(vm: &mut Vm<'_>, name: &str, m: ObjRef) -> PyResult<()> {
    let d = modules_dict(vm);
    let key = vm.new_str(name);
    dictops::dict_set(vm, d, key, Value::Obj(m))?;
    let id = vm.intern(name);
    vm.st.modules.insert(id, m);
    Ok(())
}

fn unregister(vm: &mut Vm<'_>, name: &str) {
    let d = modules_dict(vm);
    let key = vm.new_str(name);
    let _ = dictops::dict_remove(vm, d, key);
    let id = vm.intern(name);
    vm.st.modules.remove(&id);
}

/// A fresh global-key prefix for module `name`.
pub fn unique_prefix(vm: &mut Vm<'_>, name: &str) -> Arc<str> {
    let mut p = format!("{name}:");
    let mut n = 2;
    while vm.st.imports.used_prefixes.contains(&p) {
        p = format!("{name}#{n}:");
        n += 1;
    }
    vm.st.imports.used_prefixes.insert(p.clone());
    Arc::from(p)
}

/// The module name a global-key prefix belongs to (`"pkg.mod#2:"` → `"pkg.mod"`).
pub fn module_name_of_prefix(prefix: &str) -> &str {
    let p = prefix.strip_suffix(':').unwrap_or(prefix);
    match p.rfind('#') {
        Some(i) if p[i + 1..].bytes().all(|b| b.is_ascii_digit()) => &p[..i],
        _ => p,
    }
}

/// What `__module__` is for code whose globals use `prefix`: that namespace's
/// `__name__` (`"builtins"` when it has none, as CPython finds it).
pub fn module_name_for(vm: &mut Vm<'_>, prefix: Option<&str>) -> Arc<str> {
    let Some(p) = prefix else {
        return Arc::from("__main__");
    };
    let key = vm.intern(&format!("{p}__name__"));
    match vm.st.globals.get(key) {
        Some(v) => Arc::from(vm.as_str(v).unwrap_or(module_name_of_prefix(p))),
        None => Arc::from("builtins"),
    }
}

/// The global key of attribute `name` of the module with prefix `prefix`.
pub fn prefixed_key(vm: &mut Vm<'_>, prefix: NameId, name: NameId) -> NameId {
    if let Some(k) = vm.st.imports.keys.get(&(prefix, name)) {
        return *k;
    }
    let key = format!("{}{}", vm.name(prefix), vm.name(name));
    let id = vm.intern(&key);
    vm.st.imports.keys.insert((prefix, name), id);
    id
}

/// Attribute `name` of a source module (its live global).
pub fn module_get(vm: &mut Vm<'_>, prefix: NameId, name: NameId) -> Option<Value> {
    let key = prefixed_key(vm, prefix, name);
    vm.st.globals.get(key)
}

/// Sets a module attribute (and the global behind it, for source modules).
pub fn module_store(vm: &mut Vm<'_>, m: ObjRef, name: NameId, v: Value) {
    let prefix = match vm.st.heap.get_mut(m) {
        Object::Module(obj) => {
            obj.attrs.insert(name, v);
            obj.prefix
        }
        _ => None,
    };
    if let Some(p) = prefix {
        let key = prefixed_key(vm, p, name);
        let s = vm.st.globals.slot(key) as usize;
        vm.st.globals.slots[s] = v;
        crate::builtins::evalexec::sync_slot(vm, s);
    }
}

/// Removes a module attribute; false when it was not there.
pub fn module_delete(vm: &mut Vm<'_>, m: ObjRef, name: NameId) -> bool {
    let (had, prefix) = match vm.st.heap.get_mut(m) {
        Object::Module(obj) => (obj.attrs.remove(&name).is_some(), obj.prefix),
        _ => (false, None),
    };
    let Some(p) = prefix else { return had };
    let key = prefixed_key(vm, p, name);
    let live = vm.st.globals.get(key).is_some();
    if live {
        let s = vm.st.globals.slot(key) as usize;
        vm.st.globals.slots[s] = Value::Undef;
        crate::builtins::evalexec::sync_slot(vm, s);
    }
    had || live
}

/// The bound globals of a namespace: `prefix` `None` is `__main__`'s.
pub fn namespace_items(vm: &Vm<'_>, prefix: Option<&str>) -> Vec<(String, Value)> {
    vm.st
        .globals
        .bound()
        .filter_map(|(id, v)| {
            let full = vm.st.names.name(id);
            match prefix {
                Some(p) => full.strip_prefix(p).map(|s| (s.to_string(), v)),
                // Prefixed keys contain ':', which no identifier does.
                None => (!full.contains(':')).then(|| (full.to_string(), v)),
            }
        })
        .collect()
}

/// `module.__dict__` / `vars(module)`: for `__main__` and modules run from source, the
/// module's one globals dict (see `evalexec::module_globals`); for a native module, a
/// new dict of its attributes.
pub fn module_dict(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<Value> {
    let (is_main, prefix, attrs) = match vm.st.heap.get(m) {
        Object::Module(obj) => (
            obj.is_main,
            obj.prefix,
            obj.attrs.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(),
        ),
        _ => return Ok(vm.new_dict()),
    };
    // A module whose code runs here: the same dict as its functions' `__globals__`
    // and its own `globals()` (doctest finds a module's functions by that identity).
    if is_main || prefix.is_some() {
        let p = prefix.map(|p| vm.name(p).to_string());
        let d = crate::builtins::evalexec::module_globals(vm, p.as_deref())?;
        if let Some(r) = d.as_obj() {
            // Attributes set natively and never bound as globals.
            for (k, v) in attrs {
                let n = vm.name(k);
                let k = vm.new_str(&n);
                if !dictops::dict_contains(vm, r, k)? {
                    dictops::dict_set(vm, r, k, v)?;
                }
            }
        }
        return Ok(d);
    }
    vm.st.inplace_strings = false;
    let d = vm.new_dict();
    if let Some(r) = d.as_obj() {
        for (k, v) in attrs {
            let n = vm.name(k);
            let k = vm.new_str(&n);
            dictops::dict_set(vm, r, k, v)?;
        }
    }
    Ok(d)
}

/// `import a.b.c`: loads every level and returns the top package (`a`).
pub fn import_name(vm: &mut Vm<'_>, full: &str) -> PyResult<Value> {
    let leaf = load(vm, full)?;
    match full.split_once('.') {
        None => Ok(leaf),
        Some((top, _)) => load(vm, top),
    }
}

/// `from .m import ...` (the name keeps its dots): resolves it against the importing
/// module's `__package__` as CPython's `importlib._bootstrap._resolve_name` does, and
/// returns the named module itself (not its top package).
pub fn import_relative(vm: &mut Vm<'_>, name: NameId, prefix: Option<Arc<str>>) -> PyResult<Value> {
    let rel = vm.name(name).to_string();
    let level = rel.len() - rel.trim_start_matches('.').len();
    let rest = &rel[level..];
    let package = match &prefix {
        Some(p) => {
            let key = vm.intern(&format!("{p}__package__"));
            match vm.st.globals.get(key) {
                Some(v) => vm.as_str(v).map(str::to_string),
                None => None,
            }
        }
        None => None,
    };
    let c = vm.st.types.import_error;
    let package = match package {
        Some(p) if !p.is_empty() => p,
        _ => {
            let msg = "attempted relative import with no known parent package";
            return Err(vm.error(c, msg));
        }
    };
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(vm.error(c, "attempted relative import beyond top-level package"));
    }
    let base = bits[bits.len() - 1];
    let full = if rest.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{rest}")
    };
    load(vm, &full)
}

/// `from m import name`: the attribute, else the submodule `m.name` of a package.
pub fn import_from(vm: &mut Vm<'_>, m: Value, name: NameId) -> PyResult<Value> {
    if let Some(v) = crate::ops::attr::try_get_attr(vm, m, name)? {
        return Ok(v);
    }
    let n = vm.name(name).to_string();
    let (mn, file) = match vm.obj(m) {
        Some(Object::Module(obj)) => (obj.name.to_string(), obj.file.clone()),
        _ => {
            let mn = crate::ops::attr::get_attr(vm, m, crate::names::sym::__name__)?;
            (vm.as_str(mn).unwrap_or("?").to_string(), None)
        }
    };
    if is_package(vm, m) {
        let full = format!("{mn}.{n}");
        match load(vm, &full) {
            Ok(v) => return Ok(v),
            Err(Throw::Exc(e))
                if vm.isinstance(Value::Obj(e), vm.st.types.module_not_found_error) => {}
            Err(e) => return Err(e),
        }
    }
    let location = match file {
        Some(f) => f.to_string(),
        None => "unknown location".to_string(),
    };
    let c = vm.st.types.import_error;
    let msg = if vm.st.imports.initializing.contains(&mn) {
        format!(
            "cannot import name '{n}' from partially initialized module '{mn}' \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{n}' from '{mn}' ({location})")
    };
    Err(vm.error(c, msg))
}

/// Does `m` have submodules (a `__path__`, or built-in modules under its name)?
fn is_package(vm: &mut Vm<'_>, m: Value) -> bool {
    let Some(Object::Module(obj)) = vm.obj(m) else {
        return false;
    };
    let name = obj.name.clone();
    let prefix = format!("{name}.");
    if vm
        .st
        .module_defs
        .iter()
        .any(|d| d.name.starts_with(&prefix))
    {
        return true;
    }
    package_dirs(vm, m).is_some()
}

/// The directories of a package's `__path__`, `None` for a plain module.
fn package_dirs(vm: &mut Vm<'_>, m: Value) -> Option<Vec<String>> {
    let id = vm.intern("__path__");
    let p = crate::ops::attr::try_get_attr(vm, m, id).ok()??;
    match vm.obj(p) {
        Some(Object::List(items)) => Some(
            items
                .iter()
                .filter_map(|v| vm.as_str(*v).map(str::to_string))
                .collect(),
        ),
        _ => None,
    }
}

/// The entries of `sys.path` that are strings.
fn search_path(vm: &mut Vm<'_>) -> Vec<String> {
    let l = path_list(vm);
    match vm.st.heap.get(l) {
        Object::List(items) => items
            .clone()
            .iter()
            .filter_map(|v| vm.as_str(*v).map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// What a directory holds under a module name.
enum Found {
    Module(PathBuf),
    Package(PathBuf, PathBuf),
}

/// Looks for `leaf` in `dirs`; also returns the first directory without `__init__.py`
/// (a namespace package candidate).
fn find_in(dirs: &[String], leaf: &str) -> (Option<Found>, Option<PathBuf>) {
    let mut namespace = None;
    for d in dirs {
        let base = if d.is_empty() {
            std::env::current_dir().unwrap_or_default()
        } else {
            let p = PathBuf::from(d);
            if p.is_absolute() {
                p
            } else {
                std::env::current_dir().unwrap_or_default().join(p)
            }
        };
        let pkg = base.join(leaf);
        if pkg.is_dir() {
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return (Some(Found::Package(pkg, init)), namespace);
            }
        }
        let file = base.join(format!("{leaf}.py"));
        if file.is_file() {
            return (Some(Found::Module(file)), namespace);
        }
        if pkg.is_dir() && namespace.is_none() {
            namespace = Some(pkg);
        }
    }
    (None, namespace)
}

/// Imports module `name` (a dotted name loads its parents first) or returns it from
/// `sys.modules`.
pub fn load(vm: &mut Vm<'_>, name: &str) -> PyResult<Value> {
    if let Some(v) = cached(vm, name)? {
        if v.is(Value::None) {
            let c = vm.st.types.module_not_found_error;
            return Err(vm.error(c, format!("import of {name} halted; None in sys.modules")));
        }
        return Ok(v);
    }
    let (parent, leaf, dirs) = match name.rsplit_once('.') {
        Some((pkg, leaf)) => {
            let p = load(vm, pkg)?;
            // The package's `__init__` may have imported it meanwhile.
            if let Some(v) = cached(vm, name)? {
                return Ok(v);
            }
            let dirs = package_dirs(vm, p);
            if dirs.is_none() && !is_package(vm, p) {
                // Library modules that are packages in CPython (gilpy's are single files)
                // have no such submodule there: CPython's plain message.
                let msg = if CPYTHON_STDLIB_PACKAGES.contains(&pkg) {
                    format!("No module named '{name}'")
                } else {
                    format!("No module named '{name}'; '{pkg}' is not a package")
                };
                return Err(not_found(vm, name, msg));
            }
            (Some(p), leaf, dirs.unwrap_or_default())
        }
        None => {
            if CPYTHON_BUILTINS.contains(&name) {
                if let Some(def) = vm.st.module_defs.iter().find(|d| d.name == name).copied() {
                    return load_builtin(vm, name, Some(def));
                }
            }
            let dirs = search_path(vm);
            (None, name, dirs)
        }
    };
    let (found, namespace) = find_in(&dirs, leaf);
    let m = match found {
        Some(Found::Module(file)) => load_source(vm, name, &file, None)?,
        Some(Found::Package(dir, init)) => load_source(vm, name, &init, Some(&dir))?,
        None => {
            let def = vm.st.module_defs.iter().find(|d| d.name == name).copied();
            let prefix = format!("{name}.");
            let has_children = vm
                .st
                .module_defs
                .iter()
                .any(|d| d.name.starts_with(&prefix));
            if def.is_some() || has_children {
                load_builtin(vm, name, def)?
            } else if let Some(dir) = namespace {
                load_namespace(vm, name, &dir)?
            } else {
                return Err(not_found(vm, name, format!("No module named '{name}'")));
            }
        }
    };
    if let (Some(Value::Obj(p)), Some(_)) = (parent, m.as_obj()) {
        let id = vm.intern(leaf);
        module_store(vm, p, id, m);
    }
    Ok(m)
}

/// What [`locate`] finds: the origin (a path, `"built-in"`, `None` for a namespace
/// package) and, for a package, its submodule search directories.
pub type Located = (Option<String>, Option<Vec<String>>);

/// Where `import name` would find the module, without running it (for
/// `importlib.util.find_spec`): `(origin, submodule search dirs)`; `None` when nothing
/// is found. A dotted name imports its parent package first, as CPython's does.
pub fn locate(vm: &mut Vm<'_>, name: &str) -> PyResult<Option<Located>> {
    if let Some(m) = cached(vm, name)? {
        let file = match vm.obj(m) {
            Some(Object::Module(obj)) => obj.file.as_deref().map(str::to_string),
            _ => None,
        };
        let dirs = package_dirs(vm, m);
        return Ok(Some((
            Some(file.unwrap_or_else(|| "built-in".into())),
            dirs,
        )));
    }
    let (leaf, dirs) = match name.rsplit_once('.') {
        Some((pkg, leaf)) => {
            let p = load(vm, pkg)?;
            match package_dirs(vm, p) {
                Some(d) => (leaf, d),
                None if is_package(vm, p) => (leaf, Vec::new()),
                None => return Ok(None),
            }
        }
        None => {
            if CPYTHON_BUILTINS.contains(&name) {
                return Ok(Some((Some("built-in".into()), None)));
            }
            (name, search_path(vm))
        }
    };
    let (found, namespace) = find_in(&dirs, leaf);
    Ok(match found {
        Some(Found::Module(f)) => Some((Some(f.display().to_string()), None)),
        Some(Found::Package(d, init)) => Some((
            Some(init.display().to_string()),
            Some(vec![d.display().to_string()]),
        )),
        None if vm.st.module_defs.iter().any(|d| d.name == name) => {
            Some((Some("built-in".into()), None))
        }
        None => namespace.map(|d| (None, Some(vec![d.display().to_string()]))),
    })
}

/// `importlib.reload(m)`: runs a source module's file again in its own globals (so
/// names it no longer binds keep their old values, as in CPython). Other modules are
/// returned as they are.
pub fn reload(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<Value> {
    run_module_file(vm, m, true)
}

/// Runs a source module's file in its globals; `registered`: it must be the module
/// `sys.modules` holds under its name (`reload`), else anywhere (`exec_module`).
pub fn run_module_file(vm: &mut Vm<'_>, m: ObjRef, registered: bool) -> PyResult<Value> {
    let (name, prefix, file) = match vm.st.heap.get(m) {
        Object::Module(obj) => (obj.name.clone(), obj.prefix, obj.file.clone()),
        _ => return Err(vm.type_error("reload() argument must be a module")),
    };
    let (Some(p), Some(file)) = (prefix, file) else {
        return Ok(Value::Obj(m));
    };
    let in_modules = cached(vm, &name)?.is_some_and(|v| v.is(Value::Obj(m)));
    if registered && !in_modules {
        let c = vm.st.types.import_error;
        return Err(vm.error(c, format!("module {name} not in sys.modules")));
    }
    let code = read_and_compile(vm, Path::new(&*file))?;
    let prefix: Arc<str> = Arc::from(vm.name(p).as_ref());
    exec_source(vm, &name, m, &code, &prefix)?;
    Ok(Value::Obj(m))
}

/// A module of [`crate::builtins::MODULES`] (or an empty package holding some).
fn load_builtin(
    vm: &mut Vm<'_>,
    name: &str,
    def: Option<crate::builtins::ModuleDef>,
) -> PyResult<Value> {
    let m = vm.new_module(name);
    let n = vm.new_str(name);
    vm.module_set(m, "__name__", n);
    register(vm, name, m)?;
    if let Some(def) = def {
        if let Err(e) = (def.init)(vm, m) {
            unregister(vm, name);
            return Err(e);
        }
    }
    // A module written in Python has its docstring by now; a native one gets CPython's.
    let has_doc = matches!(vm.st.heap.get(m), Object::Module(o) if o.attrs.contains_key(&crate::names::sym::__doc__));
    if !has_doc {
        let doc = match name {
            "math" => vm.new_str(
                "This module provides access to the mathematical functions\ndefined by the C standard.",
            ),
            _ => Value::None,
        };
        vm.module_set(m, "__doc__", doc);
    }
    Ok(cached(vm, name)?.unwrap_or(Value::Obj(m)))
}

/// A directory without `__init__.py`.
fn load_namespace(vm: &mut Vm<'_>, name: &str, dir: &Path) -> PyResult<Value> {
    let m = vm.new_module(name);
    let n = vm.new_str(name);
    vm.module_set(m, "__name__", n);
    let d = vm.new_str(&dir.display().to_string());
    let l = vm.new_list(vec![d]);
    vm.module_set(m, "__path__", l);
    vm.module_set(m, "__file__", Value::None);
    register(vm, name, m)?;
    Ok(Value::Obj(m))
}

/// Runs a `.py` file as module `name` (`pkg_dir` is set for a package's `__init__.py`).
fn load_source(
    vm: &mut Vm<'_>,
    name: &str,
    file: &Path,
    pkg_dir: Option<&Path>,
) -> PyResult<Value> {
    let code = read_and_compile(vm, file)?;
    let (m, prefix) = new_source_module(vm, name, file, pkg_dir, &code);
    register(vm, name, m)?;
    if let Err(e) = exec_source(vm, name, m, &code, &prefix) {
        unregister(vm, name);
        return Err(e);
    }
    Ok(cached(vm, name)?.unwrap_or(Value::Obj(m)))
}

/// Reads and compiles a module's source file (keeping the text for tracebacks).
pub(crate) fn read_and_compile(
    vm: &mut Vm<'_>,
    file: &Path,
) -> PyResult<Arc<gilpy_compiler::bytecode::Code>> {
    let filename = file.display().to_string();
    let source = match std::fs::read(file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            let c = vm.st.types.import_error;
            return Err(vm.error(c, format!("cannot read {filename}: {e}")));
        }
    };
    let code =
        gilpy_compiler::compile_source(&source, &filename).map_err(|e| syntax_error(vm, &e))?;
    vm.st
        .sources
        .insert(Arc::from(filename.as_str()), Arc::from(source.as_str()));
    Ok(code)
}

/// A module object for source file `file` with fresh globals and its dunders set (not
/// yet in `sys.modules`); returns it and its global-key prefix.
pub(crate) fn new_source_module(
    vm: &mut Vm<'_>,
    name: &str,
    file: &Path,
    pkg_dir: Option<&Path>,
    code: &gilpy_compiler::bytecode::Code,
) -> (ObjRef, Arc<str>) {
    let filename = file.display().to_string();
    let prefix = unique_prefix(vm, name);
    let prefix_id = vm.intern(&prefix);
    let m = vm.new_module(name);
    let file_arc: Arc<str> = Arc::from(filename.as_str());
    if let Object::Module(obj) = vm.st.heap.get_mut(m) {
        obj.prefix = Some(prefix_id);
        obj.file = Some(file_arc);
    }
    let package = match pkg_dir {
        Some(_) => name.to_string(),
        None => name.rsplit_once('.').map_or("", |(p, _)| p).to_string(),
    };
    let mut dunders = vec![
        ("__name__", vm.new_str(name)),
        ("__file__", vm.new_str(&filename)),
        ("__package__", vm.new_str(&package)),
        ("__doc__", Value::None),
    ];
    if let Some(d) = crate::builtins::classes::code_doc(code) {
        dunders[3].1 = vm.new_str(&d);
    }
    if let Some(dir) = pkg_dir {
        let d = vm.new_str(&dir.display().to_string());
        dunders.push(("__path__", vm.new_list(vec![d])));
    }
    for (k, v) in dunders {
        let id = vm.intern(k);
        module_store(vm, m, id, v);
    }
    (m, prefix)
}

/// Runs a source module's code in its globals (`prefix`), then mirrors them into its
/// attribute table (for `from m import *` and native readers).
pub(crate) fn exec_source(
    vm: &mut Vm<'_>,
    name: &str,
    m: ObjRef,
    code: &Arc<gilpy_compiler::bytecode::Code>,
    prefix: &Arc<str>,
) -> PyResult<()> {
    vm.st.imports.initializing.push(name.to_string());
    let r = run_code(vm, code, Some(prefix.clone()));
    vm.st.imports.initializing.pop();
    r?;
    for (k, v) in namespace_items(vm, Some(prefix)) {
        vm.module_set(m, &k, v);
    }
    Ok(())
}

/// Runs compiled module-level code whose globals live under `prefix` (`None`:
/// `__main__`'s), returning what the code returns.
pub fn run_code(
    vm: &mut Vm<'_>,
    code: &Arc<gilpy_compiler::bytecode::Code>,
    prefix: Option<Arc<str>>,
) -> PyResult<Value> {
    let saved = std::mem::replace(&mut vm.st.globals_prefix, prefix);
    let data = crate::objects::code::load(vm, code);
    vm.st.globals_prefix = saved;
    let base = vm.th.stack.len();
    let need = data.nlocals + data.ncells;
    vm.th.stack.extend(std::iter::repeat_n(Value::Undef, need));
    crate::call::push_frame(vm, data.id, base, base, FrameKind::Entry);
    let r = crate::eval::run(vm);
    vm.th.stack.truncate(base);
    r
}

/// A `SyntaxError` exception for a compile error at run time (`import`, `exec`, `eval`).
pub fn syntax_error(vm: &mut Vm<'_>, e: &gilpy_compiler::SyntaxError) -> Throw {
    // `IndentationError` and `TabError` are subclasses: raise the one the parser named.
    let id = vm.intern(e.kind.name());
    let cls = vm
        .st
        .builtins
        .get(id)
        .and_then(|v| v.as_obj())
        .unwrap_or(vm.st.types.exception);
    let text = format!("{} ({}, line {})", e.msg, e.filename, e.line);
    let exc = vm.new_exception(cls, Some(text));
    let fields = [
        ("msg", vm.new_str(&e.msg)),
        ("filename", vm.new_str(&e.filename)),
        ("lineno", Value::Int(e.line as i64)),
    ];
    for (k, v) in fields {
        let id = vm.intern(k);
        if let Object::Instance(inst) = vm.st.heap.get_mut(exc) {
            inst.set_attr(id, v);
        }
    }
    Throw::Exc(exc)
}

/// `ModuleNotFoundError(msg)` with its `name` attribute set, as CPython's.
fn not_found(vm: &mut Vm<'_>, name: &str, msg: String) -> crate::Throw {
    let c = vm.st.types.module_not_found_error;
    let exc = vm.new_exception(c, Some(msg));
    let key = vm.intern("name");
    let n = vm.new_str(name);
    if let crate::object::Object::Instance(i) = vm.st.heap.get_mut(exc) {
        crate::ops::attr_cache::note_instance_name(key);
        i.attrs.push((key, n));
    }
    crate::Throw::Exc(exc)
}
