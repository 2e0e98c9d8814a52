//! `_gilpy_stdlib`: the two primitives `copy` needs that gilpy's Python cannot express
//! yet (there is no `object.__new__` and no `__dict__`): an instance's own attributes,
//! and a fresh instance of a plain class made without calling `__init__`.

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::object::{InstanceObj, Object, Payload};
use crate::traceback_carets::{CodeRef, Style};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import _gilpy_stdlib`
pub const MODULE: ModuleDef = ModuleDef {
    name: "_gilpy_stdlib",
    init,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("instance_attrs", instance_attrs),
    NativeDef::new("new_instance", new_instance),
    NativeDef::new("format_exception", format_exception),
    NativeDef::new("disassemble", disassemble),
    NativeDef::new("instructions", instructions),
    NativeDef::new("code_position", code_position),
    NativeDef::new("marker_line", marker_line),
];

/// The code object behind `v` (a code object itself), for `dis`.
fn code_arg(
    vm: &mut Vm<'_>,
    v: Value,
    fname: &str,
) -> PyResult<std::sync::Arc<gilpy_compiler::bytecode::Code>> {
    let found = match vm.obj(v) {
        Some(Object::Code(data)) => Some(data.code.clone()),
        Some(Object::Instance(i)) => match &i.payload {
            Payload::Native(n) => n
                .as_any()
                .downcast_ref::<crate::traceback_carets::CodeRef>()
                .map(|c| c.0.clone()),
            _ => None,
        },
        _ => None,
    };
    match found {
        Some(code) => Ok(code),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{fname}() expects a code object, not {t}")))
        }
    }
}

/// `disassemble(code)`: gilpy's disassembly of a code object and the code nested in it
/// (what `gilpy dis` prints), for the `dis` module.
fn disassemble(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "disassemble", 1, 1)?;
    let code = code_arg(vm, args.pos[0], "disassemble")?;
    let text = gilpy_compiler::dis::dis(&code);
    Ok(vm.new_string(text))
}

/// `instructions(code)`: one `(offset, starts_line, is_jump_target, opname, arg,
/// argrepr)` tuple per instruction (`starts_line` None unless the line changes there,
/// `arg` None for instructions without one), for `dis.get_instructions`.
fn instructions(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "instructions", 1, 1)?;
    let code = code_arg(vm, args.pos[0], "instructions")?;
    let mut targets = vec![false; code.ops.len() + 1];
    for op in &code.ops {
        if let Some(t) = op.jump_target().and_then(|t| targets.get_mut(t as usize)) {
            *t = true;
        }
    }
    let mut rows = Vec::with_capacity(code.ops.len());
    let mut last_line = None;
    for (pc, op) in code.ops.iter().enumerate() {
        let line = code.line_of(pc);
        let starts = if last_line != Some(line) {
            last_line = Some(line);
            Value::Int(i64::from(line))
        } else {
            Value::None
        };
        let (name, arg) = gilpy_compiler::dis::op_name_arg(op);
        let name = vm.new_str(name);
        let arg = arg.map_or(Value::None, |a| Value::Int(i64::from(a)));
        let readable = if matches!(arg, Value::None) {
            String::new()
        } else {
            gilpy_compiler::dis::arg_repr(&code, op)
        };
        let readable = vm.new_string(readable);
        let row = vec![
            Value::Int(pc as i64),
            starts,
            Value::Bool(targets[pc]),
            name,
            arg,
            readable,
        ];
        rows.push(vm.new_tuple(row));
    }
    Ok(vm.new_list(rows))
}

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    // The `itertools` classes written in Rust, for `py/itertools.py` to re-export.
    for name in [
        "product",
        "combinations",
        "combinations_with_replacement",
        "permutations",
    ] {
        if let Some(cls) = crate::builtins::itertypes::itertools_class(&vm.st, name) {
            vm.module_set(m, name, Value::Obj(cls));
        }
    }
    Ok(())
}

