//! `eval`, `exec`, `compile`, `globals`, `locals`: source compiled at run time.
//!
//! Globals live in the VM's slot table (a module's under its key prefix, see
//! `modules/import.rs`), not in dicts, so:
//! - `exec`/`eval` without a globals dict, called at module level, run in that module's
//!   namespace (assignments create module globals, as in CPython); called inside a
//!   function they read a snapshot of the module's globals and the function's locals,
//!   and their assignments are dropped.
//! - With a globals dict they run in a fresh namespace filled from the dict (and the
//!   locals dict), and every name bound there at the end is written back to the locals
//!   dict if one was given, else to the globals dict. Functions defined by that code
//!   keep reading the namespace, not the dict.
//! - `globals()` returns one dict per module, refreshed from the variables at each call;
//!   writes to it (`globals()[name] = v`, `update`, `del`, `pop`, `clear`) go through
//!   to the variables. `locals()` in a function returns a new dict, as in CPython
//!   writing to it changes no variable.

use std::sync::Arc;

use gilpy_compiler::bytecode::{Code, CodeKind};

use crate::builtins::{Args, NativeDef};
use crate::modules::import;
use crate::object::Object;
use crate::ops::dictops;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

pub const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("eval", eval),
    NativeDef::new("exec", exec),
    NativeDef::new("compile", compile),
    NativeDef::new("globals", globals),
    NativeDef::new("locals", locals),
];

/// The calling frame's code (natives push no frame of their own).
fn caller_code(vm: &Vm<'_>) -> Option<Arc<crate::objects::code::CodeData>> {
    let f = vm.th.frames.last()?;
    vm.st.codes.get(f.code_id as usize).cloned()
}

/// The caller's global-key prefix (`None`: `__main__`).
fn caller_prefix(vm: &Vm<'_>) -> Option<Arc<str>> {
    caller_code(vm).and_then(|c| c.globals_prefix.clone())
}

/// A dict of `(name, value)` pairs.
fn to_dict(vm: &mut Vm<'_>, items: Vec<(String, Value)>) -> PyResult<Value> {
    let d = vm.new_dict();
    if let Some(r) = d.as_obj() {
        for (k, v) in items {
            let k = vm.new_str(&k);
            dictops::dict_set(vm, r, k, v)?;
        }
    }
    Ok(d)
}

/// The calling function's bound local variables (cells included), in CPython's order.
fn frame_locals(vm: &Vm<'_>) -> Vec<(String, Value)> {
    frame_locals_at(vm, vm.th.frames.len().wrapping_sub(1))
}

/// The bound local variables of the thread's frame `i` (0: outermost).
pub(crate) fn frame_locals_at(vm: &Vm<'_>, i: usize) -> Vec<(String, Value)> {
    let Some(f) = vm.th.frames.get(i) else {
        return Vec::new();
    };
    let Some(code) = vm.st.codes.get(f.code_id as usize).cloned() else {
        return Vec::new();
    };
    let base = f.base as usize;
    let c = &code.code;
    let mut out = Vec::new();
    let cells = c.cellvars.iter().chain(c.freevars.iter());
    for (i, name) in c.varnames.iter().map(|n| &**n).enumerate() {
        // A cell variable's local slot is unused: the cell holds it.
        if c.cellvars.iter().any(|cv| &**cv == name) {
            continue;
        }
        match vm.th.stack.get(base + i) {
            Some(v) if !v.is_undef() => out.push((name.to_string(), *v)),
            _ => {}
        }
    }
    for (i, name) in cells.enumerate() {
        let slot = vm.th.stack.get(base + code.nlocals + i).copied();
        let v = match slot.and_then(|s| vm.obj(s)) {
            Some(Object::Cell(v)) => *v,
            _ => continue,
        };
        if !v.is_undef() {
            out.push((name.to_string(), v));
        }
    }
    out
}

fn in_function(vm: &Vm<'_>) -> bool {
    caller_code(vm).is_some_and(|c| c.code.kind != CodeKind::Module)
}

