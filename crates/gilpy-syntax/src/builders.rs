//! AST construction helpers called from the grammar's actions.
//!
//! Every expression under construction is an [`Ex`]: the node plus its nesting depth.
//! A node deeper than [`MAX_DEPTH`] is refused as soon as it would be built, so no
//! tree that could overflow the stack of a recursive walk or of `Drop` ever exists.

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::error::RawError;
use crate::lexer::{IntValue, StrLit, Token};
use crate::validate::{self, TargetCtx};

/// The deepest expression/statement nesting the parser hands to the compiler.
pub const MAX_DEPTH: u32 = 1000;

/// The parser's error type.
pub type PE = ParseError<usize, Token, RawError>;

type R<T> = Result<T, PE>;

/// An expression with its nesting depth (1 for a leaf).
#[derive(Debug, Clone)]
pub struct Ex {
    /// The expression.
    pub e: Expr,
    /// Its depth.
    pub d: u32,
}

/// A parsed parameter-list item, checked and sorted by [`params`].
#[derive(Debug)]
pub enum ParamItem {
    /// `name` or `name=default` (position of the item), with its `: annotation`.
    Plain(Ident, Option<Ex>, usize, Option<Ex>),
    /// `*` or `*name`.
    Star(Option<Ident>, usize, Option<Ex>),
    /// `**name`.
    DoubleStar(Ident, usize, Option<Ex>),
    /// `/` (the end of the positional-only parameters).
    Slash(usize),
}

/// A parsed call argument.
#[derive(Debug)]
pub enum ArgItem {
    Positional(Ex),
    Keyword(Ident, Ex),
    Starred(Ex),
    DoubleStarred(Ex),
    /// `f(x for x in y)`: a generator expression without its own parentheses.
    BareGen(Ex, Vec<(Ex, Ex, Vec<Ex>)>, Span),
}

/// A user error at `pos`.
pub fn user(e: RawError) -> PE {
    ParseError::User { error: e }
}

fn too_deep(span: Span) -> PE {
    user(RawError::new(
        "too many nested expressions",
        span.start as usize,
    ))
}

/// Build a node of depth `1 + child_depth`, refusing it when too deep.
fn node(kind: ExprKind, span: Span, child_depth: u32) -> R<Ex> {
    let d = child_depth + 1;
    if d > MAX_DEPTH {
        return Err(too_deep(span));
    }
    Ok(Ex {
        e: Spanned::new(kind, span),
        d,
    })
}

/// A leaf expression.
pub fn leaf(kind: ExprKind, span: Span) -> Ex {
    Ex {
        e: Spanned::new(kind, span),
        d: 1,
    }
}

/// An integer literal.
pub fn int(v: IntValue, span: Span) -> Ex {
    match v {
        IntValue::Small(i) => leaf(ExprKind::Int(i), span),
        IntValue::Big(b) => leaf(ExprKind::BigInt(b), span),
    }
}

fn unzip(v: Vec<Ex>) -> (Vec<Expr>, u32) {
    let d = v.iter().map(|x| x.d).max().unwrap_or(0);
    (v.into_iter().map(|x| x.e).collect(), d)
}

/// `a op b`.
pub fn binop(a: Ex, op: BinOp, c: Ex, span: Span) -> R<Ex> {
    let d = a.d.max(c.d);
    node(
        ExprKind::BinOp {
            left: Box::new(a.e),
            op,
            right: Box::new(c.e),
        },
        span,
        d,
    )
}

/// `a and b`, `a or b`.
pub fn boolop(a: Ex, op: BoolOp, c: Ex, span: Span) -> R<Ex> {
    let d = a.d.max(c.d);
    node(
        ExprKind::BoolOp {
            op,
            left: Box::new(a.e),
            right: Box::new(c.e),
        },
        span,
        d,
    )
}

/// `-x`, `not x`, ...
pub fn unary(op: UnaryOp, e: Ex, span: Span) -> R<Ex> {
    let d = e.d;
    node(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(e.e),
        },
        span,
        d,
    )
}