/// `instance_attrs(obj)`: a list of `(name, value)` pairs for an instance of a plain
/// class or of a subclass of a built-in value type (its attributes, not its contents),
/// or `None` for anything else (builtin values, native and exception instances).
fn instance_attrs(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "instance_attrs", 1, 1)?;
    let pairs = match vm.obj(args.pos[0]) {
        Some(Object::Instance(i)) if matches!(i.payload, Payload::None | Payload::Base(_)) => {
            i.attrs.clone()
        }
        _ => return Ok(Value::None),
    };
    let mut items = Vec::with_capacity(pairs.len());
    for (id, v) in pairs {
        let name = vm.st.names.name(id).clone();
        let k = vm.new_str(&name);
        items.push(vm.new_tuple(vec![k, v]));
    }
    Ok(vm.new_list(items))
}

/// `new_instance(cls)`: an instance of `cls` with no attributes and `__init__` not run,
/// or `None` when `cls` is not a plain Python class (its instances need Rust state).
fn new_instance(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "new_instance", 1, 1)?;
    let Some(cls) = args.pos[0].as_obj() else {
        return Ok(Value::None);
    };
    let object = vm.st.types.object;
    let plain = vm.class(cls).is_some_and(|c| {
        !c.is_exception
            && c.mro
                .iter()
                .find(|k| vm.class(**k).is_some_and(|k| k.new.is_some()))
                == Some(&object)
    });
    if !plain {
        return Ok(Value::None);
    }
    Ok(vm.alloc(Object::Instance(Box::new(InstanceObj {
        class: cls,
        attrs: Vec::new(),
        payload: Payload::None,
    }))))
}

/// `format_exception(exc)`: the text an uncaught `exc` prints (its cause/context chain,
/// `Traceback (most recent call last):` and the frames, `Type: message`), for the
/// `traceback` module.
fn format_exception(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "format_exception", 1, 1)?;
    let text = match args.pos[0].as_obj() {
        Some(e) if crate::traceback::is_exception(vm, e) => {
            crate::traceback::format_exception_styled(vm, e, Style::Module { newline: true })
        }
        _ => return Err(vm.type_error("format_exception() expects an exception instance")),
    };
    Ok(vm.new_str(&text))
}

/// `code_position(code, lasti)`: `(lineno, end_lineno, colno, end_colno)` of the
/// instruction at byte offset `lasti` (`co_positions()` at `lasti // 2`); all `None`
/// when unknown.
fn code_position(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "code_position", 2, 2)?;
    let loc = match (vm.obj(args.pos[0]), args.pos[1]) {
        (Some(Object::Instance(i)), Value::Int(lasti)) if lasti >= 0 => match &i.payload {
            Payload::Native(n) => n
                .as_any()
                .downcast_ref::<CodeRef>()
                .and_then(|c| c.0.location_of((lasti / 2) as usize)),
            _ => None,
        },
        _ => None,
    };
    let opt = |v: Option<u32>| v.map_or(Value::None, |x| Value::Int(i64::from(x)));
    let items = match loc.map(|l| l.positions()) {
        Some((line, end, col, end_col)) => {
            vec![opt(Some(line)), opt(Some(end)), opt(col), opt(end_col)]
        }
        None => vec![Value::None; 4],
    };
    Ok(vm.new_tuple(items))
}

/// `marker_line(line, lineno, end_lineno, colno, end_colno)`: the `^^^` line
/// `traceback.py` prints under `line` (as `linecache` gives it), or `None`.
fn marker_line(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "marker_line", 5, 5)?;
    let Some(line) = vm.as_str(args.pos[0]).map(str::to_string) else {
        return Ok(Value::None);
    };
    let num = |v: Value| match v {
        Value::Int(i) => u32::try_from(i).ok(),
        _ => None,
    };
    let col = |v: Value| {
        num(v)
            .and_then(|c| u16::try_from(c).ok())
            .unwrap_or(gilpy_compiler::bytecode::Location::NO_COL)
    };
    let (Some(lineno), Some(end_lineno)) = (num(args.pos[1]), num(args.pos[2])) else {
        return Ok(Value::None);
    };
    let loc = gilpy_compiler::bytecode::Location {
        line: lineno,
        end_line: end_lineno,
        col: col(args.pos[3]),
        end_col: col(args.pos[4]),
    };
    let (raw, newline) = match line.strip_suffix('\n') {
        Some(r) => (r, true),
        None => (line.as_str(), false),
    };
    Ok(
        match crate::traceback_carets::marker_line(raw, loc, Style::Module { newline }) {
            Some(m) => vm.new_str(&m),
            None => Value::None,
        },
    )
}
