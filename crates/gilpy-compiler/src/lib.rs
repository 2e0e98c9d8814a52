//! gilpy's compiler: AST → scopes → bytecode.

pub mod bytecode;
