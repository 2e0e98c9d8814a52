//! The rest of the `bytes`/`bytearray` methods. The text-like ones (`title`, `center`,
//! `partition`, `isdigit`, `%`, ...) run the `str` method of the same name on the
//! latin-1 text of the bytes (one character per byte) and turn text results back into
//! bytes of the receiver's kind; `reverse`, `insert`, `remove`, `translate` and
//! `maketrans` work on the bytes directly.

use crate::builtins::bytes::{bytes_mut, bytes_of, same_kind};
use crate::builtins::{Args, NativeDef};
use crate::object::Object;
use crate::value::Value;
use crate::{PyResult, Vm};

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// Text (latin-1) back to bytes; `None` if a character is past U+00FF.
fn unlatin1(s: &str) -> Option<Vec<u8>> {
    s.chars().map(|c| u8::try_from(c as u32).ok()).collect()
}

/// A bytes argument as latin-1 text; other values unchanged.
fn arg_text(vm: &mut Vm<'_>, v: Value) -> Value {
    match bytes_of(vm, v).map(latin1) {
        Some(s) => vm.new_string(s),
        None => v,
    }
}

/// A text result as bytes like `like`; tuples and lists of texts element-wise.
fn result_bytes(vm: &mut Vm<'_>, like: Value, r: Value) -> Value {
    if let Some(b) = vm.as_str(r).and_then(unlatin1) {
        return same_kind(vm, like, b);
    }
    let items = match vm.obj(r) {
        Some(Object::Tuple(t)) => Some((true, t.to_vec())),
        Some(Object::List(l)) => Some((false, l.to_vec())),
        _ => None,
    };
    match items {
        Some((is_tuple, items)) => {
            let conv: Vec<Value> = items
                .into_iter()
                .map(|x| result_bytes(vm, like, x))
                .collect();
            if is_tuple {
                vm.new_tuple(conv)
            } else {
                vm.new_list(conv)
            }
        }
        None => r,
    }
}

fn delegate(vm: &mut Vm<'_>, args: Args<'_>, name: &str) -> PyResult<Value> {
    let Some(this) = args.get(0).and_then(|v| bytes_of(vm, v)).map(latin1) else {
        return Err(crate::methods::common::descriptor_error(
            vm, &args, "bytes", name,
        ));
    };
    let like = args.pos[0];
    let s = vm.new_string(this);
    let mut pos = vec![s];
    for &a in &args.pos[1..] {
        let t = if name == "__mod__" {
            // `b"%s" % (b"x", 1)`: convert the items of a tuple of arguments too.
            match vm.obj(a) {
                Some(Object::Tuple(t)) => {
                    let items = t.to_vec();
                    let conv = items.into_iter().map(|x| arg_text(vm, x)).collect();
                    vm.new_tuple(conv)
                }
                _ => arg_text(vm, a),
            }
        } else {
            arg_text(vm, a)
        };
        pos.push(t);
    }
    let id = vm.intern(name);
    let method = crate::ops::attr::get_attr(vm, s, id)?;
    let r = vm.call_kw(method, &pos[1..], args.kw)?;
    Ok(result_bytes(vm, like, r))
}

macro_rules! delegated {
    ($($name:literal => $f:ident),* $(,)?) => {
        $(fn $f(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
            delegate(vm, args, $name)
        })*
        /// Text-like methods shared by `bytes` and `bytearray`.
        pub const METHODS: &[NativeDef] = &[
            $(NativeDef::new($name, $f),)*
            NativeDef::new("translate", translate),
        ];
    };
}

delegated! {
    "title" => title, "capitalize" => capitalize, "swapcase" => swapcase,
    "isalpha" => isalpha, "isdigit" => isdigit, "isalnum" => isalnum, "isspace" => isspace,
    "isupper" => isupper, "islower" => islower, "istitle" => istitle, "isascii" => isascii,
    "center" => center, "ljust" => ljust, "rjust" => rjust, "zfill" => zfill,
    "partition" => partition, "rpartition" => rpartition, "rsplit" => rsplit,
    "splitlines" => splitlines, "rfind" => rfind, "rindex" => rindex,
    "removeprefix" => removeprefix, "removesuffix" => removesuffix,
    "expandtabs" => expandtabs, "__mod__" => mod_,
}

/// `bytearray`-only mutators.
pub const BYTEARRAY_METHODS: &[NativeDef] = &[
    NativeDef::new("reverse", reverse),
    NativeDef::new("insert", insert),
    NativeDef::new("remove", remove),
    NativeDef::new("__delitem__", delitem),
    NativeDef::new("__imul__", imul),
];

