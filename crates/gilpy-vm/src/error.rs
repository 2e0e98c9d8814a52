//! The embedding API's error type.

/// Why a run failed. A Python exception that reaches the top level is
/// [`Error::Uncaught`]; `SystemExit` is not an error (see [`RunResult::exit_code`]).
///
/// [`RunResult::exit_code`]: crate::RunResult::exit_code
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The source does not parse or compile.
    #[error("{0}")]
    Syntax(gilpy_syntax::SyntaxError),
    /// An exception nobody caught.
    #[error("{traceback}")]
    Uncaught {
        /// `ValueError`, `__main__`'s own classes by their plain name.
        type_name: String,
        /// `str(exception)`.
        message: String,
        /// The full CPython-style traceback text, ending in `Type: message\n`.
        traceback: String,
    },
    /// The configured timeout elapsed.
    #[error("timed out")]
    Timeout,
    /// The configured instruction limit was reached.
    #[error("instruction limit reached")]
    InstructionLimit,
    /// A replayed schedule no longer matches the program.
    #[error("{0}")]
    ReplayDiverged(String),
    /// Every thread is blocked.
    #[error("deadlock: {0}")]
    Deadlock(String),
    /// A Rust panic inside the interpreter (a gilpy bug or a panicking registered
    /// function): the report names the thread and line; the run was stopped.
    #[error("{0}")]
    Internal(String),
    /// Reading a script failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// A value could not be converted as asked (see [`PyObject`](crate::PyObject)).
    #[error("{0}")]
    Conversion(String),
    /// No such global variable.
    #[error("name '{0}' is not defined")]
    NoSuchGlobal(String),
}

impl From<gilpy_syntax::SyntaxError> for Error {
    fn from(e: gilpy_syntax::SyntaxError) -> Error {
        Error::Syntax(e)
    }
}
