//! Interned identifier names.
//!
//! Attribute, global and keyword names are interned once into a [`NameId`], so attribute
//! and class-dict lookups compare and hash a `u32` instead of a string. The names the VM
//! itself needs (`__init__`, `__eq__`, ...) are pre-interned with fixed ids in [`sym`].

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

/// An interned name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NameId(pub u32);

/// A fast hasher for small integer keys (FxHash's multiply-rotate); the keys are our own
/// ids, so there is nothing to defend against.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
}

/// A `HashMap` keyed by our own small ids.
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

macro_rules! well_known {
    ($($id:ident = $text:expr),* $(,)?) => {
        /// Pre-interned names with fixed ids.
        #[allow(non_upper_case_globals, missing_docs)]
        pub mod sym {
            use super::NameId;
            well_known!(@ids 0u32; $($id,)*);
        }
        const WELL_KNOWN: &[&str] = &[$($text),*];
    };
    (@ids $n:expr; $id:ident, $($rest:ident,)*) => {
        pub const $id: NameId = NameId($n);
        well_known!(@ids $n + 1u32; $($rest,)*);
    };
    (@ids $n:expr;) => {};
}

well_known! {
    __init__ = "__init__", __new__ = "__new__", __str__ = "__str__", __repr__ = "__repr__",
    __eq__ = "__eq__", __ne__ = "__ne__", __lt__ = "__lt__", __le__ = "__le__",
    __gt__ = "__gt__", __ge__ = "__ge__", __hash__ = "__hash__", __len__ = "__len__",
    __bool__ = "__bool__", __getitem__ = "__getitem__", __setitem__ = "__setitem__",
    __delitem__ = "__delitem__", __contains__ = "__contains__", __iter__ = "__iter__",
    __next__ = "__next__", __call__ = "__call__", __enter__ = "__enter__",
    __exit__ = "__exit__", __getattr__ = "__getattr__", __name__ = "__name__",
    __qualname__ = "__qualname__", __module__ = "__module__", __class__ = "__class__",
    __dict__ = "__dict__", __doc__ = "__doc__", __neg__ = "__neg__", __pos__ = "__pos__",
    __invert__ = "__invert__", __abs__ = "__abs__", __format__ = "__format__",
    __add__ = "__add__", __sub__ = "__sub__", __mul__ = "__mul__",
    __truediv__ = "__truediv__", __floordiv__ = "__floordiv__", __mod__ = "__mod__",
    __pow__ = "__pow__", __lshift__ = "__lshift__", __rshift__ = "__rshift__",
    __or__ = "__or__", __xor__ = "__xor__", __and__ = "__and__",
    __radd__ = "__radd__", __rsub__ = "__rsub__", __rmul__ = "__rmul__",
    __rtruediv__ = "__rtruediv__", __rfloordiv__ = "__rfloordiv__", __rmod__ = "__rmod__",
    __rpow__ = "__rpow__", __rlshift__ = "__rlshift__", __rrshift__ = "__rrshift__",
    __ror__ = "__ror__", __rxor__ = "__rxor__", __rand__ = "__rand__",
    __iadd__ = "__iadd__", __isub__ = "__isub__", __imul__ = "__imul__",
    __itruediv__ = "__itruediv__", __ifloordiv__ = "__ifloordiv__", __imod__ = "__imod__",
    __ipow__ = "__ipow__", __ilshift__ = "__ilshift__", __irshift__ = "__irshift__",
    __ior__ = "__ior__", __ixor__ = "__ixor__", __iand__ = "__iand__",
    __matmul__ = "__matmul__", __rmatmul__ = "__rmatmul__", __imatmul__ = "__imatmul__",
    __int__ = "__int__", __float__ = "__float__", __index__ = "__index__",
    __main__ = "__main__", __builtins__ = "__builtins__", __file__ = "__file__",
    __bases__ = "__bases__", __base__ = "__base__", __mro__ = "__mro__",
    __func__ = "__func__", __self__ = "__self__", __cause__ = "__cause__",
    __context__ = "__context__", __traceback__ = "__traceback__",
    __suppress_context__ = "__suppress_context__", __defaults__ = "__defaults__",
    __code__ = "__code__", __reversed__ = "__reversed__", __missing__ = "__missing__",
    __setattr__ = "__setattr__", __delattr__ = "__delattr__", __del__ = "__del__",
    __get__ = "__get__", __set__ = "__set__", __delete__ = "__delete__",
    __set_name__ = "__set_name__", __getattribute__ = "__getattribute__",
    __init_subclass__ = "__init_subclass__", __slots__ = "__slots__",
    __class_getitem__ = "__class_getitem__", __annotations__ = "__annotations__",
    args = "args", key = "key", reverse = "reverse", sep = "sep", end = "end",
    file = "file", flush = "flush", default = "default", start = "start", name = "name",
    value = "value", real = "real", imag = "imag", self_ = "self", code = "code",
}

/// The name table of one interpreter.
pub struct Interner {
    map: HashMap<Arc<str>, NameId>,
    names: Vec<Arc<str>>,
}

impl Default for Interner {
    fn default() -> Self {
        let mut it = Interner {
            map: HashMap::new(),
            names: Vec::new(),
        };
        for name in WELL_KNOWN {
            it.intern(name);
        }
        it
    }
}

impl Interner {
    /// The id of `name`, interning it on first use.
    pub fn intern(&mut self, name: &str) -> NameId {
        if let Some(&id) = self.map.get(name) {
            return id;
        }
        let id = NameId(self.names.len() as u32);
        let name: Arc<str> = Arc::from(name);
        self.names.push(name.clone());
        self.map.insert(name, id);
        id
    }

    /// The id of `name` if it was ever interned (a name never interned cannot be an
    /// attribute of anything).
    pub fn lookup(&self, name: &str) -> Option<NameId> {
        self.map.get(name).copied()
    }

    /// The text of a name.
    #[inline]
    pub fn name(&self, id: NameId) -> &Arc<str> {
        &self.names[id.0 as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_ids_are_stable() {
        let mut it = Interner::default();
        assert_eq!(it.intern("__init__"), sym::__init__);
        assert_eq!(&**it.name(sym::__exit__), "__exit__");
        assert_eq!(it.intern("code"), sym::code);
    }
}
