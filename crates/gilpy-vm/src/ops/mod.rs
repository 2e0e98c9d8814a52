//! Operations on values, shared by the eval loop and native code.

pub mod attr;
pub mod attr_cache;
pub mod attr_fused;
pub mod binary;
pub mod compare;
pub mod convert;
pub mod dictops;
pub mod fastpath;
pub mod iter;
pub mod matching;
pub mod num;
pub mod subscr;
