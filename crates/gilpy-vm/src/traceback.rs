//! CPython-style rendering of an uncaught exception: chained exceptions first, then
//! `Traceback (most recent call last):`, one `File ..., line N, in name` entry per frame
//! with its stripped source line, and `Type: message`.

use crate::object::Object;
use crate::ops::convert;
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

/// The full traceback text for `exc`, including its cause/context chain.
pub fn format_exception(vm: &mut Vm<'_>, exc: ObjRef) -> String {
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
    let mut out = String::new();
    for (e, link) in chain.into_iter().rev() {
        out.push_str(&format_one(vm, e));
        if let Some(l) = link {
            out.push_str(l);
        }
    }
    out
}

fn format_one(vm: &mut Vm<'_>, exc: ObjRef) -> String {
    let mut out = String::new();
    let entries = vm
        .exc_data(exc)
        .map(|d| d.traceback.clone())
        .unwrap_or_default();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
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
                if let Some(text) = src.lines().nth(line.saturating_sub(1) as usize) {
                    let t = text.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
        }
        flush_repeats(&mut out, repeat);
    }
    let (ty, msg) = exception_line(vm, exc);
    if msg.is_empty() {
        out.push_str(&format!("{ty}\n"));
    } else {
        out.push_str(&format!("{ty}: {msg}\n"));
    }
    // `add_note` notes, one per line after the message (as CPython prints them).
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
