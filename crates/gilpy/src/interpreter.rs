//! [`Interpreter`] and its [`Builder`]: the embedder's handle on one gilpy interpreter.
//! They wrap the VM's driver (`gilpy_vm::Interpreter`) and expose only what an embedder
//! needs; the VM's internals (the heap, `Vm`, raw values) stay behind it.

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use crate::token::{PyErr, Python};
use crate::{Draw, Error, HeapStats, PyObject, RunResult, Stats, Strategy, SwitchPoints};

/// Configures an [`Interpreter`]: the switch policy, limits, and what to record.
///
/// ```
/// use std::time::Duration;
/// let interp = gilpy::Interpreter::builder()
///     .check_interval(10)
///     .timeout(Duration::from_secs(5))
///     .capture_output()
///     .build();
/// # drop(interp);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Builder {
    inner: gilpy_vm::Builder,
}

impl Builder {
    /// Switch points every `n` instructions (default 100); the switch interval grows
    /// with it (1 µs per instruction, see `docs/gil.md`).
    ///
    /// ```
    /// let b = gilpy::Interpreter::builder().check_interval(100);
    /// assert_eq!(b.effective_switch_interval(), std::time::Duration::from_micros(100));
    /// ```
    pub fn check_interval(self, n: u32) -> Self {
        Builder {
            inner: self.inner.check_interval(n),
        }
    }

    /// Where a switch may fall: [`SwitchPoints::Any`] instruction (CPython ≤ 3.9, the
    /// default) or only CPython 3.10+'s eval-breaker points.
    ///
    /// ```
    /// let b = gilpy::Interpreter::builder().switch_points(gilpy::SwitchPoints::Cpython);
    /// # drop(b);
    /// ```
    pub fn switch_points(self, p: SwitchPoints) -> Self {
        Builder {
            inner: self.inner.switch_points(p),
        }
    }

    /// CPython 3 style: a thread that waited `d` for the GIL takes it at the holder's
    /// next switch point.
    ///
    /// ```
    /// use std::time::Duration;
    /// let b = gilpy::Interpreter::builder().switch_interval(Duration::from_millis(5));
    /// assert_eq!(b.effective_switch_interval(), Duration::from_millis(5));
    /// ```
    pub fn switch_interval(self, d: Duration) -> Self {
        Builder {
            inner: self.inner.switch_interval(d),
        }
    }

    /// The switch interval this configuration runs with.
    ///
    /// ```
    /// let b = gilpy::Interpreter::builder().check_interval(1000);
    /// assert_eq!(b.effective_switch_interval(), std::time::Duration::from_millis(1));
    /// ```
    pub fn effective_switch_interval(&self) -> Duration {
        self.inner.effective_switch_interval()
    }

    /// Deterministic scheduling: every switch decision from a generator seeded with
    /// `seed`, sleeps and timeouts on a virtual clock. Same script, seed and options:
    /// same output, every time.
    ///
    /// ```
    /// let src = "import threading\nc = 0\ndef w():\n    global c\n    for _ in range(500):\n        c += 1\nts = [threading.Thread(target=w) for _ in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(c)\n";
    /// let out = |seed| {
    ///     let mut i = gilpy::Interpreter::builder().seed(seed).capture_output().build();
    ///     i.run_source("c.py", src).unwrap().stdout
    /// };
    /// assert_eq!(out(7), out(7));
    /// ```
    pub fn seed(self, seed: u64) -> Self {
        Builder {
            inner: self.inner.seed(seed),
        }
    }

    /// How a seeded run picks the next thread (random, or PCT).
    ///
    /// ```
    /// let b = gilpy::Interpreter::builder().seed(1).strategy(gilpy::Strategy::Pct { depth: 3 });
    /// # drop(b);
    /// ```
    pub fn strategy(self, strategy: Strategy) -> Self {
        Builder {
            inner: self.inner.strategy(strategy),
        }
    }

    /// Records every seeded draw (see [`Interpreter::recorded_schedule`]).
    ///
    /// ```
    /// let mut i = gilpy::Interpreter::builder().seed(3).record().capture_output().build();
    /// i.run_source("x.py", "print(1)\n").unwrap();
    /// assert!(i.recorded_schedule("").unwrap().starts_with("gilpy-schedule 1"));
    /// ```
    pub fn record(self) -> Self {
        Builder {
            inner: self.inner.record(),
        }
    }

    /// Follows recorded draws (from [`parse_schedule`](crate::parse_schedule)) instead
    /// of the generator.
    ///
    /// ```
    /// let (seed, _, draws) = gilpy::parse_schedule("gilpy-schedule 1\nseed 3\n").unwrap();
    /// let b = gilpy::Interpreter::builder().seed(seed).replay(draws);
    /// # drop(b);
    /// ```
    pub fn replay(self, draws: Vec<Draw>) -> Self {
        Builder {
            inner: self.inner.replay(draws),
        }
    }

