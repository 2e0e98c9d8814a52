//! Scope analysis: which names are locals (slots), cells, free variables, globals, or
//! class-namespace names, for every function, lambda, comprehension and class body.
//!
//! Two passes, as in CPython's symtable: first collect, per scope, how each name is used
//! (bound, read, declared `global`/`nonlocal`, parameter); then resolve every name top-down,
//! turning captured locals into cells and threading free variables through intermediate
//! scopes. Scopes are found again by the compiler through the address of their AST node,
//! which stays fixed because the compiler borrows the same tree.

use std::collections::HashMap;

use gilpy_syntax::ast::*;

use crate::error::{SourceMap, SyntaxError};

/// Past this nesting depth compilation stops with `too many nested expressions`. The
/// parser already refuses trees deeper than [`gilpy_syntax::MAX_DEPTH`]; the margin
/// covers the few extra levels the compiler counts (comprehension loops, targets).
pub const MAX_DEPTH: u32 = gilpy_syntax::MAX_DEPTH + 200;

/// What kind of code a scope compiles to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module body: every name is global.
    Module,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
    /// A class body: its names live in the class namespace.
    Class,
}

/// How the code of one scope reaches one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// A local slot (`LoadFast`).
    Fast(u32),
    /// A cell, indexed in `cellvars ++ freevars` (`LoadDeref`).
    Deref(u32),
    /// Module globals, then builtins (`LoadGlobal`).
    Global,
    /// Class namespace, then globals, then builtins (`LoadName`).
    Name,
}

/// How a name resolved in its scope, before slots are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resolution {
    Local,
    Free,
    Global,
    Name,
}

const BOUND: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;

/// The analysis result for one scope.
#[derive(Debug, Clone)]
pub struct Scope {
    /// What the scope compiles to.
    pub kind: ScopeKind,
    /// `<module>`, the function or class name, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    /// Dotted path: `Outer.method`, `f.<locals>.g`.
    pub qualname: String,
    /// The enclosing scope's index in [`ScopeTable::scopes`].
    pub parent: Option<usize>,
    /// The class whose name mangles `__private` names here, if any.
    pub mangle_class: Option<String>,
    /// Where the scope's node starts.
    pub span: Span,
    /// Parameter names in slot order (positional, keyword-only, `*args`, `**kwargs`).
    pub params: Vec<String>,
    /// Local slot names, parameters first.
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes.
    pub cellvars: Vec<String>,
    /// For each cellvar, the parameter slot that seeds it.
    pub cell_params: Vec<Option<u32>>,
    /// Names captured from enclosing scopes.
    pub freevars: Vec<String>,
    /// Class bodies: some method uses `super` or `__class__`.
    pub needs_class_cell: bool,
    /// Contains `yield` (or is a generator expression): calling it makes a generator.
    pub is_generator: bool,
    flags: HashMap<String, u8>,
    /// Names in first-seen order, so slot numbering is deterministic.
    order: Vec<String>,
    /// Where each `nonlocal` name was declared (for the "no binding" error).
    nonlocal_spans: HashMap<String, Span>,
    resolved: HashMap<String, Resolution>,
    /// The final answer of [`Scope::access`] for every name seen here.
    access: HashMap<String, Access>,
    uses_class_ref: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, parent: Option<usize>, span: Span) -> Self {
        Scope {
            kind,
            qualname: name.clone(),
            name,
            parent,
            mangle_class: None,
            span,
            params: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            cell_params: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            is_generator: false,
            flags: HashMap::new(),
            order: Vec::new(),
            nonlocal_spans: HashMap::new(),
            resolved: HashMap::new(),
            access: HashMap::new(),
            uses_class_ref: false,
        }
    }

    /// How code in this scope reaches `name` (already mangled).
    pub fn access(&self, name: &str) -> Access {
        match self.access.get(name) {
            Some(a) => *a,
            None => self.default_access(),
        }
    }

    /// Numbers a resolved name (once slots and cells are final).
    fn compute_access(&self, name: &str, res: Resolution) -> Access {
        match res {
            Resolution::Global => Access::Global,
            Resolution::Name => Access::Name,
            Resolution::Local => {
                if let Some(i) = self.cellvars.iter().position(|c| c == name) {
                    Access::Deref(i as u32)
                } else if let Some(i) = self.varnames.iter().position(|v| v == name) {
                    Access::Fast(i as u32)
                } else {
                    self.default_access()
                }
            }
            Resolution::Free => match self.freevars.iter().position(|c| c == name) {
                Some(i) => Access::Deref((self.cellvars.len() + i) as u32),
                None => self.default_access(),
            },
        }
    }

    fn default_access(&self) -> Access {
        match self.kind {
            ScopeKind::Class => Access::Name,
            _ => Access::Global,
        }
    }

    /// The cell index (in `cellvars ++ freevars`) of `name`, for building closures.
    pub fn closure_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (self.cellvars.len() + i) as u32)
    }

    /// Is `name` a parameter or other local of this scope that is bound here?
    pub fn is_local(&self, name: &str) -> bool {
        self.resolved.get(name) == Some(&Resolution::Local)
    }
}

