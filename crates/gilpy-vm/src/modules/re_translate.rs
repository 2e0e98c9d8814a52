//! Python regular-expression syntax → `fancy-regex` syntax.
//!
//! Most of Python's syntax is `fancy-regex`'s too (`(?P<name>…)`, `(?P=name)`, lookaround,
//! backreferences, atomic groups, lazy quantifiers). What differs is rewritten here:
//!
//! - `$` without MULTILINE also matches before a final `\n` in Python: `(?=\n?\z)`.
//! - `\Z` is Python's end of text (`\z`).
//! - inside `[...]`, `[`, `&&`, `~~` are literals in Python but class syntax in Rust: escaped.
//! - VERBOSE is applied here (whitespace and `#` comments dropped outside classes), so a
//!   space inside a class stays significant as in Python.
//! - `(?#...)` comments are dropped; global inline flags `(?imsx)` become compile flags.
//! - ASCII (`re.A`) narrows `\w`, `\d`, `\s` to their ASCII sets.
//!
//! The common pattern errors are reported with CPython's messages and positions.

/// `re` flag bits, as CPython numbers them.
pub const IGNORECASE: u32 = 2;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// A pattern error: CPython's message and the character position it names.
#[derive(Debug, PartialEq)]
pub struct PatternError {
    pub msg: String,
    pub pos: usize,
}

fn err(msg: &str, pos: usize) -> PatternError {
    PatternError {
        msg: msg.to_string(),
        pos,
    }
}

/// The flag bit of an inline flag letter.
fn flag_bit(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        'u' => 32,
        'L' => 4,
        _ => return None,
    })
}

/// Global inline flags anywhere in the pattern (`(?i)`), which apply to the whole pattern.
fn inline_flags(chars: &[char]) -> u32 {
    let mut flags = 0;
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '(' if !in_class && chars.get(i + 1) == Some(&'?') => {
                let mut j = i + 2;
                let mut f = 0;
                while let Some(b) = chars.get(j).copied().and_then(flag_bit) {
                    f |= b;
                    j += 1;
                }
                if j > i + 2 && chars.get(j) == Some(&')') {
                    flags |= f;
                }
            }
            _ => {}
        }
        i += 1;
    }
    flags
}

/// Translates `pattern` under `flags`; returns the `fancy-regex` source and the flags in
/// effect (the given ones plus global inline ones).
pub fn translate(pattern: &str, flags: u32) -> Result<(String, u32), PatternError> {
    let chars: Vec<char> = pattern.chars().collect();
    let flags = flags | inline_flags(&chars);
    let verbose = flags & VERBOSE != 0;
    let ascii = flags & ASCII != 0;
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut prefix = String::new();
    for (bit, c) in [(IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's')] {
        if flags & bit != 0 {
            prefix.push(c);
        }
    }
    if !prefix.is_empty() {
        out.push_str(&format!("(?{prefix})"));
    }
    // Open groups (positions of their `(`), for the unbalanced-parenthesis errors.
    let mut open: Vec<usize> = Vec::new();
    // Could a quantifier apply here (something repeatable was just emitted)?
    let mut repeatable = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' if verbose => {
                i += 1;
                continue;
            }
            '#' if verbose => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\\' => {
                let Some(&n) = chars.get(i + 1) else {
                    return Err(err("bad escape (end of pattern)", i));
                };
                match n {
                    'Z' => out.push_str("\\z"),
                    'w' | 'W' | 'd' | 'D' | 's' | 'S' if ascii => out.push_str(ascii_class(n)),
                    _ => {
                        out.push('\\');
                        out.push(n);
                    }
                }
                repeatable = !matches!(n, 'A' | 'Z' | 'b' | 'B');
                i += 2;
                continue;
            }
            '[' => {
                i = class(&chars, i, verbose, ascii, &mut out)?;
                repeatable = true;
                continue;
            }
            '(' => {
                if chars.get(i + 1) == Some(&'?') {
                    // `(?#comment)`
                    if chars.get(i + 2) == Some(&'#') {
                        while i < chars.len() && chars[i] != ')' {
                            i += 1;
                        }
                        if i == chars.len() {
                            return Err(err("missing ), unterminated comment", i));
                        }
                        i += 1;
                        continue;
                    }
                    // A global flag group `(?imx)`: already applied.
                    let mut j = i + 2;
                    while chars.get(j).copied().and_then(flag_bit).is_some() {
                        j += 1;
                    }
                    if j > i + 2 && chars.get(j) == Some(&')') {
                        i = j + 1;
                        continue;
                    }
                    // Copy the group's introducer so its `?`, `=`, `!`, `<` are not read
                    // as quantifiers or text.
                    open.push(i);
                    out.push_str("(?");
                    i += 2;
                    while let Some(&d) = chars.get(i) {
                        out.push(d);
                        i += 1;
                        if matches!(d, ':' | '=' | '!' | '>' | ')') {
                            if d == ')' {
                                // `(?P=name)` closes itself.
                                open.pop();
                                repeatable = true;
                            }
                            break;
                        }
                    }
                    if chars.get(i.wrapping_sub(1)) != Some(&')') {
                        repeatable = false;
                    }
                    continue;
                }
                open.push(i);
                out.push('(');
                repeatable = false;
            }
            ')' => {
                if open.pop().is_none() {
                    return Err(err("unbalanced parenthesis", i));
                }
                out.push(')');
                repeatable = true;
            }
            '|' => {
                out.push('|');
                repeatable = false;
            }
            '$' => {
                if flags & MULTILINE != 0 {
                    out.push('$');
                } else {
                    out.push_str("(?=\\n?\\z)");
                }
                repeatable = false;
            }
            '^' => {
                out.push('^');
                repeatable = false;
            }
            '*' | '+' | '?' => {
                if !repeatable {
                    return Err(err("nothing to repeat", i));
                }
                out.push(c);
                // A lazy or possessive marker may follow; a second quantifier may not.
                if matches!(chars.get(i + 1), Some('?') | Some('+')) {
                    out.push(chars[i + 1]);
                    i += 1;
                }
                repeatable = false;
                if let Some(&n) = chars.get(i + 1) {
                    if matches!(n, '*' | '+') {
                        return Err(err("multiple repeat", i + 1));
                    }
                }
            }
            '{' => {
                // A valid `{m,n}` is a quantifier; anything else is a literal `{`.
                let mut j = i + 1;
                while chars
                    .get(j)
                    .is_some_and(|d| d.is_ascii_digit() || *d == ',')
                {
                    j += 1;
                }
                let body: String = chars[i + 1..j.min(chars.len())].iter().collect();
                let valid = chars.get(j) == Some(&'}')
                    && !body.is_empty()
                    && body.matches(',').count() <= 1
                    && body != ",";
                if valid {
                    if !repeatable {
                        return Err(err("nothing to repeat", i));
                    }
                    let body = if body.starts_with(',') {
                        format!("0{body}")
                    } else {
                        body
                    };
                    out.push('{');
                    out.push_str(&body);
                    out.push('}');
                    i = j + 1;
                    if chars.get(i) == Some(&'?') {
                        out.push('?');
                        i += 1;
                    }
                    repeatable = false;
                    continue;
                }
                out.push_str("\\{");
                repeatable = true;
            }
            '}' => {
                out.push_str("\\}");
                repeatable = true;
            }
            _ => {
                out.push(c);
                repeatable = true;
            }
        }
        i += 1;
    }
    if let Some(p) = open.pop() {
        return Err(err("missing ), unterminated subpattern", p));
    }
    Ok((out, flags))
}

