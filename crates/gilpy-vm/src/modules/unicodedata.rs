//! `unicodedata`: character names, general categories, digit values and the four
//! normalization forms. Names come from `unicode_names2`, categories from
//! `unicode-general-category`, normalization from `unicode-normalization`; their
//! Unicode versions are newer than CPython 3.11's 14.0.0, so characters assigned
//! since then have names and categories here where CPython reports none.
//! Not provided: `bidirectional`, `combining`, `east_asian_width`, `mirrored`,
//! `decomposition`, `ucd_3_2_0`; `numeric` knows only decimal digits and digits.

use unicode_general_category::{get_general_category, GeneralCategory};
use unicode_normalization::UnicodeNormalization;

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

pub const MODULE: ModuleDef = ModuleDef {
    name: "unicodedata",
    init,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("name", name),
    NativeDef::new("lookup", lookup),
    NativeDef::new("category", category),
    NativeDef::new("decimal", decimal),
    NativeDef::new("digit", digit),
    NativeDef::new("numeric", numeric),
    NativeDef::new("normalize", normalize),
    NativeDef::new("is_normalized", is_normalized),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    let v = vm.new_str("14.0.0");
    vm.module_set(m, "unidata_version", v);
    Ok(())
}

/// The single character argument, with CPython's TypeError otherwise.
fn one_char(vm: &mut Vm<'_>, v: Value, fname: &str) -> PyResult<char> {
    match vm.as_str(v) {
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(vm.type_error(format!(
                    "{fname}() argument must be a unicode character, not str"
                ))),
            }
        }
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "{fname}() argument must be a unicode character, not {t}"
            )))
        }
    }
}

fn name(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "name", 1, 2)?;
    let c = one_char(vm, args.pos[0], "name")?;
    match unicode_names2::name(c) {
        Some(n) => Ok(vm.new_string(n.to_string())),
        None => match args.pos.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.value_error("no such name")),
        },
    }
}

fn lookup(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "lookup", 1, 1)?;
    let Some(text) = vm.as_str(args.pos[0]).map(str::to_string) else {
        let t = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!("lookup() argument must be str, not {t}")));
    };
    match unicode_names2::character(&text) {
        Some(c) => Ok(vm.new_string(c.to_string())),
        None => {
            let msg = vm.new_string(format!("undefined character name '{text}'"));
            Err(vm.key_error(msg))
        }
    }
}

fn category(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "category", 1, 1)?;
    let c = one_char(vm, args.pos[0], "category")?;
    Ok(vm.new_str(get_general_category(c).abbreviation()))
}

/// The value of a decimal digit (category Nd). Unicode assigns them in contiguous runs
/// of whole groups of ten, each starting at zero, so the value is the distance back to
/// the run's first digit, modulo ten.
fn decimal_value(c: char) -> Option<u32> {
    if get_general_category(c) != GeneralCategory::DecimalNumber {
        return None;
    }
    let mut cp = c as u32;
    while let Some(p) = cp.checked_sub(1).and_then(char::from_u32) {
        if get_general_category(p) != GeneralCategory::DecimalNumber {
            break;
        }
        cp -= 1;
    }
    Some((c as u32 - cp) % 10)
}

/// Digits that are not decimal: superscripts and the circled/parenthesised forms CPython
/// gives a digit value (the common ones).
fn digit_value(c: char) -> Option<u32> {
    if let Some(d) = decimal_value(c) {
        return Some(d);
    }
    match c {
        '\u{b2}' => Some(2),
        '\u{b3}' => Some(3),
        '\u{b9}' => Some(1),
        '\u{2070}' => Some(0),
        '\u{2074}'..='\u{2079}' => Some(c as u32 - 0x2070),
        '\u{2080}'..='\u{2089}' => Some(c as u32 - 0x2080),
        '\u{2460}'..='\u{2468}' => Some(c as u32 - 0x2460 + 1),
        '\u{2474}'..='\u{247c}' => Some(c as u32 - 0x2474 + 1),
        '\u{2488}'..='\u{2490}' => Some(c as u32 - 0x2488 + 1),
        _ => None,
    }
}

fn digit_like(
    vm: &mut Vm<'_>,
    args: Args<'_>,
    fname: &str,
    f: fn(char) -> Option<u32>,
    float: bool,
) -> PyResult<Value> {
    args.check(vm, fname, 1, 2)?;
    let c = one_char(vm, args.pos[0], fname)?;
    match f(c) {
        Some(d) if float => Ok(Value::Float(f64::from(d))),
        Some(d) => Ok(Value::Int(i64::from(d))),
        None => match args.pos.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.value_error(if float {
                "not a numeric character"
            } else if fname == "decimal" {
                "not a decimal"
            } else {
                "not a digit"
            })),
        },
    }
}

fn decimal(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    digit_like(vm, args, "decimal", decimal_value, false)
}

fn digit(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    digit_like(vm, args, "digit", digit_value, false)
}

fn numeric(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    digit_like(vm, args, "numeric", digit_value, true)
}

fn form_and_text(vm: &mut Vm<'_>, args: Args<'_>, fname: &str) -> PyResult<(String, String)> {
    args.check(vm, fname, 2, 2)?;
    let form = vm.as_str(args.pos[0]).map(str::to_string);
    let text = vm.as_str(args.pos[1]).map(str::to_string);
    match (form, text) {
        (Some(f), Some(t)) => Ok((f, t)),
        (None, _) => {
            let t = vm.type_name(args.pos[0]);
            Err(vm.type_error(format!("{fname}() argument 1 must be str, not {t}")))
        }
        (_, None) => {
            let t = vm.type_name(args.pos[1]);
            Err(vm.type_error(format!("{fname}() argument 2 must be str, not {t}")))
        }
    }
}

fn apply(vm: &mut Vm<'_>, form: &str, text: &str) -> PyResult<String> {
    Ok(match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        "NFKD" => text.nfkd().collect(),
        _ => return Err(vm.value_error("invalid normalization form")),
    })
}

fn normalize(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, args, "normalize")?;
    let out = apply(vm, &form, &text)?;
    if out == text {
        return Ok(args.pos[1]);
    }
    Ok(vm.new_string(out))
}

fn is_normalized(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, args, "is_normalized")?;
    let out = apply(vm, &form, &text)?;
    Ok(Value::Bool(out == text))
}