/// A node with one child built by `f`.
pub fn unary_like(e: Ex, span: Span, f: impl FnOnce(Expr) -> ExprKind) -> R<Ex> {
    let d = e.d;
    node(f(e.e), span, d)
}

/// `a < b <= c`.
pub fn compare(a: Ex, ops: Vec<(CmpOp, Ex)>, span: Span) -> R<Ex> {
    let d = ops.iter().map(|o| o.1.d).max().unwrap_or(0).max(a.d);
    let ops = ops.into_iter().map(|(o, e)| (o, e.e)).collect();
    node(
        ExprKind::Compare {
            left: Box::new(a.e),
            ops,
        },
        span,
        d,
    )
}

/// `body if test else orelse`.
pub fn if_exp(test: Ex, body: Ex, orelse: Ex, span: Span) -> R<Ex> {
    let d = test.d.max(body.d).max(orelse.d);
    node(
        ExprKind::IfExp {
            test: Box::new(test.e),
            body: Box::new(body.e),
            orelse: Box::new(orelse.e),
        },
        span,
        d,
    )
}

/// `lambda params: body`.
pub fn lambda((params, dd): (Parameters, u32), body: Ex, span: Span) -> R<Ex> {
    let d = body.d.max(dd);
    node(
        ExprKind::Lambda {
            params: Box::new(params),
            body: Box::new(body.e),
        },
        span,
        d,
    )
}

