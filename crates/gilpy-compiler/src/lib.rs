//! gilpy's compiler: AST → scopes → bytecode.
//!
//! [`compile_module`] runs scope analysis ([`scope`]) and code generation over a parsed
//! module and returns the module's [`bytecode::Code`]; [`compile_source`] parses first.
//! [`dis()`] renders code the way `python -m dis` would, and [`verify::verify`] checks
//! its structure (indices, jump targets, consistent stack depths) for tests and debug
//! builds of the VM. Statement shapes follow `docs/bytecode.md`.
//!
//! Compile-time errors are the syntax crate's [`SyntaxError`], worded like CPython's.
//! Deliberately rejected (outside the language subset): `from m import *`, more than one
//! base class, and `del` of a variable captured by a nested function (there is no
//! `DeleteDeref` op).

#![forbid(unsafe_code)]

pub mod bytecode;
mod cache;
mod compile;
#[warn(missing_docs)]
pub mod dis;
#[warn(missing_docs)]
pub mod error;
#[warn(missing_docs)]
pub mod scope;
#[warn(missing_docs)]
pub mod verify;

use std::sync::Arc;

use gilpy_syntax::ast;

pub use cache::compile_cached;
pub use dis::dis;
pub use gilpy_syntax::SyntaxError;

use bytecode::Code;

/// Stack for the compiling thread: analysis and code generation recurse once per AST
/// level, and unoptimised builds use a few KiB per level. Only touched pages are
/// committed, so this costs nothing for ordinary programs.
const COMPILE_STACK: usize = 64 * 1024 * 1024;

/// Compiles a parsed module. `source` is the text it was parsed from (for line numbers)
/// and `filename` is recorded in every code object.
///
/// Runs on a helper thread with a large stack so that nesting up to the depth guard
/// ([`scope::MAX_DEPTH`]) cannot overflow the caller's stack.
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
) -> Result<Arc<Code>, SyntaxError> {
    compile_module_mode(module, source, filename, false)
}

/// Parses and compiles source in CPython's `'single'` mode (the interactive prompt,
/// `compile(src, name, "single")`): each expression statement of the module's own code
/// hands its value to `sys.displayhook`, which prints its repr unless it is None.
///
/// ```
/// let code = gilpy_compiler::compile_interactive_source("for i in range(2): i\n", "<stdin>")?;
/// assert!(gilpy_compiler::dis(&code).contains("(displayhook)"));
/// # Ok::<(), gilpy_compiler::SyntaxError>(())
/// ```
pub fn compile_interactive_source(source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    let module = gilpy_syntax::parse_module(source, filename)?;
    compile_module_mode(&module, source, filename, true)
}

fn compile_module_mode(
    module: &ast::Module,
    source: &str,
    filename: &str,
    interactive: bool,
) -> Result<Arc<Code>, SyntaxError> {
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new()
            .name("gilpy-compile".into())
            .stack_size(COMPILE_STACK)
            .spawn_scoped(s, || compile_here(module, source, filename, interactive));
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(|_| {
                let map = error::SourceMap::new(source, filename);
                Err(map.error("internal compiler error", ast::Span::default()))
            }),
            // No thread available: compile on the caller's stack.
            Err(_) => compile_here(module, source, filename, interactive),
        }
    })
}

/// Parses and compiles a module's source text.
///
/// ```
/// let code = gilpy_compiler::compile_source("counter = 0\ncounter += 1\n", "counter.py")?;
/// let text = gilpy_compiler::dis(&code);
/// assert!(text.contains("INPLACE_OP               0 (+=)"));
/// assert!(text.contains("STORE_GLOBAL             0 (counter)"));
///
/// let err = gilpy_compiler::compile_source("return 1\n", "bad.py").unwrap_err();
/// assert_eq!(err.msg, "'return' outside function");
/// assert_eq!(err.line, 1);
/// # Ok::<(), gilpy_compiler::SyntaxError>(())
/// ```
pub fn compile_source(source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    let module = gilpy_syntax::parse_module(source, filename)?;
    compile_module(&module, source, filename)
}

/// Parses and compiles the source of `eval()`: one expression (leading spaces and tabs
/// are ignored, as CPython does), whose value the code returns.
pub fn compile_eval_source(source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    let source = source.trim_start_matches([' ', '\t']);
    let module = gilpy_syntax::parse_module(source, filename)?;
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new()
            .name("gilpy-compile".into())
            .stack_size(COMPILE_STACK)
            .spawn_scoped(s, || {
                let map = error::SourceMap::new(source, filename);
                let scopes = scope::analyze(&module, &map)?;
                compile::compile_eval(&module, &scopes, map)
            });
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(|_| {
                let map = error::SourceMap::new(source, filename);
                Err(map.error("internal compiler error", ast::Span::default()))
            }),
            Err(_) => {
                let map = error::SourceMap::new(source, filename);
                let scopes = scope::analyze(&module, &map)?;
                compile::compile_eval(&module, &scopes, map)
            }
        }
    })
}

fn compile_here(
    module: &ast::Module,
    source: &str,
    filename: &str,
    interactive: bool,
) -> Result<Arc<Code>, SyntaxError> {
    let map = error::SourceMap::new(source, filename);
    let scopes = scope::analyze(module, &map)?;
    let code = compile::compile(module, &scopes, map, interactive)?;
    // Debug builds (every test) check the bytecode's structure: a compiler bug stops
    // here with the code object and pc, not later as a confusing VM fault.
    #[cfg(debug_assertions)]
    if let Err(e) = verify::verify(&code) {
        panic!("the compiler produced invalid bytecode for {filename}: {e}");
    }
    Ok(code)
}
