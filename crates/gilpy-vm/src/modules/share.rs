//! Copying values from one interpreter's heap to another's (`interpreters`,
//! `InterpreterPoolExecutor`).
//!
//! Interpreters share nothing, so a value crosses in two steps: [`export`] walks it in the
//! source heap (holding only the source GIL) into a [`Message`] of plain Rust data, and
//! [`import`] builds it in the target heap (holding only the target GIL). Never holding
//! two GILs at once means two interpreters calling each other cannot deadlock.
//!
//! What copies: `None`, bools, ints, floats, `str`, `bytes`, `bytearray`, `range`, tuples,
//! lists, dicts, sets, frozensets, exceptions, instances of classes defined at module
//! level (their attributes copied), such classes themselves, functions without closure
//! cells (their code is shared, immutable; the globals they name are copied along),
//! modules (imported again by name), builtin functions, and `interpreters` queues (shared
//! by reference). Anything else raises `TypeError` naming what could not be copied.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use gilpy_compiler::bytecode::{Code, Const, Op};
use num_bigint::BigInt;

use crate::object::{ClassObj, FunctionObj, InstanceObj, Object, Payload, RangeObj};
use crate::objects::dict::Dict;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Nesting deeper than this is refused (the walk recurses in Rust).
const MAX_DEPTH: usize = 2000;

/// A value outside any heap.
pub enum Shareable {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(Arc<str>),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    Range(RangeObj),
    Tuple(Vec<Shareable>),
    List(Vec<Shareable>),
    Dict(Vec<(Shareable, Shareable)>),
    Set(Vec<Shareable>),
    FrozenSet(Vec<Shareable>),
    /// An instance of a user class: its attributes, and for a subclass of a
    /// built-in (a `Counter`, a namedtuple) its built-in value.
    Instance {
        class: ClassRef,
        attrs: Vec<(Arc<str>, Shareable)>,
        base: Option<Box<Shareable>>,
    },
    /// An exception: class, `args` and attributes (not its traceback).
    Exception {
        class: ClassRef,
        args: Vec<Shareable>,
        attrs: Vec<(Arc<str>, Shareable)>,
    },
    Class(ClassRef),
    Function(Arc<FuncShare>),
    /// A module, imported again by name.
    Module(Arc<str>),
    /// A builtin function: found again by name in builtins, or in a module.
    Builtin {
        module: Option<Arc<str>>,
        name: Arc<str>,
    },
    /// An `interpreters` queue (shared, not copied).
    Queue(Arc<super::interpreters::QueueInner>),
}

/// How to find a class in the target.
#[derive(Clone)]
pub enum ClassRef {
    /// A builtin class, by name (`ValueError`, `object`).
    Builtin(Arc<str>),
    /// A class of another module: imported, then looked up.
    InModule { module: Arc<str>, name: Arc<str> },
    /// A class of `__main__`: rebuilt (or reused if the target already has it).
    Main(Arc<ClassShare>),
}

/// A `__main__` class, rebuilt in the target.
pub struct ClassShare {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub base: ClassRef,
    pub dict: Vec<(Arc<str>, Shareable)>,
}

/// A function: shared code, copied defaults.
pub struct FuncShare {
    pub code: Arc<Code>,
    /// The globals prefix of the module the code belongs to (see `modules/pymod.rs`).
    pub prefix: Option<Arc<str>>,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub defaults: Vec<Shareable>,
    pub kwdefaults: Vec<(Arc<str>, Shareable)>,
}

/// A copied value plus the globals its functions refer to and the source text of their
/// files (for tracebacks).
pub struct Message {
    pub value: Shareable,
    /// Global name (with its module prefix) → value, bound in the target before `value`.
    pub globals: Vec<(Arc<str>, Shareable)>,
    pub sources: Vec<(Arc<str>, Arc<str>)>,
}

struct Exporter {
    classes: HashMap<ObjRef, Arc<ClassShare>>,
    funcs: HashMap<ObjRef, Arc<FuncShare>>,
    /// Containers being walked (a cycle cannot be copied).
    active: Vec<ObjRef>,
    pending: Vec<Arc<str>>,
    seen_globals: HashSet<Arc<str>>,
    globals: Vec<(Arc<str>, Shareable)>,
    files: HashSet<Arc<str>>,
}

