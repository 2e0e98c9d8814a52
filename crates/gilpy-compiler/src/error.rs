//! Compile errors and source positions.
//!
//! Until the syntax crate exports its own `SyntaxError`, the compiler uses this one; all
//! errors are built through [`SourceMap::error`] so switching is a one-place change.

use gilpy_syntax::ast::Span;

/// A compile-time error located in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// CPython-style message, e.g. `'return' outside function`.
    pub msg: String,
    /// The offending node.
    pub span: Span,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
    pub filename: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: SyntaxError: {}",
            self.filename, self.line, self.column, self.msg
        )
    }
}

impl std::error::Error for SyntaxError {}

/// Maps byte offsets to lines and columns.
#[derive(Debug, Clone)]
pub struct SourceMap<'s> {
    source: &'s str,
    filename: &'s str,
    line_starts: Vec<u32>,
}

impl<'s> SourceMap<'s> {
    pub fn new(source: &'s str, filename: &'s str) -> Self {
        let mut line_starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceMap {
            source,
            filename,
            line_starts,
        }
    }

    pub fn filename(&self) -> &'s str {
        self.filename
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset).max(1) as u32
    }

    /// 1-based character column of a byte offset.
    pub fn column(&self, offset: u32) -> u32 {
        let line = self.line(offset) as usize;
        let start = self.line_starts[line - 1] as usize;
        let end = (offset as usize).min(self.source.len()).max(start);
        // Offsets inside a UTF-8 sequence fall back to a byte count.
        match self.source.get(start..end) {
            Some(text) => text.chars().count() as u32 + 1,
            None => (end - start) as u32 + 1,
        }
    }

    /// An error at `span`.
    pub fn error(&self, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            msg: message.into(),
            span,
            line: self.line(span.start),
            column: self.column(span.start),
            filename: self.filename.to_string(),
        }
    }
}
