//! `str.format` templates: `"{0.name[key]!r:>{width}}"`.
//!
//! [`parse_template`] turns a template into [`TemplatePiece`]s with automatic field
//! numbers already resolved. The VM renders each [`Field`]: look up the argument
//! ([`FieldArg`]), follow [`Field::path`] (`getattr` / `__getitem__`), apply the
//! conversion (`!r` repr, `!s` str, `!a` ascii), render the spec pieces (literals and
//! nested fields, themselves without a spec of fields) into a string, then call the
//! value's `__format__` with it (e.g. [`parse_format_spec`](super::parse_format_spec)
//! plus `format_int`). Missing positional arguments are CPython's
//! `IndexError: Replacement index 2 out of range for positional args tuple`, missing
//! names a `KeyError`. [`render_template`] drives this walk with two callbacks.

use super::error::FormatError;

/// Which argument a field refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldArg {
    /// Positional index (explicit `{0}` or automatic `{}`).
    Index(usize),
    /// Keyword argument `{name}`.
    Name(String),
}

/// One step of a field name after the argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccess {
    /// `.name`: `getattr(obj, name)`.
    Attr(String),
    /// `[3]`: `obj[3]` (digits are an int index).
    Index(usize),
    /// `[key]`: `obj['key']` (anything else is a str key).
    Key(String),
}

/// A replacement field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePiece {
    /// Literal text (`{{`/`}}` already unescaped).
    Literal(String),
    /// A `{...}` field.
    Field(Field),
}

/// A parsed `{arg.path!conv:spec}` field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The argument.
    pub arg: FieldArg,
    /// Attribute and item accesses, in order.
    pub path: Vec<FieldAccess>,
    /// `r`, `s` or `a`.
    pub conversion: Option<char>,
    /// The spec: empty for none; literals and nested fields otherwise.
    pub spec: Vec<TemplatePiece>,
}

impl Field {
    /// The spec as plain text when it has no nested fields (the common case).
    pub fn literal_spec(&self) -> Option<String> {
        let mut out = String::new();
        for p in &self.spec {
            match p {
                TemplatePiece::Literal(s) => out.push_str(s),
                TemplatePiece::Field(_) => return None,
            }
        }
        Some(out)
    }
}

/// Automatic (`{}`) versus manual (`{0}`) numbering state, shared with nested specs.
#[derive(Default)]
struct Numbering {
    next_auto: usize,
    used_auto: bool,
    used_manual: bool,
}

/// Parses a `str.format` template.
///
/// ```
/// use gilpy_vm::format::{parse_template, TemplatePiece, FieldArg};
/// let p = parse_template("{} + {} = {}").unwrap();
/// assert_eq!(p.len(), 5);
/// assert!(matches!(&p[2], TemplatePiece::Field(f) if f.arg == FieldArg::Index(1)));
/// ```
pub fn parse_template(template: &str) -> Result<Vec<TemplatePiece>, FormatError> {
    let chars: Vec<char> = template.chars().collect();
    let mut numbering = Numbering::default();
    parse_at_depth(&chars, 2, &mut numbering)
}

fn parse_at_depth(
    chars: &[char],
    depth: u32,
    numbering: &mut Numbering,
) -> Result<Vec<TemplatePiece>, FormatError> {
    if depth == 0 {
        return Err(FormatError::MaxRecursion);
    }
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '}' => {
                if chars.get(i) == Some(&'}') {
                    lit.push('}');
                    i += 1;
                } else {
                    return Err(FormatError::SingleRightBrace);
                }
            }
            '{' => {
                match chars.get(i) {
                    None => return Err(FormatError::SingleLeftBrace),
                    Some('{') => {
                        lit.push('{');
                        i += 1;
                        continue;
                    }
                    Some(_) => {}
                }
                if !lit.is_empty() {
                    pieces.push(TemplatePiece::Literal(std::mem::take(&mut lit)));
                }
                let field = parse_field(chars, &mut i, depth, numbering)?;
                pieces.push(TemplatePiece::Field(field));
            }
            c => lit.push(c),
        }
    }
    if !lit.is_empty() {
        pieces.push(TemplatePiece::Literal(lit));
    }
    Ok(pieces)
}

