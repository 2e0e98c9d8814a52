//! `str` methods: thin bindings over the text algorithms in [`crate::format`], plus
//! `str.format` (see `methods/strformat.rs` for `format` and `%`).

use crate::builtins::{Args, NativeDef};
use crate::format as fmt;
use crate::methods::common::{self, check_kw};
use crate::names::sym;
use crate::object::Object;
use crate::objects::str::StrObj;
use crate::value::Value;
use crate::{PyResult, Throw, Vm};

/// The `str` method table.
pub const METHODS: &[NativeDef] = &[
    NativeDef::new("join", join),
    NativeDef::new("split", split),
    NativeDef::new("rsplit", rsplit),
    NativeDef::new("splitlines", splitlines),
    NativeDef::new("strip", strip),
    NativeDef::new("lstrip", lstrip),
    NativeDef::new("rstrip", rstrip),
    NativeDef::new("upper", upper),
    NativeDef::new("lower", lower),
    NativeDef::new("title", title),
    NativeDef::new("capitalize", capitalize),
    NativeDef::new("swapcase", swapcase),
    NativeDef::new("casefold", casefold),
    NativeDef::new("replace", replace),
    NativeDef::new("find", find),
    NativeDef::new("rfind", rfind),
    NativeDef::new("index", index),
    NativeDef::new("rindex", rindex),
    NativeDef::new("count", count),
    NativeDef::new("startswith", startswith),
    NativeDef::new("endswith", endswith),
    NativeDef::new("center", center),
    NativeDef::new("ljust", ljust),
    NativeDef::new("rjust", rjust),
    NativeDef::new("zfill", zfill),
    NativeDef::new("partition", partition),
    NativeDef::new("rpartition", rpartition),
    NativeDef::new("removeprefix", removeprefix),
    NativeDef::new("removesuffix", removesuffix),
    NativeDef::new("isdigit", isdigit),
    NativeDef::new("isalpha", isalpha),
    NativeDef::new("isalnum", isalnum),
    NativeDef::new("isspace", isspace),
    NativeDef::new("isupper", isupper),
    NativeDef::new("islower", islower),
    NativeDef::new("istitle", istitle),
    NativeDef::new("isdecimal", isdecimal),
    NativeDef::new("isnumeric", isnumeric),
    NativeDef::new("isidentifier", isidentifier),
    NativeDef::new("isascii", isascii),
    NativeDef::new("isprintable", isprintable),
    NativeDef::new("expandtabs", expandtabs),
    NativeDef::new("format", crate::methods::strformat::str_format),
    NativeDef::new("format_map", crate::methods::strformat::str_format_map),
    NativeDef::new("__format__", dunder_format),
];

/// `self` as text (copied), or `TypeError`.
pub fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<String> {
    match args.get(0).and_then(|v| vm.as_str(v)) {
        Some(s) => Ok(s.to_string()),
        None => Err(crate::methods::common::descriptor_error(
            vm, args, "str", method,
        )),
    }
}

/// Checks that `self` is a str, without copying its text (read it with [`text`]): the
/// hot methods (`split`, `strip`, `lower`, searches) work on the heap's copy and build
/// their results from it directly.
fn check_this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Value> {
    match args.get(0) {
        Some(v) if vm.as_str(v).is_some() => Ok(v),
        _ => Err(crate::methods::common::descriptor_error(
            vm, args, "str", method,
        )),
    }
}

/// The text of a value [`check_this`] accepted.
#[inline]
fn text<'v>(vm: &'v Vm<'_>, v: Value) -> &'v str {
    vm.as_str(v).unwrap_or_default()
}

/// Is the text of `v` all ASCII (so a slice's length is its character count)?
fn is_ascii_str(vm: &Vm<'_>, v: Value) -> bool {
    matches!(vm.obj(v), Some(Object::Str(s)) if s.is_ascii())
}

/// New strs for byte spans of `src`'s text, copied straight from the heap (one copy per
/// part, none of the whole text).
fn slices(vm: &mut Vm<'_>, src: Value, spans: &[(usize, usize)]) -> Vec<Value> {
    let ascii = is_ascii_str(vm, src);
    let mut out = Vec::with_capacity(spans.len());
    for &(a, b) in spans {
        out.push(one_slice(vm, src, ascii, a, b));
    }
    out
}

