//! The lexer: a logos tokenizer plus an indentation wrapper that synthesises
//! `NEWLINE` / `INDENT` / `DEDENT`, tracks bracket nesting and checks literals.

use std::fmt;

use logos::Logos;
use num_bigint::BigInt;

use crate::error::{ErrorKind, RawError};

/// CPython's limit on nested brackets (`too many nested parentheses`).
const MAX_BRACKETS: usize = 200;
/// CPython 3.11's default `sys.get_int_max_str_digits()`.
const MAX_INT_DIGITS: usize = 4300;
/// CPython's limit on indentation levels (`too many levels of indentation`).
const MAX_INDENTS: usize = 100;

/// An integer literal's value.
#[derive(Debug, Clone, PartialEq)]
pub enum IntValue {
    /// Fits in an `i64`.
    Small(i64),
    /// Does not.
    Big(Box<BigInt>),
}

/// A string literal token (one piece; adjacent pieces are joined by the parser).
#[derive(Debug, Clone, PartialEq)]
pub enum StrLit {
    /// A plain string, escapes already decoded.
    Plain(String),
    /// A bytes literal (`b'..'`, `rb'..'`), escapes already decoded.
    Bytes(Vec<u8>),
    /// An f-string: the raw text between the quotes and where that text starts.
    Format {
        /// The undecoded body.
        body: String,
        /// Byte offset of `body` in the source.
        offset: usize,
        /// `rf"..."`: escapes are not decoded.
        raw: bool,
    },
}

/// Errors raised inside logos callbacks; `Unrecognized` is logos' "no token matches".
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    /// No token matches here.
    #[default]
    Unrecognized,
    /// A specific problem found by a callback.
    Error(RawError),
}

