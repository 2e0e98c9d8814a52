"""Print CPython's AST of a file in the s-expression form of tests/support/sexpr.rs,
so `tests/differential.rs` can compare our parser with CPython's."""
import ast
import json
import sys

BIN = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
       ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|",
       ast.BitXor: "^", ast.BitAnd: "&", ast.MatMult: "@"}
UN = {ast.USub: "-", ast.UAdd: "+", ast.Not: "not", ast.Invert: "~"}
CMP = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
       ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}


def s(x):
    return json.dumps(x, ensure_ascii=False)


def opt(e):
    return "_" if e is None else ex(e)


def block(b):
    return "(" + " ".join(st(x) for x in b) + ")"


def params(a):
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    args = " ".join(f"({p.arg} {opt(d)})" for p, d in zip(positional, defaults))
    if a.posonlyargs:
        args = f"/{len(a.posonlyargs)} " + args
    kw = " ".join(f"({p.arg} {opt(d)})" for p, d in zip(a.kwonlyargs, a.kw_defaults))
    va = a.vararg.arg if a.vararg else "_"
    kwa = a.kwarg.arg if a.kwarg else "_"
    return f"(params ({args}) {va} ({kw}) {kwa})"


def comps(gens):
    return " ".join(f"(for {ex(g.target)} {ex(g.iter)}" + "".join(" " + ex(i) for i in g.ifs) + ")"
                    for g in gens)


def fparts(values):
    out = []
    for v in values:
        if isinstance(v, ast.Constant):
            out.append(s(v.value))
        else:
            conv = "_" if v.conversion == -1 else chr(v.conversion)
            spec = fparts(v.format_spec.values) if v.format_spec else ""
            out.append(f"(field {ex(v.value)} {conv}{(' ' + spec) if spec else ''})")
    return " ".join(out)


def ex(e):
    t = type(e)
    if t is ast.Name:
        return e.id
    if t is ast.Constant:
        v = e.value
        if v is None or isinstance(v, bool):
            return repr(v)
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            return "f" + repr(v)
        if isinstance(v, str):
            return s(v)
        if isinstance(v, bytes):
            return repr(v)
        if v is Ellipsis:
            return "..."
        if isinstance(v, complex):
            return "j" + repr(v.imag)
        return "?const"
    if t is ast.JoinedStr:
        return f"(fstr {fparts(e.values)})"
    if t is ast.BinOp:
        return f"({BIN[type(e.op)]} {ex(e.left)} {ex(e.right)})"
    if t is ast.UnaryOp:
        return f"(u{UN[type(e.op)]} {ex(e.operand)})"
    if t is ast.BoolOp:
        op = "and" if isinstance(e.op, ast.And) else "or"
        acc = ex(e.values[0])
        for v in e.values[1:]:
            acc = f"({op} {acc} {ex(v)})"
        return acc
    if t is ast.Compare:
        return f"(cmp {ex(e.left)}" + "".join(f" {CMP[type(o)]} {ex(c)}" for o, c in zip(e.ops, e.comparators)) + ")"
    if t is ast.IfExp:
        return f"(ifexp {ex(e.test)} {ex(e.body)} {ex(e.orelse)})"
    if t is ast.Lambda:
        return f"(lambda {params(e.args)} {ex(e.body)})"
    if t is ast.Call:
        args = []
        for a in e.args:
            args.append(f"(star {ex(a.value)})" if isinstance(a, ast.Starred) else ex(a))
        for k in e.keywords:
            args.append(f"(dstar {ex(k.value)})" if k.arg is None else f"(kw {k.arg} {ex(k.value)})")
        return f"(call {ex(e.func)}" + "".join(" " + a for a in args) + ")"
    if t is ast.Attribute:
        return f"(. {ex(e.value)} {e.attr})"
    if t is ast.Subscript:
        return f"([] {ex(e.value)} {ex(e.slice)})"
    if t is ast.Slice:
        return f"(slice {opt(e.lower)} {opt(e.upper)} {opt(e.step)})"
    if t in (ast.List, ast.Tuple, ast.Set):
        name = {ast.List: "list", ast.Tuple: "tuple", ast.Set: "set"}[t]
        return f"({name}" + "".join(" " + ex(x) for x in e.elts) + ")"
    if t is ast.Dict:
        return "(dict" + "".join(f" ({opt(k)} {ex(v)})" for k, v in zip(e.keys, e.values)) + ")"
    if t is ast.Starred:
        return f"(* {ex(e.value)})"
    if t is ast.NamedExpr:
        return f"(:= {e.target.id} {ex(e.value)})"
    if t is ast.ListComp:
        return f"(listcomp {ex(e.elt)} {comps(e.generators)})"
    if t is ast.SetComp:
        return f"(setcomp {ex(e.elt)} {comps(e.generators)})"
    if t is ast.GeneratorExp:
        return f"(genexp {ex(e.elt)} {comps(e.generators)})"
    if t is ast.DictComp:
        return f"(dictcomp {ex(e.key)} {ex(e.value)} {comps(e.generators)})"
    return f"?{t.__name__}"


