//! [`Vm`]: the handle native code and the eval loop work through — the GIL guard (and so
//! the heap) plus the running thread's context — with the helpers every builtin needs.

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use parking_lot::MutexGuard;

use crate::builtins::{NativeDef, NativeFn};
use crate::frame::ThreadCtx;
use crate::gil::Gil;
use crate::names::NameId;
use crate::object::{
    ClassObj, ExcData, InstanceObj, ModuleObj, NativeFnObj, NativeNew, Object, Payload,
};
use crate::objects::dict::Dict;
use crate::objects::str::StrObj;
use crate::state::VmState;
use crate::value::{ObjRef, Value};

/// Why a run stopped without a Python exception (not catchable by `except`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Halt {
    /// `timeout` elapsed.
    Timeout,
    /// `max_instructions` reached.
    InstructionLimit,
    /// Every thread is blocked.
    Deadlock(String),
    /// The run is over; a leftover (daemon) thread that wakes up stops here.
    Shutdown,
    /// A `--replay` no longer matches what the program does.
    Diverged(String),
    /// A Rust panic in an interpreter thread (see `sched/panic.rs`): the report.
    Internal(String),
}

/// What a failing operation propagates: a Python exception or a halt.
#[derive(Debug, Clone)]
pub enum Throw {
    /// An exception instance.
    Exc(ObjRef),
    /// Stop the run.
    Halt(Halt),
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, Throw>;

/// The running thread's view of the interpreter: the GIL guard plus its own context.
pub struct Vm<'a> {
    /// Everything behind the GIL.
    pub st: MutexGuard<'a, VmState>,
    /// The running thread's frames and stacks.
    pub th: ThreadCtx,
    /// The lock itself (for handing it off; clone the `Arc` to start threads).
    pub gil: &'a Arc<Gil>,
    /// Seeded runs: this thread is a coroutine, and waiting means switching to another
    /// (see `sched/green.rs`). `None`: a real OS thread.
    pub(crate) fiber: Option<crate::sched::Fiber<'a>>,
}

impl<'a> Vm<'a> {
    // ---- allocation ---------------------------------------------------------------

    /// Puts an object on the heap.
    #[inline(always)]
    pub fn alloc(&mut self, obj: Object) -> Value {
        let bytes = obj.footprint();
        let r = self.st.heap.alloc(obj, bytes);
        if self.st.heap.over_bytes() {
            self.collect_soon();
        }
        Value::Obj(r)
    }

    /// Brings the next slow path (and so a collection) forward to the next instruction,
    /// without moving any switch point: the rest of the countdown is stashed and
    /// resumed after it (`eval.rs::slow_path`). Not inside native re-entries, where the
    /// collector cannot run anyway.
    #[cold]
    pub(crate) fn collect_soon(&mut self) {
        if self.th.reentry == 0 && self.th.gc_stash == 0 && self.th.countdown > 1 {
            self.th.gc_stash = self.th.countdown - 1;
            self.th.countdown = 1;
        }
    }

    /// A new `str`.
    pub fn new_str(&mut self, s: &str) -> Value {
        if s.len() == 1 {
            if let Some(v) = self.st.ascii_chars.get(s.as_bytes()[0] as usize) {
                return *v;
            }
        }
        self.alloc(Object::Str(StrObj::new(s.into())))
    }

    /// A new `str` from an owned `String`.
    pub fn new_string(&mut self, s: String) -> Value {
        // An exact-capacity string converts without a reallocation; otherwise copying
        // into an exact allocation is cheaper than `realloc`.
        if s.len() == 1 || s.capacity() != s.len() {
            return self.new_str(&s);
        }
        self.alloc(Object::Str(StrObj::new(s.into_boxed_str())))
    }

    /// A new `str` from a `String` known to be ASCII (no character count needed).
    #[inline]
    pub fn new_ascii(&mut self, s: String) -> Value {
        let chars = s.len();
        self.new_string_counted(s, chars)
    }

    /// A new `str` whose character count is known (concatenation).
    pub fn new_string_counted(&mut self, s: String, chars: usize) -> Value {
        if s.len() == 1 || s.capacity() != s.len() {
            return self.new_str(&s);
        }
        self.alloc(Object::Str(StrObj::with_char_len(
            s.into_boxed_str(),
            chars,
        )))
    }

