//! CPython 3.11's docstrings for the builtins: `len.__doc__`, `int.__doc__`,
//! `str.upper.__doc__`. The text is generated from CPython by `docs/gen_docs.py`
//! (only CPython's own words match what scripts print); gilpy's other natives, and
//! module functions, have `__doc__` None.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("docs/builtin_docs.txt");

fn table() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        TABLE
            .split('\u{1e}')
            .filter_map(|e| e.split_once('\u{1f}'))
            .collect()
    })
}

/// The docstring of builtin `key` (`"len"`, `"int"`, `"str.upper"`), if CPython has one.
pub fn builtin_doc(key: &str) -> Option<&'static str> {
    table().get(key).copied()
}

#[cfg(test)]
mod tests {
    use super::builtin_doc;

    #[test]
    fn known_entries_and_misses() {
        assert!(builtin_doc("len").is_some_and(|d| d.starts_with("Return the number")));
        assert!(builtin_doc("str.upper").is_some());
        assert!(builtin_doc("object").is_some());
        assert!(builtin_doc("no.such").is_none());
    }
}
