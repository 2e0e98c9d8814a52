//! The gilpy virtual machine: values, heap and collector, the eval loop, the GIL, and the
//! embedding API.
//!
//! # Architecture in brief
//!
//! - [`Value`] is a 16-byte `Copy` enum: `None`, `Bool`, `Int(i64)`, `Float`, or
//!   `Obj(ObjRef)`, a `u32` index into the [`Heap`](heap::Heap) arena.
//! - Everything mutable — heap, interned names, globals, modules, parked threads — is in
//!   [`VmState`](state::VmState), inside the [`Gil`](gil::Gil) mutex. A running thread
//!   holds the guard plus its own [`ThreadCtx`](frame::ThreadCtx) (frames and value
//!   stack) in a [`Vm`]; natives receive `&mut Vm`.
//! - `gc.rs`: mark-and-sweep over explicit roots, triggered by allocation volume.
//! - `eval.rs`: the dispatch loop; Python calls push frames, they do not recurse in Rust.
//! - Builtins, methods and modules are registered through tables in [`builtins`]; see
//!   the crate README for how to add one.

#![forbid(unsafe_code)]

mod bind;
pub mod builtins;
pub mod call;
mod call_star;
pub mod error;
mod eval;
mod eval_ops;
pub mod format;
pub mod frame;
pub mod gc;
pub mod gc_finalize;
pub mod gil;
pub mod heap;
pub mod interactive;
pub mod interp;
pub mod methods;
pub mod modules;
pub mod names;
pub mod object;
pub mod objects;
pub mod ops;
pub mod pyobject;
pub mod races;
pub mod sched;
pub mod state;
pub mod token;
pub mod trace;
pub mod traceback;
pub mod traceback_carets;
mod unwind;
pub mod value;
pub mod vm;
pub mod weakref_table;

pub use error::Error;
pub use interp::{Builder, HeapStats, Interpreter, LatencySummary, RunResult, Stats, ThreadReport};
pub use pyobject::PyObject;
pub use sched::baton;
pub use sched::{parse_schedule, Draw, Strategy};
pub use state::SwitchPoints;
pub use value::{ObjRef, Value};
pub use vm::{Halt, PyResult, Throw, Vm};
