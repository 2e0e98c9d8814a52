//! gilpy's front end: source text → tokens → AST.

pub mod ast;
