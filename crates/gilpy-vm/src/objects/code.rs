//! The VM's view of a compiled code object: the compiler's [`Code`] plus what the VM
//! resolves once per code object (interned names, constants as values, global slots).

use std::sync::Arc;

use gilpy_compiler::bytecode::Code;

use crate::names::NameId;
use crate::value::Value;

/// A code object ready to run. Created once per [`Code`] (recursively for nested code) and
/// kept alive for the interpreter's lifetime, so its constants are permanent GC roots.
pub struct CodeData {
    /// Index in `VmState::codes` (what frames refer to).
    pub id: u32,
    pub code: Arc<Code>,
    /// `code.names`, interned.
    pub names: Box<[NameId]>,
    /// `code.varnames`, interned (for keyword arguments).
    pub varnames: Box<[NameId]>,
    /// `code.consts` as values.
    pub consts: Box<[Value]>,
    /// For each of `names`: its slot in the globals table.
    pub gslots: Box<[u32]>,
    /// For each of `names`: its slot in the builtins table.
    pub bslots: Box<[u32]>,
    /// Number of local slots (`varnames.len()`).
    pub nlocals: usize,
    /// `cellvars.len() + freevars.len()`.
    pub ncells: usize,
    /// The prefix this code's module resolves its global names under (see
    /// `modules/pymod.rs`), for names only known at run time (`from m import *`).
    pub globals_prefix: Option<Arc<str>>,
    /// Positional-only fast calls: no defaults needed, no `*args`/`**kwargs`/kw-only, no
    /// cells; the code starts with `Resume` (the eval loop's fast calls skip it).
    pub simple: bool,
    /// Arguments bind without allocating (`bind::bind_fast`): no `*args`/`**kwargs`, no
    /// cells of its own (free variables are fine), not a generator.
    pub fast_bind: bool,
    /// Per instruction: where an attribute site last found its name in an instance
    /// (`ops/attr_cache.rs`).
    pub attr_hints: Box<[std::sync::atomic::AtomicU8]>,
    /// The keyword-name tuples among `consts` (what `CallKw` finds on the stack), with
    /// their names interned once here rather than on every call.
    pub kwnames: Box<[(Value, Box<[NameId]>)]>,
}

impl CodeData {
    /// The interned names of a keyword-name tuple constant of this code object.
    #[inline]
    pub fn kw_names(&self, names: Value) -> Option<&[NameId]> {
        self.kwnames
            .iter()
            .find(|(v, _)| v.is(names))
            .map(|(_, ids)| &**ids)
    }

    /// Report the constants (the collector's edges).
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.consts.iter().for_each(|v| visit(*v));
    }
}

/// A copy of `VmState::codes` taken at some point (codes are only ever appended, so a
/// snapshot stays valid for the ids it covers). The eval loop holds one per entry and
/// borrows the running code object from it: a call or return that switches code objects
/// then costs no atomic reference-count update.
#[derive(Default)]
pub struct CodeSnapshot {
    pub codes: Arc<Vec<Arc<CodeData>>>,
    /// Frames the eval loop entered whose code was newer than the snapshot.
    misses: usize,
}

/// The current snapshot (one reference-count update per eval-loop entry).
#[inline]
pub(crate) fn snapshot(vm: &crate::Vm<'_>) -> Arc<Vec<Arc<CodeData>>> {
    vm.st.codes_snap.codes.clone()
}

/// The eval loop met a code object newer than its snapshot: a fresh snapshot when enough
/// misses have paid for copying every code handle (so a program that keeps loading code,
/// `exec` in a loop, stays linear), else `None` (the caller clones the one handle).
#[cold]
pub(crate) fn snapshot_miss(vm: &mut crate::Vm<'_>) -> Option<Arc<Vec<Arc<CodeData>>>> {
    let st = &mut *vm.st;
    let snap = &mut st.codes_snap;
    snap.misses += 1;
    if snap.misses < st.codes.len() / 8 {
        return None;
    }
    snap.misses = 0;
    snap.codes = Arc::new(st.codes.clone());
    Some(snap.codes.clone())
}

