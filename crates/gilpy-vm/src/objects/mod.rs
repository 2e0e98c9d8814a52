//! The big object kinds, one file each.

pub mod code;
pub mod dict;
pub mod generator;
pub mod str;