/// Copies `v` (and what its functions need) out of the heap.
pub fn export(vm: &mut Vm<'_>, v: Value) -> PyResult<Message> {
    let mut ex = Exporter {
        classes: HashMap::new(),
        funcs: HashMap::new(),
        active: Vec::new(),
        pending: Vec::new(),
        seen_globals: HashSet::new(),
        globals: Vec::new(),
        files: HashSet::new(),
    };
    let value = ex.value(vm, v, 0)?;
    while let Some(key) = ex.pending.pop() {
        let Some(g) = vm
            .st
            .names
            .lookup(&key)
            .and_then(|id| vm.st.globals.get(id))
        else {
            continue; // a builtin, or not bound yet: the target resolves it itself
        };
        let (prefix, short) = match key.rsplit_once(':') {
            Some((p, s)) => (format!("{p}:"), s.to_string()),
            None => (String::new(), key.to_string()),
        };
        let _ = prefix;
        match ex.value(vm, g, 0) {
            Ok(s) => ex.globals.push((key, s)),
            Err(e) => {
                let detail = exception_text(vm, e);
                return Err(vm.type_error(format!(
                    "cannot copy global '{short}' to another interpreter: {detail}"
                )));
            }
        }
    }
    let sources = ex
        .files
        .iter()
        .filter_map(|f| vm.st.sources.get(f).map(|s| (f.clone(), s.clone())))
        .collect();
    Ok(Message {
        value,
        globals: ex.globals,
        sources,
    })
}

/// The message of an exception raised while copying (to nest it in another message).
fn exception_text(vm: &mut Vm<'_>, e: crate::Throw) -> String {
    match e {
        crate::Throw::Exc(r) => crate::traceback::exception_line(vm, r).1,
        crate::Throw::Halt(h) => format!("{h:?}"),
    }
}

fn not_copyable(vm: &mut Vm<'_>, v: Value) -> crate::Throw {
    let t = vm.type_name(v);
    vm.type_error(format!("cannot copy '{t}' object to another interpreter"))
}

impl Exporter {
    fn value(&mut self, vm: &mut Vm<'_>, v: Value, depth: usize) -> PyResult<Shareable> {
        if depth > MAX_DEPTH {
            return Err(vm.value_error("value too deeply nested to copy to another interpreter"));
        }
        let r = match v {
            Value::None | Value::Undef => return Ok(Shareable::None),
            Value::Bool(b) => return Ok(Shareable::Bool(b)),
            Value::Int(i) => return Ok(Shareable::Int(i)),
            Value::Float(f) => return Ok(Shareable::Float(f)),
            Value::Obj(r) => r,
        };
        let d = depth + 1;
        match vm.st.heap.get(r) {
            Object::Str(s) => Ok(Shareable::Str(Arc::from(s.as_str()))),
            Object::BigInt(b) => Ok(Shareable::BigInt((**b).clone())),
            Object::Range(rg) => Ok(Shareable::Range(**rg)),
            Object::Tuple(items) => {
                let items = items.to_vec();
                self.enter(vm, r, v)?;
                let out = self.values(vm, &items, d);
                self.active.pop();
                Ok(Shareable::Tuple(out?))
            }
            Object::List(items) => {
                let items = items.clone();
                self.enter(vm, r, v)?;
                let out = self.values(vm, &items, d);
                self.active.pop();
                Ok(Shareable::List(out?))
            }
            Object::Set(set) => {
                let frozen = set.frozen;
                let items: Vec<Value> = set.iter().map(|e| e.key).collect();
                let items = self.values(vm, &items, d)?;
                Ok(if frozen {
                    Shareable::FrozenSet(items)
                } else {
                    Shareable::Set(items)
                })
            }
            Object::Dict(_) => {
                let items = crate::ops::dictops::dict_items(vm, r);
                self.enter(vm, r, v)?;
                let mut out = Vec::with_capacity(items.len());
                for (k, val) in items {
                    let k = match self.value(vm, k, d) {
                        Ok(k) => k,
                        Err(e) => {
                            self.active.pop();
                            return Err(e);
                        }
                    };
                    match self.value(vm, val, d) {
                        Ok(val) => out.push((k, val)),
                        Err(e) => {
                            self.active.pop();
                            return Err(e);
                        }
                    }
                }
                self.active.pop();
                Ok(Shareable::Dict(out))
            }
            Object::Function(_) => Ok(Shareable::Function(self.function(vm, r, d)?)),
            Object::Class(_) => Ok(Shareable::Class(self.class_ref(vm, r, d)?)),
            Object::Module(m) => {
                if m.is_main {
                    return Err(
                        vm.type_error("cannot copy module '__main__' to another interpreter")
                    );
                }
                Ok(Shareable::Module(m.name.clone()))
            }
            Object::Native(n) => {
                let name: Arc<str> = Arc::from(n.name);
                self.builtin(vm, v, name)
            }
            Object::Closure(c) => {
                let name = c.name.clone();
                self.builtin(vm, v, name)
            }
            Object::Instance(_) => self.instance(vm, r, v, d),
            _ => Err(not_copyable(vm, v)),
        }
    }

