//! The core builtins the VM itself needs: `print`, `repr`, `len`, `isinstance`, `iter`,
//! `next`, `id`, `hash`, `getattr`/`setattr`/`hasattr`, and the methods of `object` and
//! `BaseException`. Other builtins live in their own files (see `builtins/mod.rs`).

use crate::builtins::{Args, NativeDef};
use crate::names::sym;
use crate::object::Object;
use crate::ops::{attr, compare, convert, iter, subscr};
use crate::value::Value;
use crate::{PyResult, Vm};

/// Builtin functions defined here.
pub const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("print", print),
    NativeDef::new("repr", repr),
    NativeDef::new("len", len),
    NativeDef::new("isinstance", isinstance),
    NativeDef::new("issubclass", issubclass),
    NativeDef::new("iter", iter_),
    NativeDef::new("next", next),
    NativeDef::new("id", id),
    NativeDef::new("hash", hash),
    NativeDef::new("getattr", getattr),
    NativeDef::new("setattr", setattr),
    NativeDef::new("hasattr", hasattr),
    NativeDef::new("delattr", delattr),
    NativeDef::new("callable", callable),
    NativeDef::new("exit", exit),
    NativeDef::new("quit", exit),
    NativeDef::new("__import__", import),
];

/// Methods of `object` (inherited by every class).
pub const OBJECT_METHODS: &[NativeDef] = &[
    NativeDef::new("__init__", object_init),
    NativeDef::new("__repr__", object_repr),
    NativeDef::new("__str__", object_str),
    NativeDef::new("__hash__", object_hash),
];

/// Methods of `BaseException`.
pub const EXCEPTION_METHODS: &[NativeDef] = &[
    NativeDef::new("__init__", exception_init),
    NativeDef::new("__str__", exception_str),
    NativeDef::new("__repr__", exception_repr),
];

/// Methods of `KeyError` (its str is the repr of the key).
pub const KEY_ERROR_METHODS: &[NativeDef] = &[NativeDef::new("__str__", key_error_str)];

/// `print(*args, sep=' ', end='\n')`
pub fn print(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let text_kw = |vm: &mut Vm<'_>, name, default: &str| -> PyResult<String> {
        match args.kwarg(name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match vm.as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let t = vm.type_name(v);
                    let n = vm.name(name);
                    Err(vm.type_error(format!("{n} must be None or a string, not {t}")))
                }
            },
        }
    };
    let sep = text_kw(vm, sym::sep, " ")?;
    let end = text_kw(vm, sym::end, "\n")?;
    // `print()` follows `sys.stdout` when the script replaced it.
    let file = match args.kwarg(sym::file) {
        Some(f) if !f.is(Value::None) => Some(f),
        _ => crate::modules::sys::redirected_stdout(vm),
    };
    // The interpreter's own stream objects are written directly; anything else
    // (including a StringIO that replaced `sys.stderr`) through its `write`.
    let native = file.and_then(|f| crate::modules::sys::native_stream(vm, f));
    let to_stderr = native == Some(crate::modules::sys::NativeStream::Err);
    let file = if native == Some(crate::modules::sys::NativeStream::Out) {
        None
    } else {
        file
    };
    // Any other file object: its `write` method (open files, user classes), called
    // once per piece as CPython does.
    let target = file.filter(|f| !to_stderr && !f.is(Value::None));
    if let Some(f) = target.filter(|f| matches!(vm.obj(*f), Some(Object::Instance(_)))) {
        let w = vm.intern("write");
        if let Some(write) = crate::ops::attr::try_get_attr(vm, f, w)? {
            for (i, v) in args.pos.iter().enumerate() {
                if i > 0 {
                    let t = vm.new_str(&sep);
                    vm.call(write, &[t])?;
                }
                let t = convert::str_value(vm, *v)?;
                vm.call(write, &[t])?;
            }
            let t = vm.new_str(&end);
            vm.call(write, &[t])?;
            return Ok(Value::None);
        }
    }
    let mut out = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.as_str(*v) {
            Some(s) => out.push_str(s),
            None => out.push_str(&convert::str_of(vm, *v)?),
        }
    }
    out.push_str(&end);
    if to_stderr {
        vm.write_stderr(&out);
    } else {
        vm.write_stdout(&out);
    }
    Ok(Value::None)
}

/// `repr(x)`
pub fn repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "repr", 1, 1)?;
    let s = convert::repr_of(vm, args.pos[0])?;
    Ok(vm.new_string(s))
}

/// `len(x)`
pub fn len(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "len", 1, 1)?;
    Ok(Value::Int(subscr::len(vm, args.pos[0])? as i64))
}