/// `globals()`
fn globals(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "globals", 0, 0)?;
    // The dict hands out every variable's value (see `VmState::inplace_strings`).
    vm.st.inplace_strings = false;
    let p = caller_prefix(vm);
    module_globals(vm, p.as_deref())
}

/// The globals dict of the module whose variables live under `prefix` (`None`:
/// `__main__`): one dict per module, refreshed from the module's variables at each
/// request, so `globals()` and `f.__globals__` are the same object (writes to it do not
/// reach the variables). Names the previous refresh put there and that are gone now
/// are removed; keys put there by other code stay.
pub fn module_globals(vm: &mut Vm<'_>, prefix: Option<&str>) -> PyResult<Value> {
    // The dict hands out every variable's value (see `VmState::inplace_strings`).
    vm.st.inplace_strings = false;
    let items = import::namespace_items(vm, prefix);
    let holder = vm.st.types.function;
    let key = vm.intern(&format!(" globals:{}", prefix.unwrap_or("")));
    let names_key = vm.intern(&format!(" globals-names:{}", prefix.unwrap_or("")));
    let found = vm
        .class(holder)
        .map(|c| (c.dict.get(&key).copied(), c.dict.get(&names_key).copied()));
    // Made once per module (so the class dict, and the type epoch, change only then).
    let (d, names_list) = match found {
        Some((Some(d), Some(l))) => (d, l),
        _ => {
            let d = vm.new_dict();
            let l = vm.new_list(Vec::new());
            if let Object::Class(c) = vm.st.heap.get_mut(holder) {
                c.dict.insert(key, d);
                c.dict.insert(names_key, l);
            }
            if let Some(r) = d.as_obj() {
                vm.st.globals_dicts.push((r, prefix.map(Arc::from)));
            }
            (d, l)
        }
    };
    let (Some(dr), Some(lr)) = (d.as_obj(), names_list.as_obj()) else {
        return to_dict(vm, items);
    };
    let old: Vec<Value> = match vm.st.heap.get(lr) {
        Object::List(l) => l.clone(),
        _ => Vec::new(),
    };
    let current: std::collections::HashSet<&str> = items.iter().map(|(n, _)| n.as_str()).collect();
    let gone: Vec<Value> = old
        .into_iter()
        .filter(|k| vm.as_str(*k).is_some_and(|s| !current.contains(s)))
        .collect();
    for k in gone {
        dictops::dict_remove(vm, dr, k)?;
    }
    let mut names = Vec::with_capacity(items.len());
    for (k, v) in items {
        let k = vm.new_str(&k);
        names.push(k);
        dictops::dict_set(vm, dr, k, v)?;
    }
    if let Object::List(l) = vm.st.heap.get_mut(lr) {
        *l = names;
    }
    Ok(d)
}

/// A store to (`Some`) or removal from (`None`) dict `d` under `key`: when `d` is a
/// module's `globals()` dict and `key` a str, the module variable follows.
/// Free until a script calls `globals()`: one length test.
#[inline]
pub fn write_through(vm: &mut Vm<'_>, d: ObjRef, key: Value, value: Option<Value>) {
    if !vm.st.globals_dicts.is_empty() {
        write_through_dict(vm, d, key, value);
    }
}

#[cold]
fn write_through_dict(vm: &mut Vm<'_>, d: ObjRef, key: Value, value: Option<Value>) {
    let Some(prefix) = vm
        .st
        .globals_dicts
        .iter()
        .find(|(r, _)| *r == d)
        .map(|(_, p)| p.clone())
    else {
        return;
    };
    let Some(name) = vm.as_str(key).map(|s| s.to_string()) else {
        return;
    };
    let full = match prefix {
        Some(p) => vm.intern(&format!("{p}{name}")),
        None => vm.intern(&name),
    };
    let slot = vm.st.globals.slot(full) as usize;
    let old = std::mem::replace(
        &mut vm.st.globals.slots[slot],
        value.unwrap_or(Value::Undef),
    );
    crate::gc_finalize::dropping(vm, old);
}

