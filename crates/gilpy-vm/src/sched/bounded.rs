//! Bounded-exhaustive scheduling (`gilpy explore --exhaustive`, CHESS-style): a seeded
//! run whose choices come from a *guide* (a prefix of choices, then "no switch") instead
//! of a generator, so a driver can enumerate every schedule with at most C preemptions
//! by depth-first search over the recorded choices.
//!
//! Decisions are taken only before *visible* instructions, those that may read or write
//! state another thread can see (globals, attributes, items, calls, iteration); a switch
//! before a thread-local instruction (locals, constants, stack shuffles, jumps, arithmetic
//! on ints) gives the same outcomes as one before that thread's next visible instruction,
//! so skipping them loses no outcome and shrinks the tree by several times (a cheap
//! partial-order reduction).
//!
//! While recording, each decision point also notes the instruction about to run, its
//! thread and line and the value it reads or writes, for the interleaving that
//! `explore` prints for a failing schedule.

use std::collections::VecDeque;

use gilpy_compiler::bytecode::Op;

use super::Seeded;
use crate::value::Value;
use crate::vm::Vm;

/// One visible instruction of a recorded bounded run, for the explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpNote {
    /// Draws taken before this instruction (matches the schedule file's step numbers).
    pub step: u64,
    pub thread: String,
    pub file: String,
    pub line: u32,
    /// The instruction, e.g. `LOAD_GLOBAL counter`.
    pub op: String,
    /// What it reads (`→ 3`) or writes (`← 4`), when cheap to show.
    pub value: String,
}

/// What a guided run did: every draw (choice and bound), the visible instructions of
/// user code, and the preemptions taken.
#[derive(Debug, Clone, Default)]
pub struct BoundedRun {
    pub draws: Vec<super::Draw>,
    pub notes: Vec<OpNote>,
    pub preemptions: u32,
}

/// The guide of a bounded run: the choices to take, then 0 ("stay", or the first in
/// the queue) at every later decision.
#[derive(Debug, Default)]
pub struct Guide {
    pub prefix: VecDeque<u64>,
}

impl Seeded {
    /// The next choice among `n` from the guide (`None` when not guided).
    pub(super) fn guided(&mut self, n: u64) -> Option<u64> {
        let g = self.guide.as_mut()?;
        Some(g.prefix.pop_front().filter(|&c| c < n).unwrap_or(0))
    }
}

/// The instruction about to run in the current thread, with its code.
fn next_op(vm: &Vm<'_>) -> Option<(std::sync::Arc<crate::objects::code::CodeData>, usize, Op)> {
    let frame = vm.th.frames.last()?;
    let data = vm.st.codes.get(frame.code_id as usize)?.clone();
    let pc = frame.pc.checked_sub(1)? as usize;
    let op = *data.code.ops.get(pc)?;
    Some((data, pc, op))
}

/// Is this a bounded run?
fn bounded(vm: &Vm<'_>) -> bool {
    vm.st
        .sched
        .seeded
        .as_ref()
        .is_some_and(|s| matches!(s.strategy, super::Strategy::Bounded { .. }))
}

/// Should the bounded scheduler decide before the instruction about to run? Always for
/// other strategies. A bounded run decides only before visible instructions of the
/// script's own code: the frozen library modules (`threading`, `queue`) count as
/// atomic, except where they block (a blocked thread always hands over).
pub(crate) fn decides_here(vm: &Vm<'_>) -> bool {
    if !bounded(vm) {
        return true;
    }
    match next_op(vm) {
        Some((data, _, op)) => !data.code.filename.starts_with("<frozen") && visible(vm, op),
        None => true,
    }
}

