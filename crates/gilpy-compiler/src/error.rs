//! Source positions for locations and errors.
//!
//! Compile errors are the syntax crate's [`SyntaxError`], built through
//! [`SourceMap::error`]; the line index here makes per-instruction line numbers cheap.

use gilpy_syntax::ast::Span;
use gilpy_syntax::error::RawError;
pub use gilpy_syntax::SyntaxError;

/// Maps byte offsets to lines and columns.
#[derive(Debug, Clone)]
pub struct SourceMap<'s> {
    source: &'s str,
    filename: &'s str,
    line_starts: Vec<u32>,
}

impl<'s> SourceMap<'s> {
    /// Indexes the line starts of `source`.
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

    /// The source text of `span` (empty when it is out of range).
    pub fn text(&self, span: Span) -> &'s str {
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// The file name errors and code objects carry.
    pub fn filename(&self) -> &'s str {
        self.filename
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset).max(1) as u32
    }

    /// The instruction location of `span`: start and end lines, and byte columns
    /// within them (CPython's `co_positions`).
    pub fn location(&self, span: Span) -> crate::bytecode::Location {
        let line = self.line(span.start);
        let end = span.end.max(span.start);
        let end_line = self.line(end);
        let col = |offset: u32, line: u32| {
            let start = self.line_starts[line as usize - 1];
            u16::try_from(offset - start)
                .ok()
                .filter(|&c| c != crate::bytecode::Location::NO_COL)
                .unwrap_or(crate::bytecode::Location::NO_COL)
        };
        crate::bytecode::Location {
            line,
            end_line,
            col: col(span.start, line),
            end_col: col(end, end_line),
        }
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

    /// An error at `span`, rendered with the offending line and a caret like CPython.
    pub fn error(&self, message: impl Into<String>, span: Span) -> SyntaxError {
        let start = span.start as usize;
        let end = (span.end as usize).max(start);
        RawError::range(message, start, end).into_syntax_error(self.source, self.filename)
    }
}