/// The ASCII-only meaning of `\w`-style escapes (outside a class).
fn ascii_class(n: char) -> &'static str {
    match n {
        'w' => "[0-9A-Za-z_]",
        'W' => "[^0-9A-Za-z_]",
        'd' => "[0-9]",
        'D' => "[^0-9]",
        's' => "[ \\t\\n\\r\\x0b\\x0c]",
        _ => "[^ \\t\\n\\r\\x0b\\x0c]",
    }
}

/// Copies the class starting at `chars[start] == '['`; returns the index after its `]`.
fn class(
    chars: &[char],
    start: usize,
    verbose: bool,
    ascii: bool,
    out: &mut String,
) -> Result<usize, PatternError> {
    let mut i = start + 1;
    out.push('[');
    if chars.get(i) == Some(&'^') {
        out.push('^');
        i += 1;
    }
    // A `]` first is a literal.
    if chars.get(i) == Some(&']') {
        out.push_str("\\]");
        i += 1;
    }
    loop {
        let Some(&c) = chars.get(i) else {
            return Err(err("unterminated character set", start));
        };
        match c {
            ']' => {
                out.push(']');
                return Ok(i + 1);
            }
            '\\' => {
                let Some(&n) = chars.get(i + 1) else {
                    return Err(err("unterminated character set", start));
                };
                match n {
                    'w' if ascii => out.push_str("0-9A-Za-z_"),
                    'd' if ascii => out.push_str("0-9"),
                    's' if ascii => out.push_str(" \\t\\n\\r\\x0b\\x0c"),
                    _ => {
                        out.push('\\');
                        out.push(n);
                    }
                }
                i += 2;
                continue;
            }
            '[' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '-' if chars.get(i + 1) == Some(&'-') => out.push_str("\\-"),
            ' ' | '#' if verbose => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(p: &str) -> String {
        translate(p, 0)
            .map(|(s, _)| s)
            .unwrap_or_else(|e| format!("ERR {e:?}"))
    }

    #[test]
    fn rewrites_python_only_syntax() {
        assert_eq!(t(r"a$"), r"a(?=\n?\z)");
        assert_eq!(t(r"a\Z"), r"a\z");
        assert_eq!(t(r"[[]"), r"[\[]");
        assert_eq!(t(r"[]a]"), r"[\]a]");
        assert_eq!(t(r"a{,3}"), r"a{0,3}");
        assert_eq!(t(r"a{x}"), r"a\{x\}");
        assert_eq!(t(r"(?P<n>a)(?P=n)"), r"(?P<n>a)(?P=n)");
        assert_eq!(t(r"(?i)ab"), r"(?i)ab");
        assert_eq!(t("a(?#note)b"), "ab");
        assert_eq!(translate("a b # c\n[ ]", VERBOSE).unwrap().0, r"ab[\ ]");
    }

    #[test]
    fn reports_cpython_errors() {
        assert_eq!(
            translate("(ab", 0),
            Err(err("missing ), unterminated subpattern", 0))
        );
        assert_eq!(translate("ab)", 0), Err(err("unbalanced parenthesis", 2)));
        assert_eq!(translate("*a", 0), Err(err("nothing to repeat", 0)));
        assert_eq!(
            translate("a[bc", 0),
            Err(err("unterminated character set", 1))
        );
        assert_eq!(translate("a**", 0), Err(err("multiple repeat", 2)));
    }
}
