//! Checks made after parsing: assignment / deletion targets (the grammar parses them
//! as expressions to stay conflict-free), statement placement (`return` outside a
//! function, ...) and nesting depth. Every walk here is either iterative or bounded
//! by the depth limits the parser enforces while building the tree.

use crate::ast::*;
use crate::error::RawError;

/// Where a target appears; decides the wording of errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetCtx {
    /// `x = ...`
    Assign,
    /// `for x in ...` and comprehensions.
    For,
    /// `with ... as x`
    With,
    /// `del x`
    Del,
}

fn span_err(msg: String, span: Span) -> RawError {
    RawError::range(msg, span.start as usize, span.end as usize)
}

/// What CPython calls an expression that is not a valid target.
fn describe(e: &Expr) -> &'static str {
    match &e.node {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::None => "None",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Starred(_) => "starred",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}

/// Whether CPython would add "here. Maybe you meant '==' instead of '='?".
pub fn suggests_eq(e: &Expr) -> bool {
    !matches!(
        e.node,
        ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::None
            | ExprKind::Bool(_)
    )
}

/// Check that `e` can be assigned to (or deleted, for [`TargetCtx::Del`]).
/// `top` is true for the whole target (not an element of a tuple target).
pub fn check_target(e: &Expr, ctx: TargetCtx, top: bool) -> Result<(), RawError> {
    match &e.node {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let stars = items
                .iter()
                .filter(|i| matches!(i.node, ExprKind::Starred(_)))
                .count();
            if stars > 1 && ctx != TargetCtx::Del {
                return Err(span_err(
                    "multiple starred expressions in assignment".into(),
                    e.span,
                ));
            }
            for i in items {
                check_target(i, ctx, false)?;
            }
            Ok(())
        }
        ExprKind::Starred(inner) => {
            if ctx == TargetCtx::Del {
                return Err(span_err("cannot delete starred".into(), e.span));
            }
            if top {
                return Err(span_err(
                    "starred assignment target must be in a list or tuple".into(),
                    e.span,
                ));
            }
            check_target(inner, ctx, false)
        }
        _ => {
            let what = describe(e);
            let msg = if ctx == TargetCtx::Del {
                format!("cannot delete {what}")
            } else {
                format!("cannot assign to {what}")
            };
            Err(span_err(msg, e.span))
        }
    }
}

/// Check the target of `x op= value`.
pub fn check_aug_target(e: &Expr) -> Result<(), RawError> {
    match &e.node {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err(span_err(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(e)
            ),
            e.span,
        )),
    }
}

/// A node of the tree, for the iterative walks.
#[derive(Clone, Copy)]
enum Node<'a> {
    S(&'a Stmt),
    E(&'a Expr),
}

fn push_params<'a>(p: &'a Parameters, out: &mut Vec<Node<'a>>) {
    for a in p.args.iter().chain(p.kwonly.iter()) {
        if let Some(d) = &a.default {
            out.push(Node::E(d));
        }
    }
    out.extend(p.annotations.iter().map(|(_, a)| Node::E(a)));
}

fn push_comps<'a>(gens: &'a [Comprehension], out: &mut Vec<Node<'a>>) {
    for g in gens {
        out.push(Node::E(&g.target));
        out.push(Node::E(&g.iter));
        out.extend(g.ifs.iter().map(Node::E));
    }
}

fn push_fstring<'a>(
    parts: &'a [FStringPart],
    out: &mut Vec<Node<'a>>,
    spec_stack: &mut Vec<&'a [FStringPart]>,
) {
    spec_stack.push(parts);
    while let Some(ps) = spec_stack.pop() {
        for p in ps {
            if let FStringPart::Field { expr, spec, .. } = p {
                out.push(Node::E(expr));
                spec_stack.push(spec);
            }
        }
    }
}