/// A parameter list and the depth of its deepest default (defaults nest inside a
/// lambda too: `lambda a=lambda b=...: 0: 0`).
pub fn params_of(p: Option<(Vec<ParamItem>, bool)>) -> R<(Parameters, u32)> {
    let items = p.map(|p| p.0).unwrap_or_default();
    let dd = items
        .iter()
        .map(|i| match i {
            ParamItem::Plain(_, Some(d), _, _) => d.d,
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    Ok((params(items)?, dd))
}

/// Sort parameter items into [`Parameters`], with CPython's checks.
pub fn params(items: Vec<ParamItem>) -> R<Parameters> {
    let mut p = Parameters::default();
    let mut seen_star = false;
    let mut seen_default = false;
    let mut after_kwarg = false;
    let mut seen_slash = false;
    let mut names: Vec<String> = Vec::new();
    let mut bare_star_at = None;
    let mut check_dup = |n: &Ident| -> R<()> {
        if names.contains(&n.node) {
            return Err(user(RawError::range(
                format!("duplicate argument '{}' in function definition", n.node),
                n.span.start as usize,
                n.span.end as usize,
            )));
        }
        names.push(n.node.clone());
        Ok(())
    };
    for item in items {
        let pos = match &item {
            ParamItem::Plain(_, _, l, _)
            | ParamItem::Star(_, l, _)
            | ParamItem::DoubleStar(_, l, _)
            | ParamItem::Slash(l) => *l,
        };
        if after_kwarg {
            return Err(user(RawError::new(
                "arguments cannot follow var-keyword argument",
                pos,
            )));
        }
        match item {
            ParamItem::Plain(name, default, l, ann) => {
                let default = default.map(|d| d.e);
                check_dup(&name)?;
                if let Some(a) = ann {
                    p.annotations.push((name.clone(), a.e));
                }
                if seen_star {
                    bare_star_at = None;
                    p.kwonly.push(Param { name, default });
                } else {
                    if default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(user(RawError::new(
                            "non-default argument follows default argument",
                            l,
                        )));
                    }
                    p.args.push(Param { name, default });
                }
            }
            ParamItem::Star(name, l, ann) => {
                if seen_star {
                    return Err(user(RawError::new("* argument may appear only once", l)));
                }
                seen_star = true;
                match name {
                    Some(n) => {
                        check_dup(&n)?;
                        if let Some(a) = ann {
                            p.annotations.push((n.clone(), a.e));
                        }
                        p.vararg = Some(n);
                    }
                    None => bare_star_at = Some(l),
                }
            }
            ParamItem::DoubleStar(name, _, ann) => {
                check_dup(&name)?;
                if let Some(a) = ann {
                    p.annotations.push((name.clone(), a.e));
                }
                if let Some(l) = bare_star_at {
                    return Err(user(RawError::new("named arguments must follow bare *", l)));
                }
                p.kwarg = Some(name);
                after_kwarg = true;
            }
            ParamItem::Slash(l) => {
                if seen_slash {
                    return Err(user(RawError::new("/ may appear only once", l)));
                }
                if seen_star {
                    return Err(user(RawError::new("/ must be ahead of *", l)));
                }
                if p.args.is_empty() {
                    return Err(user(RawError::new(
                        "at least one argument must precede /",
                        l,
                    )));
                }
                seen_slash = true;
                p.posonly = p.args.len();
            }
        }
    }
    if let Some(l) = bare_star_at {
        return Err(user(RawError::new("named arguments must follow bare *", l)));
    }
    Ok(p)
}

/// `a, b` → tuple; `a` → `a`; a lone `*a` is an error.
pub fn tuple_or_single((mut v, trailing): (Vec<Ex>, bool), span: Span) -> R<Ex> {
    if v.len() == 1 && !trailing {
        if let Some(e) = v.pop() {
            // A lone `*x` is checked by the context (`no_star`, targets).
            return Ok(e);
        }
    }
    let (v, d) = unzip(v);
    node(ExprKind::Tuple(v), span, d)
}

/// What goes between `[` and `]`: one index, or a tuple of them; a lone `*x` is the
/// tuple `(*x,)` (PEP 646: `tuple[*Ts]`).
pub fn subscript_list(v: (Vec<Ex>, bool), span: Span) -> R<Ex> {
    let lone_star = v.0.len() == 1 && matches!(v.0[0].e.node, ExprKind::Starred(_));
    tuple_or_single((v.0, v.1 || lone_star), span)
}

/// Refuse a lone `*x` where a value is needed.
pub fn no_star(e: Ex) -> R<Ex> {
    if matches!(e.e.node, ExprKind::Starred(_)) {
        return Err(user(RawError::range(
            "can't use starred expression here",
            e.e.span.start as usize,
            e.e.span.end as usize,
        )));
    }
    Ok(e)
}

/// `( ... )`: a parenthesised expression keeps its own span.
pub fn paren(v: (Vec<Ex>, bool), span: Span) -> R<Ex> {
    if v.0.len() == 1 && !v.1 && v.0.iter().any(|e| matches!(e.e.node, ExprKind::Starred(_))) {
        return Err(user(RawError::new(
            "cannot use starred expression here",
            span.start as usize,
        )));
    }
    tuple_or_single(v, span)
}

/// `[a, b]`.
pub fn list(v: Vec<Ex>, span: Span) -> R<Ex> {
    let (v, d) = unzip(v);
    node(ExprKind::List(v), span, d)
}

/// `{a, b}`.
pub fn set(v: Vec<Ex>, span: Span) -> R<Ex> {
    let (v, d) = unzip(v);
    node(ExprKind::Set(v), span, d)
}

/// `{k: v, **d}`.
pub fn dict(items: Vec<(Option<Ex>, Ex)>, span: Span) -> R<Ex> {
    let mut d = 0;
    let mut out = Vec::with_capacity(items.len());
    for (k, v) in items {
        d = d.max(v.d).max(k.as_ref().map_or(0, |k| k.d));
        out.push((k.map(|k| k.e), v.e));
    }
    node(ExprKind::Dict(out), span, d)
}

/// Which comprehension [`comp`] builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

fn generators(g: Vec<(Ex, Ex, Vec<Ex>)>) -> R<(Vec<Comprehension>, u32)> {
    let mut d = 0;
    let mut out = Vec::with_capacity(g.len());
    for (t, it, ifs) in g {
        validate::check_target(&t.e, TargetCtx::For, true).map_err(user)?;
        let (ifs, di) = unzip(ifs);
        d = d.max(t.d).max(it.d).max(di);
        out.push(Comprehension {
            target: t.e,
            iter: it.e,
            ifs,
        });
    }
    Ok((out, d))
}

/// A comprehension or generator expression.
pub fn comp(
    kind: CompKind,
    elt: Ex,
    value: Option<Ex>,
    g: Vec<(Ex, Ex, Vec<Ex>)>,
    span: Span,
) -> R<Ex> {
    let (generators, gd) = generators(g)?;
    let d = gd.max(elt.d).max(value.as_ref().map_or(0, |v| v.d));
    let elt = Box::new(elt.e);
    let k = match (kind, value) {
        (CompKind::Dict, Some(v)) => ExprKind::DictComp {
            key: elt,
            value: Box::new(v.e),
            generators,
        },
        (CompKind::List, _) => ExprKind::ListComp { elt, generators },
        (CompKind::Set, _) => ExprKind::SetComp { elt, generators },
        (_, _) => ExprKind::GeneratorExp { elt, generators },
    };
    node(k, span, d)
}

/// `f(args)`; `paren` is the offset of the `(`.
pub fn call(f: Ex, args: Vec<ArgItem>, span: Span, paren: usize) -> R<Ex> {
    let n = args.len();
    let mut d = f.d;
    let mut out = Vec::with_capacity(n);
    let mut seen_kw = false;
    let mut seen_dstar = false;
    let mut kw_names: Vec<String> = Vec::new();
    for a in args {
        let arg = match a {
            ArgItem::Positional(e) => {
                if seen_dstar {
                    return Err(user(RawError::range(
                        "positional argument follows keyword argument unpacking",
                        e.e.span.start as usize,
                        e.e.span.end as usize,
                    )));
                }
                if seen_kw {
                    // CPython points just past the argument.
                    return Err(user(RawError::new(
                        "positional argument follows keyword argument",
                        e.e.span.end as usize,
                    )));
                }
                d = d.max(e.d);
                Arg::Positional(e.e)
            }
            ArgItem::Keyword(name, e) => {
                if kw_names.contains(&name.node) {
                    return Err(user(RawError::range(
                        format!("keyword argument repeated: {}", name.node),
                        name.span.start as usize,
                        e.e.span.end as usize,
                    )));
                }
                kw_names.push(name.node.clone());
                seen_kw = true;
                d = d.max(e.d);
                Arg::Keyword(name, e.e)
            }
            ArgItem::Starred(e) => {
                if seen_dstar {
                    return Err(user(RawError::range(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.e.span.start as usize,
                        e.e.span.end as usize,
                    )));
                }
                d = d.max(e.d);
                Arg::Starred(e.e)
            }
            ArgItem::DoubleStarred(e) => {
                seen_dstar = true;
                d = d.max(e.d);
                Arg::DoubleStarred(e.e)
            }
            ArgItem::BareGen(e, g, gspan) => {
                if n != 1 {
                    return Err(user(RawError::range(
                        "Generator expression must be parenthesized",
                        gspan.start as usize,
                        gspan.end as usize,
                    )));
                }
                // Like CPython's, the generator expression spans the call's parentheses.
                let g = comp(
                    CompKind::Gen,
                    e,
                    None,
                    g,
                    Span::new(paren, span.end as usize),
                )?;
                d = d.max(g.d);
                Arg::Positional(g.e)
            }
        };
        out.push(arg);
    }
    node(
        ExprKind::Call {
            func: Box::new(f.e),
            args: out,
        },
        span,
        d,
    )
}

/// `v[i]`.
pub fn subscript(v: Ex, i: Ex, span: Span) -> R<Ex> {
    let d = v.d.max(i.d);
    node(
        ExprKind::Subscript {
            value: Box::new(v.e),
            index: Box::new(i.e),
        },
        span,
        d,
    )
}

/// `v.attr`.
pub fn attribute(v: Ex, attr: Ident, span: Span) -> R<Ex> {
    let d = v.d;
    node(
        ExprKind::Attribute {
            value: Box::new(v.e),
            attr,
        },
        span,
        d,
    )
}

/// `lo:hi:step`.
pub fn slice(lo: Option<Ex>, hi: Option<Ex>, st: Option<Ex>, span: Span) -> R<Ex> {
    let d = [&lo, &hi, &st]
        .iter()
        .map(|x| x.as_ref().map_or(0, |x| x.d))
        .max()
        .unwrap_or(0);
    let b = |x: Option<Ex>| x.map(|x| Box::new(x.e));
    node(
        ExprKind::Slice {
            lower: b(lo),
            upper: b(hi),
            step: b(st),
        },
        span,
        d,
    )
}

/// Adjacent string literals, joined; f-strings are parsed into parts.
pub fn strings(pieces: Vec<Spanned<StrLit>>, span: Span) -> R<Ex> {
    let n_bytes = pieces
        .iter()
        .filter(|p| matches!(p.node, StrLit::Bytes(_)))
        .count();
    if n_bytes > 0 {
        if n_bytes != pieces.len() {
            // CPython puts the caret just past the last literal.
            return Err(user(RawError::new(
                "cannot mix bytes and nonbytes literals",
                span.end as usize,
            )));
        }
        let mut all = Vec::new();
        for p in pieces {
            if let StrLit::Bytes(b) = p.node {
                all.extend(b);
            }
        }
        return Ok(leaf(ExprKind::Bytes(all), span));
    }
    let any_f = pieces
        .iter()
        .any(|p| matches!(p.node, StrLit::Format { .. }));
    if !any_f {
        let mut s = String::new();
        for p in pieces {
            if let StrLit::Plain(t) = p.node {
                s.push_str(&t);
            }
        }
        return Ok(leaf(ExprKind::Str(s), span));
    }
    let mut parts: Vec<FStringPart> = Vec::new();
    let mut d = 0;
    for p in pieces {
        match p.node {
            StrLit::Plain(t) => push_literal(&mut parts, t),
            // Mixed kinds were rejected above.
            StrLit::Bytes(_) => {}
            StrLit::Format { body, offset, raw } => {
                let (ps, pd) = crate::fstring::parse(&body, offset, raw).map_err(|mut e| {
                    // CPython 3.11 reports f-string format errors just past the literal.
                    if e.msg.starts_with("f-string") && e.msg != "f-string: invalid syntax" {
                        e.start = p.span.end as usize;
                        e.end = None;
                    }
                    user(e)
                })?;
                d = d.max(pd);
                for part in ps {
                    match part {
                        FStringPart::Literal(t) => push_literal(&mut parts, t),
                        field => parts.push(field),
                    }
                }
            }
        }
    }
    node(ExprKind::FString(parts), span, d)
}

/// Append literal text, merging with a preceding literal.
pub fn push_literal(parts: &mut Vec<FStringPart>, t: String) {
    if t.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&t);
    } else {
        parts.push(FStringPart::Literal(t));
    }
}