/// A token. `Newline`, `Indent` and `Dedent` come from the indentation wrapper; the
/// others from the logos tokenizer.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"\\(\r\n|\n|\r)")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Token {
    /// End of a logical line.
    #[regex(r"\r\n|\n|\r")]
    Newline,
    /// Indentation increased.
    Indent,
    /// Indentation decreased (one per level).
    Dedent,

    /// An identifier.
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*", |lex| lex.slice().to_string())]
    Name(String),
    /// An integer literal.
    #[regex(r"[0-9](_?[0-9])*", lex_decimal)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |lex| lex_radix(lex, 16))]
    #[regex(r"0[oO](_?[0-7])+", |lex| lex_radix(lex, 8))]
    #[regex(r"0[bB](_?[01])+", |lex| lex_radix(lex, 2))]
    Int(IntValue),
    /// A float literal.
    #[regex(
        r"([0-9](_?[0-9])*)?\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?",
        lex_float
    )]
    #[regex(r"[0-9](_?[0-9])*\.([eE][+-]?[0-9](_?[0-9])*)?", lex_float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", lex_float)]
    Float(f64),
    /// An imaginary literal (`2j`, `1.5e3J`): the value of its imaginary part.
    #[regex(r"[0-9](_?[0-9])*[jJ]", lex_imag)]
    #[regex(
        r"([0-9](_?[0-9])*)?\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]",
        lex_imag
    )]
    #[regex(r"[0-9](_?[0-9])*\.([eE][+-]?[0-9](_?[0-9])*)?[jJ]", lex_imag)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]", lex_imag)]
    Imag(f64),
    /// A string literal (the callback scans to the closing quote).
    #[regex(r#"([rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?["']"#, lex_string)]
    Str(StrLit),

    // Keywords.
    /// `False`
    #[token("False")]
    False,
    /// `None`
    #[token("None")]
    None,
    /// `True`
    #[token("True")]
    True,
    /// `and`
    #[token("and")]
    And,
    /// `as`
    #[token("as")]
    As,
    /// `assert`
    #[token("assert")]
    Assert,
    /// `async` (reserved: gilpy reports it as unsupported)
    #[token("async")]
    Async,
    /// `await` (reserved: gilpy reports it as unsupported)
    #[token("await")]
    Await,
    /// `break`
    #[token("break")]
    Break,
    /// `class`
    #[token("class")]
    Class,
    /// `continue`
    #[token("continue")]
    Continue,
    /// `def`
    #[token("def")]
    Def,
    /// `del`
    #[token("del")]
    Del,
    /// `elif`
    #[token("elif")]
    Elif,
    /// `else`
    #[token("else")]
    Else,
    /// `except`
    #[token("except")]
    Except,
    /// `finally`
    #[token("finally")]
    Finally,
    /// `for`
    #[token("for")]
    For,
    /// `from`
    #[token("from")]
    From,
    /// `global`
    #[token("global")]
    Global,
    /// `if`
    #[token("if")]
    If,
    /// `import`
    #[token("import")]
    Import,
    /// `in`
    #[token("in")]
    In,
    /// `is`
    #[token("is")]
    Is,
    /// `lambda`
    #[token("lambda")]
    Lambda,
    /// `nonlocal`
    #[token("nonlocal")]
    Nonlocal,
    /// `not`
    #[token("not")]
    Not,
    /// `or`
    #[token("or")]
    Or,
    /// `pass`
    #[token("pass")]
    Pass,
    /// `raise`
    #[token("raise")]
    Raise,
    /// `return`
    #[token("return")]
    Return,
    /// `try`
    #[token("try")]
    Try,
    /// `while`
    #[token("while")]
    While,
    /// `with`
    #[token("with")]
    With,
    /// `match` where it starts a match statement (a soft keyword: see `soft.rs`).
    Match,
    /// `case` where it starts a case block (a soft keyword).
    Case,
    /// `yield`
    #[token("yield")]
    Yield,

    // Operators.
    /// `+`
    #[token("+")]
    Plus,
    /// `-`
    #[token("-")]
    Minus,
    /// `*`
    #[token("*")]
    Star,
    /// `/`
    #[token("/")]
    Slash,
    /// `//`
    #[token("//")]
    DoubleSlash,
    /// `%`
    #[token("%")]
    Percent,
    /// `**`
    #[token("**")]
    DoubleStar,
    /// `<<`
    #[token("<<")]
    LShift,
    /// `>>`
    #[token(">>")]
    RShift,
    /// `&`
    #[token("&")]
    Amp,
    /// `|`
    #[token("|")]
    Pipe,
    /// `^`
    #[token("^")]
    Caret,
    /// `~`
    #[token("~")]
    Tilde,
    /// `@`
    #[token("@")]
    At,
    /// `<`
    #[token("<")]
    Lt,
    /// `>`
    #[token(">")]
    Gt,
    /// `<=`
    #[token("<=")]
    LtE,
    /// `>=`
    #[token(">=")]
    GtE,
    /// `==`
    #[token("==")]
    EqEq,
    /// `!=`
    #[token("!=")]
    NotEq,
    /// `=`
    #[token("=")]
    Assign,
    /// `+=`
    #[token("+=")]
    PlusEq,
    /// `-=`
    #[token("-=")]
    MinusEq,
    /// `*=`
    #[token("*=")]
    StarEq,
    /// `/=`
    #[token("/=")]
    SlashEq,
    /// `//=`
    #[token("//=")]
    DoubleSlashEq,
    /// `%=`
    #[token("%=")]
    PercentEq,
    /// `**=`
    #[token("**=")]
    DoubleStarEq,
    /// `<<=`
    #[token("<<=")]
    LShiftEq,
    /// `>>=`
    #[token(">>=")]
    RShiftEq,
    /// `&=`
    #[token("&=")]
    AmpEq,
    /// `|=`
    #[token("|=")]
    PipeEq,
    /// `^=`
    #[token("^=")]
    CaretEq,
    /// `@=`
    #[token("@=")]
    AtEq,
    /// `->`
    #[token("->")]
    Arrow,
    /// `:=`
    #[token(":=")]
    Walrus,
    /// `.`
    #[token(".")]
    Dot,
    /// `...`
    #[token("...")]
    Ellipsis,
    /// `,`
    #[token(",")]
    Comma,
    /// `:`
    #[token(":")]
    Colon,
    /// `;`
    #[token(";")]
    Semi,
    /// `(`
    #[token("(")]
    LPar,
    /// `)`
    #[token(")")]
    RPar,
    /// `[`
    #[token("[")]
    LSqb,
    /// `]`
    #[token("]")]
    RSqb,
    /// `{`
    #[token("{")]
    LBrace,
    /// `}`
    #[token("}")]
    RBrace,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Newline => f.write_str("NEWLINE"),
            Token::Indent => f.write_str("INDENT"),
            Token::Dedent => f.write_str("DEDENT"),
            Token::Name(n) => write!(f, "NAME {n}"),
            Token::Int(IntValue::Small(i)) => write!(f, "INT {i}"),
            Token::Int(IntValue::Big(i)) => write!(f, "INT {i}"),
            Token::Float(x) => write!(f, "FLOAT {x:?}"),
            Token::Imag(x) => write!(f, "IMAG {x:?}j"),
            Token::Str(StrLit::Plain(s)) => write!(f, "STRING {s:?}"),
            Token::Str(StrLit::Bytes(b)) => write!(f, "BYTES {b:?}"),
            Token::Str(StrLit::Format { body, .. }) => write!(f, "FSTRING {body:?}"),
            other => match other.symbol() {
                Some(s) => write!(f, "'{s}'"),
                None => write!(f, "{other:?}"),
            },
        }
    }
}