/// A new str for the byte span `a..b` of `src`'s text (`ascii`: `src` is all ASCII);
/// one-character ASCII results are the shared single-character strs.
fn one_slice(vm: &mut Vm<'_>, src: Value, ascii: bool, a: usize, b: usize) -> Value {
    let part = {
        let s = text(vm, src);
        let p = s.get(a..b).unwrap_or_default();
        if p.len() == 1 {
            Err(p.as_bytes()[0])
        } else if ascii {
            Ok(StrObj::with_char_len(p.into(), p.len()))
        } else {
            Ok(StrObj::new(p.into()))
        }
    };
    match part {
        Ok(obj) => vm.alloc(Object::Str(obj)),
        Err(byte) => match vm.st.ascii_chars.get(byte as usize) {
            Some(v) => *v,
            None => vm.new_str(&(byte as char).to_string()),
        },
    }
}

/// Byte spans of `parts` (subslices of `whole`) within `whole`.
fn spans_of(whole: &str, parts: &[&str]) -> Vec<(usize, usize)> {
    let base = whole.as_ptr() as usize;
    parts
        .iter()
        .map(|p| {
            let a = (p.as_ptr() as usize).wrapping_sub(base);
            (a, a + p.len())
        })
        .collect()
}

/// A new str for one span of `src` (or `src` itself when the span is all of it).
fn slice_or_self(vm: &mut Vm<'_>, src: Value, a: usize, b: usize) -> Value {
    if a == 0 && b == text(vm, src).len() {
        return src;
    }
    let ascii = is_ascii_str(vm, src);
    one_slice(vm, src, ascii, a, b)
}

/// Raises a text-algorithm error as the exception it names.
fn text_error(vm: &mut Vm<'_>, e: fmt::TextError) -> Throw {
    match e {
        fmt::TextError::TooLong => common::memory_error(vm),
        _ => vm.value_error(e.to_string()),
    }
}

fn join(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let sep = check_this(vm, &args, "join")?;
    args.check_method(vm, "str.join", 1, 1)?;
    let src = args.pos[1];
    // Lists and tuples are read in place; anything else goes through `iter()`, whose
    // failure CPython reports as "can only join an iterable".
    let joined = match vm.obj(src) {
        Some(Object::List(items)) => join_texts(&vm.st.heap, sep, items),
        Some(Object::Tuple(items)) => join_texts(&vm.st.heap, sep, items),
        _ => {
            let it = match crate::ops::iter::get_iter(vm, src) {
                Ok(it) => it,
                Err(Throw::Exc(e)) if vm.isinstance(Value::Obj(e), vm.st.types.type_error) => {
                    return Err(vm.type_error("can only join an iterable"));
                }
                Err(e) => return Err(e),
            };
            let items = crate::ops::iter::collect(vm, it)?;
            join_texts(&vm.st.heap, sep, &items)
        }
    };
    match joined {
        Ok((text, chars)) => Ok(vm.new_string_counted(text, chars)),
        Err(JoinError::TooLong) => Err(common::memory_error(vm)),
        Err(JoinError::NotStr(i, v)) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {t} found"
            )))
        }
    }
}

/// Why `sep.join(items)` failed.
enum JoinError {
    NotStr(usize, Value),
    TooLong,
}

/// `sep.join(items)` and its character count: sizes are summed first, so the text is
/// built in one exact-size buffer.
fn join_texts(
    heap: &crate::heap::Heap,
    sep: Value,
    items: &[Value],
) -> Result<(String, usize), JoinError> {
    let str_of = |v: Value| match v {
        Value::Obj(r) => match heap.get(r) {
            Object::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    };
    let Some(sep) = str_of(sep) else {
        return Ok((String::new(), 0));
    };
    let gaps = items.len().saturating_sub(1);
    let (mut bytes, mut chars) = (sep.as_str().len() * gaps, sep.char_len() * gaps);
    for (i, v) in items.iter().enumerate() {
        let Some(s) = str_of(*v) else {
            return Err(JoinError::NotStr(i, *v));
        };
        bytes += s.as_str().len();
        chars += s.char_len();
        if bytes > fmt::MAX_TEXT_LEN * 4 {
            return Err(JoinError::TooLong);
        }
    }
    let mut out = String::with_capacity(bytes);
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        if let Some(s) = str_of(*v) {
            out.push_str(s.as_str());
        }
    }
    Ok((out, chars))
}

