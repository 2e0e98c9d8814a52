//! PEP 657 error markers: the `^^^^` / `~~~^^^` line CPython 3.11 prints under a
//! traceback entry's source line, from the failing instruction's position.
//!
//! CPython has two renderers that mostly agree: the C one for uncaught exceptions
//! ([`Style::Uncaught`]) and `traceback.py` for the `traceback` module ([`Style::Module`]).
//! They differ on trailing whitespace: the C one keeps it in the printed line and so
//! also marks a whole-line expression followed by spaces; the Python one strips it but
//! counts it when indenting the markers (which shifts them left). Both are reproduced.

use gilpy_compiler::bytecode::Location;
use gilpy_syntax::ast::{ExprKind, StmtKind};

/// Which of CPython's two traceback renderers to imitate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `PyErr_Display` (uncaught exceptions, `sys.excepthook`, thread excepthook).
    Uncaught,
    /// `traceback.py` (`format_exc`, `print_exc`, `format_tb`, ...); `newline`: the
    /// line came with its `\n` (as `linecache` gives it), which counts when indenting.
    Module { newline: bool },
}

/// The indented source line of a traceback entry and, when CPython would print one,
/// its marker line, each ending in `\n`. `raw` is the source line without its line
/// terminator; `loc` the position of the failing instruction (`None`: no markers).
pub fn source_and_markers(raw: &str, loc: Option<Location>, style: Style) -> String {
    let mut out = String::new();
    let shown = match style {
        Style::Uncaught => raw.trim_start(),
        Style::Module { .. } => raw.trim(),
    };
    if raw.trim().is_empty() {
        return out;
    }
    out.push_str("    ");
    out.push_str(shown);
    out.push('\n');
    if let Some(m) = loc.and_then(|l| marker_line(raw, l, style)) {
        out.push_str(&m);
    }
    out
}

/// The marker line (with its four-space margin and `\n`) for `raw` at `loc`, or `None`
/// when CPython prints none (unknown columns, or the expression is the whole line).
pub fn marker_line(raw: &str, loc: Location, style: Style) -> Option<String> {
    let (line, end_line, Some(col), Some(end_col)) = loc.positions() else {
        return None;
    };
    let chars: Vec<char> = raw.chars().collect();
    let n = chars.len() as i64;
    let start = byte_to_char(raw, col as usize) as i64;
    let mut end = byte_to_char(raw, end_col as usize) as i64;
    let mut anchors = None;
    if line == end_line {
        let lo = start.clamp(0, n) as usize;
        let hi = end.clamp(0, n).max(lo as i64) as usize;
        let segment: String = chars[lo..hi].iter().collect();
        anchors = caret_anchors(&segment).map(|a| (segment, a));
    } else {
        end = match style {
            Style::Module { .. } => raw.trim_end().chars().count() as i64,
            // The C renderer scans UTF-8 bytes here.
            Style::Uncaught => raw.trim_end().len() as i64,
        };
    }
    let has_anchors = anchors.as_ref().is_some_and(|(_, a)| a.right > a.left);
    let lead = raw.chars().take_while(|c| c.is_whitespace()).count() as i64;
    let show = match style {
        Style::Module { .. } => end - start < raw.trim().chars().count() as i64 || has_anchors,
        Style::Uncaught => end - start != n - lead || anchors.is_some(),
    };
    if !show {
        return None;
    }
    let dp_start = display_width(&chars, start);
    let dp_end = display_width(&chars, end);
    let indent = match style {
        // `traceback.py` subtracts everything `strip()` removed, counting the newline
        // `linecache` keeps, from a 1-based start.
        Style::Module { newline } => {
            dp_start + 1 - (n + i64::from(newline) - raw.trim().chars().count() as i64)
        }
        Style::Uncaught => dp_start - lead,
    };
    let mut out = String::from("    ");
    push_n(&mut out, ' ', indent);
    match anchors {
        Some((segment, a)) => {
            let seg: Vec<char> = segment.chars().collect();
            let left = display_width(&seg, a.left);
            let right = display_width(&seg, a.right);
            push_n(&mut out, '~', left);
            push_n(&mut out, '^', right - left);
            push_n(&mut out, '~', dp_end - dp_start - right);
        }
        None => push_n(&mut out, '^', dp_end - dp_start),
    }
    out.push('\n');
    Some(out)
}

