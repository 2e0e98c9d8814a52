//! Token rewrites the LALR grammar cannot express on its own, done on the token vector
//! between the lexer and the parser:
//!
//! - the soft keywords `match` and `case` (Python 3.10): a `match` name becomes the
//!   keyword only where it starts a logical line that ends in `:` followed by an
//!   indented block (nothing else can look like that), and `case` only at the start of
//!   a line directly inside such a block; everywhere else they stay ordinary names;
//! - parenthesised context managers (`with (open(a) as f, open(b) as g):`), whose
//!   brackets are dropped when the closing one is followed by `:` and a comma or `as`
//!   sits directly inside (as CPython's PEG grammar reads them).

use crate::lexer::{SpannedToken, Token};

fn is_name(t: &Token, word: &str) -> bool {
    matches!(t, Token::Name(n) if n == word)
}

fn line_start(toks: &[SpannedToken], i: usize) -> bool {
    i == 0
        || matches!(
            toks.get(i - 1).map(|t| &t.1),
            Some(Token::Newline | Token::Indent | Token::Dedent)
        )
}

/// Index of the `NEWLINE` ending the logical line that contains token `i`.
fn line_end(toks: &[SpannedToken], i: usize) -> usize {
    toks.iter()
        .skip(i)
        .position(|t| t.1 == Token::Newline)
        .map_or(toks.len(), |k| i + k)
}

/// Does the logical line starting at `i` look like a `match` statement's header?
fn is_match_header(toks: &[SpannedToken], i: usize) -> bool {
    // `match = 1`, `match.x`, `match: int`, a lone `match`: ordinary uses of the name.
    if matches!(
        toks.get(i + 1).map(|t| &t.1),
        None | Some(Token::Newline | Token::Colon | Token::Assign | Token::Dot | Token::Comma)
    ) {
        return false;
    }
    let end = line_end(toks, i);
    end > i + 1
        && toks.get(end - 1).map(|t| &t.1) == Some(&Token::Colon)
        && toks.get(end + 1).map(|t| &t.1) == Some(&Token::Indent)
}

/// Rewrites `toks` in place (see the module docs).
pub(crate) fn rewrite(toks: &mut Vec<SpannedToken>) {
    let mut depth = 0usize;
    // Indentation depths of the open case blocks.
    let mut case_levels: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match toks[i].1 {
            Token::Indent => depth += 1,
            Token::Dedent => {
                depth = depth.saturating_sub(1);
                while case_levels.last().is_some_and(|&l| l > depth) {
                    case_levels.pop();
                }
            }
            _ => {}
        }
        if line_start(toks, i) {
            if is_name(&toks[i].1, "match") && is_match_header(toks, i) {
                toks[i].1 = Token::Match;
                case_levels.push(depth + 1);
            } else if is_name(&toks[i].1, "case") && case_levels.last() == Some(&depth) {
                toks[i].1 = Token::Case;
            }
        }
        if toks[i].1 == Token::With {
            unwrap_with_parens(toks, i);
        }
        i += 1;
    }
}

/// `with (a as b, c):` → `with a as b, c:`.
fn unwrap_with_parens(toks: &mut Vec<SpannedToken>, with: usize) {
    let open = with + 1;
    if toks.get(open).map(|t| &t.1) != Some(&Token::LPar) {
        return;
    }
    let mut depth = 0usize;
    let mut close = None;
    let mut items_inside = false;
    for (k, t) in toks.iter().enumerate().skip(open) {
        match t.1 {
            Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
            Token::RPar | Token::RSqb | Token::RBrace => {
                depth -= 1;
                if depth == 0 {
                    close = Some(k);
                    break;
                }
            }
            Token::Comma | Token::As if depth == 1 => items_inside = true,
            // A generator expression keeps its brackets.
            Token::For if depth == 1 => return,
            Token::Newline => return,
            _ => {}
        }
    }
    let Some(close) = close else { return };
    if !items_inside || toks.get(close + 1).map(|t| &t.1) != Some(&Token::Colon) {
        return;
    }
    let trailing_comma = toks.get(close - 1).map(|t| &t.1) == Some(&Token::Comma);
    toks.remove(close);
    if trailing_comma {
        toks.remove(close - 1);
    }
    toks.remove(open);
}
