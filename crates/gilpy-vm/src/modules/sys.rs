//! The `sys` module: `argv`, `exit`, the recursion limit, `modules` and `path` (the
//! import system's own dict and list), the standard streams, version information.

use std::any::Any;

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Throw, Vm};

/// `import sys`
pub const MODULE: ModuleDef = ModuleDef { name: "sys", init };

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("exit", exit),
    NativeDef::new("setrecursionlimit", setrecursionlimit),
    NativeDef::new("getrecursionlimit", getrecursionlimit),
    NativeDef::new("setcheckinterval", setcheckinterval),
    NativeDef::new("getcheckinterval", getcheckinterval),
    NativeDef::new("setswitchinterval", setswitchinterval),
    NativeDef::new("getswitchinterval", getswitchinterval),
    NativeDef::new("intern", intern),
    NativeDef::new("getsizeof", crate::modules::sizeof::getsizeof),
    NativeDef::new("set_int_max_str_digits", set_int_max_str_digits),
    NativeDef::new("get_int_max_str_digits", get_int_max_str_digits),
    NativeDef::new("getdefaultencoding", getdefaultencoding),
    NativeDef::new("exc_info", exc_info),
    NativeDef::new("exception", exception),
    NativeDef::new("displayhook", displayhook),
    NativeDef::new("__displayhook__", displayhook),
    NativeDef::new("_gilpy_caller", gilpy_caller),
    NativeDef::new("_getframe", crate::builtins::frames::getframe),
];

/// The CPython version whose language gilpy follows.
const VERSION: (i64, i64, i64) = (3, 11, 7);

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    let mut argv: Vec<String> = vm.st.config.argv.clone();
    if argv.is_empty() {
        // As CPython embedded without arguments: never empty.
        argv.push(String::new());
    }
    let items = argv.iter().map(|a| vm.new_str(a)).collect();
    let l = vm.new_list(items);
    vm.module_set(m, "argv", l);
    vm.module_set(m, "maxsize", Value::Int(i64::MAX));
    let modules = crate::modules::import::modules_dict(vm);
    vm.module_set(m, "modules", Value::Obj(modules));
    let path = crate::modules::import::path_list(vm);
    vm.module_set(m, "path", Value::Obj(path));
    let (major, minor, micro) = VERSION;
    let vi = version_info(vm, (major, minor, micro));
    vm.module_set(m, "version_info", vi);
    float_info(vm, m);
    let version = format!(
        "{major}.{minor}.{micro} (gilpy {}) [Rust]",
        env!("CARGO_PKG_VERSION")
    );
    let v = vm.new_str(&version);
    vm.module_set(m, "version", v);
    let hex = (major << 24) | (minor << 16) | (micro << 8) | 0xf0;
    vm.module_set(m, "hexversion", Value::Int(hex));
    let platform = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    };
    let p = vm.new_str(platform);
    vm.module_set(m, "platform", p);
    let b = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    vm.module_set(m, "byteorder", b);
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let e = vm.new_str(&exe);
    vm.module_set(m, "executable", e);
    let names: Vec<&str> = {
        let mut n: Vec<&str> = vm
            .st
            .module_defs
            .iter()
            .map(|d| d.name)
            .filter(|n| crate::modules::import::is_cpython_builtin(n))
            .collect();
        n.push("builtins");
        n.sort_unstable();
        n
    };
    let items = names.iter().map(|n| vm.new_str(n)).collect();
    let t = vm.new_tuple(items);
    vm.module_set(m, "builtin_module_names", t);
    let impl_name = vm.new_str("gilpy");
    vm.module_set(m, "implementation_name", impl_name);
    init_streams(vm, m);
    Ok(())
}

/// Which standard stream a stream object writes to or reads from.
#[derive(Clone, Copy, PartialEq)]
enum Stream {
    In,
    Out,
    Err,
}

impl NativeData for Stream {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

const STREAM_METHODS: &[NativeDef] = &[
    NativeDef::new("write", stream_write),
    NativeDef::new("flush", stream_flush),
    NativeDef::new("readline", stream_readline),
    NativeDef::new("read", stream_read),
    NativeDef::new("readlines", stream_readlines),
    NativeDef::new("writelines", stream_writelines),
    NativeDef::new("__iter__", stream_iter),
    NativeDef::new("__next__", stream_next),
    NativeDef::new("isatty", stream_isatty),
    NativeDef::new("fileno", stream_fileno),
    NativeDef::new("writable", stream_writable),
    NativeDef::new("readable", stream_readable),
    NativeDef::new("close", stream_close),
    NativeDef::new("__enter__", stream_enter),
    NativeDef::new("__exit__", stream_exit),
];

/// `with sys.stdout as out:` (what code that writes to a file or stdout does).
fn stream_enter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__enter__", 1, 1)?;
    stream_of(vm, &args, "__enter__")?;
    Ok(args.pos[0])
}

