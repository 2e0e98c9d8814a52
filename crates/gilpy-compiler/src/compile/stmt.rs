//! Statements, assignment targets, and the shapes of docs/bytecode.md.

use std::sync::Arc;

use gilpy_syntax::ast::*;

use super::{ArgCounts, Compiler, FBlock, Label};
use crate::bytecode::{CodeKind, Const, Op};
use crate::error::SyntaxError;
use crate::scope::ScopeKind;

type R = Result<(), SyntaxError>;

/// Why a block is being left early.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Exit {
    Return,
    Break,
    Continue,
}

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        self.enter(s.span)?;
        let loc = self.set_loc(s.span);
        let r = self.stmt_kind(s);
        self.restore_loc(loc);
        self.leave();
        r
    }

    fn stmt_kind(&mut self, s: &'a Stmt) -> R {
        match &s.node {
            StmtKind::Expr(e) if self.interactive && self.units.len() == 1 => {
                // CPython's PRINT_EXPR, spelled `sys.displayhook(e)`.
                let sys = self.name_index("sys");
                self.emit(Op::ImportName(sys));
                let hook = self.name_index("displayhook");
                self.emit(Op::LoadAttr(hook));
                self.expr(e)?;
                self.emit(Op::Call(1));
                self.emit(Op::Pop);
                Ok(())
            }
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Pop);
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => self.ann_assign(target, annotation, value.as_ref()),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(target, iter, body, orelse),
            StmtKind::Break => self.break_continue(Exit::Break, s.span),
            StmtKind::Continue => self.break_continue(Exit::Continue, s.span),
            StmtKind::FunctionDef(f) => self.function_def(f, s.span),
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), s.span),
            StmtKind::ClassDef(c) => self.class_def(c, s.span),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Raise { exc, cause } => {
                let n = match (exc, cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.expr(e)?;
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        2
                    }
                };
                self.emit(Op::Raise(n));
                Ok(())
            }
            StmtKind::With { items, body } => self.with_stmt(items, body),
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.expr(test)?;
                // CPython's conditional jump leaves a comparison's position in place,
                // so the raise is placed at it.
                if let Some(span) = comparison_span(test) {
                    self.set_loc(span);
                }
                self.emit_jump(Op::PopJumpIfTrue, end);
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.bind_label(end);
                Ok(())
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete(t)),
            StmtKind::Import(aliases) => self.import(aliases),
            StmtKind::ImportFrom { module, .. }
                if module.node == "__future__" && !self.future_spans.contains(&s.span) =>
            {
                // Only the module's leading future statements (checked in `future.rs`).
                Err(self.map.error(
                    "from __future__ imports must occur at the beginning of the file",
                    s.span,
                ))
            }
            StmtKind::ImportFrom { module, names } => self.import_from(module, names),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
        }
    }

    /// Stores the value on top of the stack into `t`.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> R {
        self.enter(t.span)?;
        let r = self.store_target_kind(t);
        self.leave();
        r
    }

    fn store_target_kind(&mut self, t: &'a Expr) -> R {
        match &t.node {
            ExprKind::Name(n) => {
                self.store_name(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let loc = self.set_loc(t.span);
                self.loc_at_attr(attr);
                let i = self.attr_index(&attr.node);
                self.emit(Op::StoreAttr(i));
                self.restore_loc(loc);
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                let loc = self.set_loc(t.span);
                self.emit(Op::StoreSubscr);
                self.restore_loc(loc);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let loc = self.set_loc(t.span);
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| matches!(i.node, ExprKind::Starred(_)))
                    .map(|(n, _)| n)
                    .collect();
                match stars.as_slice() {
                    [] => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    [star] => {
                        let before = u16::try_from(*star);
                        let after = u16::try_from(items.len() - star - 1);
                        let (Ok(before), Ok(after)) = (before, after) else {
                            return Err(self.error(
                                "too many expressions in star-unpacking assignment",
                                t.span,
                            ));
                        };
                        self.emit(Op::UnpackEx { before, after });
                    }
                    _ => {
                        return Err(self.error("multiple starred expressions in assignment", t.span))
                    }
                }
                self.restore_loc(loc);
                for item in items {
                    match &item.node {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(self.error(
                "starred assignment target must be in a list or tuple",
                t.span,
            )),
            _ => Err(self.error("cannot assign to expression", t.span)),
        }
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        self.enter(t.span)?;
        let r = match &t.node {
            ExprKind::Name(n) => self.delete_name(n, t.span),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let loc = self.set_loc(t.span);
                self.loc_at_attr(attr);
                let i = self.attr_index(&attr.node);
                self.emit(Op::DeleteAttr(i));
                self.restore_loc(loc);
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                let loc = self.set_loc(t.span);
                self.emit(Op::DeleteSubscr);
                self.restore_loc(loc);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.delete(i))
            }
            _ => Err(self.error("cannot delete expression", t.span)),
        };
        self.leave();
        r
    }

    /// `x op= v` keeps load, operation and store as separate instructions: a thread
    /// switch can fall between them, which is what the product demonstrates.
    /// `target: annotation [= value]`: the assignment, then (class and module bodies,
    /// plain names only) `__annotations__[name] = annotation`, as CPython does. Function bodies
    /// never evaluate annotations.
    fn ann_assign(&mut self, target: &'a Expr, annotation: &'a Expr, value: Option<&'a Expr>) -> R {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let ExprKind::Name(n) = &target.node else {
            return Ok(());
        };
        match self.scope().kind {
            // The module made `__annotations__` at its start (`compile_module`).
            ScopeKind::Class | ScopeKind::Module => {
                self.annotation(annotation)?;
                self.load_name("__annotations__");
                let key = self.mangle(n).into_owned();
                self.load_const(Const::Str(Arc::from(key.as_str())));
                self.emit(Op::StoreSubscr);
            }
            _ => {}
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R {
        match &target.node {
            ExprKind::Name(n) => {
                // `s += ch`: the one load that may leave the string "only here".
                let in_place =
                    crate::scope::appends_in_place(op, value) && self.appendable_access(n);
                if in_place {
                    if crate::scope::runs_no_code(value) || !self.global_access(n) {
                        self.load_name_as(n, false);
                    } else {
                        let i = self.name_index(&self.mangle(n));
                        self.emit(Op::LoadGlobalAppend(i));
                    }
                    self.expr(value)?;
                    self.emit(Op::InplaceAppend);
                } else {
                    self.load_name(n);
                    self.expr(value)?;
                    self.emit(Op::InplaceOp(op));
                }
                self.store_name(n);
            }
            // The load and store are placed at the target, the operation at the
            // whole statement, as CPython places them.
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                let stmt_loc = self.set_loc(target.span);
                self.emit(Op::Dup);
                let i = self.attr_index(&attr.node);
                self.emit(Op::LoadAttr(i));
                self.restore_loc(stmt_loc);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.set_loc(target.span);
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
                self.restore_loc(stmt_loc);
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                let stmt_loc = self.set_loc(target.span);
                self.emit(Op::Dup2);
                self.emit(Op::BinarySubscr);
                self.restore_loc(stmt_loc);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.set_loc(target.span);
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
                self.restore_loc(stmt_loc);
            }
            _ => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let other = self.new_label();
        self.expr(test)?;
        self.emit_jump(Op::PopJumpIfFalse, other);
        self.stmts(body)?;
        if orelse.is_empty() {
            self.bind_label(other);
        } else {
            let end = self.new_label();
            self.emit_jump(Op::Jump, end);
            self.bind_label(other);
            self.stmts(orelse)?;
            self.bind_label(end);
        }
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let top = self.new_label();
        let other = self.new_label();
        let end = self.new_label();
        self.bind_label(top);
        // `while True:` needs no test.
        let always = matches!(test.node, ExprKind::Bool(true))
            || matches!(test.node, ExprKind::Int(i) if i != 0);
        if !always {
            self.expr(test)?;
            self.emit_jump(Op::PopJumpIfFalse, other);
        }
        self.unit().fblocks.push(FBlock::While { top, end });
        let r = self.stmts(body);
        self.unit().fblocks.pop();
        r?;
        self.emit_jump(Op::JumpBackward, top);
        self.bind_label(other);
        self.stmts(orelse)?;
        self.bind_label(end);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let top = self.new_label();
        let done = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.emit(Op::GetIter);
        self.bind_label(top);
        self.emit_jump(Op::ForIter, done);
        self.store_target(target)?;
        self.unit().fblocks.push(FBlock::For { top, end });
        let r = self.stmts(body);
        self.unit().fblocks.pop();
        r?;
        self.emit_jump(Op::JumpBackward, top);
        self.bind_label(done);
        self.stmts(orelse)?;
        self.bind_label(end);
        Ok(())
    }

    fn break_continue(&mut self, exit: Exit, span: Span) -> R {
        let fblocks = self.unit_ref().fblocks.clone();
        let Some(loop_at) = fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }))
        else {
            let msg = match exit {
                Exit::Break => "'break' outside loop",
                _ => "'continue' not properly in loop",
            };
            return Err(self.error(msg, span));
        };
        let r = self.unwind(&fblocks, loop_at + 1, exit);
        self.unit().fblocks = fblocks.clone();
        r?;
        let (top, end, is_for) = match fblocks[loop_at] {
            FBlock::While { top, end } => (top, end, false),
            FBlock::For { top, end } => (top, end, true),
            _ => return Ok(()),
        };
        if exit == Exit::Continue {
            self.emit_jump(Op::JumpBackward, top);
        } else {
            if is_for {
                self.emit(Op::Pop);
            }
            self.emit_jump(Op::Jump, end);
        }
        Ok(())
    }

    fn return_stmt(&mut self, value: Option<&'a Expr>, span: Span) -> R {
        if matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
            return Err(self.error("'return' outside function", span));
        }
        match value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        let fblocks = self.unit_ref().fblocks.clone();
        let r = self.unwind(&fblocks, 0, Exit::Return);
        self.unit().fblocks = fblocks;
        r?;
        self.emit(Op::ReturnValue);
        Ok(())
    }

    /// Emits the clean-up of every block in `fblocks[down_to..]`, innermost first. While
    /// a `finally` copy is compiled, only the blocks outside it are active.
    fn unwind(&mut self, fblocks: &[FBlock<'a>], down_to: usize, exit: Exit) -> R {
        for i in (down_to..fblocks.len()).rev() {
            self.unit().fblocks.truncate(i);
            match &fblocks[i] {
                FBlock::While { .. } => {}
                FBlock::For { .. } => {
                    // Only `break`/`continue` stop at their own loop; an outer loop being
                    // left by `break` keeps its iterator on the stack until its own exit.
                    // `return` drops the iterator from under the return value, so that a
                    // `with` further out finds its `__exit__` right below it.
                    if exit == Exit::Return {
                        self.emit(Op::Rot2);
                        self.emit(Op::Pop);
                    }
                }
                FBlock::TryExcept => {
                    self.emit(Op::PopBlock);
                }
                FBlock::FinallyTry(body) => {
                    self.emit(Op::PopBlock);
                    self.stmts(body)?;
                }
                FBlock::FinallyEnd => {
                    // The exception being handled is on the stack (under the return
                    // value, for `return`).
                    if exit == Exit::Return {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::Pop);
                    self.emit(Op::PopExcept);
                }
                FBlock::With => {
                    self.emit(Op::PopBlock);
                    if exit == Exit::Return {
                        self.emit(Op::Rot2);
                    }
                    self.call_exit_none();
                }
                FBlock::Handler(name) => {
                    self.emit(Op::PopExcept);
                    if let Some(n) = name {
                        self.clear_name(n);
                    }
                }
            }
        }
        Ok(())
    }

    /// `exit(None, None, None)` with the bound `__exit__` on top; leaves nothing.
    fn call_exit_none(&mut self) {
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Op::Call(3));
        self.emit(Op::Pop);
    }

    /// `name = None; del name`, as CPython does after `except E as name:`.
    fn clear_name(&mut self, name: &str) {
        self.load_const(Const::None);
        self.store_name(name);
        let mangled = self.mangle(name).into_owned();
        // A captured name cannot be deleted (no DeleteDeref); None is enough.
        if !matches!(
            self.scope().access(&mangled),
            crate::scope::Access::Deref(_)
        ) {
            let _ = self.delete_name(name, Span::default());
        }
    }

    fn with_body(&mut self, body: &'a [Stmt], fblock: FBlock<'a>) -> R {
        self.unit().fblocks.push(fblock);
        let r = self.stmts(body);
        self.unit().fblocks.pop();
        r
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        if handlers.is_empty() {
            self.stmts(body)?;
            return self.stmts(orelse);
        }
        if handlers[0].star {
            return self.try_star(body, handlers, orelse);
        }
        if let Some(bare) = handlers.iter().rev().skip(1).find(|h| h.typ.is_none()) {
            return Err(self.error("default 'except:' must be last", bare.span));
        }
        let end = self.try_body(body, orelse)?;
        for h in handlers {
            let loc = self.set_loc(h.span);
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            let name = self.bind_handler_name(h);
            self.with_body(&h.body, FBlock::Handler(name))?;
            self.emit(Op::PopExcept);
            if let Some(n) = name {
                self.clear_name(n);
            }
            self.emit_jump(Op::Jump, end);
            self.bind_label(next);
            self.restore_loc(loc);
            if h.typ.is_none() {
                // A bare `except:` catches everything; later clauses are unreachable.
                break;
            }
        }
        if handlers.last().is_some_and(|h| h.typ.is_some()) {
            self.emit(Op::Reraise);
        }
        self.bind_label(end);
        Ok(())
    }

    /// The guarded body of `try/except` and `try/except*`, then its `else` and a jump to
    /// the returned end label; the handler code the caller emits next starts at the
    /// `SetupFinally` target.
    fn try_body(&mut self, body: &'a [Stmt], orelse: &'a [Stmt]) -> Result<Label, SyntaxError> {
        let handler_label = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupFinally, handler_label);
        self.with_body(body, FBlock::TryExcept)?;
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(Op::Jump, end);
        self.bind_label(handler_label);
        Ok(end)
    }

    /// `except T as name`: binds the matched exception on the stack (or drops it).
    fn bind_handler_name(&mut self, h: &'a ExceptHandler) -> Option<&'a str> {
        match &h.name {
            Some(n) => self.store_name(&n.node),
            None => {
                self.emit(Op::Pop);
            }
        }
        h.name.as_ref().map(|n| n.node.as_str())
    }

    /// `try/except*` (the parser has checked the clauses: all starred, each with a type,
    /// no `break`/`continue`/`return` leaving them). The handler keeps
    /// `orig raised rest` on the stack: the exception caught, the list of what the
    /// clauses raised, and what is still unmatched.
    fn try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let end = self.try_body(body, orelse)?;
        self.emit(Op::Dup);
        self.emit(Op::BuildList(0));
        self.emit(Op::Rot2);
        for h in handlers {
            let loc = self.set_loc(h.span);
            let (skip, next, raised) = (self.new_label(), self.new_label(), self.new_label());
            if let Some(t) = &h.typ {
                self.expr(t)?;
            }
            self.emit(Op::CheckEgMatch);
            self.emit_jump(Op::PopJumpIfFalse, skip);
            let name = self.bind_handler_name(h);
            self.emit_jump(Op::SetupFinally, raised);
            self.with_body(&h.body, FBlock::TryExcept)?;
            self.emit(Op::PopBlock);
            if let Some(n) = name {
                self.clear_name(n);
            }
            self.emit_jump(Op::Jump, next);
            // The clause raised: keep the exception for the end.
            self.bind_label(raised);
            self.emit(Op::ListAppend(2));
            self.emit(Op::PopExcept);
            if let Some(n) = name {
                self.clear_name(n);
            }
            self.emit_jump(Op::Jump, next);
            self.bind_label(skip);
            self.emit(Op::Pop);
            self.bind_label(next);
            self.restore_loc(loc);
        }
        self.emit(Op::ListAppend(1));
        self.emit(Op::PrepReraiseStar);
        self.emit(Op::PopExcept);
        self.bind_label(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let fin_exc = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupFinally, fin_exc);
        self.unit().fblocks.push(FBlock::FinallyTry(finalbody));
        let r = self.try_except(body, handlers, orelse);
        self.unit().fblocks.pop();
        r?;
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        self.emit_jump(Op::Jump, end);
        self.bind_label(fin_exc);
        self.with_body(finalbody, FBlock::FinallyEnd)?;
        self.emit(Op::Reraise);
        self.bind_label(end);
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let exc = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context)?;
        self.emit_jump(Op::SetupWith, exc);
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        let r = self.with_stmt(rest, body);
        self.unit().fblocks.pop();
        r?;
        self.emit(Op::PopBlock);
        self.call_exit_none();
        self.emit_jump(Op::Jump, end);
        self.bind_label(exc);
        self.emit(Op::WithExceptStart);
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise);
        self.bind_label(suppress);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.bind_label(end);
        Ok(())
    }

    fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> R {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let mut flags = self.defaults(&f.params)?;
        flags |= self.annotations(&f.params, f.returns.as_ref())?;
        let scope = self.child_scope(f, span)?;
        let line = self.map.line(span.start);
        self.push_unit(scope, CodeKind::Function, line, span);
        let r = self.stmts(&f.body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let unit = self.unit_ref();
        let end = unit.ops.len() as u32;
        // A jump to the end (`if c: return 1` as the last statement) needs the implicit
        // return even when the last op is a return.
        let jumped_to_end = unit.labels.contains(&Some(end));
        if jumped_to_end || !matches!(unit.ops.last(), Some(Op::ReturnValue)) {
            // The implicit `return None` belongs to the last statement, as in CPython.
            if let Some(last) = f.body.last() {
                self.set_loc(last.span);
            }
            self.load_const(Const::None);
            self.emit(Op::ReturnValue);
        }
        let code = self.pop_unit(Self::arg_counts(&f.params))?;
        self.make_function(code, flags, span)?;
        self.apply_decorators(&f.decorators);
        self.store_name(&f.name.node);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, span: Span) -> R {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let scope = self.child_scope(c, span)?;
        let line = self.map.line(span.start);
        self.push_unit(scope, CodeKind::ClassBody, line, span);
        let r = self.class_body(c);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.pop_unit(ArgCounts::default())?;
        self.make_function(code, 0, span)?;
        self.load_const(Const::Str(Arc::from(c.name.node.as_str())));
        for b in &c.bases {
            self.expr(b)?;
        }
        let mut arg = c.bases.len() as u32;
        if !c.keywords.is_empty() {
            for (k, v) in &c.keywords {
                self.load_const(Const::Str(Arc::from(k.node.as_str())));
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(c.keywords.len() as u32));
            arg |= crate::bytecode::CLASS_KW;
        }
        self.emit(Op::BuildClass(arg));
        self.apply_decorators(&c.decorators);
        self.store_name(&c.name.node);
        Ok(())
    }

    /// Calls the decorators on the stack, innermost first, each placed at its
    /// decorator expression (where CPython reports a failing decorator).
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            let loc = self.set_loc(d.span);
            self.emit(Op::Call(1));
            self.restore_loc(loc);
        }
    }

    fn class_body(&mut self, c: &'a ClassDef) -> R {
        // `__module__` and `__qualname__` are set by the VM's BuildClass (from the code's
        // qualname), so the body starts with the user's statements.
        if has_annotations(&c.body) {
            self.emit(Op::BuildMap(0));
            self.store_name("__annotations__");
        }
        self.stmts(&c.body)?;
        if let Some(last) = c.body.last() {
            self.set_loc(last.span);
        }
        if self.scope().needs_class_cell {
            match self.scope().closure_index("__class__") {
                Some(i) => {
                    self.emit(Op::LoadClosure(i));
                }
                None => self.load_const(Const::None),
            }
        } else {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue);
        Ok(())
    }

    /// `import a.b.c` binds `a`; `import a.b as c` binds the submodule.
    fn import(&mut self, aliases: &'a [Alias]) -> R {
        for a in aliases {
            let i = self.name_index(&a.name.node);
            self.emit(Op::ImportName(i));
            match &a.asname {
                Some(asname) => {
                    self.load_submodule(&a.name.node);
                    self.store_name(&asname.node);
                }
                None => {
                    let top = a.name.node.split('.').next().unwrap_or("");
                    self.store_name(top);
                }
            }
        }
        Ok(())
    }

    /// After `ImportName` pushed the top package, walks down to the dotted submodule.
    fn load_submodule(&mut self, dotted: &str) {
        for part in dotted.split('.').skip(1) {
            let i = self.name_index(part);
            self.emit(Op::LoadAttr(i));
        }
    }

    /// `from m import ...`: an absolute `ImportName` pushes the top package, so walk down;
    /// a relative one (`.m`, `..`) pushes the resolved module itself.
    fn load_from_module(&mut self, module: &str) {
        if !module.starts_with('.') {
            self.load_submodule(module);
        }
    }

    fn import_from(&mut self, module: &'a Ident, names: &'a [Alias]) -> R {
        if let Some(star) = names.iter().find(|a| a.name.node == "*") {
            if self.scope_kind() != ScopeKind::Module {
                return Err(self.error("import * only allowed at module level", star.name.span));
            }
            let i = self.name_index(&module.node);
            self.emit(Op::ImportName(i));
            self.load_from_module(&module.node);
            self.emit(Op::ImportStar);
            return Ok(());
        }
        let i = self.name_index(&module.node);
        self.emit(Op::ImportName(i));
        self.load_from_module(&module.node);
        for a in names {
            let i = self.name_index(&a.name.node);
            self.emit(Op::ImportFrom(i));
            self.store_name(&a.asname.as_ref().unwrap_or(&a.name).node);
        }
        self.emit(Op::Pop);
        Ok(())
    }
}

/// Does a class body annotate a plain name anywhere (so it needs `__annotations__`)?
pub(super) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.node {
        StmtKind::AnnAssign { target, .. } => matches!(target.node, ExprKind::Name(_)),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        _ => false,
    })
}

/// The comparison whose position CPython 3.11's `compiler_jump_if` leaves as the current
/// location after compiling the condition `e` (the last one it visits), if any.
fn comparison_span(e: &Expr) -> Option<Span> {
    match &e.node {
        ExprKind::Compare { .. } => Some(e.span),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => comparison_span(operand),
        ExprKind::BoolOp { left, right, .. } => comparison_span(right).or(comparison_span(left)),
        ExprKind::IfExp { test, body, orelse } => comparison_span(orelse)
            .or(comparison_span(body))
            .or(comparison_span(test)),
        _ => None,
    }
}
