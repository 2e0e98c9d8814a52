//! The embedding API: [`Interpreter`], its [`Builder`], running scripts, reading globals.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use gilpy_compiler::bytecode::Code;

use crate::frame::{FrameKind, ThreadCtx};
use crate::gil::Gil;
use crate::names::{sym, NameId};
use crate::object::{ModuleObj, Object};
use crate::state::{Config, SwitchPoints, VmState};
use crate::value::Value;
use crate::{Error, Halt, PyObject, PyResult, Throw, Vm};

/// The interpreter runs on its own thread with this much stack, so that native code
/// nested inside Python calls (bounded by `MAX_NATIVE_DEPTH`) cannot overflow it.
pub(crate) const INTERP_STACK: usize = 256 * 1024 * 1024;

/// What a finished run produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunResult {
    /// Everything the script printed (only when output is captured).
    pub stdout: String,
    /// Everything the script wrote to stderr (only when output is captured).
    pub stderr: String,
    /// 0, or the `SystemExit` code (`sys.exit("msg")` prints `msg` to stderr and gives 1).
    pub exit_code: i32,
}

impl RunResult {
    /// The captured stdout.
    pub fn stdout(&self) -> &str {
        &self.stdout
    }
    /// The captured stderr.
    pub fn stderr(&self) -> &str {
        &self.stderr
    }
}

/// A failed run plus the output captured before it failed.
type RunErr = Box<(Error, (String, String))>;

/// Scheduling numbers (see [`Interpreter::stats`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// GIL hand-offs from one thread to another.
    pub switches: u64,
    /// Counted instructions, all threads together.
    pub instructions: u64,
    /// Every thread that ran, main first.
    pub threads: Vec<ThreadReport>,
    /// How long hand-offs took: from the holder naming its successor to the successor
    /// running (median, 99th percentile, slowest), over the last 65,536 hand-offs.
    pub handoff_latency: Option<LatencySummary>,
    /// The most heap objects alive at once.
    pub peak_objects: usize,
    /// Heap objects alive after the last collection (or now, if none ran since).
    pub live_objects: usize,
    /// Collections run.
    pub collections: u64,
}

impl Stats {
    /// The longest any thread waited for the GIL in one stretch, and which thread.
    pub fn worst_wait(&self) -> Option<(&str, Duration)> {
        self.threads
            .iter()
            .max_by_key(|t| t.stats.max_wait)
            .map(|t| (t.name.as_str(), t.stats.max_wait))
    }
}

/// Percentiles of the hand-off latency (see [`Stats::handoff_latency`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LatencySummary {
    pub median: Duration,
    pub p99: Duration,
    pub max: Duration,
    /// Hand-offs measured.
    pub count: u64,
}

/// One thread's line in [`Stats`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadReport {
    pub name: String,
    pub ident: u64,
    pub stats: crate::sched::ThreadStats,
}

/// Heap numbers, for tests and `--stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeapStats {
    /// Objects currently allocated.
    pub live_objects: usize,
    /// Collections run so far.
    pub collections: u64,
}

/// Configures an [`Interpreter`].
#[derive(Debug, Clone, Default)]
pub struct Builder {
    config: Config,
}

