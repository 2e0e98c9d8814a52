//! Code generation: AST + scopes → [`Code`] objects.
//!
//! One [`Unit`] per code object being built (module, function, lambda, comprehension,
//! class body). Jumps are emitted against labels and patched when the unit is finished;
//! `max_stack` is computed then by a flow pass over per-op stack effects.

mod expr;
mod future;
mod pattern;
mod stmt;

use std::collections::HashMap;
use std::sync::Arc;

use gilpy_syntax::ast::{Module, Span, Stmt};

use crate::bytecode::{Code, CodeKind, Const, Location, Op};
use crate::error::{SourceMap, SyntaxError};
use crate::scope::{self, Access, ScopeKind, ScopeTable};

/// A jump target inside the unit being built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Label(u32);

/// A construct that `return`/`break`/`continue` must clean up when leaving it.
#[derive(Debug, Clone)]
enum FBlock<'a> {
    /// A `while` loop: `continue` jumps back to `top`, `break` to `end`.
    While { top: Label, end: Label },
    /// A `for` loop: the iterator is on the stack.
    For { top: Label, end: Label },
    /// The protected body of `try/except`: a handler block is pushed.
    TryExcept,
    /// The protected body of `try/finally`: leaving runs a copy of the `finally` body.
    FinallyTry(&'a [Stmt]),
    /// The `finally` body on the exceptional path: the exception is on the stack and
    /// being handled.
    FinallyEnd,
    /// A `with` body: the bound `__exit__` is on the stack.
    With,
    /// An `except` clause body; the `as` name is cleared on the way out.
    Handler(Option<&'a str>),
}

/// A code object under construction.
struct Unit<'a> {
    scope: usize,
    kind: CodeKind,
    first_line: u32,
    ops: Vec<Op>,
    locations: Vec<Location>,
    consts: Vec<Const>,
    names: Vec<Arc<str>>,
    name_index: HashMap<String, u32>,
    /// Scalar constants already in `consts`, so a big program dedups in linear time.
    const_index: HashMap<ConstKey, u32>,
    labels: Vec<Option<u32>>,
    /// Indices of ops whose argument is still a label id.
    jumps: Vec<usize>,
    loc: Location,
    fblocks: Vec<FBlock<'a>>,
}

/// Signature information a new function-like unit needs.
#[derive(Default)]
struct ArgCounts {
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkw: bool,
}

/// The code generator for one module.
pub(crate) struct Compiler<'a> {
    scopes: &'a ScopeTable,
    map: SourceMap<'a>,
    filename: Arc<str>,
    units: Vec<Unit<'a>>,
    depth: u32,
    /// `from __future__ import annotations` (PEP 563): annotations are kept as their
    /// source text instead of being evaluated.
    lazy_annotations: bool,
    /// Where the module's leading future statements stand; one anywhere else is an error.
    future_spans: Vec<Span>,
    /// `'single'` mode (the prompt, `compile(..., "single")`): an expression statement
    /// of the module's own code passes its value to `sys.displayhook`.
    interactive: bool,
}

impl<'a> Compiler<'a> {
    /// Pushes an annotation's value: the evaluated expression, or under
    /// `from __future__ import annotations` its source text.
    fn annotation(&mut self, a: &'a gilpy_syntax::ast::Expr) -> Result<(), SyntaxError> {
        if self.lazy_annotations {
            let text = future::annotation_text(self.map.text(a.span));
            self.load_const(Const::Str(Arc::from(text.as_str())));
            return Ok(());
        }
        self.expr(a)
    }
}

/// Compiles a module whose scopes were analysed into `scopes`.
pub(crate) fn compile(
    module: &Module,
    scopes: &ScopeTable,
    map: SourceMap<'_>,
    interactive: bool,
) -> Result<Arc<Code>, SyntaxError> {
    let filename: Arc<str> = Arc::from(map.filename());
    let (lazy_annotations, future_spans) = future::features(&module.body, &map)?;
    let mut c = Compiler {
        scopes,
        map,
        filename,
        units: Vec::new(),
        depth: 0,
        lazy_annotations,
        future_spans,
        interactive,
    };
    c.push_unit(0, CodeKind::Module, 1, Span::default());
    // CPython's SETUP_ANNOTATIONS: a module that annotates names gets the dict first.
    if stmt::has_annotations(&module.body) {
        c.emit(Op::BuildMap(0));
        c.store_name("__annotations__");
    }
    c.stmts(&module.body)?;
    if let Some(last) = module.body.last() {
        c.set_loc(last.span);
    }
    c.load_const(Const::None);
    c.emit(Op::ReturnValue);
    c.pop_unit(ArgCounts::default())
}

