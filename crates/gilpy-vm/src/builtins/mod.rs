//! Native functions, methods and modules: the registration mechanism.
//!
//! Everything written in Rust that Python code can call is a [`NativeFn`]:
//! `fn(&mut Vm, Args) -> PyResult<Value>`. For methods of builtin types, `args.pos[0]` is
//! `self`. Three tables below wire them in at interpreter start:
//!
//! - [`FUNCTION_TABLES`]: builtins visible everywhere (`len`, `print`, ...);
//! - [`TYPE_METHODS`]: per-type method tables (`str.upper`, `list.append`, ...); a
//!   method is an entry in its type's class dict, so `"a".upper()`, `str.upper("a")` and
//!   `getattr("a", "upper")` all find it;
//! - [`MODULES`]: built-in modules, created on first `import`.
//!
//! To add a builtin function, a method or a module, write it in a file of its own
//! (`builtins/functions.rs`, `methods/str.rs`, `modules/time.rs`, ...) exporting a
//! `&[NativeDef]` or a [`ModuleDef`], and add one line to the matching table here.

pub mod bytes;
pub mod bytes_extra;
pub mod classes;
pub mod codecs;
pub mod combinatoric;
pub mod complex;
pub mod core;
pub mod descr;
pub mod docs;
pub mod dunders;
pub mod evalexec;
pub mod exceptions;
pub mod exgroup;
pub mod frames;
pub mod funcattrs;
pub mod functions;
pub mod generic_alias;
pub mod instdict;
pub mod io;
pub mod itertypes;
pub mod mappingproxy;
pub mod memview;
pub mod meta;
pub mod objmodel;
pub mod slots;
pub mod strict_zip;
pub mod subclass;
pub mod types;
pub mod unicode_err;
pub mod union;

use crate::names::NameId;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// A function implemented in Rust.
pub type NativeFn = fn(&mut Vm<'_>, Args<'_>) -> PyResult<Value>;