/// Every scope of a module, found by the address of its AST node.
#[derive(Debug, Clone)]
pub struct ScopeTable {
    /// All scopes, the module first, parents before children.
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    /// Names that are the target of `name += x` anywhere in the module, where `x` may
    /// be a string (see [`appends_in_place`]). Every other load of these names marks
    /// the value as shared, so `s += ch` may append to `s` in place.
    pub appended: std::collections::HashSet<String>,
}

/// Is `name += value` a site where the VM may append to a string in place? When
/// `value` cannot be a string (a number, a display, a comprehension) the site stays a
/// plain `+=`, so the name's other loads stay plain too.
///
/// Between loading `name` and storing it back nothing else may see or change the
/// string: other loads of the name mark it shared (`Load*Shared`). A fast local is
/// private to its frame, so any `value` is fine. A global is not: when `value` may run
/// code (see [`runs_no_code`]) the load is `LoadGlobalAppend`, which the VM remembers
/// until the append, marking it shared if a thread hand-off or another global append
/// comes first.
pub fn appends_in_place(op: BinOp, value: &Expr) -> bool {
    op == BinOp::Add
        && !matches!(
            value.node,
            ExprKind::Int(_)
                | ExprKind::BigInt(_)
                | ExprKind::Float(_)
                | ExprKind::Imag(_)
                | ExprKind::Bool(_)
                | ExprKind::None
                | ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::Set(_)
                | ExprKind::Dict(_)
                | ExprKind::ListComp { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Lambda { .. }
        )
}

/// Does evaluating `value` run no user code (a name or a string literal)? Then no other
/// code, and no other thread except at the instruction boundaries the hand-off checks,
/// can come between an append site's load and its append.
pub fn runs_no_code(value: &Expr) -> bool {
    matches!(value.node, ExprKind::Name(_) | ExprKind::Str(_))
}

impl ScopeTable {
    /// The scope of a node (`FunctionDef`, `ClassDef`, or a lambda / comprehension `Expr`).
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// `__private` → `_Class__private` inside class `Class`, as CPython does.
pub fn mangle<'n>(class: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    if let Some(class) = class {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = class.trim_start_matches('_');
            if !stripped.is_empty() {
                return std::borrow::Cow::Owned(format!("_{stripped}{name}"));
            }
        }
    }
    std::borrow::Cow::Borrowed(name)
}

/// Analyses a module.
pub fn analyze(module: &Module, map: &SourceMap<'_>) -> Result<ScopeTable, SyntaxError> {
    let mut c = Collector {
        scopes: vec![Scope::new(
            ScopeKind::Module,
            "<module>".into(),
            None,
            Span::default(),
        )],
        by_node: HashMap::new(),
        appended: std::collections::HashSet::new(),
        comp_iter: 0,
        cur: 0,
        depth: 0,
        map,
    };
    c.stmts(&module.body)?;
    let mut table = ScopeTable {
        scopes: c.scopes,
        by_node: c.by_node,
        appended: c.appended,
    };
    resolve(&mut table, map)?;
    Ok(table)
}

struct Collector<'m, 's> {
    scopes: Vec<Scope>,
    appended: std::collections::HashSet<String>,
    /// Inside a comprehension's iterable expression (no `:=` allowed there).
    comp_iter: u32,
    by_node: HashMap<usize, usize>,
    cur: usize,
    depth: u32,
    map: &'m SourceMap<'s>,
}

