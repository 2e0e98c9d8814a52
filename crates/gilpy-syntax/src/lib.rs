#![forbid(unsafe_code)]
#![warn(missing_docs)]
//! gilpy's front end: source text → tokens → AST.
//!
//! [`parse_module`] is the entry point; [`tokenize`] exposes the token stream (with
//! the synthesised `NEWLINE` / `INDENT` / `DEDENT`), and [`line_col`] turns byte
//! offsets (the [`ast::Span`]s) into 1-based line and column numbers.
//!
//! Guarantees: no input makes these functions panic or overflow the stack, and every
//! AST returned has a nesting depth (statements and expressions together) of at most
//! [`MAX_DEPTH`]. Deeper input is refused while the tree is being built, so no deeper
//! tree ever exists; parsing (and dropping the deepest accepted trees) is tested on a
//! 512 KiB thread stack in debug builds.
//!
//! Errors follow CPython 3.11: messages, positions and, where several errors are
//! present, which one is reported (a later tokenizer error wins over a plain
//! "invalid syntax", as CPython's re-tokenizing pass makes it).

#[allow(missing_docs)] // the shared AST contract documents its own types
pub mod ast;
mod builders;
pub mod error;
mod fstring;
pub mod lexer;
mod parse;
mod soft;
mod validate;

pub use builders::MAX_DEPTH;
pub use error::{ErrorKind, SyntaxError};
pub use lexer::Token;

/// Parse a whole module.
///
/// ```
/// use gilpy_syntax::{ast::StmtKind, parse_module};
///
/// let module = parse_module("x = 1\nprint(x)\n", "example.py").unwrap();
/// assert_eq!(module.body.len(), 2);
/// assert!(matches!(module.body[0].node, StmtKind::Assign { .. }));
///
/// let err = parse_module("x = (1 +\n", "bad.py").unwrap_err();
/// assert_eq!(err.msg, "'(' was never closed");
/// assert_eq!(err.line, 1);
/// ```
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse::module(source).map_err(|e| e.into_syntax_error(source, filename))
}

/// Parse a module given as bytes; input that is not UTF-8 is a `SyntaxError`, worded
/// like CPython's (`(unicode error) 'utf-8' codec can't decode byte 0x.. in position N:
/// invalid start byte`). A UTF-8 byte-order mark is skipped.
pub fn parse_bytes(source: &[u8], filename: &str) -> Result<ast::Module, SyntaxError> {
    let source = source.strip_prefix(b"\xef\xbb\xbf").unwrap_or(source);
    match std::str::from_utf8(source) {
        Ok(s) => parse_module(s, filename),
        Err(e) => {
            let pos = e.valid_up_to();
            let byte = source.get(pos).copied().unwrap_or(0);
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc0).contains(&byte) || byte >= 0xf8 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            // Report on the line of the bad byte, showing the valid text before it.
            let valid = std::str::from_utf8(source.get(..pos).unwrap_or(b"")).unwrap_or("");
            let err = error::RawError::new(
                format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position \
                     {pos}: {reason}"
                ),
                pos,
            );
            let mut e = err.into_syntax_error(valid, filename);
            e.column = 0;
            Err(e)
        }
    }
}

/// The token stream of `source`, including `NEWLINE`, `INDENT` and `DEDENT`, each
/// with its byte span (the same [`ast::Span`] the AST uses).
pub fn tokenize(source: &str) -> Result<Vec<(Token, ast::Span)>, SyntaxError> {
    lexer::lex(source, 0, false)
        .map(|v| {
            v.into_iter()
                .map(|(l, t, r)| (t, ast::Span::new(l, r)))
                .collect()
        })
        .map_err(|e| e.into_syntax_error(source, "<string>"))
}

/// 1-based line and 1-based column (in characters) of byte `offset` in `source`.
/// `\n`, `\r\n` and a lone `\r` each end a line. Offsets past the end clamp to it.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut line = 1;
    let mut col = 1;
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i >= offset {
            break;
        }
        match c {
            '\n' => {
                line += 1;
                col = 1;
            }
            '\r' => {
                if chars.peek().is_some_and(|&(j, n)| n == '\n' && j < offset) {
                    // `\r\n`: the `\n` ends the line.
                    col += 1;
                } else {
                    line += 1;
                    col = 1;
                }
            }
            _ => col += 1,
        }
    }
    (line, col)
}

/// Parse an f-string field's expression text, which starts at byte `offset`.
pub(crate) fn parse_field(text: &str, offset: usize) -> Result<builders::Ex, error::RawError> {
    parse::field(text, offset)
}