/// May `op` (about to run) touch state another thread can see?
fn visible(vm: &Vm<'_>, op: Op) -> bool {
    let stack = &vm.th.stack;
    let top = |k: usize| {
        stack
            .len()
            .checked_sub(k + 1)
            .and_then(|i| stack.get(i))
            .copied()
    };
    let plain = |v: Option<Value>| {
        matches!(
            v,
            Some(Value::Int(_) | Value::Bool(_) | Value::None | Value::Float(_))
        )
    };
    match op {
        Op::Nop
        | Op::Resume
        | Op::LoadConst(_)
        | Op::LoadFast(_)
        | Op::StoreFast(_)
        | Op::DeleteFast(_)
        | Op::LoadClosure(_)
        | Op::Pop
        | Op::Dup
        | Op::Dup2
        | Op::Rot2
        | Op::Rot3
        | Op::Rot4
        | Op::Jump(_)
        | Op::JumpBackward(_)
        | Op::BuildTuple(_)
        | Op::BuildSlice(_)
        | Op::MakeFunction(_)
        | Op::SetupFinally(_)
        | Op::PopBlock
        | Op::ReturnValue => false,
        Op::PopJumpIfFalse(_)
        | Op::PopJumpIfTrue(_)
        | Op::JumpIfFalseOrPop(_)
        | Op::JumpIfTrueOrPop(_)
        | Op::UnaryOp(_) => !plain(top(0)),
        Op::BinaryOp(_) | Op::InplaceOp(_) | Op::CompareOp(_) => !(plain(top(0)) && plain(top(1))),
        // A range iterator is private to its loop.
        Op::ForIter(_) => !matches!(
            top(0).and_then(|v| vm.obj(v)),
            Some(crate::object::Object::Iter(it))
                if matches!(*it, crate::object::IterObj::Range { .. })
        ),
        _ => true,
    }
}

/// When recording a bounded run: notes the visible instruction about to run (after the
/// decision, so the values are the ones it will really read and write).
pub(crate) fn note_op(vm: &mut Vm<'_>) {
    let noting = vm
        .st
        .sched
        .seeded
        .as_ref()
        .is_some_and(|s| s.notes.is_some());
    if !noting || !bounded(vm) {
        return;
    }
    let Some((data, pc, op)) = next_op(vm) else {
        return;
    };
    if data.code.filename.starts_with("<frozen") || !visible(vm, op) {
        return;
    }
    let stack = &vm.th.stack;
    let top = |k: usize| {
        stack
            .len()
            .checked_sub(k + 1)
            .and_then(|i| stack.get(i))
            .copied()
    };
    {
        let line = data.code.line_of(pc);
        let name = |i: u32| {
            data.names
                .get(i as usize)
                .map(|n| vm.st.names.name(*n).to_string())
                .unwrap_or_default()
        };
        let show = |v: Value| match v {
            Value::Int(i) => i.to_string(),
            Value::Bool(b) => if b { "True" } else { "False" }.to_string(),
            Value::None => "None".to_string(),
            Value::Float(f) => format!("{f:?}"),
            _ => "…".to_string(),
        };
        let (text, value) = match op {
            Op::LoadGlobal(i) => {
                let slot = data.gslots.get(i as usize).copied().unwrap_or(u32::MAX);
                let v = vm.st.globals.slots.get(slot as usize).copied();
                (
                    format!("LOAD_GLOBAL {}", name(i)),
                    v.filter(|v| !v.is_undef())
                        .map(|v| format!("reads {}", show(v)))
                        .unwrap_or_default(),
                )
            }
            Op::StoreGlobal(i) => (
                format!("STORE_GLOBAL {}", name(i)),
                top(0)
                    .map(|v| format!("writes {}", show(v)))
                    .unwrap_or_default(),
            ),
            Op::LoadAttr(i) | Op::LoadMethod(i) => {
                (format!("LOAD_ATTR .{}", name(i)), String::new())
            }
            Op::StoreAttr(i) => (
                format!("STORE_ATTR .{}", name(i)),
                top(1)
                    .map(|v| format!("writes {}", show(v)))
                    .unwrap_or_default(),
            ),
            Op::LoadDeref(_) => ("LOAD_DEREF".to_string(), String::new()),
            Op::StoreDeref(_) => (
                "STORE_DEREF".to_string(),
                top(0)
                    .map(|v| format!("writes {}", show(v)))
                    .unwrap_or_default(),
            ),
            Op::BinarySubscr => ("BINARY_SUBSCR".to_string(), String::new()),
            Op::StoreSubscr => ("STORE_SUBSCR".to_string(), String::new()),
            other => (format!("{other:?}").to_uppercase(), String::new()),
        };
        let me = vm.st.sched.current as usize;
        let thread = vm.st.sched.threads[me].name.clone();
        let file = data.code.filename.to_string();
        if let Some(s) = vm.st.sched.seeded.as_mut() {
            let step = s.step;
            if let Some(notes) = s.notes.as_mut() {
                notes.push(OpNote {
                    step,
                    thread,
                    file,
                    line,
                    op: text,
                    value,
                });
            }
        }
    }
}