/// `eval` mode: a module whose only statement is an expression; its code returns the
/// expression's value instead of `None`.
pub(crate) fn compile_eval(
    module: &Module,
    scopes: &ScopeTable,
    map: SourceMap<'_>,
) -> Result<Arc<Code>, SyntaxError> {
    let expr = match module.body.as_slice() {
        [stmt] => match &stmt.node {
            gilpy_syntax::ast::StmtKind::Expr(e) => e,
            _ => return Err(map.error("invalid syntax", stmt.span)),
        },
        [] => return Err(map.error("invalid syntax", Span::default())),
        [_, second, ..] => return Err(map.error("invalid syntax", second.span)),
    };
    let filename: Arc<str> = Arc::from(map.filename());
    let mut c = Compiler {
        scopes,
        map,
        filename,
        units: Vec::new(),
        depth: 0,
        lazy_annotations: false,
        future_spans: Vec::new(),
        interactive: false,
    };
    c.push_unit(0, CodeKind::Module, 1, Span::default());
    c.set_loc(expr.span);
    c.expr(expr)?;
    c.emit(Op::ReturnValue);
    c.pop_unit(ArgCounts::default())
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        // A unit always exists while compiling: the module's is pushed first.
        self.units
            .last_mut()
            .expect("compiler unit stack is never empty")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("compiler unit stack is never empty")
    }

    fn scope(&self) -> &'a scope::Scope {
        &self.scopes.scopes[self.unit_ref().scope]
    }

    fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        self.map.error(msg, span)
    }

    /// Guards recursion depth so hostile input cannot overflow the Rust stack.
    fn enter(&mut self, span: Span) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > scope::MAX_DEPTH {
            return Err(self.error("too many nested expressions", span));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn location(&self, span: Span) -> Location {
        self.map.location(span)
    }

    /// CPython's rule for an attribute (`obj.name`, and a method call on it) whose
    /// object starts on an earlier line than the name: the instruction is placed at
    /// the name, so a chain split over lines reports the line of the failing link.
    /// Like CPython, the start column is the end less the name's length in characters.
    fn loc_at_attr(&mut self, attr: &gilpy_syntax::ast::Ident) {
        let name = self.location(attr.span);
        let len = attr.node.chars().count();
        let loc = &mut self.unit().loc;
        if loc.line != name.end_line {
            loc.line = name.end_line;
            loc.col = match usize::from(name.end_col).checked_sub(len) {
                Some(c) if name.end_col != Location::NO_COL => c as u16,
                _ => Location::NO_COL,
            };
            loc.end_line = loc.end_line.max(loc.line);
            if loc.line == loc.end_line && loc.col != Location::NO_COL {
                loc.end_col = loc.end_col.max(loc.col);
            }
        }
    }

    /// Sets the location of the ops emitted next; returns the previous one to restore.
    fn set_loc(&mut self, span: Span) -> Location {
        let loc = self.location(span);
        std::mem::replace(&mut self.unit().loc, loc)
    }

    fn restore_loc(&mut self, loc: Location) {
        self.unit().loc = loc;
    }

    fn push_unit(&mut self, scope: usize, kind: CodeKind, first_line: u32, span: Span) {
        let loc = Location {
            line: first_line,
            ..self.location(span)
        };
        self.units.push(Unit {
            scope,
            kind,
            first_line,
            ops: Vec::new(),
            locations: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            const_index: HashMap::new(),
            labels: Vec::new(),
            jumps: Vec::new(),
            loc,
            fblocks: Vec::new(),
        });
        self.emit(Op::Resume);
    }

    /// Finishes the current unit: patches jumps and builds the `Code`.
    fn pop_unit(&mut self, counts: ArgCounts) -> Result<Arc<Code>, SyntaxError> {
        let unit = self
            .units
            .pop()
            .expect("compiler unit stack is never empty");
        let scope = &self.scopes.scopes[unit.scope];
        let mut ops = unit.ops;
        for &i in &unit.jumps {
            let label = ops[i].jump_target().unwrap_or(0) as usize;
            let target = unit.labels.get(label).copied().flatten();
            let Some(target) = target else {
                return Err(self.error("internal compiler error: unbound label", Span::default()));
            };
            ops[i] = retarget(ops[i], target);
        }
        let max_stack = max_stack(&ops);
        let to_arcs = |v: &[String]| v.iter().map(|s| Arc::from(s.as_str())).collect();
        let (name, qualname) = if unit.kind == CodeKind::Module {
            ("<module>".to_string(), "<module>".to_string())
        } else {
            (scope.name.clone(), scope.qualname.clone())
        };
        Ok(Arc::new(Code {
            kind: unit.kind,
            name: Arc::from(name),
            qualname: Arc::from(qualname),
            filename: self.filename.clone(),
            first_line: unit.first_line,
            argcount: counts.argcount,
            posonlyargcount: counts.posonly,
            kwonlyargcount: counts.kwonly,
            has_varargs: counts.varargs,
            has_varkw: counts.varkw,
            varnames: to_arcs(&scope.varnames),
            cellvars: to_arcs(&scope.cellvars),
            cell_params: scope.cell_params.clone(),
            freevars: to_arcs(&scope.freevars),
            names: unit.names,
            consts: unit.consts,
            ops,
            locations: unit.locations,
            max_stack,
            is_generator: scope.is_generator && unit.kind != CodeKind::Module,
        }))
    }

    fn emit(&mut self, op: Op) -> usize {
        let unit = self.unit();
        let loc = unit.loc;
        unit.ops.push(op);
        unit.locations.push(loc);
        unit.ops.len() - 1
    }

    fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    fn bind_label(&mut self, label: Label) {
        let unit = self.unit();
        let here = unit.ops.len() as u32;
        unit.labels[label.0 as usize] = Some(here);
    }

    /// Emits a jump-like op (`make` gets the label id, patched to a pc later).
    fn emit_jump(&mut self, make: fn(u32) -> Op, label: Label) {
        let i = self.emit(make(label.0));
        self.unit().jumps.push(i);
    }

    fn const_index(&mut self, c: Const) -> u32 {
        let unit = self.unit();
        let key = ConstKey::of(&c);
        if let Some(key) = &key {
            if let Some(&i) = unit.const_index.get(key) {
                return i;
            }
        } else if matches!(c, Const::Tuple(_)) {
            // Tuples are rare enough for a linear search.
            if let Some(i) = unit.consts.iter().position(|k| same_const(k, &c)) {
                return i as u32;
            }
        }
        let i = unit.consts.len() as u32;
        unit.consts.push(c);
        if let Some(key) = key {
            unit.const_index.insert(key, i);
        }
        i
    }

    fn load_const(&mut self, c: Const) {
        let i = self.const_index(c);
        self.emit(Op::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&i) = unit.name_index.get(name) {
            return i;
        }
        let i = unit.names.len() as u32;
        unit.names.push(Arc::from(name));
        unit.name_index.insert(name.to_string(), i);
        i
    }

    /// `name` mangled for the current class context.
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        scope::mangle(self.scope().mangle_class.as_deref(), name)
    }

    fn load_name(&mut self, name: &str) {
        let shared = self.scopes.appended.contains(name);
        self.load_name_as(name, shared);
    }

    /// Loads a name; `shared` picks the `Load*Shared` form (see `Op::InplaceAppend`).
    pub(crate) fn load_name_as(&mut self, name: &str, shared: bool) {
        let name = self.mangle(name).into_owned();
        let op = match (self.scope().access(&name), shared) {
            (Access::Fast(i), false) => Op::LoadFast(i),
            (Access::Fast(i), true) => Op::LoadFastShared(i),
            (Access::Deref(i), _) => Op::LoadDeref(i),
            (Access::Global, false) => Op::LoadGlobal(self.name_index(&name)),
            (Access::Global, true) => Op::LoadGlobalShared(self.name_index(&name)),
            (Access::Name, false) => Op::LoadName(self.name_index(&name)),
            (Access::Name, true) => Op::LoadNameShared(self.name_index(&name)),
        };
        self.emit(op);
    }

    /// Does `name` load and store as a fast local or a module global (the variables an
    /// in-place append may target)?
    pub(crate) fn appendable_access(&mut self, name: &str) -> bool {
        let name = self.mangle(name).into_owned();
        matches!(self.scope().access(&name), Access::Fast(_) | Access::Global)
    }

    /// Does `name` load and store as a module global?
    pub(crate) fn global_access(&mut self, name: &str) -> bool {
        let name = self.mangle(name).into_owned();
        matches!(self.scope().access(&name), Access::Global)
    }

    fn store_name(&mut self, name: &str) {
        let name = self.mangle(name).into_owned();
        let op = match self.scope().access(&name) {
            Access::Fast(i) => Op::StoreFast(i),
            Access::Deref(i) => Op::StoreDeref(i),
            Access::Global => Op::StoreGlobal(self.name_index(&name)),
            Access::Name => Op::StoreName(self.name_index(&name)),
        };
        self.emit(op);
    }

    fn delete_name(&mut self, name: &str, span: Span) -> Result<(), SyntaxError> {
        let name = self.mangle(name).into_owned();
        let op = match self.scope().access(&name) {
            Access::Fast(i) => Op::DeleteFast(i),
            Access::Deref(_) => {
                return Err(self.error(
                    format!("cannot delete variable '{name}' captured by a nested scope"),
                    span,
                ))
            }
            Access::Global => Op::DeleteGlobal(self.name_index(&name)),
            Access::Name => Op::DeleteName(self.name_index(&name)),
        };
        self.emit(op);
        Ok(())
    }

    /// Emits `MakeFunction` for a finished child code object, building its closure tuple
    /// from this unit's cells. `flags` says which of defaults/kwdefaults/annotations are pushed.
    fn make_function(
        &mut self,
        code: Arc<Code>,
        mut flags: u32,
        span: Span,
    ) -> Result<(), SyntaxError> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let Some(i) = self.scope().closure_index(name) else {
                    return Err(self.error(
                        format!("internal compiler error: no cell for '{name}'"),
                        span,
                    ));
                };
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Const::Code(code));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    fn child_scope<T>(&self, node: &T, span: Span) -> Result<usize, SyntaxError> {
        self.scopes
            .scope_of(node)
            .ok_or_else(|| self.error("internal compiler error: scope not found", span))
    }

    fn scope_kind(&self) -> ScopeKind {
        self.scope().kind
    }
}

