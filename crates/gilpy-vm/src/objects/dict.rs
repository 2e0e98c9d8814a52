//! The insertion-ordered hash table behind `dict` and `set`.
//!
//! Entries live in a `Vec` in insertion order (deleted ones become tombstones until the
//! next resize); an open-addressing index of entry numbers points into it, like CPython's
//! compact dict. A table with at most two entry slots has no index: lookups scan the
//! entries (a `**kwargs` dict of one or two keywords costs one allocation, not two). The
//! third entry builds the 8-slot index CPython's table would have had all along, so entry
//! positions, and what a loop that mutates the table sees, stay CPython's. (Scanning four
//! entries cost more than the allocation saved.) The table never compares keys itself: callers pass an equality callback,
//! because comparing instances may call back into Python (see `ops::dictops`).

use crate::value::Value;

const EMPTY: u32 = u32::MAX;

/// Entry slots (tombstones included) a table holds before it needs an index.
const LINEAR_MAX: usize = 2;

/// The index positions one hash visits, in order: CPython's probe sequence
/// (`pos = 5·pos + 1 + perturb`, with the hash's high bits shifted into `perturb`).
/// Linear probing with identity-hashed ints piles runs of consecutive keys into one
/// cluster that every other key landing in it must walk to its end: a memo dict of
/// Collatz numbers took 75 % of its run time in lookups.
#[derive(Clone, Copy)]
struct Probe {
    pos: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline]
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            pos: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            mask,
        }
    }

    #[inline]
    fn advance(&mut self) {
        self.perturb >>= 5;
        self.pos = (self.pos.wrapping_mul(5))
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
    }
}

/// One key/value pair with its hash. A deleted entry has `key == Value::Undef`.
#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// An insertion-ordered hash table.
#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    index: Vec<u32>,
    len: usize,
    /// A `frozenset` (only meaningful in `Object::Set`): immutable once built.
    pub frozen: bool,
}

impl Dict {
    /// An empty table.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty table sized for `n` entries, so that inserting them allocates nothing
    /// more (a `**kwargs` dict, whose size is known before it is filled).
    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::default();
        if n > LINEAR_MAX {
            d.rebuild(n * 3 / 2 + 1);
        } else if n > 0 {
            d.entries.reserve_exact(n);
        }
        d
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// No live entries?
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entry slots, including tombstones (iterate with [`Dict::entry`]).
    #[inline]
    pub fn capacity_used(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at slot `i`, if any.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_undef())
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_undef())
    }

    /// Slots (entry numbers) whose hash equals `hash`, in probe order.
    /// (Without an index: in entry order, which is their probe order, since entries
    /// with one hash follow one probe chain in the order they were added.)
    pub fn candidates(&self, hash: i64) -> Candidates<'_> {
        let mask = self.index.len().wrapping_sub(1);
        Candidates {
            dict: self,
            hash,
            probe: Probe::new(hash, mask),
            done: self.entries.is_empty(),
            linear: self.index.is_empty(),
            next: 0,
        }
    }

    /// Finds the slot of a key with this hash for which `eq` says yes.
    #[inline(always)]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        if self.index.is_empty() {
            return self.find_linear(hash, eq);
        }
        let mut p = Probe::new(hash, self.index.len() - 1);
        loop {
            let slot = self.index[p.pos];
            if slot == EMPTY {
                return None;
            }
            p.advance();
            let e = &self.entries[slot as usize];
            if e.hash == hash && !e.key.is_undef() && eq(e.key) {
                return Some(slot as usize);
            }
        }
    }

    /// [`Dict::find`] without an index (kept out of line: most lookups probe).
    #[inline(never)]
    fn find_linear(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.hash == hash && !e.key.is_undef() && eq(e.key))
    }

    /// Overwrites the value in a live slot.
    #[inline]
    pub fn set_value(&mut self, slot: usize, value: Value) {
        if let Some(e) = self.entries.get_mut(slot) {
            e.value = value;
        }
    }

    /// Appends a new key (the caller checked it is absent).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        // CPython's policy (usable = 2/3 of the index, grow to 3 × live entries), so
        // that entry positions, and thus what a mutating loop sees, match CPython.
        if self.index.is_empty() {
            if self.entries.len() < LINEAR_MAX {
                self.entries.push(Entry { hash, key, value });
                self.len += 1;
                return;
            }
            self.index_in_place(8);
        }
        if (self.entries.len() + 1) * 3 >= self.index.len() * 2 {
            self.rebuild((self.len * 3).max(8));
        }
        let slot = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        let mut p = Probe::new(hash, self.index.len() - 1);
        while self.index[p.pos] != EMPTY {
            p.advance();
        }
        self.index[p.pos] = slot;
    }

    /// Adds a new set member (the caller checked it is absent), reusing the first deleted
    /// entry on its probe chain as CPython's set does with dummy slots: a member removed
    /// and added back while the set is iterated keeps its place instead of being met
    /// again at the end.
    pub fn insert_set_member(&mut self, hash: i64, key: Value) {
        if self.index.is_empty() && self.entries.iter().any(|e| e.key.is_undef()) {
            // Which tombstone CPython reuses depends on the probe chain: index first.
            self.index_in_place(8);
        }
        if !self.index.is_empty() {
            let mut p = Probe::new(hash, self.index.len() - 1);
            while self.index[p.pos] != EMPTY {
                let slot = self.index[p.pos] as usize;
                if self.entries[slot].key.is_undef() {
                    self.entries[slot] = Entry {
                        hash,
                        key,
                        value: Value::None,
                    };
                    self.len += 1;
                    return;
                }
                p.advance();
            }
        }
        self.insert_new(hash, key, Value::None);
    }

    /// Removes the entry in `slot`, returning it.
    pub fn remove_slot(&mut self, slot: usize) -> Option<Entry> {
        let e = *self.entries.get(slot)?;
        if e.key.is_undef() {
            return None;
        }
        // The index keeps pointing at the tombstone so probe chains stay intact.
        self.entries[slot].key = Value::Undef;
        self.entries[slot].value = Value::Undef;
        self.len -= 1;
        Some(e)
    }

    /// Removes and returns the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let slot = self.entries.iter().rposition(|e| !e.key.is_undef())?;
        self.remove_slot(slot)
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// An index of `size` slots over the entries as they are (tombstones included): the
    /// index the table would have had all along.
    fn index_in_place(&mut self, size: usize) {
        self.index.clear();
        self.index.resize(size, EMPTY);
        for (i, e) in self.entries.iter().enumerate() {
            let mut p = Probe::new(e.hash, size - 1);
            while self.index[p.pos] != EMPTY {
                p.advance();
            }
            self.index[p.pos] = i as u32;
        }
    }

    /// Compacts the entries into an index of at least `min_size` slots.
    fn rebuild(&mut self, min_size: usize) {
        let size = min_size.next_power_of_two().max(8);
        self.entries.retain(|e| !e.key.is_undef());
        // Room for every entry the new index takes before the next rebuild (under two
        // thirds of it, see `insert_new`): one allocation instead of repeated growth.
        let usable = (size * 2 - 1) / 3;
        self.entries
            .reserve_exact(usable.saturating_sub(self.entries.len()));
        self.index_in_place(size);
    }

    /// Report every key and value (for the collector).
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for e in self.iter() {
            visit(e.key);
            visit(e.value);
        }
    }
}