impl Token {
    /// The fixed text of a keyword or operator token.
    pub fn symbol(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Match => "match",
            Case => "case",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            DoubleStar => "**",
            LShift => "<<",
            RShift => ">>",
            Amp => "&",
            Pipe => "|",
            Caret => "^",
            Tilde => "~",
            At => "@",
            Lt => "<",
            Gt => ">",
            LtE => "<=",
            GtE => ">=",
            EqEq => "==",
            NotEq => "!=",
            Assign => "=",
            PlusEq => "+=",
            MinusEq => "-=",
            StarEq => "*=",
            SlashEq => "/=",
            DoubleSlashEq => "//=",
            PercentEq => "%=",
            DoubleStarEq => "**=",
            LShiftEq => "<<=",
            RShiftEq => ">>=",
            AmpEq => "&=",
            PipeEq => "|=",
            CaretEq => "^=",
            AtEq => "@=",
            Arrow => "->",
            Walrus => ":=",
            Dot => ".",
            Ellipsis => "...",
            Comma => ",",
            Colon => ":",
            Semi => ";",
            LPar => "(",
            RPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Newline | Indent | Dedent | Name(_) | Int(_) | Float(_) | Imag(_) | Str(_) => {
                return Option::None
            }
        })
    }
}

type Lx<'s> = logos::Lexer<'s, Token>;

fn err(lex: &Lx<'_>, msg: impl Into<String>) -> LexError {
    LexError::Error(RawError::new(msg, lex.span().start))
}

fn err_at(lex: &Lx<'_>, msg: &str, delta: usize) -> LexError {
    LexError::Error(RawError::new(msg, lex.span().start + delta))
}

/// Reject a number glued to a following identifier character (`1abc`), as CPython does.
fn check_number_end(lex: &Lx<'_>, what: &str) -> Result<(), LexError> {
    let rest = lex.remainder();
    let Some(c) = rest.chars().next() else {
        return Ok(());
    };
    if !(c.is_alphanumeric() || c == '_') {
        return Ok(());
    }
    // `1if x else 2` is still accepted by CPython 3.11.
    for kw in ["if", "else", "and", "or", "in", "is", "not", "for"] {
        if let Some(after) = rest.strip_prefix(kw) {
            if !after.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                return Ok(());
            }
        }
    }
    let end = lex.span().end;
    if c.is_ascii_digit() && (what == "octal" || what == "binary") {
        return Err(LexError::Error(RawError::new(
            format!("invalid digit '{c}' in {what} literal"),
            end,
        )));
    }
    // CPython points at a stray `_`, else at the last character of the number.
    let pos = if c == '_' { end } else { end.saturating_sub(1) };
    Err(LexError::Error(RawError::new(
        format!("invalid {what} literal"),
        pos,
    )))
}

