//! The `random` module.
//!
//! The generator is CPython's: MT19937 seeded with `init_by_array` from the seed's
//! 32-bit words, `random()` from two outputs, `randrange`/`choice`/`shuffle`/`sample`
//! through `_randbelow` (rejection sampling on `getrandbits`). So a script that calls
//! `random.seed(42)` prints exactly the numbers CPython 3.11 prints.
//!
//! Each interpreter has its own generator, kept in the module's hidden `_inst` object
//! (as CPython's module keeps its `Random` instance). Without `seed()`, it is seeded
//! from the clock; [`seed_interpreter`] seeds it from the embedding side (`--seed`).

use std::any::Any;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::methods::common;
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::ops::{iter, subscr};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import random`
pub const MODULE: ModuleDef = ModuleDef {
    name: "random",
    init,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("seed", seed),
    NativeDef::new("random", random),
    NativeDef::new("getrandbits", getrandbits),
    NativeDef::new("randrange", randrange),
    NativeDef::new("randint", randint),
    NativeDef::new("choice", choice),
    NativeDef::new("choices", choices),
    NativeDef::new("shuffle", shuffle),
    NativeDef::new("sample", sample),
    NativeDef::new("uniform", uniform),
    NativeDef::new("gauss", gauss),
    NativeDef::new("normalvariate", normalvariate),
    NativeDef::new("expovariate", expovariate),
];

const N: usize = 624;
const M: usize = 397;

/// The Mersenne Twister state, as in CPython's `_randommodule.c`.
pub struct Mt {
    pub(crate) state: [u32; N],
    pub(crate) index: usize,
    /// The second normal deviate `gauss()` computed last time (CPython's `gauss_next`).
    pub(crate) gauss_next: Option<f64>,
}

impl Mt {
    fn init_genrand(s: u32) -> Mt {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1812433253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt {
            state: mt,
            index: N,
            gauss_next: None,
        }
    }

    /// CPython's `init_by_array`.
    pub fn from_key(key: &[u32]) -> Mt {
        let mut g = Mt::init_genrand(19650218);
        let mt = &mut g.state;
        let key_len = key.len().max(1);
        let word = |j: usize| key.get(j).copied().unwrap_or(0);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key_len) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525))
                .wrapping_add(word(j))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key_len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g
    }

    /// Seeds from a non-negative integer's 32-bit words (least significant first).
    pub fn from_int(n: &BigInt) -> Mt {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        Mt::from_key(&key)
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N {
                let y = (mt[kk] & UPPER) | (mt[(kk + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: 53 random bits in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for `k >= 1`.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &out)
    }

    /// `_randbelow(n)` for `n > 0`: uniform in `[0, n)`.
    pub fn below(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k.max(1));
            if &r < n {
                return r;
            }
        }
    }

    /// `_randbelow` for sizes that fit a `u64`.
    pub fn below_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros() as u64;
        loop {
            let r = if k <= 32 {
                (self.next_u32() >> (32 - k.max(1))) as u64
            } else {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            };
            if r < n {
                return r;
            }
        }
    }
}

impl NativeData for Mt {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn clock_seed() -> BigInt {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    BigInt::from(nanos ^ (std::process::id() as u128) << 64)
}

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    vm.module_add_functions(m, super::random_extra::FUNCTIONS);
    let object = vm.st.types.object;
    let cls = vm.new_class("Random", Some(object), Some(random_new), false);
    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
        c.module = "random".into();
    }
    vm.add_methods(cls, FUNCTIONS);
    vm.add_methods(cls, super::random_extra::FUNCTIONS);
    vm.add_methods(cls, &[NativeDef::new("__init__", random_init)]);
    vm.module_set(m, "Random", Value::Obj(cls));
    let inst = new_instance(vm, cls);
    vm.module_set(m, "_inst", inst);
    Ok(())
}

/// A `Random` instance seeded from the clock.
fn new_instance(vm: &mut Vm<'_>, cls: ObjRef) -> Value {
    vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(Mt::from_int(&clock_seed()))),
    })))
}

/// `random.Random(seed=None)`: an independent generator.
fn random_new(vm: &mut Vm<'_>, cls: ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "Random", 0, 1)?;
    let inst = new_instance(vm, cls);
    let mut pos = vec![inst];
    pos.extend_from_slice(args.pos);
    seed(vm, Args::positional(&pos))?;
    Ok(inst)
}

/// `Random.__init__`: the seeding happened in `random_new`.
fn random_init(_vm: &mut Vm<'_>, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// Seeds the interpreter's generator (imports `random` if needed), as `random.seed(n)`.
pub fn seed_interpreter(vm: &mut Vm<'_>, seed: u64) -> PyResult<()> {
    with_gen(vm, None, |g| *g = Mt::from_int(&BigInt::from(seed)))
}

/// Splits off `self` when a function runs as a method of a `random.Random` instance
/// (the module's functions double as the class's methods).
pub(crate) fn split_self<'a>(vm: &Vm<'_>, args: Args<'a>) -> (Option<ObjRef>, Args<'a>) {
    match args.get(0).and_then(|v| v.as_obj()) {
        Some(r) if is_gen(vm, r) => (
            Some(r),
            Args {
                pos: &args.pos[1..],
                kw: args.kw,
            },
        ),
        _ => (None, args),
    }
}

/// Runs `f` on the generator of `src` (a `Random` instance), or on the interpreter's
/// own generator (creating the module state if needed).
pub(crate) fn with_gen<R>(
    vm: &mut Vm<'_>,
    src: Option<ObjRef>,
    f: impl FnOnce(&mut Mt) -> R,
) -> PyResult<R> {
    if let Some(r) = src {
        return run_on(vm, Some(r), f);
    }
    let id = vm.intern("random");
    let module = match vm.st.modules.get(&id) {
        Some(m) => *m,
        None => {
            let m = vm.new_module("random");
            vm.st.modules.insert(id, m);
            init(vm, m)?;
            m
        }
    };
    let inst_id = vm.intern("_inst");
    let mut inst = match vm.st.heap.get(module) {
        Object::Module(m) => m.attrs.get(&inst_id).and_then(|v| v.as_obj()),
        _ => None,
    };
    // A script may have replaced `random._inst`; start a fresh generator then.
    if !inst.is_some_and(|r| is_gen(vm, r)) {
        init(vm, module)?;
        inst = match vm.st.heap.get(module) {
            Object::Module(m) => m.attrs.get(&inst_id).and_then(|v| v.as_obj()),
            _ => None,
        };
    }
    run_on(vm, inst, f)
}

/// Runs `f` on the generator state inside instance `inst`.
fn run_on<R>(vm: &mut Vm<'_>, inst: Option<ObjRef>, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    let mut out = None;
    if let Some(Object::Instance(i)) = inst.map(|r| vm.st.heap.get_mut(r)) {
        if let Payload::Native(n) = &mut i.payload {
            if let Some(mt) = n.as_any_mut().downcast_mut::<Mt>() {
                out = Some(f(mt));
            }
        }
    }
    match out {
        Some(r) => Ok(r),
        None => Err(vm.runtime_error("random: generator state missing")),
    }
}

fn is_gen(vm: &Vm<'_>, r: ObjRef) -> bool {
    matches!(vm.st.heap.get(r), Object::Instance(i)
        if matches!(&i.payload, Payload::Native(n) if n.as_any().is::<Mt>()))
}

fn seed(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    common::check_kw(vm, &args, "seed", &["a", "version"])?;
    args.check_pos(vm, "seed", 0, 2)?;
    let a = common::arg(vm, &args, 0, "a").unwrap_or(Value::None);
    let version = match common::arg(vm, &args, 1, "version") {
        Some(v) => common::index(vm, v)?,
        None => 2,
    };
    // CPython's Lib/random.py turns str/bytes seeds into an int first: version 2 (the
    // default) takes the bytes followed by their SHA-512 digest as one big-endian
    // int; version 1 is the old string hash.
    let text: Option<(Vec<u8>, bool)> = if let Some(s) = vm.as_str(a) {
        Some((s.as_bytes().to_vec(), true))
    } else {
        crate::builtins::bytes::bytes_of(vm, a).map(|b| (b.to_vec(), false))
    };
    let has_text = text.is_some();
    let n = match text {
        Some((bytes, is_str)) if version == 1 && (is_str || &*vm.type_name(a) != "bytearray") => {
            let chars: Vec<u32> = if is_str {
                String::from_utf8_lossy(&bytes)
                    .chars()
                    .map(|c| c as u32)
                    .collect()
            } else {
                // Bytes are decoded as latin-1: one char per byte.
                bytes.iter().map(|b| *b as u32).collect()
            };
            let mut x: u64 = chars.first().map_or(0, |c| (*c as u64) << 7);
            for c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ *c as u64;
            }
            x ^= chars.len() as u64;
            BigInt::from(x)
        }
        Some((mut bytes, _)) if version == 2 => {
            use sha2::Digest;
            let digest = sha2::Sha512::digest(&bytes);
            bytes.extend_from_slice(&digest);
            BigInt::from_bytes_be(Sign::Plus, &bytes)
        }
        _ => match a {
            Value::None => clock_seed(),
            Value::Int(i) => BigInt::from(i).abs(),
            Value::Bool(b) => BigInt::from(b as i64),
            Value::Float(_) => {
                let h = crate::ops::compare::hash(vm, a)?;
                BigInt::from(h).abs()
            }
            _ => match vm.obj(a) {
                Some(Object::BigInt(b)) => b.abs(),
                // Other versions hash str/bytes, as CPython's C seed does.
                _ if has_text => {
                    let h = crate::ops::compare::hash(vm, a)?;
                    BigInt::from(h).abs()
                }
                _ => {
                    return Err(vm.type_error(
                        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                    ));
                }
            },
        },
    };
    with_gen(vm, src, |g| *g = Mt::from_int(&n))?;
    Ok(Value::None)
}

fn random(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "Random.random", 0, 0)?;
    Ok(Value::Float(with_gen(vm, src, |g| g.random())?))
}

fn getrandbits(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "getrandbits", 1, 1)?;
    let k = common::index(vm, args.pos[0])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k > 1 << 26 {
        return Err(vm.overflow_error("getrandbits() result is too large"));
    }
    let r = with_gen(vm, src, |g| g.getrandbits(k as u64))?;
    Ok(vm.new_bigint(r))
}

/// An integer argument of `randrange`, or CPython's `non-integer arg N` error.
fn range_arg(vm: &mut Vm<'_>, v: Value, which: &str) -> PyResult<BigInt> {
    if let Value::Float(f) = v {
        // Integral floats are accepted (deprecated) by 3.11.
        if f.fract() == 0.0 && f.is_finite() {
            if let Ok(b) = crate::format::float_to_bigint(f) {
                return Ok(b);
            }
        }
        return Err(vm.value_error(format!("non-integer {which} for randrange()")));
    }
    match common::big_index(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// `randrange(start[, stop[, step]])` on big integers.
fn randrange_big(
    vm: &mut Vm<'_>,
    src: Option<ObjRef>,
    start: Value,
    stop: Option<Value>,
    step: Option<Value>,
) -> PyResult<Value> {
    let istart = range_arg(vm, start, "arg 1")?;
    let Some(stop) = stop.filter(|v| !matches!(v, Value::None)) else {
        if istart.is_positive() {
            let r = with_gen(vm, src, |g| g.below(&istart))?;
            return Ok(vm.new_bigint(r));
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let istop = range_arg(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_arg(vm, s, "step")?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            let r = with_gen(vm, src, |g| g.below(&width))?;
            return Ok(vm.new_bigint(istart + r));
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n: BigInt = if istep.is_positive() {
        (&width + &istep - BigInt::from(1)).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::from(1)).div_floor(&istep)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let r = with_gen(vm, src, |g| g.below(&n))?;
    Ok(vm.new_bigint(istart + istep * r))
}

fn randrange(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    common::check_kw(vm, &args, "randrange", &["start", "stop", "step"])?;
    args.check_pos(vm, "randrange", 0, 3)?;
    let Some(start) = common::arg(vm, &args, 0, "start") else {
        return Err(
            vm.type_error("Random.randrange() missing 1 required positional argument: 'start'")
        );
    };
    let stop = common::arg(vm, &args, 1, "stop");
    let step = common::arg(vm, &args, 2, "step");
    randrange_big(vm, src, start, stop, step)
}

fn randint(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "randint", 2, 2)?;
    // Fast path: small ints, the common case in scripts.
    if let (Value::Int(a), Value::Int(b)) = (args.pos[0], args.pos[1]) {
        if b >= a {
            if let Some(w) = (b as i128 - a as i128 + 1).to_u64() {
                let r = with_gen(vm, src, |g| g.below_u64(w))?;
                return Ok(Value::Int((a as i128 + r as i128) as i64));
            }
        }
    }
    let b = range_arg(vm, args.pos[1], "stop")?;
    let stop = vm.new_bigint(b + 1);
    randrange_big(vm, src, args.pos[0], Some(stop), None)
}

fn choice(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "choice", 1, 1)?;
    let seq = args.pos[0];
    let n = subscr::len(vm, seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = with_gen(vm, src, |g| g.below_u64(n as u64))?;
    subscr::get_item(vm, seq, Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "shuffle", 1, 1)?;
    let x = args.pos[0];
    if let Some(Object::List(_)) = vm.obj(x) {
        let r = x.as_obj().unwrap_or(ObjRef(0));
        let n = crate::methods::list::items_mut(vm, r).len();
        for i in (1..n).rev() {
            let j = with_gen(vm, src, |g| g.below_u64(i as u64 + 1))? as usize;
            crate::methods::list::items_mut(vm, r).swap(i, j);
        }
        return Ok(Value::None);
    }
    // Any mutable sequence: swap through `__getitem__`/`__setitem__`.
    let n = subscr::len(vm, x)?;
    for i in (1..n).rev() {
        let j = with_gen(vm, src, |g| g.below_u64(i as u64 + 1))?;
        let (ii, jj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = subscr::get_item(vm, x, ii)?;
        let b = subscr::get_item(vm, x, jj)?;
        subscr::set_item(vm, x, ii, b)?;
        subscr::set_item(vm, x, jj, a)?;
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    common::check_kw(vm, &args, "sample", &["population", "k", "counts"])?;
    args.check_pos(vm, "sample", 0, 2)?;
    let (Some(pop), Some(k)) = (
        common::arg(vm, &args, 0, "population"),
        common::arg(vm, &args, 1, "k"),
    ) else {
        return Err(vm.type_error("Random.sample() missing required arguments"));
    };
    if matches!(vm.obj(pop), Some(Object::Set(_) | Object::Dict(_))) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = subscr::len(vm, pop)?;
    let k = common::index(vm, k)?;
    if k < 0 || k as u64 > n as u64 {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    let mut setsize: u64 = 21;
    if k > 5 {
        // 4 ** ceil(log4(3k)), computed exactly.
        let mut p: u64 = 1;
        while p < 3 * k as u64 {
            p *= 4;
        }
        setsize += p;
    }
    let mut result = Vec::with_capacity(k.min(1 << 16));
    if n as u64 <= setsize {
        let mut pool = iter::collect(vm, pop)?;
        // A `__len__` that disagrees with iteration must not index out of bounds.
        let n = pool.len();
        if k > n {
            return Err(vm.value_error("Sample larger than population or is negative"));
        }
        for i in 0..k {
            let j = with_gen(vm, src, |g| g.below_u64((n - i) as u64))? as usize;
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = with_gen(vm, src, |g| g.below_u64(n as u64))?;
            while selected.contains(&j) {
                j = with_gen(vm, src, |g| g.below_u64(n as u64))?;
            }
            selected.insert(j);
            result.push(subscr::get_item(vm, pop, Value::Int(j as i64))?);
        }
    }
    Ok(vm.new_list(result))
}

fn choices(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    common::check_kw(
        vm,
        &args,
        "choices",
        &["population", "weights", "cum_weights", "k"],
    )?;
    args.check_pos(vm, "choices", 1, 2)?;
    let pop = args.pos[0];
    let n = subscr::len(vm, pop)?;
    let k = match common::kw(vm, &args, "k") {
        Some(v) => common::index(vm, v)?.max(0) as usize,
        None => 1,
    };
    let weights = common::arg(vm, &args, 1, "weights").filter(|v| !matches!(v, Value::None));
    let cum = common::kw(vm, &args, "cum_weights").filter(|v| !matches!(v, Value::None));
    let mut out = Vec::with_capacity(k.min(1 << 20));
    if weights.is_none() && cum.is_none() {
        if n == 0 {
            return Err(vm.index_error("Cannot choose from an empty sequence"));
        }
        for _ in 0..k {
            let i = (with_gen(vm, src, |g| g.random())? * n as f64).floor() as i64;
            out.push(subscr::get_item(vm, pop, Value::Int(i))?);
        }
        return Ok(vm.new_list(out));
    }
    if weights.is_some() && cum.is_some() {
        return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
    }
    let cum_weights: Vec<f64> = match (weights, cum) {
        (Some(w), _) => {
            let mut acc = 0.0;
            let mut v = Vec::new();
            for x in iter::collect(vm, w)? {
                acc += to_f64(vm, x)?;
                v.push(acc);
            }
            v
        }
        (_, Some(c)) => {
            let mut v = Vec::new();
            for x in iter::collect(vm, c)? {
                v.push(to_f64(vm, x)?);
            }
            v
        }
        _ => Vec::new(),
    };
    if cum_weights.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let total = cum_weights.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    for _ in 0..k {
        let x = with_gen(vm, src, |g| g.random())? * total;
        // bisect_right(cum_weights, x, 0, n - 1)
        let hi = n - 1;
        let i = cum_weights[..hi].partition_point(|w| *w <= x);
        out.push(subscr::get_item(vm, pop, Value::Int(i as i64))?);
    }
    Ok(vm.new_list(out))
}

pub(crate) fn to_f64(vm: &mut Vm<'_>, v: Value) -> PyResult<f64> {
    match crate::ops::num::as_num(vm, v) {
        Some(crate::ops::num::Num::I(i)) => Ok(i as f64),
        Some(crate::ops::num::Num::F(f)) => Ok(f),
        Some(crate::ops::num::Num::B(b)) => crate::ops::num::big_to_f64(vm, &b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {t}")))
        }
    }
}

fn uniform(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "uniform", 2, 2)?;
    let a = to_f64(vm, args.pos[0])?;
    let b = to_f64(vm, args.pos[1])?;
    let r = with_gen(vm, src, |g| g.random())?;
    Ok(Value::Float(a + (b - a) * r))
}

/// `(mu, sigma)` arguments of the normal distributions, defaulting to `(0.0, 1.0)`.
fn mu_sigma(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    common::check_kw(vm, args, name, &["mu", "sigma"])?;
    args.check_pos(vm, name, 0, 2)?;
    let mu = match common::arg(vm, args, 0, "mu") {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    let sigma = match common::arg(vm, args, 1, "sigma") {
        Some(v) => to_f64(vm, v)?,
        None => 1.0,
    };
    Ok((mu, sigma))
}

/// `gauss(mu=0.0, sigma=1.0)`: Box-Muller, keeping the second deviate for next time.
fn gauss(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    let (mu, sigma) = mu_sigma(vm, &args, "gauss")?;
    let z = with_gen(vm, src, |g| match g.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = g.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - g.random()).ln()).sqrt();
            g.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    })?;
    Ok(Value::Float(mu + z * sigma))
}

/// `normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan's ratio method.
fn normalvariate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    let (mu, sigma) = mu_sigma(vm, &args, "normalvariate")?;
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    let z = with_gen(vm, src, |g| loop {
        let u1 = g.random();
        let u2 = 1.0 - g.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            break z;
        }
    })?;
    Ok(Value::Float(mu + z * sigma))
}

/// `expovariate(lambd)`
fn expovariate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (src, args) = split_self(vm, args);
    args.check(vm, "expovariate", 1, 1)?;
    let lambd = to_f64(vm, args.pos[0])?;
    if lambd == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    let r = with_gen(vm, src, |g| g.random())?;
    Ok(Value::Float(-(1.0 - r).ln() / lambd))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_seed_42() {
        let mut g = Mt::from_int(&BigInt::from(42));
        assert_eq!(g.random(), 0.6394267984578837);
    }

    #[test]
    fn zero_is_a_valid_seed() {
        let mut g = Mt::from_int(&BigInt::from(0));
        assert!(g.random() < 1.0);
    }
}