/// `isinstance(x, cls_or_tuple)`; metaclass hooks are honoured (builtins/meta.rs).
pub fn isinstance(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "isinstance", 2, 2)?;
    let r = crate::builtins::meta::instance_check(vm, args.pos[0], args.pos[1])?;
    Ok(Value::Bool(r))
}

/// `issubclass(cls, cls_or_tuple)`
pub fn issubclass(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "issubclass", 2, 2)?;
    let r = crate::builtins::meta::subclass_check(vm, args.pos[0], args.pos[1])?;
    Ok(Value::Bool(r))
}

/// `iter(x)`, `iter(callable, sentinel)`
pub fn iter_(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "iter", 1, 2)?;
    if let Some(sentinel) = args.get(1) {
        let f = args.pos[0];
        if !matches!(
            callable(vm, Args { pos: &[f], kw: &[] })?,
            Value::Bool(true)
        ) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let it = CallableIter { f, sentinel };
        return Ok(vm.alloc(Object::Iter(crate::object::IterObj::Native(Box::new(it)))));
    }
    iter::get_iter(vm, args.pos[0])
}

/// `iter(callable, sentinel)`: calls until the result equals the sentinel.
struct CallableIter {
    f: Value,
    sentinel: Value,
}

impl crate::object::NativeIter for CallableIter {
    fn next(&mut self, vm: &mut Vm<'_>) -> PyResult<Option<Value>> {
        let v = match vm.call(self.f, &[]) {
            Ok(v) => v,
            Err(crate::Throw::Exc(e))
                if vm.isinstance(Value::Obj(e), vm.st.types.stop_iteration) =>
            {
                return Ok(None)
            }
            Err(e) => return Err(e),
        };
        if crate::ops::compare::eq(vm, v, self.sentinel)? {
            return Ok(None);
        }
        Ok(Some(v))
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.f);
        visit(self.sentinel);
    }
    fn type_name(&self) -> &'static str {
        "callable_iterator"
    }
}

/// `next(it[, default])`
pub fn next(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "next", 1, 2)?;
    // A Python iterator's own StopIteration (with its value) propagates as raised.
    if let (Some(Object::Instance(_)), None) = (vm.obj(args.pos[0]), args.get(1)) {
        if let Some(f) = vm.user_dunder(args.pos[0], sym::__next__) {
            return vm.call(f, &[args.pos[0]]);
        }
    }
    // A generator's return value travels in its StopIteration.
    if let (Some(Object::Generator(_)), None) = (vm.obj(args.pos[0]), args.get(1)) {
        return crate::objects::generator::gen_next(vm, args);
    }
    match iter::next(vm, args.pos[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d),
            None => {
                let c = vm.st.types.stop_iteration;
                Err(crate::Throw::Exc(vm.new_exception(c, None)))
            }
        },
    }
}

/// `id(x)`
pub fn id(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "id", 1, 1)?;
    Ok(Value::Int(match args.pos[0] {
        Value::Obj(r) => 0x7f00_1000_0000 + r.index() as i64 * 0x30,
        Value::Int(i) => 0x1000_0000 + i.wrapping_mul(32),
        Value::Bool(b) => 0x0900_0000 + b as i64 * 32,
        Value::None | Value::Undef => 0x0800_0000,
        Value::Float(f) => 0x0a00_0000 ^ (f.to_bits() as i64 & 0xffff_fff0),
    }))
}

/// `hash(x)`
pub fn hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "hash", 1, 1)?;
    Ok(Value::Int(compare::hash(vm, args.pos[0])?))
}

fn attr_name(vm: &mut Vm<'_>, v: Value, fname: &str) -> PyResult<crate::names::NameId> {
    match vm.as_str(v) {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let t = vm.type_name(v);
            let _ = fname;
            Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

/// `getattr(obj, name[, default])`
pub fn getattr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, args.pos[1], "getattr")?;
    match attr::try_get_attr(vm, args.pos[0], name)? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d),
            None => Err(vm.attribute_error(args.pos[0], name)),
        },
    }
}

/// `setattr(obj, name, value)`
pub fn setattr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, args.pos[1], "setattr")?;
    attr::set_attr(vm, args.pos[0], name, args.pos[2])?;
    Ok(Value::None)
}

/// `delattr(obj, name)`
pub fn delattr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, args.pos[1], "delattr")?;
    attr::del_attr(vm, args.pos[0], name)?;
    Ok(Value::None)
}

/// `hasattr(obj, name)`
pub fn hasattr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, args.pos[1], "hasattr")?;
    match attr::try_get_attr(vm, args.pos[0], name) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(crate::Throw::Exc(e)) if vm.isinstance(Value::Obj(e), vm.st.types.attribute_error) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