    /// Bounded-exhaustive runs (with [`Strategy::Bounded`](crate::Strategy)): follows
    /// these choices, then never preempts; read the result with
    /// [`Interpreter::bounded_run`].
    pub fn guide(self, prefix: Vec<u64>) -> Self {
        Builder {
            inner: self.inner.guide(prefix),
        }
    }

    /// Reports lost updates on stderr (`--detect-races`).
    ///
    /// ```
    /// let b = gilpy::Interpreter::builder().detect_races();
    /// # drop(b);
    /// ```
    pub fn detect_races(self) -> Self {
        Builder {
            inner: self.inner.detect_races(),
        }
    }

    /// Records the GIL timeline (see [`Interpreter::take_trace`]).
    ///
    /// ```
    /// let b = gilpy::Interpreter::builder().trace(true);
    /// # drop(b);
    /// ```
    pub fn trace(self, on: bool) -> Self {
        Builder {
            inner: self.inner.trace(on),
        }
    }

    /// Keeps what the script prints in [`RunResult`] instead of writing it out.
    ///
    /// ```
    /// let mut i = gilpy::Interpreter::builder().capture_output().build();
    /// assert_eq!(i.run_source("p.py", "print('hi')\n").unwrap().stdout(), "hi\n");
    /// ```
    pub fn capture_output(self) -> Self {
        Builder {
            inner: self.inner.capture_output(),
        }
    }

    /// Stops a run with [`Error::Timeout`] after `d`.
    ///
    /// ```
    /// use std::time::Duration;
    /// let mut i = gilpy::Interpreter::builder().timeout(Duration::from_millis(50)).build();
    /// assert!(matches!(i.run_source("spin.py", "while True:\n    pass\n"), Err(gilpy::Error::Timeout)));
    /// ```
    pub fn timeout(self, d: Duration) -> Self {
        Builder {
            inner: self.inner.timeout(d),
        }
    }

    /// Stops a run with [`Error::InstructionLimit`] after about `n` instructions.
    ///
    /// ```
    /// let mut i = gilpy::Interpreter::builder().max_instructions(1000).build();
    /// let r = i.run_source("spin.py", "while True:\n    pass\n");
    /// assert!(matches!(r, Err(gilpy::Error::InstructionLimit)));
    /// ```
    pub fn max_instructions(self, n: u64) -> Self {
        Builder {
            inner: self.inner.max_instructions(n),
        }
    }

    /// Python call depth before `RecursionError` (default 1000).
    ///
    /// ```
    /// let mut i = gilpy::Interpreter::builder().recursion_limit(50).capture_output().build();
    /// let r = i.run_source("r.py", "def f(n):\n    return f(n + 1)\nf(0)\n");
    /// assert!(matches!(r, Err(gilpy::Error::Uncaught { ref type_name, .. }) if type_name == "RecursionError"));
    /// ```
    pub fn recursion_limit(self, n: usize) -> Self {
        Builder {
            inner: self.inner.recursion_limit(n),
        }
    }

    /// `sys.argv` for the script.
    ///
    /// ```
    /// let mut i = gilpy::Interpreter::builder().argv(vec!["s.py".into(), "4".into()]).capture_output().build();
    /// let r = i.run_source("s.py", "import sys\nprint(sys.argv[1])\n").unwrap();
    /// assert_eq!(r.stdout(), "4\n");
    /// ```
    pub fn argv(self, argv: Vec<String>) -> Self {
        Builder {
            inner: self.inner.argv(argv),
        }
    }

    /// Creates the interpreter.
    ///
    /// ```
    /// let interp = gilpy::Interpreter::builder().build();
    /// # drop(interp);
    /// ```
    pub fn build(self) -> Interpreter {
        Interpreter {
            inner: self.inner.build(),
        }
    }
}

