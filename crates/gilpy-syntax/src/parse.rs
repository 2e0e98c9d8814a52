//! Driving the LALRPOP parser over the token vector and turning its errors into
//! CPython-worded syntax errors.

use std::cell::Cell;

use lalrpop_util::ParseError;

use crate::ast::Module;
use crate::builders::{Ex, MAX_DEPTH};
use crate::error::{ErrorKind, RawError};
use crate::lexer::{self, SpannedToken, Token};
use crate::validate;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
    grammar
);

/// Parse a module from source text.
pub(crate) fn module(source: &str) -> Result<Module, RawError> {
    let mut toks = Vec::new();
    let lex_err = lexer::lex_into(source, 0, false, &mut toks).err();
    crate::soft::rewrite(&mut toks);
    let last = Cell::new(0usize);
    let iter = toks.iter().enumerate().map(|(i, t)| {
        last.set(i);
        Ok::<_, RawError>(t.clone())
    });
    let parsed = grammar::ModuleParser::new().parse(iter);
    let body = match (parsed, lex_err) {
        (Ok(body), None) => body,
        // The parser failed before reaching the lexer's error: its error comes first.
        (Err(e @ (ParseError::UnrecognizedToken { .. } | ParseError::ExtraToken { .. })), le) => {
            return Err(convert(e, &toks, last.get(), source, le.as_ref()))
        }
        (Err(ParseError::User { error }), Some(le)) if error.start < le.start => return Err(error),
        (Err(e), None) => return Err(convert(e, &toks, last.get(), source, None)),
        (_, Some(lex_err)) => return Err(lex_err),
    };
    let (depth, span) = validate::module_depth(&body);
    if depth > MAX_DEPTH as usize {
        return Err(RawError::new(
            "too many nested statements and expressions",
            span.start as usize,
        ));
    }
    validate::check_placement(&body)?;
    Ok(Module { body })
}

/// Parse an f-string field's expression.
pub(crate) fn field(text: &str, offset: usize) -> Result<Ex, RawError> {
    let toks = lexer::lex(text, offset, true).map_err(|mut e| {
        if !e.msg.starts_with("f-string") {
            e.msg = format!("f-string: {}", e.msg);
        }
        e
    })?;
    let last = Cell::new(0usize);
    let iter = toks.iter().enumerate().map(|(i, t)| {
        last.set(i);
        Ok::<_, RawError>(t.clone())
    });
    grammar::FieldExprParser::new()
        .parse(iter)
        .map_err(|e| match e {
            ParseError::User { error } => error,
            ParseError::UnrecognizedEof { .. } => {
                RawError::new("f-string: invalid syntax", offset + text.len())
            }
            ParseError::UnrecognizedToken {
                token: (l, _, _), ..
            }
            | ParseError::ExtraToken { token: (l, _, _) } => {
                RawError::new("f-string: invalid syntax", l)
            }
            ParseError::InvalidToken { location } => {
                RawError::new("f-string: invalid syntax", location)
            }
        })
}

/// The description of the compound statement whose header starts with `t`, as in
/// "expected an indented block after ...".
fn header_name(t: &Token) -> Option<&'static str> {
    Some(match t {
        Token::If => "'if' statement",
        Token::Elif => "'elif' statement",
        Token::Else => "'else' statement",
        Token::While => "'while' statement",
        Token::For => "'for' statement",
        Token::Try => "'try' statement",
        Token::Except => "'except' statement",
        Token::Finally => "'finally' statement",
        Token::With => "'with' statement",
        Token::Def => "function definition",
        Token::Class => "class definition",
        _ => return None,
    })
}

/// The index of the first token of the logical line containing token `idx`.
fn line_start_idx(toks: &[SpannedToken], idx: usize) -> usize {
    let mut i = idx.min(toks.len());
    while i > 0 {
        match toks.get(i - 1) {
            Some((_, Token::Newline | Token::Indent | Token::Dedent, _)) => break,
            _ => i -= 1,
        }
    }
    i
}

/// The first token of the logical line containing token `idx`.
fn line_start(toks: &[SpannedToken], idx: usize) -> Option<&SpannedToken> {
    toks.get(line_start_idx(toks, idx))
}

/// Whether `t` can appear inside an or-test outside brackets (for error ranges).
fn in_or_test(t: &Token) -> bool {
    use Token::*;
    matches!(
        t,
        Name(_)
            | Int(_)
            | Float(_)
            | Str(_)
            | None
            | True
            | False
            | Not
            | And
            | Or
            | Is
            | In
            | Plus
            | Minus
            | Star
            | Slash
            | DoubleSlash
            | Percent
            | DoubleStar
            | LShift
            | RShift
            | Amp
            | Pipe
            | Caret
            | Tilde
            | Lt
            | Gt
            | LtE
            | GtE
            | EqEq
            | NotEq
            | Dot
    )
}