/// Global slot `slot` was just bound or unbound by code: a `globals()` dict of its
/// module follows, so a dict fetched earlier reads the variable's current value.
/// Free until a script calls `globals()`: one length test.
#[inline]
pub fn sync_slot(vm: &mut Vm<'_>, slot: usize) {
    if !vm.st.globals_dicts.is_empty() {
        sync_dict_slot(vm, slot);
    }
}

#[cold]
fn sync_dict_slot(vm: &mut Vm<'_>, slot: usize) {
    let (Some(&id), Some(&v)) = (vm.st.globals.names.get(slot), vm.st.globals.slots.get(slot))
    else {
        return;
    };
    let full = vm.st.names.name(id);
    let found = vm.st.globals_dicts.iter().find_map(|(d, p)| match p {
        Some(p) => full.strip_prefix(&**p).map(|n| (*d, n.to_string())),
        None => (!full.contains(':')).then(|| (*d, full.to_string())),
    });
    let Some((d, name)) = found else { return };
    let k = vm.new_str(&name);
    // Str keys hash and compare without running Python code: these cannot fail.
    let _ = if v.is_undef() {
        dictops::dict_discard(vm, d, k).map(|_| ())
    } else {
        dictops::dict_store(vm, d, k, v)
    };
}

/// What `dir()` without an argument lists: the caller's local names (a function's
/// locals, else its module's globals), sorted. For `__main__` it adds the dunders
/// CPython's main module always binds, which gilpy does not keep as variables.
pub(crate) fn scope_names(vm: &Vm<'_>) -> Vec<String> {
    let mut names: Vec<String> = if in_function(vm) {
        frame_locals(vm).into_iter().map(|(k, _)| k).collect()
    } else {
        let p = caller_prefix(vm);
        let mut n: Vec<String> = import::namespace_items(vm, p.as_deref())
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        if p.is_none() {
            for extra in MAIN_DUNDERS {
                n.push(extra.to_string());
            }
        }
        n
    };
    names.sort();
    names.dedup();
    names
}

/// The names CPython's `__main__` module binds before the script runs.
const MAIN_DUNDERS: [&str; 9] = [
    "__annotations__",
    "__builtins__",
    "__cached__",
    "__doc__",
    "__file__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
];

/// `locals()`
pub(crate) fn locals(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "locals", 0, 0)?;
    if !in_function(vm) {
        return globals(vm, args);
    }
    vm.st.inplace_strings = false;
    let items = frame_locals(vm);
    to_dict(vm, items)
}

/// What to run: compiled text, or a code object from `compile()`.
fn source_code(vm: &mut Vm<'_>, src: Value, fname: &str, eval_mode: bool) -> PyResult<Arc<Code>> {
    // Code compiled now may load any variable without the `*Shared` loads.
    vm.st.inplace_strings = false;
    if let Some(Object::Code(data)) = vm.obj(src) {
        return Ok(data.code.clone());
    }
    let Some(text) = vm.as_str(src).map(str::to_string) else {
        return Err(vm.type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        )));
    };
    let mode = if eval_mode { Mode::Eval } else { Mode::Exec };
    compile_text(vm, &text, "<string>", mode)
}

/// `compile()`'s modes.
#[derive(Clone, Copy)]
enum Mode {
    Exec,
    Eval,
    /// Expression statements print their values (`sys.displayhook`).
    Single,
}

fn compile_text(vm: &mut Vm<'_>, text: &str, filename: &str, mode: Mode) -> PyResult<Arc<Code>> {
    let r = match mode {
        Mode::Eval => gilpy_compiler::compile_eval_source(text, filename),
        Mode::Exec => gilpy_compiler::compile_source(text, filename),
        Mode::Single => gilpy_compiler::compile_interactive_source(text, filename),
    };
    let code = r.map_err(|e| import::syntax_error(vm, &e))?;
    vm.st.sources.insert(Arc::from(filename), Arc::from(text));
    Ok(code)
}

