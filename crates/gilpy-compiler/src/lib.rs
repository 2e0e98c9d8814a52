//! gilpy's compiler: AST → scopes → bytecode.
//!
//! [`compile_module`] runs scope analysis ([`scope`]) and code generation over a parsed
//! module and returns the module's [`bytecode::Code`]; [`dis`] renders it the way
//! `python -m dis` would.

pub mod bytecode;
mod compile;
pub mod dis;
pub mod error;
pub mod scope;

use std::sync::Arc;

use gilpy_syntax::ast;

pub use dis::dis;
pub use error::SyntaxError;

use bytecode::Code;

/// Compiles a parsed module. `source` is the text it was parsed from (for line numbers)
/// and `filename` is recorded in every code object.
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
) -> Result<Arc<Code>, SyntaxError> {
    let map = error::SourceMap::new(source, filename);
    let scopes = scope::analyze(module, &map)?;
    compile::compile(module, &scopes, map)
}