/// The byte range of `body if test` ending just before token `idx`.
fn conditional_range(toks: &[SpannedToken], idx: usize) -> Option<(usize, usize)> {
    let end = toks.get(idx.checked_sub(1)?)?.2;
    // Walk back over bracketed groups and or-test tokens to the `if`, then the body.
    let mut i = idx;
    let mut depth = 0usize;
    let mut seen_if = false;
    while i > 0 {
        let t = &toks.get(i - 1)?.1;
        match t {
            Token::RPar | Token::RSqb | Token::RBrace => depth += 1,
            Token::LPar | Token::LSqb | Token::LBrace if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            Token::If if !seen_if => seen_if = true,
            t if in_or_test(t) => {}
            _ => break,
        }
        i -= 1;
    }
    let start = toks.get(i)?.0;
    seen_if.then_some((start, end))
}

fn convert(
    e: ParseError<usize, Token, RawError>,
    toks: &[SpannedToken],
    last: usize,
    source: &str,
    lex_err: Option<&RawError>,
) -> RawError {
    let (loc, tok_end, tok, expected) = match e {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => return RawError::new("invalid syntax", location),
        ParseError::ExtraToken { token: (l, _, _) } => return RawError::new("invalid syntax", l),
        ParseError::UnrecognizedEof { location, expected } => (location, location, None, expected),
        ParseError::UnrecognizedToken {
            token: (l, t, r),
            expected,
        } => (l, r, Some(t), expected),
    };
    // With `Some`, `last` is the index of the offending token; at EOF, past the end.
    let idx = if tok.is_some() { last } else { toks.len() };
    if tok == Some(Token::Indent) {
        return RawError {
            no_caret: true,
            ..RawError::new("unexpected indent", loc)
        }
        .with_kind(ErrorKind::IndentationError);
    }
    let wants = |name: &str| expected.iter().any(|x| x.trim_matches('"') == name);
    if expected.len() == 1 && wants("INDENT") {
        // The header is the line before the NEWLINE that precedes the bad token.
        let header = idx.checked_sub(1).and_then(|nl| line_start(toks, nl));
        let what = header
            .and_then(|(hl, ht, _)| header_name(ht).map(|w| (w, crate::line_col(source, *hl).0)));
        let msg = match what {
            Some((w, line)) => format!("expected an indented block after {w} on line {line}"),
            None => "expected an indented block".to_string(),
        };
        let e = match tok {
            Some(_) => RawError::new(msg, loc),
            // At EOF CPython shows the header's line without a caret.
            None => RawError {
                no_caret: true,
                ..RawError::new(msg, toks.last().map_or(loc, |t| t.0))
            },
        };
        return e.with_kind(ErrorKind::IndentationError);
    }
    if wants("except") && wants("finally") && !wants("NAME") {
        return RawError::range("expected 'except' or 'finally' block", loc, tok_end);
    }
    if tok.is_none() {
        return RawError::new("unexpected EOF while parsing", loc);
    }
    if tok == Some(Token::Newline) && wants(":") {
        let starts_compound = line_start(toks, idx)
            .is_some_and(|(_, t, _)| header_name(t).is_some() || *t == Token::At);
        if starts_compound {
            return RawError::new("expected ':'", loc);
        }
    }
    if wants("else") && !wants("NAME") && !wants("elif") {
        // CPython underlines `body if test`.
        let (start, end) = conditional_range(toks, idx).unwrap_or((loc, tok_end));
        return RawError::range("expected 'else' after 'if' expression", start, end);
    }
    if tok == Some(Token::Dedent) {
        return RawError::new("invalid syntax", loc);
    }
    // Like CPython, which tokenizes the rest of the file after a plain syntax error,
    // a later tokenizer error wins (but not an unclosed bracket at EOF).
    if let Some(le) = lex_err {
        // An unclosed bracket is blamed when the parser stops right at it.
        if !le.msg.ends_with("was never closed") || le.start == loc {
            return le.clone();
        }
    }
    // Brackets open at the error.
    let mut open: Vec<&SpannedToken> = Vec::new();
    for t in toks.iter().take(idx) {
        match t.1 {
            Token::LPar | Token::LSqb | Token::LBrace => open.push(t),
            Token::RPar | Token::RSqb | Token::RBrace => {
                open.pop();
            }
            _ => {}
        }
    }
    let prev = idx.checked_sub(1).and_then(|i| toks.get(i));
    let prev2 = idx.checked_sub(2).and_then(|i| toks.get(i));
    // `print "x"`: CPython's hint for Python 2 code.
    if let (Some((pl, Token::Name(n), _)), Some(Token::Str(_) | Token::Name(_) | Token::Int(_))) =
        (prev, &tok)
    {
        let first = line_start(toks, idx - 1).map(|t| t.0) == Some(*pl);
        if first && open.is_empty() && (n == "print" || n == "exec") {
            let end = toks
                .iter()
                .skip(idx)
                .find(|t| t.1 == Token::Newline)
                .map_or(tok_end, |t| t.0);
            return RawError::range(
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                *pl,
                end,
            );
        }
    }
    // `def f() pass`, `try pass`: CPython's grammar insists on the colon there.
    if wants(":") && tok != Some(Token::Newline) {
        let line = toks.get(line_start_idx(toks, idx)..idx).unwrap_or(&[]);
        let after_sig = line.first().is_some_and(|t| t.1 == Token::Def)
            && (matches!(prev, Some((_, Token::RPar, _)))
                || line.iter().any(|t| t.1 == Token::Arrow));
        if after_sig || matches!(prev, Some((_, Token::Try | Token::Finally, _))) {
            return RawError::range("expected ':'", loc, tok_end);
        }
    }
    // `def f:`
    if let (Some((_, Token::Name(_), _)), Some((_, Token::Def, _))) = (prev, prev2) {
        if wants("(") {
            return RawError::range("expected '('", loc, tok_end);
        }
    }
    if tok == Some(Token::Assign) {
        if let Some(&&(ol, Token::LPar, _)) = open.last() {
            // `f(a.b=1)`: an argument that is not a plain name.
            let is_call = toks
                .iter()
                .take(idx)
                .rev()
                .skip_while(|t| t.0 != ol)
                .nth(1)
                .is_some_and(|t| matches!(t.1, Token::Name(_) | Token::RPar | Token::RSqb));
            if is_call {
                let arg_start = toks
                    .iter()
                    .take(idx)
                    .rev()
                    .take_while(|t| t.0 > ol && t.1 != Token::Comma)
                    .last()
                    .map_or(loc, |t| t.0);
                return RawError::range(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    arg_start,
                    tok_end,
                );
            }
        }
        if let Some((pl, Token::Name(_), pr)) = prev {
            let declares = matches!(
                prev2,
                Some((
                    _,
                    Token::Dot
                        | Token::Class
                        | Token::Def
                        | Token::Import
                        | Token::From
                        | Token::As
                        | Token::Global
                        | Token::Nonlocal,
                    _
                ))
            );
            if !declares {
                let value_end = toks.get(idx + 1).map_or(*pr, |t| t.2);
                return RawError::range(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    *pl,
                    value_end,
                );
            }
        }
    }
    if let Some(&&(_, Token::LBrace, _)) = open.last() {
        if matches!(tok, Some(Token::Comma | Token::RBrace)) && wants(":") {
            if let Some((pl, _, pr)) = prev {
                return RawError::range("':' expected after dictionary key", *pl, *pr);
            }
        }
        if tok == Some(Token::Star) && matches!(prev, Some((_, Token::Colon, _))) {
            let end = toks.get(idx + 1).map_or(tok_end, |t| t.2);
            return RawError::range(
                "cannot use a starred expression in a dictionary value",
                loc,
                end,
            );
        }
    }
    // Inside a bracket opened on an earlier line, CPython blames the bracket.
    if let Some((ol, ot, _)) = open.last() {
        if crate::line_col(source, *ol).0 < crate::line_col(source, loc).0 {
            let c = ot.symbol().unwrap_or("(");
            return RawError::new(format!("'{c}' was never closed"), *ol);
        }
    }
    // Two expressions side by side inside brackets: CPython guesses a missing comma.
    let ends_expr = |t: &Token| {
        matches!(
            t,
            Token::Name(_)
                | Token::Int(_)
                | Token::Float(_)
                | Token::Str(_)
                | Token::RPar
                | Token::RSqb
                | Token::RBrace
                | Token::None
                | Token::True
                | Token::False
        )
    };
    let starts_expr = |t: &Token| {
        matches!(
            t,
            Token::Name(_)
                | Token::Int(_)
                | Token::Float(_)
                | Token::Str(_)
                | Token::LPar
                | Token::LSqb
                | Token::LBrace
                | Token::None
                | Token::True
                | Token::False
                | Token::Tilde
                | Token::Lambda
        )
    };
    if let (Some((pl, pt, _)), Some(t)) = (prev, &tok) {
        let in_signature =
            open.len() == 1 && line_start(toks, idx).is_some_and(|t| t.1 == Token::Def);
        if !open.is_empty() && !in_signature && ends_expr(pt) && starts_expr(t) {
            // Not after a keyword like `for`/`in` (`ends_expr` already excludes them).
            return RawError::range("invalid syntax. Perhaps you forgot a comma?", *pl, tok_end);
        }
    }
    RawError::range("invalid syntax", loc, tok_end)
}
