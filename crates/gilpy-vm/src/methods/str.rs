//! `str` methods.

use crate::builtins::{Args, NativeDef};
use crate::object::Object;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The `str` method table.
pub const METHODS: &[NativeDef] = &[NativeDef::new("join", join), NativeDef::new("split", split)];

/// `self` as text (copied), or `TypeError`.
pub fn this(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<String> {
    match args.get(0).and_then(|v| vm.as_str(v)) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' for 'str' objects doesn't apply to this object"
        ))),
    }
}

fn join(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?;
    args.check_method(vm, "str.join", 1, 1)?;
    let items = crate::ops::iter::collect(vm, args.pos[1])?;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.obj(*v) {
            Some(Object::Str(s)) => out.push_str(s.as_str()),
            _ => {
                let t = vm.type_name(*v);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    Ok(vm.new_string(out))
}

fn split(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "split")?;
    args.check_pos(vm, "split", 1, 3)?;
    let sep = args
        .arg_or_kw(1, crate::names::sym::sep)
        .filter(|v| !matches!(v, Value::None));
    let maxsplit = match args.get(2).or_else(|| args.kwarg_str(vm, "maxsplit")) {
        Some(v) => crate::builtins::types::as_index(vm, v)?,
        None => -1,
    };
    let parts: Vec<String> = match sep {
        None => crate::format::split_whitespace(&s, maxsplit)
            .into_iter()
            .map(String::from)
            .collect(),
        Some(sv) => {
            let Some(sep) = vm.as_str(sv).map(str::to_string) else {
                let t = vm.type_name(sv);
                return Err(vm.type_error(format!("must be str or None, not {t}")));
            };
            match crate::format::split(&s, &sep, maxsplit) {
                Ok(p) => p.into_iter().map(String::from).collect(),
                Err(e) => return Err(vm.value_error(e.to_string())),
            }
        }
    };
    let items = parts.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_list(items))
}
