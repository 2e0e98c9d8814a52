//! The object arena. Every Python object lives in one `Heap` slot, addressed by an
//! [`ObjRef`]; freed slots go on a free list and are reused. The heap is a field of
//! [`VmState`](crate::state::VmState), which sits inside the GIL mutex: holding the lock
//! is the only way to reach an object.

use crate::object::Object;
use crate::value::ObjRef;

/// Collection is considered after at least this many allocations.
const MIN_THRESHOLD: usize = 50_000;

/// The arena plus the bookkeeping the collector needs.
pub struct Heap {
    pub(crate) slots: Vec<Object>,
    pub(crate) marks: Vec<bool>,
    pub(crate) free: Vec<u32>,
    /// Allocations since the last collection.
    pub(crate) allocated: usize,
    /// Live objects after the last collection (plus allocations since).
    pub(crate) live: usize,
    /// Total collections run (for tests and stats).
    pub(crate) collections: u64,
}

impl Default for Heap {
    fn default() -> Self {
        Heap {
            slots: Vec::with_capacity(1024),
            marks: Vec::with_capacity(1024),
            free: Vec::new(),
            allocated: 0,
            live: 0,
            collections: 0,
        }
    }
}

impl Heap {
    /// Stores `obj` and returns its handle.
    #[inline]
    pub fn alloc(&mut self, obj: Object) -> ObjRef {
        self.allocated += 1;
        self.live += 1;
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = obj;
            ObjRef(i)
        } else {
            let i = self.slots.len() as u32;
            self.slots.push(obj);
            self.marks.push(false);
            ObjRef(i)
        }
    }

    /// The object behind a handle. A stale handle reads as [`Object::Free`], which every
    /// caller treats as "not the kind I wanted" rather than panicking.
    #[inline(always)]
    pub fn get(&self, r: ObjRef) -> &Object {
        match self.slots.get(r.index()) {
            Some(o) => o,
            None => &Object::Free,
        }
    }

    /// Mutable access to the object behind a handle.
    #[inline(always)]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Object {
        // A stale handle can only come from a VM bug; fall back to a scratch slot
        // instead of panicking.
        if r.index() < self.slots.len() {
            &mut self.slots[r.index()]
        } else {
            self.slots.push(Object::Free);
            self.marks.push(false);
            self.free.push((self.slots.len() - 1) as u32);
            let last = self.slots.len() - 1;
            &mut self.slots[last]
        }
    }

    /// Should the collector run? Allocation volume since the last collection exceeds
    /// `max(MIN_THRESHOLD, live / 2)`.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.allocated > MIN_THRESHOLD.max(self.live / 2)
    }

    /// Number of live objects (exact right after a collection).
    pub fn live_objects(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Number of collections so far.
    pub fn collections(&self) -> u64 {
        self.collections
    }
}
