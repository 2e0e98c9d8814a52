//! `VmState`: everything the GIL protects — the heap, names, globals, modules, builtin
//! types, parked threads, configuration and output buffers.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::builtins::ModuleDef;
use crate::frame::ThreadCtx;
use crate::heap::Heap;
use crate::names::{FxHashMap, Interner, NameId};
use crate::objects::code::CodeData;
use crate::value::{ObjRef, Value};

/// Where a GIL switch may fall (see SPEC §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SwitchPoints {
    /// Every instruction boundary (CPython 2.7–3.9).
    #[default]
    Any,
    /// Only where CPython 3.10+ checks its eval breaker: function entry, backward jumps,
    /// right after calls.
    Cpython,
}

/// Interpreter configuration (set through [`Builder`](crate::Builder)).
#[derive(Debug, Clone)]
pub struct Config {
    pub check_interval: u32,
    /// CPython 3 style: a thread that waited this long for the GIL takes it at the
    /// holder's next switch point (`None`: count instructions, Python 2 style).
    pub switch_interval: Option<Duration>,
    /// Record every seeded draw (`--record`).
    pub record: bool,
    /// Follow these draws instead of the generator (`--replay`).
    pub replay: Option<Vec<crate::sched::Draw>>,
    /// Bounded-exhaustive runs: the choices to follow (`explore --exhaustive`).
    pub guide: Option<Vec<u64>>,
    /// Run the lost-update detector (`--detect-races`).
    pub detect_races: bool,
    /// Record a timeline of the GIL (`--trace`).
    pub trace: bool,
    /// Deterministic scheduling: seed and strategy (`None`: real OS scheduling).
    pub seed: Option<(u64, crate::sched::Strategy)>,
    pub switch_points: SwitchPoints,
    pub recursion_limit: usize,
    pub max_instructions: Option<u64>,
    pub timeout: Option<Duration>,
    pub capture_output: bool,
    pub argv: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            check_interval: 100,
            switch_interval: None,
            seed: None,
            detect_races: false,
            trace: false,
            record: false,
            replay: None,
            guide: None,
            switch_points: SwitchPoints::Any,
            recursion_limit: 1000,
            max_instructions: None,
            timeout: None,
            capture_output: false,
            argv: Vec::new(),
        }
    }
}

/// A name → slot table (globals, builtins). Code objects resolve their names to slots
/// once, so `LoadGlobal` is an index, not a hash lookup.
#[derive(Default)]
pub struct Namespace {
    pub slots: Vec<Value>,
    pub names: Vec<NameId>,
    pub map: FxHashMap<NameId, u32>,
}

impl Namespace {
    /// The slot of `name`, created (unbound) on first use.
    pub fn slot(&mut self, name: NameId) -> u32 {
        if let Some(&s) = self.map.get(&name) {
            return s;
        }
        let s = self.slots.len() as u32;
        self.slots.push(Value::Undef);
        self.names.push(name);
        self.map.insert(name, s);
        s
    }

    /// The bound value of `name`.
    pub fn get(&self, name: NameId) -> Option<Value> {
        let s = *self.map.get(&name)?;
        let v = self.slots[s as usize];
        (!v.is_undef()).then_some(v)
    }

    /// Binds `name`.
    pub fn set(&mut self, name: NameId, v: Value) {
        let s = self.slot(name);
        self.slots[s as usize] = v;
    }

    /// Bound names in definition order.
    pub fn bound(&self) -> impl Iterator<Item = (NameId, Value)> + '_ {
        self.names
            .iter()
            .zip(self.slots.iter())
            .filter(|(_, v)| !v.is_undef())
            .map(|(n, v)| (*n, *v))
    }
}

/// Output buffers: captured in full, or buffered and flushed to the process's streams.
#[derive(Default)]
pub struct Output {
    pub capture: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Writes to stdout (buffered).
    pub fn write_out(&mut self, s: &str) {
        self.stdout.push_str(s);
        if !self.capture && self.stdout.len() > 1 << 14 {
            self.flush();
        }
    }

    /// Writes to stderr, flushing stdout first so the two interleave in order.
    pub fn write_err(&mut self, s: &str) {
        if self.capture {
            self.stderr.push_str(s);
        } else {
            self.flush();
            let mut err = std::io::stderr().lock();
            // Nothing sensible to do if stderr is gone.
            let _ = err.write_all(s.as_bytes());
            let _ = err.flush();
        }
    }

