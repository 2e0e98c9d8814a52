//! The dispatch loop. Python → Python calls push a [`Frame`](crate::frame::Frame) on the
//! thread's frame vector and continue in the same loop (no Rust recursion); locals live
//! in the thread's value stack. Exceptions unwind through the block stack as
//! `docs/bytecode.md` describes.

use gilpy_compiler::bytecode::Op;
use gilpy_syntax::ast::{BinOp, CmpOp};

use crate::call::{call_at, push_frame, Called};
pub(crate) use crate::eval_ops::make_exception;
use crate::eval_ops::{
    build_class, class_ns, dict_update, do_raise, exc_matches, format_value, make_function,
    name_error, return_value, setup_with, star_error, unbound_deref, unbound_local, unpack,
    unpack_ex,
};
use crate::frame::{Block, FrameKind};
use crate::object::Object;
use crate::objects::generator;
use crate::ops::{
    attr, attr_cache, attr_fused, binary, compare, convert, fastpath, iter, num, subscr,
};
use crate::state::SwitchPoints;
pub(crate) use crate::unwind::handle_exception;
use crate::unwind::retrace;
use crate::value::Value;
use crate::{PyResult, Throw, Vm};

/// Runs the top frame (an [`FrameKind::Entry`] frame) until it returns.
pub(crate) fn run(vm: &mut Vm<'_>) -> PyResult<Value> {
    // One copy of the loop per switch-point mode, so the mode is a constant inside it
    // (no per-instruction test of a flag).
    let any = vm.st.config.switch_points == SwitchPoints::Any;
    loop {
        let r = if any {
            run_inner::<true>(vm)
        } else {
            run_inner::<false>(vm)
        };
        match r {
            Ok(v) => return Ok(v),
            Err(e) => handle_exception(vm, e)?,
        }
    }
}

/// The slow path behind the countdown: limits, interrupts, collection (and, with
/// threads, the GIL hand-off).
#[cold]
#[inline(never)]
fn slow_path(vm: &mut Vm<'_>) -> PyResult<()> {
    if vm.th.gc_stash > 0 {
        // An early stop for the collector (`Vm::collect_soon`): collect, then resume the
        // countdown where it was, so switch points do not move.
        vm.th.countdown = std::mem::take(&mut vm.th.gc_stash);
        if vm.st.heap.wants_collection() || crate::gc_finalize::take_request(vm) {
            crate::gc::maybe_collect(vm)?;
        }
        return Ok(());
    }
    let interval = vm.st.config.check_interval.clamp(1, 1_000_000);
    let sched = &mut vm.st.sched;
    let me = sched.current as usize;
    let done = u64::from(sched.threads[me].quantum.max(1));
    sched.threads[me].stats.instructions += done;
    // Nobody can take the GIL (alone, or every other thread blocked with no deadline and
    // none in native code): check limits, Ctrl-C and the collector every SOLO_QUANTUM
    // instructions only. Whatever makes another thread runnable (starting it, releasing
    // a lock it waits for) shortens the countdown again (`sched::shorten_quantum`).
    let alone = sched.alive <= 1 || (sched.sleepers.is_empty() && sched.in_native == 0);
    let quantum = if sched.seeded.is_some() {
        sched.next_quantum(interval)
    } else if alone && sched.run_queue.is_empty() {
        crate::sched::SOLO_QUANTUM.max(interval)
    } else {
        // Live runs switch only where the clock says a switch is due: one check per
        // clock period (`sched::handoff::clock_period`), not per `interval`.
        sched.next_quantum(crate::sched::clock_period(interval))
    };
    sched.threads[me].quantum = quantum;
    vm.st.instructions += done;
    vm.st.sched.charge(done);
    vm.th.countdown = quantum;
    if let Some(max) = vm.st.config.max_instructions {
        if vm.st.instructions >= max {
            return Err(Throw::Halt(crate::Halt::InstructionLimit));
        }
    }
    if let Some(d) = vm.st.deadline {
        if std::time::Instant::now() >= d {
            return Err(Throw::Halt(crate::Halt::Timeout));
        }
    }
    // Ctrl-C raises KeyboardInterrupt in the main thread, as CPython's signal handler
    // does; another thread that notices it first wakes a blocked main thread.
    if vm.st.sched.current == crate::sched::MAIN {
        if vm.gil.take_interrupt() {
            let c = vm.st.types.keyboard_interrupt;
            return Err(Throw::Exc(vm.new_exception(c, None)));
        }
    } else if vm.gil.interrupt_pending() {
        crate::sched::wake_main_for_interrupt(vm);
    }
    if vm.st.heap.wants_collection() || crate::gc_finalize::take_request(vm) {
        crate::gc::maybe_collect(vm)?;
    }
    crate::sched::switch_check(vm)
}

/// Pops the top of the value stack (a VM invariant: never empty here).
macro_rules! pop {
    ($vm:expr) => {
        match $vm.th.stack.pop() {
            Some(v) => v,
            None => Value::None,
        }
    };
}
// `eval_ops.rs` pops the same way.
pub(crate) use pop;

#[inline(always)]
pub(crate) fn top<'v>(vm: &'v mut Vm<'_>) -> &'v mut Value {
    let n = vm.th.stack.len();
    &mut vm.th.stack[n - 1]
}