/// `(sep, maxsplit)` of `split`/`rsplit`.
fn split_args(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<(Option<String>, i64)> {
    check_kw(vm, args, name, &["sep", "maxsplit"])?;
    common::check_count_old(vm, args, name, 0, 2)?;
    let sep = match args.arg_or_kw(1, sym::sep) {
        None | Some(Value::None) => None,
        Some(v) => Some(common::str_arg(vm, v, "must be str or None")?),
    };
    let maxsplit = match common::arg(vm, args, 2, "maxsplit") {
        Some(v) => common::index(vm, v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let me = check_this(vm, &args, "split")?;
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let spans = {
        let s = text(vm, me);
        match sep {
            None => Ok(spans_of(s, &fmt::split_whitespace(s, maxsplit))),
            Some(sep) => fmt::split(s, &sep, maxsplit).map(|p| spans_of(s, &p)),
        }
    };
    let spans = spans.map_err(|e| text_error(vm, e))?;
    let items = slices(vm, me, &spans);
    Ok(vm.new_list(items))
}

fn rsplit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let me = check_this(vm, &args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let spans = {
        let s = text(vm, me);
        match sep {
            None => Ok(spans_of(s, &fmt::rsplit_whitespace(s, maxsplit))),
            Some(sep) => fmt::rsplit(s, &sep, maxsplit).map(|p| spans_of(s, &p)),
        }
    };
    let spans = spans.map_err(|e| text_error(vm, e))?;
    let items = slices(vm, me, &spans);
    Ok(vm.new_list(items))
}

fn splitlines(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let me = check_this(vm, &args, "splitlines")?;
    check_kw(vm, &args, "splitlines", &["keepends"])?;
    common::check_count_old(vm, &args, "splitlines", 0, 1)?;
    let keep = match common::arg(vm, &args, 1, "keepends") {
        Some(v) => common::truthy(vm, v)?,
        None => false,
    };
    let spans = {
        let s = text(vm, me);
        spans_of(s, &fmt::splitlines(s, keep))
    };
    let items = slices(vm, me, &spans);
    Ok(vm.new_list(items))
}

/// `strip`-family: `which` 0 both, 1 left, 2 right.
fn strip_impl(vm: &mut Vm<'_>, args: Args<'_>, name: &str, which: u8) -> PyResult<Value> {
    let me = check_this(vm, &args, name)?;
    args.check_method(vm, name, 0, 1)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) if vm.as_str(v).is_some() => Some(v),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    let (a, b) = {
        let s = text(vm, me);
        let set = chars.map(|c| text(vm, c));
        let out = match which {
            0 => fmt::strip(s, set),
            1 => fmt::lstrip(s, set),
            _ => fmt::rstrip(s, set),
        };
        let a = (out.as_ptr() as usize).wrapping_sub(s.as_ptr() as usize);
        (a, a + out.len())
    };
    Ok(slice_or_self(vm, me, a, b))
}

fn strip(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "strip", 0)
}

fn lstrip(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", 1)
}

fn rstrip(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", 2)
}

/// Methods taking no arguments and mapping the text to new text.
macro_rules! transform {
    ($($name:ident => $f:path),* $(,)?) => {$(
        fn $name(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
            let me = check_this(vm, &args, stringify!($name))?;
            args.check_method(vm, concat!("str.", stringify!($name)), 0, 0)?;
            // Case mappings keep ASCII text ASCII: no need to count characters.
            let ascii = is_ascii_str(vm, me);
            let out = $f(text(vm, me));
            Ok(if ascii { vm.new_ascii(out) } else { vm.new_string(out) })
        }
    )*};
}

transform! {
    upper => fmt::upper,
    lower => fmt::lower,
    title => fmt::title,
    capitalize => fmt::capitalize,
    swapcase => fmt::swapcase,
    casefold => fmt::casefold,
}

/// Predicates taking no arguments.
macro_rules! predicate {
    ($($name:ident => $f:path),* $(,)?) => {$(
        fn $name(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
            let me = check_this(vm, &args, stringify!($name))?;
            args.check_method(vm, concat!("str.", stringify!($name)), 0, 0)?;
            Ok(Value::Bool($f(text(vm, me))))
        }
    )*};
}

predicate! {
    isdigit => fmt::is_digit,
    isalpha => fmt::is_alpha,
    isalnum => fmt::is_alnum,
    isspace => fmt::is_space,
    isupper => fmt::is_upper,
    islower => fmt::is_lower,
    istitle => fmt::is_title,
    isdecimal => fmt::is_decimal,
    isnumeric => fmt::is_numeric,
    isidentifier => fmt::is_identifier,
    isascii => fmt::is_ascii,
    isprintable => fmt::is_printable,
}

fn replace(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let me = check_this(vm, &args, "replace")?;
    args.check_method(vm, "replace", 2, 3)?;
    let old = common::str_arg(vm, args.pos[1], "replace() argument 1 must be str")?;
    let new = common::str_arg(vm, args.pos[2], "replace() argument 2 must be str")?;
    let limit = match args.get(3) {
        Some(v) => Some(common::index(vm, v)?),
        None => None,
    };
    // Refuse results that cannot be allocated before building them.
    let hits = fmt::count(text(vm, me), &old, None, None) as u128;
    let hits = match limit {
        Some(l) if l >= 0 => hits.min(l as u128),
        _ => hits,
    };
    if text(vm, me).len() as u128 + hits * new.len() as u128 > (fmt::MAX_TEXT_LEN as u128) * 4 {
        return Err(common::memory_error(vm));
    }
    if hits == 0 && vm.obj(me).is_some_and(|o| matches!(o, Object::Str(_))) {
        // Nothing to replace: CPython returns the (exact) str itself.
        return Ok(me);
    }
    let out = fmt::replace(text(vm, me), &old, &new, limit);
    Ok(vm.new_string(out))
}

/// `(sub, start, end)` of the search methods.
fn search_args(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
) -> PyResult<(Value, String, Option<i64>, Option<i64>)> {
    let s = check_this(vm, args, name)?;
    args.no_kwargs(vm, name)?;
    common::check_count_old(vm, args, name, 1, 3)?;
    let sub = common::str_arg(vm, args.pos[1], "must be str")?;
    let start = common::opt_bound(vm, args.get(2))?;
    let end = common::opt_bound(vm, args.get(3))?;
    Ok((s, sub, start, end))
}

fn find(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "find")?;
    Ok(Value::Int(fmt::find(text(vm, s), &sub, a, b)))
}