/// A hashable identity for scalar constants: the type and the exact value (float bits,
/// so `0.0` and `-0.0` differ, and `1`, `1.0`, `True` never merge).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(num_bigint::BigInt),
    Float(u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Ellipsis,
    Complex(u64, u64),
}

impl ConstKey {
    fn of(c: &Const) -> Option<ConstKey> {
        Some(match c {
            Const::None => ConstKey::None,
            Const::Bool(b) => ConstKey::Bool(*b),
            Const::Int(i) => ConstKey::Int(*i),
            Const::BigInt(b) => ConstKey::BigInt(b.clone()),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::Bytes(b) => ConstKey::Bytes(b.clone()),
            Const::Ellipsis => ConstKey::Ellipsis,
            Const::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
            Const::Tuple(_) | Const::Code(_) => return None,
        })
    }
}

/// Constants are shared only when they are the same value of the same type (so `1`,
/// `1.0` and `True` stay distinct, and so do `0.0` and `-0.0`).
fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None) => true,
        (Const::Bool(x), Const::Bool(y)) => x == y,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Complex(a, b), Const::Complex(c, d)) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_const(p, q))
        }
        _ => false,
    }
}

/// The same jump op with a new target.
fn retarget(op: Op, t: u32) -> Op {
    match op {
        Op::Jump(_) => Op::Jump(t),
        Op::JumpBackward(_) => Op::JumpBackward(t),
        Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
        Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
        Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
        Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
        Op::ForIter(_) => Op::ForIter(t),
        Op::SetupFinally(_) => Op::SetupFinally(t),
        Op::SetupWith(_) => Op::SetupWith(t),
        other => other,
    }
}

