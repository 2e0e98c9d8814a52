//! A structural check of compiled code, for tests and for the VM's debug builds:
//! `Resume` first, every index in range, jump targets inside the code, and one
//! consistent, never negative stack depth at every instruction whichever path reaches it.

use crate::bytecode::{Code, Const, Op};
use crate::compile::stack_effect;

/// Checks `code` and every nested code object; the error names the code and the pc.
pub fn verify(code: &Code) -> Result<(), String> {
    let fail = |pc: usize, what: String| Err(format!("{} pc {pc}: {what}", code.qualname));
    if code.ops.first() != Some(&Op::Resume) {
        return fail(0, "does not start with RESUME".into());
    }
    if code.locations.len() != code.ops.len() {
        return fail(0, "one location per op expected".into());
    }
    if code.varnames.len() < code.total_params() {
        return fail(0, "fewer varnames than parameters".into());
    }
    let ncells = code.cellvars.len() + code.freevars.len();
    for (pc, op) in code.ops.iter().enumerate() {
        let (index, limit) = match *op {
            Op::LoadConst(i) => (i, code.consts.len()),
            Op::LoadFast(i) | Op::LoadFastShared(i) | Op::StoreFast(i) | Op::DeleteFast(i) => {
                (i, code.varnames.len())
            }
            Op::LoadDeref(i) | Op::StoreDeref(i) | Op::LoadClosure(i) => (i, ncells),
            Op::LoadGlobal(i)
            | Op::LoadGlobalShared(i)
            | Op::LoadGlobalAppend(i)
            | Op::LoadNameShared(i)
            | Op::StoreGlobal(i)
            | Op::DeleteGlobal(i)
            | Op::LoadName(i)
            | Op::StoreName(i)
            | Op::DeleteName(i)
            | Op::LoadAttr(i)
            | Op::StoreAttr(i)
            | Op::DeleteAttr(i)
            | Op::LoadMethod(i)
            | Op::ImportName(i)
            | Op::ImportFrom(i) => (i, code.names.len()),
            _ => (0, usize::MAX),
        };
        if index as usize >= limit {
            return fail(pc, format!("{op:?} index out of range"));
        }
        if let Some(t) = op.jump_target() {
            if t as usize >= code.ops.len() {
                return fail(pc, format!("{op:?} jumps out of the code"));
            }
        }
        if matches!(op, Op::LoadMethod(_))
            && !code.ops[pc + 1..]
                .iter()
                .any(|o| matches!(o, Op::CallMethod(_) | Op::CallMethodKw(_)))
        {
            return fail(pc, "LOAD_METHOD without CALL_METHOD".into());
        }
    }
    check_depths(code)?;
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

fn check_depths(code: &Code) -> Result<(), String> {
    let mut depth: Vec<Option<i32>> = vec![None; code.ops.len()];
    let mut work = vec![(0usize, 0i32)];
    while let Some((pc, d)) = work.pop() {
        let err = |what: String| Err(format!("{} pc {pc}: {what}", code.qualname));
        if pc >= code.ops.len() {
            return err("falls off the end of the code".into());
        }
        match depth[pc] {
            Some(seen) if seen == d => continue,
            Some(seen) => return err(format!("stack depth {d} here, {seen} on another path")),
            None => depth[pc] = Some(d),
        }
        if d > code.max_stack as i32 {
            return err(format!("depth {d} exceeds max_stack {}", code.max_stack));
        }
        let op = code.ops[pc];
        let (fall, jump) = stack_effect(op);
        if let Some(f) = fall {
            if d + f < 0 {
                return err(format!("{op:?} pops an empty stack"));
            }
            work.push((pc + 1, d + f));
        }
        if let (Some(j), Some(t)) = (jump, op.jump_target()) {
            work.push((t as usize, d + j));
        }
    }
    Ok(())
}