impl Collector<'_, '_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.scopes[self.cur].mangle_class.as_deref(), name).into_owned()
    }

    fn add_flag(&mut self, name: &str, flag: u8) {
        let name = self.mangled(name);
        let cur = self.cur;
        add_flag_at(&mut self.scopes[cur], &name, flag);
    }

    fn bind(&mut self, name: &str) {
        self.add_flag(name, BOUND);
    }

    fn use_name(&mut self, name: &str) {
        if name == "super" || name == "__class__" {
            let kind = self.scope().kind;
            if kind != ScopeKind::Class && kind != ScopeKind::Module {
                self.scope().uses_class_ref = true;
            }
        }
        self.add_flag(name, USED);
    }

    /// Opens a child scope for `node` and makes it current; returns the previous one.
    fn push<T>(&mut self, node: &T, kind: ScopeKind, name: &str, span: Span) -> usize {
        let parent = self.cur;
        let mut scope = Scope::new(kind, name.to_string(), Some(parent), span);
        let p = &self.scopes[parent];
        scope.qualname = match p.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", p.qualname, name),
            _ => format!("{}.<locals>.{}", p.qualname, name),
        };
        scope.mangle_class = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            p.mangle_class.clone()
        };
        let id = self.scopes.len();
        self.scopes.push(scope);
        self.by_node.insert(node as *const T as usize, id);
        self.cur = id;
        parent
    }

    fn enter(&mut self, span: Span) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.map.error("too many nested expressions", span));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        self.enter(s.span)?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.node {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                // Function bodies do not evaluate annotations (see the compiler).
                let kind = self.scopes[self.cur].kind;
                let simple = matches!(target.node, ExprKind::Name(_));
                if simple && (kind == ScopeKind::Class || kind == ScopeKind::Module) {
                    self.expr(annotation)?;
                }
                if value.is_some() || matches!(target.node, ExprKind::Name(_)) {
                    self.target(target)
                } else {
                    self.expr(target)
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.node {
                    if appends_in_place(*op, value) {
                        self.appended.insert(n.clone());
                    }
                    self.use_name(n);
                    self.bind(n);
                    Ok(())
                } else {
                    self.expr(target)
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.declare(n, true)?;
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(self
                        .map
                        .error("nonlocal declaration not allowed at module level", s.span));
                }
                for n in names {
                    self.declare(n, false)?;
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => Ok(()),
            StmtKind::FunctionDef(f) => self.function_def(f, s.span),
            StmtKind::Return(v) => match v {
                Some(v) => self.expr(v),
                None => Ok(()),
            },
            StmtKind::ClassDef(c) => self.class_def(c, s.span),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.node);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    match &a.asname {
                        Some(n) => self.bind(&n.node),
                        None => {
                            let top = a.name.node.split('.').next().unwrap_or("");
                            self.bind(top);
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name.node == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(self
                                .map
                                .error("import * only allowed at module level", a.name.span));
                        }
                        continue;
                    }
                    self.bind(&a.asname.as_ref().unwrap_or(&a.name).node);
                }
                Ok(())
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
                Ok(())
            }
        }
    }

    /// `global` (is_global) or `nonlocal` declaration of one name.
    fn declare(&mut self, ident: &Ident, is_global: bool) -> Result<(), SyntaxError> {
        let name = self.mangled(&ident.node);
        let flags = self.scope().flags.get(&name).copied().unwrap_or(0);
        let what = if is_global { "global" } else { "nonlocal" };
        let n = &ident.node;
        let msg = if flags & PARAM != 0 {
            Some(format!("name '{n}' is parameter and {what}"))
        } else if flags & USED != 0 {
            Some(format!("name '{n}' is used prior to {what} declaration"))
        } else if flags & BOUND != 0 {
            Some(format!(
                "name '{n}' is assigned to before {what} declaration"
            ))
        } else if is_global && flags & NONLOCAL != 0 || !is_global && flags & GLOBAL != 0 {
            Some(format!("name '{n}' is nonlocal and global"))
        } else {
            None
        };
        if let Some(msg) = msg {
            return Err(self.map.error(msg, ident.span));
        }
        if !is_global {
            self.scope().nonlocal_spans.insert(name, ident.span);
        }
        self.add_flag(&ident.node, if is_global { GLOBAL } else { NONLOCAL });
        Ok(())
    }

    fn params(&mut self, params: &Parameters) -> Result<(), SyntaxError> {
        // Defaults are evaluated in the enclosing scope.
        for p in params.args.iter().chain(&params.kwonly) {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        // So are annotations (CPython 3.11 evaluates them at definition time).
        for (_, a) in &params.annotations {
            self.expr(a)?;
        }
        Ok(())
    }

    fn declare_params(&mut self, params: &Parameters) -> Result<(), SyntaxError> {
        let names = params
            .args
            .iter()
            .chain(&params.kwonly)
            .map(|p| &p.name)
            .chain(&params.vararg)
            .chain(&params.kwarg);
        // Slot order: positional, keyword-only, *args, **kwargs.
        let mut seen = Vec::new();
        for ident in names {
            let name = self.mangled(&ident.node);
            if seen.contains(&name) {
                return Err(self.map.error(
                    format!("duplicate argument '{}' in function definition", ident.node),
                    ident.span,
                ));
            }
            seen.push(name);
            self.add_flag(&ident.node, PARAM);
        }
        self.scope().params = seen;
        Ok(())
    }

    fn function_def(&mut self, f: &FunctionDef, span: Span) -> Result<(), SyntaxError> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.params(&f.params)?;
        if let Some(r) = &f.returns {
            self.expr(r)?;
        }
        self.bind(&f.name.node);
        let prev = self.push(f, ScopeKind::Function, &f.name.node, span);
        self.declare_params(&f.params)?;
        let r = self.stmts(&f.body);
        self.cur = prev;
        r
    }

    fn class_def(&mut self, c: &ClassDef, span: Span) -> Result<(), SyntaxError> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        for b in &c.bases {
            self.expr(b)?;
        }
        for (_, v) in &c.keywords {
            self.expr(v)?;
        }
        self.bind(&c.name.node);
        let prev = self.push(c, ScopeKind::Class, &c.name.node, span);
        let r = self.stmts(&c.body);
        self.cur = prev;
        r
    }

    /// The names a pattern binds and the expressions it evaluates.
    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        self.enter(p.span)?;
        let r = match &p.node {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.bind(&n.node);
                }
                Ok(())
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().try_for_each(|k| self.expr(k))?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(n) = rest {
                    self.bind(&n.node);
                }
                Ok(())
            }
            PatternKind::Class { cls, patterns, kwd } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                kwd.iter().try_for_each(|(_, p)| self.pattern(p))
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = name {
                    self.bind(&n.node);
                }
                Ok(())
            }
        };
        self.depth -= 1;
        r
    }

    /// `target := value`: inside a comprehension the name belongs to the nearest
    /// enclosing function (or the module), as PEP 572 says.
    fn named_expr(&mut self, target: &Ident, value: &Expr, span: Span) -> Result<(), SyntaxError> {
        if self.comp_iter > 0 {
            return Err(self.map.error(
                "assignment expression cannot be used in a comprehension iterable expression",
                span,
            ));
        }
        self.expr(value)?;
        if self.scope().kind != ScopeKind::Comprehension {
            self.bind(&target.node);
            return Ok(());
        }
        let name = self.mangled(&target.node);
        let mut chain = Vec::new();
        let mut id = self.cur;
        while self.scopes[id].kind == ScopeKind::Comprehension {
            let f = self.scopes[id].flags.get(&name).copied().unwrap_or(0);
            if f & BOUND != 0 {
                return Err(self.map.error(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{}'",
                        target.node
                    ),
                    target.span,
                ));
            }
            chain.push(id);
            match self.scopes[id].parent {
                Some(p) => id = p,
                None => break,
            }
        }
        let (flag, owner_flag) =
            match self.scopes[id].kind {
                ScopeKind::Class => return Err(self.map.error(
                    "assignment expression within a comprehension cannot be used in a class body",
                    target.span,
                )),
                ScopeKind::Module => (GLOBAL, BOUND),
                _ => (NONLOCAL, BOUND),
            };
        for c in chain {
            add_flag_at(&mut self.scopes[c], &name, flag);
        }
        add_flag_at(&mut self.scopes[id], &name, owner_flag);
        Ok(())
    }

    /// An assignment (or `del`) target.
    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        self.enter(t.span)?;
        let r = match &t.node {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.target(i))
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        };
        self.depth -= 1;
        r
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        self.enter(e.span)?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.node {
            ExprKind::Name(n) => {
                self.use_name(n);
                Ok(())
            }
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Ellipsis
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Bool(_)
            | ExprKind::None => Ok(()),
            ExprKind::NamedExpr { target, value } => self.named_expr(target, value, e.span),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Yield(value) => {
                self.mark_generator(e.span)?;
                match value {
                    Some(v) => self.expr(v),
                    None => Ok(()),
                }
            }
            ExprKind::YieldFrom(value) => {
                self.mark_generator(e.span)?;
                self.expr(value)
            }
            ExprKind::BinOp { left, right, .. } | ExprKind::BoolOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Compare { left, ops } => {
                self.expr(left)?;
                ops.iter().try_for_each(|(_, r)| self.expr(r))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda { params, body } => {
                self.params(params)?;
                let prev = self.push(e, ScopeKind::Lambda, "<lambda>", e.span);
                let r = self.declare_params(params).and_then(|_| self.expr(body));
                self.cur = prev;
                r
            }
            ExprKind::Call { func, args } => {
                self.expr(func)?;
                for a in args {
                    match a {
                        Arg::Positional(x)
                        | Arg::Starred(x)
                        | Arg::Keyword(_, x)
                        | Arg::DoubleStarred(x) => self.expr(x)?,
                    }
                }
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().try_for_each(|i| self.expr(i))
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", &[elt], generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", &[elt], generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", &[elt], generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", &[key, value], generators),
        }
    }

    /// A `yield` makes the enclosing function a generator; elsewhere it is an error.
    fn mark_generator(&mut self, span: Span) -> Result<(), SyntaxError> {
        let scope = self.scope();
        let msg = match (scope.kind, scope.name.as_str()) {
            (ScopeKind::Function | ScopeKind::Lambda, _) => {
                scope.is_generator = true;
                return Ok(());
            }
            (ScopeKind::Comprehension, "<listcomp>") => "'yield' inside list comprehension",
            (ScopeKind::Comprehension, "<setcomp>") => "'yield' inside set comprehension",
            (ScopeKind::Comprehension, "<dictcomp>") => "'yield' inside dict comprehension",
            (ScopeKind::Comprehension, _) => "'yield' inside generator expression",
            (ScopeKind::Module | ScopeKind::Class, _) => "'yield' outside function",
        };
        Err(self.map.error(msg, span))
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FStringPart::Field { expr, spec, .. } = p {
                self.expr(expr)?;
                self.fstring(spec)?;
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        elts: &[&Expr],
        generators: &[Comprehension],
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.comp_iter += 1;
            let r = self.expr(&first.iter);
            self.comp_iter -= 1;
            r?;
        }
        let prev = self.push(node, ScopeKind::Comprehension, name, node.span);
        if name == "<genexpr>" {
            self.scope().is_generator = true;
        }
        let r = (|| {
            self.add_flag(".0", PARAM);
            self.scope().params = vec![".0".to_string()];
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    self.comp_iter += 1;
                    let r = self.expr(&g.iter);
                    self.comp_iter -= 1;
                    r?;
                }
                self.target(&g.target)?;
                for cond in &g.ifs {
                    self.expr(cond)?;
                }
            }
            elts.iter().try_for_each(|e| self.expr(e))
        })();
        self.cur = prev;
        r
    }
}

