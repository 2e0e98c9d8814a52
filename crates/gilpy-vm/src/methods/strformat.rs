//! `str.format(...)`: the VM side of the template engine in [`crate::format`] (argument
//! lookup, attribute/item paths, conversions, calling `__format__`/`__str__`).

use crate::builtins::Args;
use crate::format::{self as fmt, FieldAccess, FieldArg, TemplatePiece};

use crate::ops::{attr, convert, subscr};
use crate::value::Value;
use crate::{PyResult, Throw, Vm};

fn fmt_err(vm: &mut Vm<'_>, e: fmt::FormatError) -> Throw {
    convert::format_error(vm, e)
}

/// `template.format(*args, **kwargs)`
pub fn str_format(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let template = crate::methods::str::this(vm, &args, "format")?;
    let pieces = fmt::parse_template(&template).map_err(|e| fmt_err(vm, e))?;
    let mut out = String::new();
    render(vm, &pieces, &args, &mut out)?;
    Ok(vm.new_string(out))
}

/// Renders template pieces; `args.pos[0]` is the template itself.
fn render(
    vm: &mut Vm<'_>,
    pieces: &[TemplatePiece],
    args: &Args<'_>,
    out: &mut String,
) -> PyResult<()> {
    for p in pieces {
        match p {
            TemplatePiece::Literal(s) => out.push_str(s),
            TemplatePiece::Field(f) => {
                let mut v = match &f.arg {
                    FieldArg::Index(i) => match args.pos.get(i + 1) {
                        Some(v) => *v,
                        None => return Err(vm.index_error(fmt::template_index_error(*i))),
                    },
                    FieldArg::Name(n) => {
                        let found = vm.st.names.lookup(n).and_then(|id| args.kwarg(id));
                        match found {
                            Some(v) => v,
                            None => {
                                let k = vm.new_str(n);
                                return Err(vm.key_error(k));
                            }
                        }
                    }
                };
                for step in &f.path {
                    v = match step {
                        FieldAccess::Attr(a) => {
                            let id = vm.intern(a);
                            attr::get_attr(vm, v, id)?
                        }
                        FieldAccess::Index(i) => {
                            let i = i64::try_from(*i).unwrap_or(i64::MAX);
                            subscr::get_item(vm, v, Value::Int(i))?
                        }
                        FieldAccess::Key(k) => {
                            let k = vm.new_str(k);
                            subscr::get_item(vm, v, k)?
                        }
                    };
                }
                v = match f.conversion {
                    Some('r') => {
                        let s = convert::repr_of(vm, v)?;
                        vm.new_string(s)
                    }
                    Some('s') => convert::str_value(vm, v)?,
                    Some('a') => {
                        let s = convert::repr_of(vm, v)?;
                        vm.new_string(fmt::ascii_escape(&s))
                    }
                    _ => v,
                };
                let spec = match f.literal_spec() {
                    Some(s) => s,
                    None => {
                        let mut s = String::new();
                        render(vm, &f.spec, args, &mut s)?;
                        s
                    }
                };
                let text = convert::format_value(vm, v, &spec)?;
                out.push_str(&text);
                if out.len() > fmt::MAX_TEXT_LEN * 4 {
                    return Err(crate::methods::common::memory_error(vm));
                }
            }
        }
    }
    Ok(())
}
