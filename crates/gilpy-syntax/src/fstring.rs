//! f-string bodies: literal text, `{{`/`}}` escapes and replacement fields
//! `{expr!conv:spec}`. Each field's expression is parsed with the main parser, with
//! spans pointing into the original source.

use crate::ast::FStringPart;
use crate::builders::push_literal;
use crate::error::RawError;
use crate::lexer::{decode_escapes, normalize_newlines};

/// CPython's limit: a format spec may itself contain fields, but only one level deep.
const MAX_SPEC_NESTING: u32 = 2;

/// Parse the body of an f-string that starts at byte `offset` of the source.
/// Returns the parts and the depth of the deepest field expression.
pub(crate) fn parse(
    body: &str,
    offset: usize,
    raw: bool,
) -> Result<(Vec<FStringPart>, u32), RawError> {
    let mut p = FParser {
        s: body,
        pos: 0,
        offset,
        raw,
        depth: 0,
    };
    let parts = p.parts(0)?;
    if p.pos < body.len() {
        return Err(RawError::new(
            "f-string: single '}' is not allowed",
            offset + p.pos,
        ));
    }
    Ok((parts, p.depth))
}

struct FParser<'a> {
    s: &'a str,
    pos: usize,
    offset: usize,
    raw: bool,
    depth: u32,
}

impl FParser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos).copied()
    }

    fn peek2(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos + 1).copied()
    }

    fn err(&self, msg: &str) -> RawError {
        RawError::new(msg, self.offset + self.pos)
    }

    /// Literal text and fields up to the end, or (inside a spec) up to a lone `}`.
    fn parts(&mut self, nesting: u32) -> Result<Vec<FStringPart>, RawError> {
        let mut parts = Vec::new();
        let mut lit_start = self.pos;
        let mut lit = String::new();
        while let Some(c) = self.peek() {
            match c {
                b'{' if self.peek2() == Some(b'{') && nesting == 0 => {
                    self.flush(&mut lit, lit_start, self.pos)?;
                    lit.push('{');
                    self.pos += 2;
                    lit_start = self.pos;
                }
                b'}' if self.peek2() == Some(b'}') && nesting == 0 => {
                    self.flush(&mut lit, lit_start, self.pos)?;
                    lit.push('}');
                    self.pos += 2;
                    lit_start = self.pos;
                }
                // `\N{NAME}` is an escape, not a replacement field.
                b'\\'
                    if !self.raw
                        && self.peek2() == Some(b'N')
                        && self.s.as_bytes().get(self.pos + 2) == Some(&b'{') =>
                {
                    let after = self.s.get(self.pos..).unwrap_or("");
                    self.pos += after.find('}').map_or(after.len(), |j| j + 1);
                }
                b'}' if nesting > 0 => break,
                b'}' => return Err(self.err("f-string: single '}' is not allowed")),
                b'{' => {
                    self.flush(&mut lit, lit_start, self.pos)?;
                    push_literal(&mut parts, std::mem::take(&mut lit));
                    if nesting >= MAX_SPEC_NESTING {
                        return Err(self.err("f-string: expressions nested too deeply"));
                    }
                    for part in self.field(nesting)? {
                        match part {
                            FStringPart::Literal(t) => push_literal(&mut parts, t),
                            f => parts.push(f),
                        }
                    }
                    lit_start = self.pos;
                }
                _ => self.pos += 1,
            }
        }
        self.flush(&mut lit, lit_start, self.pos)?;
        push_literal(&mut parts, lit);
        Ok(parts)
    }

    /// Decode the literal text `start..end` and append it to `lit`.
    fn flush(&self, lit: &mut String, start: usize, end: usize) -> Result<(), RawError> {
        let text = normalize_newlines(self.s.get(start..end).unwrap_or(""));
        if self.raw {
            lit.push_str(&text);
        } else {
            lit.push_str(&decode_escapes(&text, self.offset + start)?);
        }
        Ok(())
    }

    /// A replacement field; `self.pos` is at its `{`.
    fn field(&mut self, nesting: u32) -> Result<Vec<FStringPart>, RawError> {
        let open = self.pos;
        self.pos += 1;
        let expr_start = self.pos;
        // Find where the expression ends: a top-level `!`, `:` or `}`.
        let mut depth = 0usize;
        let mut quote: Option<u8> = None;
        loop {
            let Some(c) = self.peek() else {
                return Err(RawError::new("f-string: expecting '}'", self.offset + open));
            };
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                self.pos += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'\\' => {
                    return Err(self.err("f-string expression part cannot include a backslash"))
                }
                b'#' => return Err(self.err("f-string expression part cannot include '#'")),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                b'}' if depth > 0 => depth -= 1,
                b'}' => break,
                b'!' if depth == 0 && self.peek2() != Some(b'=') => break,
                b':' if depth == 0 => break,
                _ => {}
            }
            self.pos += 1;
        }
        let expr_end = self.pos;
        let mut text = self.s.get(expr_start..expr_end).unwrap_or("");
        // `{x=}`: the text itself, then the value (repr unless a conversion/spec says).
        let mut debug_text = None;
        let trimmed = text.trim_end();
        if let Some(before) = trimmed.strip_suffix('=') {
            if !before.ends_with(['=', '!', '<', '>']) {
                debug_text = Some(text.to_string());
                text = before;
            }
        }
        if text.trim().is_empty() {
            return Err(RawError::new(
                "f-string: empty expression not allowed",
                self.offset + expr_start,
            ));
        }
        let ex = crate::parse_field(text, self.offset + expr_start)?;
        self.depth = self.depth.max(ex.d);
        let mut conversion = None;
        if self.peek() == Some(b'!') {
            self.pos += 1;
            let c = self.s.get(self.pos..).and_then(|r| r.chars().next());
            match c {
                Some(c @ ('r' | 's' | 'a')) => {
                    conversion = Some(c);
                    self.pos += 1;
                }
                _ => {
                    return Err(self
                        .err("f-string: invalid conversion character: expected 's', 'r', or 'a'"))
                }
            }
        }
        let mut spec = Vec::new();
        if self.peek() == Some(b':') {
            self.pos += 1;
            spec = self.parts(nesting + 1)?;
        }
        if self.peek() != Some(b'}') {
            return Err(RawError::new("f-string: expecting '}'", self.offset + open));
        }
        self.pos += 1;
        let field = FStringPart::Field {
            expr: Box::new(ex.e),
            conversion: match (&debug_text, conversion, spec.is_empty()) {
                (Some(_), None, true) => Some('r'),
                _ => conversion,
            },
            spec,
        };
        Ok(match debug_text {
            Some(t) => vec![FStringPart::Literal(t), field],
            None => vec![field],
        })
    }
}