/// Parses one field; `*i` is just after its `{` and ends just after its `}`.
fn parse_field(
    chars: &[char],
    i: &mut usize,
    depth: u32,
    numbering: &mut Numbering,
) -> Result<Field, FormatError> {
    // Field name: up to `!`, `:` or `}`; `[...]` may contain those characters.
    let name_start = *i;
    let mut terminator = None;
    while *i < chars.len() {
        let c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(FormatError::UnexpectedBraceInFieldName),
            '[' => {
                while *i < chars.len() && chars[*i] != ']' {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => {
                terminator = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name_end = if terminator.is_some() { *i - 1 } else { *i };
    let name = &chars[name_start..name_end];
    let mut conversion = None;
    let mut spec = Vec::new();
    match terminator {
        None => return Err(FormatError::ExpectedRightBrace),
        Some('}') => {}
        Some(t) => {
            let mut need_spec = true;
            if t == '!' {
                let Some(&conv) = chars.get(*i) else {
                    return Err(FormatError::EndWhileLookingForConversion);
                };
                *i += 1;
                conversion = Some(conv);
                if let Some(&next) = chars.get(*i) {
                    *i += 1;
                    if next == '}' {
                        need_spec = false;
                    } else if next != ':' {
                        return Err(FormatError::ExpectedColon);
                    }
                }
            }
            if need_spec {
                // The spec runs to the `}` that balances the field's `{`.
                let start = *i;
                let mut count = 1;
                let mut expand = false;
                loop {
                    let Some(&c) = chars.get(*i) else {
                        return Err(FormatError::UnmatchedBraceInSpec);
                    };
                    *i += 1;
                    match c {
                        '{' => {
                            expand = true;
                            count += 1;
                        }
                        '}' => {
                            count -= 1;
                            if count == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let text = &chars[start..*i - 1];
                // Name resolution comes before the nested spec fields, as CPython
                // numbers `{:{}}` value first, width second.
                let (arg, path) = parse_field_name(name, numbering)?;
                if let Some(c) = conversion {
                    check_conversion(c)?;
                }
                if expand {
                    spec = parse_at_depth(text, depth - 1, numbering)?;
                } else if !text.is_empty() {
                    spec.push(TemplatePiece::Literal(text.iter().collect()));
                }
                return Ok(Field {
                    arg,
                    path,
                    conversion,
                    spec,
                });
            }
        }
    }
    let (arg, path) = parse_field_name(name, numbering)?;
    if let Some(c) = conversion {
        check_conversion(c)?;
    }
    Ok(Field {
        arg,
        path,
        conversion,
        spec,
    })
}

fn check_conversion(c: char) -> Result<(), FormatError> {
    match c {
        'r' | 's' | 'a' => Ok(()),
        c => Err(FormatError::UnknownConversion(c)),
    }
}

/// Digits-only text as an index; too many digits is CPython's error.
fn as_index(s: &[char]) -> Result<Option<usize>, FormatError> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut v: usize = 0;
    for c in s {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(c.to_digit(10).unwrap_or(0) as usize))
            .filter(|&v| v <= i64::MAX as usize)
            .ok_or(FormatError::TooManyDigits)?;
    }
    Ok(Some(v))
}

fn parse_field_name(
    name: &[char],
    numbering: &mut Numbering,
) -> Result<(FieldArg, Vec<FieldAccess>), FormatError> {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let arg = if first.is_empty() {
        if numbering.used_manual {
            return Err(FormatError::ManualToAuto);
        }
        numbering.used_auto = true;
        numbering.next_auto += 1;
        FieldArg::Index(numbering.next_auto - 1)
    } else if let Some(n) = as_index(first)? {
        if numbering.used_auto {
            return Err(FormatError::AutoToManual);
        }
        numbering.used_manual = true;
        FieldArg::Index(n)
    } else {
        FieldArg::Name(first.iter().collect())
    };
    let mut path = Vec::new();
    let mut i = first_end;
    while i < name.len() {
        let c = name[i];
        i += 1;
        match c {
            '.' => {
                let start = i;
                while i < name.len() && name[i] != '.' && name[i] != '[' {
                    i += 1;
                }
                if i == start {
                    return Err(FormatError::EmptyAttribute);
                }
                path.push(FieldAccess::Attr(name[start..i].iter().collect()));
            }
            '[' => {
                let start = i;
                while i < name.len() && name[i] != ']' {
                    i += 1;
                }
                if i >= name.len() {
                    return Err(FormatError::MissingRightBracket);
                }
                let key = &name[start..i];
                i += 1; // past `]`
                if key.is_empty() {
                    return Err(FormatError::EmptyAttribute);
                }
                path.push(match as_index(key)? {
                    Some(n) => FieldAccess::Index(n),
                    None => FieldAccess::Key(key.iter().collect()),
                });
                if i < name.len() && name[i] != '.' && name[i] != '[' {
                    return Err(FormatError::OnlyDotOrBracket);
                }
            }
            _ => return Err(FormatError::OnlyDotOrBracket),
        }
    }
    Ok((arg, path))
}

/// Renders parsed pieces in CPython's order: literal text is copied; for each field,
/// `lookup` resolves the object (argument, path and `!` conversion), then the spec
/// pieces are rendered (nested fields through the same two callbacks), then
/// `format(value, spec_text)` produces the replacement (`format(value, spec)`).
///
/// ```
/// use gilpy_vm::format::{parse_template, render_template, FieldArg};
/// let args = [5, 4];
/// let pieces = parse_template("[{:>{}}]").unwrap();
/// let out = render_template(
///     &pieces,
///     &mut |f| match f.arg {
///         FieldArg::Index(i) => args.get(i).copied().ok_or("IndexError"),
///         FieldArg::Name(_) => Err("KeyError"),
///     },
///     &mut |v: i64, spec: &str| {
///         let spec = gilpy_vm::format::parse_format_spec(spec).map_err(|_| "ValueError")?;
///         gilpy_vm::format::format_i64(v, &spec).map_err(|_| "ValueError")
///     },
/// );
/// assert_eq!(out.unwrap(), "[   5]");
/// ```
pub fn render_template<V, E>(
    pieces: &[TemplatePiece],
    lookup: &mut dyn FnMut(&Field) -> Result<V, E>,
    format: &mut dyn FnMut(V, &str) -> Result<String, E>,
) -> Result<String, E> {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            TemplatePiece::Literal(s) => out.push_str(s),
            TemplatePiece::Field(f) => {
                let value = lookup(f)?;
                let spec = render_template(&f.spec, lookup, format)?;
                out.push_str(&format(value, &spec)?);
            }
        }
    }
    Ok(out)
}

/// CPython's message for a positional field beyond the arguments (raise `IndexError`).
pub fn template_index_error(index: usize) -> String {
    format!("Replacement index {index} out of range for positional args tuple")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(t: &str) -> String {
        parse_template(t).unwrap_err().to_string()
    }

    fn field(t: &str) -> Field {
        match parse_template(t).unwrap().into_iter().next() {
            Some(TemplatePiece::Field(f)) => f,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn literals_and_fields() {
        let p = parse_template("a{{b}}c").unwrap();
        assert_eq!(p, vec![TemplatePiece::Literal("a{b}c".into())]);
        let p = parse_template("{} + {} = {}").unwrap();
        assert_eq!(p.len(), 5);
        let f = field("{0.attr[key][3]!r:>10}");
        assert_eq!(f.arg, FieldArg::Index(0));
        assert_eq!(
            f.path,
            vec![
                FieldAccess::Attr("attr".into()),
                FieldAccess::Key("key".into()),
                FieldAccess::Index(3)
            ]
        );
        assert_eq!(f.conversion, Some('r'));
        assert_eq!(f.literal_spec().as_deref(), Some(">10"));
        let f = field("{name}");
        assert_eq!(f.arg, FieldArg::Name("name".into()));
        assert!(f.spec.is_empty());
        let f = field("{[0]}");
        assert_eq!(f.arg, FieldArg::Index(0));
        let f = field("{0[-1]}");
        assert_eq!(f.path, vec![FieldAccess::Key("-1".into())]);
        let f = field("{0[a:b!c]}");
        assert_eq!(f.path, vec![FieldAccess::Key("a:b!c".into())]);
        let f = field("{!r}");
        assert_eq!((f.arg, f.conversion), (FieldArg::Index(0), Some('r')));
        // A spec with `{{` is expanded: `'{0:{{}}}'` gives spec `{}`.
        let f = field("{0:{{}}}");
        assert_eq!(f.literal_spec().as_deref(), Some("{}"));
    }

    #[test]
    fn nested_spec_numbering() {
        let p = parse_template("{:{}}").unwrap();
        let TemplatePiece::Field(f) = &p[0] else {
            panic!()
        };
        assert_eq!(f.arg, FieldArg::Index(0));
        assert!(matches!(&f.spec[0], TemplatePiece::Field(g) if g.arg == FieldArg::Index(1)));
        assert!(f.literal_spec().is_none());
        let f = field("{0:{1}.{prec}f}");
        assert_eq!(f.spec.len(), 4);
        assert!(parse_template("{:{:>3}}").is_ok());
    }

    #[test]
    fn rendering_order() {
        // "{0:{1}}" looks up 0, then renders the spec field 1, then formats 0.
        let pieces = parse_template("a{0:{1}x}b{{").unwrap();
        let mut log = Vec::new();
        let out = render_template::<usize, ()>(
            &pieces,
            &mut |f| {
                let FieldArg::Index(i) = f.arg else {
                    return Err(());
                };
                Ok(i)
            },
            &mut |v, spec| {
                log.push(format!("{v}:{spec}"));
                Ok(format!("<{v}|{spec}>"))
            },
        )
        .unwrap();
        assert_eq!(out, "a<0|<1|>x>b{");
        assert_eq!(log, vec!["1:", "0:<1|>x"]);
    }

    // Messages are CPython 3.11's for the same `str.format` templates.
    #[test]
    fn errors() {
        assert_eq!(err("{0!}"), "unmatched '{' in format spec");
        assert_eq!(err("{0!x}"), "Unknown conversion specifier x");
        assert_eq!(err("{0!rr}"), "expected ':' after conversion specifier");
        assert_eq!(err("{:{:{}}}"), "Max string recursion exceeded");
        assert_eq!(err("{0.}"), "Empty attribute in format string");
        assert_eq!(err("{0[}"), "expected '}' before end of string");
        assert_eq!(err("{0[]}"), "Empty attribute in format string");
        assert_eq!(
            err("{0[0]x}"),
            "Only '.' or '[' may follow ']' in format field specifier"
        );
        assert_eq!(err("{a{}"), "unexpected '{' in field name");
        assert_eq!(err("{"), "Single '{' encountered in format string");
        assert_eq!(err("}"), "Single '}' encountered in format string");
        assert_eq!(err("a}b"), "Single '}' encountered in format string");
        assert_eq!(err("{0"), "expected '}' before end of string");
        assert_eq!(err("{0:"), "unmatched '{' in format spec");
        assert_eq!(
            err("{}{0}"),
            "cannot switch from automatic field numbering to manual field specification"
        );
        assert_eq!(
            err("{0}{}"),
            "cannot switch from manual field specification to automatic field numbering"
        );
        assert_eq!(
            err("{99999999999999999999}"),
            "Too many decimal digits in format string"
        );
        assert_eq!(err("{!}"), "unmatched '{' in format spec");
        assert_eq!(
            err("{0!"),
            "end of string while looking for conversion specifier"
        );
        assert_eq!(err("{0!r"), "unmatched '{' in format spec");
        assert_eq!(
            template_index_error(2),
            "Replacement index 2 out of range for positional args tuple"
        );
    }
}
