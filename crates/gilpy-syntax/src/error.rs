//! Syntax errors as values, rendered like CPython 3.11 does.

use std::fmt;

/// Which Python exception class a [`SyntaxError`] corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `SyntaxError`
    SyntaxError,
    /// `IndentationError` (a subclass of `SyntaxError` in Python).
    IndentationError,
    /// `TabError` (a subclass of `IndentationError` in Python).
    TabError,
}

impl ErrorKind {
    /// The Python class name (`SyntaxError`, ...).
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A syntax error with its location; `Display` renders it like CPython 3.11:
///
/// ```text
///   File "bad.py", line 3
///     x = (1 +
///         ^
/// SyntaxError: '(' was never closed
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct SyntaxError {
    /// The exception class.
    pub kind: ErrorKind,
    /// The message, e.g. `invalid syntax`.
    pub msg: String,
    /// The file name as given to the parser.
    pub filename: String,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters; 0 means "no caret" (CPython prints none
    /// for `unexpected indent` and `TabError`).
    pub column: usize,
    /// 1-based, exclusive end column on the same line, when the error covers a range.
    pub end_column: Option<usize>,
    /// The offending source line, without its line terminator.
    pub line_text: String,
}

/// Characters CPython strips from the left of the displayed line.
fn is_py_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\x0c'
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        let stripped = self.line_text.trim_start_matches(is_py_space);
        let removed = self.line_text.chars().count() - stripped.chars().count();
        let shown = stripped.trim_end_matches(['\r', '\n']);
        if !shown.is_empty() {
            writeln!(f, "    {shown}")?;
            if self.column > 0 {
                let col = self.column.saturating_sub(removed).max(1);
                let width = match self.end_column {
                    Some(end) if end > self.column => end - self.column,
                    _ => 1,
                };
                writeln!(f, "    {}{}", " ".repeat(col - 1), "^".repeat(width))?;
            }
        }
        write!(f, "{}: {}", self.kind, self.msg)
    }
}

/// An error before it is tied to a file: byte offsets into the source being parsed.
/// [`RawError::into_syntax_error`] turns it into a [`SyntaxError`] with line/column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawError {
    /// The exception class.
    pub kind: ErrorKind,
    /// The message.
    pub msg: String,
    /// Byte offset the caret points at.
    pub start: usize,
    /// Byte offset where the underlined range ends, if it is a range.
    pub end: Option<usize>,
    /// Print no caret (CPython does so for `unexpected indent` and `TabError`).
    pub no_caret: bool,
    /// Put the caret just past the end of the line (CPython does so for
    /// `unindent does not match any outer indentation level`).
    pub caret_at_eol: bool,
}

impl RawError {
    /// A `SyntaxError` with a single caret at `start`.
    pub fn new(msg: impl Into<String>, start: usize) -> RawError {
        RawError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end: None,
            no_caret: false,
            caret_at_eol: false,
        }
    }

    /// A `SyntaxError` underlining `start..end`.
    pub fn range(msg: impl Into<String>, start: usize, end: usize) -> RawError {
        RawError {
            end: Some(end),
            ..RawError::new(msg, start)
        }
    }

    /// The same error with another exception class.
    pub fn with_kind(mut self, kind: ErrorKind) -> RawError {
        self.kind = kind;
        self
    }

    /// Resolve the byte offsets against `source`.
    pub fn into_syntax_error(self, source: &str, filename: &str) -> SyntaxError {
        let start = clamp_to_char(source, self.start);
        let (line, col) = crate::line_col(source, start);
        let line_text = line_text(source, start).to_string();
        let line_len = line_text.chars().count();
        let mut column = col;
        let mut end_column = None;
        if self.no_caret {
            column = 0;
        } else if self.caret_at_eol {
            column = line_len + 1;
        } else if let Some(end) = self.end {
            let end = clamp_to_char(source, end.max(start));
            let (end_line, end_col) = crate::line_col(source, end);
            if end_line == line && end_col > col {
                end_column = Some(end_col);
            }
        }
        SyntaxError {
            kind: self.kind,
            msg: self.msg,
            filename: filename.to_string(),
            line,
            column,
            end_column,
            line_text,
        }
    }
}

/// The largest char boundary `<= pos`, within the source.
fn clamp_to_char(source: &str, pos: usize) -> usize {
    let mut pos = pos.min(source.len());
    while pos > 0 && !source.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// The physical line containing byte `pos`, without its terminator.
fn line_text(source: &str, pos: usize) -> &str {
    let before = source.get(..pos).unwrap_or("");
    let start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let rest = source.get(start..).unwrap_or("");
    let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    rest.get(..end).unwrap_or("")
}