/// Leaving the `with` closes the stream, as in CPython.
fn stream_exit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__exit__", 1, 4)?;
    stream_close(vm, Args::positional(&args.pos[..1]))?;
    Ok(Value::Bool(false))
}

/// `close()`: later writes through the stream object raise ValueError (the process's
/// stream stays open for the VM's own output).
fn stream_close(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "close", 1, 1)?;
    if stream_of(vm, &args, "close")? == Stream::Out {
        vm.st.out.flush();
    }
    let closed = vm.intern("closed");
    if let Some(r) = args.pos[0].as_obj() {
        if let Object::Instance(i) = vm.st.heap.get_mut(r) {
            i.set_attr(closed, Value::Bool(true));
        }
    }
    Ok(Value::None)
}

/// Has `close()` been called on stream object `s`?
fn is_closed(vm: &mut Vm<'_>, s: Value) -> bool {
    let closed = vm.intern("closed");
    matches!(vm.obj(s), Some(Object::Instance(i)) if matches!(i.get_attr(closed), Some(Value::Bool(true))))
}

/// `sys.stdout.buffer` and friends: the same streams taking and giving bytes (bytes that
/// are not UTF-8 reach the output as U+FFFD: the VM's output sink carries text).
const BUFFER_METHODS: &[NativeDef] = &[
    NativeDef::new("write", buffer_write),
    NativeDef::new("read", buffer_read),
    NativeDef::new("flush", stream_flush),
    NativeDef::new("isatty", stream_isatty),
    NativeDef::new("fileno", stream_fileno),
    NativeDef::new("writable", stream_writable),
    NativeDef::new("readable", stream_readable),
    NativeDef::new("seekable", buffer_seekable),
];

fn buffer_write(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "write", 2, 2)?;
    let kind = stream_of(vm, &args, "write")?;
    let Some(data) = crate::builtins::bytes::bytes_of(vm, args.pos[1]).map(<[u8]>::to_vec) else {
        let t = vm.type_name(args.pos[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    let text = String::from_utf8_lossy(&data);
    match kind {
        Stream::Out => vm.write_stdout(&text),
        Stream::Err => vm.write_stderr(&text),
        Stream::In => return Err(unsupported(vm, "write")),
    }
    Ok(Value::Int(data.len() as i64))
}

fn buffer_read(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "read", 1, 2)?;
    if stream_of(vm, &args, "read")? != Stream::In {
        return Err(unsupported(vm, "read"));
    }
    vm.st.out.flush();
    let r = vm.allow_threads(|| {
        let mut all = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut all).map(|_| all)
    });
    let data = r.map_err(|e| vm.error(vm.st.types.os_error, e.to_string()))?;
    Ok(crate::builtins::bytes::new_bytes(vm, data))
}

fn buffer_seekable(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "seekable", 1, 1)?;
    Ok(Value::Bool(false))
}

/// `sys.stdin`, `sys.stdout`, `sys.stderr` (and the `__stdout__` ... originals).
fn init_streams(vm: &mut Vm<'_>, m: ObjRef) {
    let cls = vm.new_class("TextIOWrapper", Some(vm.st.types.object), None, true);
    vm.add_methods(cls, STREAM_METHODS);
    let bcls = vm.new_class("BufferedWriter", Some(vm.st.types.object), None, true);
    vm.add_methods(bcls, BUFFER_METHODS);
    let name_id = vm.intern("name");
    let enc_id = vm.intern("encoding");
    let buffer_id = vm.intern("buffer");
    let closed_id = vm.intern("closed");
    let mode_id = vm.intern("mode");
    for (attr, label, kind) in [
        ("stdin", "<stdin>", Stream::In),
        ("stdout", "<stdout>", Stream::Out),
        ("stderr", "<stderr>", Stream::Err),
    ] {
        let label = vm.new_str(label);
        let enc = vm.new_str("utf-8");
        let mode = vm.new_str(if kind == Stream::In { "rb" } else { "wb" });
        let buffer = vm.alloc(Object::Instance(Box::new(InstanceObj {
            class: bcls,
            attrs: vec![
                (name_id, label),
                (mode_id, mode),
                (closed_id, Value::Bool(false)),
            ],
            payload: Payload::Native(Box::new(kind)),
        })));
        let s = vm.alloc(Object::Instance(Box::new(InstanceObj {
            class: cls,
            attrs: vec![
                (name_id, label),
                (enc_id, enc),
                (buffer_id, buffer),
                (closed_id, Value::Bool(false)),
            ],
            payload: Payload::Native(Box::new(kind)),
        })));
        vm.module_set(m, attr, s);
        vm.module_set(m, &format!("__{attr}__"), s);
    }
}