def pat(p):
    t = type(p)
    if t is ast.MatchValue:
        return f"(val {ex(p.value)})"
    if t is ast.MatchSingleton:
        return f"(single {p.value!r})"
    if t is ast.MatchSequence:
        return "(seq" + "".join(" " + pat(x) for x in p.patterns) + ")"
    if t is ast.MatchStar:
        return f"(star {p.name or '_'})"
    if t is ast.MatchMapping:
        items = "".join(f" ({ex(k)} {pat(v)})" for k, v in zip(p.keys, p.patterns))
        return f"(map{items} {p.rest or '_'})"
    if t is ast.MatchClass:
        pos = "".join(" " + pat(x) for x in p.patterns)
        kw = "".join(f" (kw {k} {pat(v)})" for k, v in zip(p.kwd_attrs, p.kwd_patterns))
        return f"(class {ex(p.cls)}{pos}{kw})"
    if t is ast.MatchAs:
        inner = "_" if p.pattern is None else pat(p.pattern)
        return f"(as {inner} {p.name or '_'})"
    if t is ast.MatchOr:
        return "(or" + "".join(" " + pat(x) for x in p.patterns) + ")"
    return f"?{t.__name__}"


def alias(a):
    return f"({a.name} {a.asname or '_'})"


def st(x):
    t = type(x)
    if t is ast.Expr:
        return f"(expr {ex(x.value)})"
    if t is ast.Assign:
        return "(assign (" + " ".join(ex(a) for a in x.targets) + f") {ex(x.value)})"
    if t is ast.AnnAssign:
        return "pass" if x.value is None else f"(assign ({ex(x.target)}) {ex(x.value)})"
    if t is ast.AugAssign:
        return f"(aug {BIN[type(x.op)]} {ex(x.target)} {ex(x.value)})"
    if t is ast.Global:
        return "(global " + " ".join(x.names) + ")"
    if t is ast.Nonlocal:
        return "(nonlocal " + " ".join(x.names) + ")"
    if t is ast.If:
        return f"(if {ex(x.test)} {block(x.body)} {block(x.orelse)})"
    if t is ast.While:
        return f"(while {ex(x.test)} {block(x.body)} {block(x.orelse)})"
    if t is ast.For:
        return f"(for {ex(x.target)} {ex(x.iter)} {block(x.body)} {block(x.orelse)})"
    if t is ast.Break:
        return "break"
    if t is ast.Continue:
        return "continue"
    if t is ast.Pass:
        return "pass"
    if t is ast.FunctionDef:
        decos = "(" + " ".join(ex(d) for d in x.decorator_list) + ")"
        return f"(def {x.name} {params(x.args)} {decos} {block(x.body)})"
    if t is ast.Return:
        return f"(return {opt(x.value)})"
    if t is ast.ClassDef:
        decos = "(" + " ".join(ex(d) for d in x.decorator_list) + ")"
        bases = "(" + " ".join(ex(b) for b in x.bases) + ")"
        return f"(class {x.name} {bases} {decos} {block(x.body)})"
    if t is ast.Try:
        hs = " ".join(f"(except {opt(h.type)} {h.name or '_'} {block(h.body)})" for h in x.handlers)
        return f"(try {block(x.body)} ({hs}) {block(x.orelse)} {block(x.finalbody)})"
    if t is ast.Raise:
        return f"(raise {opt(x.exc)} {opt(x.cause)})"
    if t is ast.With:
        items = " ".join(f"({ex(i.context_expr)} {opt(i.optional_vars)})" for i in x.items)
        return f"(with ({items}) {block(x.body)})"
    if t is ast.Assert:
        return f"(assert {ex(x.test)} {opt(x.msg)})"
    if t is ast.Delete:
        return "(del " + " ".join(ex(a) for a in x.targets) + ")"
    if t is ast.Import:
        return "(import " + " ".join(alias(a) for a in x.names) + ")"
    if t is ast.Match:
        cases = " ".join(f"(case {pat(c.pattern)} {opt(c.guard)} {block(c.body)})" for c in x.cases)
        return f"(match {ex(x.subject)} {cases})"
    if t is ast.ImportFrom:
        return f"(from {x.module} " + " ".join(alias(a) for a in x.names) + ")"
    return f"?{t.__name__}"


src = open(sys.argv[1], encoding="utf-8").read()
compile(src, sys.argv[1], "exec")  # the compile-time SyntaxErrors too
for stmt in ast.parse(src).body:
    print(st(stmt))
