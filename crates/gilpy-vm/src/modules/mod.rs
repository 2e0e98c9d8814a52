//! Built-in modules, one file per module. Each exports a `MODULE: ModuleDef`, registered
//! in [`crate::builtins::MODULES`].

pub mod gc;
pub mod import;
pub mod interpreters;
pub mod math;
pub mod os;
pub mod os_fs;
pub mod pymod;
pub mod queue_native;
pub mod random;
pub mod random_extra;
pub mod re_native;
pub mod re_translate;
pub mod share;
pub mod sim;
pub mod stdlib_native;
pub mod stdlib_py;
pub mod stdlib_py_extra;
pub mod sys;
pub mod thread;
pub mod thread_local;
pub mod time;
pub mod time_fmt;