    /// Pushes buffered stdout to the process (no-op when capturing).
    pub fn flush(&mut self) {
        if !self.capture && !self.stdout.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(self.stdout.as_bytes());
            let _ = out.flush();
            self.stdout.clear();
        }
    }
}

macro_rules! types_struct {
    ($($field:ident),* $(,)?) => {
        /// Handles of the builtin classes.
        #[allow(missing_docs)]
        pub struct Types { $(pub $field: ObjRef,)* }
        impl Default for Types {
            fn default() -> Self { Types { $($field: ObjRef(0),)* } }
        }
        impl Types {
            /// Every builtin class (GC roots).
            pub fn all(&self) -> Vec<ObjRef> { vec![$(self.$field),*] }
        }
    };
}

types_struct! {
    object, type_, int, bool, float, str, list, tuple, dict, set, frozenset, none_type, range, slice,
    function, builtin_function, method, module, cell, code, iterator, super_, dict_keys,
    dict_values, dict_items,
    base_exception, exception, value_error, type_error, key_error, index_error, name_error,
    unbound_local_error, attribute_error, zero_division_error, runtime_error,
    recursion_error, assertion_error, stop_iteration, system_exit, keyboard_interrupt,
    import_error, module_not_found_error, lookup_error, arithmetic_error, overflow_error,
    not_implemented_error, os_error, timeout_error, unicode_error,
    // OSError's errno subclasses and friends (builtins/exceptions.rs).
    blocking_io_error, child_process_error, connection_error, broken_pipe_error,
    connection_aborted_error, connection_refused_error, connection_reset_error,
    file_exists_error, file_not_found_error, interrupted_error, is_a_directory_error,
    not_a_directory_error, permission_error, process_lookup_error, eof_error,
    unicode_decode_error, unicode_encode_error, bytes, bytearray, not_implemented_type, memory_error, traceback, frame,
    generator, generator_exit,
    // Exception groups (builtins/exgroup.rs) and `memoryview` (builtins/memview.rs).
    base_exception_group, exception_group, memoryview,
    // Descriptors (builtins/descr.rs).
    property, staticmethod, classmethod,
    // `types.GenericAlias` (builtins/generic_alias.rs).
    generic_alias,
    // `types.UnionType` (builtins/union.rs).
    union_type,
    // Slots' `member_descriptor` (builtins/slots.rs).
    member_descriptor,
    // Unbound methods of builtin types, class `__dict__` entries (builtins/objmodel.rs).
    method_descriptor, getset_descriptor,
}

