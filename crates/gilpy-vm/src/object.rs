//! The heap object kinds. Big kinds have their own files under `objects/`.

use std::any::Any;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::builtins::NativeFn;
use crate::names::{FxHashMap, NameId};
use crate::objects::code::CodeData;
use crate::objects::dict::Dict;
use crate::objects::str::StrObj;
use crate::value::{ObjRef, Value};

/// Everything that lives on the heap.
pub enum Object {
    /// A free slot (or what a stale handle reads as).
    Free,
    /// `str`
    Str(StrObj),
    /// An `int` that does not fit in an `i64` (always normalised: never holds a small one).
    BigInt(Box<BigInt>),
    /// `list`
    List(Vec<Value>),
    /// `tuple`
    Tuple(Box<[Value]>),
    /// `dict`
    Dict(Box<Dict>),
    /// `set` (a dict whose values are unused)
    Set(Box<Dict>),
    /// `range`
    Range(Box<RangeObj>),
    /// `slice(start, stop, step)`
    Slice(Box<[Value; 3]>),
    /// A Python function.
    Function(Box<FunctionObj>),
    /// A class (user class or builtin type).
    Class(Box<ClassObj>),
    /// An instance of a user class (including exceptions and native-backed classes).
    Instance(Box<InstanceObj>),
    /// `obj.method` for a function found on the class.
    BoundMethod { func: Value, self_: Value },
    /// `super(cls, obj)`
    Super { class: ObjRef, obj: Value },
    /// A module.
    Module(Box<ModuleObj>),
    /// A function written in Rust.
    Native(NativeFnObj),
    /// A Rust closure registered by an embedder ([`crate::Interpreter::register_function`]).
    Closure(NativeClosure),
    /// A builtin iterator.
    Iter(IterObj),
    /// `dict.keys()`, `.values()`, `.items()`
    DictView { dict: ObjRef, kind: ViewKind },
    /// A closure cell (`Value::Undef` when empty).
    Cell(Value),
    /// A code object (the VM's view of a compiled [`gilpy_compiler::bytecode::Code`]).
    Code(Arc<CodeData>),
    /// A generator (see `objects/generator.rs`).
    Generator(Box<crate::objects::generator::GenObj>),
}

/// Which view of a dict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// `range(start, stop, step)`
#[derive(Debug, Clone, Copy)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    /// Number of elements.
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start + step - 1) / step
        } else if step < 0 && start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }

    /// Is the range empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A Python function: code plus what `def` evaluated.
pub struct FunctionObj {
    pub code: Arc<CodeData>,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    /// Defaults for the trailing positional parameters.
    pub defaults: Box<[Value]>,
    /// Keyword-only defaults.
    pub kwdefaults: Vec<(NameId, Value)>,
    /// The cells for `code.freevars`.
    pub closure: Box<[Value]>,
    /// Extra attributes set by the user (`f.calls = 0`).
    pub attrs: Vec<(NameId, Value)>,
}

/// How calling a class creates the object (builtin types, `object`, exceptions).
pub type NativeNew =
    fn(&mut crate::Vm<'_>, ObjRef, crate::builtins::Args<'_>) -> crate::PyResult<Value>;

/// A class: a user class or a builtin type.
pub struct ClassObj {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub module: Arc<str>,
    pub base: Option<ObjRef>,
    /// Method resolution order, this class first, `object` last.
    pub mro: Vec<ObjRef>,
    /// Class attributes and methods (native methods of builtin types live here too).
    pub dict: ClassDict,
    /// `__new__` in Rust, inherited through the mro when `None`.
    pub new: Option<NativeNew>,
    /// Does this class derive from `BaseException`?
    pub is_exception: bool,
    /// Is this a builtin type (not a class statement)?
    pub builtin: bool,
    /// `__bases__` (empty for `object`).
    pub bases: Vec<ObjRef>,
    /// What attribute access must look for beyond the fast paths (`attr_flags::*`),
    /// summed over the mro; recomputed when a class dict gains such an entry.
    pub attr_flags: u8,
    /// The metaclass when it is not `type` (`class C(metaclass=M)` or inherited).
    pub meta: Option<ObjRef>,
}