    fn values(
        &mut self,
        vm: &mut Vm<'_>,
        items: &[Value],
        depth: usize,
    ) -> PyResult<Vec<Shareable>> {
        items.iter().map(|x| self.value(vm, *x, depth)).collect()
    }

    fn enter(&mut self, vm: &mut Vm<'_>, r: ObjRef, v: Value) -> PyResult<()> {
        if self.active.contains(&r) {
            let t = vm.type_name(v);
            return Err(vm.value_error(format!(
                "cannot copy a '{t}' that contains itself to another interpreter"
            )));
        }
        self.active.push(r);
        Ok(())
    }

    /// A builtin function: by name in builtins, else as an attribute of a loaded module.
    fn builtin(&mut self, vm: &mut Vm<'_>, v: Value, name: Arc<str>) -> PyResult<Shareable> {
        if let Some(id) = vm.st.names.lookup(&name) {
            if vm.st.builtins.get(id).is_some_and(|b| b.is(v)) {
                return Ok(Shareable::Builtin { module: None, name });
            }
        }
        let found = vm
            .st
            .modules
            .values()
            .find_map(|m| match vm.st.heap.get(*m) {
                Object::Module(mo) if !mo.is_main => mo
                    .attrs
                    .iter()
                    .find(|(_, x)| x.is(v))
                    .map(|(k, _)| (mo.name.clone(), vm.st.names.name(*k).clone())),
                _ => None,
            });
        match found {
            Some((module, name)) => Ok(Shareable::Builtin {
                module: Some(module),
                name,
            }),
            None => Err(not_copyable(vm, v)),
        }
    }

    fn function(&mut self, vm: &mut Vm<'_>, r: ObjRef, depth: usize) -> PyResult<Arc<FuncShare>> {
        if let Some(f) = self.funcs.get(&r) {
            return Ok(f.clone());
        }
        let Object::Function(f) = vm.st.heap.get(r) else {
            return Err(vm.type_error("not a function"));
        };
        if !f.closure.is_empty() {
            let q = f.qualname.clone();
            return Err(vm.type_error(format!(
                "cannot copy function '{q}' to another interpreter: it is a closure \
                 (only functions without closure cells can be copied)"
            )));
        }
        let code = f.code.code.clone();
        let prefix = f.code.globals_prefix.clone();
        let (name, qualname) = (f.name.clone(), f.qualname.clone());
        let defaults = f.defaults.to_vec();
        let kwd = f.kwdefaults.clone();
        let defaults = self.values(vm, &defaults, depth)?;
        let mut kwdefaults = Vec::with_capacity(kwd.len());
        for (k, v) in kwd {
            let k = vm.name(k);
            kwdefaults.push((k, self.value(vm, v, depth)?));
        }
        self.note_globals(&code, prefix.as_deref());
        let share = Arc::new(FuncShare {
            code,
            prefix,
            name,
            qualname,
            defaults,
            kwdefaults,
        });
        self.funcs.insert(r, share.clone());
        Ok(share)
    }

    /// Queues the global names `code` (and its nested code) loads, and notes its file.
    fn note_globals(&mut self, code: &Code, prefix: Option<&str>) {
        self.files.insert(code.filename.clone());
        for op in &code.ops {
            if let Op::LoadGlobal(i) | Op::LoadName(i) = op {
                if let Some(n) = code.names.get(*i as usize) {
                    let key: Arc<str> = match prefix {
                        Some(p) => Arc::from(format!("{p}{n}")),
                        None => n.clone(),
                    };
                    if self.seen_globals.insert(key.clone()) {
                        self.pending.push(key);
                    }
                }
            }
        }
        for c in &code.consts {
            if let Const::Code(inner) = c {
                self.note_globals(inner, prefix);
            }
        }
    }