impl Builder {
    /// Switch (and check limits) every `n` instructions (default 100).
    pub fn check_interval(mut self, n: u32) -> Self {
        self.config.check_interval = n.max(1);
        self
    }
    /// Where switches may fall (default [`SwitchPoints::Any`]).
    pub fn switch_points(mut self, p: SwitchPoints) -> Self {
        self.config.switch_points = p;
        self
    }
    /// Maximum Python call depth (default 1000).
    pub fn recursion_limit(mut self, n: usize) -> Self {
        self.config.recursion_limit = n.max(1);
        self
    }
    /// Stop the run with [`Error::InstructionLimit`] after about `n` instructions.
    pub fn max_instructions(mut self, n: u64) -> Self {
        self.config.max_instructions = Some(n);
        self
    }
    /// Stop the run with [`Error::Timeout`] after `d`.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.config.timeout = Some(d);
        self
    }
    /// CPython 3 style switching: a thread that has waited `d` for the GIL takes it at
    /// the holder's next switch point (instead of switching every N instructions).
    pub fn switch_interval(mut self, d: Duration) -> Self {
        self.config.switch_interval = Some(d);
        self
    }
    /// Deterministic scheduling: every switch decision comes from a generator seeded
    /// with `seed`, and sleeps and timeouts use a virtual clock. The same script, seed
    /// and options give the same output and schedule on every run.
    pub fn seed(mut self, seed: u64) -> Self {
        let strategy = self.config.seed.map(|(_, s)| s).unwrap_or_default();
        self.config.seed = Some((seed, strategy));
        self
    }
    /// The seeded strategy (implies a seed of 0 unless [`Builder::seed`] is given).
    pub fn strategy(mut self, strategy: crate::sched::Strategy) -> Self {
        let seed = self.config.seed.map(|(s, _)| s).unwrap_or(0);
        self.config.seed = Some((seed, strategy));
        self
    }
    /// Record the seeded schedule (read it with [`Interpreter::recorded_schedule`]).
    pub fn record(mut self) -> Self {
        self.config.record = true;
        self
    }
    /// Follow a recorded schedule (from [`crate::sched::parse_schedule`]) instead of the
    /// generator; a run that no longer matches it stops with
    /// [`Error::ReplayDiverged`](crate::Error::ReplayDiverged).
    pub fn replay(mut self, draws: Vec<crate::sched::Draw>) -> Self {
        self.config.replay = Some(draws);
        self
    }
    /// Bounded-exhaustive runs: follow these choices, then never preempt; records the
    /// draws and the visible instructions (see [`Interpreter::bounded_run`]).
    pub fn guide(mut self, prefix: Vec<u64>) -> Self {
        self.config.guide = Some(prefix);
        self
    }
    /// Report lost updates (a thread writing a location from a read that another thread's
    /// write made stale) on stderr at exit.
    pub fn detect_races(mut self) -> Self {
        self.config.detect_races = true;
        self
    }
    /// Keep stdout/stderr in the [`RunResult`] instead of writing them to the process.
    pub fn capture_output(mut self) -> Self {
        self.config.capture_output = true;
        self
    }
    /// Record a timeline of who held the GIL when (see [`Interpreter::take_trace`]).
    pub fn trace(mut self, on: bool) -> Self {
        self.config.trace = on;
        self
    }
    /// `sys.argv`.
    pub fn argv(mut self, argv: Vec<String>) -> Self {
        self.config.argv = argv;
        self
    }
    /// The switch interval this configuration runs with: `switch_interval`, or in
    /// check-interval mode the hand-off floor that grows with the check interval (see
    /// `docs/gil.md`).
    pub fn effective_switch_interval(&self) -> Duration {
        crate::sched::interval(&self.config)
    }
    /// Creates the interpreter.
    pub fn build(self) -> Interpreter {
        Interpreter::with_config(self.config)
    }
}

/// A gilpy interpreter: its own heap, globals and GIL.
pub struct Interpreter {
    gil: Arc<Gil>,
    last_output: (String, String),
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::with_config(Config::default())
    }
}

impl Interpreter {
    /// A builder with the defaults.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// An interpreter with the default configuration.
    pub fn new() -> Interpreter {
        Interpreter::default()
    }

    fn with_config(config: Config) -> Interpreter {
        let interp = Interpreter {
            gil: Gil::new(VmState::new(config)),
            last_output: Default::default(),
        };
        interp.with_vm(|vm| {
            crate::builtins::types::bootstrap(vm);
            crate::builtins::install(vm);
            let obj_init = vm
                .class_lookup(vm.st.types.object, sym::__init__)
                .unwrap_or(Value::None);
            vm.st.object_init = obj_init;
            let main = vm.alloc(Object::Module(Box::new(ModuleObj {
                name: Arc::from("__main__"),
                attrs: Default::default(),
                is_main: true,
                prefix: None,
                file: None,
            })));
            if let Some(m) = main.as_obj() {
                vm.st.modules.insert(sym::__main__, m);
            }
            let name = vm.new_str("__main__");
            vm.st.globals.set(sym::__name__, name);
            crate::modules::import::init(vm);
        });
        interp
    }

