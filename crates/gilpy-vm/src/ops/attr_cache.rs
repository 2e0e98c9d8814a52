//! Caches for attribute and method lookup (issue 11).
//!
//! - The **type cache**: `(class, name) -> what the mro walk found`, a direct-mapped
//!   table like CPython's method cache. Entries are valid for one *type epoch*: a
//!   process-wide counter bumped by every change of any class dict
//!   ([`ClassDict::insert`](crate::object::ClassDict::insert) / `remove`) and of any mro
//!   ([`bump_type_epoch`]), so a hit is exactly what [`Vm::class_lookup`] would return.
//!   Class dicts change while class bodies run and (rarely) afterwards; a program that
//!   keeps assigning class attributes in a loop only loses the cache, never correctness.
//! - The **slot hint** of a `LoadAttr`/`StoreAttr` site (`CodeData::attr_hints`): the
//!   position in the instance's attribute vector where that site last found its name. A
//!   hit is checked against the name stored at that position, so a hint can be wrong but
//!   never harmful; objects built by the same `__init__` share positions, so it is right
//!   almost always.
//! - The **instance-name filter**: one bit per name, set the first time any instance
//!   anywhere gets an attribute of that name (never cleared). A clear bit proves that no
//!   instance has the attribute, so `obj.method()` and reads of class attributes through
//!   an instance skip scanning the instance's attributes (the scan would find nothing).
//!   Every way a name enters an instance's attribute vector goes through
//!   [`note_instance_name`] / [`note_instance_names`]: [`InstanceObj::set_attr`],
//!   [`set_hinted`], the heap's `alloc` (instances built with attributes), the
//!   `__dict__` view's write-back and the cross-interpreter copy. Debug builds check
//!   every proof against the scan.

use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};

use crate::names::NameId;
use crate::object::InstanceObj;
use crate::value::{ObjRef, Value};
use crate::Vm;

/// The process-wide type epoch (starts at 1: an empty cache entry has epoch 0).
static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Invalidates every type-cache entry: some class dict or mro changed.
#[inline]
pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
}

#[inline(always)]
fn epoch() -> u64 {
    TYPE_EPOCH.load(Ordering::Relaxed)
}

const SIZE: usize = 1 << 10;

#[derive(Clone, Copy)]
struct Entry {
    epoch: u64,
    class: u32,
    name: u32,
    /// What the lookup found; `Undef` for "nowhere on the mro".
    value: Value,
}

/// The `(class, name)` lookup cache (one per interpreter, in `VmState`).
pub struct TypeCache {
    entries: Box<[Entry]>,
}

impl Default for TypeCache {
    fn default() -> Self {
        let empty = Entry {
            epoch: 0,
            class: 0,
            name: 0,
            value: Value::Undef,
        };
        TypeCache {
            entries: vec![empty; SIZE].into_boxed_slice(),
        }
    }
}

#[inline(always)]
fn index(cls: ObjRef, name: NameId) -> usize {
    let h = (cls.0 ^ name.0.rotate_left(13)).wrapping_mul(0x9E37_79B1);
    (h >> 22) as usize & (SIZE - 1)
}

impl Vm<'_> {
    /// [`Vm::class_lookup`] through the type cache (the hit inline, the miss not).
    #[inline(always)]
    pub fn class_lookup_cached(&mut self, cls: ObjRef, name: NameId) -> Option<Value> {
        let i = index(cls, name);
        let e = &self.st.type_cache.entries[i];
        if e.epoch == epoch() && e.class == cls.0 && e.name == name.0 {
            return (!e.value.is_undef()).then_some(e.value);
        }
        self.class_lookup_fill(cls, name, i)
    }

    /// A type-cache miss: the mro walk, remembered in entry `i`.
    #[inline(never)]
    fn class_lookup_fill(&mut self, cls: ObjRef, name: NameId, i: usize) -> Option<Value> {
        let now = epoch();
        let found = self.class_lookup(cls, name);
        self.st.type_cache.entries[i] = Entry {
            epoch: now,
            class: cls.0,
            name: name.0,
            value: found.unwrap_or(Value::Undef),
        };
        found
    }
}