/// The dict argument at `i` (`None` when absent or `None`).
fn dict_arg(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    i: usize,
    what: &str,
    fname: &str,
) -> PyResult<Option<ObjRef>> {
    let kw = match what {
        "globals" => vm.intern("globals"),
        _ => vm.intern("locals"),
    };
    let v = args.get(i).or_else(|| args.kwarg(kw));
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.obj(v) {
            Some(Object::Dict(_)) => Ok(v.as_obj()),
            _ if what == "locals" => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("locals must be a mapping, not {t}")))
            }
            _ => {
                let t = vm.type_name(v);
                Err(vm.type_error(if fname == "exec" {
                    format!("exec() globals must be a dict, not {t}")
                } else {
                    format!("globals must be a dict, not {t}")
                }))
            }
        },
    }
}

/// Runs `code` as `eval`/`exec` do (see the module docs for the namespaces).
fn run(vm: &mut Vm<'_>, code: &Arc<Code>, g: Option<ObjRef>, l: Option<ObjRef>) -> PyResult<Value> {
    if g.is_none() && l.is_none() && !in_function(vm) {
        let p = caller_prefix(vm);
        return import::run_code(vm, code, p);
    }
    vm.st.imports.exec_count += 1;
    let prefix: Arc<str> = Arc::from(format!("<exec {}>:", vm.st.imports.exec_count));
    let mut seed: Vec<(String, Value)> = Vec::new();
    match g {
        Some(d) => {
            for (k, v) in dictops::dict_items(vm, d) {
                if let Some(k) = vm.as_str(k) {
                    seed.push((k.to_string(), v));
                }
            }
        }
        None => {
            let p = caller_prefix(vm);
            seed.extend(import::namespace_items(vm, p.as_deref()));
            seed.extend(frame_locals(vm));
        }
    }
    if let Some(d) = l {
        for (k, v) in dictops::dict_items(vm, d) {
            if let Some(k) = vm.as_str(k) {
                seed.push((k.to_string(), v));
            }
        }
    }
    for (k, v) in seed {
        let id = vm.intern(&format!("{prefix}{k}"));
        vm.st.globals.set(id, v);
    }
    let result = import::run_code(vm, code, Some(prefix.clone()));
    if let Some(target) = l.or(g) {
        for (k, v) in import::namespace_items(vm, Some(&prefix)) {
            let k = vm.new_str(&k);
            dictops::dict_set(vm, target, k, v)?;
        }
    }
    result
}

/// `eval(source, globals=None, locals=None)`
fn eval(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "eval", 1, 3)?;
    let g = dict_arg(vm, &args, 1, "globals", "eval")?;
    let l = dict_arg(vm, &args, 2, "locals", "eval")?;
    let code = source_code(vm, args.pos[0], "eval", true)?;
    run(vm, &code, g, l)
}

/// `exec(source, globals=None, locals=None)`
fn exec(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "exec", 1, 3)?;
    let g = dict_arg(vm, &args, 1, "globals", "exec")?;
    let l = dict_arg(vm, &args, 2, "locals", "exec")?;
    let code = source_code(vm, args.pos[0], "exec", false)?;
    run(vm, &code, g, l)?;
    Ok(Value::None)
}

/// `compile(source, filename, mode)`: a code object for `exec`/`eval`.
fn compile(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "compile", 3, 6)?;
    let (Some(src), Some(filename), Some(mode)) = (
        vm.as_str(args.pos[0]).map(str::to_string),
        vm.as_str(args.pos[1]).map(str::to_string),
        vm.as_str(args.pos[2]).map(str::to_string),
    ) else {
        return Err(vm.type_error("compile() arguments must be str"));
    };
    let mode = match mode.as_str() {
        "eval" => Mode::Eval,
        "exec" => Mode::Exec,
        "single" => Mode::Single,
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    let code = compile_text(vm, &src, &filename, mode)?;
    let data = crate::objects::code::load(vm, &code);
    Ok(vm.alloc(Object::Code(data)))
}
