//! `_gilpy_re`: the matching engine under the `re` module (`py/re.py`), on `fancy-regex`
//! (a backtracking engine, so backreferences and lookaround work).
//!
//! - `compile(pattern, flags)` → `(compiled pattern, flags in effect)`, or `ValueError((msg, pos))`
//!   that `re.py` turns into `re.error`.
//! - `groupinfo(p)` → `(group count, {name: index})`.
//! - `search(p, s, pos, endpos, mode)` → `None` or a tuple of `2 * (groups + 1)` character
//!   offsets (`-1` for a group that did not take part); mode 0 searches, 1 matches at
//!   `pos`, 2 matches all of `s[pos:endpos]`.
//! - `scan(p, s, pos, endpos, limit)` → the list of such tuples for every match, with
//!   Python's rules for empty matches (one may follow a non-empty match directly, but
//!   never repeats at the position where the previous empty match was).
//!
//! Offsets are characters (Python's), converted from `fancy-regex`'s byte offsets.

use std::any::Any;

use fancy_regex::Regex;

use super::re_translate::{translate, PatternError};
use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::object::{InstanceObj, NativeData, Object, Payload};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import _gilpy_re`
pub const MODULE: ModuleDef = ModuleDef {
    name: "_gilpy_re",
    init,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("compile", compile),
    NativeDef::new("groupinfo", groupinfo),
    NativeDef::new("search", search),
    NativeDef::new("scan", scan),
];

/// A compiled pattern: the searching form and the whole-text form for `fullmatch`.
struct Compiled {
    search: Regex,
    full: Regex,
}

impl NativeData for Compiled {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    let object = vm.st.types.object;
    let cls = vm.new_class("_Compiled", Some(object), None, false);
    vm.module_set(m, "_Compiled", Value::Obj(cls));
    Ok(())
}

fn pattern_error(vm: &mut Vm<'_>, e: PatternError) -> crate::Throw {
    let msg = vm.new_string(e.msg);
    let pos = Value::Int(e.pos as i64);
    let payload = vm.new_tuple(vec![msg, pos]);
    let args = vm.new_tuple(vec![payload]);
    let cls = vm.st.types.value_error;
    crate::Throw::Exc(vm.new_exception_args(cls, args))
}

fn compile(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "compile", 2, 2)?;
    let Some(pattern) = vm.as_str(args.pos[0]).map(str::to_string) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let flags = crate::methods::common::index(vm, args.pos[1])? as u32;
    let (src, effective) = translate(&pattern, flags).map_err(|e| pattern_error(vm, e))?;
    let build = |s: &str| {
        fancy_regex::RegexBuilder::new(s)
            .backtrack_limit(50_000_000)
            .build()
            .map_err(|e| e.to_string())
    };
    let (search, full) = match (build(&src), build(&format!("(?:{src})\\z"))) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            let msg = format!("bad pattern: {e}");
            return Err(pattern_error(vm, PatternError { msg, pos: 0 }));
        }
    };
    let cls = compiled_class(vm)?;
    let handle = vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::Native(Box::new(Compiled { search, full })),
    })));
    Ok(vm.new_tuple(vec![handle, Value::Int(effective as i64)]))
}

fn compiled_class(vm: &mut Vm<'_>) -> PyResult<ObjRef> {
    let id = vm.intern("_gilpy_re");
    let m = vm.st.modules.get(&id).copied();
    let cls_id = vm.intern("_Compiled");
    let cls = m.and_then(|m| match vm.st.heap.get(m) {
        Object::Module(m) => m.attrs.get(&cls_id).and_then(|v| v.as_obj()),
        _ => None,
    });
    cls.ok_or_else(|| vm.runtime_error("_gilpy_re: module state missing"))
}

/// The compiled pattern inside `v`.
fn compiled<'h>(vm: &'h Vm<'_>, v: Value) -> Option<&'h Compiled> {
    match vm.obj(v) {
        Some(Object::Instance(i)) => match &i.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<Compiled>(),
            _ => None,
        },
        _ => None,
    }
}

fn groupinfo(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "groupinfo", 1, 1)?;
    let Some(c) = compiled(vm, args.pos[0]) else {
        return Err(vm.type_error("groupinfo: not a compiled pattern"));
    };
    let n = c.search.captures_len().saturating_sub(1);
    let names: Vec<(usize, String)> = c
        .search
        .capture_names()
        .enumerate()
        .filter_map(|(i, n)| n.map(|n| (i, n.to_string())))
        .collect();
    let d = vm.new_dict();
    let Some(dref) = d.as_obj() else {
        return Err(vm.runtime_error("groupinfo: dict"));
    };
    for (i, name) in names {
        let k = vm.new_string(name);
        crate::ops::dictops::dict_set(vm, dref, k, Value::Int(i as i64))?;
    }
    Ok(vm.new_tuple(vec![Value::Int(n as i64), d]))
}

/// Character ↔ byte offsets of one string (identity for ASCII text).
struct Offsets {
    /// Byte offset of each character, plus the text length; empty for ASCII text.
    starts: Vec<usize>,
    chars: usize,
}

impl Offsets {
    fn new(s: &str) -> Offsets {
        if s.is_ascii() {
            return Offsets {
                starts: Vec::new(),
                chars: s.len(),
            };
        }
        let mut starts: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
        let chars = starts.len();
        starts.push(s.len());
        Offsets { starts, chars }
    }
    fn to_byte(&self, c: usize) -> usize {
        if self.starts.is_empty() {
            c
        } else {
            self.starts[c.min(self.chars)]
        }
    }
    fn to_char(&self, b: usize) -> usize {
        if self.starts.is_empty() {
            b
        } else {
            self.starts.partition_point(|&x| x < b)
        }
    }
}

/// Clamps Python-style `pos`/`endpos` arguments to `0..=len`.
fn clamp(vm: &mut Vm<'_>, v: Value, len: usize) -> PyResult<usize> {
    let n = crate::methods::common::index(vm, v)?;
    Ok(n.clamp(0, len as i64) as usize)
}

/// Byte spans of a match's groups (`None` for a group that did not take part).
type Spans = Vec<Option<(usize, usize)>>;

/// Runs the search; returns the spans (byte offsets) of every group of the match.
fn find_at(re: &Regex, text: &str, pos: usize) -> Result<Option<Spans>, String> {
    let caps = re.captures_from_pos(text, pos).map_err(|e| e.to_string())?;
    Ok(caps.map(|caps| {
        (0..caps.len())
            .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
            .collect()
    }))
}

fn spans_tuple(vm: &mut Vm<'_>, off: &Offsets, spans: &[Option<(usize, usize)>]) -> Value {
    let mut items = Vec::with_capacity(spans.len() * 2);
    for s in spans {
        match s {
            Some((a, b)) => {
                items.push(Value::Int(off.to_char(*a) as i64));
                items.push(Value::Int(off.to_char(*b) as i64));
            }
            None => {
                items.push(Value::Int(-1));
                items.push(Value::Int(-1));
            }
        }
    }
    vm.new_tuple(items)
}

fn engine_error(vm: &mut Vm<'_>, e: String) -> crate::Throw {
    vm.runtime_error(format!("regular expression failed: {e}"))
}

/// The text of argument `v` and the compiled pattern `p`, both borrowed from the heap.
fn text_of(vm: &mut Vm<'_>, v: Value) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")))
        }
    }
}

fn search(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "search", 5, 5)?;
    let text = text_of(vm, args.pos[1])?;
    let off = Offsets::new(&text);
    let pos = clamp(vm, args.pos[2], off.chars)?;
    let endpos = clamp(vm, args.pos[3], off.chars)?;
    let mode = crate::methods::common::index(vm, args.pos[4])?;
    if pos > endpos {
        return Ok(Value::None);
    }
    let (bpos, bend) = (off.to_byte(pos), off.to_byte(endpos));
    let hay = &text[..bend];
    let found = {
        let Some(c) = compiled(vm, args.pos[0]) else {
            return Err(vm.type_error("search: not a compiled pattern"));
        };
        let re = if mode == 2 { &c.full } else { &c.search };
        find_at(re, hay, bpos)
    };
    let spans = match found.map_err(|e| engine_error(vm, e))? {
        // `match`/`fullmatch` must start at `pos`: the leftmost match starts there if
        // any match does, and is then the one an anchored search finds.
        Some(s) if mode == 0 || s[0].is_some_and(|(a, _)| a == bpos) => s,
        _ => return Ok(Value::None),
    };
    Ok(spans_tuple(vm, &off, &spans))
}

fn scan(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "scan", 5, 5)?;
    let text = text_of(vm, args.pos[1])?;
    let off = Offsets::new(&text);
    let pos = clamp(vm, args.pos[2], off.chars)?;
    let endpos = clamp(vm, args.pos[3], off.chars)?;
    let limit = crate::methods::common::index(vm, args.pos[4])?;
    let limit = if limit <= 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut all: Vec<Spans> = Vec::new();
    if pos <= endpos {
        let (mut at, bend) = (off.to_byte(pos), off.to_byte(endpos));
        let hay = &text[..bend];
        let Some(c) = compiled(vm, args.pos[0]) else {
            return Err(vm.type_error("scan: not a compiled pattern"));
        };
        let mut last_empty_at: Option<usize> = None;
        let mut failure = None;
        while all.len() < limit && at <= hay.len() {
            let spans = match find_at(&c.search, hay, at) {
                Ok(Some(s)) => s,
                Ok(None) => break,
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            };
            let Some((s, e)) = spans[0] else { break };
            if s == e && last_empty_at == Some(s) {
                // No second empty match at the same place: retry one character on.
                match hay[at..].chars().next() {
                    Some(ch) => {
                        at += ch.len_utf8();
                        last_empty_at = None;
                        continue;
                    }
                    None => break,
                }
            }
            last_empty_at = (s == e).then_some(e);
            at = e;
            all.push(spans);
        }
        if let Some(e) = failure {
            return Err(engine_error(vm, e));
        }
    }
    let mut items = Vec::with_capacity(all.len());
    for spans in &all {
        items.push(spans_tuple(vm, &off, spans));
    }
    Ok(vm.new_list(items))
}
