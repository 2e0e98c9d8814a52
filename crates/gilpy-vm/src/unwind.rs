//! Exception unwinding: a raised exception walks the thread's frames and block stacks
//! to the innermost handler, adding one traceback entry per activation it leaves
//! (`docs/bytecode.md`, "Exceptions").

use crate::frame::FrameKind;
use crate::object::TbEntry;
use crate::objects::generator;
use crate::value::Value;
use crate::{PyResult, Throw, Vm};

/// An explicit `raise e` adds the current line to `e`'s traceback even when `e` already
/// passed through this activation (CPython's `PyTraceBack_Here`); the unwinding below
/// adds one entry per activation, which covers every other case. `except*` tells a
/// re-raised part from a newly raised one by this.
pub(crate) fn retrace(vm: &mut Vm<'_>, exc: crate::value::ObjRef) {
    let Some(frame) = vm.th.frames.last() else {
        return;
    };
    let (code_id, pc, activation) = (frame.code_id, frame.pc, frame.activation);
    let Some(code) = vm.st.codes.get(code_id as usize).cloned() else {
        return;
    };
    if let Some(d) = vm.exc_data_mut(exc) {
        if d.traceback
            .last()
            .is_some_and(|t| t.activation == activation)
        {
            d.traceback.push(TbEntry {
                code,
                pc: pc.saturating_sub(1),
                activation,
            });
        }
    }
}

/// Finds a handler for `e`, unwinding frames; `Err` when it leaves the entry frame.
#[cold]
#[inline(never)]
pub(crate) fn handle_exception(vm: &mut Vm<'_>, e: Throw) -> PyResult<()> {
    let mut exc = match e {
        Throw::Exc(r) => r,
        Throw::Halt(h) => {
            while let Some(f) = vm.th.frames.pop() {
                vm.th.depth = vm.th.depth.saturating_sub(1);
                vm.th.stack.truncate(f.ret_sp as usize);
                vm.th.blocks.truncate(f.block_base as usize);
                vm.th.handled.truncate(f.handled_base as usize);
                if let FrameKind::Generator(g) | FrameKind::GenEntry(g) | FrameKind::GenCollect(g) =
                    f.kind
                {
                    generator::finished(vm, g);
                }
                if f.kind.is_entry() {
                    break;
                }
            }
            return Err(Throw::Halt(h));
        }
    };
    // Implicit chaining: an exception raised while another is handled.
    if let Some(&top) = vm.th.handled.last() {
        if !top.is(Value::Obj(exc)) {
            if let Some(d) = vm.exc_data_mut(exc) {
                if matches!(d.context, Value::None) {
                    d.context = top;
                }
            }
        }
    }
    loop {
        let Some(frame) = vm.th.frames.last_mut() else {
            return Err(Throw::Exc(exc));
        };
        let entry = TbEntry {
            code: match vm.st.codes.get(frame.code_id as usize) {
                Some(c) => c.clone(),
                None => return Err(Throw::Exc(exc)),
            },
            pc: frame.pc.saturating_sub(1),
            activation: frame.activation,
        };
        let block_base = frame.block_base as usize;
        if let Some(d) = vm.exc_data_mut(exc) {
            if d.traceback
                .last()
                .is_none_or(|t| t.activation != entry.activation)
            {
                d.traceback.push(entry);
            }
        }
        if vm.th.blocks.len() > block_base {
            let Some(b) = vm.th.blocks.pop() else {
                return Err(Throw::Exc(exc));
            };
            vm.th.stack.truncate(b.stack_depth as usize);
            vm.th.handled.truncate(b.handled_depth as usize);
            vm.th.handled.push(Value::Obj(exc));
            vm.th.stack.push(Value::Obj(exc));
            if let Some(f) = vm.th.frames.last_mut() {
                f.pc = b.handler;
            }
            return Ok(());
        }
        let Some(f) = vm.th.frames.pop() else {
            return Err(Throw::Exc(exc));
        };
        vm.th.depth = vm.th.depth.saturating_sub(1);
        vm.th.stack.truncate(f.ret_sp as usize);
        vm.th.blocks.truncate(f.block_base as usize);
        vm.th.handled.truncate(f.handled_base as usize);
        if let FrameKind::Generator(g) | FrameKind::GenEntry(g) | FrameKind::GenCollect(g) = f.kind
        {
            exc = generator::unwound(vm, g, exc);
        }
        if f.kind.is_entry() {
            return Err(Throw::Exc(exc));
        }
    }
}
