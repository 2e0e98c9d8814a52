//! Future statements (`from __future__ import ...`): where they may stand, which
//! features exist, and the one that changes code generation, `annotations` (PEP 563).

use gilpy_syntax::ast::{ExprKind, Stmt, StmtKind};

use crate::error::{SourceMap, SyntaxError};

/// Every feature CPython 3.11 accepts; all but `annotations` are already the behaviour.
const FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn is_future(s: &Stmt) -> bool {
    matches!(&s.node, StmtKind::ImportFrom { module, .. } if module.node == "__future__")
}

/// Checks a module's leading future statements as CPython's compiler does: whether it
/// asked for `annotations`, and where they stand (the compiler refuses any other).
pub(super) fn features(
    body: &[Stmt],
    map: &SourceMap<'_>,
) -> Result<(bool, Vec<gilpy_syntax::ast::Span>), SyntaxError> {
    let mut lazy = false;
    let mut spans = Vec::new();
    // Only a docstring and other future statements may come before one.
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        let docstring =
            i == 0 && matches!(&s.node, StmtKind::Expr(e) if matches!(e.node, ExprKind::Str(_)));
        if !is_future(s) {
            at_start &= docstring;
            continue;
        }
        if !at_start {
            return Err(map.error(
                "from __future__ imports must occur at the beginning of the file",
                s.span,
            ));
        }
        let StmtKind::ImportFrom { names, .. } = &s.node else {
            continue;
        };
        spans.push(s.span);
        for alias in names {
            let name = alias.name.node.as_str();
            if name == "braces" {
                return Err(map.error("not a chance", alias.name.span));
            }
            if !FEATURES.contains(&name) {
                return Err(map.error(
                    format!("future feature {name} is not defined"),
                    alias.name.span,
                ));
            }
            lazy |= name == "annotations";
        }
    }
    Ok((lazy, spans))
}

/// The string an annotation becomes under PEP 563: its source text on one line (CPython
/// unparses the expression; the source with its line breaks and runs of spaces folded is
/// the same text for annotations as people write them).
pub(super) fn annotation_text(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut space = false;
    for ch in src.chars() {
        if ch.is_whitespace() {
            space = true;
            continue;
        }
        if space
            && !out.is_empty()
            && !matches!(ch, ')' | ']' | '}' | ',')
            && !out.ends_with(['(', '[', '{'])
        {
            out.push(' ');
        }
        space = false;
        out.push(ch);
    }
    out
}
