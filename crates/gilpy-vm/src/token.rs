//! The embedder's view of a native call: a [`Python`] token proves the calling thread
//! holds the GIL, and [`Python::allow_threads`] runs Rust code with the GIL released —
//! like a C extension, or pyo3's `allow_threads`. The released closure must be `Send`
//! and cannot borrow the token (it is borrowed for the call), and the interpreter state
//! is not `Send` either, so code that touches interpreter objects without the GIL does
//! not compile:
//!
//! ```compile_fail
//! # use gilpy_vm::{Interpreter, PyObject, token::Python};
//! let mut interp = Interpreter::builder().build();
//! interp.register_native("bad", |py: &mut Python<'_, '_>, _args: Vec<PyObject>| {
//!     py.allow_threads(|| py.thread_name()) // the token is already borrowed: error
//! });
//! ```

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use crate::PyObject;

/// Proof that this thread holds the GIL, handed to functions registered with
/// [`Interpreter::register_native`](crate::Interpreter::register_native).
pub struct Python<'py, 'vm> {
    vm: &'py mut Vm<'vm>,
}

impl Python<'_, '_> {
    /// Runs `f` with the GIL released, so other Python threads run meanwhile (blocking
    /// I/O, long computations), and takes the GIL back before returning.
    pub fn allow_threads<T: Send>(&mut self, f: impl FnOnce() -> T + Send) -> T {
        self.vm.allow_threads(f)
    }

    /// The name of the Python thread making the call.
    pub fn thread_name(&self) -> String {
        let me = self.vm.st.sched.current as usize;
        self.vm.st.sched.threads[me].name.clone()
    }
}

/// An exception a native function raises: the Python exception type and its message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PyErr {
    #[error("ValueError: {0}")]
    ValueError(String),
    #[error("TypeError: {0}")]
    TypeError(String),
    #[error("RuntimeError: {0}")]
    RuntimeError(String),
}

/// The boxed form of a registered function.
pub(crate) type NativeBody =
    dyn Fn(&mut Python<'_, '_>, Vec<PyObject>) -> Result<PyObject, PyErr> + Send + Sync;

/// Adapts a registered function to the VM's calling convention.
pub(crate) fn call(
    vm: &mut Vm<'_>,
    body: &NativeBody,
    args: crate::builtins::Args<'_>,
) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("native functions take positional arguments only"));
    }
    let pos: Vec<PyObject> = args.pos.iter().map(|&v| vm.to_pyobject(v)).collect();
    let r = body(&mut Python { vm }, pos);
    match r {
        Ok(o) => Ok(vm.from_pyobject(&o)),
        Err(PyErr::ValueError(m)) => Err(vm.value_error(m)),
        Err(PyErr::TypeError(m)) => Err(vm.type_error(m)),
        Err(PyErr::RuntimeError(m)) => Err(vm.runtime_error(m)),
    }
}