/// Which of the interpreter's own standard streams `v` is, if any.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NativeStream {
    In,
    Out,
    Err,
}

/// `Some(kind)` when `v` is one of the VM's own `sys.std*` objects (not a replacement).
pub fn native_stream(vm: &Vm<'_>, v: Value) -> Option<NativeStream> {
    match vm.obj(v) {
        Some(Object::Instance(i)) => match &i.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<Stream>().map(|s| match s {
                Stream::In => NativeStream::In,
                Stream::Out => NativeStream::Out,
                Stream::Err => NativeStream::Err,
            }),
            _ => None,
        },
        _ => None,
    }
}

/// `sys.stdout` when the script replaced it (so `print()` writes there), else `None`.
pub fn redirected_stdout(vm: &mut Vm<'_>) -> Option<Value> {
    let sys = vm.st.names.lookup("sys")?;
    let m = *vm.st.modules.get(&sys)?;
    let out = vm.st.names.lookup("stdout")?;
    let orig = vm.st.names.lookup("__stdout__")?;
    match vm.st.heap.get(m) {
        Object::Module(obj) => {
            let cur = *obj.attrs.get(&out)?;
            let orig = obj.attrs.get(&orig).copied();
            (!orig.is_some_and(|o| o.is(cur)) && !cur.is(Value::None)).then_some(cur)
        }
        _ => None,
    }
}

fn stream_of(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Stream> {
    let kind = args.pos.first().and_then(|v| match vm.obj(*v) {
        Some(Object::Instance(i)) => match &i.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<Stream>().copied(),
            _ => None,
        },
        _ => None,
    });
    kind.ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' requires a '_io.TextIOWrapper' object"
        ))
    })
}

fn unsupported(vm: &mut Vm<'_>, what: &str) -> Throw {
    let id = vm.intern("UnsupportedOperation");
    let cls = vm
        .st
        .builtins
        .get(id)
        .and_then(|v| v.as_obj())
        .unwrap_or(vm.st.types.os_error);
    vm.error(cls, what.to_string())
}

fn stream_write(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "write", 2, 2)?;
    let kind = stream_of(vm, &args, "write")?;
    if is_closed(vm, args.pos[0]) {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    let Some(s) = vm.as_str(args.pos[1]).map(str::to_string) else {
        let t = vm.type_name(args.pos[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    match kind {
        Stream::Out => vm.write_stdout(&s),
        Stream::Err => vm.write_stderr(&s),
        Stream::In => return Err(unsupported(vm, "not writable")),
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "flush", 1, 1)?;
    if stream_of(vm, &args, "flush")? == Stream::Out {
        vm.st.out.flush();
    }
    Ok(Value::None)
}

/// One line from standard input, with the GIL released while waiting.
fn read_line(vm: &mut Vm<'_>) -> PyResult<String> {
    vm.st.out.flush();
    let r = vm.allow_threads(|| {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|_| line)
    });
    r.map_err(|e| vm.error(vm.st.types.os_error, e.to_string()))
}

fn stream_readline(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "readline", 1, 2)?;
    if stream_of(vm, &args, "readline")? != Stream::In {
        return Err(unsupported(vm, "not readable"));
    }
    let line = read_line(vm)?;
    Ok(vm.new_string(line))
}

fn stream_read(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "read", 1, 2)?;
    if stream_of(vm, &args, "read")? != Stream::In {
        return Err(unsupported(vm, "not readable"));
    }
    let mut all = String::new();
    loop {
        let line = read_line(vm)?;
        if line.is_empty() {
            break;
        }
        all.push_str(&line);
    }
    Ok(vm.new_string(all))
}