/// The arguments of a native call: positional values and keyword `(name, value)` pairs.
///
/// The values stay rooted on the caller's value stack for the duration of the call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(NameId, Value)],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }

    /// Number of positional arguments.
    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    /// No positional arguments?
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// The `i`-th positional argument.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.pos.get(i).copied()
    }

    /// The text of the last positional argument, for class methods such as
    /// `bytes.fromhex(s)` whose string comes after the class; else `TypeError: {what}
    /// argument must be str`.
    pub fn last_str(&self, vm: &mut Vm<'_>, what: &str) -> PyResult<String> {
        match self.pos.last().and_then(|v| vm.as_str(*v)) {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error(format!("{what} argument must be str"))),
        }
    }

    /// A keyword argument by interned name.
    pub fn kwarg(&self, name: NameId) -> Option<Value> {
        self.kw.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    /// A keyword argument by its text.
    pub fn kwarg_str(&self, vm: &Vm<'_>, name: &str) -> Option<Value> {
        // Most calls pass no keywords: skip hashing the name.
        if self.kw.is_empty() {
            return None;
        }
        let id = vm.st.names.lookup(name)?;
        self.kwarg(id)
    }

    /// The `i`-th positional argument, or the keyword argument `name`.
    pub fn arg_or_kw(&self, i: usize, name: NameId) -> Option<Value> {
        self.get(i).or_else(|| self.kwarg(name))
    }

    /// `TypeError` unless there are between `min` and `max` positional arguments and no
    /// keywords, worded like CPython's builtins.
    pub fn check(&self, vm: &mut Vm<'_>, fname: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kwargs(vm, fname)?;
        self.check_pos(vm, fname, min, max)
    }

    /// [`Args::check`] for a method: `self` is `pos[0]` and is not counted, as in
    /// CPython's messages (`get expected at least 1 argument, got 0`).
    pub fn check_method(
        &self,
        vm: &mut Vm<'_>,
        fname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        let rest = Args {
            pos: self.pos.get(1..).unwrap_or(&[]),
            kw: self.kw,
        };
        rest.check(vm, fname, min, max)
    }

    /// Like [`Args::check`] but allows keywords (the caller reads them).
    pub fn check_pos(&self, vm: &mut Vm<'_>, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        Err(vm.type_error(msg))
    }

    /// `TypeError` if any keyword argument was given.
    pub fn no_kwargs(&self, vm: &mut Vm<'_>, fname: &str) -> PyResult<()> {
        if self.kw.is_empty() {
            Ok(())
        } else {
            Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A named native function, as listed in a registration table.
#[derive(Clone, Copy)]
pub struct NativeDef {
    pub name: &'static str,
    pub f: NativeFn,
}

impl NativeDef {
    /// A table entry.
    pub const fn new(name: &'static str, f: NativeFn) -> NativeDef {
        NativeDef { name, f }
    }
}

/// A built-in module: its name and a function filling the fresh module object with
/// attributes (see [`Vm::module_add_functions`] and [`Vm::module_set`]).
#[derive(Clone, Copy)]
pub struct ModuleDef {
    pub name: &'static str,
    pub init: fn(&mut Vm<'_>, ObjRef) -> PyResult<()>,
}

/// Selects one builtin type out of [`Types`](crate::state::Types).
pub type TypeSel = fn(&crate::state::Types) -> ObjRef;

/// Builtin functions, one table per file.
pub const FUNCTION_TABLES: &[&[NativeDef]] = &[
    core::FUNCTIONS,
    functions::FUNCTIONS,
    io::FUNCTIONS,
    classes::FUNCTIONS,
    evalexec::FUNCTIONS,
    instdict::FUNCTIONS,
];

/// Per-type method tables: (type, methods).
pub const TYPE_METHODS: &[(TypeSel, &[NativeDef])] = &[
    (|t| t.object, core::OBJECT_METHODS),
    (|t| t.object, classes::OBJECT_METHODS),
    (|t| t.type_, meta::TYPE_METHODS),
    (|t| t.base_exception, core::EXCEPTION_METHODS),
    (|t| t.key_error, core::KEY_ERROR_METHODS),
    (|t| t.os_error, exceptions::OS_ERROR_METHODS),
    (|t| t.base_exception, unicode_err::BASE_EXCEPTION_METHODS),
    (|t| t.unicode_decode_error, unicode_err::DECODE_METHODS),
    (|t| t.unicode_encode_error, unicode_err::ENCODE_METHODS),
    (|t| t.list, crate::methods::list::METHODS),
    (|t| t.dict, crate::methods::dict::METHODS),
    (|t| t.str, crate::methods::str::METHODS),
    (|t| t.tuple, crate::methods::tuple::METHODS),
    (|t| t.set, crate::methods::set::METHODS),
    (|t| t.set, crate::methods::frozenset::SET_UPDATES),
    (|t| t.frozenset, crate::methods::frozenset::METHODS),
    (|t| t.range, crate::methods::range::METHODS),
    (|t| t.slice, crate::methods::range::SLICE_METHODS),
    (|t| t.generator, crate::objects::generator::METHODS),
    (|t| t.int, crate::methods::number::INT_METHODS),
    (|t| t.str, bytes::STR_METHODS),
    (|t| t.str, crate::methods::convert_extra::STR_METHODS),
    (|t| t.int, crate::methods::convert_extra::INT_METHODS),
    (|t| t.float, crate::methods::number::FLOAT_METHODS),
];

/// Built-in modules.
pub const MODULES: &[ModuleDef] = &[
    crate::modules::sys::MODULE,
    crate::modules::random::MODULE,
    crate::modules::re_native::MODULE,
    crate::modules::math::MODULE,
    crate::modules::unicodedata::MODULE,
    crate::modules::stdlib_native::MODULE,
    crate::modules::thread::MODULE,
    crate::modules::queue_native::MODULE,
    crate::modules::heapq_native::MODULE,
    crate::modules::deque::MODULE,
    crate::modules::time::MODULE,
    crate::modules::gc::MODULE,
    crate::modules::os::MODULE,
    crate::modules::os::PATH,
    crate::modules::sim::MODULE,
    crate::modules::interpreters::MODULE,
    crate::modules::pymod::THREADING,
    crate::modules::pymod::QUEUE,
    crate::modules::pymod::CONCURRENT_FUTURES,
    crate::modules::hashlib::MODULE,
    crate::modules::zlib_native::MODULE,
    crate::modules::struct_native::MODULE,
    crate::modules::weakref_native::MODULE,
];

/// Installs every table into a fresh interpreter.
pub(crate) fn install(vm: &mut Vm<'_>) {
    for table in FUNCTION_TABLES {
        for def in *table {
            vm.register_builtin(def.name, def.f);
        }
    }
    for (sel, methods) in TYPE_METHODS {
        let ty = sel(&vm.st.types);
        vm.add_methods(ty, methods);
    }
    classes::after_install(vm);
    instdict::install(vm);
    subclass::install(vm);
    let extra = crate::modules::stdlib_py_extra::ALL;
    for def in MODULES
        .iter()
        .chain(crate::modules::stdlib_py::ALL)
        .chain(extra)
    {
        vm.st.module_defs.push(*def);
    }
}