/// Runs instructions until the entry frame returns (`Ok`) or an exception is raised
/// (`Err`, with the frame's `pc` saved).
fn run_inner<const ANY: bool>(vm: &mut Vm<'_>) -> PyResult<Value> {
    let any = ANY;
    // The running code object, borrowed from a snapshot of every code object so calls
    // and returns touch no reference count; one newer than the snapshot is held by its
    // own handle (see `objects/code.rs::snapshot_miss`).
    let mut snap = crate::objects::code::snapshot(vm);
    let mut owned: Option<std::sync::Arc<crate::objects::code::CodeData>> = None;
    'frame: loop {
        let Some(frame) = vm.th.frames.last() else {
            return Ok(Value::None);
        };
        let id = frame.code_id as usize;
        let base = frame.base as usize;
        let pc0 = frame.pc as usize;
        if id >= snap.len() && owned.as_ref().is_none_or(|c| c.id as usize != id) {
            match crate::objects::code::snapshot_miss(vm) {
                Some(s) => snap = s,
                None => owned = vm.st.codes.get(id).cloned(),
            }
        }
        let code = match snap.get(id) {
            Some(c) => c,
            None => match owned.as_ref() {
                Some(c) if c.id as usize == id => c,
                _ => return Err(vm.runtime_error("internal error: unknown code object")),
            },
        };
        let mut pc = pc0;
        let ops: &[Op] = &code.code.ops;

        macro_rules! save {
            () => {
                if let Some(f) = vm.th.frames.last_mut() {
                    f.pc = pc as u32;
                }
            };
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(err) => {
                        save!();
                        return Err(err);
                    }
                }
            };
        }
        macro_rules! raise {
            ($e:expr) => {{
                let err = $e;
                save!();
                return Err(err);
            }};
        }

        loop {
            let Some(&op) = ops.get(pc) else {
                // Falling off the end: an implicit `return None`.
                vm.th.stack.push(Value::None);
                pc = ops.len();
                save!();
                // An error here belongs to the caller (the frame is gone; its pc was
                // saved when it called): no `save!`.
                match return_value(vm)? {
                    Some(v) => return Ok(v),
                    None => continue 'frame,
                }
            };
            pc += 1;
            if any || op.breaks_before() {
                vm.th.countdown = vm.th.countdown.wrapping_sub(1);
                if vm.th.countdown == 0 {
                    save!();
                    tri!(slow_path(vm));
                }
            }
            // `--switch-points cpython`: after a call into native code returns.
            macro_rules! after_call {
                () => {
                    if !any {
                        vm.th.countdown = vm.th.countdown.wrapping_sub(1);
                        if vm.th.countdown == 0 {
                            save!();
                            tri!(slow_path(vm));
                        }
                    }
                };
            }
            match op {
                Op::Nop | Op::Resume => {}
                Op::LoadConst(i) => {
                    let v = code.consts[i as usize];
                    vm.th.stack.push(v);
                }
                Op::LoadFast(i) | Op::LoadFastShared(i) => {
                    let v = vm.th.stack[base + i as usize];
                    if v.is_undef() {
                        let e = unbound_local(vm, code, i as usize);
                        raise!(e);
                    }
                    // Superinstruction: `local OP int-constant` or `local OP local` on
                    // ints (`n - 1`, `i < n`, `i += 1`, `j += i`), optionally followed by a store to a local or a
                    // conditional jump. Everything involved is thread-private, so fusing
                    // changes no observable interleaving; the countdown still counts each
                    // instruction and never expires inside the group.
                    if let (Value::Int(x), true) = (v, vm.th.countdown > 4) {
                        let y = match ops.get(pc) {
                            Some(&Op::LoadConst(c)) => code.consts[c as usize],
                            Some(&Op::LoadFast(k) | &Op::LoadFastShared(k)) => {
                                vm.th.stack[base + k as usize]
                            }
                            _ => Value::Undef,
                        };
                        if let (Value::Int(y), Some(&op2)) = (y, ops.get(pc + 1)) {
                            if let Some((next, extra)) = fused_int(vm, ops, pc, op2, x, y, base) {
                                vm.th.countdown -= if any { extra } else { 0 };
                                pc = next;
                                continue;
                            }
                        }
                    }
                    // Superinstruction: `self.x`, `self.x = v`, `self.m(...)` (see
                    // `ops/attr_fused.rs`); counted as two, never split by a switch.
                    if let (Op::LoadFast(_), Value::Obj(r)) = (op, v) {
                        if let (Some(&next), true) = (ops.get(pc), vm.th.countdown > 1) {
                            if vm.st.races.is_none()
                                && attr_fused::after_load_fast(vm, code, next, pc, r)
                            {
                                vm.th.countdown -= any as u32;
                                pc += 1;
                                continue;
                            }
                        }
                    }
                    // Only a string can be appended to in place (ints fused above).
                    if let (Op::LoadFastShared(_), Value::Obj(_)) = (op, v) {
                        binary::share(vm, v);
                    }
                    vm.th.stack.push(v);
                }
                Op::StoreFast(i) => {
                    let v = pop!(vm);
                    let old = std::mem::replace(&mut vm.th.stack[base + i as usize], v);
                    crate::gc_finalize::dropping(vm, old);
                }
                Op::DeleteFast(i) => {
                    if vm.th.stack[base + i as usize].is_undef() {
                        let e = unbound_local(vm, code, i as usize);
                        raise!(e);
                    }
                    let old = std::mem::replace(&mut vm.th.stack[base + i as usize], Value::Undef);
                    crate::gc_finalize::dropping(vm, old);
                }
                Op::LoadDeref(i) => {
                    let cell = vm.th.stack[base + code.nlocals + i as usize];
                    let v = match vm.obj(cell) {
                        Some(Object::Cell(v)) => *v,
                        _ => Value::Undef,
                    };
                    if v.is_undef() {
                        let e = unbound_deref(vm, code, i as usize);
                        raise!(e);
                    }
                    vm.th.stack.push(v);
                }
                Op::StoreDeref(i) => {
                    let v = pop!(vm);
                    let cell = vm.th.stack[base + code.nlocals + i as usize];
                    if let Some(r) = cell.as_obj() {
                        if let Object::Cell(c) = vm.st.heap.get_mut(r) {
                            *c = v;
                        }
                    }
                }
                Op::LoadClosure(i) => {
                    let cell = vm.th.stack[base + code.nlocals + i as usize];
                    vm.th.stack.push(cell);
                }
                Op::LoadGlobal(i) | Op::LoadGlobalShared(i) | Op::LoadGlobalAppend(i) => {
                    if vm.st.races.is_some() {
                        save!();
                        let slot = code.gslots[i as usize];
                        crate::races::on_read(vm, crate::races::Loc::Global(slot));
                    }
                    let st = &*vm.st;
                    let mut v = st.globals.slots[code.gslots[i as usize] as usize];
                    if v.is_undef() {
                        v = st.builtins.slots[code.bslots[i as usize] as usize];
                        if v.is_undef() {
                            let e = name_error(vm, code.names[i as usize]);
                            raise!(e);
                        }
                    }
                    match op {
                        Op::LoadGlobalShared(_) => binary::share(vm, v),
                        Op::LoadGlobalAppend(_) => binary::hold_for_append(vm, v),
                        _ => {}
                    }
                    vm.th.stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    if vm.st.races.is_some() {
                        save!();
                        let slot = code.gslots[i as usize];
                        crate::races::on_write(vm, crate::races::Loc::Global(slot));
                    }
                    let v = pop!(vm);
                    let s = code.gslots[i as usize] as usize;
                    let old = std::mem::replace(&mut vm.st.globals.slots[s], v);
                    crate::gc_finalize::dropping(vm, old);
                    crate::builtins::evalexec::sync_slot(vm, s);
                }
                Op::DeleteGlobal(i) => {
                    let s = code.gslots[i as usize] as usize;
                    if vm.st.globals.slots[s].is_undef() {
                        let e = name_error(vm, code.names[i as usize]);
                        raise!(e);
                    }
                    let old = std::mem::replace(&mut vm.st.globals.slots[s], Value::Undef);
                    crate::gc_finalize::dropping(vm, old);
                    crate::builtins::evalexec::sync_slot(vm, s);
                }
                Op::LoadName(i) | Op::LoadNameShared(i) => {
                    let name = code.names[i as usize];
                    let ns = class_ns(vm);
                    let local =
                        ns.and_then(|c| vm.class(c).and_then(|c| c.dict.get(&name).copied()));
                    let v = match local {
                        Some(v) => v,
                        None => {
                            let st = &*vm.st;
                            let g = st.globals.slots[code.gslots[i as usize] as usize];
                            if !g.is_undef() {
                                g
                            } else {
                                let b = st.builtins.slots[code.bslots[i as usize] as usize];
                                if b.is_undef() {
                                    let e = name_error(vm, name);
                                    raise!(e);
                                }
                                b
                            }
                        }
                    };
                    if let Op::LoadNameShared(_) = op {
                        binary::share(vm, v);
                    }
                    vm.th.stack.push(v);
                }
                Op::StoreName(i) => {
                    let name = code.names[i as usize];
                    let v = pop!(vm);
                    match class_ns(vm) {
                        Some(c) => {
                            if let Object::Class(c) = vm.st.heap.get_mut(c) {
                                c.dict.insert(name, v);
                            }
                        }
                        None => {
                            let s = code.gslots[i as usize] as usize;
                            let old = std::mem::replace(&mut vm.st.globals.slots[s], v);
                            crate::gc_finalize::dropping(vm, old);
                            crate::builtins::evalexec::sync_slot(vm, s);
                        }
                    }
                }
                Op::DeleteName(i) => {
                    let name = code.names[i as usize];
                    let removed = match class_ns(vm) {
                        Some(c) => match vm.st.heap.get_mut(c) {
                            Object::Class(c) => c.dict.remove(&name).is_some(),
                            _ => false,
                        },
                        None => {
                            let s = code.gslots[i as usize] as usize;
                            let was = !vm.st.globals.slots[s].is_undef();
                            vm.st.globals.slots[s] = Value::Undef;
                            crate::builtins::evalexec::sync_slot(vm, s);
                            was
                        }
                    };
                    if !removed {
                        let e = name_error(vm, name);
                        raise!(e);
                    }
                    crate::gc_finalize::deleted(vm);
                }
                Op::LoadAttr(i) => {
                    let obj = pop!(vm);
                    let name = code.names[i as usize];
                    if vm.st.races.is_some() {
                        save!();
                        if let Some(loc) = crate::races::attr_loc(vm, obj, name) {
                            crate::races::on_read(vm, loc);
                        }
                    }
                    // Fast path: an instance's own attribute (not a thread-local's).
                    if let Value::Obj(r) = obj {
                        if let Object::Instance(inst) = vm.st.heap.get(r) {
                            let plain = !vm.st.attr_slow
                                && !matches!(inst.payload, crate::object::Payload::Native(_));
                            if plain {
                                // `x.__class__` (dataclass comparisons): the class, unless
                                // a `__getattribute__` or a class attribute intercepts it.
                                if name == crate::names::sym::__class__ {
                                    let cls = inst.class;
                                    if attr::class_flags(vm, cls)
                                        & crate::object::attr_flags::GETATTRIBUTE
                                        == 0
                                        && vm.class_lookup_cached(cls, name).is_none()
                                    {
                                        vm.th.stack.push(Value::Obj(cls));
                                        continue;
                                    }
                                }
                                if let Object::Instance(inst) = vm.st.heap.get(r) {
                                    let hint = &code.attr_hints[pc - 1];
                                    if let Some(v) = attr_cache::get_hinted(inst, name, hint) {
                                        vm.th.stack.push(v);
                                        continue;
                                    }
                                }
                            }
                        }
                    }
                    // A property or `__getattr__` may read the frame's line
                    // (`sys._getframe().f_lineno`).
                    save!();
                    let v = tri!(attr::get_attr(vm, obj, name));
                    vm.th.stack.push(v);
                }
                Op::StoreAttr(i) => {
                    let obj = pop!(vm);
                    let v = pop!(vm);
                    let name = code.names[i as usize];
                    if vm.st.races.is_some() {
                        save!();
                        if let Some(loc) = crate::races::attr_loc(vm, obj, name) {
                            crate::races::on_write(vm, loc);
                        }
                    }
                    crate::gc_finalize::attr_dropping(vm, obj, name);
                    let object_cls = vm.st.types.object;
                    if let Value::Obj(r) = obj {
                        if let Object::Instance(inst) = vm.st.heap.get(r) {
                            let cls = inst.class;
                            if matches!(inst.payload, crate::object::Payload::None)
                                && cls != object_cls
                                && name != crate::names::sym::__class__
                                && name != crate::names::sym::__dict__
                                && (vm.st.flags_seen & attr::STORE_HOOKS == 0
                                    || match attr::class_flags(vm, cls) & attr::STORE_HOOKS {
                                        0 => true,
                                        // `__slots__` alone: a declared slot is a plain store.
                                        crate::object::attr_flags::SLOTS => {
                                            vm.class_lookup_cached(cls, name).is_some_and(|d| {
                                                crate::builtins::slots::is_member(vm, d)
                                            })
                                        }
                                        _ => false,
                                    })
                            {
                                if let Object::Instance(inst) = vm.st.heap.get_mut(r) {
                                    let hint = &code.attr_hints[pc - 1];
                                    attr_cache::set_hinted(inst, name, v, hint);
                                }
                                continue;
                            }
                        }
                    }
                    tri!(attr::set_attr(vm, obj, name, v));
                }
                Op::DeleteAttr(i) => {
                    let obj = pop!(vm);
                    tri!(attr::del_attr(vm, obj, code.names[i as usize]));
                    crate::gc_finalize::deleted(vm);
                }
                Op::LoadMethod(i) => {
                    // Fast path: a plain instance's method (`node.left.accept(v)`), as
                    // the `self.m(...)` superinstruction does it.
                    if let Value::Obj(r) = *top(vm) {
                        let name = code.names[i as usize];
                        if let Some(f) = attr_fused::plain_method(vm, r, name)
                            .or_else(|| fastpath::builtin_method(vm, r, name))
                        {
                            *top(vm) = f;
                            vm.th.stack.push(Value::Obj(r));
                            continue;
                        }
                        if let Some(f) = fastpath::module_function(vm, r, name) {
                            *top(vm) = Value::Undef;
                            vm.th.stack.push(f);
                            continue;
                        }
                    }
                    let obj = pop!(vm);
                    let (a, b) = tri!(attr::load_method(vm, obj, code.names[i as usize]));
                    vm.th.stack.push(a);
                    vm.th.stack.push(b);
                }
                Op::BinarySubscr => {
                    let key = pop!(vm);
                    let cont = pop!(vm);
                    if vm.st.races.is_some() {
                        save!();
                        if let Some(loc) = crate::races::item_loc(vm, cont, key) {
                            crate::races::on_read(vm, loc);
                        }
                    }
                    if let (Value::Obj(r), Value::Int(i)) = (cont, key) {
                        if let Object::List(l) = vm.st.heap.get(r) {
                            if let Some(i) = subscr::norm_index(i, l.len()) {
                                let v = l[i];
                                vm.th.stack.push(v);
                                continue;
                            }
                        }
                    }
                    if let Some(v) = fastpath::get_item(&vm.st.heap, cont, key) {
                        vm.th.stack.push(v);
                        continue;
                    }
                    let v = tri!(subscr::get_item(vm, cont, key));
                    vm.th.stack.push(v);
                }
                Op::StoreSubscr => {
                    let key = pop!(vm);
                    let cont = pop!(vm);
                    let v = pop!(vm);
                    if vm.st.races.is_some() {
                        save!();
                        if let Some(loc) = crate::races::item_loc(vm, cont, key) {
                            crate::races::on_write(vm, loc);
                        }
                    }
                    if let (Value::Obj(r), Value::Int(i)) = (cont, key) {
                        if let Object::List(l) = vm.st.heap.get_mut(r) {
                            if let Some(i) = subscr::norm_index(i, l.len()) {
                                l[i] = v;
                                continue;
                            }
                        }
                    }
                    // (Not once `globals()` handed out a dict: its stores reach variables.)
                    if vm.st.globals_dicts.is_empty()
                        && fastpath::set_item(&mut vm.st.heap, cont, key, v)
                    {
                        continue;
                    }
                    // Keep the operands rooted while `__setitem__`/`__hash__` run.
                    vm.th.stack.extend_from_slice(&[v, cont, key]);
                    let r = subscr::set_item(vm, cont, key, v);
                    vm.th.stack.truncate(vm.th.stack.len() - 3);
                    tri!(r);
                }
                Op::DeleteSubscr => {
                    let key = pop!(vm);
                    let cont = pop!(vm);
                    tri!(subscr::del_item(vm, cont, key));
                    crate::gc_finalize::deleted(vm);
                }
                Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                    // Read the operands field by field (not as whole values): they were
                    // often just written that way, and a wide load of them would stall.
                    // Ints and floats (and the mixed pairs) never touch the heap.
                    let n = vm.th.stack.len();
                    let fast =
                        num::inline_binop_fast(bop, &vm.th.stack[n - 2], &vm.th.stack[n - 1]);
                    let b = pop!(vm);
                    let a = *top(vm);
                    if let Some(v) = fast {
                        // Fused with a following store to a local (thread-private, so
                        // no race can fall between them).
                        if let (Some(&Op::StoreFast(j)), true) = (ops.get(pc), vm.th.countdown > 1)
                        {
                            vm.th.stack.pop();
                            vm.th.stack[base + j as usize] = v;
                            vm.th.countdown -= any as u32;
                            pc += 1;
                            continue;
                        }
                        *top(vm) = v;
                        continue;
                    }
                    vm.th.stack.push(b);
                    // Only a plain instance can have a Python operator method to run as a
                    // frame; strings and containers go straight to the native operation.
                    if let (Op::BinaryOp(_), Some(Object::Instance(_))) = (op, vm.obj(a)) {
                        save!();
                        if binary::dunder_frame(vm, bop, a, b) {
                            continue 'frame;
                        }
                    }
                    // Only the slow path differs: `+=` tries `__iadd__` and extends lists.
                    let r = if matches!(op, Op::InplaceOp(_)) {
                        binary::inplace_op(vm, bop, a, b)
                    } else {
                        binary::binary_op(vm, bop, a, b)
                    };
                    vm.th.stack.pop();
                    *top(vm) = tri!(r);
                }
                Op::InplaceAppend => {
                    // `total += x * y` on numbers shares the site (the compiler cannot
                    // tell it from `s += f(x)`): the same inline arithmetic as `+=`.
                    let n = vm.th.stack.len();
                    let fast = num::inline_binop_fast(
                        BinOp::Add,
                        &vm.th.stack[n - 2],
                        &vm.th.stack[n - 1],
                    );
                    if let Some(v) = fast {
                        vm.th.stack.pop();
                        if let (Some(&Op::StoreFast(j)), true) = (ops.get(pc), vm.th.countdown > 1)
                        {
                            vm.th.stack.pop();
                            vm.th.stack[base + j as usize] = v;
                            vm.th.countdown -= any as u32;
                            pc += 1;
                            continue;
                        }
                        *top(vm) = v;
                        continue;
                    }
                    let b = pop!(vm);
                    let a = *top(vm);
                    if vm.th.append_hold.is_some_and(|h| h.is(a)) {
                        vm.th.append_hold = None;
                    }
                    if let Some(v) = binary::str_append(vm, a, b) {
                        *top(vm) = v;
                        continue;
                    }
                    vm.th.stack.push(b);
                    let r = binary::inplace_op(vm, BinOp::Add, a, b);
                    vm.th.stack.pop();
                    *top(vm) = tri!(r);
                }
                Op::UnaryOp(uop) => {
                    let a = *top(vm);
                    let fast = match (uop, a) {
                        (gilpy_syntax::ast::UnaryOp::Not, Value::Bool(b)) => Some(Value::Bool(!b)),
                        (gilpy_syntax::ast::UnaryOp::Neg, Value::Float(f)) => {
                            Some(Value::Float(-f))
                        }
                        _ => None,
                    };
                    if let Some(v) = fast {
                        *top(vm) = v;
                        continue;
                    }
                    let r = binary::unary_op(vm, uop, a);
                    *top(vm) = tri!(r);
                }
                Op::CompareOp(cop) => {
                    let b = pop!(vm);
                    let a = *top(vm);
                    // Ints and floats (and the mixed pairs) never touch the heap; two
                    // strings under `==`/`!=` only read it.
                    let fast = match num::inline_compare_fast(cop, &a, &b) {
                        Some(r) => Some(r),
                        None => compare::str_eq_fast(&vm.st.heap, cop, a, b)
                            .or_else(|| fastpath::compare_in(&vm.st.heap, cop, a, b)),
                    };
                    if let Some(r) = fast {
                        // Fused with a following conditional jump (the pair stays one
                        // switch point only when the countdown cannot expire between).
                        if vm.th.countdown > 1 {
                            match ops.get(pc) {
                                Some(&Op::PopJumpIfFalse(t)) => {
                                    vm.th.stack.pop();
                                    vm.th.countdown -= any as u32;
                                    pc = if r { pc + 1 } else { t as usize };
                                    continue;
                                }
                                Some(&Op::PopJumpIfTrue(t)) => {
                                    vm.th.stack.pop();
                                    vm.th.countdown -= any as u32;
                                    pc = if r { t as usize } else { pc + 1 };
                                    continue;
                                }
                                _ => {}
                            }
                        }
                        *top(vm) = Value::Bool(r);
                        continue;
                    }
                    vm.th.stack.push(b);
                    if let Some(Object::Instance(_)) = vm.obj(a) {
                        save!();
                        if compare::dunder_frame(vm, cop, a, b) {
                            continue 'frame;
                        }
                    }
                    let r = compare::compare(vm, cop, a, b);
                    vm.th.stack.pop();
                    *top(vm) = tri!(r);
                }
                Op::CompareSeq {
                    left,
                    right,
                    op: cop,
                } => {
                    save!();
                    let r = compare::compare_items(vm, cop, left as usize, right as usize);
                    vm.th.stack.push(tri!(r));
                }
                Op::Pop => {
                    // A discarded result (or a `for` loop's iterator left by `break`)
                    // may have been the last reference to something with a finalizer.
                    if let Some(old) = vm.th.stack.pop() {
                        crate::gc_finalize::dropping(vm, old);
                    }
                }
                Op::Dup => {
                    let v = *top(vm);
                    vm.th.stack.push(v);
                }
                Op::Dup2 => {
                    let n = vm.th.stack.len();
                    let (a, b) = (vm.th.stack[n - 2], vm.th.stack[n - 1]);
                    vm.th.stack.push(a);
                    vm.th.stack.push(b);
                }
                Op::Rot2 => {
                    let n = vm.th.stack.len();
                    vm.th.stack.swap(n - 1, n - 2);
                }
                Op::Rot3 => {
                    let n = vm.th.stack.len();
                    vm.th.stack[n - 3..].rotate_right(1);
                }
                Op::Rot4 => {
                    let n = vm.th.stack.len();
                    vm.th.stack[n - 4..].rotate_right(1);
                }
                Op::Jump(t) | Op::JumpBackward(t) => pc = t as usize,
                Op::PopJumpIfFalse(t) => {
                    let v = pop!(vm);
                    let truth = match v {
                        Value::Bool(b) => b,
                        Value::Int(i) => i != 0,
                        Value::None => false,
                        _ => tri!(compare::is_true(vm, v)),
                    };
                    if !truth {
                        pc = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = pop!(vm);
                    let truth = match v {
                        Value::Bool(b) => b,
                        Value::Int(i) => i != 0,
                        Value::None => false,
                        _ => tri!(compare::is_true(vm, v)),
                    };
                    if truth {
                        pc = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = *top(vm);
                    let truth = match v {
                        Value::Bool(b) => b,
                        _ => tri!(compare::is_true(vm, v)),
                    };
                    if !truth {
                        pc = t as usize;
                    } else {
                        vm.th.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = *top(vm);
                    let truth = match v {
                        Value::Bool(b) => b,
                        _ => tri!(compare::is_true(vm, v)),
                    };
                    if truth {
                        pc = t as usize;
                    } else {
                        vm.th.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = *top(vm);
                    let it = tri!(iter::get_iter(vm, v));
                    *top(vm) = it;
                }
                Op::ForIter(t) => {
                    let it = *top(vm);
                    match tri!(iter::for_iter(vm, it)) {
                        iter::Step::Item(x) => {
                            // Fused with the loop variable's store (`for x in ...:`); a
                            // local is thread-private, so no switch can matter between.
                            if let (Some(&Op::StoreFast(j)), true) =
                                (ops.get(pc), vm.th.countdown > 1)
                            {
                                // Count the store first: dropping the old value may ask
                                // for a collection at the next instruction (countdown 1).
                                vm.th.countdown -= any as u32;
                                let slot = &mut vm.th.stack[base + j as usize];
                                let old = std::mem::replace(slot, x);
                                crate::gc_finalize::dropping(vm, old);
                                pc += 1;
                                continue;
                            }
                            vm.th.stack.push(x)
                        }
                        iter::Step::Done => {
                            vm.th.stack.pop();
                            pc = t as usize;
                        }
                        iter::Step::Gen(g) => {
                            save!();
                            if tri!(generator::resume_for(vm, g)) {
                                continue 'frame;
                            }
                            vm.th.stack.pop();
                            pc = t as usize;
                        }
                    }
                }
                Op::BuildList(n) => {
                    let at = vm.th.stack.len() - n as usize;
                    let items = vm.th.stack.split_off(at);
                    let l = vm.new_list(items);
                    vm.th.stack.push(l);
                }
                Op::BuildTuple(n) => {
                    let at = vm.th.stack.len() - n as usize;
                    let items = vm.th.stack[at..].to_vec();
                    let t = vm.new_tuple(items);
                    vm.th.stack.truncate(at);
                    vm.th.stack.push(t);
                }
                Op::BuildSet(n) => {
                    let at = vm.th.stack.len() - n as usize;
                    let s = vm.alloc(Object::Set(Box::default()));
                    vm.th.stack.push(s);
                    for k in at..at + n as usize {
                        let key = vm.th.stack[k];
                        tri!(crate::ops::dictops::set_add(
                            vm,
                            s.as_obj().unwrap_or(crate::value::ObjRef(0)),
                            key
                        ));
                    }
                    vm.th.stack.truncate(at);
                    vm.th.stack.push(s);
                }
                Op::BuildMap(n) => {
                    let at = vm.th.stack.len() - 2 * n as usize;
                    let d = vm.new_dict();
                    vm.th.stack.push(d);
                    for k in 0..n as usize {
                        let key = vm.th.stack[at + 2 * k];
                        let val = vm.th.stack[at + 2 * k + 1];
                        tri!(crate::ops::dictops::dict_set(
                            vm,
                            d.as_obj().unwrap_or(crate::value::ObjRef(0)),
                            key,
                            val
                        ));
                    }
                    vm.th.stack.truncate(at);
                    vm.th.stack.push(d);
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { pop!(vm) } else { Value::None };
                    let stop = pop!(vm);
                    let start = pop!(vm);
                    let s = vm.alloc(Object::Slice(Box::new([start, stop, step])));
                    vm.th.stack.push(s);
                }
                Op::BuildString(n) => {
                    let at = vm.th.stack.len() - n as usize;
                    let mut s = String::new();
                    for k in at..at + n as usize {
                        let v = vm.th.stack[k];
                        match vm.as_str(v) {
                            Some(t) => s.push_str(t),
                            None => {
                                let t = tri!(convert::str_of(vm, v));
                                s.push_str(&t);
                            }
                        }
                    }
                    vm.th.stack.truncate(at);
                    let v = vm.new_string(s);
                    vm.th.stack.push(v);
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { Some(pop!(vm)) } else { None };
                    let v = *top(vm);
                    let r = format_value(vm, v, flags & 3, spec);
                    *top(vm) = tri!(r);
                }
                Op::ListAppend(i) => {
                    let v = pop!(vm);
                    let n = vm.th.stack.len();
                    let l = vm.th.stack[n - i as usize];
                    if let Some(r) = l.as_obj() {
                        if let Object::List(l) = vm.st.heap.get_mut(r) {
                            l.push(v);
                        }
                    }
                }
                Op::SetAdd(i) => {
                    let v = *top(vm);
                    let n = vm.th.stack.len();
                    let s = vm.th.stack[n - 1 - i as usize];
                    if let Some(r) = s.as_obj() {
                        tri!(crate::ops::dictops::set_add(vm, r, v));
                    }
                    vm.th.stack.pop();
                }
                Op::MapAdd(i) => {
                    let n = vm.th.stack.len();
                    let (k, v) = (vm.th.stack[n - 2], vm.th.stack[n - 1]);
                    let d = vm.th.stack[n - 2 - i as usize];
                    if let Some(r) = d.as_obj() {
                        tri!(crate::ops::dictops::dict_set(vm, r, k, v));
                    }
                    vm.th.stack.truncate(n - 2);
                }
                Op::ListExtend => {
                    let src = *top(vm);
                    let items =
                        tri!(iter::collect(vm, src).map_err(|e| star_error(vm, e, src, None)));
                    vm.th.stack.pop();
                    let l = *top(vm);
                    if let Some(r) = l.as_obj() {
                        if let Object::List(l) = vm.st.heap.get_mut(r) {
                            l.extend(items);
                        }
                    }
                }
                Op::ListToTuple => {
                    let l = *top(vm);
                    let items = match vm.obj(l) {
                        Some(Object::List(l)) => l.clone(),
                        _ => Vec::new(),
                    };
                    *top(vm) = vm.new_tuple(items);
                }
                Op::DictUpdate => {
                    let src = *top(vm);
                    let n = vm.th.stack.len();
                    let d = vm.th.stack[n - 2];
                    tri!(dict_update(vm, d, src, false));
                    vm.th.stack.pop();
                }
                Op::DictMerge => {
                    // `callee args_tuple kwargs_dict src`: only calls merge.
                    let src = *top(vm);
                    let n = vm.th.stack.len();
                    let (d, callee) = (vm.th.stack[n - 2], vm.th.stack[n - 4]);
                    if let Some(d) = d.as_obj() {
                        tri!(crate::call_star::merge_kwargs(vm, d, src, callee));
                    }
                    vm.th.stack.pop();
                }
                Op::UnpackSequence(n) => {
                    let seq = *top(vm);
                    // A tuple or list of the right length: straight onto the stack.
                    if let Value::Obj(r) = seq {
                        let items: &[Value] = match vm.st.heap.get(r) {
                            Object::Tuple(t) => t,
                            Object::List(l) => l,
                            _ => &[],
                        };
                        if items.len() == n as usize && n > 0 {
                            // Fused with the stores into locals that follow (`a, b = p`,
                            // `for k, v in pairs:`), when no finalizer can be watching.
                            let k = n as usize;
                            let stores = ops.get(pc..pc + k).filter(|t| {
                                vm.th.countdown > n
                                    && !vm.st.fin.seen
                                    && t.iter().all(|o| matches!(o, Op::StoreFast(_)))
                            });
                            if let Some(targets) = stores {
                                let th = &mut vm.th;
                                th.stack.pop();
                                for (o, &item) in targets.iter().zip(items) {
                                    if let Op::StoreFast(j) = *o {
                                        th.stack[base + j as usize] = item;
                                    }
                                }
                                th.countdown -= if any { n } else { 0 };
                                pc += k;
                                continue;
                            }
                            let th = &mut vm.th;
                            th.stack.pop();
                            th.stack.extend(items.iter().rev());
                            continue;
                        }
                    }
                    let items = tri!(unpack(vm, seq, n as usize));
                    vm.th.stack.pop();
                    vm.th.stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx { before, after } => {
                    let seq = *top(vm);
                    let r = unpack_ex(vm, seq, before as usize, after as usize);
                    let items = tri!(r);
                    vm.th.stack.pop();
                    vm.th.stack.extend(items);
                }
                Op::MakeFunction(flags) => {
                    let f = tri!(make_function(vm, flags));
                    vm.th.stack.push(f);
                }
                Op::Call(n) => {
                    let slot = vm.th.stack.len() - n as usize - 1;
                    save!();
                    // Fast path: a plain Python function with exactly its positional args.
                    if let Value::Obj(r) = vm.th.stack[slot] {
                        if let Object::Function(f) = vm.st.heap.get(r) {
                            if f.code.simple
                                && f.code.code.argcount == n
                                && vm.th.depth < vm.st.config.recursion_limit
                            {
                                let (fid, need) = (f.code.id, f.code.nlocals - n as usize);
                                if need > 0 {
                                    unbound_locals(vm, need);
                                }
                                push_frame(vm, fid, slot + 1, slot, FrameKind::Normal);
                                skip_resume(vm);
                                continue 'frame;
                            }
                            // Any other Python function (defaults, closures): bound
                            // without `call_at`'s checks for natives and types.
                            let kind = FrameKind::Normal;
                            let r = crate::bind::push_function_frame(
                                vm,
                                r,
                                slot + 1,
                                n as usize,
                                &[],
                                slot,
                                kind,
                            );
                            tri!(r);
                            continue 'frame;
                        }
                    }
                    if let Some(r) = crate::call::native_fast(vm, slot, slot) {
                        tri!(r);
                        after_call!();
                        continue;
                    }
                    match tri!(call_at(vm, slot, &[])) {
                        Called::Done => after_call!(),
                        Called::Frame => continue 'frame,
                    }
                }
                Op::CallMethod(n) => {
                    let len = vm.th.stack.len();
                    let mut slot = len - n as usize - 2;
                    if vm.th.stack[slot].is_undef() {
                        // `NULL f args..`: a module function (`heapq.heappush(h, x)`).
                        save!();
                        if let Some(r) = crate::call::native_fast(vm, slot, slot + 1) {
                            tri!(r);
                            after_call!();
                            continue;
                        }
                        vm.th.stack.remove(slot);
                    } else if let Value::Obj(r) = vm.th.stack[slot] {
                        if let Object::Function(f) = vm.st.heap.get(r) {
                            if f.code.simple
                                && f.code.code.argcount == n + 1
                                && vm.th.depth < vm.st.config.recursion_limit
                            {
                                let (fid, need) = (f.code.id, f.code.nlocals - n as usize - 1);
                                if need > 0 {
                                    unbound_locals(vm, need);
                                }
                                save!();
                                push_frame(vm, fid, slot + 1, slot, FrameKind::Normal);
                                skip_resume(vm);
                                continue 'frame;
                            }
                        }
                    }
                    if slot > vm.th.stack.len() {
                        slot = vm.th.stack.len();
                    }
                    save!();
                    // `meth self args..` with a builtin type's method (`l.append(x)`).
                    if let Some(r) = crate::call::native_fast(vm, slot, slot) {
                        tri!(r);
                        after_call!();
                        continue;
                    }
                    match tri!(call_at(vm, slot, &[])) {
                        Called::Done => after_call!(),
                        Called::Frame => continue 'frame,
                    }
                }
                Op::CallKw(n) | Op::CallMethodKw(n) => {
                    // The keyword values stay on the stack (rooted) above the positionals.
                    let names = pop!(vm);
                    let mut slot = vm.th.stack.len() - n as usize - 1;
                    if let Op::CallMethodKw(_) = op {
                        // `meth self args..`, or `NULL attr args..` (drop the NULL).
                        slot -= 1;
                        if vm.th.stack[slot].is_undef() {
                            vm.th.stack.remove(slot);
                        }
                    }
                    save!();
                    match tri!(crate::call::call_kw_at(vm, code, names, slot)) {
                        Called::Done => after_call!(),
                        Called::Frame => continue 'frame,
                    }
                }
                Op::CallEx(flags) => {
                    let kwargs = if flags & 1 != 0 { Some(pop!(vm)) } else { None };
                    let args = pop!(vm);
                    let slot = vm.th.stack.len() - 1;
                    let mark = vm.th.roots.len();
                    vm.th.roots.push(args);
                    vm.th.roots.extend(kwargs);
                    save!();
                    let r = crate::call::call_ex_at(vm, slot, args, kwargs, flags & 2 != 0);
                    vm.th.roots.truncate(mark);
                    match r {
                        Ok(r) => match tri!(r) {
                            Called::Done => after_call!(),
                            Called::Frame => continue 'frame,
                        },
                        Err(e) => {
                            let callee = vm.th.stack[slot];
                            let e = star_error(vm, e, args, Some(callee));
                            raise!(e);
                        }
                    }
                }
                Op::ReturnValue => {
                    // Fast path: a plain frame returning to the Python frame below it,
                    // with no finalizer to look for (`return_value` is the general path).
                    let plain = vm
                        .th
                        .frames
                        .last()
                        .is_some_and(|f| f.kind == FrameKind::Normal);
                    if plain && !vm.st.fin.seen {
                        let v = pop!(vm);
                        let th = &mut vm.th;
                        if let Some(f) = th.frames.pop() {
                            th.unwind(&f);
                        }
                        th.stack.push(v);
                        continue 'frame;
                    }
                    save!();
                    // Errors belong to the caller, as above.
                    match return_value(vm)? {
                        Some(v) => return Ok(v),
                        None => continue 'frame,
                    }
                }
                Op::YieldValue => {
                    let v = pop!(vm);
                    if let Some(FrameKind::GenCollect(_)) = vm.th.frames.last().map(|f| f.kind) {
                        if generator::collected(vm, v) {
                            // Running on for a native consumer that took the item: the
                            // `yield` evaluates to None (what `next` sends).
                            vm.th.stack.push(Value::None);
                            continue;
                        }
                    }
                    save!();
                    if tri!(generator::suspend(vm, pc as u32)).is_entry() {
                        return Ok(v);
                    }
                    vm.th.stack.push(v);
                    continue 'frame;
                }
                Op::YieldFrom => {
                    let sent = pop!(vm);
                    let sub = *top(vm);
                    save!();
                    let collecting = matches!(
                        vm.th.frames.last().map(|f| f.kind),
                        Some(FrameKind::GenCollect(_))
                    );
                    let step = match (collecting, sent, sub) {
                        (true, Value::None, Value::Obj(g))
                            if matches!(vm.st.heap.get(g), Object::Generator(_)) =>
                        {
                            // Running on for a native consumer: so does the delegate.
                            tri!(generator::delegate_collect(vm, g))
                        }
                        _ => tri!(generator::delegate(vm, sub, sent)),
                    };
                    match step {
                        generator::Resumed::Return(r) => *top(vm) = r,
                        generator::Resumed::Yield(v) => {
                            if collecting && generator::collected(vm, v) {
                                // As `YieldValue`; ask the delegate again with None.
                                vm.th.stack.push(Value::None);
                                pc -= 1;
                                continue;
                            }
                            // Resume at this instruction, with the next sent value.
                            let kind = tri!(generator::suspend(vm, (pc - 1) as u32));
                            if kind.is_entry() {
                                return Ok(v);
                            }
                            vm.th.stack.push(v);
                            continue 'frame;
                        }
                    }
                }
                Op::BuildClass(n) => {
                    save!();
                    tri!(build_class(vm, n));
                    continue 'frame;
                }
                Op::ImportName(i) => {
                    save!();
                    let name = code.names[i as usize];
                    let m = if vm.name(name).starts_with('.') {
                        let prefix = code.globals_prefix.clone();
                        tri!(crate::modules::import::import_relative(vm, name, prefix))
                    } else {
                        tri!(crate::interp::import_module(vm, name))
                    };
                    vm.th.stack.push(m);
                }
                Op::ImportFrom(i) => {
                    let m = *top(vm);
                    save!();
                    let v = tri!(crate::modules::import::import_from(
                        vm,
                        m,
                        code.names[i as usize]
                    ));
                    vm.th.stack.push(v);
                }
                Op::SetupFinally(t) => {
                    let b = Block {
                        handler: t,
                        stack_depth: vm.th.stack.len() as u32,
                        handled_depth: vm.th.handled.len() as u32,
                    };
                    vm.th.blocks.push(b);
                }
                Op::PopBlock => {
                    vm.th.blocks.pop();
                }
                Op::PopExcept => {
                    vm.th.handled.pop();
                }
                Op::Raise(k) => {
                    let e = do_raise(vm, k);
                    if let (1.., Throw::Exc(r)) = (k, &e) {
                        save!();
                        retrace(vm, *r);
                    }
                    raise!(e);
                }
                Op::Reraise => {
                    let exc = pop!(vm);
                    let e = match exc.as_obj() {
                        Some(r) => Throw::Exc(r),
                        None => vm.runtime_error("No active exception to reraise"),
                    };
                    raise!(e);
                }
                Op::CheckExcMatch => {
                    let typ = pop!(vm);
                    let exc = *top(vm);
                    let m = tri!(exc_matches(vm, exc, typ));
                    vm.th.stack.push(Value::Bool(m));
                }
                Op::CheckEgMatch => {
                    let typ = *top(vm);
                    let n = vm.th.stack.len();
                    let rest = vm.th.stack[n - 2];
                    save!();
                    let r = crate::builtins::exgroup::check_eg_match(vm, rest, typ);
                    let (rest, m) = tri!(r);
                    vm.th.stack[n - 2] = rest;
                    vm.th.stack[n - 1] = m;
                    let found = !m.is(Value::None);
                    if found {
                        if let Some(h) = vm.th.handled.last_mut() {
                            *h = m;
                        }
                    }
                    vm.th.stack.push(Value::Bool(found));
                }
                Op::PrepReraiseStar => {
                    let n = vm.th.stack.len();
                    let (orig, list) = (vm.th.stack[n - 2], vm.th.stack[n - 1]);
                    let excs = match vm.obj(list) {
                        Some(Object::List(l)) => l.clone(),
                        _ => Vec::new(),
                    };
                    save!();
                    let r = crate::builtins::exgroup::prep_reraise_star(vm, orig, &excs);
                    let res = tri!(r);
                    vm.th.stack.truncate(n - 2);
                    if let Some(e) = res.as_obj() {
                        // Leaves the clause first, so the result is not chained to `orig`.
                        vm.th.handled.pop();
                        raise!(Throw::Exc(e));
                    }
                }
                Op::SetupWith(t) => {
                    let mgr = pop!(vm);
                    vm.th.stack.push(mgr);
                    save!();
                    let r = setup_with(vm, mgr);
                    let (exit, enter) = tri!(r);
                    vm.th.stack.pop();
                    vm.th.stack.push(exit);
                    // `enter` stays on the stack while it runs, so a thread waiting
                    // here (`with lock:` on a held lock) does not stop collection.
                    vm.th.stack.push(enter);
                    let res = crate::call::call_rooted(vm, enter, &[]);
                    vm.th.stack.pop();
                    let res = tri!(res);
                    let b = Block {
                        handler: t,
                        stack_depth: vm.th.stack.len() as u32,
                        handled_depth: vm.th.handled.len() as u32,
                    };
                    vm.th.blocks.push(b);
                    vm.th.stack.push(res);
                }
                Op::WithExceptStart => {
                    let n = vm.th.stack.len();
                    let (exit, exc) = (vm.th.stack[n - 2], vm.th.stack[n - 1]);
                    let typ = Value::Obj(vm.type_of(exc));
                    let tb = attr::traceback_object(vm, exc.as_obj());
                    save!();
                    let res = tri!(vm.call(exit, &[typ, exc, tb]));
                    vm.th.stack.push(res);
                }
                Op::LoadAssertionError => {
                    let c = vm.st.types.assertion_error;
                    vm.th.stack.push(Value::Obj(c));
                }
                Op::ImportStar => {
                    let m = pop!(vm);
                    save!();
                    let names = tri!(crate::ops::matching::star_names(vm, m));
                    for (n, v) in names {
                        let key = match &code.globals_prefix {
                            Some(p) => format!("{p}{n}"),
                            None => n,
                        };
                        let id = vm.intern(&key);
                        vm.st.globals.set(id, v);
                    }
                }
                Op::MatchSequence => {
                    let v = *top(vm);
                    let b = crate::ops::matching::is_sequence(vm, v);
                    vm.th.stack.push(Value::Bool(b));
                }
                Op::MatchMapping => {
                    let v = *top(vm);
                    let b = crate::ops::matching::is_mapping(vm, v);
                    vm.th.stack.push(Value::Bool(b));
                }
                Op::GetLen => {
                    let v = *top(vm);
                    save!();
                    let n = tri!(crate::ops::matching::get_len(vm, v));
                    vm.th.stack.push(n);
                }
                Op::MatchKeys => {
                    let keys = *top(vm);
                    let n = vm.th.stack.len();
                    let subject = vm.th.stack[n - 2];
                    save!();
                    let vals = tri!(crate::ops::matching::match_keys(vm, subject, keys));
                    vm.th.stack.push(vals);
                }
                Op::CopyDictWithoutKeys => {
                    let keys = *top(vm);
                    let n = vm.th.stack.len();
                    let subject = vm.th.stack[n - 2];
                    save!();
                    let rest = tri!(crate::ops::matching::copy_without_keys(vm, subject, keys));
                    *top(vm) = rest;
                }
                Op::MatchClass(npos) => {
                    let names = pop!(vm);
                    let cls = pop!(vm);
                    let subject = *top(vm);
                    save!();
                    let r =
                        crate::ops::matching::match_class(vm, subject, cls, names, npos as usize);
                    *top(vm) = tri!(r);
                }
            }
        }
    }
}

/// Pushes `n` unbound locals for a new frame (inline: `Vec::resize` and `extend` are
/// out-of-line calls, and `n` is a handful).
#[inline(always)]
fn unbound_locals(vm: &mut Vm<'_>, n: usize) {
    for _ in 0..n {
        vm.th.stack.push(Value::Undef);
    }
}

/// A frame just pushed by a fast call (its code is `simple`, so it starts with
/// `Resume`): counts the `Resume` here and starts after it, as the loop would have run
/// it. When the countdown would expire on it the frame starts at the `Resume` and the
/// loop takes the slow path there, so switch points do not move.
#[inline(always)]
fn skip_resume(vm: &mut Vm<'_>) {
    let th = &mut vm.th;
    if th.countdown > 1 {
        if let Some(f) = th.frames.last_mut() {
            th.countdown -= 1;
            f.pc = 1;
        }
    }
}

/// The fused `LoadFast; LoadConst; op [; StoreFast | PopJumpIf*]` group (see
/// `Op::LoadFast`). Returns the pc after the group and how many instructions it ran
/// beyond the `LoadFast`, or `None` when it does not apply. `pc` points at the
/// `LoadConst`.
#[inline(always)]
fn fused_int(
    vm: &mut Vm<'_>,
    ops: &[Op],
    pc: usize,
    op2: Op,
    x: i64,
    y: i64,
    base: usize,
) -> Option<(usize, u32)> {
    match op2 {
        Op::BinaryOp(_) | Op::InplaceOp(_) | Op::InplaceAppend => {
            let bop = match op2 {
                Op::BinaryOp(b) | Op::InplaceOp(b) => b,
                _ => BinOp::Add,
            };
            let r = num::int_binop_fast(bop, x, y)?;
            if let Some(&Op::StoreFast(j)) = ops.get(pc + 2) {
                vm.th.stack[base + j as usize] = r;
                return Some((pc + 3, 3));
            }
            vm.th.stack.push(r);
            Some((pc + 2, 2))
        }
        Op::CompareOp(cop) => {
            let r = match cop {
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                CmpOp::GtE => x >= y,
                CmpOp::Eq => x == y,
                CmpOp::NotEq => x != y,
                _ => return None,
            };
            match ops.get(pc + 2) {
                Some(&Op::PopJumpIfFalse(t)) => Some((if r { pc + 3 } else { t as usize }, 3)),
                Some(&Op::PopJumpIfTrue(t)) => Some((if r { t as usize } else { pc + 3 }, 3)),
                _ => {
                    vm.th.stack.push(Value::Bool(r));
                    Some((pc + 2, 2))
                }
            }
        }
        _ => None,
    }
}