impl Vm<'_> {
    /// [`Vm::user_dunder`] through the type cache (operators and truth tests on
    /// instances look up the same few dunders over and over, mostly missing).
    #[inline]
    pub fn user_dunder_cached(&mut self, v: Value, name: NameId) -> Option<Value> {
        match v {
            Value::Obj(r) => match self.st.heap.get(r) {
                crate::object::Object::Instance(i) => {
                    let cls = i.class;
                    self.class_lookup_cached(cls, name)
                }
                _ => None,
            },
            _ => None,
        }
    }
}

/// Bits of the instance-name filter (names with larger ids always count as "maybe").
const NAME_BITS: usize = 1 << 16;

/// The instance-name filter, process-wide: interpreters share no instances, so a bit
/// set by another interpreter only makes a proof more cautious.
static INSTANCE_NAMES: [AtomicU64; NAME_BITS / 64] = [const { AtomicU64::new(0) }; NAME_BITS / 64];

/// Records that some instance now has an attribute called `name`.
#[inline(always)]
pub fn note_instance_name(name: NameId) {
    let i = name.0 as usize;
    if let Some(w) = INSTANCE_NAMES.get(i / 64) {
        let bit = 1u64 << (i % 64);
        // Set once per name: the plain load keeps later stores free of atomic writes.
        if w.load(Ordering::Relaxed) & bit == 0 {
            w.fetch_or(bit, Ordering::Relaxed);
        }
    }
}

/// [`note_instance_name`] for every name of an attribute vector.
#[inline]
pub fn note_instance_names(attrs: &[(NameId, Value)]) {
    for (n, _) in attrs {
        note_instance_name(*n);
    }
}

/// Can some instance have an attribute called `name`? `false` is a proof it has none.
#[inline(always)]
pub fn maybe_instance_name(name: NameId) -> bool {
    let i = name.0 as usize;
    match INSTANCE_NAMES.get(i / 64) {
        Some(w) => w.load(Ordering::Relaxed) & (1u64 << (i % 64)) != 0,
        None => true,
    }
}

/// The instance's own attribute `name`, skipping the scan when the filter proves there
/// is none.
#[inline(always)]
pub fn own_attr(inst: &InstanceObj, name: NameId) -> Option<Value> {
    if !maybe_instance_name(name) {
        debug_assert!(
            inst.get_attr(name).is_none(),
            "instance-name filter missed a name"
        );
        return None;
    }
    inst.get_attr(name)
}

/// The slot hints of one code object: one per instruction (only attribute sites use
/// theirs). `u8::MAX` means "no hint".
pub fn new_hints(len: usize) -> Box<[AtomicU8]> {
    (0..len).map(|_| AtomicU8::new(u8::MAX)).collect()
}

/// An instance's own attribute `name`, trying the site's hint first and updating it.
#[inline(always)]
pub fn get_hinted(inst: &InstanceObj, name: NameId, hint: &AtomicU8) -> Option<Value> {
    let h = hint.load(Ordering::Relaxed) as usize;
    if let Some((n, v)) = inst.attrs.get(h) {
        if *n == name {
            return Some(*v);
        }
    }
    if !maybe_instance_name(name) {
        debug_assert!(
            inst.get_attr(name).is_none(),
            "instance-name filter missed a name"
        );
        return None;
    }
    let i = inst.attrs.iter().position(|(n, _)| *n == name)?;
    hint.store(i.min(u8::MAX as usize) as u8, Ordering::Relaxed);
    Some(inst.attrs[i].1)
}

/// Sets an instance's own attribute `name`, trying the site's hint first and updating it.
#[inline(always)]
pub fn set_hinted(inst: &mut InstanceObj, name: NameId, v: Value, hint: &AtomicU8) {
    let h = hint.load(Ordering::Relaxed) as usize;
    if let Some(slot) = inst.attrs.get_mut(h) {
        if slot.0 == name {
            slot.1 = v;
            return;
        }
    }
    let i = match inst.attrs.iter().position(|(n, _)| *n == name) {
        Some(i) => {
            inst.attrs[i].1 = v;
            i
        }
        None => {
            note_instance_name(name);
            inst.attrs.push((name, v));
            inst.attrs.len() - 1
        }
    };
    hint.store(i.min(u8::MAX as usize) as u8, Ordering::Relaxed);
}
