//! The object arena. Every Python object lives in one `Heap` slot, addressed by an
//! [`ObjRef`]; freed slots go on a free list and are reused. The heap is a field of
//! [`VmState`](crate::state::VmState), which sits inside the GIL mutex: holding the lock
//! is the only way to reach an object.

use crate::object::Object;
use crate::value::ObjRef;

/// Collection is considered after at least this many allocations...
///
/// Small on purpose: when the live heap is small, collecting often keeps the dead
/// objects' buffers in the CPU caches, so malloc hands them back out while they are
/// still hot (as reference counting does). At 50,000 the decorators kernel (about 900
/// live objects, all else garbage) spent over half its time in glibc malloc/free
/// missing the cache on freed chunks; at 3,000 it ran 2.5x faster with half the RSS.
/// Programs with a large live heap are paced by `live` instead (see
/// [`Heap::wants_collection`]), so marking stays amortised against allocation.
const MIN_THRESHOLD: usize = 3_000;
/// ...or this many bytes allocated (strings and containers can be large: counting
/// objects alone let 50,000 copies of a 100 kB string pile up between collections).
/// 4 MB rather than 16 for the same cache reason: `s += text[i]` (a copy per append)
/// over 100,000 characters took 0.27 s of CPU instead of 0.55 s and peaked at 13 MB
/// instead of 25 MB.
pub(crate) const MIN_BYTES: usize = 4 << 20;

/// The arena plus the bookkeeping the collector needs.
pub struct Heap {
    pub(crate) slots: Vec<Object>,
    pub(crate) marks: Vec<bool>,
    pub(crate) free: Vec<u32>,
    /// Allocations since the last collection.
    pub(crate) allocated: usize,
    /// Live objects right after the last collection.
    pub(crate) live: usize,
    /// Approximate bytes allocated since the last collection ([`Object::footprint`]).
    pub(crate) bytes_since: usize,
    /// `max(MIN_BYTES, bytes that survived the last collection)`: past this many new
    /// bytes the next instruction collects. Kept precomputed so the per-allocation
    /// check is one compare.
    pub(crate) byte_limit: usize,
    /// Total collections run (for tests and stats).
    pub(crate) collections: u64,
    /// What [`Heap::get_mut`] lends for a handle past the end (see there).
    scratch: Object,
}

impl Default for Heap {
    fn default() -> Self {
        Heap {
            slots: Vec::with_capacity(1024),
            marks: Vec::with_capacity(1024),
            free: Vec::new(),
            allocated: 0,
            live: 0,
            bytes_since: 0,
            byte_limit: MIN_BYTES,
            collections: 0,
            scratch: Object::Free,
        }
    }
}

impl Heap {
    /// Stores `obj`, whose [`Object::footprint`] is `bytes`, and returns its handle.
    /// (The caller computes `bytes` where the variant is known, so it folds to a
    /// constant or one field load instead of a match on every allocation.)
    #[inline]
    pub fn alloc(&mut self, obj: Object, bytes: usize) -> ObjRef {
        self.allocated += 1;
        self.bytes_since += bytes;
        // Instances built with attributes (most start empty).
        if let Object::Instance(i) = &obj {
            crate::ops::attr_cache::note_instance_names(&i.attrs);
        }
        if let Some(i) = self.free.pop() {
            match self.slots.get_mut(i as usize) {
                // A free-list slot always holds `Object::Free`: nothing to drop, so
                // skip the drop glue a plain assignment would run.
                Some(slot) => std::mem::forget(std::mem::replace(slot, obj)),
                None => return self.stale_alloc(obj),
            }
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

    /// Mutable access to the object behind a handle. A handle past the end can only come
    /// from a VM bug: debug builds stop there; release builds hand out a scratch
    /// [`Object::Free`] outside the heap (the write is lost, nothing else is touched),
    /// never a real slot.
    #[inline(always)]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Object {
        if r.index() < self.slots.len() {
            &mut self.slots[r.index()]
        } else {
            self.stale(r)
        }
    }

    /// A free-list entry past the end (a VM bug): allocate a fresh slot instead.
    #[cold]
    #[inline(never)]
    fn stale_alloc(&mut self, obj: Object) -> ObjRef {
        debug_assert!(false, "free list points past the heap");
        let i = self.slots.len() as u32;
        self.slots.push(obj);
        self.marks.push(false);
        ObjRef(i)
    }

    #[cold]
    #[inline(never)]
    fn stale(&mut self, r: ObjRef) -> &mut Object {
        debug_assert!(
            false,
            "stale object handle {} (heap has {})",
            r.index(),
            self.slots.len()
        );
        self.scratch = Object::Free;
        &mut self.scratch
    }

    /// Two distinct strings at once: the one to append to, and the one appended.
    pub(crate) fn str_pair(
        &mut self,
        a: ObjRef,
        b: ObjRef,
    ) -> Option<(
        &mut crate::objects::str::StrObj,
        &crate::objects::str::StrObj,
    )> {
        let (i, j) = (a.index(), b.index());
        if i == j || i >= self.slots.len() || j >= self.slots.len() {
            return None;
        }
        let (x, y) = if i < j {
            let (lo, hi) = self.slots.split_at_mut(j);
            (&mut lo[i], &hi[0])
        } else {
            let (lo, hi) = self.slots.split_at_mut(i);
            (&mut hi[0], &lo[j])
        };
        match (x, y) {
            (Object::Str(x), Object::Str(y)) => Some((x, y)),
            _ => None,
        }
    }

    /// Should the collector run? Allocation volume since the last collection exceeds
    /// `max(MIN_THRESHOLD, live)` objects or `max(MIN_BYTES, live bytes)` bytes, so a
    /// full collection's marking costs at most about one object per allocation.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.allocated > MIN_THRESHOLD.max(self.live) || self.over_bytes()
    }

    /// Has the byte volume alone passed its threshold? (Checked at every allocation, so
    /// a loop building big strings collects long before its next slow path.)
    #[inline]
    pub fn over_bytes(&self) -> bool {
        self.bytes_since > self.byte_limit
    }

    /// Counts bytes an object grew by after it was allocated (`s += t` in place).
    #[inline]
    pub fn note_growth(&mut self, bytes: usize) {
        self.bytes_since += bytes;
    }

    /// The most objects that were ever alive at once (the arena never shrinks).
    pub fn peak_objects(&self) -> usize {
        self.slots.len()
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
