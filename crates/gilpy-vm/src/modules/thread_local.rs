//! `threading.local` (`_thread._local`): an object whose attributes are per thread.
//!
//! The instance's ordinary attribute list always holds the attributes of the thread
//! that touched it last; when another thread reaches it, [`switch`] (called first by
//! attribute get, set and delete) parks that list under its owner and brings in the
//! current thread's (empty the first time). All other attribute code stays unaware.
//! Unlike CPython, a subclass's `__init__` is not re-run for each new thread.

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
}

impl NativeData for LocalData {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for attrs in self.parked.values() {
            attrs.iter().for_each(|(_, v)| visit(*v));
        }
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

fn local_new(vm: &mut Vm<'_>, cls: ObjRef, _args: Args<'_>) -> PyResult<Value> {
    vm.st.thread_locals = true;
    let data = LocalData {
        owner: vm.th.id,
        parked: FxHashMap::default(),
    };
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(data)),
    }))))
}

/// Gives `obj`'s attribute list to the running thread if `obj` is a thread-local.
#[inline]
pub fn switch(vm: &mut Vm<'_>, obj: ObjRef) {
    if !vm.st.thread_locals {
        return;
    }
    let me = vm.th.id;
    if let Object::Instance(inst) = vm.st.heap.get_mut(obj) {
        if let Payload::Native(n) = &mut inst.payload {
            if let Some(d) = n.as_any_mut().downcast_mut::<LocalData>() {
                if d.owner != me {
                    let mine = d.parked.remove(&me).unwrap_or_default();
                    let theirs = std::mem::replace(&mut inst.attrs, mine);
                    d.parked.insert(d.owner, theirs);
                    d.owner = me;
                }
            }
        }
    }
}
