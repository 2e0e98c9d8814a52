//! Frames, handler blocks and the per-thread execution context.

use crate::value::{ObjRef, Value};

/// What to do when a frame returns.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    /// Return the value to the calling frame.
    Normal,
    /// Return from the eval loop to the native code that called it.
    Entry,
    /// A class body: fill the returned `__class__` cell with the class, push the class.
    ClassBody(ObjRef),
    /// An `__init__` run by calling a class: check it returned `None`, push the instance.
    Init(ObjRef),
    /// A generator resumed by the caller's `FOR_ITER`: a yield pushes the value for the
    /// loop body, a return ends the loop (see `objects/generator.rs`).
    Generator(ObjRef),
    /// A generator resumed by native code (`next`, `send`, `throw`, `yield from`): like
    /// [`FrameKind::Entry`], yields and returns leave the eval loop.
    GenEntry(ObjRef),
    /// A generator run to its end for a native consumer that takes every item
    /// (`list(g)`, `sum(g)`, `"".join(g)`): a yield appends the value to
    /// [`ThreadCtx::gen_sink`] and the body carries on; the return leaves the eval loop.
    GenCollect(ObjRef),
    /// A binary operator's method (`a.__add__(b)`) run by `BINARY_OP` on an instance:
    /// `a` and `b` stay below the frame; a `NotImplemented` result goes on to the
    /// reflected method and the default, as `binary_op` would (see `ops/binary.rs`).
    BinOp(gilpy_syntax::ast::BinOp),
    /// A rich comparison method (`a.__lt__(b)`) run by `COMPARE_OP`, likewise.
    Compare(gilpy_syntax::ast::CmpOp),
}

impl FrameKind {
    /// Does returning from (or unwinding) this frame leave the eval loop?
    #[inline(always)]
    pub fn is_entry(self) -> bool {
        matches!(
            self,
            FrameKind::Entry | FrameKind::GenEntry(_) | FrameKind::GenCollect(_)
        )
    }
}

/// One activation of a code object. Its locals live in the thread's value stack at
/// `base`, followed by its cells, followed by its operand stack.
pub struct Frame {
    /// The code object, as its index in `VmState::codes` (an index rather than an
    /// `Arc` keeps atomic reference counting off the call path).
    pub code_id: u32,
    pub pc: u32,
    /// Index of local slot 0 in the value stack.
    pub base: u32,
    /// The value-stack length to cut back to when the frame returns (removes the callee
    /// and arguments too).
    pub ret_sp: u32,
    /// Index into [`ThreadCtx::blocks`] where this frame's blocks start.
    pub block_base: u32,
    /// Length of [`ThreadCtx::handled`] when the frame was entered (restored on exit).
    pub handled_base: u32,
    /// Unique per activation (traceback de-duplication).
    pub activation: u64,
    pub kind: FrameKind,
}

/// A `SetupFinally`/`SetupWith` handler.
#[derive(Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub stack_depth: u32,
    pub handled_depth: u32,
}

/// A thread's execution state. Owned by the running thread while it holds the GIL, and
/// moved into [`VmState::parked`](crate::state::VmState) whenever it lets go, so the
/// collector always sees every root.
pub struct ThreadCtx {
    pub id: u64,
    pub name: String,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub blocks: Vec<Block>,
    /// The exceptions being handled (innermost last).
    pub handled: Vec<Value>,
    /// Instructions left before the slow path runs.
    pub countdown: u32,
    /// The rest of the countdown while an early slow path for the collector is pending
    /// (`Vm::collect_soon`); 0 otherwise.
    pub gc_stash: u32,
    /// Python frames plus native re-entries (for the recursion limit).
    pub depth: usize,
    /// How many eval loops nested inside native code are active.
    pub reentry: usize,
    pub next_activation: u64,
    /// Values native code keeps alive across callbacks or GIL releases.
    pub roots: Vec<Value>,
    /// Items yielded by [`FrameKind::GenCollect`] frames, not yet taken by their
    /// consumers (nested consumers stack their items above each other's).
    pub gen_sink: Vec<Value>,
    /// What the innermost such consumer wants: `None` every item (into `gen_sink`),
    /// `Some(want)` the first item whose truth is `want` (`any`, `all`).
    pub gen_stop: Option<bool>,
    /// The string a global `name += f(...)` site loaded and has not appended to yet
    /// ([`Op::LoadGlobalAppend`](gilpy_compiler::bytecode::Op::LoadGlobalAppend)): a
    /// hand-off or another such load marks it shared first (`ops::binary`).
    pub append_hold: Option<Value>,
}

impl ThreadCtx {
    /// Drops a popped frame's share of the value, block and handler stacks (everything
    /// a return leaves behind, whatever the frame kind).
    #[inline(always)]
    pub(crate) fn unwind(&mut self, f: &Frame) {
        self.depth = self.depth.saturating_sub(1);
        self.stack.truncate(f.ret_sp as usize);
        self.blocks.truncate(f.block_base as usize);
        self.handled.truncate(f.handled_base as usize);
    }

    /// A fresh context.
    pub fn new(id: u64, name: impl Into<String>) -> ThreadCtx {
        ThreadCtx {
            id,
            name: name.into(),
            stack: Vec::with_capacity(1 << 12),
            frames: Vec::with_capacity(64),
            blocks: Vec::new(),
            handled: Vec::new(),
            countdown: 100,
            gc_stash: 0,
            depth: 0,
            reentry: 0,
            next_activation: 0,
            roots: Vec::new(),
            gen_sink: Vec::new(),
            gen_stop: None,
            append_hold: None,
        }
    }

    /// A placeholder that owns nothing (while the real context is parked).
    pub fn empty() -> ThreadCtx {
        ThreadCtx {
            id: u64::MAX,
            name: String::new(),
            stack: Vec::new(),
            frames: Vec::new(),
            blocks: Vec::new(),
            handled: Vec::new(),
            countdown: 1,
            gc_stash: 0,
            depth: 0,
            reentry: 0,
            next_activation: 0,
            roots: Vec::new(),
            gen_sink: Vec::new(),
            gen_stop: None,
            append_hold: None,
        }
    }

    /// Report every root this thread holds.
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.stack.iter().for_each(|v| visit(*v));
        self.handled.iter().for_each(|v| visit(*v));
        self.roots.iter().for_each(|v| visit(*v));
        self.gen_sink.iter().for_each(|v| visit(*v));
        for f in &self.frames {
            match f.kind {
                FrameKind::ClassBody(r)
                | FrameKind::Init(r)
                | FrameKind::Generator(r)
                | FrameKind::GenEntry(r)
                | FrameKind::GenCollect(r) => visit(Value::Obj(r)),
                FrameKind::Normal
                | FrameKind::Entry
                | FrameKind::BinOp(_)
                | FrameKind::Compare(_) => {}
            }
        }
    }
}