// ---------------------------------------------------------------- statements

/// An expression statement.
pub fn expr_stmt(e: Ex, span: Span) -> R<Stmt> {
    let e = no_star(e)?;
    Ok(Spanned::new(StmtKind::Expr(e.e), span))
}

/// `a = b = value`.
pub fn assign(first: Ex, rest: Vec<Ex>, span: Span) -> R<Stmt> {
    let mut all: Vec<Expr> = Vec::with_capacity(rest.len() + 1);
    all.push(first.e);
    all.extend(rest.into_iter().map(|x| x.e));
    let Some(value) = all.pop() else {
        return Err(user(RawError::new("invalid syntax", span.start as usize)));
    };
    for (i, t) in all.iter().enumerate() {
        if let Err(mut e) = validate::check_target(t, TargetCtx::Assign, true) {
            // CPython suggests `==` when `x = y` looks like a mistyped comparison: the
            // first target, followed by the value or by an unparenthesised tuple.
            let next = all.get(1).unwrap_or(&value);
            let next_ok = all.len() == 1 || matches!(next.node, ExprKind::Tuple(_));
            if i == 0
                && next_ok
                && e.start == t.span.start as usize
                && e.end == Some(t.span.end as usize)
                && validate::suggests_eq(t)
                && !matches!(
                    next.node,
                    ExprKind::Starred(_)
                        | ExprKind::Lambda { .. }
                        | ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            ..
                        }
                )
                && !matches!(
                    t.node,
                    ExprKind::Starred(_) | ExprKind::Tuple(_) | ExprKind::List(_)
                )
            {
                e.msg
                    .push_str(" here. Maybe you meant '==' instead of '='?");
            }
            return Err(user(e));
        }
    }
    let value = no_star(Ex { e: value, d: 0 })?.e;
    Ok(Spanned::new(
        StmtKind::Assign {
            targets: all,
            value,
        },
        span,
    ))
}

