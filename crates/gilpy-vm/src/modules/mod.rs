//! Built-in modules, one file per module. Each exports a `MODULE: ModuleDef`, registered
//! in [`crate::builtins::MODULES`].

pub mod interpreters;
pub mod pymod;
pub mod random;
pub mod share;
pub mod sim;
pub mod sys;
pub mod thread;
pub mod time;