/// Turns a compiled [`Code`] (and, recursively, its nested code constants) into
/// [`CodeData`], registering it as a permanent root.
pub(crate) fn load(vm: &mut crate::Vm<'_>, code: &Arc<Code>) -> Arc<CodeData> {
    let names: Box<[NameId]> = code.names.iter().map(|n| vm.intern(n)).collect();
    let varnames: Box<[NameId]> = code.varnames.iter().map(|n| vm.intern(n)).collect();
    let consts: Box<[Value]> = code.consts.iter().map(|c| const_value(vm, c)).collect();
    let kwnames = kw_name_tuples(vm, code, &consts);
    // A module written in Python keeps its globals apart from `__main__`'s by resolving
    // them under a prefixed key (see `modules/pymod.rs`).
    let gslots = match vm.st.globals_prefix.clone() {
        None => names.iter().map(|n| vm.st.globals.slot(*n)).collect(),
        Some(prefix) => names
            .iter()
            .map(|n| {
                let key = format!("{prefix}{}", vm.name(*n));
                let id = vm.intern(&key);
                vm.st.globals.slot(id)
            })
            .collect(),
    };
    let bslots = names.iter().map(|n| vm.st.builtins.slot(*n)).collect();
    let ncells = code.cellvars.len() + code.freevars.len();
    // Generator functions never take the fast call path: calling one makes a generator.
    let fast_bind =
        !code.has_varargs && !code.has_varkw && code.cellvars.is_empty() && !code.is_generator;
    // (The eval loop's fast calls also count the leading `Resume` themselves.)
    let simple = fast_bind
        && code.kwonlyargcount == 0
        && ncells == 0
        && code.ops.first() == Some(&gilpy_compiler::bytecode::Op::Resume);
    let data = Arc::new(CodeData {
        id: vm.st.codes.len() as u32,
        code: code.clone(),
        names,
        varnames,
        consts,
        gslots,
        bslots,
        nlocals: code.varnames.len(),
        ncells,
        globals_prefix: vm.st.globals_prefix.clone(),
        simple,
        fast_bind,
        attr_hints: crate::ops::attr_cache::new_hints(code.ops.len()),
        kwnames,
    });
    vm.st.codes.push(data.clone());
    data
}

/// Every constant tuple made only of strings (keyword-name tuples, but also folded
/// tuples of strings, which is harmless) with its strings interned.
fn kw_name_tuples(
    vm: &mut crate::Vm<'_>,
    code: &Code,
    consts: &[Value],
) -> Box<[(Value, Box<[NameId]>)]> {
    use gilpy_compiler::bytecode::Const;
    let mut out = Vec::new();
    for (c, v) in code.consts.iter().zip(consts) {
        let Const::Tuple(items) = c else { continue };
        let ids: Option<Box<[NameId]>> = items
            .iter()
            .map(|i| match i {
                Const::Str(s) => Some(vm.intern(s)),
                _ => None,
            })
            .collect();
        if let Some(ids) = ids.filter(|ids| !ids.is_empty()) {
            out.push((*v, ids));
        }
    }
    out.into_boxed_slice()
}

fn const_value(vm: &mut crate::Vm<'_>, c: &gilpy_compiler::bytecode::Const) -> Value {
    use gilpy_compiler::bytecode::Const;
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => vm.new_bigint(b.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Ellipsis => crate::builtins::complex::ellipsis(vm),
        Const::Complex(re, im) => crate::builtins::complex::new_complex(vm, *re, *im),
        Const::Str(s) => vm.new_str(s),
        Const::Bytes(b) => crate::builtins::bytes::new_bytes(vm, b.to_vec()),
        Const::Tuple(items) => {
            let vals = items.iter().map(|c| const_value(vm, c)).collect();
            vm.new_tuple(vals)
        }
        Const::Code(code) => {
            let data = load(vm, code);
            vm.alloc(crate::object::Object::Code(data))
        }
    }
}