/// `target op= value`.
pub fn aug_assign(t: Ex, op: BinOp, v: Ex, span: Span) -> R<Stmt> {
    validate::check_aug_target(&t.e).map_err(user)?;
    let v = no_star(v)?;
    Ok(Spanned::new(
        StmtKind::AugAssign {
            target: t.e,
            op,
            value: v.e,
        },
        span,
    ))
}

/// `target: ann = value`; without a value it does nothing.
pub fn ann_assign(t: Ex, a: Ex, v: Option<Ex>, span: Span) -> R<Stmt> {
    match &t.e.node {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Starred(_) => {
            return Err(user(RawError::new(
                "invalid syntax",
                t.e.span.start as usize,
            )))
        }
        ExprKind::Tuple(_) | ExprKind::List(_) => {
            let what = describe_seq(&t.e);
            return Err(user(RawError::range(
                format!("only single target (not {what}) can be annotated"),
                t.e.span.start as usize,
                t.e.span.end as usize,
            )));
        }
        _ => {
            return Err(user(RawError::range(
                "illegal target for annotation",
                t.e.span.start as usize,
                t.e.span.end as usize,
            )))
        }
    }
    let v = v.map(no_star).transpose()?;
    Ok(Spanned::new(
        StmtKind::AnnAssign {
            target: t.e,
            annotation: a.e,
            value: v.map(|v| v.e),
        },
        span,
    ))
}

