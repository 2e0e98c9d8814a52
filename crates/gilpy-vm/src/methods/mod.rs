//! Methods of builtin types, one file per type. Each exports `METHODS: &[NativeDef]`,
//! registered in [`crate::builtins::TYPE_METHODS`]. `args.pos[0]` is `self`.

pub mod common;
pub mod convert_extra;
pub mod dict;
pub mod frozenset;
pub mod list;
pub mod number;
pub mod range;
pub mod set;
pub mod str;
pub mod strformat;
pub mod timsort;
pub mod tuple;