    /// Runs `f` holding the GIL, as the main thread.
    pub(crate) fn with_vm<R>(&self, f: impl FnOnce(&mut Vm<'_>) -> R) -> R {
        self.with_vm_on(None, f)
    }

    /// [`Interpreter::with_vm`] for a main thread that may be a coroutine (seeded runs).
    fn with_vm_on<R>(
        &self,
        fiber: Option<crate::sched::Fiber<'_>>,
        f: impl FnOnce(&mut Vm<'_>) -> R,
    ) -> R {
        let st = self.gil.acquire();
        let green = fiber.is_some();
        let mut vm = Vm {
            st,
            th: ThreadCtx::new(0, "MainThread"),
            gil: &self.gil,
            fiber,
        };
        vm.st.sched.current = crate::sched::MAIN;
        // The main Python thread is whichever OS thread runs this call (a coroutine
        // is woken by the driver, not by an unpark).
        vm.st.sched.threads[crate::sched::MAIN as usize].handle =
            (!green).then(std::thread::current);
        let r = f(&mut vm);
        self.gil.release_idle(vm.st);
        r
    }

    /// A flag that, once set, raises `KeyboardInterrupt` in the running script.
    pub fn interrupt_handle(&self) -> Arc<AtomicBool> {
        self.gil.interrupt_flag()
    }

    /// Parses, compiles and runs a script as `__main__`.
    pub fn run_source(&mut self, filename: &str, source: &str) -> Result<RunResult, Error> {
        let this: &Interpreter = self;
        let seeded = self.with_vm(|vm| vm.st.config.seed.is_some());
        let out = if seeded {
            // Every thread of a seeded run is a coroutine on this OS thread.
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                crate::sched::drive(
                    &this.gil,
                    INTERP_STACK,
                    crate::modules::thread::THREAD_STACK,
                    |fiber| this.compile_and_run(filename, source, Some(fiber)),
                )
            }))
            .unwrap_or_else(|payload| {
                let msg = crate::sched::panic::message(&*payload);
                Ok(Err(Box::new((
                    Error::Internal(format!("internal error: the interpreter panicked: {msg}")),
                    Default::default(),
                ))))
            })
            .unwrap_or_else(|e| {
                Err(Box::new((
                    Error::Internal(format!("can't start the main coroutine: {e}")),
                    Default::default(),
                )))
            })
        } else {
            self.run_on_thread(filename, source)
        };
        match out {
            Ok(r) => {
                self.last_output = (r.stdout.clone(), r.stderr.clone());
                Ok(r)
            }
            Err(b) => {
                let (e, output) = *b;
                self.last_output = output;
                Err(e)
            }
        }
    }

    /// Runs a script on a fresh OS thread with a stack deep enough for the recursion
    /// limit.
    fn run_on_thread(&self, filename: &str, source: &str) -> Result<RunResult, RunErr> {
        let this: &Interpreter = self;
        std::thread::scope(|s| {
            let worker = std::thread::Builder::new()
                .name("gilpy-main".into())
                .stack_size(INTERP_STACK)
                .spawn_scoped(s, || this.compile_and_run(filename, source, None));
            match worker {
                Ok(h) => h.join().unwrap_or_else(|payload| {
                    let msg = crate::sched::panic::message(&*payload);
                    Err(Box::new((
                        Error::Internal(format!("internal error: the interpreter panicked: {msg}")),
                        Default::default(),
                    )))
                }),
                Err(_) => this.compile_and_run(filename, source, None),
            }
        })
    }

    /// Reads and runs a script file.
    pub fn run_file(&mut self, path: impl AsRef<Path>) -> Result<RunResult, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path)?;
        let name = path.display().to_string();
        let source = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                return Err(gilpy_syntax::parse_bytes(e.as_bytes(), &name)
                    .err()
                    .map(Error::Syntax)
                    .unwrap_or_else(|| {
                        Error::Io(std::io::Error::new(
                            std::io::ErrorKind::InvalidData,
                            "not UTF-8",
                        ))
                    }))
            }
        };
        self.run_source(&name, &source)
    }

    /// Captured (stdout, stderr) of the last run, also when it failed.
    pub fn output(&self) -> (&str, &str) {
        (&self.last_output.0, &self.last_output.1)
    }

    /// The value of a global variable of `__main__`, converted out of the heap.
    pub fn global(&self, name: &str) -> Result<PyObject, Error> {
        self.with_vm(|vm| {
            let v = vm
                .st
                .names
                .lookup(name)
                .and_then(|id| vm.st.globals.get(id));
            match v {
                Some(v) => Ok(PyObject::from_value(vm, v, 0)),
                None => Err(Error::NoSuchGlobal(name.to_string())),
            }
        })
    }

    /// Sets a global variable of `__main__` (before a run, or between runs).
    ///
    /// ```
    /// # use gilpy_vm::Interpreter;
    /// let mut interp = Interpreter::builder().capture_output().build();
    /// interp.set_global("names", vec!["ann", "bob"]);
    /// let r = interp.run_source("s.py", "print(len(names), names[1])\n").unwrap();
    /// assert_eq!(r.stdout, "2 bob\n");
    /// ```
    pub fn set_global(&mut self, name: &str, value: impl Into<PyObject>) {
        let value = value.into();
        self.with_vm(|vm| {
            let v = vm.from_pyobject(&value);
            let id = vm.intern(name);
            vm.st.globals.set(id, v);
        });
    }

    /// Calls the script's global function `name` with `args` (as the main thread, after
    /// a run defined it) and converts the result out of the heap. An exception comes back
    /// as [`Error::Uncaught`] with its traceback.
    ///
    /// ```
    /// # use gilpy_vm::{Interpreter, PyObject};
    /// let mut interp = Interpreter::builder().capture_output().build();
    /// interp.run_source("f.py", "def area(w, h):\n    return w * h\n").unwrap();
    /// let a: i64 = interp.call("area", vec![3i64.into(), 4i64.into()]).unwrap().try_into().unwrap();
    /// assert_eq!(a, 12);
    /// ```
    pub fn call(&mut self, name: &str, args: Vec<PyObject>) -> Result<PyObject, Error> {
        self.with_vm(|vm| {
            let f = vm
                .st
                .names
                .lookup(name)
                .and_then(|id| vm.st.globals.get(id))
                .ok_or_else(|| Error::NoSuchGlobal(name.to_string()))?;
            let mark = vm.push_root(f);
            let mut vals = Vec::with_capacity(args.len());
            for a in &args {
                let v = vm.from_pyobject(a);
                vm.th.roots.push(v);
                vals.push(v);
            }
            vm.st.sched.halt = None;
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| vm.call(f, &vals)))
                .unwrap_or_else(|payload| {
                    let report = crate::sched::panic::report(vm, &*payload);
                    Err(Throw::Halt(Halt::Internal(report)))
                });
            let out = match r {
                Ok(v) => Ok(vm.to_pyobject(v)),
                Err(e) => finish(vm, Err(e)).and_then(|code| {
                    Err(Error::Conversion(format!(
                        "the call exited with status {code}"
                    )))
                }),
            };
            vm.pop_roots(mark);
            out
        })
    }

    /// Makes a Rust closure callable from Python as the builtin `name`.
    ///
    /// ```
    /// # use gilpy_vm::{Interpreter, PyObject, Value};
    /// let mut interp = Interpreter::builder().capture_output().build();
    /// interp.register_function("double", |vm, args| {
    ///     let n: i64 = vm.to_pyobject(args.pos[0]).try_into().unwrap_or(0);
    ///     Ok(Value::Int(n * 2))
    /// });
    /// let r = interp.run_source("x.py", "print(double(21))\n").unwrap();
    /// assert_eq!(r.stdout, "42\n");
    /// ```
    pub fn register_function(
        &mut self,
        name: &str,
        f: impl Fn(&mut Vm<'_>, crate::builtins::Args<'_>) -> PyResult<Value> + Send + Sync + 'static,
    ) {
        self.with_vm(|vm| {
            let c = crate::object::NativeClosure {
                name: Arc::from(name),
                f: Arc::new(f),
            };
            let v = vm.alloc(Object::Closure(c));
            vm.set_builtin(name, v);
        });
    }

    /// The timeline recorded by the last run (with [`Builder::trace`]), taken out of the
    /// interpreter: write it with [`Trace::to_chrome_json`](crate::trace::Trace::to_chrome_json)
    /// or [`trace::svg::render`](crate::trace::svg::render).
    ///
    /// ```
    /// # use gilpy_vm::Interpreter;
    /// let mut interp = Interpreter::builder().trace(true).capture_output().build();
    /// interp.run_source("t.py", "import threading\nthreading.Thread(target=print, args=(1,)).start()\n").unwrap();
    /// let trace = interp.take_trace().unwrap();
    /// assert_eq!(trace.threads[0], "MainThread");
    /// assert!(trace.to_chrome_json().contains("holds GIL"));
    /// ```
    pub fn take_trace(&self) -> Option<crate::trace::Trace> {
        self.with_vm(|vm| {
            let mut t = *vm.st.sched.trace.take()?;
            t.threads = vm.st.sched.threads.iter().map(|s| s.name.clone()).collect();
            for e in &t.events {
                if let crate::trace::Event::Span {
                    phase: crate::trace::Phase::Blocked(crate::trace::Blocked::Lock(r)),
                    ..
                } = e
                {
                    if !t.labels.contains_key(r) {
                        let label = crate::modules::thread::lock_info(vm, *r)
                            .label
                            .map(|l| match l.strip_prefix("thread ") {
                                Some(rest) if l.ends_with(" running") => format!("join ({rest})"),
                                _ => l,
                            })
                            .unwrap_or_else(|| "lock".to_string());
                        t.labels.insert(*r, label);
                    }
                }
            }
            Some(t)
        })
    }

    /// The schedule of the last seeded run in the `--record` text format (`options` is
    /// written after the seed on the second line), if recording was on.
    pub fn recorded_schedule(&self, options: &str) -> Option<String> {
        self.with_vm(|vm| {
            let s = vm.st.sched.seeded.as_ref()?;
            s.recording.as_ref()?;
            Some(crate::sched::schedule_text(s, options))
        })
    }

    /// The last guided run's draws and visible instructions (with [`Builder::guide`]).
    pub fn bounded_run(&self) -> Option<crate::sched::BoundedRun> {
        self.with_vm(|vm| {
            let s = vm.st.sched.seeded.as_ref()?;
            Some(crate::sched::BoundedRun {
                draws: s.recording.clone()?,
                notes: s.notes.clone()?,
                preemptions: s.preemptions,
            })
        })
    }

    /// Scheduling numbers of the last run: GIL hand-offs and, per thread, instructions,
    /// time holding the GIL, waiting for it, and blocked.
    pub fn stats(&self) -> Stats {
        self.with_vm(|vm| {
            let s = &vm.st.sched;
            Stats {
                switches: s.switches,
                instructions: vm.st.instructions,
                threads: s
                    .threads
                    .iter()
                    .map(|t| ThreadReport {
                        name: t.name.clone(),
                        ident: t.ident,
                        stats: t.stats,
                    })
                    .collect(),
                handoff_latency: s.latency.percentile(50.0).map(|median| LatencySummary {
                    median,
                    p99: s.latency.percentile(99.0).unwrap_or(median),
                    max: s.latency.max,
                    count: s.latency.count,
                }),
                peak_objects: vm.st.heap.peak_objects(),
                live_objects: vm.st.heap.live_objects(),
                collections: vm.st.heap.collections(),
            }
        })
    }

    /// Makes a Rust function callable from Python as the builtin `name`. It receives a
    /// [`Python`](crate::token::Python) token (the GIL is held) and its arguments copied
    /// out of the heap, and may release the GIL with
    /// [`Python::allow_threads`](crate::token::Python::allow_threads).
    ///
    /// ```
    /// # use gilpy_vm::{Interpreter, PyObject, token::{PyErr, Python}};
    /// let mut interp = Interpreter::builder().capture_output().build();
    /// interp.register_native("slow_square", |py: &mut Python<'_, '_>, args: Vec<PyObject>| {
    ///     let n: i64 = args.into_iter().next().and_then(|a| a.try_into().ok())
    ///         .ok_or_else(|| PyErr::TypeError("slow_square(n): n must be an int".into()))?;
    ///     // Other Python threads run while this sleeps.
    ///     let r = py.allow_threads(move || {
    ///         std::thread::sleep(std::time::Duration::from_millis(1));
    ///         n * n
    ///     });
    ///     Ok(r.into())
    /// });
    /// let r = interp.run_source("x.py", "print(slow_square(12))\n").unwrap();
    /// assert_eq!(r.stdout, "144\n");
    /// ```
    pub fn register_native(
        &mut self,
        name: &str,
        f: impl Fn(
                &mut crate::token::Python<'_, '_>,
                Vec<PyObject>,
            ) -> Result<PyObject, crate::token::PyErr>
            + Send
            + Sync
            + 'static,
    ) {
        let body: Arc<crate::token::NativeBody> = Arc::new(f);
        self.register_function(name, move |vm, args| crate::token::call(vm, &*body, args));
    }

    /// Live objects and collections so far (for tests and statistics).
    pub fn heap_stats(&self) -> HeapStats {
        self.with_vm(|vm| HeapStats {
            live_objects: vm.st.heap.live_objects(),
            collections: vm.st.heap.collections(),
        })
    }

    /// Runs a full collection now.
    pub fn collect_garbage(&self) {
        self.with_vm(|vm| crate::gc::collect(&mut vm.st, &vm.th));
    }

    fn compile_and_run(
        &self,
        filename: &str,
        source: &str,
        fiber: Option<crate::sched::Fiber<'_>>,
    ) -> Result<RunResult, RunErr> {
        let code = gilpy_compiler::compile_cached(source, filename)
            .map_err(|e| Box::new((Error::Syntax(e), Default::default())))?;
        self.run_code(&code, filename, source, fiber)
    }

    fn run_code(
        &self,
        code: &Arc<Code>,
        filename: &str,
        source: &str,
        fiber: Option<crate::sched::Fiber<'_>>,
    ) -> Result<RunResult, RunErr> {
        self.with_vm_on(fiber, |vm| {
            vm.st.sources.insert(Arc::from(filename), Arc::from(source));
            // Code compiled separately shares the globals of earlier runs without the
            // compiler seeing their `+=` sites: no more in-place string appends.
            if vm.st.runs > 0 {
                vm.st.inplace_strings = false;
            }
            vm.st.runs += 1;
            // The previous run's halt was reported with it. Threads it left behind (daemons,
            // threads stopped by a halt) keep the shutdown flag until they are gone.
            vm.st.sched.halt = None;
            if vm.st.sched.alive <= 1 {
                vm.st.sched.shutdown = false;
            }
            vm.st.deadline = vm.st.config.timeout.map(|d| Instant::now() + d);
            if vm.st.config.trace {
                vm.st.sched.trace = Some(Box::default());
                let now = Instant::now();
                for t in &mut vm.st.sched.threads {
                    t.since = t.since.max(now);
                }
            }
            if vm.st.config.detect_races && vm.st.races.is_none() {
                vm.st.races = Some(Box::default());
            }
            if let Some((seed, strategy)) = vm.st.config.seed {
                vm.st.sched.set_seed(seed, strategy);
                if vm.st.config.record {
                    vm.st.sched.start_recording();
                }
                if let Some(draws) = vm.st.config.replay.clone() {
                    vm.st.sched.start_replay(draws);
                }
                if let Some(prefix) = vm.st.config.guide.clone() {
                    vm.st.sched.start_guide(prefix);
                }
                // `random` follows the schedule's seed, so seeded runs replay exactly.
                let _ = crate::modules::random::seed_interpreter(vm, seed);
            }
            let doc = match crate::builtins::classes::code_doc(code) {
                Some(d) => vm.new_str(&d),
                None => Value::None,
            };
            vm.st.globals.set(sym::__doc__, doc);
            main_module_names(vm, filename);
            crate::modules::import::set_script_path(vm, filename);
            vm.th.countdown = vm.st.config.check_interval.clamp(1, 1000);
            vm.th.gc_stash = 0;
            let data = crate::objects::code::load(vm, code);
            let need = data.nlocals + data.ncells;
            vm.th.stack.extend(std::iter::repeat_n(Value::Undef, need));
            crate::call::push_frame(vm, data.id, 0, 0, FrameKind::Entry);
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                crate::eval::run(vm)
            }))
            .unwrap_or_else(|payload| {
                let report = crate::sched::panic::report(vm, &*payload);
                Err(crate::sched::raise_halt(vm, Halt::Internal(report)))
            });
            // Like CPython, wait for non-daemon threads before the interpreter ends, even
            // when the main script raised. A halt (deadlock, timeout) ends it at once.
            let result = match (result, crate::sched::shutdown_threading(vm)) {
                (Err(Throw::Halt(h)), _) => Err(Throw::Halt(h)),
                (_, Err(Throw::Halt(h))) => Err(Throw::Halt(h)),
                (r, _) => r,
            };
            // Finalize what `__main__`'s globals still hold (CPython's shutdown).
            let result = match result {
                Err(Throw::Halt(h)) => Err(Throw::Halt(h)),
                r => {
                    // The uncaught exception must survive the exit collections.
                    let mark = vm.th.roots.len();
                    if let Err(Throw::Exc(e)) = &r {
                        vm.th.roots.push(Value::Obj(*e));
                    }
                    let done = crate::gc_finalize::at_exit(vm);
                    vm.th.roots.truncate(mark);
                    match done {
                        Err(Throw::Halt(h)) => Err(Throw::Halt(h)),
                        _ => r,
                    }
                }
            };
            vm.st.sched.shutdown = true;
            // Close the main thread's last stretch so the trace ends where the run did.
            let main = crate::sched::MAIN;
            let phase = match vm.st.sched.threads[main as usize].status {
                crate::sched::Status::Blocked => crate::trace::Phase::blocked(
                    vm.st.sched.threads[main as usize].blocked_on,
                ),
                _ => crate::trace::Phase::Hold,
            };
            vm.st.sched.end_phase(main, phase, Instant::now());
            // A replay must use up its recording exactly.
            let diverged = vm.st.sched.seeded.as_ref().and_then(|s| {
                s.diverged.clone().or_else(|| {
                    s.replaying.as_ref().filter(|r| !r.is_empty()).map(|r| {
                        format!(
                            "replay diverged: the program ended after step {} with {} recorded draws left",
                            s.step,
                            r.len()
                        )
                    })
                })
            });
            let result = match diverged {
                Some(why) => Err(Throw::Halt(Halt::Diverged(why))),
                None => result,
            };
            if let Some(d) = vm.st.races.take() {
                let text = crate::races::final_report(&d);
                vm.write_stderr(&text);
            }
            let outcome = finish(vm, result);
            vm.st.out.flush();
            let output = (
                std::mem::take(&mut vm.st.out.stdout),
                std::mem::take(&mut vm.st.out.stderr),
            );
            match outcome {
                Ok(exit_code) => Ok(RunResult {
                    stdout: output.0,
                    stderr: output.1,
                    exit_code,
                }),
                Err(e) => Err(Box::new((e, output))),
            }
        })
    }
}