/// The direct children of a node.
fn children<'a>(n: Node<'a>, out: &mut Vec<Node<'a>>) {
    let mut specs = Vec::new();
    match n {
        Node::E(e) => match &e.node {
            ExprKind::Name(_)
            | ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Ellipsis
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Bool(_)
            | ExprKind::None => {}
            ExprKind::NamedExpr { value, .. } => out.push(Node::E(value)),
            ExprKind::FString(parts) => push_fstring(parts, out, &mut specs),
            ExprKind::BinOp { left, right, .. } | ExprKind::BoolOp { left, right, .. } => {
                out.push(Node::E(left));
                out.push(Node::E(right));
            }
            ExprKind::UnaryOp { operand, .. } => out.push(Node::E(operand)),
            ExprKind::Compare { left, ops } => {
                out.push(Node::E(left));
                out.extend(ops.iter().map(|o| Node::E(&o.1)));
            }
            ExprKind::IfExp { test, body, orelse } => {
                out.extend([Node::E(test), Node::E(body), Node::E(orelse)]);
            }
            ExprKind::Lambda { params, body } => {
                push_params(params, out);
                out.push(Node::E(body));
            }
            ExprKind::Call { func, args } => {
                out.push(Node::E(func));
                for a in args {
                    match a {
                        Arg::Positional(x)
                        | Arg::Starred(x)
                        | Arg::Keyword(_, x)
                        | Arg::DoubleStarred(x) => out.push(Node::E(x)),
                    }
                }
            }
            ExprKind::Attribute { value, .. } => out.push(Node::E(value)),
            ExprKind::Subscript { value, index } => {
                out.push(Node::E(value));
                out.push(Node::E(index));
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    out.push(Node::E(x));
                }
            }
            ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => {
                out.extend(v.iter().map(Node::E))
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        out.push(Node::E(k));
                    }
                    out.push(Node::E(v));
                }
            }
            ExprKind::Starred(x) | ExprKind::YieldFrom(x) | ExprKind::Yield(Some(x)) => {
                out.push(Node::E(x))
            }
            ExprKind::Yield(None) => {}
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                out.push(Node::E(elt));
                push_comps(generators, out);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                out.push(Node::E(key));
                out.push(Node::E(value));
                push_comps(generators, out);
            }
        },
        Node::S(s) => {
            let stmts = |v: &'a [Stmt], out: &mut Vec<Node<'a>>| out.extend(v.iter().map(Node::S));
            match &s.node {
                StmtKind::Expr(e) => out.push(Node::E(e)),
                StmtKind::Assign { targets, value } => {
                    out.extend(targets.iter().map(Node::E));
                    out.push(Node::E(value));
                }
                StmtKind::AugAssign { target, value, .. } => {
                    out.push(Node::E(target));
                    out.push(Node::E(value));
                }
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                } => {
                    out.push(Node::E(target));
                    out.push(Node::E(annotation));
                    out.extend(value.iter().map(Node::E));
                }
                StmtKind::Global(_)
                | StmtKind::Nonlocal(_)
                | StmtKind::Break
                | StmtKind::Continue
                | StmtKind::Pass
                | StmtKind::Import(_)
                | StmtKind::ImportFrom { .. } => {}
                StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                    out.push(Node::E(test));
                    stmts(body, out);
                    stmts(orelse, out);
                }
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                } => {
                    out.push(Node::E(target));
                    out.push(Node::E(iter));
                    stmts(body, out);
                    stmts(orelse, out);
                }
                StmtKind::FunctionDef(f) => {
                    push_params(&f.params, out);
                    out.extend(f.returns.iter().map(Node::E));
                    out.extend(f.decorators.iter().map(Node::E));
                    stmts(&f.body, out);
                }
                StmtKind::ClassDef(c) => {
                    out.extend(c.bases.iter().map(Node::E));
                    out.extend(c.keywords.iter().map(|(_, v)| Node::E(v)));
                    out.extend(c.decorators.iter().map(Node::E));
                    stmts(&c.body, out);
                }
                StmtKind::Return(e) => out.extend(e.iter().map(Node::E)),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    stmts(body, out);
                    for h in handlers {
                        out.extend(h.typ.iter().map(Node::E));
                        stmts(&h.body, out);
                    }
                    stmts(orelse, out);
                    stmts(finalbody, out);
                }
                StmtKind::Raise { exc, cause } => {
                    out.extend(exc.iter().map(Node::E));
                    out.extend(cause.iter().map(Node::E));
                }
                StmtKind::With { items, body } => {
                    for i in items {
                        out.push(Node::E(&i.context));
                        out.extend(i.target.iter().map(Node::E));
                    }
                    stmts(body, out);
                }
                StmtKind::Assert { test, msg } => {
                    out.push(Node::E(test));
                    out.extend(msg.iter().map(Node::E));
                }
                StmtKind::Delete(v) => out.extend(v.iter().map(Node::E)),
                StmtKind::Match { subject, cases } => {
                    out.push(Node::E(subject));
                    for c in cases {
                        push_pattern_exprs(&c.pattern, out);
                        out.extend(c.guard.iter().map(Node::E));
                        stmts(&c.body, out);
                    }
                }
            }
        }
    }
}