    /// A new `list`.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Object::List(items))
    }

    /// A new `tuple`.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.st.empty_tuple;
        }
        self.alloc(Object::Tuple(items.into_boxed_slice()))
    }

    /// A new empty `dict`.
    pub fn new_dict(&mut self) -> Value {
        self.alloc(Object::Dict(Box::new(Dict::new())))
    }

    /// An int from a big integer, normalised to `Value::Int` when it fits.
    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => self.alloc(Object::BigInt(Box::new(b))),
        }
    }

    /// Interns a name.
    #[inline]
    pub fn intern(&mut self, name: &str) -> NameId {
        self.st.names.intern(name)
    }

    /// The text of an interned name.
    #[inline]
    pub fn name(&self, id: NameId) -> Arc<str> {
        self.st.names.name(id).clone()
    }

    // ---- inspection ---------------------------------------------------------------

    /// The object behind a value, if it is a heap value.
    #[inline]
    pub fn obj(&self, v: Value) -> Option<&Object> {
        match v {
            Value::Obj(r) => Some(self.st.heap.get(r)),
            _ => None,
        }
    }

    /// The text of a `str` value.
    #[inline]
    pub fn as_str(&self, v: Value) -> Option<&str> {
        match self.obj(v) {
            Some(Object::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The class of a value.
    #[inline]
    pub fn type_of(&self, v: Value) -> ObjRef {
        let t = &self.st.types;
        match v {
            Value::None | Value::Undef => t.none_type,
            Value::Bool(_) => t.bool,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(r) => match self.st.heap.get(r) {
                Object::Instance(i) => i.class,
                Object::Str(_) => t.str,
                Object::BigInt(_) => t.int,
                Object::List(_) => t.list,
                Object::Tuple(_) => t.tuple,
                Object::Dict(_) => t.dict,
                Object::Set(d) if d.frozen => t.frozenset,
                Object::Set(_) => t.set,
                Object::Range(_) => t.range,
                Object::Slice(_) => t.slice,
                Object::Function(_) => t.function,
                Object::Class(c) => c.meta.unwrap_or(t.type_),
                // `[].append` is a builtin method, `A().m` a method.
                Object::BoundMethod { func, .. } => match func {
                    Value::Obj(f) if matches!(self.st.heap.get(*f), Object::Native(_)) => {
                        t.builtin_function
                    }
                    _ => t.method,
                },
                Object::Super { .. } => t.super_,
                Object::Module(_) => t.module,
                Object::Native(n) if n.owner.is_some() => t.method_descriptor,
                Object::Native(_) | Object::Closure(_) => t.builtin_function,
                Object::Iter(it) => crate::builtins::itertypes::class_of(&self.st, it),
                Object::DictView { kind, .. } => match kind {
                    crate::object::ViewKind::Keys => t.dict_keys,
                    crate::object::ViewKind::Values => t.dict_values,
                    crate::object::ViewKind::Items => t.dict_items,
                },
                Object::Cell(_) => t.cell,
                Object::Code(_) => t.code,
                Object::Generator(_) => t.generator,
                Object::Free => t.none_type,
            },
        }
    }

    /// The class object behind a class handle.
    #[inline]
    pub fn class(&self, r: ObjRef) -> Option<&ClassObj> {
        match self.st.heap.get(r) {
            Object::Class(c) => Some(c),
            _ => None,
        }
    }

    /// `type(v).__name__`
    pub fn type_name(&self, v: Value) -> Arc<str> {
        if let Some(Object::Iter(crate::object::IterObj::Native(n))) = self.obj(v) {
            return Arc::from(n.type_name());
        }
        self.class_name(self.type_of(v))
    }

    /// The type name CPython's operator errors show (its `tp_name`): the class name,
    /// prefixed with the module for the library classes CPython writes in C
    /// (`'decimal.Decimal'`, `'datetime.date'`, `'collections.deque'`).
    pub fn tp_name(&self, v: Value) -> Arc<str> {
        let name = self.type_name(v);
        let Some(c) = self.class(self.type_of(v)) else {
            return name;
        };
        const C_TYPES: &[(&str, &[&str])] = &[
            ("decimal", &["Decimal", "Context"]),
            (
                "datetime",
                &[
                    "date",
                    "datetime",
                    "time",
                    "timedelta",
                    "timezone",
                    "tzinfo",
                ],
            ),
            ("collections", &["deque", "OrderedDict", "defaultdict"]),
            ("array", &["array"]),
            ("functools", &["partial"]),
        ];
        let module = &*c.module;
        if C_TYPES
            .iter()
            .any(|(m, names)| *m == module && names.contains(&&*c.name))
        {
            return Arc::from(format!("{module}.{name}"));
        }
        name
    }

    /// A class's `__name__`.
    pub fn class_name(&self, cls: ObjRef) -> Arc<str> {
        match self.class(cls) {
            Some(c) => c.name.clone(),
            None => Arc::from("?"),
        }
    }

    /// Is `sub` the class `sup` or derived from it?
    pub fn is_subclass(&self, sub: ObjRef, sup: ObjRef) -> bool {
        sub == sup || self.class(sub).is_some_and(|c| c.mro.contains(&sup))
    }

    /// `isinstance(v, cls)` for one class.
    #[inline]
    pub fn isinstance(&self, v: Value, cls: ObjRef) -> bool {
        let t = self.type_of(v);
        t == cls
            || self.is_subclass(t, cls)
            || (cls == self.st.types.int && matches!(v, Value::Bool(_)))
    }

    /// Looks `name` up along a class's mro.
    #[inline]
    pub fn class_lookup(&self, cls: ObjRef, name: NameId) -> Option<Value> {
        let c = self.class(cls)?;
        if let Some(v) = c.dict.get(&name) {
            return Some(*v);
        }
        for &k in &c.mro[1..] {
            if let Some(v) = self.class(k).and_then(|c| c.dict.get(&name)) {
                return Some(*v);
            }
        }
        None
    }

    /// Looks a dunder up on the type of `v` (user classes only: builtin types implement
    /// their operators in Rust).
    #[inline]
    pub fn user_dunder(&self, v: Value, name: NameId) -> Option<Value> {
        match v {
            Value::Obj(r) => match self.st.heap.get(r) {
                Object::Instance(i) => self.class_lookup(i.class, name),
                Object::Class(c) => c.meta.and_then(|m| self.meta_lookup(m, name)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `name` as the user part of metaclass `meta`'s mro defines it (`type`'s own
    /// methods are native and handled by the operators themselves).
    pub fn meta_lookup(&self, meta: ObjRef, name: NameId) -> Option<Value> {
        let c = self.class(meta)?;
        c.mro
            .iter()
            .filter_map(|k| self.class(*k).filter(|k| !k.builtin))
            .find_map(|k| k.dict.get(&name).copied())
    }

    // ---- exceptions ---------------------------------------------------------------

    /// A new exception instance of class `cls` with `args` = `(msg,)` (or `()`).
    pub fn new_exception(&mut self, cls: ObjRef, msg: Option<String>) -> ObjRef {
        let args = match msg {
            Some(m) => {
                let s = self.new_string(m);
                self.new_tuple(vec![s])
            }
            None => self.st.empty_tuple,
        };
        self.new_exception_args(cls, args)
    }

    /// A new exception instance of class `cls` with the given args tuple.
    pub fn new_exception_args(&mut self, cls: ObjRef, args: Value) -> ObjRef {
        let data = ExcData {
            args,
            ..ExcData::default()
        };
        match self.alloc(Object::Instance(Box::new(InstanceObj {
            class: cls,
            attrs: Vec::new(),
            payload: Payload::Exc(Box::new(data)),
        }))) {
            Value::Obj(r) => r,
            _ => unreachable!("alloc returns an object"),
        }
    }

    /// A `Throw` of a new exception of class `cls` with message `msg`.
    pub fn error(&mut self, cls: ObjRef, msg: impl Into<String>) -> Throw {
        Throw::Exc(self.new_exception(cls, Some(msg.into())))
    }

    /// `TypeError(msg)`
    pub fn type_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.st.types.type_error;
        self.error(c, msg)
    }

    /// `ValueError(msg)`
    pub fn value_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.st.types.value_error;
        self.error(c, msg)
    }

    /// `IndexError(msg)`
    pub fn index_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.st.types.index_error;
        self.error(c, msg)
    }

    /// `RuntimeError(msg)`
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.st.types.runtime_error;
        self.error(c, msg)
    }

    /// `OverflowError(msg)`
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.st.types.overflow_error;
        self.error(c, msg)
    }

    /// `ZeroDivisionError(msg)`
    pub fn zero_division(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.st.types.zero_division_error;
        self.error(c, msg)
    }

    /// `KeyError(key)` (its str is the key's repr).
    pub fn key_error(&mut self, key: Value) -> Throw {
        let args = self.new_tuple(vec![key]);
        let c = self.st.types.key_error;
        Throw::Exc(self.new_exception_args(c, args))
    }

    /// `AttributeError: 'T' object has no attribute 'x'`
    pub fn attribute_error(&mut self, obj: Value, name: NameId) -> Throw {
        let attr = self.name(name);
        let msg = match self.obj(obj) {
            Some(Object::Class(c)) => format!("type object '{}' has no attribute '{attr}'", c.name),
            Some(Object::Module(m)) => format!("module '{}' has no attribute '{attr}'", m.name),
            _ => format!("'{}' object has no attribute '{attr}'", self.type_name(obj)),
        };
        let c = self.st.types.attribute_error;
        let t = self.error(c, msg);
        // 3.10+: the failed lookup is kept as `e.name` and `e.obj`.
        if let Throw::Exc(r) = &t {
            let n = self.new_str(&attr);
            let obj_id = self.intern("obj");
            if let Object::Instance(i) = self.st.heap.get_mut(*r) {
                i.set_attr(crate::names::sym::name, n);
                i.set_attr(obj_id, obj);
            }
        }
        t
    }

    /// The exception data of an exception instance.
    pub fn exc_data(&self, exc: ObjRef) -> Option<&ExcData> {
        match self.st.heap.get(exc) {
            Object::Instance(i) => match &i.payload {
                Payload::Exc(e) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }

    /// Mutable exception data of an exception instance.
    pub fn exc_data_mut(&mut self, exc: ObjRef) -> Option<&mut ExcData> {
        match self.st.heap.get_mut(exc) {
            Object::Instance(i) => match &mut i.payload {
                Payload::Exc(e) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }

    // ---- registration -------------------------------------------------------------

    /// A native function value.
    pub fn new_native(&mut self, name: &'static str, f: NativeFn, owner: Option<ObjRef>) -> Value {
        self.alloc(Object::Native(NativeFnObj { name, f, owner }))
    }

    /// Binds a builtin function name.
    pub fn register_builtin(&mut self, name: &'static str, f: NativeFn) {
        let v = self.new_native(name, f, None);
        self.set_builtin(name, v);
    }

    /// Binds any value in builtins.
    pub fn set_builtin(&mut self, name: &str, v: Value) {
        let id = self.intern(name);
        self.st.builtins.set(id, v);
    }

    /// Adds native methods to a class's dict.
    pub fn add_methods(&mut self, cls: ObjRef, methods: &[NativeDef]) {
        for def in methods {
            let f = self.new_native(def.name, def.f, Some(cls));
            self.class_set(cls, def.name, f);
        }
    }

    /// Sets a class attribute.
    pub fn class_set(&mut self, cls: ObjRef, name: &str, v: Value) {
        let id = self.intern(name);
        if let Object::Class(c) = self.st.heap.get_mut(cls) {
            c.dict.insert(id, v);
        }
    }

    /// Creates a class. `new` is the Rust constructor (inherited when `None`).
    pub fn new_class(
        &mut self,
        name: &str,
        base: Option<ObjRef>,
        new: Option<NativeNew>,
        builtin: bool,
    ) -> ObjRef {
        let (mut mro, is_exception) = match base.and_then(|b| self.class(b)) {
            Some(b) => (b.mro.clone(), b.is_exception),
            None => (Vec::new(), false),
        };
        let name: Arc<str> = Arc::from(name);
        let module: Arc<str> = Arc::from(if builtin { "builtins" } else { "__main__" });
        let obj = ClassObj {
            qualname: name.clone(),
            name,
            module,
            base,
            mro: Vec::new(),
            dict: Default::default(),
            new,
            is_exception,
            builtin,
            bases: base.into_iter().collect(),
            attr_flags: 0,
            meta: None,
        };
        let r = match self.alloc(Object::Class(Box::new(obj))) {
            Value::Obj(r) => r,
            _ => unreachable!("alloc returns an object"),
        };
        mro.insert(0, r);
        if let Object::Class(c) = self.st.heap.get_mut(r) {
            c.mro = mro;
            crate::ops::attr_cache::bump_type_epoch();
        }
        r
    }

    /// Creates a native module object (not yet registered in `sys.modules`).
    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let m = ModuleObj {
            name: Arc::from(name),
            attrs: Default::default(),
            is_main: false,
            prefix: None,
            file: None,
        };
        match self.alloc(Object::Module(Box::new(m))) {
            Value::Obj(r) => r,
            _ => unreachable!("alloc returns an object"),
        }
    }

    /// Sets a module attribute.
    pub fn module_set(&mut self, module: ObjRef, name: &str, v: Value) {
        let id = self.intern(name);
        if let Object::Module(m) = self.st.heap.get_mut(module) {
            m.attrs.insert(id, v);
        }
    }

    /// Adds native functions to a module.
    pub fn module_add_functions(&mut self, module: ObjRef, defs: &[NativeDef]) {
        for def in defs {
            let f = self.new_native(def.name, def.f, None);
            self.module_set(module, def.name, f);
        }
    }

    /// Keeps `v` alive until [`Vm::pop_roots`] cuts back to the returned mark (for values
    /// native code holds across a callback into Python or a GIL release).
    pub fn push_root(&mut self, v: Value) -> usize {
        self.th.roots.push(v);
        self.th.roots.len() - 1
    }

    /// Releases the roots pushed since `mark`.
    pub fn pop_roots(&mut self, mark: usize) {
        self.th.roots.truncate(mark);
    }

    /// Writes to the script's stdout.
    pub fn write_stdout(&mut self, s: &str) {
        self.st.out.write_out(s);
    }

    /// Writes to the script's stderr.
    pub fn write_stderr(&mut self, s: &str) {
        self.st.out.write_err(s);
    }
}
