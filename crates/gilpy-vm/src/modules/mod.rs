//! Built-in modules, one file per module. Each exports a `MODULE: ModuleDef`, registered
//! in [`crate::builtins::MODULES`].

pub mod random;
pub mod sys;
