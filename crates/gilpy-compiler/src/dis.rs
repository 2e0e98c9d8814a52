//! A disassembler in the spirit of `python -m dis`.

use std::fmt::Write;

use gilpy_syntax::ast::{BinOp, CmpOp, UnaryOp};

use crate::bytecode::{Code, CodeKind, Const, Op};

/// Disassembles `code` and, after it, every nested code object (depth first, in the
/// order they appear among the constants), each under a `Disassembly of ...:` header.
///
/// Each instruction line shows the source line when it changes, `>>` on jump targets,
/// the instruction index, the opcode name, its numeric argument and a readable form of
/// it in parentheses.
pub fn dis(code: &Code) -> String {
    let mut out = String::new();
    dis_into(code, &mut out);
    out
}

fn dis_into(code: &Code, out: &mut String) {
    let title = match code.kind {
        CodeKind::Module => code.qualname.to_string(),
        _ => format!("<code object {}>", code.qualname),
    };
    let _ = writeln!(
        out,
        "Disassembly of {} ({}, line {}){}:",
        title,
        code.filename,
        code.first_line,
        if code.is_generator {
            " (generator)"
        } else {
            ""
        }
    );
    let mut targets = vec![false; code.ops.len() + 1];
    for op in &code.ops {
        if let Some(t) = op.jump_target() {
            if let Some(slot) = targets.get_mut(t as usize) {
                *slot = true;
            }
        }
    }
    let mut last_line = None;
    for (pc, op) in code.ops.iter().enumerate() {
        let line = code.line_of(pc);
        let line_field = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            line.to_string()
        } else {
            String::new()
        };
        let mark = if targets[pc] { ">>" } else { "" };
        let (name, arg) = op_name_arg(op);
        let mut text = format!("{line_field:>4} {mark:>6} {pc:>4} {name:<20}");
        if let Some(arg) = arg {
            let _ = write!(text, " {arg:>5}");
            let readable = arg_repr(code, op);
            if !readable.is_empty() {
                let _ = write!(text, " ({readable})");
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            dis_into(inner, out);
        }
    }
}