/// `callable(x)`
pub fn callable(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "callable", 1, 1)?;
    let v = args.pos[0];
    let r = match vm.obj(v) {
        Some(
            Object::Function(_) | Object::Native(_) | Object::BoundMethod { .. } | Object::Class(_),
        ) => true,
        Some(Object::Instance(_)) => vm.user_dunder(v, sym::__call__).is_some(),
        _ => false,
    };
    Ok(Value::Bool(r))
}

/// `object.__init__` (the class call skips it and checks stray arguments itself).
fn object_init(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::objmodel::object_init_check(vm, &args)?;
    Ok(Value::None)
}

/// `object.__repr__`: `<__main__.Foo object at 0x...>`
fn object_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let s = convert::default_repr(vm, args.pos[0]);
    Ok(vm.new_string(s))
}

/// `object.__str__`: `repr(self)`
fn object_str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__str__", 1, 1)?;
    let s = convert::repr_of(vm, args.pos[0])?;
    Ok(vm.new_string(s))
}

/// `object.__hash__(self)`: the identity hash (`C.__hash__ is object.__hash__`).
fn object_hash(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__hash__", 1, 1)?;
    Ok(Value::Int(match args.pos[0] {
        Value::Obj(r) => compare::identity_hash(r),
        v => compare::hash(vm, v)?,
    }))
}

/// `BaseException.__init__(self, *args)`
fn exception_init(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let Some(this) = args.get(0).and_then(|v| v.as_obj()) else {
        return Err(
            vm.type_error("descriptor '__init__' of 'BaseException' object needs an argument")
        );
    };
    let t = vm.new_tuple(args.pos[1..].to_vec());
    if let Some(d) = vm.exc_data_mut(this) {
        d.args = t;
    }
    Ok(Value::None)
}

fn exc_args(vm: &Vm<'_>, v: Value) -> Vec<Value> {
    let args = v.as_obj().and_then(|r| vm.exc_data(r)).map(|d| d.args);
    match args.and_then(|a| vm.obj(a)) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `BaseException.__str__`
fn exception_str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__str__", 1, 1)?;
    let a = exc_args(vm, args.pos[0]);
    let s = match a.len() {
        0 => String::new(),
        1 => convert::str_of(vm, a[0])?,
        _ => {
            let t = vm.new_tuple(a);
            convert::repr_of(vm, t)?
        }
    };
    Ok(vm.new_string(s))
}

/// `BaseException.__repr__`: `ValueError('msg')`
fn exception_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let a = exc_args(vm, args.pos[0]);
    let name = vm.type_name(args.pos[0]);
    let inner = match a.len() {
        1 => convert::repr_of(vm, a[0])?,
        _ => {
            let t = vm.new_tuple(a);
            let s = convert::repr_of(vm, t)?;
            // Only the tuple's own parentheses: an argument may end in `)` too.
            let s = s.strip_prefix('(').unwrap_or(&s);
            s.strip_suffix(')').unwrap_or(s).to_string()
        }
    };
    Ok(vm.new_string(format!("{name}({inner})")))
}

/// `KeyError.__str__`: the repr of a single key.
fn key_error_str(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__str__", 1, 1)?;
    let a = exc_args(vm, args.pos[0]);
    if a.len() == 1 {
        let s = convert::repr_of(vm, a[0])?;
        return Ok(vm.new_string(s));
    }
    exception_str(vm, args)
}

/// `exit(code=None)` / `quit(code=None)`: raise `SystemExit`, as the `site` helpers do.
fn exit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "exit", 0, 1)?;
    let a = vm.new_tuple(args.pos.to_vec());
    let c = vm.st.types.system_exit;
    Err(crate::Throw::Exc(vm.new_exception_args(c, a)))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the top
/// package for `import a.b`, or the module itself when `fromlist` is not empty.
fn import(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    // Not `args.check`: `fromlist=` and friends may come as keywords.
    if args.pos.is_empty() || args.pos.len() > 5 {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    }
    let Some(name) = vm.as_str(args.pos[0]).map(|s| s.to_string()) else {
        let t = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!("__import__() argument 1 must be str, not {t}")));
    };
    let fromlist = args
        .pos
        .get(3)
        .copied()
        .or_else(|| args.kwarg_str(vm, "fromlist"));
    let wants_leaf = match fromlist {
        Some(f) if !f.is(Value::None) => compare::is_true(vm, f)?,
        _ => false,
    };
    let top = crate::modules::import::import_name(vm, &name)?;
    if !wants_leaf || !name.contains('.') {
        return Ok(top);
    }
    let mut m = top;
    for part in name.split('.').skip(1) {
        let id = vm.intern(part);
        m = attr::get_attr(vm, m, id)?;
    }
    Ok(m)
}