fn rfind(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "rfind")?;
    Ok(Value::Int(fmt::rfind(text(vm, s), &sub, a, b)))
}

fn index(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "index")?;
    fmt::index(text(vm, s), &sub, a, b)
        .map(Value::Int)
        .map_err(|e| text_error(vm, e))
}

fn rindex(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "rindex")?;
    fmt::rindex(text(vm, s), &sub, a, b)
        .map(Value::Int)
        .map_err(|e| text_error(vm, e))
}

fn count(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, &args, "count")?;
    Ok(Value::Int(fmt::count(text(vm, s), &sub, a, b) as i64))
}

/// `startswith`/`endswith` with a str or a tuple of strs.
fn affix(vm: &mut Vm<'_>, args: Args<'_>, name: &str, end: bool) -> PyResult<Value> {
    let me = check_this(vm, &args, name)?;
    args.no_kwargs(vm, name)?;
    common::check_count_old(vm, &args, name, 1, 3)?;
    let start = common::opt_bound(vm, args.get(2))?;
    let stop = common::opt_bound(vm, args.get(3))?;
    let what = args.pos[1];
    let candidates: Vec<Value> = match vm.obj(what) {
        Some(Object::Tuple(t)) => t.to_vec(),
        Some(Object::Str(_)) => vec![what],
        _ => {
            let t = vm.type_name(what);
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {t}"
            )));
        }
    };
    for c in candidates {
        let Some(p) = vm.as_str(c) else {
            let t = vm.type_name(c);
            return Err(vm.type_error(format!("tuple for {name} must only contain str, not {t}")));
        };
        let s = text(vm, me);
        let hit = if end {
            fmt::ends_with(s, p, start, stop)
        } else {
            fmt::starts_with(s, p, start, stop)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

/// `center`/`ljust`/`rjust`: 0, 1, 2.
fn pad(vm: &mut Vm<'_>, args: Args<'_>, name: &str, how: u8) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    args.check_method(vm, name, 1, 2)?;
    let width = common::index(vm, args.pos[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => {
            let Some(t) = vm.as_str(v) else {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("{name}() argument 2 must be str, not {tn}")));
            };
            let mut it = t.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    let r = match how {
        0 => fmt::center(&s, width, fill),
        1 => fmt::ljust(&s, width, fill),
        _ => fmt::rjust(&s, width, fill),
    };
    let out = r.map_err(|e| text_error(vm, e))?;
    Ok(vm.new_string(out))
}

fn center(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    pad(vm, args, "center", 0)
}

fn ljust(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    pad(vm, args, "ljust", 1)
}

fn rjust(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    pad(vm, args, "rjust", 2)
}

fn zfill(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?;
    args.check_method(vm, "str.zfill", 1, 1)?;
    let width = common::index(vm, args.pos[1])?;
    let out = fmt::zfill(&s, width).map_err(|e| text_error(vm, e))?;
    Ok(vm.new_string(out))
}

fn expandtabs(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?;
    check_kw(vm, &args, "expandtabs", &["tabsize"])?;
    common::check_count_old(vm, &args, "expandtabs", 0, 1)?;
    let size = match common::arg(vm, &args, 1, "tabsize") {
        Some(v) => common::index(vm, v)?,
        None => 8,
    };
    let out = fmt::expandtabs(&s, size).map_err(|e| text_error(vm, e))?;
    Ok(vm.new_string(out))
}

fn partition_impl(vm: &mut Vm<'_>, args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    args.check_method(vm, &format!("str.{name}"), 1, 1)?;
    let sep = common::str_arg(vm, args.pos[1], "must be str")?;
    let r = if right {
        fmt::rpartition(&s, &sep)
    } else {
        fmt::partition(&s, &sep)
    };
    let (a, b, c) = r.map_err(|e| text_error(vm, e))?;
    let items = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn removeprefix(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "removeprefix")?;
    args.check_method(vm, "str.removeprefix", 1, 1)?;
    let p = common::str_arg(vm, args.pos[1], "removeprefix() argument must be str")?;
    match s.strip_prefix(p.as_str()) {
        Some(r) => Ok(vm.new_str(r)),
        None => Ok(args.pos[0]),
    }
}

fn removesuffix(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "removesuffix")?;
    args.check_method(vm, "str.removesuffix", 1, 1)?;
    let p = common::str_arg(vm, args.pos[1], "removesuffix() argument must be str")?;
    match s.strip_suffix(p.as_str()) {
        Some(r) => Ok(vm.new_str(r)),
        None => Ok(args.pos[0]),
    }
}

/// `str.__format__(spec)`
fn dunder_format(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__format__")?;
    args.check_method(vm, "__format__", 1, 1)?;
    let spec = common::str_arg(vm, args.pos[1], "__format__() argument must be str")?;
    if spec.is_empty() {
        return Ok(args.pos[0]);
    }
    let parsed =
        fmt::parse_format_spec(&spec).map_err(|e| crate::ops::convert::format_error(vm, e))?;
    let out = fmt::format_str(&s, &parsed).map_err(|e| crate::ops::convert::format_error(vm, e))?;
    Ok(vm.new_string(out))
}