/// One gilpy interpreter: its own heap, `__main__`, GIL and threads.
///
/// ```
/// let mut interp = gilpy::Interpreter::builder().capture_output().build();
/// let run = interp.run_source("demo.py", "x = 6 * 7\nprint(x)\n")?;
/// assert_eq!(run.stdout(), "42\n");
/// let x: i64 = interp.global("x")?.try_into()?;
/// assert_eq!(x, 42);
/// # Ok::<(), gilpy::Error>(())
/// ```
///
/// Interpreters share nothing, not even the GIL: two of them on two Rust threads run in
/// parallel. Here each script calls a Rust function that waits, *holding its GIL*, until
/// the other script has called it too; with one GIL between them this would never
/// return. (Scripts can do the same with the `interpreters` module and
/// `concurrent.futures.InterpreterPoolExecutor`.)
///
/// ```
/// use std::sync::{Arc, Barrier};
/// use gilpy::token::Python;
/// let barrier = Arc::new(Barrier::new(2));
/// let mut a = gilpy::Interpreter::builder().capture_output().build();
/// let mut b = gilpy::Interpreter::builder().capture_output().build();
/// for interp in [&mut a, &mut b] {
///     let barrier = barrier.clone();
///     interp.register_native("meet", move |_py: &mut Python<'_, '_>, _args| {
///         barrier.wait(); // no allow_threads: this interpreter's GIL stays held
///         Ok(true.into())
///     });
/// }
/// let src = "total = sum(range(100000))\nprint(meet(), total)\n";
/// let (ra, rb) = std::thread::scope(|s| {
///     let ha = s.spawn(|| a.run_source("a.py", src));
///     let hb = s.spawn(|| b.run_source("b.py", src));
///     (ha.join().unwrap(), hb.join().unwrap())
/// });
/// assert_eq!(ra?.stdout(), "True 4999950000\n");
/// assert_eq!(rb?.stdout(), "True 4999950000\n");
/// # Ok::<(), gilpy::Error>(())
/// ```
#[derive(Default)]
pub struct Interpreter {
    inner: gilpy_vm::Interpreter,
}

impl Interpreter {
    /// A [`Builder`] with the defaults.
    ///
    /// ```
    /// let interp = gilpy::Interpreter::builder().build();
    /// # drop(interp);
    /// ```
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// An interpreter with the default configuration (output goes to the process's
    /// stdout and stderr).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// assert!(interp.run_source("n.py", "x = 1\n").is_ok());
    /// ```
    pub fn new() -> Interpreter {
        Interpreter::default()
    }

    /// Parses, compiles and runs a script as `__main__`, waiting for its non-daemon
    /// threads. Globals persist into the next run.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::builder().capture_output().build();
    /// interp.run_source("a.py", "n = 2\n")?;
    /// let r = interp.run_source("b.py", "print(n + 1)\n")?;
    /// assert_eq!(r.stdout(), "3\n");
    /// # Ok::<(), gilpy::Error>(())
    /// ```
    pub fn run_source(&mut self, filename: &str, source: &str) -> Result<RunResult, Error> {
        self.inner.run_source(filename, source)
    }

    /// Reads and runs a script file.
    ///
    /// ```
    /// let path = std::env::temp_dir().join("gilpy-doc-run-file.py");
    /// std::fs::write(&path, "print('from a file')\n").unwrap();
    /// let mut interp = gilpy::Interpreter::builder().capture_output().build();
    /// assert_eq!(interp.run_file(&path)?.stdout(), "from a file\n");
    /// # Ok::<(), gilpy::Error>(())
    /// ```
    pub fn run_file(&mut self, path: impl AsRef<Path>) -> Result<RunResult, Error> {
        self.inner.run_file(path)
    }

    /// Captured (stdout, stderr) of the last run, also when it failed.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::builder().capture_output().build();
    /// let _ = interp.run_source("e.py", "print('before')\n1 / 0\n");
    /// assert_eq!(interp.output().0, "before\n");
    /// ```
    pub fn output(&self) -> (&str, &str) {
        self.inner.output()
    }

    /// A global of `__main__`, copied out of the heap.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::builder().capture_output().build();
    /// interp.run_source("g.py", "names = ['a', 'b']\n")?;
    /// let names: Vec<String> = interp.global("names")?.try_into()?;
    /// assert_eq!(names, ["a", "b"]);
    /// # Ok::<(), gilpy::Error>(())
    /// ```
    pub fn global(&self, name: &str) -> Result<PyObject, Error> {
        self.inner.global(name)
    }

    /// Sets a global of `__main__` (before a run, or between runs).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::builder().capture_output().build();
    /// interp.set_global("N", 3i64);
    /// assert_eq!(interp.run_source("s.py", "print(N * 2)\n")?.stdout(), "6\n");
    /// # Ok::<(), gilpy::Error>(())
    /// ```
    pub fn set_global(&mut self, name: &str, value: impl Into<PyObject>) {
        self.inner.set_global(name, value)
    }

    /// Calls the script's global function `name`; an exception comes back as
    /// [`Error::Uncaught`].
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::builder().capture_output().build();
    /// interp.run_source("f.py", "def add(a, b):\n    return a + b\n")?;
    /// let r: i64 = interp.call("add", vec![2i64.into(), 3i64.into()])?.try_into()?;
    /// assert_eq!(r, 5);
    /// # Ok::<(), gilpy::Error>(())
    /// ```
    pub fn call(&mut self, name: &str, args: Vec<PyObject>) -> Result<PyObject, Error> {
        self.inner.call(name, args)
    }