fn stream_readlines(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "readlines", 1, 2)?;
    if stream_of(vm, &args, "readlines")? != Stream::In {
        return Err(unsupported(vm, "not readable"));
    }
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm)?;
        if line.is_empty() {
            break;
        }
        lines.push(vm.new_string(line));
    }
    Ok(vm.new_list(lines))
}

fn stream_writelines(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "writelines", 2, 2)?;
    let kind = stream_of(vm, &args, "writelines")?;
    for item in crate::ops::iter::collect(vm, args.pos[1])? {
        let Some(s) = vm.as_str(item).map(str::to_string) else {
            let t = vm.type_name(item);
            return Err(vm.type_error(format!("write() argument must be str, not {t}")));
        };
        match kind {
            Stream::Out => vm.write_stdout(&s),
            Stream::Err => vm.write_stderr(&s),
            Stream::In => return Err(unsupported(vm, "not writable")),
        }
    }
    Ok(Value::None)
}

/// `for line in sys.stdin`: the stream is its own iterator.
fn stream_iter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__iter__", 1, 1)?;
    stream_of(vm, &args, "__iter__")?;
    Ok(args.pos[0])
}

fn stream_next(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__next__", 1, 1)?;
    if stream_of(vm, &args, "__next__")? != Stream::In {
        return Err(unsupported(vm, "not readable"));
    }
    let line = read_line(vm)?;
    if line.is_empty() {
        let c = vm.st.types.stop_iteration;
        return Err(Throw::Exc(vm.new_exception(c, None)));
    }
    Ok(vm.new_string(line))
}

fn stream_isatty(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "isatty", 1, 1)?;
    use std::io::IsTerminal;
    let t = match stream_of(vm, &args, "isatty")? {
        Stream::In => std::io::stdin().is_terminal(),
        Stream::Out => !vm.st.out.capture && std::io::stdout().is_terminal(),
        Stream::Err => !vm.st.out.capture && std::io::stderr().is_terminal(),
    };
    Ok(Value::Bool(t))
}

fn stream_fileno(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "fileno", 1, 1)?;
    Ok(Value::Int(match stream_of(vm, &args, "fileno")? {
        Stream::In => 0,
        Stream::Out => 1,
        Stream::Err => 2,
    }))
}

fn stream_writable(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "writable", 1, 1)?;
    Ok(Value::Bool(stream_of(vm, &args, "writable")? != Stream::In))
}

fn stream_readable(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "readable", 1, 1)?;
    Ok(Value::Bool(stream_of(vm, &args, "readable")? == Stream::In))
}

/// `sys.intern(s)`: strings are not deduplicated; the same string comes back.
fn intern(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "intern", 1, 1)?;
    if vm.as_str(args.pos[0]).is_none() {
        let t = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!("intern() argument must be str, not {t}")));
    }
    Ok(args.pos[0])
}

fn getdefaultencoding(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getdefaultencoding", 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

/// `sys.displayhook(value)`: what an expression statement typed at the prompt (or
/// compiled in `'single'` mode) does with its value: unless it is None, print its repr
/// to `sys.stdout` and keep it in `builtins._`.
fn displayhook(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "displayhook", 1, 1)?;
    let v = args.pos[0];
    if v.is(Value::None) {
        return Ok(Value::None);
    }
    vm.set_builtin("_", Value::None);
    let text = crate::ops::convert::repr_of(vm, v)?;
    let s = vm.new_str(&text);
    crate::builtins::core::print(vm, Args::positional(&[s]))?;
    vm.set_builtin("_", v);
    Ok(Value::None)
}

