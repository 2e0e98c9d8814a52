//! `repr()` and `ascii()` of strings, and `str.isprintable()`.

use super::unicode::{in_table, NON_PRINTABLE};

/// Python's `str.isprintable()` for one character (Unicode 14 tables, as CPython 3.11).
pub fn is_printable_char(c: char) -> bool {
    !in_table(NON_PRINTABLE, c)
}

/// Python's `str.isprintable()` (true for the empty string).
pub fn is_printable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}

/// Python's `repr(s)` for a `str`.
///
/// Uses `'` unless the text contains `'` and no `"`; escapes `\\`, the chosen quote,
/// `\t \n \r`, other ASCII control characters as `\xhh`, and non-printable non-ASCII
/// characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`. Printable Unicode stays as is.
///
/// ```
/// use gilpy_vm::format::str_repr;
/// assert_eq!(str_repr("it's"), "\"it's\"");
/// assert_eq!(str_repr("a\nb"), "'a\\nb'");
/// ```
pub fn str_repr(s: &str) -> String {
    quote(s, false)
}

/// Python's `ascii(s)` for a `str` (also `%a`): like [`str_repr`] but every
/// non-ASCII character is escaped.
pub fn str_ascii(s: &str) -> String {
    quote(s, true)
}

/// Escapes non-ASCII characters of an already computed `repr` (what `ascii(obj)`
/// does to `repr(obj)` for non-string objects).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

fn quote(s: &str, ascii_only: bool) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => push_hex_escape(&mut out, c),
            c if c.is_ascii() => out.push(c),
            c if !ascii_only && is_printable_char(c) => out.push(c),
            c => push_hex_escape(&mut out, c),
        }
    }
    out.push(q);
    out
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, whichever is the shortest that fits.
fn push_hex_escape(out: &mut String, c: char) {
    let cp = c as u32;
    let s = if cp <= 0xff {
        format!("\\x{cp:02x}")
    } else if cp <= 0xffff {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    };
    out.push_str(&s);
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values are `repr(s)` / `ascii(s)` printed by CPython 3.11.
    #[test]
    fn repr_quotes() {
        assert_eq!(str_repr("x"), "'x'");
        assert_eq!(str_repr(""), "''");
        assert_eq!(str_repr("it's"), r#""it's""#);
        assert_eq!(str_repr(r#"quote"s"#), r#"'quote"s'"#);
        assert_eq!(str_repr(r#"a'b"c"#), r#"'a\'b"c'"#);
        assert_eq!(str_repr("back\\slash"), r"'back\\slash'");
    }

    #[test]
    fn repr_escapes() {
        assert_eq!(str_repr("tab\tand\nnewline\r"), r"'tab\tand\nnewline\r'");
        assert_eq!(str_repr("\x00\x1b\x7f"), r"'\x00\x1b\x7f'");
        assert_eq!(str_repr("\u{a0}\u{ad}"), r"'\xa0\xad'");
        assert_eq!(str_repr("é€😀"), "'é€😀'");
        assert_eq!(str_repr("\u{200b}\u{2028}"), r"'\u200b\u2028'");
        assert_eq!(str_repr("\u{e0001}\u{10ffff}"), r"'\U000e0001\U0010ffff'");
        assert_eq!(str_repr("\u{378}"), r"'\u0378'");
    }

    #[test]
    fn ascii_forms() {
        assert_eq!(str_ascii("é€😀"), r"'\xe9\u20ac\U0001f600'");
        assert_eq!(ascii_escape("['é']"), r"['\xe9']");
        assert!(is_printable("abc é"));
        assert!(!is_printable("a\tb"));
        assert!(is_printable(""));
    }
}
