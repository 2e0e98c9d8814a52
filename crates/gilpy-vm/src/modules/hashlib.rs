//! `hashlib`: `md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512` and `new(name)`, over
//! the RustCrypto hashers. Hash objects are instances of the native class
//! `_hashlib.HASH` (as in CPython) carrying `name`, `digest_size` and `block_size` as
//! plain attributes and the hasher state as their payload. Not provided (an
//! `AttributeError` names them): `sha3_*`, `blake2*`, `shake_*`, `pbkdf2_hmac`,
//! `scrypt`, `file_digest`.

use std::any::Any;

use sha2::Digest;

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import hashlib`
pub const MODULE: ModuleDef = ModuleDef {
    name: "hashlib",
    init,
};

/// The algorithms, in the order `algorithms_guaranteed` lists them here.
const NAMES: [&str; 6] = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("new", new),
    NativeDef::new("md5", md5),
    NativeDef::new("sha1", sha1),
    NativeDef::new("sha224", sha224),
    NativeDef::new("sha256", sha256),
    NativeDef::new("sha384", sha384),
    NativeDef::new("sha512", sha512),
];

const METHODS: &[NativeDef] = &[
    NativeDef::new("update", update),
    NativeDef::new("digest", digest),
    NativeDef::new("hexdigest", hexdigest),
    NativeDef::new("copy", copy),
    NativeDef::new("__repr__", repr),
];

/// A running hash.
#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl Hasher {
    fn new(name: &str) -> Option<Hasher> {
        Some(match name {
            "md5" => Hasher::Md5(md5::Md5::new()),
            "sha1" => Hasher::Sha1(sha1::Sha1::new()),
            "sha224" => Hasher::Sha224(sha2::Sha224::new()),
            "sha256" => Hasher::Sha256(sha2::Sha256::new()),
            "sha384" => Hasher::Sha384(sha2::Sha384::new()),
            "sha512" => Hasher::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Sha224(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
            Hasher::Sha512(h) => h.update(data),
        }
    }

    /// The digest so far (the state is kept, so more data may follow).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

/// `(digest_size, block_size)` of an algorithm, as CPython reports them.
fn sizes(name: &str) -> (i64, i64) {
    match name {
        "md5" => (16, 64),
        "sha1" => (20, 64),
        "sha224" => (28, 64),
        "sha256" => (32, 64),
        "sha384" => (48, 128),
        _ => (64, 128),
    }
}

struct HashData {
    hasher: Hasher,
    name: &'static str,
}

impl NativeData for HashData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    let object = vm.st.types.object;
    let cls = vm.new_class("HASH", Some(object), None, false);
    vm.add_methods(cls, METHODS);
    if let Object::Class(k) = vm.st.heap.get_mut(cls) {
        k.module = "_hashlib".into();
    }
    let module = vm.new_str("_hashlib");
    vm.class_set(cls, "__module__", module);
    vm.module_set(m, " HASH", Value::Obj(cls));
    vm.module_add_functions(m, FUNCTIONS);
    let names: Vec<Value> = NAMES.iter().map(|n| vm.new_str(n)).collect();
    for attr in ["algorithms_guaranteed", "algorithms_available"] {
        let set = crate::methods::set::new_set_like(vm, false, &names)?;
        vm.module_set(m, attr, set);
    }
    Ok(())
}

/// The `HASH` class stored by `init`.
fn hash_class(vm: &mut Vm<'_>) -> Option<ObjRef> {
    let mid = vm.intern("hashlib");
    let key = vm.intern(" HASH");
    let m = vm.st.modules.get(&mid).copied()?;
    match vm.st.heap.get(m) {
        Object::Module(m) => m.attrs.get(&key).and_then(|v| v.as_obj()),
        _ => None,
    }
}

/// The bytes of a data argument, or CPython's `TypeError`.
fn data_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<Vec<u8>> {
    if vm.as_str(v).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match crate::builtins::bytes::bytes_of(vm, v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "object supporting the buffer API required (got '{t}')"
            )))
        }
    }
}

/// A new hash object for `name`, fed `data` if given.
fn make(vm: &mut Vm<'_>, name: &'static str, data: Option<Value>) -> PyResult<Value> {
    let Some(mut hasher) = Hasher::new(name) else {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    };
    if let Some(d) = data {
        let bytes = data_arg(vm, d)?;
        hasher.update(&bytes);
    }
    instance(vm, HashData { hasher, name })
}

fn instance(vm: &mut Vm<'_>, data: HashData) -> PyResult<Value> {
    let Some(cls) = hash_class(vm) else {
        return Err(vm.runtime_error("hashlib is not initialised"));
    };
    let (digest_size, block_size) = sizes(data.name);
    let name = vm.new_str(data.name);
    let attrs = vec![
        (vm.intern("name"), name),
        (vm.intern("digest_size"), Value::Int(digest_size)),
        (vm.intern("block_size"), Value::Int(block_size)),
    ];
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs,
        payload: Payload::Native(Box::new(data)),
    }))))
}

/// The optional initial data: positional or `string=`/`data=`; `usedforsecurity` is
/// accepted and ignored.
fn initial(vm: &mut Vm<'_>, args: &Args<'_>, fname: &str, skip: usize) -> PyResult<Option<Value>> {
    args.check_pos(vm, fname, skip, skip + 1)?;
    let mut data = args.get(skip);
    for (k, v) in args.kw {
        let key = vm.name(*k);
        match &*key {
            "string" | "data" if data.is_none() => data = Some(*v),
            "usedforsecurity" => {}
            _ => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    Ok(data)
}

fn ctor(vm: &mut Vm<'_>, args: Args<'_>, name: &'static str) -> PyResult<Value> {
    let data = initial(vm, &args, name, 0)?;
    make(vm, name, data)
}

fn md5(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    ctor(vm, args, "md5")
}
fn sha1(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    ctor(vm, args, "sha1")
}
fn sha224(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    ctor(vm, args, "sha224")
}
fn sha256(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    ctor(vm, args, "sha256")
}
fn sha384(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    ctor(vm, args, "sha384")
}
fn sha512(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    ctor(vm, args, "sha512")
}

/// `hashlib.new(name, data=b'')`
fn new(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let name_kw = vm.intern("name");
    let Some(n) = args.get(0).or_else(|| args.kwarg(name_kw)) else {
        return Err(vm.type_error("new() missing required argument 'name' (pos 1)"));
    };
    let Some(text) = vm.as_str(n).map(str::to_string) else {
        let t = vm.type_name(n);
        return Err(vm.type_error(format!("new() argument 'name' must be str, not {t}")));
    };
    let lower = text.to_ascii_lowercase().replace('-', "");
    let Some(name) = NAMES.iter().find(|k| **k == lower) else {
        return Err(vm.value_error(format!("unsupported hash type {text}")));
    };
    let skip = usize::from(args.get(0).is_some());
    let rest = Args {
        pos: args.pos,
        kw: &[],
    };
    let kws: Vec<_> = args
        .kw
        .iter()
        .filter(|(k, _)| *k != name_kw)
        .copied()
        .collect();
    let rest = Args { kw: &kws, ..rest };
    let data = initial(vm, &rest, "new", skip)?;
    make(vm, name, data)
}

fn this<'v>(vm: &'v mut Vm<'_>, args: &Args<'_>) -> Option<&'v mut HashData> {
    let r = args.get(0)?.as_obj()?;
    match vm.st.heap.get_mut(r) {
        Object::Instance(i) => match &mut i.payload {
            Payload::Native(n) => n.as_any_mut().downcast_mut::<HashData>(),
            _ => None,
        },
        _ => None,
    }
}

fn not_hash(vm: &mut Vm<'_>, method: &str) -> crate::Throw {
    vm.type_error(format!(
        "descriptor '{method}' for '_hashlib.HASH' objects doesn't apply to this object"
    ))
}

fn update(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "update", 2, 2)?;
    let bytes = data_arg(vm, args.pos[1])?;
    match this(vm, &args) {
        Some(h) => {
            h.hasher.update(&bytes);
            Ok(Value::None)
        }
        None => Err(not_hash(vm, "update")),
    }
}

fn digest_bytes(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Vec<u8>> {
    args.check(vm, method, 1, 1)?;
    match this(vm, args) {
        Some(h) => Ok(h.hasher.digest()),
        None => Err(not_hash(vm, method)),
    }
}

fn digest(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = digest_bytes(vm, &args, "digest")?;
    Ok(crate::builtins::bytes::new_bytes(vm, d))
}

fn hexdigest(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let d = digest_bytes(vm, &args, "hexdigest")?;
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_str(&hex))
}

fn copy(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "copy", 1, 1)?;
    let Some(h) = this(vm, &args) else {
        return Err(not_hash(vm, "copy"));
    };
    let data = HashData {
        hasher: h.hasher.clone(),
        name: h.name,
    };
    instance(vm, data)
}

fn repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let Some(name) = this(vm, &args).map(|h| h.name) else {
        return Err(not_hash(vm, "__repr__"));
    };
    let addr = crate::ops::convert::fake_addr(args.pos[0]);
    Ok(vm.new_str(&format!("<{name} _hashlib.HASH object @ {addr}>")))
}
