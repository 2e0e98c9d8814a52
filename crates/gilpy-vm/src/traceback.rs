//! CPython-style rendering of an uncaught exception: chained exceptions first, then
//! `Traceback (most recent call last):`, one `File ..., line N, in name` entry per frame
//! with its stripped source line, and `Type: message`.

use crate::object::Object;
use crate::ops::convert;
use crate::traceback_carets::{source_and_markers, Style};
use crate::value::{ObjRef, Value};
use crate::Vm;

/// `Type: message` (just `Type` when the message is empty).
pub fn exception_line(vm: &mut Vm<'_>, exc: ObjRef) -> (String, String) {
    let cls = vm.type_of(Value::Obj(exc));
    let (name, module) = match vm.class(cls) {
        Some(c) => (c.qualname.to_string(), c.module.to_string()),
        None => ("?".into(), String::new()),
    };
    let type_name = if module == "builtins" || module == "__main__" || module.is_empty() {
        name
    } else {
        format!("{module}.{name}")
    };
    let msg =
        convert::str_of(vm, Value::Obj(exc)).unwrap_or_else(|_| "<exception str() failed>".into());
    (type_name, msg)
}

/// The full traceback text for `exc`, including its cause/context chain and, for an
/// exception group, its members in CPython's boxed layout.
pub fn format_exception(vm: &mut Vm<'_>, exc: ObjRef) -> String {
    format_exception_styled(vm, exc, Style::Uncaught)
}

/// [`format_exception`] with the marker lines of the given CPython renderer
/// (`traceback.py`'s for the `traceback` module).
pub fn format_exception_styled(vm: &mut Vm<'_>, exc: ObjRef, style: Style) -> String {
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        out: String::new(),
        style,
    };
    format_chain(vm, exc, &mut ctx);
    ctx.out
}

/// CPython's `traceback` limits for groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `_ExceptionPrintContext`: the group nesting depth gives each line its
/// `  | ` margin.
struct Ctx {
    depth: usize,
    need_close: bool,
    out: String,
    style: Style,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

fn format_chain(vm: &mut Vm<'_>, exc: ObjRef, ctx: &mut Ctx) {
    // Walk the chain outermost-first with an explicit list (chains can be long).
    let mut chain: Vec<(ObjRef, Option<&'static str>)> = Vec::new();
    let mut cur = Some(exc);
    let mut link: Option<&'static str> = None;
    while let Some(e) = cur {
        if chain.iter().any(|(x, _)| *x == e) || chain.len() > 100 {
            break;
        }
        chain.push((e, link));
        let Some(d) = vm.exc_data(e) else { break };
        let (cause, context, suppress) = (d.cause, d.context, d.suppress_context);
        if let Some(c) = cause.as_obj() {
            cur = Some(c);
            link =
                Some("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let (false, Some(c)) = (suppress, context.as_obj()) {
            cur = Some(c);
            link =
                Some("\nDuring handling of the above exception, another exception occurred:\n\n");
        } else {
            cur = None;
        }
    }
    for (e, link) in chain.into_iter().rev() {
        if crate::builtins::exgroup::is_group(vm, Value::Obj(e)) {
            format_group(vm, e, ctx);
        } else {
            let tb = format_tb(vm, e, ctx.style);
            if !tb.is_empty() {
                ctx.emit("Traceback (most recent call last):\n", '|');
                ctx.emit(&tb, '|');
            }
            let only = format_only(vm, e);
            ctx.emit(&only, '|');
        }
        if let Some(l) = link {
            ctx.emit(l, '|');
        }
    }
}

/// One exception group: its own traceback and message, then each member in a box.
fn format_group(vm: &mut Vm<'_>, exc: ObjRef, ctx: &mut Ctx) {
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    let tb = format_tb(vm, exc, ctx.style);
    if !tb.is_empty() {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            margin,
        );
        ctx.emit(&tb, '|');
    }
    let only = format_only(vm, exc);
    ctx.emit(&only, '|');
    let members = crate::builtins::exgroup::members(vm, exc);
    let n = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        let line = format!(
            "{}{corner}+---------------- {title} ----------------\n",
            ctx.indent()
        );
        ctx.out.push_str(&line);
        ctx.depth += 1;
        if truncated {
            let more = members.len() - MAX_GROUP_WIDTH;
            let s = if more > 1 { "s" } else { "" };
            ctx.emit(&format!("and {more} more exception{s}\n"), '|');
        } else if let Some(m) = members[i].as_obj() {
            format_chain(vm, m, ctx);
        }
        if last && ctx.need_close {
            let line = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The `File ..., line N, in name` entries (with source lines) of `exc`'s traceback.
fn format_tb(vm: &mut Vm<'_>, exc: ObjRef, style: Style) -> String {
    let mut out = String::new();
    let entries = vm
        .exc_data(exc)
        .map(|d| d.traceback.clone())
        .unwrap_or_default();
    // Like CPython, a run of identical entries shows three, then a count.
    let mut last: Option<(u32, *const gilpy_compiler::bytecode::Code)> = None;
    let mut repeat = 0usize;
    for t in entries.iter().rev() {
        let co = &t.code.code;
        let line = co.line_of(t.pc as usize);
        let key = (line, std::sync::Arc::as_ptr(co));
        if last == Some(key) {
            repeat += 1;
            if repeat >= 3 {
                continue;
            }
        } else {
            flush_repeats(&mut out, repeat);
            repeat = 0;
            last = Some(key);
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            co.filename, line, co.name
        ));
        if let Some(src) = vm.st.sources.get(&co.filename) {
            if let Some(text) = src.split('\n').nth(line.saturating_sub(1) as usize) {
                let raw = text.strip_suffix('\r').unwrap_or(text);
                let loc = co.location_of(t.pc as usize);
                out.push_str(&source_and_markers(raw, loc, style));
            }
        }
    }
    flush_repeats(&mut out, repeat);
    out
}

/// `Type: message` and the `add_note` notes, one per line (as CPython prints them).
fn format_only(vm: &mut Vm<'_>, exc: ObjRef) -> String {
    let mut out = String::new();
    let (ty, msg) = exception_line(vm, exc);
    if msg.is_empty() {
        out.push_str(&format!("{ty}\n"));
    } else {
        out.push_str(&format!("{ty}: {msg}\n"));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.st.heap.get(exc) {
        crate::object::Object::Instance(i) => i.get_attr(key),
        _ => None,
    };
    let items = match notes.and_then(|n| vm.obj(n)) {
        Some(crate::object::Object::List(l)) => l.clone(),
        Some(crate::object::Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    for n in items {
        if let Ok(s) = crate::ops::convert::str_of(vm, n) {
            out.push_str(&s);
            out.push('\n');
        }
    }
    out
}

fn flush_repeats(out: &mut String, repeat: usize) {
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// Is `exc` an exception instance at all?
pub fn is_exception(vm: &Vm<'_>, exc: ObjRef) -> bool {
    matches!(vm.st.heap.get(exc), Object::Instance(_)) && vm.exc_data(exc).is_some()
}