fn lex_decimal(lex: &mut Lx<'_>) -> Result<IntValue, LexError> {
    let text = lex.slice();
    if text == "0" {
        let mut rest = lex.remainder().chars();
        let (kind, digit) = (rest.next(), rest.next());
        if let (Some(k @ ('o' | 'O' | 'b' | 'B')), Some(d)) = (kind, digit) {
            if d.is_ascii_digit() {
                let what = if matches!(k, 'o' | 'O') {
                    "octal"
                } else {
                    "binary"
                };
                return Err(err_at(
                    lex,
                    &format!("invalid digit '{d}' in {what} literal"),
                    2,
                ));
            }
        }
        match kind {
            Some('x' | 'X') => return Err(err_at(lex, "invalid hexadecimal literal", 1)),
            Some('o' | 'O') => return Err(err_at(lex, "invalid octal literal", 1)),
            Some('b' | 'B') => return Err(err_at(lex, "invalid binary literal", 1)),
            _ => {}
        }
    }
    if text.starts_with('0') && text.bytes().any(|b| b != b'0' && b != b'_') {
        return Err(err(
            lex,
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
        ));
    }
    check_number_end(lex, "decimal")?;
    // CPython 3.11 refuses long decimal literals (and so avoids quadratic conversion).
    let digits = text.bytes().filter(|b| b.is_ascii_digit()).count();
    if digits > MAX_INT_DIGITS {
        return Err(LexError::Error(RawError {
            no_caret: true,
            ..RawError::new(
                format!(
                    "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: \
                     value has {digits} digits; use sys.set_int_max_str_digits() to increase \
                     the limit - Consider hexadecimal for huge integer literals to avoid \
                     decimal conversion limits."
                ),
                lex.span().start,
            )
        }));
    }
    Ok(parse_int(text, 10))
}

fn lex_radix(lex: &mut Lx<'_>, radix: u32) -> Result<IntValue, LexError> {
    let what = match radix {
        16 => "hexadecimal",
        8 => "octal",
        _ => "binary",
    };
    check_number_end(lex, what)?;
    let digits = lex.slice().get(2..).unwrap_or("");
    Ok(parse_int(digits, radix))
}

fn parse_int(digits: &str, radix: u32) -> IntValue {
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if let Ok(v) = i64::from_str_radix(&clean, radix) {
        return IntValue::Small(v);
    }
    match BigInt::parse_bytes(clean.as_bytes(), radix) {
        Some(b) => IntValue::Big(Box::new(b)),
        // Unreachable given the regexes, but never panic on input.
        None => IntValue::Small(0),
    }
}

fn lex_imag(lex: &mut Lx<'_>) -> Result<f64, LexError> {
    check_number_end(lex, "imaginary")?;
    let text = lex.slice();
    let clean: String = text
        .get(..text.len() - 1)
        .unwrap_or("")
        .chars()
        .filter(|&c| c != '_')
        .collect();
    clean
        .parse::<f64>()
        .map_err(|_| err(lex, "invalid imaginary literal"))
}

fn lex_float(lex: &mut Lx<'_>) -> Result<f64, LexError> {
    check_number_end(lex, "decimal")?;
    let clean: String = lex.slice().chars().filter(|&c| c != '_').collect();
    clean
        .parse::<f64>()
        .map_err(|_| err(lex, "invalid decimal literal"))
}

/// 1-based line of byte `pos` (CPython's "detected at line N").
fn line_of(src: &str, pos: usize) -> usize {
    crate::line_col(src, pos).0
}

