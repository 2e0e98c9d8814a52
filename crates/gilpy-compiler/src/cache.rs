//! A process-wide cache of compiled modules, keyed by file name and source text: a
//! [`Code`] is immutable and each interpreter resolves it into its own per-VM data, so
//! interpreters that run the same script or import the same frozen module (`gilpy
//! explore` builds one per schedule) can share one compilation.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::bytecode::Code;
use crate::SyntaxError;

/// Entries kept; the cache is emptied when it would grow past this (no LRU needed:
/// a process compiles few distinct modules many times, or many modules once).
const CAPACITY: usize = 256;

type Key = (String, String);

fn cache() -> &'static Mutex<HashMap<Key, Arc<Code>>> {
    static CACHE: OnceLock<Mutex<HashMap<Key, Arc<Code>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// [`compile_source`](crate::compile_source), remembering successful compilations.
///
/// ```
/// let a = gilpy_compiler::compile_cached("x = 1\n", "m.py")?;
/// let b = gilpy_compiler::compile_cached("x = 1\n", "m.py")?;
/// assert!(std::sync::Arc::ptr_eq(&a, &b));
/// # Ok::<(), gilpy_compiler::SyntaxError>(())
/// ```
pub fn compile_cached(source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    let key = (filename.to_string(), source.to_string());
    if let Ok(c) = cache().lock() {
        if let Some(code) = c.get(&key) {
            return Ok(code.clone());
        }
    }
    let code = crate::compile_source(source, filename)?;
    if let Ok(mut c) = cache().lock() {
        if c.len() >= CAPACITY {
            c.clear();
        }
        c.insert(key, code.clone());
    }
    Ok(code)
}