    fn class_ref(&mut self, vm: &mut Vm<'_>, cls: ObjRef, depth: usize) -> PyResult<ClassRef> {
        let Some(c) = vm.class(cls) else {
            return Err(vm.type_error("not a class"));
        };
        let (name, qualname, module, builtin) = (
            c.name.clone(),
            c.qualname.clone(),
            c.module.clone(),
            c.builtin,
        );
        if builtin {
            // Builtin types are found by name; native classes of modules (locks) are not.
            if let Some(id) = vm.st.names.lookup(&name) {
                if vm
                    .st
                    .builtins
                    .get(id)
                    .is_some_and(|b| b.is(Value::Obj(cls)))
                {
                    return Ok(ClassRef::Builtin(name));
                }
            }
            return Err(vm.type_error(format!("cannot copy class '{name}' to another interpreter")));
        }
        // Like pickle: the class must be what its module's global of that name holds.
        let at_top = &*module != "__main__"
            || vm
                .st
                .names
                .lookup(&name)
                .and_then(|id| vm.st.globals.get(id))
                .is_some_and(|g| g.is(Value::Obj(cls)));
        if !at_top || qualname.contains('.') || qualname.contains('<') {
            return Err(vm.type_error(format!(
                "cannot copy class '{qualname}' to another interpreter: it is not defined \
                 at module level"
            )));
        }
        if &*module != "__main__" {
            return Ok(ClassRef::InModule { module, name });
        }
        if let Some(s) = self.classes.get(&cls) {
            return Ok(ClassRef::Main(s.clone()));
        }
        if self.active.contains(&cls) {
            return Err(vm.value_error(format!(
                "cannot copy class '{name}' to another interpreter: it refers to itself"
            )));
        }
        self.active.push(cls);
        let r = self.class_body(vm, cls, depth);
        self.active.pop();
        let (base, dict) = r?;
        let share = Arc::new(ClassShare {
            name,
            qualname,
            base,
            dict,
        });
        self.classes.insert(cls, share.clone());
        Ok(ClassRef::Main(share))
    }

    #[allow(clippy::type_complexity)]
    fn class_body(
        &mut self,
        vm: &mut Vm<'_>,
        cls: ObjRef,
        depth: usize,
    ) -> PyResult<(ClassRef, Vec<(Arc<str>, Shareable)>)> {
        let (base, items): (Option<ObjRef>, Vec<_>) = match vm.class(cls) {
            Some(c) => (c.base, c.dict.iter().map(|(k, v)| (*k, *v)).collect()),
            None => (None, Vec::new()),
        };
        let object = vm.st.types.object;
        let base = self.class_ref(vm, base.unwrap_or(object), depth + 1)?;
        let mut dict = Vec::with_capacity(items.len());
        for (k, v) in items {
            let key = vm.name(k);
            match self.value(vm, v, depth + 1) {
                Ok(s) => dict.push((key, s)),
                Err(e) => {
                    let detail = exception_text(vm, e);
                    let n = vm.class_name(cls);
                    return Err(vm.type_error(format!(
                        "cannot copy class '{n}' to another interpreter: attribute '{key}': {detail}"
                    )));
                }
            }
        }
        Ok((base, dict))
    }