/// Scan a string literal whose prefix and opening quote were matched.
fn lex_string(lex: &mut Lx<'_>) -> Result<StrLit, LexError> {
    let open = lex.slice();
    let quote = open.as_bytes().last().copied().unwrap_or(b'"');
    let prefix = open
        .get(..open.len() - 1)
        .unwrap_or("")
        .to_ascii_lowercase();
    let raw = prefix.contains('r');
    let fmt = prefix.contains('f');
    let bytes_lit = prefix.contains('b');
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let body_start = if triple { 2 } else { 0 };
    let mut i = body_start;
    let body_end;
    loop {
        let Some(&c) = rest.get(i) else {
            let src = lex.source();
            let what = if triple { "triple-quoted " } else { "" };
            let line = line_of(src, src.len().saturating_sub(1));
            return Err(err(
                lex,
                format!("unterminated {what}string literal (detected at line {line})"),
            ));
        };
        if c == b'\\' {
            i += if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') {
                3
            } else {
                2
            };
            continue;
        }
        if !triple && (c == b'\n' || c == b'\r') {
            let line = line_of(lex.source(), lex.span().end + i);
            return Err(err(
                lex,
                format!("unterminated string literal (detected at line {line})"),
            ));
        }
        if c == quote {
            if !triple {
                body_end = i;
                i += 1;
                break;
            }
            if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                body_end = i;
                i += 3;
                break;
            }
        }
        i += 1;
    }
    let offset = lex.span().end + body_start;
    let body = lex
        .remainder()
        .get(body_start..body_end)
        .unwrap_or("")
        .to_string();
    lex.bump(i);
    if bytes_lit {
        if !body.is_ascii() {
            // CPython underlines the whole literal (in bytes; gilpy in characters).
            let mut e = RawError::new(
                "bytes can only contain ASCII literal characters",
                lex.span().start,
            );
            e.end = Some(lex.span().end);
            return Err(LexError::Error(e));
        }
        let body = normalize_newlines(&body);
        if raw {
            return Ok(StrLit::Bytes(body.into_bytes()));
        }
        let end = lex.span().end;
        return decode_bytes_escapes(&body)
            .map(StrLit::Bytes)
            .map_err(|msg| LexError::Error(RawError::new(msg, end)));
    }
    if fmt {
        return Ok(StrLit::Format { body, offset, raw });
    }
    if raw {
        return Ok(StrLit::Plain(normalize_newlines(&body)));
    }
    // CPython reports bad escapes just past the literal.
    let end = lex.span().end;
    decode_escapes(&normalize_newlines(&body), offset)
        .map(StrLit::Plain)
        .map_err(|e| LexError::Error(RawError::new(e.msg, end)))
}

/// Source line breaks inside a literal read as `\n`, as CPython's universal newlines
/// make them; run on the raw text, before escapes are decoded (so `\r` written as an
/// escape survives).
pub(crate) fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// Decode the escapes of a bytes literal's ASCII body (no `\u`, `\U`, `\N`: they stay
/// as written, like any unknown escape).
fn decode_bytes_escapes(s: &str) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
                match (hex(b.get(i)), hex(b.get(i + 1))) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decode backslash escapes like CPython; unknown escapes stay as written.