fn describe_seq(e: &Expr) -> &'static str {
    if matches!(e.node, ExprKind::List(_)) {
        "list"
    } else {
        "tuple"
    }
}

/// `del a, b[0]`.
pub fn delete(v: Vec<Ex>, span: Span) -> R<Stmt> {
    let targets: Vec<Expr> = v.into_iter().map(|x| x.e).collect();
    for t in &targets {
        validate::check_target(t, TargetCtx::Del, true).map_err(user)?;
    }
    Ok(Spanned::new(StmtKind::Delete(targets), span))
}

/// A block's statements, refused if nested too deeply.
pub fn block(body: Vec<Stmt>) -> R<Vec<Stmt>> {
    for s in &body {
        if validate::stmt_depth(s) > MAX_DEPTH as usize {
            return Err(user(RawError::new(
                "too many nested statements and expressions",
                s.span.start as usize,
            )));
        }
    }
    Ok(body)
}

/// `if` with its `elif`s folded into nested `orelse`s (iteratively).
pub fn if_stmt(
    test: Ex,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Ex, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
    span: Span,
) -> R<Stmt> {
    if elifs.len() > MAX_DEPTH as usize / 2 {
        return Err(user(RawError::new(
            "too many 'elif' clauses",
            span.start as usize,
        )));
    }
    let mut tail = orelse.unwrap_or_default();
    for (l, t, b) in elifs.into_iter().rev() {
        let s = Spanned::new(
            StmtKind::If {
                test: t.e,
                body: b,
                orelse: tail,
            },
            Span::new(l, span.end as usize),
        );
        tail = vec![tighten(s)];
    }
    Ok(Spanned::new(
        StmtKind::If {
            test: test.e,
            body,
            orelse: tail,
        },
        span,
    ))
}