/// Records a use of (already mangled) `name` in `scope`.
fn add_flag_at(scope: &mut Scope, name: &str, flag: u8) {
    match scope.flags.get_mut(name) {
        Some(f) => *f |= flag,
        None => {
            scope.order.push(name.to_string());
            scope.flags.insert(name.to_string(), flag);
        }
    }
}

/// Second pass: resolve names top-down, then number slots.
fn resolve(table: &mut ScopeTable, map: &SourceMap<'_>) -> Result<(), SyntaxError> {
    // Scopes were created in pre-order, so parents come before children.
    for id in 0..table.scopes.len() {
        let names = table.scopes[id].order.clone();
        for name in names {
            let flags = table.scopes[id].flags[&name];
            let kind = table.scopes[id].kind;
            let res = if kind == ScopeKind::Module || flags & GLOBAL != 0 {
                Resolution::Global
            } else if flags & NONLOCAL != 0 {
                match find_binding(table, id, &name) {
                    Some(owner) => {
                        capture(table, id, owner, &name);
                        Resolution::Free
                    }
                    None => {
                        let span = table.scopes[id]
                            .nonlocal_spans
                            .get(&name)
                            .copied()
                            .unwrap_or_default();
                        return Err(
                            map.error(format!("no binding for nonlocal '{name}' found"), span)
                        );
                    }
                }
            } else if flags & (BOUND | PARAM) != 0 {
                if kind == ScopeKind::Class {
                    Resolution::Name
                } else {
                    Resolution::Local
                }
            } else {
                match find_binding(table, id, &name) {
                    Some(owner) => {
                        capture(table, id, owner, &name);
                        Resolution::Free
                    }
                    None if kind == ScopeKind::Class => Resolution::Name,
                    None => Resolution::Global,
                }
            };
            table.scopes[id].resolved.insert(name, res);
        }
        if table.scopes[id].uses_class_ref {
            let mut up = table.scopes[id].parent;
            while let Some(p) = up {
                match table.scopes[p].kind {
                    ScopeKind::Class => {
                        capture(table, id, p, "__class__");
                        table.scopes[p].needs_class_cell = true;
                        table.scopes[id]
                            .resolved
                            .insert("__class__".into(), Resolution::Free);
                        break;
                    }
                    ScopeKind::Module => break,
                    _ => up = table.scopes[p].parent,
                }
            }
        }
    }
    for scope in &mut table.scopes {
        let mut varnames = scope.params.clone();
        let cells: std::collections::HashSet<&String> = scope.cellvars.iter().collect();
        let mut taken: std::collections::HashSet<&String> = scope.params.iter().collect();
        for name in &scope.order {
            if scope.resolved.get(name) == Some(&Resolution::Local)
                && !cells.contains(name)
                && taken.insert(name)
            {
                varnames.push(name.clone());
            }
        }
        scope.cell_params = scope
            .cellvars
            .iter()
            .map(|c| varnames.iter().position(|v| v == c).map(|i| i as u32))
            .collect();
        scope.varnames = varnames;
        let slots: HashMap<&str, u32> = scope
            .varnames
            .iter()
            .enumerate()
            .map(|(i, v)| (v.as_str(), i as u32))
            .collect();
        let mut access = HashMap::with_capacity(scope.resolved.len());
        for (name, &res) in &scope.resolved {
            let a = match (res, slots.get(name.as_str())) {
                (Resolution::Local, Some(&i)) if !scope.cellvars.contains(name) => Access::Fast(i),
                _ => scope.compute_access(name, res),
            };
            access.insert(name.clone(), a);
        }
        scope.access = access;
    }
    Ok(())
}