    fn instance(
        &mut self,
        vm: &mut Vm<'_>,
        r: ObjRef,
        v: Value,
        depth: usize,
    ) -> PyResult<Shareable> {
        let Object::Instance(inst) = vm.st.heap.get(r) else {
            return Err(not_copyable(vm, v));
        };
        let class = inst.class;
        let attrs: Vec<_> = inst.attrs.clone();
        let mut base = None;
        let kind = match &inst.payload {
            Payload::None => 0,
            Payload::Exc(e) => {
                let args = e.args;
                self.enter(vm, r, v)?;
                let out = self.exception(vm, class, args, &attrs, depth);
                self.active.pop();
                return out;
            }
            Payload::Native(n) => {
                if let Some(q) = n.as_any().downcast_ref::<super::interpreters::QueueData>() {
                    return Ok(Shareable::Queue(q.0.clone()));
                }
                1
            }
            Payload::Base(b) => {
                base = Some(*b);
                0
            }
        };
        if kind == 1 {
            if let Some(b) = crate::builtins::bytes::bytes_of(vm, v) {
                let data = b.to_vec();
                return Ok(if vm.type_of(v) == vm.st.types.bytearray {
                    Shareable::ByteArray(data)
                } else {
                    Shareable::Bytes(data)
                });
            }
            return Err(not_copyable(vm, v));
        }
        let class = match self.class_ref(vm, class, depth) {
            Ok(c) => c,
            Err(e) => {
                let detail = exception_text(vm, e);
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "cannot copy '{t}' object to another interpreter: {detail}"
                )));
            }
        };
        self.enter(vm, r, v)?;
        let out = self.attrs(vm, &attrs, depth).and_then(|attrs| {
            let base = match base {
                Some(b) => Some(Box::new(self.value(vm, b, depth + 1)?)),
                None => None,
            };
            Ok((attrs, base))
        });
        self.active.pop();
        let (attrs, base) = out?;
        Ok(Shareable::Instance { class, attrs, base })
    }

    fn attrs(
        &mut self,
        vm: &mut Vm<'_>,
        attrs: &[(crate::names::NameId, Value)],
        depth: usize,
    ) -> PyResult<Vec<(Arc<str>, Shareable)>> {
        let mut out = Vec::with_capacity(attrs.len());
        for (k, val) in attrs {
            let key = vm.name(*k);
            out.push((key, self.value(vm, *val, depth + 1)?));
        }
        Ok(out)
    }

    fn exception(
        &mut self,
        vm: &mut Vm<'_>,
        class: ObjRef,
        args: Value,
        attrs: &[(crate::names::NameId, Value)],
        depth: usize,
    ) -> PyResult<Shareable> {
        let class = self.class_ref(vm, class, depth)?;
        let args: Vec<Value> = match vm.obj(args) {
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let args = self.values(vm, &args, depth + 1)?;
        let attrs = self.attrs(vm, attrs, depth)?;
        Ok(Shareable::Exception { class, args, attrs })
    }
}

/// Builds a [`Message`] in the target heap: binds its globals, then returns its value.
pub fn import(vm: &mut Vm<'_>, msg: &Message) -> PyResult<Value> {
    for (file, text) in &msg.sources {
        if !vm.st.sources.contains_key(file) {
            vm.st.sources.insert(file.clone(), text.clone());
        }
    }
    let mut im = Importer {
        classes: HashMap::new(),
    };
    let mark = vm.th.roots.len();
    let r = (|| {
        for (key, s) in &msg.globals {
            let v = im.value(vm, s)?;
            vm.th.roots.push(v);
            let id = vm.intern(key);
            // A class the target already has under that name stays (instances of it keep
            // their class).
            if let Some(old) = vm.st.globals.get(id) {
                if old.is(v) {
                    continue;
                }
            }
            vm.st.globals.set(id, v);
        }
        im.value(vm, &msg.value)
    })();
    vm.pop_roots(mark);
    r
}

struct Importer {
    /// Classes already built in this import, by their share's address.
    classes: HashMap<usize, ObjRef>,
}