/// A class's attributes: a hash map for lookups plus the definition order (which
/// `__set_name__`, `C.__dict__`, `vars(C)` and `dir` show, as in CPython).
#[derive(Default)]
pub struct ClassDict {
    map: FxHashMap<NameId, Value>,
    order: Vec<NameId>,
}

impl ClassDict {
    /// The value bound to `name`.
    #[inline]
    pub fn get(&self, name: &NameId) -> Option<&Value> {
        self.map.get(name)
    }

    /// Binds `name` (a new name goes last; rebinding keeps its place).
    pub fn insert(&mut self, name: NameId, v: Value) -> Option<Value> {
        crate::ops::attr_cache::bump_type_epoch();
        let old = self.map.insert(name, v);
        if old.is_none() {
            self.order.push(name);
        }
        old
    }

    /// Unbinds `name`.
    pub fn remove(&mut self, name: &NameId) -> Option<Value> {
        crate::ops::attr_cache::bump_type_epoch();
        let old = self.map.remove(name);
        if old.is_some() {
            self.order.retain(|n| n != name);
        }
        old
    }

    /// Is `name` bound?
    pub fn contains_key(&self, name: &NameId) -> bool {
        self.map.contains_key(name)
    }

    /// The values, in any order.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.map.values()
    }

    /// `(name, value)` in definition order.
    pub fn iter(&self) -> impl Iterator<Item = (&NameId, &Value)> {
        self.order.iter().filter_map(|n| self.map.get_key_value(n))
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// No names?
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Bits of [`ClassObj::attr_flags`].
pub mod attr_flags {
    /// A data descriptor (`property`, a `__set__`/`__delete__` object) in some class dict.
    pub const DATA_DESC: u8 = 1;
    /// A user `__getattribute__`.
    pub const GETATTRIBUTE: u8 = 2;
    /// A user `__setattr__`.
    pub const SETATTR: u8 = 4;
    /// A user `__delattr__`.
    pub const DELATTR: u8 = 8;
    /// `__slots__` restricts the instance attributes.
    pub const SLOTS: u8 = 16;
    /// A user `__new__`.
    pub const NEW: u8 = 32;
    /// A subclass of a builtin value type (instances carry `Payload::Base`).
    pub const VALUE_BASE: u8 = 64;
    /// The class's metaclass is not `type` (calls may go through its `__call__`).
    pub const META: u8 = 128;
}

/// An instance of a user class.
pub struct InstanceObj {
    pub class: ObjRef,
    /// Attributes in insertion order; a linear scan over interned ids beats hashing for
    /// the handful most objects have.
    pub attrs: Vec<(NameId, Value)>,
    pub payload: Payload,
}

impl InstanceObj {
    /// An attribute of the instance itself.
    #[inline]
    pub fn get_attr(&self, name: NameId) -> Option<Value> {
        self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    /// Sets an attribute of the instance itself.
    #[inline]
    pub fn set_attr(&mut self, name: NameId, v: Value) {
        if let Some(slot) = self.attrs.iter_mut().find(|(n, _)| *n == name) {
            slot.1 = v;
        } else {
            crate::ops::attr_cache::note_instance_name(name);
            self.attrs.push((name, v));
        }
    }

    /// Removes an attribute; false when it was not there.
    pub fn del_attr(&mut self, name: NameId) -> bool {
        if let Some(i) = self.attrs.iter().position(|(n, _)| *n == name) {
            self.attrs.remove(i);
            true
        } else {
            false
        }
    }
}

/// Rust-side state carried by an instance.
pub enum Payload {
    None,
    /// Instances of `BaseException` subclasses.
    Exc(Box<ExcData>),
    /// Instances of classes implemented in Rust (locks, queues, threads, ...).
    Native(Box<dyn NativeData>),
    /// Instances of subclasses of builtin value types: the value they extend
    /// (`builtins/subclass.rs`).
    Base(Value),
}

/// Rust state behind a native class's instances. `trace` must report every [`Value`] the
/// state holds, or the collector will free them.
pub trait NativeData: Send + 'static {
    /// Report every value this state keeps alive.
    fn trace(&self, visit: &mut dyn FnMut(Value));
    /// For downcasting.
    fn as_any(&self) -> &dyn Any;
    /// For downcasting.
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// One traceback entry: a frame an exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Arc<CodeData>,
    pub pc: u32,
    /// Which activation of the frame (so a re-raise in the same frame adds nothing).
    pub activation: u64,
}

/// The state of an exception instance.
pub struct ExcData {
    /// `e.args`, always a tuple.
    pub args: Value,
    /// Innermost entry first.
    pub traceback: Vec<TbEntry>,
    pub context: Value,
    pub cause: Value,
    pub suppress_context: bool,
}

impl Default for ExcData {
    fn default() -> Self {
        ExcData {
            args: Value::None,
            traceback: Vec::new(),
            context: Value::None,
            cause: Value::None,
            suppress_context: false,
        }
    }
}

/// A module: a name and its attributes.
pub struct ModuleObj {
    pub name: Arc<str>,
    pub attrs: FxHashMap<NameId, Value>,
    /// `__main__` keeps its attributes in the VM's global slot table instead.
    pub is_main: bool,
    /// Modules run from Python source keep their globals in the VM's global slot table
    /// under this key prefix (`"name:"`, see `modules/import.rs`): attribute reads see
    /// them live, so a partly imported module (circular imports) shows what ran so far.
    pub prefix: Option<NameId>,
    /// The source file, for `repr` and import errors.
    pub file: Option<Arc<str>>,
}

impl ModuleObj {
    /// The `builtins` module, whose attributes are the builtins namespace itself.
    pub fn is_builtins(&self) -> bool {
        !self.is_main && &*self.name == "builtins"
    }
}

/// A function implemented in Rust.
#[derive(Clone, Copy)]
pub struct NativeFnObj {
    pub name: &'static str,
    pub f: NativeFn,
    /// Builtin types' methods: the type they belong to (for reprs and `self` checks).
    pub owner: Option<ObjRef>,
}

/// The signature of an embedder's native closure.
pub type ClosureFn =
    dyn Fn(&mut crate::Vm<'_>, crate::builtins::Args<'_>) -> crate::PyResult<Value> + Send + Sync;

/// A Rust closure callable from Python.
#[derive(Clone)]
pub struct NativeClosure {
    pub name: Arc<str>,
    pub f: Arc<ClosureFn>,
}

/// A builtin iterator.
pub enum IterObj {
    /// Over a list (sees appends, like Python).
    List { list: ObjRef, idx: usize },
    /// Over a tuple.
    Tuple { tuple: ObjRef, idx: usize },
    /// Over a str, by byte offset.
    Str { s: ObjRef, byte: usize },
    /// Over a range.
    Range { next: i64, stop: i64, step: i64 },
    /// Over a dict's keys, values or items (by entry index). `len_at_start` detects a
    /// size change; `remaining` (items not yet produced) detects keys replaced at the
    /// same size, like CPython's `di_used` and `len`.
    Dict {
        dict: ObjRef,
        idx: usize,
        kind: ViewKind,
        len_at_start: usize,
        remaining: usize,
    },
    /// Over a set (`len_at_start` detects a size change, like CPython's `si_used`).
    Set {
        set: ObjRef,
        idx: usize,
        len_at_start: usize,
    },
    /// `reversed(list)`: index of the next element plus one.
    ListRev { list: ObjRef, remaining: usize },
    /// Over anything with `__getitem__` (index until `IndexError`).
    Seq { obj: Value, idx: i64 },
    /// `enumerate(it, start)`
    Enumerate { it: Value, count: i64 },
    /// `zip(a, b, ...)`
    Zip { its: Vec<Value> },
    /// `map(f, it)` and other iterators written in Rust by library code.
    Native(Box<dyn NativeIter>),
    /// An exhausted iterator.
    Done,
}

/// An iterator implemented in Rust by library code (`map`, `filter`, ...).
pub trait NativeIter: Send + 'static {
    /// The next item, or `None` when exhausted.
    fn next(&mut self, vm: &mut crate::Vm<'_>) -> crate::PyResult<Option<Value>>;
    /// Report every value this iterator keeps alive.
    fn trace(&self, visit: &mut dyn FnMut(Value));
    /// `type(it).__name__`.
    fn type_name(&self) -> &'static str {
        "iterator"
    }
}

