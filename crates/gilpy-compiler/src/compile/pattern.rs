//! `match` statements, compiled the way CPython 3.11 does: each case tests its pattern
//! against a copy of the subject with a few dedicated ops (`MATCH_SEQUENCE`, `GET_LEN`,
//! `MATCH_KEYS`, `MATCH_CLASS`, ...), and every failed test jumps to a "fail-pop" label
//! that drops exactly the values the pattern had pushed so far, then tries the next case.
//!
//! Names are bound as soon as their sub-pattern matches (the language reference leaves
//! the bindings of a failed match unspecified; CPython delays them, gilpy does not).

use std::sync::Arc;

use gilpy_syntax::ast::*;

use super::{Compiler, Label};
use crate::bytecode::{Const, Op};
use crate::error::SyntaxError;

type R = Result<(), SyntaxError>;

/// The state of one case's pattern while it is compiled.
struct PatCtx {
    /// `fail_pop[k]` pops `k` values and falls through to `fail_pop[k - 1]`;
    /// `fail_pop[0]` is where the next case starts.
    fail_pop: Vec<Label>,
    /// Values on the stack above the case's base, not counting the value the pattern
    /// being compiled is matched against.
    on_top: usize,
    /// Names bound so far (a name may be bound only once per pattern).
    names: Vec<String>,
    /// May this pattern match everything (a capture or wildcard at the top)?
    allow_irrefutable: bool,
}

