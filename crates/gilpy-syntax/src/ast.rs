//! The abstract syntax tree produced by the parser.
//!
//! Every statement and expression carries a [`Span`] (byte offsets into the source), so
//! the compiler can attach line numbers to bytecode and errors can point at the text.
//! Assignment targets are parsed as expressions and validated afterwards (see
//! `validate.rs`), which keeps the grammar free of conflicts.

use num_bigint::BigInt;

/// A half-open byte range `start..end` in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A node with its source span.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Self {
        Spanned { node, span }
    }
}

pub type Expr = Spanned<ExprKind>;
pub type Stmt = Spanned<StmtKind>;
/// An identifier with its span.
pub type Ident = Spanned<String>;

/// A whole source file.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect.
    Expr(Expr),
    /// `a = b = value`: `targets` in source order (`[a, b]`).
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`; `op` is the arithmetic operator (`+` for `+=`).
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. In a class body, a plain name's annotation is
    /// evaluated and recorded in the class's `__annotations__` (dataclasses read it);
    /// elsewhere the annotation is not evaluated.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    /// `elif` is an `If` as the only statement of `orelse`.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    FunctionDef(Box<FunctionDef>),
    Return(Option<Expr>),
    ClassDef(Box<ClassDef>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Delete(Vec<Expr>),
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from module import x, y as z`
    ImportFrom {
        module: Ident,
        names: Vec<Alias>,
    },
    /// `match subject:` with its `case` blocks in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// `case pattern if guard: body`
#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

pub type Pattern = Spanned<PatternKind>;

/// A `match` pattern (CPython's `ast.pattern` family).
#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    /// A literal or dotted-name value, compared with `==`.
    Value(Expr),
    /// `None`, `True`, `False`: compared with `is`.
    Singleton(Expr),
    /// `[p, *rest, q]` or `(p, q)`.
    Sequence(Vec<Pattern>),
    /// `*name` (or `*_` with `None`) inside a sequence pattern.
    Star(Option<Ident>),
    /// `{key: p, **rest}`; `keys` are literals or dotted names.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `Cls(p, attr=q)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd: Vec<(Ident, Pattern)>,
    },
    /// `p as name`, a capture `name` (no pattern), or the wildcard `_` (neither).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    /// `p | q | r`
    Or(Vec<Pattern>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub params: Parameters,
    /// The `-> annotation`, if any.
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
    /// Plain `@name` / `@a.b` / `@f(x)` decorators, outermost first.
    pub decorators: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    /// `class C(Base, flag=1)`: keyword arguments, passed to `__init_subclass__`.
    pub keywords: Vec<(Ident, Expr)>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A function's parameter list: `def f(a, b=1, *args, c, d=2, **kw)`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parameters {
    /// Positional parameters, in order (`a`, `b`); the first `posonly` of them were
    /// written before a `/` and are positional-only.
    pub args: Vec<Param>,
    /// How many of `args` are positional-only.
    pub posonly: usize,
    /// `*args`, if present.
    pub vararg: Option<Ident>,
    /// Keyword-only parameters (after `*` or `*args`): `c`, `d`.
    pub kwonly: Vec<Param>,
    /// `**kw`, if present.
    pub kwarg: Option<Ident>,
    /// `name: annotation` pairs in parameter order (positional, `*args`, keyword-only,
    /// `**kw`), as CPython builds `__annotations__`.
    pub annotations: Vec<(Ident, Expr)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub default: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// The `as name` binding.
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// `except*` (exception groups).
    pub star: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `name` or `name as asname`; `name` may be dotted (`a.b.c`) in `import`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(String),
    /// An integer literal that fits in an `i64`.
    Int(i64),
    /// An integer literal that does not.
    BigInt(Box<BigInt>),
    Float(f64),
    /// An imaginary literal (`2j`): the imaginary part.
    Imag(f64),
    /// `...`
    Ellipsis,
    /// A string literal; adjacent literals are already concatenated.
    Str(String),
    /// A bytes literal; adjacent literals are already concatenated.
    Bytes(Vec<u8>),
    /// An f-string (possibly concatenated with plain literals).
    FString(Vec<FStringPart>),
    Bool(bool),
    None,
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b`, `a or b` (short-circuit).
    BoolOp {
        op: BoolOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `a < b <= c`: `left` = a, `ops` = [(<, b), (<=, c)].
    Compare {
        left: Box<Expr>,
        ops: Vec<(CmpOp, Expr)>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        params: Box<Parameters>,
        body: Box<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step`; only appears as a subscript index (or inside a tuple index).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **other}`: a `None` key is a `**other` unpacking.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// `*x` in a display, a call argument list or an assignment target.
    Starred(Box<Expr>),
    /// `target := value`
    NamedExpr {
        target: Ident,
        value: Box<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// A generator expression (compiled as a generator function).
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `yield` / `yield value`
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`
    YieldFrom(Box<Expr>),
}

/// One part of an f-string.
#[derive(Debug, Clone, PartialEq)]
pub enum FStringPart {
    Literal(String),
    /// `{expr!conv:spec}`; `spec` may itself contain replacement fields.
    Field {
        expr: Box<Expr>,
        /// `Some('r')`, `Some('s')` or `Some('a')`.
        conversion: Option<char>,
        spec: Vec<FStringPart>,
    },
}

/// `for target in iter if cond1 if cond2`
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// One argument in a call.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Positional(Expr),
    /// `*xs`
    Starred(Expr),
    /// `name=value`
    Keyword(Ident, Expr),
    /// `**kw`
    DoubleStarred(Expr),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    /// `@`
    MatMul,
}

impl BinOp {
    /// The operator as written in source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::MatMul => "@",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `not x`
    Not,
    /// `~x`
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