impl Object {
    /// Roughly how many bytes the object holds, itself and the buffers it owns: what the
    /// collector's byte threshold counts. Cheap: no walking of nested objects.
    #[inline(always)]
    pub(crate) fn footprint(&self) -> usize {
        const BASE: usize = 48;
        const VALUE: usize = std::mem::size_of::<Value>();
        BASE + match self {
            Object::Str(s) => s.capacity(),
            Object::BigInt(b) => (b.bits() / 8) as usize,
            Object::List(v) => v.capacity() * VALUE,
            Object::Tuple(v) => v.len() * VALUE,
            Object::Dict(d) | Object::Set(d) => d.capacity_used() * (2 * VALUE + 8),
            Object::Instance(i) => i.attrs.capacity() * (VALUE + 8),
            Object::Class(c) => c.dict.len() * (VALUE + 8),
            Object::Module(m) => m.attrs.len() * (VALUE + 8),
            _ => 0,
        }
    }

    /// Report every value this object references (the collector's edges).
    pub(crate) fn trace(&self, visit: &mut dyn FnMut(Value)) {
        match self {
            Object::Free
            | Object::Str(_)
            | Object::BigInt(_)
            | Object::Range(_)
            | Object::Closure(_) => {}
            Object::Native(n) => {
                if let Some(o) = n.owner {
                    visit(Value::Obj(o))
                }
            }
            Object::List(v) => v.iter().for_each(|x| visit(*x)),
            Object::Tuple(v) => v.iter().for_each(|x| visit(*x)),
            Object::Dict(d) | Object::Set(d) => d.trace(visit),
            Object::Slice(s) => s.iter().for_each(|x| visit(*x)),
            // Code objects are permanent roots (see `VmState::codes`), so they are not
            // traced from functions and tracebacks.
            Object::Function(f) => {
                f.defaults.iter().for_each(|x| visit(*x));
                f.kwdefaults.iter().for_each(|x| visit(x.1));
                f.closure.iter().for_each(|x| visit(*x));
                f.attrs.iter().for_each(|x| visit(x.1));
            }
            Object::Class(c) => {
                if let Some(b) = c.base {
                    visit(Value::Obj(b));
                }
                c.bases.iter().for_each(|x| visit(Value::Obj(*x)));
                c.mro.iter().for_each(|x| visit(Value::Obj(*x)));
                c.dict.values().for_each(|x| visit(*x));
                if let Some(m) = c.meta {
                    visit(Value::Obj(m));
                }
            }
            Object::Instance(i) => {
                visit(Value::Obj(i.class));
                i.attrs.iter().for_each(|x| visit(x.1));
                match &i.payload {
                    Payload::None => {}
                    Payload::Exc(e) => {
                        visit(e.args);
                        visit(e.context);
                        visit(e.cause);
                    }
                    Payload::Native(n) => n.trace(visit),
                    Payload::Base(b) => visit(*b),
                }
            }
            Object::BoundMethod { func, self_ } => {
                visit(*func);
                visit(*self_);
            }
            Object::Super { class, obj } => {
                visit(Value::Obj(*class));
                visit(*obj);
            }
            Object::Module(m) => m.attrs.values().for_each(|x| visit(*x)),
            Object::Iter(it) => match it {
                IterObj::List { list: r, .. }
                | IterObj::Tuple { tuple: r, .. }
                | IterObj::Str { s: r, .. }
                | IterObj::Dict { dict: r, .. }
                | IterObj::Set { set: r, .. }
                | IterObj::ListRev { list: r, .. } => visit(Value::Obj(*r)),
                IterObj::Range { .. } | IterObj::Done => {}
                IterObj::Seq { obj, .. } => visit(*obj),
                IterObj::Enumerate { it, .. } => visit(*it),
                IterObj::Zip { its } => its.iter().for_each(|x| visit(*x)),
                IterObj::Native(n) => n.trace(visit),
            },
            Object::DictView { dict, .. } => visit(Value::Obj(*dict)),
            Object::Cell(v) => visit(*v),
            Object::Code(_) => {}
            Object::Generator(g) => g.trace(visit),
        }
    }
}
#[cfg(test)]
mod size_tests {
    /// Every heap slot is an `Object`: iterators live inline (no box to allocate per
    /// `for` loop) because they fit in the size the other variants already need.
    #[test]
    fn object_is_forty_bytes_with_iterators_inline() {
        assert_eq!(std::mem::size_of::<super::Object>(), 40);
        assert!(std::mem::size_of::<super::IterObj>() <= 32);
    }
}