/// Is `p` a wildcard (`_` or `*_`) that needs no test and binds nothing?
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.node,
        PatternKind::As {
            pattern: None,
            name: None
        } | PatternKind::Star(None)
    )
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == n;
            let loc = self.set_loc(case.pattern.span);
            // Every case but the last tests a copy; the last consumes the subject.
            if !last {
                self.emit(Op::Dup);
            }
            let mut pc = PatCtx {
                fail_pop: Vec::new(),
                on_top: 0,
                names: Vec::new(),
                allow_irrefutable: case.guard.is_some() || last,
            };
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                self.expr(g)?;
                self.jump_to_fail_pop(&mut pc, 0, Op::PopJumpIfFalse);
            }
            if !last {
                self.emit(Op::Pop);
            }
            self.restore_loc(loc);
            self.stmts(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.emit_fail_pop(&mut pc);
        }
        self.bind_label(end);
        Ok(())
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatCtx, pops: usize, make: fn(u32) -> Op) {
        while pc.fail_pop.len() <= pops {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        self.emit_jump(make, pc.fail_pop[pops]);
    }

    /// The fail-pop chain: each label pops one more value than the next.
    fn emit_fail_pop(&mut self, pc: &mut PatCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else {
            return;
        };
        for &l in rest.iter().rev() {
            self.bind_label(l);
            self.emit(Op::Pop);
        }
        self.bind_label(*first);
    }

    /// Binds a capture name, refusing a second binding of it in the same pattern.
    fn capture(&mut self, name: &Ident, pc: &mut PatCtx) -> R {
        if pc.names.contains(&name.node) {
            return Err(self.error(
                format!("multiple assignments to name '{}' in pattern", name.node),
                name.span,
            ));
        }
        pc.names.push(name.node.clone());
        self.store_name(&name.node);
        Ok(())
    }

    /// A pattern nested in another: it may be irrefutable.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> R {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    /// Matches the value on top of the stack against `p`, consuming it on both paths.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> R {
        self.enter(p.span)?;
        let loc = self.set_loc(p.span);
        let r = self.pattern_kind(p, pc);
        self.restore_loc(loc);
        self.leave();
        r
    }

    fn pattern_kind(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> R {
        match &p.node {
            PatternKind::Value(e) => {
                if matches!(e.node, ExprKind::FString(_)) {
                    return Err(self.error(
                        "patterns may only match literals and attribute lookups",
                        e.span,
                    ));
                }
                self.expr(e)?;
                self.emit(Op::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, pc.on_top, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::Singleton(e) => {
                self.expr(e)?;
                self.emit(Op::CompareOp(CmpOp::Is));
                self.jump_to_fail_pop(pc, pc.on_top, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::As { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match name {
                            Some(n) => {
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    n.node
                                )
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, p.span));
                    }
                    match name {
                        Some(n) => self.capture(n, pc),
                        None => {
                            self.emit(Op::Pop);
                            Ok(())
                        }
                    }
                }
                Some(inner) => {
                    self.emit(Op::Dup);
                    pc.on_top += 1;
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    match name {
                        Some(n) => self.capture(n, pc),
                        None => {
                            self.emit(Op::Pop);
                            Ok(())
                        }
                    }
                }
            },
            PatternKind::Star(_) => Err(self.error("can't use starred expression here", p.span)),
            PatternKind::Sequence(items) => self.sequence_pattern(items, p.span, pc),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_ref(), p.span, pc),
            PatternKind::Class { cls, patterns, kwd } => self.class_pattern(cls, patterns, kwd, pc),
            PatternKind::Or(alts) => self.or_pattern(alts, pc),
        }
    }

    fn sequence_pattern(&mut self, items: &'a [Pattern], span: Span, pc: &mut PatCtx) -> R {
        let stars: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.node, PatternKind::Star(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(self.error("multiple starred names in sequence pattern", span));
        }
        let size = items.len();
        self.emit(Op::MatchSequence);
        self.jump_to_fail_pop(pc, pc.on_top + 1, Op::PopJumpIfFalse);
        match stars.first() {
            None => {
                self.emit(Op::GetLen);
                self.load_const(Const::Int(size as i64));
                self.emit(Op::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, pc.on_top + 1, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Op::GetLen);
                self.load_const(Const::Int(size as i64 - 1));
                self.emit(Op::CompareOp(CmpOp::GtE));
                self.jump_to_fail_pop(pc, pc.on_top + 1, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        if items.iter().all(is_wildcard) {
            self.emit(Op::Pop);
            return Ok(());
        }
        match stars.first() {
            None => {
                self.emit(Op::UnpackSequence(size as u32));
            }
            Some(&star) => {
                let (Ok(before), Ok(after)) = (u16::try_from(star), u16::try_from(size - star - 1))
                else {
                    return Err(self.error("too many sub-patterns in sequence pattern", span));
                };
                self.emit(Op::UnpackEx { before, after });
            }
        }
        pc.on_top += size;
        for item in items {
            pc.on_top -= 1;
            match &item.node {
                PatternKind::Star(Some(n)) => self.capture(n, pc)?,
                PatternKind::Star(None) => {
                    self.emit(Op::Pop);
                }
                _ => self.subpattern(item, pc)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a Ident>,
        span: Span,
        pc: &mut PatCtx,
    ) -> R {
        self.emit(Op::MatchMapping);
        self.jump_to_fail_pop(pc, pc.on_top + 1, Op::PopJumpIfFalse);
        if keys.is_empty() && rest.is_none() {
            self.emit(Op::Pop);
            return Ok(());
        }
        let size = keys.len();
        if size > 0 {
            self.emit(Op::GetLen);
            self.load_const(Const::Int(size as i64));
            self.emit(Op::CompareOp(CmpOp::GtE));
            self.jump_to_fail_pop(pc, pc.on_top + 1, Op::PopJumpIfFalse);
        }
        // The keys tuple: literals are checked for duplicates here, values at run time.
        let mut seen: Vec<Const> = Vec::new();
        for k in keys {
            let literal = super::expr::const_value(k);
            match (&k.node, literal) {
                (ExprKind::Attribute { .. }, _) => {}
                (_, Some(c)) => {
                    if seen.contains(&c) {
                        let shown = crate::dis::const_repr(&c);
                        return Err(self.error(
                            format!("mapping pattern checks duplicate key ({shown})"),
                            span,
                        ));
                    }
                    seen.push(c);
                }
                (ExprKind::FString(_), None) | (_, None) => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        k.span,
                    ))
                }
            }
        }
        for k in keys {
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple(size as u32));
        if size > 0 {
            self.emit(Op::MatchKeys);
            // subject, keys, values (or None)
            self.emit(Op::Dup);
            self.load_const(Const::None);
            self.emit(Op::CompareOp(CmpOp::Is));
            self.jump_to_fail_pop(pc, pc.on_top + 3, Op::PopJumpIfTrue);
            self.emit(Op::UnpackSequence(size as u32));
            pc.on_top += 2 + size;
            for sub in patterns {
                pc.on_top -= 1;
                self.subpattern(sub, pc)?;
            }
            pc.on_top -= 2;
        }
        // subject, keys
        match rest {
            Some(n) => {
                self.emit(Op::CopyDictWithoutKeys);
                pc.on_top += 1;
                self.capture(n, pc)?;
                pc.on_top -= 1;
            }
            None => {
                self.emit(Op::Pop);
            }
        }
        self.emit(Op::Pop);
        Ok(())
    }

    fn class_pattern(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd: &'a [(Ident, Pattern)],
        pc: &mut PatCtx,
    ) -> R {
        let mut names: Vec<Const> = Vec::new();
        for (i, (name, sub)) in kwd.iter().enumerate() {
            if kwd[..i].iter().any(|(n, _)| n.node == name.node) {
                // CPython points at the repeated keyword's sub-pattern.
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {}", name.node),
                    sub.span,
                ));
            }
            names.push(Const::Str(Arc::from(name.node.as_str())));
        }
        self.expr(cls)?;
        self.load_const(Const::Tuple(names));
        self.emit(Op::MatchClass(patterns.len() as u32));
        self.emit(Op::Dup);
        self.load_const(Const::None);
        self.emit(Op::CompareOp(CmpOp::Is));
        self.jump_to_fail_pop(pc, pc.on_top + 1, Op::PopJumpIfTrue);
        let subs: Vec<&'a Pattern> = patterns.iter().chain(kwd.iter().map(|k| &k.1)).collect();
        if subs.iter().all(|p| is_wildcard(p)) {
            self.emit(Op::Pop);
            return Ok(());
        }
        self.emit(Op::UnpackSequence(subs.len() as u32));
        pc.on_top += subs.len();
        for sub in subs {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, alts: &'a [Pattern], pc: &mut PatCtx) -> R {
        let success = self.new_label();
        let mut bound: Option<Vec<String>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.emit(Op::Dup);
            let mut sub = PatCtx {
                fail_pop: Vec::new(),
                on_top: 0,
                names: pc.names.clone(),
                allow_irrefutable: i + 1 == n && pc.allow_irrefutable,
            };
            self.pattern(alt, &mut sub)?;
            let mut new_names: Vec<String> = sub.names[pc.names.len()..].to_vec();
            new_names.sort();
            match &bound {
                None => bound = Some(new_names),
                Some(first) if *first != new_names => {
                    return Err(self.error("alternative patterns bind different names", alt.span));
                }
                Some(_) => {}
            }
            self.emit_jump(Op::Jump, success);
            self.emit_fail_pop(&mut sub);
        }
        // No alternative matched: drop the subject and fail.
        self.emit(Op::Pop);
        self.jump_to_fail_pop(pc, pc.on_top, Op::Jump);
        self.bind_label(success);
        self.emit(Op::Pop);
        if let Some(names) = bound {
            pc.names.extend(names);
        }
        Ok(())
    }
}
