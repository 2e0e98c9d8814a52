//! The classes of the builtin iterators, named as CPython names them
//! (`type(iter([]))` is `list_iterator`, `iter({})` a `dict_keyiterator`, ...).
//!
//! One `Object::Iter` variant serves them all, so the class is derived from the
//! iterator's state: `VmState::iter_types` holds one class per kind below. The classes
//! are kept alive by `iterator`'s class dict (under names no Python code can spell), so
//! the array needs no rooting of its own. An exhausted iterator (`IterObj::Done`) has
//! forgotten its kind and reads as plain `iterator`.

use crate::object::{IterObj, Object};
use crate::state::VmState;
use crate::value::{ObjRef, Value};
use crate::Vm;

/// The kinds, in `VmState::iter_types` order.
const NAMES: [&str; 25] = [
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "callable_iterator",
    "_deque_iterator",
    "_deque_reverse_iterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "product",
    "combinations",
    "combinations_with_replacement",
    "permutations",
];

/// The `itertools` class written in Rust named `name` (`product`, `permutations`, ...).
pub fn itertools_class(st: &VmState, name: &str) -> Option<ObjRef> {
    let i = NAMES.iter().position(|n| *n == name)?;
    (i >= 21).then(|| st.iter_types[i])
}

/// Number of iterator classes.
pub const COUNT: usize = NAMES.len();

/// Creates the classes (called from `objmodel::bootstrap`).
pub(crate) fn bootstrap(vm: &mut Vm<'_>) {
    let it = vm.st.types.iterator;
    let o = Some(vm.st.types.object);
    use crate::builtins::combinatoric as c;
    for (i, name) in NAMES.iter().enumerate() {
        // The `itertools` iterators are built by calling their class.
        let new: Option<crate::object::NativeNew> = match *name {
            "product" => Some(c::product_new),
            "combinations" => Some(c::combinations_new),
            "combinations_with_replacement" => Some(c::with_replacement_new),
            "permutations" => Some(c::permutations_new),
            _ => None,
        };
        let cls = vm.new_class(name, o, new, true);
        if new.is_some() {
            let m = vm.new_str("itertools");
            vm.class_set(cls, "__module__", m);
            if let Object::Class(k) = vm.st.heap.get_mut(cls) {
                k.module = "itertools".into();
            }
        }
        // Same `__iter__`/`__next__` as the generic class (`builtins/dunders.rs`).
        vm.st.iter_types[i] = cls;
        vm.class_set(it, &format!(" {name}"), Value::Obj(cls));
    }
}

/// Is `cls` one of the iterator classes (or the generic `iterator`)?
pub fn is_iter_class(st: &VmState, cls: ObjRef) -> bool {
    cls == st.types.iterator || st.iter_types.contains(&cls)
}

/// Does iterator class `cls` have `__length_hint__` (CPython's sequence, range, dict
/// and set iterators)?
pub fn has_length_hint(st: &VmState, cls: ObjRef) -> bool {
    st.iter_types[..10].contains(&cls)
}

/// How many items iterator `it` has left, for `__length_hint__` (`None`: unknown).
pub fn length_hint(st: &VmState, it: &IterObj) -> Option<usize> {
    Some(match it {
        IterObj::List { list: r, idx } | IterObj::Tuple { tuple: r, idx } => {
            match st.heap.get(*r) {
                Object::List(l) => l.len().saturating_sub(*idx),
                Object::Tuple(t) => t.len().saturating_sub(*idx),
                _ => 0,
            }
        }
        IterObj::Str { s, byte } => match st.heap.get(*s) {
            Object::Str(t) => t
                .as_str()
                .get(*byte..)
                .map_or(0, |rest| rest.chars().count()),
            _ => 0,
        },
        IterObj::Range { next, stop, step } => {
            let (n, e, k) = (i128::from(*next), i128::from(*stop), i128::from(*step));
            let left = if k > 0 && n < e {
                (e - n + k - 1) / k
            } else if k < 0 && n > e {
                (n - e - k - 1) / -k
            } else {
                0
            };
            usize::try_from(left).unwrap_or(usize::MAX)
        }
        IterObj::Dict { remaining, .. } => *remaining,
        IterObj::Set { set, idx, .. } => match st.heap.get(*set) {
            Object::Set(d) => (*idx..d.capacity_used())
                .filter(|i| d.entry(*i).is_some())
                .count(),
            _ => 0,
        },
        IterObj::ListRev { remaining, .. } => *remaining,
        IterObj::Done => 0,
        _ => return None,
    })
}

/// The class of a builtin iterator.
pub fn class_of(st: &VmState, it: &IterObj) -> ObjRef {
    let i = match it {
        IterObj::List { .. } => 0,
        IterObj::Tuple { .. } => 1,
        IterObj::Str { s, .. } => match st.heap.get(*s) {
            Object::Str(t) if !t.is_ascii() => 3,
            _ => 2,
        },
        IterObj::Range { .. } => 4,
        IterObj::Dict { kind, .. } => match kind {
            crate::object::ViewKind::Keys => 5,
            crate::object::ViewKind::Values => 6,
            crate::object::ViewKind::Items => 7,
        },
        IterObj::Set { .. } => 8,
        IterObj::ListRev { .. } => 9,
        IterObj::Enumerate { .. } => 10,
        IterObj::Zip { .. } => 11,
        IterObj::Native(n) => match NAMES.iter().position(|k| *k == n.type_name()) {
            Some(i) => i,
            None => return st.types.iterator,
        },
        IterObj::Seq { .. } | IterObj::Done => return st.types.iterator,
    };
    match st.iter_types[i] {
        ObjRef(0) => st.types.iterator,
        c => c,
    }
}