impl Importer {
    fn value(&mut self, vm: &mut Vm<'_>, s: &Shareable) -> PyResult<Value> {
        Ok(match s {
            Shareable::None => Value::None,
            Shareable::Bool(b) => Value::Bool(*b),
            Shareable::Int(i) => Value::Int(*i),
            Shareable::BigInt(b) => vm.new_bigint(b.clone()),
            Shareable::Float(f) => Value::Float(*f),
            Shareable::Str(s) => vm.new_str(s),
            Shareable::Bytes(b) => crate::builtins::bytes::new_bytes(vm, b.clone()),
            Shareable::ByteArray(b) => {
                let bytes = crate::builtins::bytes::new_bytes(vm, b.clone());
                let cls = vm.st.types.bytearray;
                vm.call(Value::Obj(cls), &[bytes])?
            }
            Shareable::Range(r) => vm.alloc(Object::Range(Box::new(*r))),
            Shareable::Tuple(items) => {
                let items = self.values(vm, items)?;
                vm.new_tuple(items)
            }
            Shareable::List(items) => {
                let items = self.values(vm, items)?;
                vm.new_list(items)
            }
            Shareable::Dict(items) => {
                let d = vm.new_dict();
                let mark = vm.push_root(d);
                let r = d.as_obj().unwrap_or(ObjRef(0));
                for (k, v) in items {
                    let k = self.value(vm, k)?;
                    vm.th.roots.push(k);
                    let v = self.value(vm, v)?;
                    vm.th.roots.push(v);
                    crate::ops::dictops::dict_set(vm, r, k, v)?;
                }
                vm.pop_roots(mark);
                d
            }
            Shareable::Set(items) | Shareable::FrozenSet(items) => {
                let frozen = matches!(s, Shareable::FrozenSet(_));
                let set = vm.alloc(Object::Set(Box::new(Dict::new())));
                let mark = vm.push_root(set);
                let r = set.as_obj().unwrap_or(ObjRef(0));
                for k in items {
                    let k = self.value(vm, k)?;
                    vm.th.roots.push(k);
                    crate::ops::dictops::set_add(vm, r, k)?;
                }
                if let Object::Set(d) = vm.st.heap.get_mut(r) {
                    d.frozen = frozen;
                }
                vm.pop_roots(mark);
                set
            }
            Shareable::Instance { class, attrs, base } => {
                let cls = self.class(vm, class)?;
                let attrs = self.attrs(vm, attrs)?;
                let payload = match base {
                    Some(b) => {
                        let b = self.value(vm, b)?;
                        vm.th.roots.push(b);
                        Payload::Base(b)
                    }
                    None => Payload::None,
                };
                vm.alloc(Object::Instance(Box::new(InstanceObj {
                    class: cls,
                    attrs,
                    payload,
                })))
            }
            Shareable::Exception { class, args, attrs } => {
                let cls = self.class(vm, class)?;
                let args = self.values(vm, args)?;
                let args = vm.new_tuple(args);
                let mark = vm.push_root(args);
                let attrs = self.attrs(vm, attrs)?;
                let e = vm.new_exception_args(cls, args);
                crate::ops::attr_cache::note_instance_names(&attrs);
                if let Object::Instance(i) = vm.st.heap.get_mut(e) {
                    i.attrs = attrs;
                }
                vm.pop_roots(mark);
                Value::Obj(e)
            }
            Shareable::Class(c) => Value::Obj(self.class(vm, c)?),
            Shareable::Function(f) => self.function(vm, f)?,
            Shareable::Module(name) => {
                let id = vm.intern(name);
                let top = crate::interp::import_module(vm, id)?;
                // `import a.b` returns `a`; the module itself is registered under its name.
                match vm.st.modules.get(&id) {
                    Some(m) => Value::Obj(*m),
                    None => top,
                }
            }
            Shareable::Builtin { module, name } => {
                let id = vm.intern(name);
                match module {
                    None => match vm.st.builtins.get(id) {
                        Some(v) => v,
                        None => {
                            return Err(vm.type_error(format!(
                                "builtin '{name}' does not exist in the target interpreter"
                            )))
                        }
                    },
                    Some(m) => {
                        let mid = vm.intern(m);
                        crate::interp::import_module(vm, mid)?;
                        let module = vm.st.modules.get(&mid).copied();
                        match module {
                            Some(m) => crate::ops::attr::get_attr(vm, Value::Obj(m), id)?,
                            None => return Err(vm.type_error(format!("no module '{m}'"))),
                        }
                    }
                }
            }
            Shareable::Queue(q) => super::interpreters::queue_value(vm, q.clone())?,
        })
    }

    fn values(&mut self, vm: &mut Vm<'_>, items: &[Shareable]) -> PyResult<Vec<Value>> {
        let mark = vm.th.roots.len();
        let mut out = Vec::with_capacity(items.len());
        for s in items {
            match self.value(vm, s) {
                Ok(v) => {
                    vm.th.roots.push(v);
                    out.push(v);
                }
                Err(e) => {
                    vm.pop_roots(mark);
                    return Err(e);
                }
            }
        }
        vm.pop_roots(mark);
        Ok(out)
    }