/// `for target in iter: body else: orelse`.
pub fn for_stmt(t: Ex, it: Ex, body: Vec<Stmt>, orelse: Vec<Stmt>, span: Span) -> R<Stmt> {
    Ok(Spanned::new(
        StmtKind::For {
            target: t.e,
            iter: it.e,
            body,
            orelse,
        },
        span,
    ))
}

/// A `for` target, checked as soon as it is parsed (before the body, so that its
/// error is reported first, as CPython does).
pub fn for_target(t: Ex) -> R<Ex> {
    validate::check_target(&t.e, TargetCtx::For, true).map_err(user)?;
    Ok(t)
}

/// `ctx as target`.
pub fn with_item(c: Ex, t: Ex) -> R<WithItem> {
    validate::check_target(&t.e, TargetCtx::With, true).map_err(user)?;
    Ok(WithItem {
        context: c.e,
        target: Some(t.e),
    })
}

/// End a compound statement's span with its last body statement (CPython's
/// `end_lineno`), rather than at the DEDENT that starts the next line.
pub fn tighten(mut s: Stmt) -> Stmt {
    let last_block: Option<&Vec<Stmt>> = match &s.node {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => Some(if orelse.is_empty() { body } else { orelse }),
        StmtKind::With { body, .. } => Some(body),
        StmtKind::FunctionDef(f) => Some(&f.body),
        StmtKind::ClassDef(c) => Some(&c.body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => Some(if !finalbody.is_empty() {
            finalbody
        } else if !orelse.is_empty() {
            orelse
        } else {
            handlers.last().map_or(body, |h| &h.body)
        }),
        _ => None,
    };
    if let Some(end) = last_block.and_then(|b| b.last()).map(|l| l.span.end) {
        s.span.end = end;
    }
    s
}

/// Attach decorators to a `def` or `class`.
pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
    if decorators.is_empty() {
        return s;
    }
    match &mut s.node {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    s
}

/// `def name(params): body`.
pub fn func_def(
    name: Ident,
    (params, _): (Parameters, u32),
    returns: Option<Ex>,
    body: Vec<Stmt>,
    span: Span,
) -> R<Stmt> {
    Ok(Spanned::new(
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            params,
            returns: returns.map(|r| r.e),
            body,
            decorators: vec![],
        })),
        span,
    ))
}

/// `class name(bases): body`.
pub fn class_def(name: Ident, args: Option<Vec<ArgItem>>, body: Vec<Stmt>, span: Span) -> R<Stmt> {
    let mut bases = Vec::new();
    let mut keywords: Vec<(Ident, Expr)> = Vec::new();
    for a in args.unwrap_or_default() {
        match a {
            ArgItem::Positional(e) => {
                if !keywords.is_empty() {
                    return Err(user(RawError::new(
                        "positional argument follows keyword argument",
                        e.e.span.end as usize,
                    )));
                }
                bases.push(e.e)
            }
            ArgItem::Keyword(n, e) => {
                if keywords.iter().any(|(k, _)| k.node == n.node) {
                    return Err(user(RawError::range(
                        format!("keyword argument repeated: {}", n.node),
                        n.span.start as usize,
                        e.e.span.end as usize,
                    )));
                }
                keywords.push((n, e.e))
            }
            ArgItem::Starred(e) | ArgItem::DoubleStarred(e) | ArgItem::BareGen(e, _, _) => {
                return Err(user(RawError::range(
                    "this form of base class list is not supported",
                    e.e.span.start as usize,
                    e.e.span.end as usize,
                )))
            }
        }
    }
    Ok(Spanned::new(
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators: vec![],
        })),
        span,
    ))
}

/// `name := value`.
pub fn named(target: Ident, value: Ex, span: Span) -> R<Ex> {
    let d = value.d;
    node(
        ExprKind::NamedExpr {
            target,
            value: Box::new(value.e),
        },
        span,
        d,
    )
}