fn push_n(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// Characters in the first `offset` UTF-8 bytes of `s` (a cut inside a character
/// counts it, as CPython's decode with `errors="replace"` does).
fn byte_to_char(s: &str, offset: usize) -> usize {
    let bytes = &s.as_bytes()[..offset.min(s.len())];
    String::from_utf8_lossy(bytes).chars().count()
}

/// Columns the first `offset` characters take on a terminal: East Asian wide and
/// full-width characters count two.
fn display_width(chars: &[char], offset: i64) -> i64 {
    let k = offset.clamp(0, chars.len() as i64) as usize;
    let wide = chars[..k].iter().filter(|c| is_wide(**c)).count() as i64;
    // Slicing past the end in Python just stops, so an offset beyond the line counts
    // as the line's width.
    k as i64 + wide
}

/// Unicode East Asian Width W or F (the main blocks; `unicodedata.east_asian_width`).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x231A..=0x231B
        | 0x2329..=0x232A
        | 0x23E9..=0x23EC
        | 0x23F0
        | 0x23F3
        | 0x25FD..=0x25FE
        | 0x2614..=0x2615
        | 0x2648..=0x2653
        | 0x267F
        | 0x2693
        | 0x26A1
        | 0x26AA..=0x26AB
        | 0x26BD..=0x26BE
        | 0x26C4..=0x26C5
        | 0x26CE
        | 0x26D4
        | 0x26EA
        | 0x26F2..=0x26F3
        | 0x26F5
        | 0x26FA
        | 0x26FD
        | 0x2705
        | 0x270A..=0x270B
        | 0x2728
        | 0x274C
        | 0x274E
        | 0x2753..=0x2755
        | 0x2757
        | 0x2795..=0x2797
        | 0x27B0
        | 0x27BF
        | 0x2B1B..=0x2B1C
        | 0x2B50
        | 0x2B55
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE10..=0xFE19
        | 0xFE30..=0xFE6F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x16FE0..=0x16FE4
        | 0x17000..=0x18CFF
        | 0x1B000..=0x1B2FF
        | 0x1F004
        | 0x1F0CF
        | 0x1F18E
        | 0x1F191..=0x1F19A
        | 0x1F200..=0x1F251
        | 0x1F300..=0x1F320
        | 0x1F32D..=0x1F335
        | 0x1F337..=0x1F37C
        | 0x1F37E..=0x1F393
        | 0x1F3A0..=0x1F3CA
        | 0x1F3CF..=0x1F3D3
        | 0x1F3E0..=0x1F3F0
        | 0x1F3F4
        | 0x1F3F8..=0x1F43E
        | 0x1F440
        | 0x1F442..=0x1F4FC
        | 0x1F4FF..=0x1F53D
        | 0x1F54B..=0x1F54E
        | 0x1F550..=0x1F567
        | 0x1F57A
        | 0x1F595..=0x1F596
        | 0x1F5A4
        | 0x1F5FB..=0x1F64F
        | 0x1F680..=0x1F6C5
        | 0x1F6CC
        | 0x1F6D0..=0x1F6D2
        | 0x1F6D5..=0x1F6D7
        | 0x1F6EB..=0x1F6EC
        | 0x1F6F4..=0x1F6FC
        | 0x1F7E0..=0x1F7EB
        | 0x1F90C..=0x1F93A
        | 0x1F93C..=0x1F945
        | 0x1F947..=0x1F9FF
        | 0x1FA70..=0x1FAFF
        | 0x20000..=0x2FFFD
        | 0x30000..=0x3FFFD
    )
}

/// Character offsets within the segment: `~` before `left`, `^` from `left` to
/// `right`, `~` after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchors {
    left: i64,
    right: i64,
}

/// CPython's `_extract_caret_anchors_from_line_segment`: a segment that parses as a
/// lone binary operation marks its operator, a lone subscript its brackets.
fn caret_anchors(segment: &str) -> Option<Anchors> {
    let module = gilpy_syntax::parse_module(segment, "<segment>").ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(e) = &stmt.node else {
        return None;
    };
    let bytes = segment.as_bytes();
    let len = bytes.len();
    let to_chars = |b: usize| byte_to_char(segment, b) as i64;
    match &e.node {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (left.span.end as usize, right.span.start as usize);
            let op = bytes.get(from..to)?;
            let skip = op.iter().take_while(|b| b.is_ascii_whitespace()).count();
            let mut l = from + skip;
            let mut r = l + 1;
            if skip + 1 < op.len() && !op[skip + 1].is_ascii_whitespace() {
                r += 1;
            }
            while l < len && (bytes[l].is_ascii_whitespace() || matches!(bytes[l], b')' | b'#')) {
                l += 1;
                r += 1;
            }
            Some(Anchors {
                left: to_chars(l),
                right: to_chars(r),
            })
        }
        ExprKind::Subscript { value, index } => {
            let mut l = value.span.end as usize;
            let mut r = index.span.end as usize + 1;
            while l < len && bytes[l] != b'[' {
                l += 1;
            }
            while r < len && bytes[r] != b']' {
                r += 1;
            }
            if r < len {
                r += 1;
            }
            Some(Anchors {
                left: to_chars(l),
                right: to_chars(r),
            })
        }
        _ => None,
    }
}

/// The compiled code behind a `code` object (`f.__code__`, a traceback frame's
/// `f_code`), so `traceback` can read instruction positions.
pub struct CodeRef(pub std::sync::Arc<gilpy_compiler::bytecode::Code>);

impl crate::object::NativeData for CodeRef {
    fn trace(&self, _visit: &mut dyn FnMut(crate::value::Value)) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(line: u32, end_line: u32, col: u16, end_col: u16) -> Location {
        Location {
            line,
            end_line,
            col,
            end_col,
        }
    }

    #[test]
    fn binop_and_subscript_anchors() {
        let raw = "    return a // b";
        assert_eq!(
            marker_line(raw, loc(1, 1, 11, 17), Style::Module { newline: true }).as_deref(),
            Some("           ~~^^~~\n")
        );
        let raw = "    x = d['k']";
        assert_eq!(
            marker_line(raw, loc(1, 1, 8, 14), Style::Uncaught).as_deref(),
            Some("        ~^^^^^\n")
        );
    }

    #[test]
    fn whole_line_has_no_markers() {
        assert_eq!(
            marker_line("    f()", loc(1, 1, 4, 7), Style::Module { newline: true }),
            None
        );
        assert_eq!(
            marker_line(
                "    f()  ",
                loc(1, 1, 4, 7),
                Style::Module { newline: true }
            ),
            None
        );
        // The C renderer counts the trailing spaces.
        assert_eq!(
            marker_line("    f()  ", loc(1, 1, 4, 7), Style::Uncaught).as_deref(),
            Some("    ^^^\n")
        );
        assert_eq!(
            marker_line(
                "f()",
                loc(1, 1, 0, Location::NO_COL),
                Style::Module { newline: true }
            ),
            None
        );
    }
}