/// Turns the end of a run into an exit code or an error.
fn finish(vm: &mut Vm<'_>, result: PyResult<Value>) -> Result<i32, Error> {
    match result {
        Ok(_) => Ok(0),
        Err(Throw::Halt(Halt::Timeout)) => Err(Error::Timeout),
        Err(Throw::Halt(Halt::InstructionLimit)) => Err(Error::InstructionLimit),
        Err(Throw::Halt(Halt::Deadlock(s))) => Err(Error::Deadlock(s)),
        Err(Throw::Halt(Halt::Diverged(s))) => Err(Error::ReplayDiverged(s)),
        Err(Throw::Halt(Halt::Internal(s))) => Err(Error::Internal(s)),
        // Only non-main threads are shut down; the main thread never sees this.
        Err(Throw::Halt(Halt::Shutdown)) => Ok(0),
        Err(Throw::Exc(e)) => {
            if vm.isinstance(Value::Obj(e), vm.st.types.system_exit) {
                return Ok(system_exit_code(vm, e));
            }
            let (type_name, message) = crate::traceback::exception_line(vm, e);
            let traceback = crate::traceback::format_exception(vm, e);
            Err(Error::Uncaught {
                type_name,
                message,
                traceback,
            })
        }
    }
}

/// The exit status a `SystemExit` asks for (printing a non-int argument to stderr).
pub(crate) fn system_exit_code(vm: &mut Vm<'_>, e: crate::value::ObjRef) -> i32 {
    let args = vm.exc_data(e).map(|d| d.args);
    let first = match args.and_then(|a| vm.obj(a)) {
        Some(Object::Tuple(t)) => t.first().copied(),
        _ => None,
    };
    match first {
        None | Some(Value::None) => 0,
        Some(Value::Int(i)) => i as i32,
        Some(Value::Bool(b)) => b as i32,
        Some(v) => {
            let s = crate::ops::convert::str_of(vm, v).unwrap_or_default();
            vm.write_stderr(&format!("{s}\n"));
            1
        }
    }
}