/// Stack effect of `op`: (on fall-through, on jump). `None` where that path does not
/// exist.
pub(crate) fn stack_effect(op: Op) -> (Option<i32>, Option<i32>) {
    use Op::*;
    let n = |x: u32| x as i32;
    let fall = match op {
        Nop | Resume | DeleteFast(_) | DeleteGlobal(_) | DeleteName(_) | LoadAttr(_)
        | UnaryOp(_) | Rot2 | Rot3 | Rot4 | GetIter | ListToTuple | PopBlock | PopExcept
        | CheckExcMatch | CopyDictWithoutKeys | YieldValue => 0,
        CheckEgMatch => 1,
        PrepReraiseStar => -2,
        MatchSequence | MatchMapping | GetLen | MatchKeys => 1,
        ImportStar => -1,
        MatchClass(_) => -2,
        LoadConst(_) | LoadFast(_) | LoadFastShared(_) | LoadDeref(_) | LoadClosure(_)
        | LoadGlobal(_) | LoadGlobalShared(_) | LoadGlobalAppend(_) | LoadName(_)
        | LoadNameShared(_) | LoadMethod(_) | Dup | ImportName(_) | ImportFrom(_)
        | WithExceptStart | LoadAssertionError => 1,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | DeleteAttr(_)
        | BinarySubscr | BinaryOp(_) | InplaceOp(_) | InplaceAppend | CompareOp(_) | Pop
        | ListAppend(_) | SetAdd(_) | ListExtend | DictUpdate | DictMerge | YieldFrom => -1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) => -2,
        StoreSubscr => -3,
        Dup2 => 2,
        BuildList(k) | BuildTuple(k) | BuildSet(k) | BuildSlice(k) | BuildString(k) => 1 - n(k),
        BuildMap(k) => 1 - 2 * n(k),
        FormatValue(c) => {
            if c & 4 != 0 {
                -1
            } else {
                0
            }
        }
        UnpackSequence(k) => n(k) - 1,
        CompareSeq { left, right, .. } => 1 - left as i32 - right as i32,
        UnpackEx { before, after } => before as i32 + after as i32,
        MakeFunction(f) => {
            -((f & 1 != 0) as i32 + (f & 2 != 0) as i32 + (f & 4 != 0) as i32 + (f & 8 != 0) as i32)
        }
        Call(k) => -n(k),
        CallKw(k) | CallMethod(k) => -n(k) - 1,
        CallMethodKw(k) => -n(k) - 2,
        CallEx(f) => -1 - n(f & 1),
        BuildClass(k) => -1 - n(k & 0xFFFF) - n(k >> 16),
        SetupFinally(_) => 0,
        SetupWith(_) => 1,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => -1,
        ForIter(_) => 1,
        Jump(_) | JumpBackward(_) | ReturnValue | Raise(_) | Reraise => {
            return (None, jump_effect(op));
        }
    };
    (Some(fall), jump_effect(op))
}