/// `del ba[i]`, `del ba[i:j:k]`.
fn delitem(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__delitem__", 2, 2)?;
    crate::builtins::memview::check_resize(vm, args.pos[0])?;
    let (this, key) = (args.pos[0], args.pos[1]);
    let len = bytes_of(vm, this).map_or(0, <[u8]>::len);
    let remove: Vec<usize> = match (vm.obj(key), key.as_obj()) {
        (Some(Object::Slice(_)), Some(s)) => {
            let idx = crate::ops::subscr::slice_indices(vm, s, len)?;
            let mut v: Vec<usize> = idx.indices().collect();
            v.sort_unstable();
            v
        }
        _ => {
            let i = match key {
                Value::Int(_) | Value::Bool(_) => crate::methods::common::index(vm, key)?,
                _ if vm.obj(key).is_some_and(|o| matches!(o, Object::BigInt(_))) => {
                    crate::methods::common::index(vm, key)?
                }
                _ => {
                    let t = vm.type_name(key);
                    return Err(vm.type_error(format!(
                        "bytearray indices must be integers or slices, not {t}"
                    )));
                }
            };
            let n = len as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(vm.index_error("bytearray index out of range"));
            }
            vec![j as usize]
        }
    };
    if let Some(d) = bytes_mut(vm, this) {
        let mut k = 0;
        let mut next = remove.iter().peekable();
        d.retain(|_| {
            let drop = next.peek().is_some_and(|&&r| r == k);
            if drop {
                next.next();
            }
            k += 1;
            !drop
        });
    }
    Ok(Value::None)
}

/// `ba *= n` (in place).
fn imul(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__imul__", 2, 2)?;
    crate::builtins::memview::check_resize(vm, args.pos[0])?;
    let n = match args.pos[1] {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => return Ok(vm.st.not_implemented),
    };
    let n = n.max(0) as usize;
    let len = bytes_of(vm, args.pos[0]).map_or(0, <[u8]>::len);
    if len.saturating_mul(n) > 1 << 32 {
        return Err(vm.error(vm.st.types.memory_error, String::new()));
    }
    if let Some(d) = bytes_mut(vm, args.pos[0]) {
        *d = d.repeat(n);
    }
    Ok(args.pos[0])
}

fn byte_arg(vm: &mut Vm<'_>, v: Value) -> PyResult<u8> {
    let n = crate::methods::common::index(vm, v)?;
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

fn reverse(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "reverse", 1, 1)?;
    if let Some(d) = bytes_mut(vm, args.pos[0]) {
        d.reverse();
    }
    Ok(Value::None)
}

fn insert(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "insert", 3, 3)?;
    crate::builtins::memview::check_resize(vm, args.pos[0])?;
    let i = crate::methods::common::index(vm, args.pos[1])?;
    let b = byte_arg(vm, args.pos[2])?;
    if let Some(d) = bytes_mut(vm, args.pos[0]) {
        let n = d.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(at as usize, b);
    }
    Ok(Value::None)
}

fn remove(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "remove", 2, 2)?;
    crate::builtins::memview::check_resize(vm, args.pos[0])?;
    let b = byte_arg(vm, args.pos[1])?;
    let found = match bytes_mut(vm, args.pos[0]) {
        Some(d) => match d.iter().position(|&x| x == b) {
            Some(i) => {
                d.remove(i);
                true
            }
            None => false,
        },
        None => false,
    };
    if found {
        Ok(Value::None)
    } else {
        Err(vm.value_error("value not found in bytearray"))
    }
}

/// `b.translate(table, delete=b'')`
fn translate(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "translate", 2, 3)?;
    let Some(data) = bytes_of(vm, args.pos[0]).map(<[u8]>::to_vec) else {
        return Err(vm.type_error("translate: not bytes"));
    };
    let table = match args.pos[1] {
        Value::None => None,
        t => match bytes_of(vm, t) {
            Some(t) if t.len() == 256 => Some(t.to_vec()),
            _ => return Err(vm.value_error("translation table must be 256 characters long")),
        },
    };
    let delete = match args.get(2) {
        Some(d) => bytes_of(vm, d).map(<[u8]>::to_vec).unwrap_or_default(),
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(same_kind(vm, args.pos[0], out))
}

/// `bytes.maketrans(from, to)` (a static method on both classes).
pub fn maketrans(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    // Called through the class or an instance: the last two arguments are the tables.
    let n = args.pos.len();
    if n < 2 {
        return Err(vm.type_error("maketrans() takes exactly 2 arguments"));
    }
    let from = bytes_of(vm, args.pos[n - 2]).map(<[u8]>::to_vec);
    let to = bytes_of(vm, args.pos[n - 1]).map(<[u8]>::to_vec);
    let (Some(from), Some(to)) = (from, to) else {
        return Err(vm.type_error("a bytes-like object is required"));
    };
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (a, b) in from.iter().zip(&to) {
        table[*a as usize] = *b;
    }
    Ok(crate::builtins::bytes::new_bytes(vm, table))
}