/// The enclosing function-like scope that binds `name` for scope `id`, skipping class
/// bodies (their namespace is not visible to nested code) and passing through scopes that
/// declare it `nonlocal`.
fn find_binding(table: &ScopeTable, id: usize, name: &str) -> Option<usize> {
    let mut up = table.scopes[id].parent;
    while let Some(p) = up {
        let scope = &table.scopes[p];
        match scope.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class => {}
            _ => {
                let f = scope.flags.get(name).copied().unwrap_or(0);
                if f & GLOBAL != 0 {
                    return None;
                }
                if f & NONLOCAL == 0 && f & (BOUND | PARAM) != 0 {
                    return Some(p);
                }
            }
        }
        up = scope.parent;
    }
    None
}

/// Makes `name` a cell of `owner` and a free variable of every scope from `id` up to it.
fn capture(table: &mut ScopeTable, id: usize, owner: usize, name: &str) {
    if !table.scopes[owner].cellvars.iter().any(|c| c == name) {
        table.scopes[owner].cellvars.push(name.to_string());
    }
    let mut cur = Some(id);
    while let Some(s) = cur {
        if s == owner {
            break;
        }
        let scope = &mut table.scopes[s];
        if !scope.freevars.iter().any(|c| c == name) {
            scope.freevars.push(name.to_string());
        }
        cur = scope.parent;
    }
}
