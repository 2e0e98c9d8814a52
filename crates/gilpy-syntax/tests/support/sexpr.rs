//! A compact s-expression rendering of the AST, the same form as
//! `tests/support/ast_sexpr.py` prints for CPython's AST.

use gilpy_syntax::ast::*;

#[allow(dead_code)]
pub fn json(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn opt(e: &Option<Expr>) -> String {
    e.as_ref().map_or("_".to_string(), expr)
}

fn optb(e: &Option<Box<Expr>>) -> String {
    e.as_ref().map_or("_".to_string(), |e| expr(e))
}

fn block(b: &[Stmt]) -> String {
    format!("({})", b.iter().map(stmt).collect::<Vec<_>>().join(" "))
}

fn params(p: &Parameters) -> String {
    let ps = |v: &[Param]| {
        v.iter()
            .map(|p| {
                let d = p.default.as_ref().map_or("_".to_string(), expr);
                format!("({} {d})", p.name.node)
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let name = |n: &Option<Ident>| n.as_ref().map_or("_".to_string(), |n| n.node.clone());
    let positional = if p.posonly > 0 {
        format!("/{} {}", p.posonly, ps(&p.args))
    } else {
        ps(&p.args)
    };
    format!(
        "(params ({}) {} ({}) {})",
        positional,
        name(&p.vararg),
        ps(&p.kwonly),
        name(&p.kwarg)
    )
}

fn comps(g: &[Comprehension]) -> String {
    g.iter()
        .map(|c| {
            let ifs: String = c.ifs.iter().map(|i| format!(" {}", expr(i))).collect();
            format!("(for {} {}{ifs})", expr(&c.target), expr(&c.iter))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn fparts(parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => json(s),
            FStringPart::Field {
                expr: e,
                conversion,
                spec,
            } => {
                let conv = conversion.map_or("_".to_string(), |c| c.to_string());
                let spec = if spec.is_empty() {
                    String::new()
                } else {
                    format!(" {}", fparts(spec))
                };
                format!("(field {} {conv}{spec})", expr(e))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn list(name: &str, v: &[Expr]) -> String {
    let items: String = v.iter().map(|x| format!(" {}", expr(x))).collect();
    format!("({name}{items})")
}

pub fn expr(e: &Expr) -> String {
    match &e.node {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Int(i) => i.to_string(),
        ExprKind::BigInt(b) => b.to_string(),
        ExprKind::Float(f) => format!("f{f:?}"),
        ExprKind::Imag(f) => format!("j{f:?}"),
        ExprKind::Ellipsis => "...".to_string(),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", target.node, expr(value)),
        ExprKind::Str(s) => json(s),
        ExprKind::Bytes(b) => bytes_repr(b),
        ExprKind::FString(p) => format!("(fstr {})", fparts(p)),
        ExprKind::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        ExprKind::None => "None".to_string(),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", op.symbol(), expr(left), expr(right))
        }
        ExprKind::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                UnaryOp::Not => "not",
                UnaryOp::Invert => "~",
            };
            format!("(u{o} {})", expr(operand))
        }
        ExprKind::BoolOp { op, left, right } => {
            let o = if *op == BoolOp::And { "and" } else { "or" };
            format!("({o} {} {})", expr(left), expr(right))
        }
        ExprKind::Compare { left, ops } => {
            let rest: String = ops
                .iter()
                .map(|(o, c)| format!(" {} {}", o.symbol(), expr(c)))
                .collect();
            format!("(cmp {}{rest})", expr(left))
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(ifexp {} {} {})", expr(test), expr(body), expr(orelse))
        }
        ExprKind::Lambda { params: p, body } => format!("(lambda {} {})", params(p), expr(body)),
        ExprKind::Call { func, args } => {
            let mut pos = Vec::new();
            let mut kws = Vec::new();
            for a in args {
                match a {
                    Arg::Positional(x) => pos.push(expr(x)),
                    Arg::Starred(x) => pos.push(format!("(star {})", expr(x))),
                    Arg::Keyword(n, x) => kws.push(format!("(kw {} {})", n.node, expr(x))),
                    Arg::DoubleStarred(x) => kws.push(format!("(dstar {})", expr(x))),
                }
            }
            let all: String = pos
                .iter()
                .chain(kws.iter())
                .map(|a| format!(" {a}"))
                .collect();
            format!("(call {}{all})", expr(func))
        }
        ExprKind::Attribute { value, attr } => format!("(. {} {})", expr(value), attr.node),
        ExprKind::Subscript { value, index } => format!("([] {} {})", expr(value), expr(index)),
        ExprKind::Slice { lower, upper, step } => {
            format!("(slice {} {} {})", optb(lower), optb(upper), optb(step))
        }
        ExprKind::List(v) => list("list", v),
        ExprKind::Tuple(v) => list("tuple", v),
        ExprKind::Set(v) => list("set", v),
        ExprKind::Dict(items) => {
            let s: String = items
                .iter()
                .map(|(k, v)| format!(" ({} {})", opt(k), expr(v)))
                .collect();
            format!("(dict{s})")
        }
        ExprKind::Starred(x) => format!("(* {})", expr(x)),
        ExprKind::Yield(x) => match x {
            Some(x) => format!("(yield {})", expr(x)),
            None => "(yield)".to_string(),
        },
        ExprKind::YieldFrom(x) => format!("(yield-from {})", expr(x)),
        ExprKind::ListComp { elt, generators } => {
            format!("(listcomp {} {})", expr(elt), comps(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("(setcomp {} {})", expr(elt), comps(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {} {})", expr(elt), comps(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!(
            "(dictcomp {} {} {})",
            expr(key),
            expr(value),
            comps(generators)
        ),
    }
}

fn alias(a: &Alias) -> String {
    let asname = a.asname.as_ref().map_or("_", |n| n.node.as_str());
    format!("({} {asname})", a.name.node)
}

pub fn stmt(s: &Stmt) -> String {
    match &s.node {
        StmtKind::Expr(e) => format!("(expr {})", expr(e)),
        StmtKind::Assign { targets, value } => {
            let t: Vec<String> = targets.iter().map(expr).collect();
            format!("(assign ({}) {})", t.join(" "), expr(value))
        }
        StmtKind::AugAssign { target, op, value } => {
            format!("(aug {} {} {})", op.symbol(), expr(target), expr(value))
        }
        // Printed as the plain statement it behaves like (the CPython-side printer
        // drops annotations too).
        StmtKind::AnnAssign {
            target,
            value: Some(value),
            ..
        } => format!("(assign ({}) {})", expr(target), expr(value)),
        StmtKind::AnnAssign { value: None, .. } => "pass".to_string(),
        StmtKind::Global(n) => format!(
            "(global {})",
            n.iter()
                .map(|n| n.node.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::Nonlocal(n) => format!(
            "(nonlocal {})",
            n.iter()
                .map(|n| n.node.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::If { test, body, orelse } => {
            format!("(if {} {} {})", expr(test), block(body), block(orelse))
        }
        StmtKind::While { test, body, orelse } => {
            format!("(while {} {} {})", expr(test), block(body), block(orelse))
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => format!(
            "(for {} {} {} {})",
            expr(target),
            expr(iter),
            block(body),
            block(orelse)
        ),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Pass => "pass".into(),
        StmtKind::FunctionDef(f) => format!(
            "(def {} {} {} {})",
            f.name.node,
            params(&f.params),
            list("", &f.decorators).replacen("( ", "(", 1),
            block(&f.body)
        ),
        StmtKind::Return(e) => format!("(return {})", opt(e)),
        StmtKind::ClassDef(c) => format!(
            "(class {} {} {} {})",
            c.name.node,
            list("", &c.bases).replacen("( ", "(", 1),
            list("", &c.decorators).replacen("( ", "(", 1),
            block(&c.body)
        ),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let hs: Vec<String> = handlers
                .iter()
                .map(|h| {
                    format!(
                        "(except {} {} {})",
                        opt(&h.typ),
                        h.name.as_ref().map_or("_", |n| n.node.as_str()),
                        block(&h.body)
                    )
                })
                .collect();
            format!(
                "(try {} ({}) {} {})",
                block(body),
                hs.join(" "),
                block(orelse),
                block(finalbody)
            )
        }
        StmtKind::Raise { exc, cause } => format!("(raise {} {})", opt(exc), opt(cause)),
        StmtKind::With { items, body } => {
            let it: Vec<String> = items
                .iter()
                .map(|i| format!("({} {})", expr(&i.context), opt(&i.target)))
                .collect();
            format!("(with ({}) {})", it.join(" "), block(body))
        }
        StmtKind::Assert { test, msg } => format!("(assert {} {})", expr(test), opt(msg)),
        StmtKind::Delete(v) => list("del", v),
        StmtKind::Import(a) => format!(
            "(import {})",
            a.iter().map(alias).collect::<Vec<_>>().join(" ")
        ),
        StmtKind::ImportFrom { module, names } => format!(
            "(from {} {})",
            module.node,
            names.iter().map(alias).collect::<Vec<_>>().join(" ")
        ),
        StmtKind::Match { subject, cases } => {
            let cases: Vec<String> = cases
                .iter()
                .map(|c| {
                    format!(
                        "(case {} {} {})",
                        pattern(&c.pattern),
                        opt(&c.guard),
                        block(&c.body)
                    )
                })
                .collect();
            format!("(match {} {})", expr(subject), cases.join(" "))
        }
    }
}

fn name_or(n: &Option<Ident>) -> String {
    n.as_ref().map_or("_".to_string(), |n| n.node.clone())
}

fn pattern(p: &Pattern) -> String {
    let many = |v: &[Pattern]| -> String { v.iter().map(|x| format!(" {}", pattern(x))).collect() };
    match &p.node {
        PatternKind::Value(e) => format!("(val {})", expr(e)),
        PatternKind::Singleton(e) => format!("(single {})", expr(e)),
        PatternKind::Sequence(v) => format!("(seq{})", many(v)),
        PatternKind::Star(n) => format!("(star {})", name_or(n)),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let items: String = keys
                .iter()
                .zip(patterns)
                .map(|(k, v)| format!(" ({} {})", expr(k), pattern(v)))
                .collect();
            format!("(map{items} {})", name_or(rest))
        }
        PatternKind::Class { cls, patterns, kwd } => {
            let kw: String = kwd
                .iter()
                .map(|(k, v)| format!(" (kw {} {})", k.node, pattern(v)))
                .collect();
            format!("(class {}{}{kw})", expr(cls), many(patterns))
        }
        PatternKind::As {
            pattern: inner,
            name,
        } => {
            let inner = inner.as_ref().map_or("_".to_string(), |p| pattern(p));
            format!("(as {inner} {})", name_or(name))
        }
        PatternKind::Or(v) => format!("(or{})", many(v)),
    }
}

#[allow(dead_code)]
pub fn module(m: &Module) -> String {
    m.body.iter().map(|s| format!("{}\n", stmt(s))).collect()
}

/// Python's `repr` of a bytes value (what `ast_sexpr.py` prints for a bytes constant).
fn bytes_repr(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = format!("b{q}");
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            _ if c as char == q => {
                s.push('\\');
                s.push(q);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(q);
    s
}
