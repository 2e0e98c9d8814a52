//! Expressions. Each kind has its own non-inlined function so the recursive frame of
//! [`Compiler::expr`] stays small (deeply nested input must not overflow the stack).

use std::sync::Arc;

use gilpy_syntax::ast::*;

use super::{ArgCounts, Compiler};
use crate::bytecode::{CodeKind, Const, Op};
use crate::error::SyntaxError;
use crate::scope::ScopeKind;

type R = Result<(), SyntaxError>;

/// Which comprehension is being built.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    /// A generator expression: a generator function yielding each element.
    Gen,
}

/// A literal's value, if the expression is one (used to fold constant tuples).
pub(super) fn const_value(e: &Expr) -> Option<Const> {
    Some(match &e.node {
        ExprKind::Int(i) => Const::Int(*i),
        ExprKind::BigInt(b) => Const::BigInt((**b).clone()),
        ExprKind::Float(f) => Const::Float(*f),
        ExprKind::Str(s) => Const::Str(Arc::from(s.as_str())),
        ExprKind::Bytes(b) => Const::Bytes(Arc::from(&b[..])),
        ExprKind::Bool(b) => Const::Bool(*b),
        ExprKind::None => Const::None,
        ExprKind::Ellipsis => Const::Ellipsis,
        ExprKind::Imag(im) => Const::Complex(0.0, *im),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match &operand.node {
            ExprKind::Int(i) => match i.checked_neg() {
                Some(n) => Const::Int(n),
                None => Const::BigInt(-num_bigint::BigInt::from(*i)),
            },
            // `-9223372036854775808` is a big literal whose negation fits an i64.
            ExprKind::BigInt(b) => {
                let neg = -(**b).clone();
                match i64::try_from(&neg) {
                    Ok(i) => Const::Int(i),
                    Err(_) => Const::BigInt(neg),
                }
            }
            ExprKind::Float(f) => Const::Float(-f),
            ExprKind::Imag(im) => Const::Complex(-0.0, -im),
            _ => return None,
        },
        ExprKind::Tuple(items) => {
            Const::Tuple(items.iter().map(const_value).collect::<Option<_>>()?)
        }
        _ => return None,
    })
}

/// The items of `left op right` when both are tuple displays that `CompareSeq` can
/// compare in place: 1 to 16 items each, no `*x`, not both constant, and an ordering or
/// equality operator.
fn seq_displays<'e>(
    op: CmpOp,
    left: &'e Expr,
    right: &'e Expr,
) -> Option<(&'e [Expr], &'e [Expr])> {
    if !matches!(
        op,
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE | CmpOp::Eq | CmpOp::NotEq
    ) {
        return None;
    }
    let (ExprKind::Tuple(l), ExprKind::Tuple(r)) = (&left.node, &right.node) else {
        return None;
    };
    let fits = |items: &[Expr]| {
        (1..=16).contains(&items.len())
            && !items.iter().any(|e| matches!(e.node, ExprKind::Starred(_)))
    };
    if !fits(l) || !fits(r) || (const_value(left).is_some() && const_value(right).is_some()) {
        return None;
    }
    Some((l, r))
}

impl<'a> Compiler<'a> {
    /// Compiles `e`, leaving its value on the stack.
    pub(super) fn expr(&mut self, e: &'a Expr) -> R {
        self.enter(e.span)?;
        let loc = self.set_loc(e.span);
        let r = self.expr_kind(e);
        self.restore_loc(loc);
        self.leave();
        r
    }

