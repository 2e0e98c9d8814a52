//! `_heapq`: the heap primitives in Rust, as CPython's C module is; `heapq.py` imports
//! them over its Python definitions. Graph searches and schedulers spend most of their
//! time here, and in Python each sift step was a dozen bytecodes.
//!
//! Items are compared with `<` only (what CPython uses), so a user `__lt__` may run and
//! may even change the list: every step re-reads the list and a change of size raises
//! CPython's `RuntimeError`, never an out-of-range access.

use crate::builtins::subclass::unwrap_base;
use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::heap::Heap;
use crate::object::Object;
use crate::ops::compare::{eq_fast, less_than};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import _heapq`
pub const MODULE: ModuleDef = ModuleDef {
    name: "_heapq",
    init,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("heappush", heappush),
    NativeDef::new("heappop", heappop),
    NativeDef::new("heapreplace", heapreplace),
    NativeDef::new("heappushpop", heappushpop),
    NativeDef::new("heapify", heapify),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    Ok(())
}

/// The list behind argument 1 (a list or an instance of a list subclass).
fn heap_arg(vm: &mut Vm<'_>, v: Value, what: &str) -> PyResult<ObjRef> {
    if let Value::Obj(r) = unwrap_base(vm, v) {
        if matches!(vm.st.heap.get(r), Object::List(_)) {
            return Ok(r);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("{what} must be list, not {tn}")))
}

fn items<'v>(vm: &'v mut Vm<'_>, r: ObjRef) -> &'v mut Vec<Value> {
    crate::methods::list::items_mut(vm, r)
}

fn len(vm: &mut Vm<'_>, r: ObjRef) -> usize {
    items(vm, r).len()
}

fn changed(vm: &mut Vm<'_>) -> crate::Throw {
    vm.runtime_error("list changed size during iteration")
}

/// `heap[i]`, or the size-change error if a comparison shrank the list.
fn at(vm: &mut Vm<'_>, r: ObjRef, i: usize) -> PyResult<Value> {
    match items(vm, r).get(i) {
        Some(v) => Ok(*v),
        None => Err(changed(vm)),
    }
}

fn put(vm: &mut Vm<'_>, r: ObjRef, i: usize, v: Value) -> PyResult<()> {
    match items(vm, r).get_mut(i) {
        Some(slot) => {
            *slot = v;
            Ok(())
        }
        None => Err(changed(vm)),
    }
}

/// `a < b` for values whose order needs no Python code (numbers of one kind, strs,
/// tuples of those); `None` when a `__lt__`/`__eq__` might run.
fn fast_lt(heap: &Heap, a: Value, b: Value, depth: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (Value::Obj(x), Value::Obj(y)) => match (heap.get(x), heap.get(y)) {
            // UTF-8 byte order is code point order, which is what Python compares.
            (Object::Str(p), Object::Str(q)) => Some(p.as_str() < q.as_str()),
            (Object::Tuple(p), Object::Tuple(q)) if depth < 8 => {
                for (u, v) in p.iter().zip(q.iter()) {
                    // Int items (`(priority, id)` entries) without the general equality.
                    if let (Value::Int(x), Value::Int(y)) = (*u, *v) {
                        if x != y {
                            return Some(x < y);
                        }
                        continue;
                    }
                    if !eq_fast(heap, *u, *v, depth + 1)? {
                        return fast_lt(heap, *u, *v, depth + 1);
                    }
                }
                Some(p.len() < q.len())
            }
            _ => None,
        },
        _ => None,
    }
}

/// `a < b` for a sift step on a list of `size` items, running Python code if needed:
/// a comparison that changed the list's size is CPython's `RuntimeError`.
fn less(vm: &mut Vm<'_>, r: ObjRef, size: usize, a: Value, b: Value) -> PyResult<bool> {
    let lt = less_than(vm, a, b)?;
    if len(vm, r) != size {
        return Err(changed(vm));
    }
    Ok(lt)
}

/// Where a sift that met a comparison needing Python code stopped: the item was put
/// back at this position, so the list is whole and the general sift can carry on.
enum Resume {
    /// In the climb of the smaller children (continue with [`sift_up_slow`]).
    Up(usize),
    /// In the final move towards the root (continue with [`sift_down_slow`]).
    Down(usize),
}

/// [`sift_down_slow`] on a list taken out of the heap, while [`fast_lt`] decides.
fn sift_down_fast(heap: &Heap, v: &mut [Value], start: usize, mut pos: usize) -> Result<(), usize> {
    let item = v[pos];
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = v[parent_pos];
        match fast_lt(heap, item, parent, 0) {
            Some(true) => {
                v[pos] = parent;
                pos = parent_pos;
            }
            Some(false) => break,
            None => {
                v[pos] = item;
                return Err(pos);
            }
        }
    }
    v[pos] = item;
    Ok(())
}

/// [`sift_up_slow`] on a list taken out of the heap, while [`fast_lt`] decides.
fn sift_up_fast(heap: &Heap, v: &mut [Value], start: usize, mut pos: usize) -> Result<(), Resume> {
    let end = v.len();
    let item = v[pos];
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            match fast_lt(heap, v[child], v[right], 0) {
                Some(true) => {}
                Some(false) => child = right,
                None => {
                    v[pos] = item;
                    return Err(Resume::Up(pos));
                }
            }
        }
        v[pos] = v[child];
        pos = child;
        child = 2 * pos + 1;
    }
    v[pos] = item;
    sift_down_fast(heap, v, start, pos).map_err(Resume::Down)
}

/// Runs a fast sift on the list's items (no Python code can run, so taking them out
/// of the list for the duration is invisible), then the general one from where the
/// fast one stopped, if it did.
fn sift(vm: &mut Vm<'_>, r: ObjRef, start: usize, pos: usize, up: bool) -> PyResult<()> {
    let mut v = std::mem::take(items(vm, r));
    if pos >= v.len() {
        *items(vm, r) = v;
        return Ok(());
    }
    let res = if up {
        sift_up_fast(&vm.st.heap, &mut v, start, pos)
    } else {
        sift_down_fast(&vm.st.heap, &mut v, start, pos).map_err(Resume::Down)
    };
    *items(vm, r) = v;
    match res {
        Ok(()) => Ok(()),
        Err(Resume::Up(p)) => sift_up_slow(vm, r, start, p),
        Err(Resume::Down(p)) => sift_down_slow(vm, r, start, p),
    }
}

/// Moves the item at `pos` towards `start` while it is smaller than its parent.
fn sift_down_slow(vm: &mut Vm<'_>, r: ObjRef, start: usize, mut pos: usize) -> PyResult<()> {
    let size = len(vm, r);
    let item = at(vm, r, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = at(vm, r, parent_pos)?;
        if !less(vm, r, size, item, parent)? {
            break;
        }
        put(vm, r, pos, parent)?;
        pos = parent_pos;
    }
    put(vm, r, pos, item)
}

/// Moves the smaller child up until a leaf, puts the item there, then sifts it back
/// towards `start`: fewer comparisons than stopping early (the bottom-up variant).
fn sift_up_slow(vm: &mut Vm<'_>, r: ObjRef, start: usize, mut pos: usize) -> PyResult<()> {
    let end = len(vm, r);
    let item = at(vm, r, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (a, b) = (at(vm, r, child)?, at(vm, r, right)?);
            if !less(vm, r, end, a, b)? {
                child = right;
            }
        }
        let c = at(vm, r, child)?;
        put(vm, r, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    put(vm, r, pos, item)?;
    sift_down_slow(vm, r, start, pos)
}

fn sift_down(vm: &mut Vm<'_>, r: ObjRef, start: usize, pos: usize) -> PyResult<()> {
    sift(vm, r, start, pos, false)
}

fn sift_up(vm: &mut Vm<'_>, r: ObjRef, pos: usize) -> PyResult<()> {
    sift(vm, r, pos, pos, true)
}

fn heappush(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "heappush", 2, 2)?;
    let r = heap_arg(vm, args.pos[0], "heappush() argument 1")?;
    items(vm, r).push(args.pos[1]);
    let last = len(vm, r) - 1;
    sift_down(vm, r, 0, last)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "heappop", 1, 1)?;
    let r = heap_arg(vm, args.pos[0], "heappop() argument")?;
    let Some(last) = items(vm, r).pop() else {
        return Err(vm.index_error("index out of range"));
    };
    let heap = items(vm, r);
    match heap.first_mut() {
        Some(first) => {
            let top = std::mem::replace(first, last);
            sift_up(vm, r, 0)?;
            Ok(top)
        }
        None => Ok(last),
    }
}

fn heapreplace(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "heapreplace", 2, 2)?;
    let r = heap_arg(vm, args.pos[0], "heapreplace() argument 1")?;
    let Some(first) = items(vm, r).first_mut() else {
        return Err(vm.index_error("index out of range"));
    };
    let top = std::mem::replace(first, args.pos[1]);
    sift_up(vm, r, 0)?;
    Ok(top)
}

fn heappushpop(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "heappushpop", 2, 2)?;
    let r = heap_arg(vm, args.pos[0], "heappushpop() argument 1")?;
    let item = args.pos[1];
    let Some(&top) = items(vm, r).first() else {
        return Ok(item);
    };
    if !less_than(vm, top, item)? {
        return Ok(item);
    }
    // The comparison may have emptied the list.
    let Some(first) = items(vm, r).first_mut() else {
        return Err(vm.index_error("index out of range"));
    };
    let top = std::mem::replace(first, item);
    sift_up(vm, r, 0)?;
    Ok(top)
}

fn heapify(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "heapify", 1, 1)?;
    let r = heap_arg(vm, args.pos[0], "heapify() argument")?;
    let n = len(vm, r);
    for i in (0..n / 2).rev() {
        sift_up(vm, r, i)?;
    }
    Ok(Value::None)
}