/// `offset` is where `s` starts in the source, for error positions.
pub(crate) fn decode_escapes(s: &str, offset: usize) -> Result<String, RawError> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|p| p.1.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                for k in 0..n {
                    match chars.peek().and_then(|p| p.1.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                        }
                        None => {
                            let what = match e {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            return Err(RawError::new(
                                format!(
                                    "(unicode error) 'unicodeescape' codec can't decode bytes \
                                     in position {}-{}: {what}",
                                    i,
                                    i + 1 + k
                                ),
                                offset + i,
                            ));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(RawError::new(
                            format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in \
                                 position {}-{}: illegal Unicode character",
                                i,
                                i + 1 + n
                            ),
                            offset + i,
                        ))
                    }
                }
            }
            'N' => {
                // `\N{NAME}`: a character by its Unicode name (any case, as CPython).
                let fail = |msg: &str, end: usize| {
                    RawError::new(
                        format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in \
                             position {i}-{end}: {msg}"
                        ),
                        offset + i,
                    )
                };
                if chars.peek().map(|p| p.1) != Some('{') {
                    return Err(fail("malformed \\N character escape", i + 1));
                }
                chars.next();
                let mut name = String::new();
                let mut closed = None;
                for (j, ch) in chars.by_ref() {
                    if ch == '}' {
                        closed = Some(j);
                        break;
                    }
                    name.push(ch);
                }
                let Some(close) = closed else {
                    return Err(fail("malformed \\N character escape", s.len() - 1));
                };
                if name.is_empty() {
                    return Err(fail("malformed \\N character escape", close));
                }
                match lookup_char_name(&name) {
                    Some(ch) => out.push(ch),
                    None => return Err(fail("unknown Unicode character name", close)),
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// The character named `name` (case-insensitive, like CPython's `\N{...}`).
fn lookup_char_name(name: &str) -> Option<char> {
    if name.len() > 256 {
        return None;
    }
    unicode_names2::character(&name.to_ascii_uppercase())
}

/// A token with its byte span.
pub type SpannedToken = (usize, Token, usize);

/// Tokenize `src` (which starts at byte `base` of the whole source) and run the
/// indentation wrapper. With `in_brackets`, the text is an f-string field: newlines
/// are ignored and no indentation tokens are produced.
pub(crate) fn lex(
    src: &str,
    base: usize,
    in_brackets: bool,
) -> Result<Vec<SpannedToken>, RawError> {
    let mut out = Vec::new();
    match lex_into(src, base, in_brackets, &mut out) {
        Ok(()) => Ok(out),
        Err(e) => Err(e),
    }
}

/// Like [`lex`], but keeps the tokens before an error in `out`, so the parser can
/// report a syntax error that comes earlier in the file (as CPython's lazy tokenizer
/// does).
pub(crate) fn lex_into(
    src: &str,
    base: usize,
    in_brackets: bool,
    out: &mut Vec<SpannedToken>,
) -> Result<(), RawError> {
    // (column with tabs to multiples of 8, column with tabs as 1): CPython's TabError check.
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut brackets: Vec<(u8, usize)> = Vec::new();
    let mut line_has_tokens = false;
    if let Some(nul) = src.find('\0') {
        // CPython refuses these before tokenizing, and shows no caret.
        return Err(RawError {
            no_caret: true,
            ..RawError::new("source code cannot contain null bytes", base + nul)
        });
    }
    let mut lexer = Token::lexer(src);
    // A byte-order mark may start the file (CPython skips it there only).
    if src.starts_with('\u{feff}') {
        lexer.bump('\u{feff}'.len_utf8());
    }
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        let (start, end) = (span.start + base, span.end + base);
        let tok = match res {
            Ok(t) => t,
            Err(err) => {
                // A bad line's indentation is reported before a bad token on it.
                if !line_has_tokens && brackets.is_empty() && !in_brackets {
                    indent(src, span.start, base, &mut indents, out)?;
                }
                return Err(match err {
                    LexError::Error(mut e) => {
                        e.start += base;
                        e.end = e.end.map(|x| x + base);
                        e
                    }
                    LexError::Unrecognized => unrecognized(src, span.start, base),
                });
            }
        };
        if tok == Token::Newline {
            if brackets.is_empty() && line_has_tokens && !in_brackets {
                out.push((start, Token::Newline, end));
                line_has_tokens = false;
            }
            continue;
        }
        if !line_has_tokens && brackets.is_empty() && !in_brackets {
            indent(src, span.start, base, &mut indents, out)?;
        }
        line_has_tokens = true;
        match tok {
            Token::LPar | Token::LSqb | Token::LBrace => {
                if brackets.len() >= MAX_BRACKETS {
                    return Err(RawError::new("too many nested parentheses", start));
                }
                let c = match tok {
                    Token::LPar => b'(',
                    Token::LSqb => b'[',
                    _ => b'{',
                };
                brackets.push((c, start));
            }
            Token::RPar | Token::RSqb | Token::RBrace => {
                let (want, close) = match tok {
                    Token::RPar => (b'(', ')'),
                    Token::RSqb => (b'[', ']'),
                    _ => (b'{', '}'),
                };
                match brackets.pop() {
                    None => return Err(RawError::new(format!("unmatched '{close}'"), start)),
                    Some((open, open_pos)) if open != want => {
                        let mut msg = format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{}'",
                            open as char
                        );
                        if line_of(src, open_pos - base) != line_of(src, span.start) {
                            msg.push_str(&format!(" on line {}", line_of(src, open_pos - base)));
                        }
                        return Err(RawError::new(msg, start));
                    }
                    Some(_) => {}
                }
            }
            Token::Async | Token::Await => {
                return Err(RawError::range(
                    async_message(&tok, src.get(span.end..).unwrap_or("")),
                    start,
                    end,
                ))
            }
            _ => {}
        }
        out.push((start, tok, end));
    }
    let eof = base + src.len();
    if !in_brackets {
        if let Some(&(open, pos)) = brackets.last() {
            return Err(RawError::new(
                format!("'{}' was never closed", open as char),
                pos,
            ));
        }
        if src.trim_end_matches([' ', '\t', '\x0c']).ends_with('\\') {
            return Err(RawError::new("unexpected EOF while parsing", eof));
        }
        if line_has_tokens {
            out.push((eof, Token::Newline, eof));
        }
        while indents.len() > 1 {
            indents.pop();
            out.push((eof, Token::Dedent, eof));
        }
    }
    Ok(())
}

