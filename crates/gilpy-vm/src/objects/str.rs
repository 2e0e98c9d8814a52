//! `str` objects: the text plus a cached hash and character count, so hashing is free and
//! indexing an ASCII string is O(1).

use std::cell::Cell;

/// "Not computed yet" (`str_hash` never returns -1).
const NO_HASH: i64 = -1;

/// A Python `str`.
pub struct StrObj {
    /// Usually exact-size; a string built by `s += t` keeps spare capacity so the next
    /// append is in place (see [`StrObj::append`]).
    text: String,
    /// Computed on first use: most temporaries are never hashed.
    hash: Cell<i64>,
    /// Character count, with [`UNIQUE`] set while the string is referenced only by the
    /// variable an in-place `+=` stores it in.
    chars: usize,
}

/// The top bit of `chars`: "only the `+=` target refers to me" (a count of characters
/// never gets near it).
const UNIQUE: usize = 1 << (usize::BITS - 1);

impl StrObj {
    /// Wraps `text`, counting its characters once.
    pub fn new(text: Box<str>) -> StrObj {
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        StrObj::with_char_len(text, chars)
    }

    /// Wraps `text` whose character count the caller already knows.
    pub fn with_char_len(text: Box<str>, chars: usize) -> StrObj {
        StrObj {
            text: text.into_string(),
            hash: Cell::new(NO_HASH),
            chars: chars & !UNIQUE,
        }
    }

    /// A string built by `a += b`, with room to grow and marked as referenced only by
    /// the variable it is about to be stored in.
    pub fn appendable(text: String, chars: usize) -> StrObj {
        StrObj {
            text,
            hash: Cell::new(NO_HASH),
            chars: (chars & !UNIQUE) | UNIQUE,
        }
    }

    /// The text.
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Is the string referenced only by the variable of an in-place `+=`?
    #[inline(always)]
    pub fn is_unique(&self) -> bool {
        self.chars & UNIQUE != 0
    }

    /// The string may now be referenced from anywhere: never append to it in place.
    #[inline(always)]
    pub fn share(&mut self) {
        self.chars &= !UNIQUE;
    }

    /// Appends in place (only for a [`StrObj::is_unique`] string: nobody else can see
    /// it change). The buffer grows geometrically, so a loop of `s += ch` is linear.
    pub fn append(&mut self, more: &str, more_chars: usize) {
        if self.text.capacity() - self.text.len() < more.len() {
            self.text.reserve(self.text.len().max(more.len()));
        }
        self.text.push_str(more);
        self.chars += more_chars;
        self.hash.set(NO_HASH);
    }

    /// Bytes of spare capacity (for the collector's accounting).
    pub fn capacity(&self) -> usize {
        self.text.capacity()
    }

    /// The hash (computed once, then cached).
    #[inline(always)]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = str_hash(&self.text);
        self.hash.set(h);
        h
    }

    /// Length in characters (`len(s)`).
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.chars & !UNIQUE
    }

    /// Is every character ASCII (so byte index == char index)?
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.text.len()
    }

    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.text.chars().nth(i)
        }
    }
}

/// Hash of a string's content (Python randomises str hashes, so any good hash matches
/// its observable behaviour). Never -1, like CPython.
pub fn str_hash(s: &str) -> i64 {
    // FxHash over 8-byte words, then a final avalanche so dict index bits are mixed.
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let bytes = s.as_bytes();
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Byte by byte: a variable-length copy would be a `memcpy` call.
        let w = rest
            .iter()
            .rev()
            .fold(0u64, |w, &b| (w << 8) | u64::from(b));
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