/// Iterator over candidate slots for one hash (see [`Dict::candidates`]).
pub struct Candidates<'a> {
    dict: &'a Dict,
    hash: i64,
    probe: Probe,
    done: bool,
    /// No index: scan the entries from `next`.
    linear: bool,
    next: usize,
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.done {
            return None;
        }
        if self.linear {
            let entries = &self.dict.entries;
            while let Some(e) = entries.get(self.next) {
                self.next += 1;
                if e.hash == self.hash && !e.key.is_undef() {
                    return Some(self.next - 1);
                }
            }
            self.done = true;
            return None;
        }
        loop {
            let slot = self.dict.index[self.probe.pos];
            if slot == EMPTY {
                self.done = true;
                return None;
            }
            self.probe.advance();
            let e = &self.dict.entries[slot as usize];
            if e.hash == self.hash && !e.key.is_undef() {
                return Some(slot as usize);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_find_remove_keeps_order() {
        let mut d = Dict::new();
        for i in 0..100i64 {
            d.insert_new(i % 7, Value::Int(i), Value::Int(i * 2));
        }
        assert_eq!(d.len(), 100);
        let slot = d.find(3, |k| matches!(k, Value::Int(10))).unwrap();
        assert!(matches!(d.entry(slot).unwrap().value, Value::Int(20)));
        d.remove_slot(slot);
        assert!(d.find(3, |k| matches!(k, Value::Int(10))).is_none());
        assert!(d.find(3, |k| matches!(k, Value::Int(17))).is_some());
        let keys: Vec<i64> = d
            .iter()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => -1,
            })
            .collect();
        assert_eq!(keys.len(), 99);
        assert_eq!(keys[..3], [0, 1, 2]);
    }

    #[test]
    fn small_tables_scan_then_index() {
        let mut d = Dict::with_capacity(2);
        for i in 0..2i64 {
            d.insert_new(1, Value::Int(i), Value::Int(i));
        }
        assert!(d.index.is_empty());
        // Same hash: candidates come in the order the keys were added.
        let order: Vec<usize> = d.candidates(1).collect();
        assert_eq!(order, [0, 1]);
        d.insert_new(1, Value::Int(2), Value::Int(2));
        assert_eq!(d.candidates(1).collect::<Vec<_>>(), [0, 1, 2]);
        d.insert_new(2, Value::Int(9), Value::Int(9));
        d.insert_new(3, Value::Int(10), Value::Int(10));
        assert!(!d.index.is_empty());
        assert!(d.find(3, |k| matches!(k, Value::Int(10))).is_some());
        assert!(d.find(1, |k| matches!(k, Value::Int(2))).is_some());
    }
}
