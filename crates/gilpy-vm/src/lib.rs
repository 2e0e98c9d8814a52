pub mod baton;
pub mod format;