/// The expressions inside a pattern (values, classes); patterns nest at most as deep
/// as the lexer's bracket limit, so this recursion is bounded.
fn push_pattern_exprs<'a>(p: &'a Pattern, out: &mut Vec<Node<'a>>) {
    match &p.node {
        PatternKind::Value(e) | PatternKind::Singleton(e) => out.push(Node::E(e)),
        PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
            ps.iter().for_each(|p| push_pattern_exprs(p, out))
        }
        PatternKind::Star(_) => {}
        PatternKind::Mapping { keys, patterns, .. } => {
            out.extend(keys.iter().map(Node::E));
            patterns.iter().for_each(|p| push_pattern_exprs(p, out));
        }
        PatternKind::Class { cls, patterns, kwd } => {
            out.push(Node::E(cls));
            patterns.iter().for_each(|p| push_pattern_exprs(p, out));
            kwd.iter().for_each(|(_, p)| push_pattern_exprs(p, out));
        }
        PatternKind::As { pattern, .. } => {
            if let Some(p) = pattern {
                push_pattern_exprs(p, out);
            }
        }
    }
}

fn max_depth(roots: Vec<Node<'_>>) -> (usize, Span) {
    let mut stack: Vec<(Node<'_>, usize)> = roots.into_iter().map(|n| (n, 1)).collect();
    let mut best = (0, Span::default());
    let mut kids = Vec::new();
    while let Some((n, d)) = stack.pop() {
        if d > best.0 {
            let span = match n {
                Node::S(s) => s.span,
                Node::E(e) => e.span,
            };
            best = (d, span);
        }
        kids.clear();
        children(n, &mut kids);
        stack.extend(kids.drain(..).map(|k| (k, d + 1)));
    }
    best
}

/// The nesting depth of a statement (1 for `pass`), measured without recursion.
pub fn stmt_depth(s: &Stmt) -> usize {
    max_depth(vec![Node::S(s)]).0
}

/// The nesting depth of a module's statements, and the span of the deepest node.
pub fn module_depth(body: &[Stmt]) -> (usize, Span) {
    max_depth(body.iter().map(Node::S).collect())
}

/// (statement, inside a function, inside a loop, at module level, except* state)
type Frame<'a> = (&'a Stmt, bool, bool, bool, u8);

/// In an `except*` block with no loop in between: `break`/`continue` are errors.
const STAR_LOOP: u8 = 1;
/// In an `except*` block (loops in between or not): `return` is an error.
const STAR_RETURN: u8 = 2;

fn push<'a>(v: &'a [Stmt], f: bool, l: bool, m: bool, x: u8, stack: &mut Vec<Frame<'a>>) {
    for s in v.iter().rev() {
        stack.push((s, f, l, m, x));
    }
}