/// `sys.exc_info()`: the exception being handled, as `(type, value, traceback)`.
fn exc_info(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "exc_info", 0, 0)?;
    let exc = vm.th.handled.last().copied().filter(|v| !v.is(Value::None));
    Ok(match exc {
        Some(e) => {
            let t = Value::Obj(vm.type_of(e));
            let tb = crate::ops::attr::get_attr(vm, e, crate::names::sym::__traceback__)
                .unwrap_or(Value::None);
            vm.new_tuple(vec![t, e, tb])
        }
        None => vm.new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()` (3.11): the exception being handled, or None.
fn exception(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "exception", 0, 0)?;
    Ok(vm.th.handled.last().copied().unwrap_or(Value::None))
}

fn exit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "exit", 0, 1)?;
    let a = vm.new_tuple(args.pos.to_vec());
    let c = vm.st.types.system_exit;
    Err(Throw::Exc(vm.new_exception_args(c, a)))
}

fn setrecursionlimit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "setrecursionlimit", 1, 1)?;
    let n = crate::builtins::types::as_index(vm, args.pos[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.st.config.recursion_limit = n as usize;
    Ok(Value::None)
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 lifts the limit; below 640 is refused.
fn set_int_max_str_digits(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let v = match (args.get(0), args.kwarg_str(vm, "maxdigits")) {
        (Some(v), None) | (None, Some(v)) if args.pos.len() + args.kw.len() == 1 => v,
        _ => {
            return Err(
                vm.type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)")
            )
        }
    };
    let n = crate::builtins::types::as_index(vm, v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.st.int_max_str_digits = usize::try_from(n).unwrap_or(usize::MAX);
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(vm.st.int_max_str_digits as i64))
}

fn getrecursionlimit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.st.config.recursion_limit as i64))
}

/// `sys.setcheckinterval(n)`: switch every `n` instructions (Python 2 style); this also
/// leaves time-based switching.
fn setcheckinterval(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "setcheckinterval", 1, 1)?;
    let n = crate::builtins::types::as_index(vm, args.pos[0])?;
    // CPython 2.7 accepted any int; below 1 behaves as 1.
    vm.st.config.check_interval = n.clamp(1, 1_000_000) as u32;
    vm.st.config.switch_interval = None;
    vm.th.countdown = vm.th.countdown.min(vm.st.config.check_interval);
    Ok(Value::None)
}

fn getcheckinterval(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getcheckinterval", 0, 0)?;
    Ok(Value::Int(i64::from(vm.st.config.check_interval)))
}

/// `sys.setswitchinterval(s)`: CPython 3 style — a thread that has waited `s` seconds
/// for the GIL takes it at the holder's next switch point.
fn setswitchinterval(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "setswitchinterval", 1, 1)?;
    let s = crate::modules::time::seconds_arg(vm, args.pos[0], "setswitchinterval")?;
    if s.is_nan() || s <= 0.0 || s > 1e6 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.st.config.switch_interval = Some(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "getswitchinterval", 0, 0)?;
    // CPython's default interval is 5 ms; report it when counting instructions.
    let s = vm
        .st
        .config
        .switch_interval
        .map_or(0.005, |d| d.as_secs_f64());
    Ok(Value::Float(s))
}

/// `sys._gilpy_caller(depth)`: `(filename, lineno, source line, module name)` of the frame
/// `depth` levels above the caller's own (0 = the caller), or `("sys", 1, "", "sys")` past the
/// outermost, as CPython's `warnings` reports it. gilpy has no frame objects; this
/// is what `warnings.warn(stacklevel=...)` needs.
fn gilpy_caller(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "_gilpy_caller", 1, 1)?;
    let depth = match args.pos[0] {
        Value::Int(i) if i >= 0 => i as usize,
        _ => 0,
    };
    let found = vm.th.frames.iter().rev().nth(depth).and_then(|f| {
        let data = vm.st.codes.get(f.code_id as usize)?;
        let code = &data.code;
        let line = code.line_of(f.pc.saturating_sub(1) as usize);
        Some((code.filename.clone(), line, data.globals_prefix.clone()))
    });
    let (file, line, module) = match found {
        Some((file, line, prefix)) => {
            let m = crate::modules::import::module_name_for(vm, prefix.as_deref());
            (file, line, m)
        }
        None => (std::sync::Arc::from("sys"), 1, std::sync::Arc::from("sys")),
    };
    let text = vm
        .st
        .sources
        .get(&file)
        .and_then(|src| src.lines().nth(line.saturating_sub(1) as usize))
        .unwrap_or("")
        .to_string();
    let f = vm.new_str(&file);
    let t = vm.new_str(&text);
    let m = vm.new_str(&module);
    Ok(vm.new_tuple(vec![f, Value::Int(line as i64), t, m]))
}

/// The names of `sys.version_info`'s fields, in tuple order.
const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

/// `sys.version_info`: a tuple (indexing, slicing, comparison) that also has the
/// fields as attributes and a named repr, like CPython's struct sequence.
fn version_info(vm: &mut Vm<'_>, (major, minor, micro): (i64, i64, i64)) -> Value {
    let level = vm.new_str("final");
    let items = vec![
        Value::Int(major),
        Value::Int(minor),
        Value::Int(micro),
        level,
        Value::Int(0),
    ];
    let tuple = vm.new_tuple(items.clone());
    let mark = vm.push_root(tuple);
    let base = vm.st.types.tuple;
    let cls = vm.new_class("version_info", Some(base), None, false);
    vm.add_methods(cls, &[NativeDef::new("__repr__", version_info_repr)]);
    let attrs = VERSION_FIELDS
        .iter()
        .zip(items)
        .map(|(n, v)| (vm.intern(n), v))
        .collect();
    let inst = vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs,
        payload: Payload::Base(tuple),
    })));
    vm.pop_roots(mark);
    let flags = crate::builtins::classes::compute_flags(vm, cls);
    if let Object::Class(c) = vm.st.heap.get_mut(cls) {
        c.attr_flags = flags;
    }
    vm.st.flags_seen |= flags;
    inst
}

fn version_info_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let t = crate::builtins::subclass::unwrap_base(vm, args.pos[0]);
    let items = match vm.obj(t) {
        Some(Object::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("version_info.__repr__ needs a version_info")),
    };
    let mut parts = Vec::with_capacity(items.len());
    for (name, v) in VERSION_FIELDS.iter().zip(items) {
        let r = crate::ops::convert::repr_of(vm, v)?;
        parts.push(format!("{name}={r}"));
    }
    Ok(vm.new_str(&format!("sys.version_info({})", parts.join(", "))))
}

fn info_repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "__repr__", 1, 1)?;
    let (cls, attrs) = match vm.obj(args.pos[0]) {
        Some(Object::Instance(i)) => (i.class, i.attrs.clone()),
        _ => return Err(vm.type_error("__repr__ needs a sys info object")),
    };
    let mut parts = Vec::with_capacity(attrs.len());
    for (n, v) in attrs {
        let r = crate::ops::convert::repr_of(vm, v)?;
        parts.push(format!("{}={r}", vm.st.names.name(n)));
    }
    let name = vm.class_name(cls);
    Ok(vm.new_str(&format!("sys.{name}({})", parts.join(", "))))
}

/// `sys.float_info` and `sys.int_info`: objects with CPython's field values as
/// attributes (not tuples).
fn float_info(vm: &mut Vm<'_>, m: ObjRef) {
    // `python3.11 -c`'s defaults; gilpy has no command-line switches that change them.
    let flags: Vec<(&str, Value)> = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ]
    .into_iter()
    .map(|n| {
        let v = match n {
            "hash_randomization" => Value::Int(1),
            "dev_mode" | "safe_path" => Value::Bool(false),
            "int_max_str_digits" => Value::Int(-1),
            _ => Value::Int(0),
        };
        (n, v)
    })
    .collect();
    info_object(vm, m, "flags", &flags);
    info_object(
        vm,
        m,
        "int_info",
        &[
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    );
    let fields: [(&str, Value); 11] = [
        ("max", Value::Float(f64::MAX)),
        ("max_exp", Value::Int(1024)),
        ("max_10_exp", Value::Int(308)),
        ("min", Value::Float(f64::MIN_POSITIVE)),
        ("min_exp", Value::Int(-1021)),
        ("min_10_exp", Value::Int(-307)),
        ("dig", Value::Int(15)),
        ("mant_dig", Value::Int(53)),
        ("epsilon", Value::Float(f64::EPSILON)),
        ("radix", Value::Int(2)),
        ("rounds", Value::Int(1)),
    ];
    info_object(vm, m, "float_info", &fields);
}

/// `sys.<name>`: an object with `fields` as attributes, shown as CPython shows its
/// struct sequences (`sys.flags(debug=0, ...)`).
fn info_object(vm: &mut Vm<'_>, m: ObjRef, name: &str, fields: &[(&str, Value)]) {
    let object = vm.st.types.object;
    let cls = vm.new_class(name, Some(object), None, false);
    vm.add_methods(cls, &[NativeDef::new("__repr__", info_repr)]);
    let attrs = fields.iter().map(|(n, v)| (vm.intern(n), *v)).collect();
    let inst = vm.alloc(crate::object::Object::Instance(Box::new(
        crate::object::InstanceObj {
            class: cls,
            attrs,
            payload: crate::object::Payload::None,
        },
    )));
    vm.module_set(m, name, inst);
}