    fn expr_kind(&mut self, e: &'a Expr) -> R {
        match &e.node {
            ExprKind::Name(n) => {
                self.load_name(n);
                Ok(())
            }
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Imag(_)
            | ExprKind::Ellipsis
            | ExprKind::Bool(_)
            | ExprKind::None => {
                if let Some(c) = const_value(e) {
                    self.load_const(c);
                }
                Ok(())
            }
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp(*op));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = const_value(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                self.emit(Op::UnaryOp(*op));
                Ok(())
            }
            ExprKind::BoolOp { op, left, right } => self.bool_op(*op, left, right),
            ExprKind::Compare { left, ops } => self.compare(left, ops),
            ExprKind::IfExp { test, body, orelse } => self.if_exp(test, body, orelse),
            ExprKind::Lambda { params, body } => self.lambda(e, params, body),
            ExprKind::Call { func, args } => self.call(func, args),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.loc_at_attr(attr);
                let i = self.attr_index(&attr.node);
                self.emit(Op::LoadAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::BinarySubscr);
                Ok(())
            }
            ExprKind::Slice { lower, upper, step } => self.slice(lower, upper, step),
            ExprKind::List(items) => self.sequence(items, Seq::List),
            ExprKind::Tuple(items) => {
                if let Some(c) = const_value(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.sequence(items, Seq::Tuple)
            }
            ExprKind::Set(items) => self.sequence(items, Seq::Set),
            ExprKind::Dict(pairs) => self.dict(pairs),
            ExprKind::Starred(_) => Err(self.error("can't use starred expression here", e.span)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store_name(&target.node);
                Ok(())
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, elt, None, generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, elt, None, generators)
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Op::YieldValue);
                Ok(())
            }
            ExprKind::YieldFrom(value) => {
                self.expr(value)?;
                self.emit(Op::GetIter);
                self.load_const(Const::None);
                self.emit(Op::YieldFrom);
                Ok(())
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, elt, None, generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, key, Some(value), generators),
        }
    }

    /// An attribute name's index, mangled inside classes (`self.__x`).
    pub(super) fn attr_index(&mut self, attr: &str) -> u32 {
        let name = self.mangle(attr).into_owned();
        self.name_index(&name)
    }

    #[inline(never)]
    fn bool_op(&mut self, op: BoolOp, left: &'a Expr, right: &'a Expr) -> R {
        let end = self.new_label();
        self.expr(left)?;
        match op {
            BoolOp::And => self.emit_jump(Op::JumpIfFalseOrPop, end),
            BoolOp::Or => self.emit_jump(Op::JumpIfTrueOrPop, end),
        }
        self.expr(right)?;
        self.bind_label(end);
        Ok(())
    }

    /// `a < b < c` evaluates `b` once and stops at the first false comparison.
    #[inline(never)]
    fn compare(&mut self, left: &'a Expr, ops: &'a [(CmpOp, Expr)]) -> R {
        if let [(op, right)] = ops {
            if let Some((l, r)) = seq_displays(*op, left, right) {
                for e in l.iter().chain(r) {
                    self.expr(e)?;
                }
                self.emit(Op::CompareSeq {
                    left: l.len() as u8,
                    right: r.len() as u8,
                    op: *op,
                });
                return Ok(());
            }
        }
        self.expr(left)?;
        let Some(((last_op, last), middle)) = ops.split_last() else {
            return Ok(());
        };
        if middle.is_empty() {
            self.expr(last)?;
            self.emit(Op::CompareOp(*last_op));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (op, right) in middle {
            self.expr(right)?;
            self.emit(Op::Dup);
            self.emit(Op::Rot3);
            self.emit(Op::CompareOp(*op));
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(last)?;
        self.emit(Op::CompareOp(*last_op));
        self.emit_jump(Op::Jump, end);
        // False result on top of the leftover middle operand.
        self.bind_label(cleanup);
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.bind_label(end);
        Ok(())
    }

    #[inline(never)]
    fn if_exp(&mut self, test: &'a Expr, body: &'a Expr, orelse: &'a Expr) -> R {
        let other = self.new_label();
        let end = self.new_label();
        self.expr(test)?;
        self.emit_jump(Op::PopJumpIfFalse, other);
        self.expr(body)?;
        self.emit_jump(Op::Jump, end);
        self.bind_label(other);
        self.expr(orelse)?;
        self.bind_label(end);
        Ok(())
    }

    #[inline(never)]
    fn slice(
        &mut self,
        lower: &'a Option<Box<Expr>>,
        upper: &'a Option<Box<Expr>>,
        step: &'a Option<Box<Expr>>,
    ) -> R {
        for part in [lower, upper] {
            match part {
                Some(x) => self.expr(x)?,
                None => self.load_const(Const::None),
            }
        }
        if let Some(s) = step {
            self.expr(s)?;
            self.emit(Op::BuildSlice(3));
        } else {
            self.emit(Op::BuildSlice(2));
        }
        Ok(())
    }

    /// Pushes defaults (tuple and/or kw dict) and returns the `MakeFunction` flags.
    pub(super) fn defaults(&mut self, params: &'a Parameters) -> Result<u32, SyntaxError> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = params
            .args
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            let folded: Option<Vec<Const>> = defaults.iter().map(|d| const_value(d)).collect();
            match folded {
                Some(consts) => self.load_const(Const::Tuple(consts)),
                None => {
                    for d in &defaults {
                        self.expr(d)?;
                    }
                    self.emit(Op::BuildTuple(defaults.len() as u32));
                }
            }
            flags |= 1;
        }
        let mut nkw = 0;
        for p in &params.kwonly {
            if let Some(d) = &p.default {
                let name = self.mangle(&p.name.node).into_owned();
                self.load_const(Const::Str(Arc::from(name.as_str())));
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Op::BuildMap(nkw));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Pushes a `{name: annotation}` dict (parameters in order, then `return`) when the
    /// function has any annotation, and returns the `MakeFunction` flag for it (4).
    pub(super) fn annotations(
        &mut self,
        params: &'a Parameters,
        returns: Option<&'a Expr>,
    ) -> Result<u32, SyntaxError> {
        let n = params.annotations.len() + returns.is_some() as usize;
        if n == 0 {
            return Ok(0);
        }
        // CPython 3.11 visits the ordinary positional parameters before the
        // positional-only ones; the rest stay in source order.
        let posonly = &params.args[..params.posonly.min(params.args.len())];
        let is_posonly = |n: &Ident| posonly.iter().any(|p| p.name.node == n.node);
        let ordinary = params.args.len() - posonly.len();
        let (mut first, mut rest): (Vec<_>, Vec<_>) =
            params.annotations.iter().partition(|(n, _)| !is_posonly(n));
        // `first` holds the ordinary positional ones, then *args/kw-only/**kw: move
        // the posonly ones between them.
        let split = first
            .iter()
            .take_while(|(n, _)| params.args.iter().any(|p| p.name.node == n.node))
            .count()
            .min(ordinary);
        let tail = first.split_off(split);
        first.append(&mut rest);
        first.extend(tail);
        for (name, a) in first {
            let name = self.mangle(&name.node).into_owned();
            self.load_const(Const::Str(Arc::from(name.as_str())));
            self.annotation(a)?;
        }
        if let Some(r) = returns {
            self.load_const(Const::Str(Arc::from("return")));
            self.annotation(r)?;
        }
        self.emit(Op::BuildMap(n as u32));
        Ok(4)
    }

    pub(super) fn arg_counts(params: &Parameters) -> ArgCounts {
        ArgCounts {
            argcount: params.args.len() as u32,
            posonly: params.posonly as u32,
            kwonly: params.kwonly.len() as u32,
            varargs: params.vararg.is_some(),
            varkw: params.kwarg.is_some(),
        }
    }

    #[inline(never)]
    fn lambda(&mut self, e: &'a Expr, params: &'a Parameters, body: &'a Expr) -> R {
        let flags = self.defaults(params)?;
        let scope = self.child_scope(e, e.span)?;
        let line = self.map.line(e.span.start);
        self.push_unit(scope, CodeKind::Lambda, line, e.span);
        let r = self.expr(body);
        let code = match r {
            Ok(()) => {
                self.emit(Op::ReturnValue);
                self.pop_unit(Self::arg_counts(params))?
            }
            Err(err) => {
                self.units.pop();
                return Err(err);
            }
        };
        self.make_function(code, flags, e.span)
    }

    #[inline(never)]
    fn call(&mut self, func: &'a Expr, args: &'a [Arg]) -> R {
        let simple = args.iter().all(|a| matches!(a, Arg::Positional(_)));
        if simple && args.is_empty() && self.zero_arg_super(func)? {
            return Ok(());
        }
        let starred = args
            .iter()
            .any(|a| matches!(a, Arg::Starred(_) | Arg::DoubleStarred(_)));
        // Method calls (`obj.m(a)`, `obj.m(a, k=1)`): no bound-method allocation.
        let method = match &func.node {
            ExprKind::Attribute { value, attr } if !starred => Some((value, attr)),
            _ => None,
        };
        if let Some((value, _)) = method {
            self.expr(value)?;
        } else {
            self.expr(func)?;
        }
        if starred {
            return self.call_ex(args);
        }
        let mut names = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for a in args {
            if let Arg::Keyword(name, _) = a {
                if seen.contains(&name.node.as_str()) {
                    return Err(self.error(
                        format!("keyword argument repeated: {}", name.node),
                        name.span,
                    ));
                }
                seen.push(&name.node);
            }
        }
        if let Some((_, attr)) = method {
            // `obj.m` is the method load's position; the call's is the whole call,
            // both moved to the name when `obj` starts on an earlier line.
            let call_loc = self.set_loc(func.span);
            self.loc_at_attr(attr);
            let i = self.attr_index(&attr.node);
            self.emit(Op::LoadMethod(i));
            self.restore_loc(call_loc);
            self.loc_at_attr(attr);
        }
        for a in args {
            if let Arg::Positional(x) = a {
                self.expr(x)?;
            }
        }
        for a in args {
            if let Arg::Keyword(name, x) = a {
                self.expr(x)?;
                names.push(Const::Str(Arc::from(name.node.as_str())));
            }
        }
        let n = args.len() as u32;
        if method.is_some() {
            if names.is_empty() {
                self.emit(Op::CallMethod(n));
            } else {
                self.load_const(Const::Tuple(names));
                self.emit(Op::CallMethodKw(n));
            }
        } else if names.is_empty() {
            self.emit(Op::Call(n));
        } else {
            self.load_const(Const::Tuple(names));
            self.emit(Op::CallKw(n));
        }
        Ok(())
    }

    /// `super()` in a method becomes `super(__class__, <first parameter>)`.
    fn zero_arg_super(&mut self, func: &'a Expr) -> Result<bool, SyntaxError> {
        let ExprKind::Name(n) = &func.node else {
            return Ok(false);
        };
        let scope = self.scope();
        if n != "super"
            || !matches!(scope.kind, ScopeKind::Function | ScopeKind::Lambda)
            || scope.closure_index("__class__").is_none()
            || scope.is_local("super")
        {
            return Ok(false);
        }
        let Some(first) = scope.params.first().cloned() else {
            return Ok(false);
        };
        self.load_name("super");
        if let Some(i) = scope.closure_index("__class__") {
            self.emit(Op::LoadDeref(i));
        }
        // The parameter name is already mangled; load it by slot or cell.
        let op = match scope.access(&first) {
            crate::scope::Access::Fast(i) if self.scopes.appended.contains(&first) => {
                Op::LoadFastShared(i)
            }
            crate::scope::Access::Fast(i) => Op::LoadFast(i),
            crate::scope::Access::Deref(i) => Op::LoadDeref(i),
            _ => return Ok(false),
        };
        self.emit(op);
        self.emit(Op::Call(2));
        Ok(true)
    }

    /// A call with `*args` and/or `**kwargs`: a positional tuple and a keyword dict
    /// (built only when needed), then `CallEx`.
    fn call_ex(&mut self, args: &'a [Arg]) -> R {
        // `f(*a, **k)`, the forwarding call of every decorator: `a` and `k` go to
        // `CallEx` as they are (flag 2 marks `k` as not yet checked), which spreads a
        // tuple's items and a dict's values onto the stack without building a copy of
        // either. As in CPython, a lone `*a` is iterated only at the call, after the
        // keyword values are evaluated.
        let positional: Vec<&Arg> = args
            .iter()
            .filter(|a| matches!(a, Arg::Positional(_) | Arg::Starred(_)))
            .collect();
        let keywords: Vec<&Arg> = args
            .iter()
            .filter(|a| matches!(a, Arg::Keyword(..) | Arg::DoubleStarred(_)))
            .collect();
        self.positional_tuple(args, &positional)?;
        if let [Arg::DoubleStarred(k)] = keywords.as_slice() {
            self.expr(k)?;
            self.emit(Op::CallEx(3));
            return Ok(());
        }
        let has_kw = !keywords.is_empty();
        if !has_kw {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        // Keywords in groups: `BuildMap` per run of `name=value`, merged with `**m`s by
        // `DictMerge`, which rejects repeated keywords.
        let mut have_dict = false;
        let mut pending = 0u32;
        for a in args {
            match a {
                Arg::Keyword(name, x) => {
                    self.load_const(Const::Str(Arc::from(name.node.as_str())));
                    self.expr(x)?;
                    pending += 1;
                }
                Arg::DoubleStarred(x) => {
                    self.flush_kw(&mut pending, &mut have_dict);
                    if !have_dict {
                        self.emit(Op::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(x)?;
                    self.emit(Op::DictMerge);
                }
                _ => {}
            }
        }
        self.flush_kw(&mut pending, &mut have_dict);
        self.emit(Op::CallEx(1));
        Ok(())
    }

    /// The positional arguments of a starred call as one tuple (or, for a lone `*a`,
    /// `a` itself: `CallEx` accepts any iterable).
    fn positional_tuple(&mut self, args: &'a [Arg], positional: &[&'a Arg]) -> R {
        if let [Arg::Starred(a)] = positional {
            return self.expr(a);
        }
        let mut in_list = 0;
        let mut started = false;
        for a in args {
            match a {
                Arg::Positional(x) => {
                    self.expr(x)?;
                    if started {
                        self.emit(Op::ListAppend(1));
                    } else {
                        in_list += 1;
                    }
                }
                Arg::Starred(x) => {
                    if !started {
                        self.emit(Op::BuildList(in_list));
                        started = true;
                    }
                    self.expr(x)?;
                    self.emit(Op::ListExtend);
                }
                _ => {}
            }
        }
        if started {
            self.emit(Op::ListToTuple);
        } else {
            self.emit(Op::BuildTuple(in_list));
        }
        Ok(())
    }

    fn flush_kw(&mut self, pending: &mut u32, have_dict: &mut bool) {
        if *pending > 0 {
            self.emit(Op::BuildMap(*pending));
            if *have_dict {
                self.emit(Op::DictMerge);
            }
            *have_dict = true;
            *pending = 0;
        }
    }

    #[inline(never)]
    fn sequence(&mut self, items: &'a [Expr], kind: Seq) -> R {
        let star = items.iter().any(|i| matches!(i.node, ExprKind::Starred(_)));
        if !star {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                Seq::List => Op::BuildList(n),
                Seq::Tuple => Op::BuildTuple(n),
                Seq::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        if kind == Seq::Set {
            return self.starred_set(items);
        }
        let mut leading = 0;
        let mut started = false;
        for i in items {
            match &i.node {
                ExprKind::Starred(inner) => {
                    if !started {
                        self.emit(Op::BuildList(leading));
                        started = true;
                    }
                    self.expr(inner)?;
                    self.emit(Op::ListExtend);
                }
                _ => {
                    self.expr(i)?;
                    if started {
                        self.emit(Op::ListAppend(1));
                    } else {
                        leading += 1;
                    }
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    /// `{a, *b}`: there is no set-update op, so each starred iterable is drained into
    /// the set with a small `ForIter`/`SetAdd` loop.
    fn starred_set(&mut self, items: &'a [Expr]) -> R {
        self.emit(Op::BuildSet(0));
        for i in items {
            match &i.node {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::GetIter);
                    let top = self.new_label();
                    let end = self.new_label();
                    self.bind_label(top);
                    self.emit_jump(Op::ForIter, end);
                    self.emit(Op::SetAdd(2));
                    self.emit_jump(Op::JumpBackward, top);
                    self.bind_label(end);
                }
                _ => {
                    self.expr(i)?;
                    self.emit(Op::SetAdd(1));
                }
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn dict(&mut self, pairs: &'a [(Option<Expr>, Expr)]) -> R {
        let mut leading = 0;
        let mut started = false;
        for (k, v) in pairs {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    if started {
                        self.emit(Op::MapAdd(1));
                    } else {
                        leading += 1;
                    }
                }
                None => {
                    if !started {
                        self.emit(Op::BuildMap(leading));
                        started = true;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate);
                }
            }
        }
        if !started {
            self.emit(Op::BuildMap(leading));
        }
        Ok(())
    }

    #[inline(never)]
    fn fstring(&mut self, parts: &'a [FStringPart]) -> R {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    self.load_const(Const::Str(Arc::from(s.as_str())));
                }
                FStringPart::Field {
                    expr,
                    conversion,
                    spec,
                } => {
                    self.expr(expr)?;
                    let mut arg = match conversion {
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        Some(c) => {
                            return Err(self.error(
                                format!("f-string: invalid conversion character '{c}'"),
                                expr.span,
                            ))
                        }
                    };
                    if !spec.is_empty() {
                        self.fstring(spec)?;
                        arg |= 4;
                    }
                    self.emit(Op::FormatValue(arg));
                }
            }
            n += 1;
        }
        // One piece is already a str (a literal, or FormatValue's result).
        match n {
            0 => self.load_const(Const::Str(Arc::from(""))),
            1 => {}
            _ => {
                self.emit(Op::BuildString(n));
            }
        }
        Ok(())
    }

    /// A comprehension: a nested code object taking the first iterator as `.0`.
    #[inline(never)]
    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Comprehension],
    ) -> R {
        let Some(first) = generators.first() else {
            return Err(self.error("comprehension without 'for'", e.span));
        };
        let scope = self.child_scope(e, e.span)?;
        let line = self.map.line(e.span.start);
        self.push_unit(scope, CodeKind::Comprehension, line, e.span);
        let r = (|| {
            match kind {
                CompKind::List => self.emit(Op::BuildList(0)),
                CompKind::Set => self.emit(Op::BuildSet(0)),
                CompKind::Dict => self.emit(Op::BuildMap(0)),
                CompKind::Gen => 0,
            };
            self.comp_loop(generators, 0, kind, elt, value)?;
            if kind == CompKind::Gen {
                self.load_const(Const::None);
            }
            self.emit(Op::ReturnValue);
            Ok(())
        })();
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        let code = self.pop_unit(ArgCounts {
            argcount: 1,
            ..ArgCounts::default()
        })?;
        self.make_function(code, 0, e.span)?;
        self.expr(&first.iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let Some(g) = gens.get(i) else {
            return Ok(());
        };
        self.enter(g.iter.span)?;
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let top = self.new_label();
        let next = self.new_label();
        let end = self.new_label();
        self.bind_label(top);
        self.emit_jump(Op::ForIter, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit_jump(Op::PopJumpIfFalse, next);
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, elt, value)?;
        } else {
            // The result sits below one iterator per loop.
            let depth = gens.len() as u32 + 1;
            self.expr(elt)?;
            match (kind, value) {
                (CompKind::Dict, Some(v)) => {
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                (CompKind::Set, _) => {
                    self.emit(Op::SetAdd(depth));
                }
                (CompKind::Gen, _) => {
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
                _ => {
                    self.emit(Op::ListAppend(depth));
                }
            }
        }
        self.bind_label(next);
        self.emit_jump(Op::JumpBackward, top);
        self.bind_label(end);
        self.leave();
        Ok(())
    }
}

/// Which sequence display.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Seq {
    List,
    Tuple,
    Set,
}