/// Everything behind the GIL.
pub struct VmState {
    pub heap: Heap,
    pub names: Interner,
    pub types: Types,
    /// `__main__`'s globals.
    pub globals: Namespace,
    pub builtins: Namespace,
    /// Imported modules by name.
    pub modules: FxHashMap<NameId, ObjRef>,
    /// Modules that can be imported.
    pub module_defs: Vec<ModuleDef>,
    /// `sys.modules`, `sys.path` and the import system's bookkeeping.
    pub imports: crate::modules::import::ImportState,
    /// Every code object ever loaded: permanent roots.
    pub codes: Vec<Arc<CodeData>>,
    /// A copy of `codes` the eval loop borrows from, so that switching between frames
    /// touches no reference count (`objects/code.rs::snapshot_miss`).
    pub codes_snap: crate::objects::code::CodeSnapshot,
    /// Source text per filename, for traceback lines.
    pub sources: HashMap<Arc<str>, Arc<str>>,
    pub config: Config,
    pub out: Output,
    /// Threads that exist but are not running (their frames are GC roots).
    pub parked: Vec<ThreadCtx>,
    /// Values held by the embedder or by native code across a GIL release.
    pub handles: Vec<Value>,
    /// Objects whose repr is being computed (to print `[...]` for cycles).
    pub repr_stack: Vec<ObjRef>,
    /// Instructions executed, counted at each slow-path visit.
    pub instructions: u64,
    pub deadline: Option<Instant>,
    /// The `object.__init__` native (calling a class skips it).
    pub object_init: Value,
    /// The cached empty tuple.
    pub empty_tuple: Value,
    /// The `NotImplemented` singleton.
    pub not_implemented: Value,
    /// Single-character ASCII strings, shared (indexing and iterating strings).
    pub ascii_chars: Vec<Value>,
    /// `str` objects for interned names, by `NameId` (`Undef`: not made yet): the keys of
    /// `**kwargs` dicts, made once rather than per call (`bind.rs`).
    pub name_strs: Vec<Value>,
    /// The reverse of `name_strs` (object index to name): a `**kwargs` key passed on
    /// with `f(**kwargs)` maps back to its name without hashing its text.
    pub name_str_ids: crate::names::FxHashMap<u32, NameId>,
    /// While a Python-source module loads: the key prefix of its globals.
    pub globals_prefix: Option<Arc<str>>,
    /// Some class overrides `__getattribute__`, or gained a data descriptor after it was
    /// created: the eval loop's own-attribute fast path is off (see `ops/attr.rs`).
    pub attr_slow: bool,
    /// Has a `threading.local` been created? Until then attribute access on native
    /// instances skips the per-thread attribute swap (`modules/thread_local.rs`).
    pub thread_locals: bool,
    /// May `s += x` append in place (`Op::InplaceAppend`)? Turned off for good once code
    /// compiled at run time (`exec`, `eval`) or a namespace dict (`globals()`,
    /// `locals()`) may hold references the compiler never saw loaded.
    pub inplace_strings: bool,
    /// `sys.get_int_max_str_digits()`: the most decimal digits `int(str)` and `str(int)`
    /// convert (0: no limit).
    pub int_max_str_digits: usize,
    /// The dicts `globals()` handed out, with their module's global-key prefix (`None`:
    /// `__main__`): writes to them go through to the variables
    /// (`builtins::evalexec::write_through`). Empty until a script calls `globals()`,
    /// so dict stores pay one length test.
    pub globals_dicts: Vec<(ObjRef, Option<Arc<str>>)>,
    /// Top-level runs so far (`run_source`, `run_file`, REPL inputs).
    pub runs: u32,
    /// The union of every user class's `attr_flags` so far: while a bit is clear, no
    /// class needs the check it stands for (the store and class-call fast paths skip it).
    pub flags_seen: u8,
    /// The classes of the builtin iterator kinds (`builtins/itertypes.rs`).
    pub iter_types: [ObjRef; crate::builtins::itertypes::COUNT],
    /// `__del__` and the `gc` module's state (`gc_finalize.rs`).
    pub fin: crate::gc_finalize::Finalize,
    /// Weak references by referent (`weakref_table.rs`).
    pub weak: crate::weakref_table::WeakTable,
    /// The lost-update detector, when enabled.
    pub races: Option<Box<crate::races::RaceDetector>>,
    /// Threads: the table, run queue and sleepers.
    pub sched: crate::sched::Sched,
    /// `(class, name)` lookups (`ops/attr_cache.rs`).
    pub type_cache: crate::ops::attr_cache::TypeCache,
    /// Source modules' global slots by `(prefix, name)` (`ops/fastpath.rs`).
    pub module_slots: crate::ops::fastpath::ModuleSlots,
}

impl VmState {
    /// A fresh state (builtins are installed by [`crate::interp`]).
    pub fn new(config: Config) -> VmState {
        VmState {
            heap: Heap::default(),
            names: Interner::default(),
            types: Types::default(),
            globals: Namespace::default(),
            builtins: Namespace::default(),
            modules: FxHashMap::default(),
            module_defs: Vec::new(),
            codes: Vec::new(),
            codes_snap: Default::default(),
            sources: HashMap::new(),
            out: Output {
                capture: config.capture_output,
                ..Output::default()
            },
            config,
            parked: Vec::new(),
            handles: Vec::new(),
            repr_stack: Vec::new(),
            instructions: 0,
            deadline: None,
            object_init: Value::None,
            empty_tuple: Value::None,
            not_implemented: Value::None,
            ascii_chars: Vec::new(),
            name_strs: Vec::new(),
            name_str_ids: Default::default(),
            globals_prefix: None,
            attr_slow: false,
            thread_locals: false,
            inplace_strings: true,
            int_max_str_digits: crate::format::INT_MAX_STR_DIGITS,
            globals_dicts: Vec::new(),
            runs: 0,
            flags_seen: 0,
            iter_types: [ObjRef(0); crate::builtins::itertypes::COUNT],
            fin: Default::default(),
            weak: Default::default(),
            imports: Default::default(),
            races: None,
            sched: crate::sched::Sched::default(),
            type_cache: Default::default(),
            module_slots: Default::default(),
        }
    }
}
