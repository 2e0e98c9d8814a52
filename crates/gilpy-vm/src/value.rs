//! The 16-byte, `Copy` value every stack slot, local, attribute and container element holds.

/// A handle to an object in the [`Heap`](crate::heap::Heap): an index into its arena.
///
/// A handle is only meaningful together with the heap of the interpreter it came from,
/// and that heap is only reachable while holding the GIL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub(crate) u32);

impl ObjRef {
    /// The arena index (also what `id()` reports).
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A Python value. Small immutable values live inline; everything else is on the heap.
///
/// `repr(u64)` makes the tag a full word, so a value is two aligned words and copies are
/// two plain moves (with a byte tag the compiler copies overlapping unaligned words,
/// which stalls store forwarding in the eval loop).
#[derive(Debug, Clone, Copy)]
#[repr(u64)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits; bigger ones are [`Object::BigInt`](crate::object::Object).
    Int(i64),
    /// A float.
    Float(f64),
    /// Any heap object (str, list, instance, function, ...).
    Obj(ObjRef),
    /// Internal marker: an unbound local, an empty cell, the `NULL` that
    /// [`LoadMethod`](gilpy_compiler::bytecode::Op::LoadMethod) pushes. Never visible to
    /// Python code.
    Undef,
}

impl Value {
    /// Is this the internal unbound marker?
    #[inline(always)]
    pub fn is_undef(self) -> bool {
        matches!(self, Value::Undef)
    }

    /// The heap handle, if this is a heap object.
    #[inline(always)]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    /// Identity (`is`): same inline value or same heap object.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

impl From<ObjRef> for Value {
    fn from(r: ObjRef) -> Value {
        Value::Obj(r)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
