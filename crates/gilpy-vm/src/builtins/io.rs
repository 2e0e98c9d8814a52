//! `open()` (text and binary files) and `input()`.
//!
//! A file object is an instance of `_io.TextIOWrapper` whose payload owns the OS file.
//! Reading loads the rest of the file into a buffer at the first read (files, not
//! pipes, are the use case); writes are buffered and flushed on `flush`/`close`/exit of
//! `with`. The OS calls run under `allow_threads` (the GIL is released meanwhile) on a
//! duplicated handle, so the heap is never touched without the GIL.

use std::any::Any;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};

use crate::builtins::bytes::{Codec, Errors};
use crate::builtins::exceptions::raise_io;
use crate::builtins::{Args, NativeDef};
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::ops::{convert, iter};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// Builtin functions of this file.
pub const FUNCTIONS: &[NativeDef] = &[NativeDef::new("open", open), NativeDef::new("input", input)];

/// Methods of `_io.TextIOWrapper`.
pub const FILE_METHODS: &[NativeDef] = &[
    NativeDef::new("read", read),
    NativeDef::new("readline", readline),
    NativeDef::new("readlines", readlines),
    NativeDef::new("write", write),
    NativeDef::new("writelines", writelines),
    NativeDef::new("flush", flush),
    NativeDef::new("close", close),
    NativeDef::new("readable", readable),
    NativeDef::new("writable", writable),
    NativeDef::new("__enter__", enter),
    NativeDef::new("__exit__", exit),
    NativeDef::new("__iter__", enter),
    NativeDef::new("__next__", next_line),
    NativeDef::new("__repr__", repr),
    NativeDef::new("seek", seek),
    NativeDef::new("tell", tell),
    NativeDef::new("seekable", seekable),
];

/// The state of an open text file.
struct FileData {
    file: Option<File>,
    name: String,
    mode: String,
    readable: bool,
    writable: bool,
    /// Decoded text not yet handed out, from `pos` on (loaded at the first read).
    rbuf: String,
    /// Binary mode (`'b'`): reads give `bytes` from `raw`, writes take bytes.
    binary: bool,
    raw: Vec<u8>,
    pos: usize,
    loaded: bool,
    /// Encoded text or bytes written but not yet passed to the OS.
    wbuf: Vec<u8>,
    /// Text mode's codec and error handling (`encoding=`, `errors=`).
    codec: Codec,
    errors: Errors,
    /// `newline=''`: line endings are read as they are (no universal newlines).
    keep_newlines: bool,
}

impl NativeData for FileData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn data<'v>(vm: &'v mut Vm<'_>, v: Value) -> Option<&'v mut FileData> {
    match vm.st.heap.get_mut(v.as_obj()?) {
        Object::Instance(i) => match &mut i.payload {
            Payload::Native(n) => n.as_any_mut().downcast_mut::<FileData>(),
            _ => None,
        },
        _ => None,
    }
}

/// `self`'s state, or `ValueError` when the file is closed.
fn open_data<'v>(vm: &'v mut Vm<'_>, args: &Args<'_>) -> PyResult<&'v mut FileData> {
    let this = args.get(0).unwrap_or(Value::None);
    match data(vm, this).map(|d| d.file.is_some()) {
        None => {
            return Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object"));
        }
        Some(false) => return Err(vm.value_error("I/O operation on closed file.")),
        Some(true) => {}
    }
    // Present: checked just above (the borrow checker needs the second lookup).
    data(vm, this).ok_or(crate::Throw::Halt(crate::Halt::Shutdown))
}

/// The `_io.TextIOWrapper` class, created on first use and kept in builtins' hidden slot.
fn file_class(vm: &mut Vm<'_>) -> ObjRef {
    let key = vm.intern("__gilpy_textio__");
    if let Some(Value::Obj(c)) = vm.st.builtins.get(key) {
        return c;
    }
    let object = vm.st.types.object;
    let c = vm.new_class("TextIOWrapper", Some(object), None, true);
    if let Object::Class(k) = vm.st.heap.get_mut(c) {
        k.module = "_io".into();
        k.qualname = "TextIOWrapper".into();
    }
    vm.add_methods(c, FILE_METHODS);
    vm.st.builtins.set(key, Value::Obj(c));
    c
}

