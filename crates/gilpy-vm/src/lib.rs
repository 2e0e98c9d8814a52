pub mod baton;