    /// Makes a Rust function callable from Python as the builtin `name`. It receives a
    /// [`Python`] token (the GIL is held) and its arguments as [`PyObject`]s, and may
    /// release the GIL with [`Python::allow_threads`].
    ///
    /// ```
    /// use gilpy::token::{PyErr, Python};
    /// let mut interp = gilpy::Interpreter::builder().capture_output().build();
    /// interp.register_native("shout", |py: &mut Python<'_, '_>, args| {
    ///     let s: String = args.into_iter().next().and_then(|a| a.try_into().ok())
    ///         .ok_or_else(|| PyErr::TypeError("shout(s): s must be a str".into()))?;
    ///     Ok(py.allow_threads(move || s.to_uppercase()).into())
    /// });
    /// assert_eq!(interp.run_source("n.py", "print(shout('hi'))\n")?.stdout(), "HI\n");
    /// # Ok::<(), gilpy::Error>(())
    /// ```
    pub fn register_native(
        &mut self,
        name: &str,
        f: impl Fn(&mut Python<'_, '_>, Vec<PyObject>) -> Result<PyObject, PyErr>
            + Send
            + Sync
            + 'static,
    ) {
        self.inner.register_native(name, f)
    }

    /// Scheduling numbers of the last run: hand-offs, hand-off latency, and per thread
    /// instructions, time holding / waiting for / blocked away from the GIL.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::builder().capture_output().build();
    /// interp.run_source("s.py", "x = sum(range(1000))\n")?;
    /// assert_eq!(interp.stats().threads[0].name, "MainThread");
    /// # Ok::<(), gilpy::Error>(())
    /// ```
    pub fn stats(&self) -> Stats {
        self.inner.stats()
    }

    /// Live objects and collections so far.
    ///
    /// ```
    /// let interp = gilpy::Interpreter::new();
    /// assert!(interp.heap_stats().live_objects > 0);
    /// ```
    pub fn heap_stats(&self) -> HeapStats {
        self.inner.heap_stats()
    }

    /// Runs a full collection now.
    ///
    /// ```
    /// let interp = gilpy::Interpreter::new();
    /// interp.collect_garbage();
    /// assert!(interp.heap_stats().collections >= 1);
    /// ```
    pub fn collect_garbage(&self) {
        self.inner.collect_garbage()
    }

    /// The timeline recorded by the last run (with [`Builder::trace`]).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::builder().trace(true).capture_output().build();
    /// interp.run_source("t.py", "x = 1\n")?;
    /// let trace = interp.take_trace().expect("recorded");
    /// assert!(trace.to_chrome_json().contains("traceEvents"));
    /// # Ok::<(), gilpy::Error>(())
    /// ```
    pub fn take_trace(&self) -> Option<crate::trace::Trace> {
        self.inner.take_trace()
    }

    /// The last seeded run's schedule in the `--record` file format (with
    /// [`Builder::record`]); `options` goes after the seed on the second line.
    ///
    /// ```
    /// let mut i = gilpy::Interpreter::builder().seed(5).record().capture_output().build();
    /// i.run_source("x.py", "print(2)\n").unwrap();
    /// assert!(i.recorded_schedule("").unwrap().contains("seed 5"));
    /// ```
    pub fn recorded_schedule(&self, options: &str) -> Option<String> {
        self.inner.recorded_schedule(options)
    }

    /// The last guided run's draws and visible instructions (see [`Builder::guide`]).
    pub fn bounded_run(&self) -> Option<crate::BoundedRun> {
        self.inner.bounded_run()
    }

    /// A flag that, once set, raises `KeyboardInterrupt` in the running script (the CLI
    /// sets it on Ctrl-C).
    ///
    /// ```
    /// let interp = gilpy::Interpreter::new();
    /// let flag = interp.interrupt_handle();
    /// assert!(!flag.load(std::sync::atomic::Ordering::Relaxed));
    /// ```
    pub fn interrupt_handle(&self) -> Arc<AtomicBool> {
        self.inner.interrupt_handle()
    }

    /// Runs an interactive session (the `gilpy` prompt) with `console` reading inputs
    /// and showing results; threads started in it keep running between inputs.
    ///
    /// ```
    /// struct Script(Vec<&'static str>, String);
    /// impl gilpy::interactive::Console for Script {
    ///     fn read(&mut self) -> Option<String> {
    ///         (!self.0.is_empty()).then(|| self.0.remove(0).to_string())
    ///     }
    ///     fn show(&mut self, text: &str, _error: bool) { self.1.push_str(text) }
    /// }
    /// let mut interp = gilpy::Interpreter::builder().capture_output().build();
    /// let mut console = Script(vec!["x = 20\n", "x + 22\n"], String::new());
    /// interp.interactive(&mut console);
    /// assert_eq!(console.1, "42\n");
    /// ```
    pub fn interactive(&mut self, console: &mut dyn crate::interactive::Console) {
        self.inner.interactive(console)
    }
}