/// What gilpy says about `async`/`await`, naming the construct (`rest` is the source
/// after the keyword).
fn async_message(tok: &Token, rest: &str) -> String {
    if *tok == Token::Await {
        return "'await' expressions are not supported (gilpy has no async)".into();
    }
    let next = rest.trim_start_matches([' ', '\t', '\x0c', '\\', '\n', '\r']);
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "def" => "async functions are not supported (gilpy has no async)".into(),
        "for" => "'async for' is not supported (gilpy has no async)".into(),
        "with" => "'async with' is not supported (gilpy has no async)".into(),
        _ => "'async' is not supported (gilpy has no async)".into(),
    }
}

/// The error for a character no token starts with, worded like CPython's.
fn unrecognized(src: &str, pos: usize, base: usize) -> RawError {
    let c = src.get(pos..).and_then(|s| s.chars().next()).unwrap_or('?');
    let at = pos + base;
    let msg = if c == '\0' {
        "source code cannot contain null bytes".to_string()
    } else if c == '\\' && src.get(pos + 1..).is_some_and(str::is_empty) {
        "unexpected EOF while parsing".to_string()
    } else if c == '\\' {
        "unexpected character after line continuation character".to_string()
    } else if c.is_ascii_graphic() {
        "invalid syntax".to_string()
    } else if c.is_control() || c == '\u{feff}' {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    };
    let e = RawError::new(msg, at);
    if c == '\\' {
        RawError { start: at + 1, ..e }
    } else {
        e
    }
}

/// Handle the indentation of the line whose first token starts at `pos`.
fn indent(
    src: &str,
    pos: usize,
    base: usize,
    indents: &mut Vec<(usize, usize)>,
    out: &mut Vec<SpannedToken>,
) -> Result<(), RawError> {
    let before = src.get(..pos).unwrap_or("");
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let (mut col, mut alt) = (0usize, 0usize);
    for c in before.get(line_start..).unwrap_or("").chars() {
        match c {
            ' ' => {
                col += 1;
                alt += 1;
            }
            '\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            '\x0c' => {
                col = 0;
                alt = 0;
            }
            '\u{feff}' if line_start == 0 => {}
            // Only reachable after a `\` continuation; the line is not a new logical line.
            _ => return Ok(()),
        }
    }
    let at = base + pos;
    let tab_error = || {
        RawError {
            no_caret: true,
            ..RawError::new("inconsistent use of tabs and spaces in indentation", at)
        }
        .with_kind(ErrorKind::TabError)
    };
    let (top, top_alt) = indents.last().copied().unwrap_or((0, 0));
    if col == top {
        if alt != top_alt {
            return Err(tab_error());
        }
    } else if col > top {
        if alt <= top_alt {
            return Err(tab_error());
        }
        if indents.len() > MAX_INDENTS {
            return Err(RawError::new("too many levels of indentation", at)
                .with_kind(ErrorKind::IndentationError));
        }
        indents.push((col, alt));
        out.push((at, Token::Indent, at));
    } else {
        // Validate before emitting, so the parser never sees DEDENTs of a bad line.
        let keep = indents.iter().filter(|&&(c, _)| c <= col).count();
        let (top, top_alt) = indents.get(keep.wrapping_sub(1)).copied().unwrap_or((0, 0));
        if top != col {
            return Err(RawError {
                caret_at_eol: true,
                ..RawError::new("unindent does not match any outer indentation level", at)
            }
            .with_kind(ErrorKind::IndentationError));
        }
        if alt != top_alt {
            return Err(tab_error());
        }
        while indents.len() > keep.max(1) {
            indents.pop();
            out.push((at, Token::Dedent, at));
        }
    }
    Ok(())
}