/// `io.UnsupportedOperation` (CPython's also derives from `ValueError`; gilpy classes
/// have a single base).
fn unsupported(vm: &mut Vm<'_>, msg: &str) -> crate::Throw {
    let key = vm.intern("__gilpy_unsupported__");
    let cls = match vm.st.builtins.get(key) {
        Some(Value::Obj(c)) => c,
        _ => {
            let os = vm.st.types.os_error;
            let c = vm.new_class("UnsupportedOperation", Some(os), None, true);
            if let Object::Class(k) = vm.st.heap.get_mut(c) {
                k.module = "io".into();
            }
            vm.st.builtins.set(key, Value::Obj(c));
            c
        }
    };
    vm.error(cls, msg.to_string())
}

fn str_arg(vm: &mut Vm<'_>, v: Value, what: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {t}")))
        }
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`
fn open(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let kw = |vm: &Vm<'_>, i: usize, name: &str| args.get(i).or_else(|| args.kwarg_str(vm, name));
    let Some(path_v) = kw(vm, 0, "file") else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let path = match crate::modules::os::str_or_fspath(vm, path_v)? {
        Some(s) => s,
        None => {
            let t = vm.type_name(path_v);
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {t}"
            )));
        }
    };
    let mode = match kw(vm, 1, "mode") {
        Some(m) => str_arg(vm, m, "open() argument 'mode'")?,
        None => "r".to_string(),
    };
    let enc = kw(vm, 3, "encoding").filter(|e| !e.is(Value::None));
    let errors_v = kw(vm, 4, "errors").filter(|e| !e.is(Value::None));
    if enc.is_some() && mode.contains('b') {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    let codec = crate::builtins::bytes::codec(vm, enc)?;
    let errors = crate::builtins::bytes::errors_mode(vm, errors_v)?;
    let keep_newlines = kw(vm, 5, "newline").is_some_and(|v| vm.as_str(v) == Some(""));
    let mut kinds = mode.chars().filter(|c| "rwax".contains(*c));
    let kind = kinds.next();
    let valid = kinds.next().is_none()
        && mode.chars().all(|c| "rwaxbt+".contains(c))
        && !(mode.contains('b') && mode.contains('t'));
    let Some(kind) = kind.filter(|_| valid) else {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    };
    let plus = mode.contains('+');
    let mut opts = OpenOptions::new();
    match kind {
        'r' => opts.read(true).write(plus),
        'w' => opts.write(true).create(true).truncate(true).read(plus),
        'a' => opts.append(true).create(true).read(plus),
        _ => opts.write(true).create_new(true).read(plus),
    };
    let p = path.clone();
    let result = vm.allow_threads(move || opts.open(&p));
    let file = match result {
        Ok(f) => f,
        Err(e) => return Err(raise_io(vm, &e, Some(path_v))),
    };
    // Opening a directory for reading succeeds on Linux; CPython reports EISDIR.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(raise_io(vm, &e, Some(path_v)));
    }
    let state = FileData {
        file: Some(file),
        name: path,
        mode: mode.clone(),
        readable: kind == 'r' || plus,
        writable: kind != 'r' || plus,
        rbuf: String::new(),
        binary: mode.contains('b'),
        raw: Vec::new(),
        pos: 0,
        loaded: false,
        wbuf: Vec::new(),
        codec,
        errors,
        keep_newlines,
    };
    let cls = file_class(vm);
    let obj = vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(state)),
    })));
    let (n, m) = (vm.intern("name"), vm.intern("mode"));
    let mode_v = vm.new_string(mode);
    if let Object::Instance(i) = vm.st.heap.get_mut(obj.as_obj().unwrap_or(ObjRef(0))) {
        i.set_attr(n, path_v);
        i.set_attr(m, mode_v);
    }
    set_closed(vm, obj, false);
    Ok(obj)
}

fn set_closed(vm: &mut Vm<'_>, obj: Value, closed: bool) {
    let c = vm.intern("closed");
    if let Some(Object::Instance(i)) = obj.as_obj().map(|r| vm.st.heap.get_mut(r)) {
        i.set_attr(c, Value::Bool(closed));
    }
}

/// Passes buffered writes to the OS.
fn flush_writes(vm: &mut Vm<'_>, this: Value) -> PyResult<()> {
    let Some(d) = data(vm, this) else {
        return Ok(());
    };
    if d.wbuf.is_empty() {
        return Ok(());
    }
    let text = std::mem::take(&mut d.wbuf);
    let Some(f) = d.file.as_ref().and_then(|f| f.try_clone().ok()) else {
        return Ok(());
    };
    let r = vm.allow_threads(move || {
        let mut f = f;
        f.write_all(&text)
    });
    r.map_err(|e| raise_io(vm, &e, None))
}

/// Loads the rest of the file into the read buffer (once).
fn load(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<()> {
    let this = args.pos[0];
    let d = open_data(vm, args)?;
    if !d.readable {
        return Err(unsupported(vm, "not readable"));
    }
    if d.loaded {
        return Ok(());
    }
    flush_writes(vm, this)?;
    let Some(f) = data(vm, this).and_then(|d| d.file.as_ref()?.try_clone().ok()) else {
        return Ok(());
    };
    let r = vm.allow_threads(move || {
        let mut f = f;
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).map(|_| bytes)
    });
    let bytes = r.map_err(|e| raise_io(vm, &e, None))?;
    if let Some(d) = data(vm, this).filter(|d| d.binary) {
        d.raw = bytes;
        d.pos = 0;
        d.loaded = true;
        return Ok(());
    }
    let (codec, errors, keep) = match data(vm, this) {
        Some(d) => (d.codec, d.errors, d.keep_newlines),
        None => return Ok(()),
    };
    let text = crate::builtins::bytes::decode_with(vm, &bytes, codec, errors)?;
    // Universal newlines, as CPython's text mode reads (unless `newline=''`).
    let text = if !keep && text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    if let Some(d) = data(vm, this) {
        d.rbuf = text;
        d.pos = 0;
        d.loaded = true;
    }
    Ok(())
}

/// Takes up to `n` characters (all with `None`) or one line from the read buffer.
fn take(vm: &mut Vm<'_>, args: &Args<'_>, n: Option<usize>, line: bool) -> PyResult<String> {
    load(vm, args)?;
    let d = open_data(vm, args)?;
    let rest = &d.rbuf[d.pos..];
    let mut end = if line {
        rest.find('\n').map_or(rest.len(), |i| i + 1)
    } else {
        rest.len()
    };
    if let Some(n) = n {
        end = end.min(rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i));
    }
    let out = rest[..end].to_string();
    d.pos += end;
    Ok(out)
}

/// Takes up to `n` bytes (all with `None`) or one line from a binary file.
fn take_raw(vm: &mut Vm<'_>, args: &Args<'_>, n: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    load(vm, args)?;
    let d = open_data(vm, args)?;
    let rest = &d.raw[d.pos.min(d.raw.len())..];
    let mut end = if line {
        rest.iter()
            .position(|b| *b == b'\n')
            .map_or(rest.len(), |i| i + 1)
    } else {
        rest.len()
    };
    if let Some(n) = n {
        end = end.min(n);
    }
    let out = rest[..end].to_vec();
    d.pos += end;
    Ok(out)
}

/// The next piece as a Python value (`str`, or `bytes` in binary mode) and whether it
/// is empty (end of file).
fn take_value(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    n: Option<usize>,
    line: bool,
) -> PyResult<(Value, bool)> {
    if open_data(vm, args)?.binary {
        let b = take_raw(vm, args, n, line)?;
        let empty = b.is_empty();
        return Ok((crate::builtins::bytes::new_bytes(vm, b), empty));
    }
    let s = take(vm, args, n, line)?;
    let empty = s.is_empty();
    Ok((vm.new_string(s), empty))
}

/// An optional size argument: `None` for all (`-1`, `None`, absent).
fn size_arg(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Option<usize>> {
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(usize::try_from(n).ok()),
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("argument should be integer or None, not '{t}'")))
        }
    }
}

fn read(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let n = size_arg(vm, &args)?;
    Ok(take_value(vm, &args, n, false)?.0)
}

fn readline(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let n = size_arg(vm, &args)?;
    Ok(take_value(vm, &args, n, true)?.0)
}

fn readlines(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        // No collection runs inside a native call, so the items need no rooting.
        let (v, empty) = take_value(vm, &args, None, true)?;
        if empty {
            break;
        }
        lines.push(v);
    }
    Ok(vm.new_list(lines))
}

fn next_line(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (v, empty) = take_value(vm, &args, None, true)?;
    if empty {
        let cls = vm.st.types.stop_iteration;
        let e = vm.new_exception(cls, None);
        return Err(crate::Throw::Exc(e));
    }
    Ok(v)
}

fn write_text(vm: &mut Vm<'_>, args: &Args<'_>, text: &[u8]) -> PyResult<()> {
    let this = args.pos[0];
    let d = open_data(vm, args)?;
    if !d.writable {
        return Err(unsupported(vm, "not writable"));
    }
    d.wbuf.extend_from_slice(text);
    // Reads after a write see the file again.
    d.loaded = false;
    d.rbuf.clear();
    d.raw.clear();
    d.pos = 0;
    if d.wbuf.len() >= 1 << 16 {
        flush_writes(vm, this)?;
    }
    Ok(())
}

/// What `write` takes: text in text mode, bytes in binary mode; with its length.
fn payload(vm: &mut Vm<'_>, args: &Args<'_>, v: Value) -> PyResult<(Vec<u8>, usize)> {
    if open_data(vm, args)?.binary {
        if let Some(b) = crate::builtins::bytes::bytes_of(vm, v) {
            return Ok((b.to_vec(), b.len()));
        }
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    }
    let (codec, errors) = {
        let d = open_data(vm, args)?;
        (d.codec, d.errors)
    };
    match vm.as_str(v).map(str::to_string) {
        Some(s) => {
            let data = crate::builtins::bytes::encode_with(vm, &s, codec, errors)?;
            Ok((data, s.chars().count()))
        }
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("write() argument must be str, not {t}")))
        }
    }
}

fn write(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_method(vm, "write", 1, 1)?;
    let (data, n) = payload(vm, &args, args.pos[1])?;
    write_text(vm, &args, &data)?;
    Ok(Value::Int(n as i64))
}

fn writelines(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check_method(vm, "writelines", 1, 1)?;
    for v in iter::collect(vm, args.pos[1])? {
        let (data, _) = payload(vm, &args, v)?;
        write_text(vm, &args, &data)?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    open_data(vm, &args)?;
    flush_writes(vm, args.pos[0])?;
    Ok(Value::None)
}

fn close(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0).unwrap_or(Value::None);
    if data(vm, this).is_none() {
        return Err(vm.type_error("descriptor 'close' requires a '_io.TextIOWrapper' object"));
    }
    let r = flush_writes(vm, this);
    if let Some(d) = data(vm, this) {
        d.file = None;
        d.rbuf = String::new();
        d.raw = Vec::new();
    }
    set_closed(vm, this, true);
    r.map(|_| Value::None)
}

fn readable(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(open_data(vm, &args)?.readable))
}

fn writable(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(open_data(vm, &args)?.writable))
}

fn enter(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    open_data(vm, &args)?;
    Ok(args.pos[0])
}

fn exit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    close(
        vm,
        Args {
            pos: &args.pos[..1],
            kw: &[],
        },
    )?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0).unwrap_or(Value::None);
    let Some(d) = data(vm, this) else {
        return Ok(vm.new_str("<_io.TextIOWrapper>"));
    };
    let (name, mode, binary) = (d.name.clone(), d.mode.clone(), d.binary);
    let name_v = vm.new_string(name);
    let name = convert::repr_of(vm, name_v)?;
    Ok(vm.new_string(if binary {
        let kind = if mode.contains('+') {
            "BufferedRandom"
        } else if mode.contains('r') {
            "BufferedReader"
        } else {
            "BufferedWriter"
        };
        format!("<_io.{kind} name={name}>")
    } else {
        format!("<_io.TextIOWrapper name={name} mode='{mode}' encoding='UTF-8'>")
    }))
}

/// `input(prompt='')`: a line of stdin without its newline; `EOFError` at the end.
fn input(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "input", 0, 1)?;
    if let Some(p) = args.get(0) {
        let s = convert::str_of(vm, p)?;
        vm.st.out.write_out(&s);
    }
    vm.st.out.flush();
    let r = vm.allow_threads(|| {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|_| line)
    });
    let mut line = r.map_err(|e| raise_io(vm, &e, None))?;
    if line.is_empty() {
        let cls = vm.st.types.eof_error;
        return Err(vm.error(cls, "EOF when reading a line".to_string()));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(vm.new_string(line))
}

/// The OS position of `self`'s file (after passing buffered writes on), less what was
/// loaded but not read yet: where the next read or write happens.
fn position(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<u64> {
    let this = args.pos[0];
    open_data(vm, args)?;
    flush_writes(vm, this)?;
    let Some(d) = data(vm, this) else {
        return Ok(0);
    };
    let unread = if !d.loaded {
        0
    } else if d.binary {
        d.raw.len().saturating_sub(d.pos)
    } else {
        d.rbuf.get(d.pos..).map_or(0, str::len)
    } as u64;
    let os = match d.file.as_mut().map(|f| f.stream_position()) {
        Some(Ok(p)) => p,
        Some(Err(e)) => return Err(raise_io(vm, &e, None)),
        None => 0,
    };
    Ok(os.saturating_sub(unread))
}

/// `tell()`: the current position (a byte offset, which CPython's text files also
/// return for files without a decoder state).
fn tell(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "tell", 1, 1)?;
    let p = position(vm, &args)?;
    Ok(Value::Int(p as i64))
}

/// `seekable()`: files are.
fn seekable(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "seekable", 1, 1)?;
    open_data(vm, &args)?;
    Ok(Value::Bool(true))
}

/// `seek(offset, whence=0)`: moves the OS position and drops the read buffer, so the
/// next read loads from there. Text files allow only zero offsets relative to the
/// current position or the end, as CPython.
fn seek(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "seek", 2, 3)?;
    let this = args.pos[0];
    let offset = crate::builtins::types::as_index(vm, args.pos[1])?;
    let whence = match args.get(2) {
        Some(w) => crate::builtins::types::as_index(vm, w)?,
        None => 0,
    };
    let binary = open_data(vm, &args)?.binary;
    let target = match whence {
        0 => {
            if offset < 0 {
                return Err(vm.value_error(format!("negative seek position {offset}")));
            }
            SeekFrom::Start(offset as u64)
        }
        1 => {
            if !binary && offset != 0 {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            let here = position(vm, &args)? as i64;
            SeekFrom::Start((here + offset).max(0) as u64)
        }
        2 => {
            if !binary && offset != 0 {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            SeekFrom::End(offset)
        }
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    flush_writes(vm, this)?;
    let Some(d) = data(vm, this) else {
        return Ok(Value::Int(0));
    };
    d.loaded = false;
    d.rbuf.clear();
    d.raw.clear();
    d.pos = 0;
    let r = match d.file.as_mut() {
        Some(f) => f.seek(target),
        None => Ok(0),
    };
    match r {
        Ok(p) => Ok(Value::Int(p as i64)),
        Err(e) => Err(raise_io(vm, &e, None)),
    }
}
