//! `itertools.product`, `combinations`, `combinations_with_replacement` and
//! `permutations` in Rust: the iterator classes themselves (`type(permutations("ab"))
//! is itertools.permutations`), stepping index vectors as CPython's do. Written in
//! Python they cost a frame and two list builds per item (30x CPython on 40,320
//! permutations).

use crate::builtins::Args;
use crate::object::{IterObj, NativeIter, Object};
use crate::ops::iter;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Which of the four, with its state.
enum Kind {
    /// One pool per position; `indices[i]` indexes `pools[i]`.
    Product {
        pools: Vec<Vec<Value>>,
    },
    Combinations {
        pool: Vec<Value>,
    },
    WithReplacement {
        pool: Vec<Value>,
    },
    /// `cycles` as in CPython's algorithm; `indices` spans the whole pool.
    Permutations {
        pool: Vec<Value>,
        cycles: Vec<usize>,
    },
}

struct Combinatoric {
    kind: Kind,
    indices: Vec<usize>,
    r: usize,
    first: bool,
    done: bool,
}

impl Combinatoric {
    /// Moves to the next index vector; false when there is none.
    fn advance(&mut self) -> bool {
        let r = self.r;
        let idx = &mut self.indices;
        match &mut self.kind {
            Kind::Product { pools } => {
                for i in (0..pools.len()).rev() {
                    idx[i] += 1;
                    if idx[i] < pools[i].len() {
                        return true;
                    }
                    idx[i] = 0;
                }
                false
            }
            Kind::Combinations { pool } => {
                let n = pool.len();
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                    return false;
                };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            Kind::WithReplacement { pool } => {
                let n = pool.len();
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                    return false;
                };
                let v = idx[i] + 1;
                idx[i..r].iter_mut().for_each(|x| *x = v);
                true
            }
            Kind::Permutations { pool, cycles } => {
                let n = pool.len();
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        idx[i..].rotate_left(1);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        idx.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
        }
    }

    fn result(&self) -> Vec<Value> {
        let idx = &self.indices[..self.r];
        match &self.kind {
            Kind::Product { pools } => idx.iter().zip(pools).map(|(&i, p)| p[i]).collect(),
            Kind::Combinations { pool }
            | Kind::WithReplacement { pool }
            | Kind::Permutations { pool, .. } => idx.iter().map(|&i| pool[i]).collect(),
        }
    }
}

impl NativeIter for Combinatoric {
    fn next(&mut self, vm: &mut Vm<'_>) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
        } else if !self.advance() {
            self.done = true;
            return Ok(None);
        }
        let items = self.result();
        Ok(Some(vm.new_tuple(items)))
    }

    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        match &self.kind {
            Kind::Product { pools } => pools.iter().flatten().for_each(|v| visit(*v)),
            Kind::Combinations { pool }
            | Kind::WithReplacement { pool }
            | Kind::Permutations { pool, .. } => pool.iter().for_each(|v| visit(*v)),
        }
    }

    fn type_name(&self) -> &'static str {
        match self.kind {
            Kind::Product { .. } => "product",
            Kind::Combinations { .. } => "combinations",
            Kind::WithReplacement { .. } => "combinations_with_replacement",
            Kind::Permutations { .. } => "permutations",
        }
    }
}

fn make(vm: &mut Vm<'_>, c: Combinatoric) -> Value {
    vm.alloc(Object::Iter(IterObj::Native(Box::new(c))))
}

/// `r` as given (`None` when absent or None); CPython's TypeError for a non-int.
fn r_arg(vm: &mut Vm<'_>, args: &Args<'_>, i: usize) -> PyResult<Option<i64>> {
    let v = args.get(i).or_else(|| args.kwarg_str(vm, "r"));
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(n)),
        Some(Value::Bool(b)) => Ok(Some(i64::from(b))),
        Some(_) => Err(vm.type_error("Expected int as r")),
    }
}

/// Rejects keywords other than `allowed`, with CPython's message for `fname`.
fn check_kw(vm: &mut Vm<'_>, args: &Args<'_>, fname: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in args.kw {
        let key = vm.name(*k);
        if !allowed.contains(&&*key) {
            return Err(vm.type_error(if fname == "product" {
                format!("'{key}' is an invalid keyword argument for product()")
            } else {
                format!("{fname}() got an unexpected keyword argument '{key}'")
            }));
        }
    }
    Ok(())
}

/// The pool and `r` of the three single-pool iterators.
fn pool_and_r(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    fname: &str,
    r_required: bool,
) -> PyResult<(Vec<Value>, Option<i64>)> {
    check_kw(vm, args, fname, &["iterable", "r"])?;
    let max = 2;
    if args.pos.len() > max {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} arguments ({} given)",
            args.pos.len()
        )));
    }
    let Some(src) = args.get(0).or_else(|| args.kwarg_str(vm, "iterable")) else {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument 'iterable' (pos 1)"
        )));
    };
    let r = r_arg(vm, args, 1)?;
    if r_required && r.is_none() {
        return Err(vm.type_error(format!("{fname}() missing required argument 'r' (pos 2)")));
    }
    if r.is_some_and(|r| r < 0) {
        return Err(vm.value_error("r must be non-negative"));
    }
    let pool = iter::collect(vm, src)?;
    Ok((pool, r))
}

/// `permutations(iterable, r=None)`
pub fn permutations_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    let (pool, r) = pool_and_r(vm, &args, "permutations", false)?;
    let n = pool.len();
    let r = r.map_or(n, |r| r as usize);
    let c = Combinatoric {
        indices: (0..n).collect(),
        kind: Kind::Permutations {
            cycles: (0..r.min(n)).map(|i| n - i).collect(),
            pool,
        },
        r,
        first: true,
        done: r > n,
    };
    Ok(make(vm, c))
}

/// `combinations(iterable, r)`
pub fn combinations_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    let (pool, r) = pool_and_r(vm, &args, "combinations", true)?;
    let r = r.unwrap_or(0) as usize;
    let c = Combinatoric {
        indices: (0..r).collect(),
        done: r > pool.len(),
        kind: Kind::Combinations { pool },
        r,
        first: true,
    };
    Ok(make(vm, c))
}

/// `combinations_with_replacement(iterable, r)`
pub fn with_replacement_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    let (pool, r) = pool_and_r(vm, &args, "combinations_with_replacement", true)?;
    let r = r.unwrap_or(0) as usize;
    let c = Combinatoric {
        indices: vec![0; r],
        done: pool.is_empty() && r > 0,
        kind: Kind::WithReplacement { pool },
        r,
        first: true,
    };
    Ok(make(vm, c))
}

/// `product(*iterables, repeat=1)`
pub fn product_new(vm: &mut Vm<'_>, _cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    check_kw(vm, &args, "product", &["repeat"])?;
    let repeat = match args.kwarg_str(vm, "repeat") {
        None => 1,
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => i64::from(b),
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(args.pos.len());
    let mark = vm.push_root(Value::None);
    for v in args.pos {
        let items = iter::collect(vm, *v)?;
        for x in &items {
            vm.push_root(*x);
        }
        base.push(items);
    }
    vm.pop_roots(mark);
    let mut pools = Vec::with_capacity(base.len() * repeat as usize);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let c = Combinatoric {
        indices: vec![0; pools.len()],
        r: pools.len(),
        done: pools.iter().any(Vec::is_empty),
        kind: Kind::Product { pools },
        first: true,
    };
    Ok(make(vm, c))
}