/// `import name` (see `modules/import.rs`).
pub(crate) fn import_module(vm: &mut Vm<'_>, name: NameId) -> PyResult<Value> {
    let full = vm.name(name).to_string();
    crate::modules::import::import_name(vm, &full)
}

impl Gil {
    /// The interrupt flag (see [`Interpreter::interrupt_handle`]).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    /// Is an interrupt waiting to be delivered?
    pub fn interrupt_pending(&self) -> bool {
        self.interrupt.load(Ordering::Relaxed)
    }

    /// Consumes a pending interrupt.
    pub fn take_interrupt(&self) -> bool {
        self.interrupt.load(Ordering::Relaxed) && self.interrupt.swap(false, Ordering::Relaxed)
    }
}

/// The rest of the names CPython's `__main__` starts with, in its order (after
/// `__name__` and `__doc__`): `__package__`, `__loader__`, `__spec__` (None: the
/// script was not imported), an empty `__annotations__`, `__builtins__`, `__file__`,
/// `__cached__`.
fn main_module_names(vm: &mut Vm<'_>, filename: &str) {
    for name in ["__package__", "__loader__", "__spec__"] {
        let id = vm.intern(name);
        vm.st.globals.set(id, Value::None);
    }
    let ann = vm.new_dict();
    vm.st.globals.set(sym::__annotations__, ann);
    if let Ok(b) = crate::modules::import::import_name(vm, "builtins") {
        vm.st.globals.set(sym::__builtins__, b);
    }
    let file = vm.new_str(filename);
    vm.st.globals.set(sym::__file__, file);
    let cached = vm.intern("__cached__");
    vm.st.globals.set(cached, Value::None);
}
