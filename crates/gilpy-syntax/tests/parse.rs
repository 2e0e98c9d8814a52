//! Unit tests of the parser's output: precedence, shapes, spans and the public API.

#[path = "support/sexpr.rs"]
mod sexpr;

use gilpy_syntax::ast::{ExprKind, FStringPart, StmtKind};
use gilpy_syntax::{line_col, parse_bytes, parse_module, tokenize, ErrorKind};

/// The s-expression of the value in `x = EXPR`.
fn e(src: &str) -> String {
    let m = parse_module(&format!("x = {src}\n"), "t.py").unwrap_or_else(|e| panic!("{e}"));
    match &m.body[0].node {
        StmtKind::Assign { value, .. } => sexpr::expr(value),
        other => panic!("not an assignment: {other:?}"),
    }
}

fn s(src: &str) -> String {
    let m = parse_module(src, "t.py").unwrap_or_else(|e| panic!("{e}"));
    sexpr::module(&m)
}

fn err(src: &str) -> gilpy_syntax::SyntaxError {
    match parse_module(src, "t.py") {
        Ok(m) => panic!("expected an error, got {m:?}"),
        Err(e) => e,
    }
}

#[test]
fn power_binds_tighter_than_unary_minus_on_its_left() {
    assert_eq!(e("-2 ** 2"), "(u- (** 2 2))");
    assert_eq!(e("2 ** -1"), "(** 2 (u- 1))");
    assert_eq!(e("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    assert_eq!(e("-a.b ** c[0]"), "(u- (** (. a b) ([] c 0)))");
}

#[test]
fn not_is_looser_than_comparison() {
    assert_eq!(e("not a == b"), "(unot (cmp a == b))");
    assert_eq!(e("not a and b"), "(and (unot a) b)");
    assert_eq!(e("a or b and c"), "(or a (and b c))");
    assert_eq!(e("a and b and c"), "(and (and a b) c)");
}

#[test]
fn conditional_expressions_nest_to_the_right() {
    assert_eq!(e("a if b else c if d else e"), "(ifexp b a (ifexp d c e))");
    assert_eq!(
        e("lambda: a if b else c"),
        "(lambda (params () _ () _) (ifexp b a c))"
    );
}

#[test]
fn chained_comparisons_are_one_node() {
    assert_eq!(e("a < b <= c"), "(cmp a < b <= c)");
    assert_eq!(e("a not in b is not c"), "(cmp a not in b is not c)");
    assert_eq!(e("a | b < c & d"), "(cmp (| a b) < (& c d))");
}

#[test]
fn arithmetic_and_bitwise_levels() {
    assert_eq!(e("a + b * c"), "(+ a (* b c))");
    assert_eq!(e("a - b - c"), "(- (- a b) c)");
    assert_eq!(
        e("a | b ^ c & d << e + f"),
        "(| a (^ b (& c (<< d (+ e f)))))"
    );
    assert_eq!(e("-a * ~b"), "(* (u- a) (u~ b))");
    assert_eq!(e("a // b % c / d"), "(/ (% (// a b) c) d)");
}

#[test]
fn literals() {
    assert_eq!(e("0xff"), "255");
    assert_eq!(e("0o17"), "15");
    assert_eq!(e("0b1010"), "10");
    assert_eq!(e("1_000_000"), "1000000");
    assert_eq!(
        e("123456789012345678901234567890"),
        "123456789012345678901234567890"
    );
    assert_eq!(e("9223372036854775807"), "9223372036854775807");
    assert_eq!(e("9223372036854775808"), "9223372036854775808");
    assert_eq!(e(".5"), "f0.5");
    assert_eq!(e("5."), "f5.0");
    assert_eq!(e("1_000.5"), "f1000.5");
    assert_eq!(e("1e3"), "f1000.0");
    assert_eq!(e(r#"'a' "b" '''c'''"#), r#""abc""#);
    assert_eq!(
        e(r#"'\n\t\\\'\"\r\0\x41\u00e9\q'"#),
        r#""\n\t\\'\"\r\u0000Aé\\q""#
    );
    assert_eq!(e(r"r'\n'"), r#""\\n""#);
    let m = parse_module("x = 123456789012345678901234567890\n", "t.py").unwrap();
    let StmtKind::Assign { value, .. } = &m.body[0].node else {
        panic!()
    };
    assert!(matches!(value.node, ExprKind::BigInt(_)));
}

#[test]
fn fstrings() {
    assert_eq!(e(r#"f"a{b}c""#), r#"(fstr "a" (field b _) "c")"#);
    assert_eq!(
        e(r#"f"{x!r:>{w}}""#),
        r#"(fstr (field x r ">" (field w _)))"#
    );
    assert_eq!(e(r#"f"{{}}{x:.2f}""#), r#"(fstr "{}" (field x _ ".2f"))"#);
    assert_eq!(e(r#"'a' f'{b}' 'c'"#), r#"(fstr "a" (field b _) "c")"#);
    assert_eq!(e(r#"f"{x=}""#), r#"(fstr "x=" (field x r))"#);
    assert_eq!(e(r#"f"{d['k']}""#), r#"(fstr (field ([] d "k") _))"#);
    assert_eq!(e(r#"rf"\n{x}""#), r#"(fstr "\\n" (field x _))"#);
}

#[test]
fn fstring_field_spans_point_into_the_source() {
    let src = "x = f\"ab{value + 1}\"\n";
    let m = parse_module(src, "t.py").unwrap();
    let StmtKind::Assign { value, .. } = &m.body[0].node else {
        panic!()
    };
    let ExprKind::FString(parts) = &value.node else {
        panic!()
    };
    let FStringPart::Field { expr, .. } = &parts[1] else {
        panic!()
    };
    let (a, b) = (expr.span.start as usize, expr.span.end as usize);
    assert_eq!(&src[a..b], "value + 1");
    let e = err("x = 1\ny = f\"{a +}\"\n");
    assert_eq!((e.line, e.column), (2, 11));
    assert_eq!(e.msg, "f-string: invalid syntax");
    assert_eq!(err("y = f\"{)}\"\n").msg, "f-string: unmatched ')'");
}

#[test]
fn statements() {
    assert_eq!(s("a = b = 1\n"), "(assign (a b) 1)\n");
    assert_eq!(s("a, *b = xs\n"), "(assign ((tuple a (* b))) xs)\n");
    assert_eq!(
        s("for k, v in d: pass\n"),
        "(for (tuple k v) d (pass) ())\n"
    );
    assert_eq!(
        s("if a:\n  pass\nelif b:\n  pass\nelse:\n  x = 1\n"),
        "(if a (pass) ((if b (pass) ((assign (x) 1)))))\n"
    );
    assert_eq!(
        s("def f(a, b=1, *c, d, e=2, **f) -> int: return a\n"),
        "(def f (params ((a _) (b 1)) c ((d _) (e 2)) f) () ((return a)))\n"
    );
    assert_eq!(s("x += 1; y **= 2\n"), "(aug + x 1)\n(aug ** y 2)\n");
    assert_eq!(
        s("f(x for x in y)\n"),
        "(expr (call f (genexp x (for x y))))\n"
    );
    assert_eq!(s("x: int\n"), "pass\n");
    assert_eq!(s("from m import (a, b as c,)\n"), "(from m (a _) (b c))\n");
    assert_eq!(s("@d\nclass C(B): pass\n"), "(class C (B) (d) (pass))\n");
}

#[test]
fn spans_and_line_col() {
    let src = "x = 1\nif x:\n    y = (1 +\n         2)\n";
    let m = parse_module(src, "t.py").unwrap();
    let StmtKind::If { body, .. } = &m.body[1].node else {
        panic!()
    };
    let sp = body[0].span;
    assert_eq!(line_col(src, sp.start as usize), (3, 5));
    assert_eq!(line_col(src, sp.end as usize), (4, 12));
    assert_eq!(line_col("a\r\nb\rc", 3), (2, 1));
    assert_eq!(line_col("a\r\nb\rc", 5), (3, 1));
    assert_eq!(line_col("é = 1", 3), (1, 3));
    assert_eq!(line_col("ab", 99), (1, 3));
}

#[test]
fn error_rendering_matches_cpython() {
    let e = err("x = 1\ny = 2\nz = (1 +\n");
    assert_eq!(
        e.to_string(),
        "  File \"t.py\", line 3\n    z = (1 +\n        ^\nSyntaxError: '(' was never closed"
    );
    let e = err("if x:\n        y = 1\n    z = 2\n");
    assert_eq!(e.kind, ErrorKind::IndentationError);
    assert_eq!(e.msg, "unindent does not match any outer indentation level");
    let e = err("f() = 1\n");
    assert_eq!((e.column, e.end_column), (1, Some(4)));
    assert!(e.to_string().contains("    f() = 1\n    ^^^\n"));
    let e = err("if True:\n\tx = 1\n        y = 2\n");
    assert_eq!(e.kind, ErrorKind::TabError);
    let e = err("x = 3 €\n");
    assert_eq!(e.msg, "invalid character '€' (U+20AC)");
    assert_eq!(e.column, 7);
}

#[test]
fn tokens_display() {
    let toks = tokenize("if a:\n    b = 'x'\n").unwrap();
    let shown: Vec<String> = toks.iter().map(|(t, _)| t.to_string()).collect();
    assert_eq!(
        shown,
        [
            "'if'",
            "NAME a",
            "':'",
            "NEWLINE",
            "INDENT",
            "NAME b",
            "'='",
            "STRING \"x\"",
            "NEWLINE",
            "DEDENT"
        ]
    );
}

#[test]
fn bytes_input() {
    assert!(parse_bytes(b"x = 1\n", "t.py").is_ok());
    let e = parse_bytes(b"x = 1\n\x80\n", "t.py").unwrap_err();
    assert_eq!(
        e.msg,
        "(unicode error) 'utf-8' codec can't decode byte 0x80 in position 6: invalid start byte"
    );
    assert_eq!(e.line, 2);
}

#[test]
fn unsupported_features_say_so() {
    assert_eq!(
        err("async def f(): pass\n").msg,
        "async functions are not supported (gilpy has no async)"
    );
    assert_eq!(
        err("def f():\n    async for x in y: pass\n").msg,
        "'async for' is not supported (gilpy has no async)"
    );
    assert_eq!(
        err("def f():\n    async with x: pass\n").msg,
        "'async with' is not supported (gilpy has no async)"
    );
    assert_eq!(
        err("def f():\n    return await g()\n").msg,
        "'await' expressions are not supported (gilpy has no async)"
    );
    assert_eq!(
        err("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n").msg,
        "cannot have both 'except' and 'except*' on the same 'try'"
    );
    assert!(err("x = b'\u{e9}'\n").msg.contains("ASCII"));
}

#[test]
fn relative_imports_parse() {
    for src in [
        "from . import x\n",
        "from .. import x\n",
        "from ...a.b import c\n",
        "from .m import *\n",
    ] {
        assert!(gilpy_syntax::parse_module(src, "<t>").is_ok(), "{src}");
    }
}

#[test]
fn syntax_additions_parse() {
    assert_eq!(
        s("def f(): ...\n"),
        "(def f (params () _ () _) () ((expr ...)))\n"
    );
    assert_eq!(e("a @ b"), "(@ a b)");
    assert_eq!(s("a @= b\n"), "(aug @ a b)\n");
    assert_eq!(e("2j"), "j2.0");
    assert_eq!(e("(n := 1)"), "(:= n 1)");
    assert_eq!(
        s("def f(a, /, b): pass\n"),
        "(def f (params (/1 (a _) (b _)) _ () _) () (pass))\n"
    );
    assert_eq!(e("'\\N{BULLET}'"), "\"\u{2022}\"");
    // `match` and `case` stay ordinary names outside a match statement.
    assert_eq!(s("match = case = 1\n"), "(assign (match case) 1)\n");
    assert_eq!(
        s("match x:\n    case 1: pass\n"),
        "(match x (case (val 1) _ (pass)))\n"
    );
    // Parenthesised context managers.
    assert_eq!(
        s("with (a as b, c):\n    pass\n"),
        "(with ((a b) (c _)) (pass))\n"
    );
    assert_eq!(s("with (a):\n    pass\n"), "(with ((a _)) (pass))\n");
}

#[test]
fn crlf_sources() {
    let src = "x = '''a\r\nb'''\r\ny = f'''{x}\r\n'''\r\nz = 'c\\\r\nd'\r\nw = '\\r'\r\n";
    assert_eq!(
        s(src),
        "(assign (x) \"a\\nb\")\n(assign (y) (fstr (field x _) \"\\n\"))\n(assign (z) \"cd\")\n(assign (w) \"\\r\")\n"
    );
}

#[test]
fn lexer_corner_cases() {
    // A number glued to a keyword is still accepted by CPython 3.11.
    assert_eq!(e("1if a else 2"), "(ifexp a 1 2)");
    // Unicode identifiers.
    assert_eq!(s("café = 1\n"), "(assign (café) 1)\n");
    // Form feed and comments in odd places; blank lines with only spaces.
    assert_eq!(
        s("\x0cx = 1  # c\n   \n\t\nif x:\n    # c\n\n    y = 2\n"),
        "(assign (x) 1)\n(if x ((assign (y) 2)) ())\n"
    );
    // Continuation lines do not start a logical line.
    assert_eq!(
        s("if x:\n    y = 1 + \\\n2\n"),
        "(if x ((assign (y) (+ 1 2))) ())\n"
    );
    assert_eq!(err("x = 1 + \\").msg, "unexpected EOF while parsing");
    assert_eq!(
        err("x = 1 \\ 2\n").msg,
        "unexpected character after line continuation character"
    );
    assert_eq!(err("  x = 1\n").msg, "unexpected indent");
    assert_eq!(s("\u{feff}x = 1\n"), "(assign (x) 1)\n");
    assert!(parse_module("x = 1\n\u{feff}y = 2\n", "t.py").is_err());
    assert_eq!(
        err("x = 0b102\n").msg,
        "invalid digit '2' in binary literal"
    );
    assert_eq!(err("x = 1__0\n").msg, "invalid decimal literal");
}

#[test]
fn compound_statement_spans_end_with_their_body() {
    let src = "if x:\n    y = 1\nelif z:\n    w = 2  # c\n\n# comment\nv = 3\n";
    let m = parse_module(src, "t.py").unwrap();
    let sp = m.body[0].span;
    assert_eq!(line_col(src, sp.start as usize), (1, 1));
    assert_eq!(line_col(src, sp.end as usize), (4, 10));
    let StmtKind::If { orelse, .. } = &m.body[0].node else {
        panic!()
    };
    assert_eq!(line_col(src, orelse[0].span.start as usize), (3, 1));
    assert_eq!(line_col(src, orelse[0].span.end as usize), (4, 10));
    let src = "@d\ndef f():\n    return 1\n\n\nx = 1\n";
    let m = parse_module(src, "t.py").unwrap();
    assert_eq!(line_col(src, m.body[0].span.start as usize), (2, 1));
    assert_eq!(line_col(src, m.body[0].span.end as usize), (3, 13));
}

#[test]
fn huge_decimal_literals_are_refused_like_cpython() {
    let e = err(&format!("x = {}\n", "1".repeat(5000)));
    assert!(
        e.msg.starts_with("Exceeds the limit (4300 digits)"),
        "{}",
        e.msg
    );
    assert!(parse_module(&format!("x = {}\n", "1".repeat(4300)), "t.py").is_ok());
    assert!(parse_module(&format!("x = 0x{}\n", "f".repeat(20_000)), "t.py").is_ok());
}
