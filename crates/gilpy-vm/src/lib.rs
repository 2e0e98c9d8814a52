
pub mod baton;