/// `case a, *b, c:` — a sequence pattern without brackets.
pub fn open_sequence(first: Pattern, rest: Option<(Vec<Pattern>, bool)>, span: Span) -> Pattern {
    let mut v = vec![first];
    if let Some((rest, _)) = rest {
        v.extend(rest);
    }
    Spanned::new(PatternKind::Sequence(v), span)
}

/// `*name` (`*_` captures nothing).
pub fn star_pattern(n: Ident, span: Span) -> Pattern {
    let name = (n.node != "_").then_some(n);
    Spanned::new(PatternKind::Star(name), span)
}

fn pattern_err(msg: &str, span: Span) -> PE {
    user(RawError::range(msg, span.start as usize, span.end as usize))
}

/// `p as name`.
pub fn as_pattern(p: Pattern, n: Ident, span: Span) -> R<Pattern> {
    if n.node == "_" {
        return Err(pattern_err("cannot use '_' as a target", n.span));
    }
    Ok(Spanned::new(
        PatternKind::As {
            pattern: Some(Box::new(p)),
            name: Some(n),
        },
        span,
    ))
}

/// A literal pattern: `None`/`True`/`False` compare by identity, the rest by `==`.
pub fn literal_pattern(e: Ex, span: Span) -> Pattern {
    match e.e.node {
        ExprKind::None | ExprKind::Bool(_) => Spanned::new(PatternKind::Singleton(e.e), span),
        _ => Spanned::new(PatternKind::Value(e.e), span),
    }
}

/// A bare name captures (`_` is the wildcard); a dotted name is a value pattern.
pub fn name_pattern(e: Ex, span: Span) -> Pattern {
    match e.e.node {
        ExprKind::Name(n) => {
            let name = (n != "_").then(|| Spanned::new(n, e.e.span));
            Spanned::new(
                PatternKind::As {
                    pattern: None,
                    name,
                },
                span,
            )
        }
        _ => Spanned::new(PatternKind::Value(e.e), span),
    }
}

/// `Cls(p, q, attr=r)`.
pub fn class_pattern(cls: Ex, args: Vec<(Option<Ident>, Pattern)>, span: Span) -> R<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd: Vec<(Ident, Pattern)> = Vec::new();
    for (name, p) in args {
        match name {
            Some(n) => kwd.push((n, p)),
            None => {
                if let Some((_, last)) = kwd.last() {
                    return Err(pattern_err(
                        "positional patterns follow keyword patterns",
                        last.span.to(p.span),
                    ));
                }
                patterns.push(p);
            }
        }
    }
    for p in patterns.iter().chain(kwd.iter().map(|k| &k.1)) {
        if matches!(p.node, PatternKind::Star(_)) {
            return Err(pattern_err("can't use starred expression here", p.span));
        }
    }
    Ok(Spanned::new(
        PatternKind::Class {
            cls: cls.e,
            patterns,
            kwd,
        },
        span,
    ))
}

/// `(p)` is a group; `(p,)` and `(p, q)` are sequences.
pub fn paren_pattern((mut v, trailing): (Vec<Pattern>, bool), span: Span) -> Pattern {
    if v.len() == 1 && !trailing && !matches!(v[0].node, PatternKind::Star(_)) {
        if let Some(p) = v.pop() {
            return p;
        }
    }
    Spanned::new(PatternKind::Sequence(v), span)
}

/// One item of a mapping pattern: `key: pattern` or `**rest`.
pub type MappingItem = (Option<Ex>, Option<Ident>, Option<Pattern>);

/// `{key: p, **rest}`; `**rest` must come last.
pub fn mapping_pattern(items: Vec<MappingItem>, span: Span) -> R<Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest: Option<Ident> = None;
    for item in items {
        if let Some(r) = &rest {
            return Err(pattern_err("invalid syntax", r.span));
        }
        match item {
            (Some(k), _, Some(p)) => {
                keys.push(k.e);
                patterns.push(p);
            }
            (_, Some(n), _) => {
                if n.node == "_" {
                    return Err(pattern_err("invalid syntax", n.span));
                }
                rest = Some(n);
            }
            _ => {}
        }
    }
    Ok(Spanned::new(
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        },
        span,
    ))
}
