//! `threading.local` (`_thread._local`): an object whose attributes are per thread.
//!
//! The instance's ordinary attribute list always holds the attributes of the thread
//! that touched it last; when another thread reaches it, [`switch`] (called first by
//! attribute get, set and delete) parks that list under its owner and brings in the
//! current thread's (empty the first time). All other attribute code stays unaware.
//! As in CPython, a subclass's `__init__` runs again, with the constructor's arguments,
//! the first time each other thread reaches the object.

use std::any::Any;

use crate::builtins::Args;
use crate::names::{FxHashMap, NameId};
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// The attribute lists of the threads other than the current owner.
struct LocalData {
    owner: u64,
    parked: FxHashMap<u64, Vec<(NameId, Value)>>,
    /// The constructor's arguments, for the `__init__` of each new thread.
    args: Vec<Value>,
    kw: Vec<(NameId, Value)>,
}

impl NativeData for LocalData {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for attrs in self.parked.values() {
            attrs.iter().for_each(|(_, v)| visit(*v));
        }
        self.args.iter().for_each(|v| visit(*v));
        self.kw.iter().for_each(|(_, v)| visit(*v));
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// Creates `_thread._local` in module `m`.
pub fn install(vm: &mut Vm<'_>, m: ObjRef) {
    let object = vm.st.types.object;
    let cls = vm.new_class("_local", Some(object), Some(local_new), true);
    vm.module_set(m, "_local", Value::Obj(cls));
}

fn local_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    vm.st.thread_locals = true;
    let has_init = user_init(vm, cls).is_some();
    if !has_init && (!args.pos.is_empty() || !args.kw.is_empty()) {
        return Err(vm.type_error("Initialization arguments are not supported"));
    }
    let data = LocalData {
        owner: vm.th.id,
        parked: FxHashMap::default(),
        args: args.pos.to_vec(),
        kw: args.kw.to_vec(),
    };
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(data)),
    }))))
}

/// A subclass's own `__init__` (not `object.__init__`).
fn user_init(vm: &mut Vm<'_>, cls: ObjRef) -> Option<Value> {
    let init = vm.class_lookup(cls, crate::names::sym::__init__)?;
    (!init.is(vm.st.object_init)).then_some(init)
}

/// Gives `obj`'s attribute list to the running thread if `obj` is a thread-local,
/// running the subclass's `__init__` when this thread has not seen it before.
#[inline]
pub fn switch(vm: &mut Vm<'_>, obj: ObjRef) -> PyResult<()> {
    if !vm.st.thread_locals {
        return Ok(());
    }
    let me = vm.th.id;
    let mut first = None;
    if let Object::Instance(inst) = vm.st.heap.get_mut(obj) {
        if let Payload::Native(n) = &mut inst.payload {
            if let Some(d) = n.as_any_mut().downcast_mut::<LocalData>() {
                if d.owner != me {
                    let (mine, new) = match d.parked.remove(&me) {
                        Some(m) => (m, false),
                        None => (Vec::new(), true),
                    };
                    let theirs = std::mem::replace(&mut inst.attrs, mine);
                    d.parked.insert(d.owner, theirs);
                    d.owner = me;
                    if new {
                        first = Some((inst.class, d.args.clone(), d.kw.clone()));
                    }
                }
            }
        }
    }
    if let Some((cls, args, kw)) = first {
        if let Some(init) = user_init(vm, cls) {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(Value::Obj(obj));
            all.extend(args);
            vm.call_kw(init, &all, &kw)?;
        }
    }
    Ok(())
}