fn jump_effect(op: Op) -> Option<i32> {
    match op {
        Op::Jump(_) | Op::JumpBackward(_) => Some(0),
        Op::PopJumpIfFalse(_) | Op::PopJumpIfTrue(_) => Some(-1),
        Op::JumpIfFalseOrPop(_) | Op::JumpIfTrueOrPop(_) => Some(0),
        Op::ForIter(_) => Some(-1),
        // The handler runs with the exception pushed (and, for `with`, the exit below
        // it in place of the manager).
        Op::SetupFinally(_) | Op::SetupWith(_) => Some(1),
        _ => None,
    }
}

/// The deepest value stack any path through `ops` reaches.
fn max_stack(ops: &[Op]) -> u32 {
    let mut depth: Vec<i32> = vec![-1; ops.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0i32;
    while let Some((pc, d)) = work.pop() {
        if pc >= ops.len() || depth[pc] >= d {
            continue;
        }
        depth[pc] = d;
        max = max.max(d);
        let (fall, jump) = stack_effect(ops[pc]);
        if let Some(f) = fall {
            let nd = (d + f).max(0);
            max = max.max(nd);
            work.push((pc + 1, nd));
        }
        if let (Some(j), Some(t)) = (jump, ops[pc].jump_target()) {
            let nd = (d + j).max(0);
            max = max.max(nd);
            work.push((t as usize, nd));
        }
    }
    max as u32
}