    fn attrs(
        &mut self,
        vm: &mut Vm<'_>,
        attrs: &[(Arc<str>, Shareable)],
    ) -> PyResult<Vec<(crate::names::NameId, Value)>> {
        let mut out = Vec::with_capacity(attrs.len());
        for (k, s) in attrs {
            let v = self.value(vm, s)?;
            vm.th.roots.push(v);
            out.push((vm.intern(k), v));
        }
        Ok(out)
    }

    fn class(&mut self, vm: &mut Vm<'_>, c: &ClassRef) -> PyResult<ObjRef> {
        match c {
            ClassRef::Builtin(name) => {
                let id = vm.intern(name);
                match vm.st.builtins.get(id).and_then(|v| v.as_obj()) {
                    Some(r) if vm.class(r).is_some() => Ok(r),
                    _ => Err(vm.type_error(format!("no builtin class '{name}' here"))),
                }
            }
            ClassRef::InModule { module, name } => {
                let mid = vm.intern(module);
                crate::interp::import_module(vm, mid)?;
                let m = vm.st.modules.get(&mid).copied();
                let id = vm.intern(name);
                let v = match m {
                    Some(m) => crate::ops::attr::get_attr(vm, Value::Obj(m), id)?,
                    None => Value::None,
                };
                match v.as_obj() {
                    Some(r) if vm.class(r).is_some() => Ok(r),
                    _ => Err(vm.type_error(format!("no class '{module}.{name}' here"))),
                }
            }
            ClassRef::Main(share) => {
                let key = Arc::as_ptr(share) as usize;
                if let Some(r) = self.classes.get(&key) {
                    return Ok(*r);
                }
                // Reuse the target's own class of that name, so instances that crossed
                // earlier and this one share a class.
                let id = vm.intern(&share.name);
                if let Some(r) = vm.st.globals.get(id).and_then(|v| v.as_obj()) {
                    if vm.class(r).is_some_and(|c: &ClassObj| {
                        c.qualname == share.qualname && &*c.module == "__main__"
                    }) {
                        self.classes.insert(key, r);
                        return Ok(r);
                    }
                }
                let base = self.class(vm, &share.base)?;
                let cls = vm.new_class(&share.name, Some(base), None, false);
                self.classes.insert(key, cls);
                // Bound at module level here too, so its instances can cross back.
                if vm.st.globals.get(id).is_none() {
                    vm.st.globals.set(id, Value::Obj(cls));
                }
                let mark = vm.push_root(Value::Obj(cls));
                if let Object::Class(c) = vm.st.heap.get_mut(cls) {
                    c.qualname = share.qualname.clone();
                }
                for (k, s) in &share.dict {
                    let v = self.value(vm, s)?;
                    vm.class_set(cls, k, v);
                }
                vm.pop_roots(mark);
                Ok(cls)
            }
        }
    }

    fn function(&mut self, vm: &mut Vm<'_>, f: &FuncShare) -> PyResult<Value> {
        let code = load_code(vm, &f.code, f.prefix.clone());
        let defaults = self.values(vm, &f.defaults)?;
        let mark = vm.th.roots.len();
        vm.th.roots.extend(defaults.iter().copied());
        let mut kwdefaults = Vec::with_capacity(f.kwdefaults.len());
        for (k, s) in &f.kwdefaults {
            let v = self.value(vm, s)?;
            vm.th.roots.push(v);
            kwdefaults.push((vm.intern(k), v));
        }
        vm.pop_roots(mark);
        Ok(vm.alloc(Object::Function(Box::new(FunctionObj {
            code,
            name: f.name.clone(),
            qualname: f.qualname.clone(),
            defaults: defaults.into_boxed_slice(),
            kwdefaults,
            closure: Box::default(),
            attrs: Vec::new(),
        }))))
    }
}

/// The target's loaded form of `code`: reused when this interpreter already loaded the
/// same (shared, immutable) code, so calling a copied function again adds nothing.
fn load_code(
    vm: &mut Vm<'_>,
    code: &Arc<Code>,
    prefix: Option<Arc<str>>,
) -> Arc<crate::objects::code::CodeData> {
    if let Some(d) = vm
        .st
        .codes
        .iter()
        .find(|d| Arc::ptr_eq(&d.code, code) && d.globals_prefix == prefix)
    {
        return d.clone();
    }
    let saved = std::mem::replace(&mut vm.st.globals_prefix, prefix);
    let data = crate::objects::code::load(vm, code);
    vm.st.globals_prefix = saved;
    data
}
