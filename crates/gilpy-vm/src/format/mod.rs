//! Formatting and string library (placeholder docs, completed below).

pub mod error;
pub mod float;
pub mod int;
pub mod percent;
pub mod repr;
pub mod spec;
pub mod template;
pub mod text;
mod unicode;

pub use error::*;
pub use float::*;
pub use int::*;
pub use percent::*;
pub use repr::*;
pub use spec::*;
pub use template::*;
pub use text::*;