/// The opcode's name and numeric argument.
pub fn op_name_arg(op: &Op) -> (&'static str, Option<u32>) {
    use Op::*;
    match *op {
        Nop => ("NOP", None),
        Resume => ("RESUME", Some(0)),
        LoadConst(i) => ("LOAD_CONST", Some(i)),
        LoadFast(i) => ("LOAD_FAST", Some(i)),
        LoadFastShared(i) => ("LOAD_FAST_SHARED", Some(i)),
        StoreFast(i) => ("STORE_FAST", Some(i)),
        DeleteFast(i) => ("DELETE_FAST", Some(i)),
        LoadDeref(i) => ("LOAD_DEREF", Some(i)),
        StoreDeref(i) => ("STORE_DEREF", Some(i)),
        LoadClosure(i) => ("LOAD_CLOSURE", Some(i)),
        LoadGlobal(i) => ("LOAD_GLOBAL", Some(i)),
        LoadGlobalShared(i) => ("LOAD_GLOBAL_SHARED", Some(i)),
        LoadGlobalAppend(i) => ("LOAD_GLOBAL_APPEND", Some(i)),
        StoreGlobal(i) => ("STORE_GLOBAL", Some(i)),
        DeleteGlobal(i) => ("DELETE_GLOBAL", Some(i)),
        LoadName(i) => ("LOAD_NAME", Some(i)),
        LoadNameShared(i) => ("LOAD_NAME_SHARED", Some(i)),
        StoreName(i) => ("STORE_NAME", Some(i)),
        DeleteName(i) => ("DELETE_NAME", Some(i)),
        LoadAttr(i) => ("LOAD_ATTR", Some(i)),
        StoreAttr(i) => ("STORE_ATTR", Some(i)),
        DeleteAttr(i) => ("DELETE_ATTR", Some(i)),
        LoadMethod(i) => ("LOAD_METHOD", Some(i)),
        BinarySubscr => ("BINARY_SUBSCR", None),
        StoreSubscr => ("STORE_SUBSCR", None),
        DeleteSubscr => ("DELETE_SUBSCR", None),
        BinaryOp(o) => ("BINARY_OP", Some(binop_index(o))),
        InplaceOp(o) => ("INPLACE_OP", Some(binop_index(o))),
        InplaceAppend => ("INPLACE_APPEND", Some(binop_index(BinOp::Add))),
        UnaryOp(o) => ("UNARY_OP", Some(o as u32)),
        CompareOp(o) => ("COMPARE_OP", Some(o as u32)),
        CompareSeq { left, right, op } => (
            "COMPARE_SEQ",
            Some((u32::from(left) << 16) | (u32::from(right) << 8) | op as u32),
        ),
        Pop => ("POP_TOP", None),
        Dup => ("DUP_TOP", None),
        Dup2 => ("DUP_TOP_TWO", None),
        Rot2 => ("ROT_TWO", None),
        Rot3 => ("ROT_THREE", None),
        Rot4 => ("ROT_FOUR", None),
        Jump(t) => ("JUMP_FORWARD", Some(t)),
        JumpBackward(t) => ("JUMP_BACKWARD", Some(t)),
        PopJumpIfFalse(t) => ("POP_JUMP_IF_FALSE", Some(t)),
        PopJumpIfTrue(t) => ("POP_JUMP_IF_TRUE", Some(t)),
        JumpIfFalseOrPop(t) => ("JUMP_IF_FALSE_OR_POP", Some(t)),
        JumpIfTrueOrPop(t) => ("JUMP_IF_TRUE_OR_POP", Some(t)),
        GetIter => ("GET_ITER", None),
        ForIter(t) => ("FOR_ITER", Some(t)),
        BuildList(n) => ("BUILD_LIST", Some(n)),
        BuildTuple(n) => ("BUILD_TUPLE", Some(n)),
        BuildSet(n) => ("BUILD_SET", Some(n)),
        BuildMap(n) => ("BUILD_MAP", Some(n)),
        BuildSlice(n) => ("BUILD_SLICE", Some(n)),
        BuildString(n) => ("BUILD_STRING", Some(n)),
        FormatValue(n) => ("FORMAT_VALUE", Some(n)),
        ListAppend(n) => ("LIST_APPEND", Some(n)),
        SetAdd(n) => ("SET_ADD", Some(n)),
        MapAdd(n) => ("MAP_ADD", Some(n)),
        ListExtend => ("LIST_EXTEND", None),
        ListToTuple => ("LIST_TO_TUPLE", None),
        DictUpdate => ("DICT_UPDATE", None),
        DictMerge => ("DICT_MERGE", None),
        UnpackSequence(n) => ("UNPACK_SEQUENCE", Some(n)),
        UnpackEx { before, after } => ("UNPACK_EX", Some(before as u32 | (after as u32) << 8)),
        MakeFunction(f) => ("MAKE_FUNCTION", Some(f)),
        Call(n) => ("CALL", Some(n)),
        CallKw(n) => ("CALL_KW", Some(n)),
        CallEx(f) => ("CALL_FUNCTION_EX", Some(f)),
        CallMethod(n) => ("CALL_METHOD", Some(n)),
        CallMethodKw(n) => ("CALL_METHOD_KW", Some(n)),
        ReturnValue => ("RETURN_VALUE", None),
        YieldValue => ("YIELD_VALUE", None),
        YieldFrom => ("YIELD_FROM", None),
        BuildClass(n) => ("BUILD_CLASS", Some(n)),
        ImportName(i) => ("IMPORT_NAME", Some(i)),
        ImportFrom(i) => ("IMPORT_FROM", Some(i)),
        SetupFinally(t) => ("SETUP_FINALLY", Some(t)),
        PopBlock => ("POP_BLOCK", None),
        PopExcept => ("POP_EXCEPT", None),
        Raise(n) => ("RAISE_VARARGS", Some(n)),
        Reraise => ("RERAISE", None),
        CheckExcMatch => ("CHECK_EXC_MATCH", None),
        CheckEgMatch => ("CHECK_EG_MATCH", None),
        PrepReraiseStar => ("PREP_RERAISE_STAR", None),
        SetupWith(t) => ("SETUP_WITH", Some(t)),
        WithExceptStart => ("WITH_EXCEPT_START", None),
        LoadAssertionError => ("LOAD_ASSERTION_ERROR", None),
        ImportStar => ("IMPORT_STAR", None),
        MatchSequence => ("MATCH_SEQUENCE", None),
        MatchMapping => ("MATCH_MAPPING", None),
        GetLen => ("GET_LEN", None),
        MatchKeys => ("MATCH_KEYS", None),
        CopyDictWithoutKeys => ("COPY_DICT_WITHOUT_KEYS", None),
        MatchClass(n) => ("MATCH_CLASS", Some(n)),
    }
}