/// `try` with `except*` clauses: all clauses must be starred, each with a type.
fn check_try_star(handlers: &[ExceptHandler]) -> Result<bool, RawError> {
    let Some(first) = handlers.first() else {
        return Ok(false);
    };
    if let Some(h) = handlers.iter().find(|h| h.star != first.star) {
        // CPython underlines the offending clause's `except` or `except*`.
        let width = if h.star { 7 } else { 6 };
        let span = Span::new(h.span.start as usize, h.span.start as usize + width);
        return Err(span_err(
            "cannot have both 'except' and 'except*' on the same 'try'".into(),
            span,
        ));
    }
    if let Some(h) = handlers.iter().find(|h| h.star && h.typ.is_none()) {
        // CPython points at the `:` that follows `except*`.
        let at = h.span.end as usize;
        return Err(span_err(
            "expected one or more exception types".into(),
            Span::new(at, at + 1),
        ));
    }
    Ok(first.star)
}

/// Placement checks CPython makes at compile time: `return` outside a function,
/// `break`/`continue` outside a loop, `nonlocal` at module level, and the `except*`
/// rules (no `break`/`continue`/`return` leaving the block, no mixing with `except`).
pub fn check_placement(body: &[Stmt]) -> Result<(), RawError> {
    let mut stack: Vec<Frame<'_>> = body
        .iter()
        .rev()
        .map(|s| (s, false, false, true, 0))
        .collect();
    const STAR_MSG: &str = "'break', 'continue' and 'return' cannot appear in an except* block";
    while let Some((s, in_func, in_loop, module, star)) = stack.pop() {
        match &s.node {
            StmtKind::Return(_) if !in_func => {
                return Err(span_err("'return' outside function".into(), s.span))
            }
            StmtKind::Break if !in_loop => {
                return Err(span_err("'break' outside loop".into(), s.span))
            }
            StmtKind::Continue if !in_loop => {
                return Err(span_err("'continue' not properly in loop".into(), s.span))
            }
            StmtKind::Return(_) if star & STAR_RETURN != 0 => {
                return Err(span_err(STAR_MSG.into(), s.span))
            }
            StmtKind::Break | StmtKind::Continue if star & STAR_LOOP != 0 => {
                return Err(span_err(STAR_MSG.into(), s.span))
            }
            StmtKind::Nonlocal(_) if module => {
                return Err(span_err(
                    "nonlocal declaration not allowed at module level".into(),
                    s.span,
                ))
            }
            StmtKind::If { body, orelse, .. } => {
                push(orelse, in_func, in_loop, module, star, &mut stack);
                push(body, in_func, in_loop, module, star, &mut stack);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                push(orelse, in_func, in_loop, module, star, &mut stack);
                push(body, in_func, true, module, star & !STAR_LOOP, &mut stack);
            }
            StmtKind::FunctionDef(f) => push(&f.body, true, false, false, 0, &mut stack),
            StmtKind::ClassDef(c) => push(&c.body, false, false, false, 0, &mut stack),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let is_star = check_try_star(handlers)?;
                push(finalbody, in_func, in_loop, module, star, &mut stack);
                push(orelse, in_func, in_loop, module, star, &mut stack);
                let hstar = if is_star {
                    STAR_LOOP | STAR_RETURN
                } else {
                    star
                };
                for h in handlers.iter().rev() {
                    push(&h.body, in_func, in_loop, module, hstar, &mut stack);
                }
                push(body, in_func, in_loop, module, star, &mut stack);
            }
            StmtKind::With { body, .. } => push(body, in_func, in_loop, module, star, &mut stack),
            StmtKind::Match { cases, .. } => {
                for c in cases.iter().rev() {
                    push(&c.body, in_func, in_loop, module, star, &mut stack);
                }
            }
            _ => {}
        }
    }
    Ok(())
}
