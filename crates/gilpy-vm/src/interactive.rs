//! An interactive session (the REPL): one `__main__` whose globals persist across
//! inputs, expression results echoed like Python's, tracebacks that do not end the
//! session, and threads that keep running while the prompt waits — the main thread reads
//! its next input with the GIL released, as if it were doing I/O.

use crate::frame::FrameKind;
use crate::interp::{Interpreter, INTERP_STACK};
use crate::value::Value;
use crate::{Halt, Throw, Vm};

/// What the session asks its front end for.
pub trait Console: Send {
    /// The next complete input (a statement, maybe several lines), or `None` at end of
    /// input (Ctrl-D). Called with the GIL released.
    fn read(&mut self) -> Option<String>;
    /// Prints text the session produced (echoed values, tracebacks) .
    fn show(&mut self, text: &str, error: bool);
}

impl Interpreter {
    /// Runs one input in the session's `__main__` (for front ends that drive a session
    /// themselves; [`Interpreter::interactive`] uses it). Ok, or the error text to show.
    pub fn run_interactive_input(&self, source: &str, n: usize) -> Result<(), String> {
        self.with_vm(|vm| run_input(vm, source, n))
    }
}

/// How one input fared.
fn run_input(vm: &mut Vm<'_>, source: &str, n: usize) -> Result<(), String> {
    // Each input is compiled on its own (see `VmState::inplace_strings`).
    vm.st.inplace_strings = false;
    let filename = format!("<stdin-{n}>");
    // Imports search the current folder first, as in CPython's REPL (this only fills
    // an empty `sys.path`).
    crate::modules::import::set_script_path(vm, &filename);
    // CPython's 'single' mode: expression statements print through `sys.displayhook`
    // (which keeps the value in `_`), also inside a `for` or `if` typed at the prompt.
    let code = match gilpy_compiler::compile_interactive_source(source, &filename) {
        Ok(c) => c,
        Err(e) => return Err(format!("{e}\n")),
    };
    // Tracebacks quote what the user typed.
    vm.st.sources.insert(
        std::sync::Arc::from(filename.as_str()),
        std::sync::Arc::from(source),
    );
    vm.st.sched.halt = None;
    vm.th.countdown = vm.st.config.check_interval.clamp(1, 1000);
    let data = crate::objects::code::load(vm, &code);
    let need = data.nlocals + data.ncells;
    let base = vm.th.stack.len();
    vm.th.stack.extend(std::iter::repeat_n(Value::Undef, need));
    crate::call::push_frame(vm, data.id, base, base, FrameKind::Entry);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| crate::eval::run(vm)))
        .unwrap_or_else(|payload| {
            let report = crate::sched::panic::report(vm, &*payload);
            Err(Throw::Halt(Halt::Internal(report)))
        });
    vm.th.stack.truncate(base);
    vm.st.out.flush();
    match result {
        Ok(_) => Ok(()),
        Err(Throw::Exc(e)) => {
            if vm.isinstance(Value::Obj(e), vm.st.types.system_exit) {
                return Err(String::from("\u{0}exit"));
            }
            Err(crate::traceback::format_exception(vm, e))
        }
        Err(Throw::Halt(Halt::Deadlock(r))) => Err(format!("{r}\n")),
        Err(Throw::Halt(Halt::Internal(r))) => Err(format!("{r}\n")),
        Err(Throw::Halt(h)) => Err(format!("stopped: {h:?}\n")),
    }
}

impl Interpreter {
    /// Runs an interactive session until the console's input ends or `exit()` is
    /// called. Threads started at the prompt keep running while it waits for input; at
    /// the end, like CPython, the session waits for non-daemon threads.
    pub fn interactive(&mut self, console: &mut dyn Console) {
        let this: &Interpreter = self;
        let body = move || {
            this.with_vm(|vm| {
                vm.st.sched.shutdown = false;
                vm.st.deadline = None;
                let mut n = 0;
                loop {
                    let line = vm.allow_threads(|| console.read());
                    let Some(source) = line else { break };
                    if source.trim().is_empty() {
                        continue;
                    }
                    n += 1;
                    let r = run_input(vm, &source, n);
                    if vm.st.out.capture {
                        let out = std::mem::take(&mut vm.st.out.stdout);
                        let err = std::mem::take(&mut vm.st.out.stderr);
                        if !out.is_empty() {
                            console.show(&out, false);
                        }
                        if !err.is_empty() {
                            console.show(&err, true);
                        }
                    }
                    match r {
                        Ok(()) => {}
                        Err(e) if e == "\u{0}exit" => break,
                        Err(text) => console.show(&text, true),
                    }
                }
                let _ = crate::sched::shutdown_threading(vm);
                vm.st.sched.shutdown = true;
            })
        };
        std::thread::scope(|s| {
            let worker = std::thread::Builder::new()
                .name("gilpy-main".into())
                .stack_size(INTERP_STACK)
                .spawn_scoped(s, body);
            if let Ok(h) = worker {
                let _ = h.join();
            }
        });
    }
}