fn binop_index(o: BinOp) -> u32 {
    o as u32
}

fn unary_symbol(o: UnaryOp) -> &'static str {
    match o {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Not => "not",
        UnaryOp::Invert => "~",
    }
}

fn cmp_symbol(o: CmpOp) -> &'static str {
    o.symbol()
}

/// The readable argument shown in parentheses (empty when there is nothing to add).
pub fn arg_repr(code: &Code, op: &Op) -> String {
    use Op::*;
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|s| s.to_string())
            .unwrap_or_else(|| "?".into())
    };
    let cell = |i: u32| {
        let i = i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
            .map(|s| s.to_string())
            .unwrap_or_else(|| "?".into())
    };
    match *op {
        LoadConst(i) => code
            .consts
            .get(i as usize)
            .map(const_repr)
            .unwrap_or_else(|| "?".into()),
        LoadFast(i) | LoadFastShared(i) | StoreFast(i) | DeleteFast(i) => code
            .varnames
            .get(i as usize)
            .map(|s| s.to_string())
            .unwrap_or_else(|| "?".into()),
        LoadDeref(i) | StoreDeref(i) | LoadClosure(i) => cell(i),
        LoadGlobal(i) | LoadGlobalShared(i) | LoadGlobalAppend(i) | StoreGlobal(i)
        | DeleteGlobal(i) | LoadName(i) | LoadNameShared(i) | StoreName(i) | DeleteName(i)
        | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i) | ImportName(i)
        | ImportFrom(i) => name(i),
        BinaryOp(o) => o.symbol().to_string(),
        InplaceOp(o) => format!("{}=", o.symbol()),
        InplaceAppend => "+= (in place)".to_string(),
        UnaryOp(o) => unary_symbol(o).to_string(),
        CompareOp(o) => cmp_symbol(o).to_string(),
        CompareSeq { left, right, op } => format!("{left} {} {right}", cmp_symbol(op)),
        Jump(t) | JumpBackward(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) | SetupWith(t) => format!("to {t}"),
        FormatValue(f) => {
            let conv = match f & 3 {
                1 => "str",
                2 => "repr",
                3 => "ascii",
                _ => "",
            };
            match (conv, f & 4 != 0) {
                ("", false) => String::new(),
                ("", true) => "with format".into(),
                (c, false) => c.into(),
                (c, true) => format!("{c}, with format"),
            }
        }
        MakeFunction(f) => {
            let parts: Vec<&str> = [
                (1, "defaults"),
                (2, "kwdefaults"),
                (4, "annotations"),
                (8, "closure"),
            ]
            .iter()
            .filter(|(bit, _)| f & bit != 0)
            .map(|(_, s)| *s)
            .collect();
            parts.join(", ")
        }
        UnpackEx { before, after } => format!("{before} before, {after} after"),
        CallEx(1) => "with kwargs".into(),
        CallEx(3) => "with mapping".into(),
        _ => String::new(),
    }
}

/// A constant as Python's `repr` shows it.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Complex(re, im) => {
            if *re == 0.0 && re.is_sign_positive() {
                format!("{}j", float_repr(*im).trim_end_matches(".0"))
            } else {
                format!("({}+{}j)", float_repr(*re), float_repr(*im))
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => format!("b{}", str_repr(&String::from_utf8_lossy(b))),
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::Code(code) => format!("<code object {}>", code.name),
    }
}

/// Python's `repr` of a str: single quotes unless the text has `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr` of a float: shortest round-trip digits, fixed notation for exponents
/// in -4..16, else `1e+16` style.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let sci = format!("{:e}", f.abs());
    let Some((mant, exp)) = sci.split_once('e') else {
        return format!("{f:?}");
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let body = if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            let (int, frac) = if digits.len() > e + 1 {
                (digits[..e + 1].to_string(), digits[e + 1..].to_string())
            } else {
                (format!("{digits:0<width$}", width = e + 1), "0".to_string())
            };
            format!("{int}.{frac}")
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        }
    } else {
        let mant = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{esign}{:02}", exp.abs())
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-7), "1.5e-07");
        assert_eq!(float_repr(123456.0), "123456.0");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(0.0), "0.0");
    }

    #[test]
    fn str_reprs_match_python() {
        assert_eq!(str_repr("a"), "'a'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\nb"), "'a\\nb'");
        assert_eq!(str_repr("'\""), "'\\'\"'");
    }
}
