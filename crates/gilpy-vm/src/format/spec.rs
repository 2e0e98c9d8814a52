//! The format-spec mini-language of `format()`, `str.format` and f-strings:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! [`parse_format_spec`] is value-agnostic; [`format_int`], [`format_i64`],
//! [`format_float`] and [`format_str`] render a value. An *empty* spec means
//! `str(value)` in Python (e.g. `format(True, '') == 'True'`), which the VM handles
//! before calling in here.

use super::error::FormatError;
use super::float::{bigint_to_float, fixed_string, sci_string, shortest_digits, sig_digits};
use num_bigint::BigInt;
use num_traits::Signed;

/// Widths and precisions above this are refused with `width too big` /
/// `precision too big` instead of allocating gigabytes (CPython would try).
pub const MAX_WIDTH: usize = 10_000_000;

/// Alignment of the padded field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

/// Sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignOpt {
    /// `+`: sign for positives too.
    Plus,
    /// `-`: sign for negatives only (the default).
    Minus,
    /// ` `: a space for positives.
    Space,
}

/// A parsed format spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (`' '` unless given, `'0'` with the `0` flag).
    pub fill: char,
    /// Alignment; `None` means the type's default (`<` for str, `>` for numbers).
    pub align: Option<Align>,
    /// Sign option if given.
    pub sign: Option<SignOpt>,
    /// `z`: coerce negative zero to positive after rounding (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum field width in characters.
    pub width: Option<usize>,
    /// `,` or `_` thousands separator.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type letter.
    pub ty: Option<char>,
    /// The `0` flag was used without explicit fill (makes numbers default to `=`).
    pub zero_pad: bool,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            zero_pad: false,
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads decimal digits at `*i`; `Ok(None)` if there are none.
/// More digits than fit an `i64` give CPython's `Too many decimal digits` error.
fn read_number(chars: &[char], i: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *i;
    let mut value: u64 = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d)))
            .filter(|&v| v <= i64::MAX as u64)
            .ok_or(FormatError::TooManyDigits)?;
        *i += 1;
    }
    if *i == start {
        Ok(None)
    } else {
        Ok(Some(usize::try_from(value).unwrap_or(usize::MAX)))
    }
}

/// Parses a format spec (the text after `:` in `{x:>10}`).
///
/// Errors for a malformed spec name the object type as `object`; use
/// [`FormatError::with_type_name`] or let the `format_*` functions (which re-check
/// and use their own type names) report them.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = FormatSpec::default();
    let mut i = 0;
    let mut fill_given = false;
    if chars.len() >= 2 && align_of(chars[1]).is_some() {
        s.fill = chars[0];
        s.align = align_of(chars[1]);
        fill_given = true;
        i = 2;
    } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
        s.align = Some(a);
        i = 1;
    }
    match chars.get(i) {
        Some('+') => s.sign = Some(SignOpt::Plus),
        Some('-') => s.sign = Some(SignOpt::Minus),
        Some(' ') => s.sign = Some(SignOpt::Space),
        _ => {}
    }
    if s.sign.is_some() {
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        s.no_neg_zero = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    // The `0` flag only counts when no explicit fill was given.
    if !fill_given && chars.get(i) == Some(&'0') {
        s.fill = '0';
        s.zero_pad = true;
        i += 1;
    }
    s.width = read_number(&chars, &mut i)?;
    if chars.get(i) == Some(&',') {
        s.grouping = Some(',');
        i += 1;
    }
    if chars.get(i) == Some(&'_') {
        if s.grouping.is_some() {
            return Err(FormatError::BothSeparators);
        }
        s.grouping = Some('_');
        i += 1;
    }
    if chars.get(i) == Some(&',') && s.grouping == Some('_') {
        return Err(FormatError::BothSeparators);
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        s.precision = read_number(&chars, &mut i)?;
        if s.precision.is_none() {
            return Err(FormatError::MissingPrecision);
        }
    }
    let rest = &chars[i..];
    if rest.len() > 1 {
        return Err(FormatError::InvalidFormatSpecifier {
            spec: spec.to_string(),
            type_name: "object".into(),
        });
    }
    s.ty = rest.first().copied();
    if let Some(sep) = s.grouping {
        let ok = match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !ok {
            return Err(FormatError::SeparatorWithType {
                sep,
                code: s.ty.unwrap_or(' '),
            });
        }
    }
    Ok(s)
}

fn check_sizes(spec: &FormatSpec) -> Result<(), FormatError> {
    if spec.width.is_some_and(|w| w > MAX_WIDTH) {
        return Err(FormatError::TooBig("width"));
    }
    if spec.precision.is_some_and(|p| p > MAX_WIDTH) {
        return Err(FormatError::TooBig("precision"));
    }
    Ok(())
}

/// Pads `body` (already complete) to `width` with `fill`. `=` is treated like `>`
/// here (numbers place that padding themselves).
fn pad(body: &str, width: Option<usize>, align: Align, fill: char) -> String {
    let len = body.chars().count();
    let width = width.unwrap_or(0);
    if len >= width {
        return body.to_string();
    }
    let total = width - len;
    let (left, right) = match align {
        Align::Left => (0, total),
        Align::Right | Align::AfterSign => (total, 0),
        Align::Center => (total / 2, total - total / 2),
    };
    let mut out = String::with_capacity(body.len() + total * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// Inserts `sep` every `group` digits from the right of `digits` (ASCII digits),
/// padding with zeros until the result is at least `min_width` long (the `0` flag
/// combined with grouping: `format(1234, '09,') == '0,001,234'`). The result never
/// starts with a separator.
fn group_digits(digits: &str, group: usize, sep: char, min_width: usize) -> String {
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut count = 0usize;
    for c in digits.chars().rev() {
        if count > 0 && count.is_multiple_of(group) {
            rev.push(sep);
        }
        rev.push(c);
        count += 1;
    }
    while rev.len() < min_width {
        if count > 0 && count.is_multiple_of(group) {
            rev.push(sep);
        }
        rev.push('0');
        count += 1;
    }
    rev.iter().rev().collect()
}

/// Assembles a number: `sign_prefix` (sign and `0x`), integer digits (grouped), and
/// `rest` (fraction, exponent, `%`), then pads it.
fn layout_number(
    sign_prefix: &str,
    int_digits: &str,
    rest: &str,
    spec: &FormatSpec,
    group: usize,
) -> String {
    let align = spec.align.unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    });
    let width = spec.width.unwrap_or(0);
    let fixed_len = sign_prefix.chars().count() + rest.chars().count();
    let grouped = match spec.grouping {
        Some(sep) => {
            let min = if align == Align::AfterSign && spec.fill == '0' {
                width.saturating_sub(fixed_len)
            } else {
                0
            };
            std::borrow::Cow::Owned(group_digits(int_digits, group, sep, min))
        }
        None => std::borrow::Cow::Borrowed(int_digits),
    };
    let len = fixed_len + grouped.chars().count();
    // One allocation for the result: fill, sign, digits, rest, fill.
    let total = width.saturating_sub(len);
    let (before, inner, after) = match align {
        Align::AfterSign => (0, total, 0),
        Align::Left => (0, 0, total),
        Align::Right => (total, 0, 0),
        Align::Center => (total / 2, 0, total - total / 2),
    };
    let mut out = String::with_capacity(
        sign_prefix.len() + grouped.len() + rest.len() + total * spec.fill.len_utf8(),
    );
    out.extend(std::iter::repeat_n(spec.fill, before));
    out.push_str(sign_prefix);
    out.extend(std::iter::repeat_n(spec.fill, inner));
    out.push_str(&grouped);
    out.push_str(rest);
    out.extend(std::iter::repeat_n(spec.fill, after));
    out
}

fn sign_str(negative: bool, sign: Option<SignOpt>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some(SignOpt::Plus)) => "+",
        (false, Some(SignOpt::Space)) => " ",
        _ => "",
    }
}

/// `format(s, spec)` for a `str` (type `s` or none).
///
/// ```
/// use gilpy_vm::format::{format_str, parse_format_spec};
/// assert_eq!(format_str("ab", &parse_format_spec("*^6").unwrap()).unwrap(), "**ab**");
/// ```
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    // CPython parses a str spec with default type `s`, so `,` fails even untyped.
    if let (Some(sep), None | Some('s')) = (spec.grouping, spec.ty) {
        return Err(FormatError::SeparatorWithType { sep, code: 's' });
    }
    if !matches!(spec.ty, None | Some('s')) {
        return Err(FormatError::UnknownFormatCode {
            code: spec.ty.unwrap_or('s'),
            type_name: "str".into(),
        });
    }
    match spec.sign {
        Some(SignOpt::Space) => {
            return Err(FormatError::NotAllowed(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::NotAllowed(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::NotAllowed(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::NotAllowed(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::NotAllowed(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_sizes(spec)?;
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(
        &body,
        spec.width,
        spec.align.unwrap_or(Align::Left),
        spec.fill,
    ))
}

/// `format(n, spec)` for an `int` (types `b c d o x X n`, none, and the float
/// types `e E f F g G %` which convert to float first). Errors name the type `int`;
/// see [`FormatError::with_type_name`] for `bool`.
///
/// ```
/// use gilpy_vm::format::{format_int, parse_format_spec};
/// let n = 1234567.into();
/// assert_eq!(format_int(&n, &parse_format_spec(",").unwrap()).unwrap(), "1,234,567");
/// ```
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let x = bigint_to_float(n).map_err(|_| FormatError::IntTooLargeForFloat)?;
        return format_float(x, spec);
    }
    let (radix, prefix) = match ty {
        'd' | 'n' | 'c' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => {
            return Err(FormatError::UnknownFormatCode {
                code: ty,
                type_name: "int".into(),
            })
        }
    };
    if spec.precision.is_some() {
        return Err(FormatError::NotAllowed(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::NotAllowed(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_sizes(spec)?;
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::NotAllowedWithC { what: "Sign" });
        }
        if spec.alternate {
            return Err(FormatError::NotAllowedWithC {
                what: "Alternate form (#)",
            });
        }
        // CPython converts to a C long first, which has its own overflow message.
        if i64::try_from(n).is_err() {
            return Err(FormatError::IntTooLargeForCLong);
        }
        let ch = u32::try_from(n)
            .ok()
            .filter(|&v| v < 0x110000)
            .ok_or(FormatError::CharOutOfRange)?;
        // Surrogates have no Rust `char`; U+FFFD stands in (documented deviation).
        let ch = char::from_u32(ch).unwrap_or('\u{fffd}');
        return Ok(layout_number("", &ch.to_string(), "", spec, 3));
    }
    let digits = n.magnitude().to_str_radix(radix);
    Ok(int_layout(n.is_negative(), digits, ty, prefix, spec))
}

/// Sign, prefix, digits (upper-cased for `X`) and padding of a formatted integer.
fn int_layout(
    negative: bool,
    mut digits: String,
    ty: char,
    prefix: &str,
    spec: &FormatSpec,
) -> String {
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let sign = sign_str(negative, spec.sign);
    let group = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
    if spec.alternate {
        layout_number(&format!("{sign}{prefix}"), &digits, "", spec, group)
    } else {
        layout_number(sign, &digits, "", spec, group)
    }
}

/// Fast path of [`format_int`] for machine integers.
pub fn format_i64(n: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    // Only the trivial common cases are special-cased; the rest share one code path.
    if spec.ty.is_none_or(|t| t == 'd')
        && spec.width.is_none()
        && spec.grouping.is_none()
        && spec.sign.is_none()
        && spec.precision.is_none()
        && !spec.no_neg_zero
    {
        return Ok(n.to_string());
    }
    // Plain integer presentations straight from the machine word (the rest, and every
    // error, through the general path).
    let (digits, prefix) = match spec.ty.unwrap_or('d') {
        'd' | 'n' => (n.unsigned_abs().to_string(), ""),
        'b' => (format!("{:b}", n.unsigned_abs()), "0b"),
        'o' => (format!("{:o}", n.unsigned_abs()), "0o"),
        'x' => (format!("{:x}", n.unsigned_abs()), "0x"),
        'X' => (format!("{:x}", n.unsigned_abs()), "0X"),
        _ => return format_int(&BigInt::from(n), spec),
    };
    if spec.precision.is_some() || spec.no_neg_zero {
        return format_int(&BigInt::from(n), spec);
    }
    check_sizes(spec)?;
    Ok(int_layout(
        n < 0,
        digits,
        spec.ty.unwrap_or('d'),
        prefix,
        spec,
    ))
}

/// `format(n, spec)` from the spec text: parses and formats, naming the type `int`
/// in every error (use [`FormatError::with_type_name`] for `bool`).
///
/// ```
/// use gilpy_vm::format::format_int_with_spec;
/// assert_eq!(format_int_with_spec(&255.into(), "#x").unwrap(), "0xff");
/// ```
pub fn format_int_with_spec(n: &BigInt, spec: &str) -> Result<String, FormatError> {
    parse_format_spec(spec)
        .and_then(|s| format_int(n, &s))
        .map_err(|e| e.with_type_name("int"))
}

/// `format(x, spec)` for a float from the spec text (errors name `float`).
pub fn format_float_with_spec(x: f64, spec: &str) -> Result<String, FormatError> {
    parse_format_spec(spec)
        .and_then(|s| format_float(x, &s))
        .map_err(|e| e.with_type_name("float"))
}

/// `format(s, spec)` for a str from the spec text (errors name `str`).
pub fn format_str_with_spec(s: &str, spec: &str) -> Result<String, FormatError> {
    parse_format_spec(spec)
        .and_then(|sp| format_str(s, &sp))
        .map_err(|e| e.with_type_name("str"))
}

/// Float presentation styles after resolving the spec's type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Exp,
    Fixed,
    General,
    /// No type but a precision: like `g`, keeps a `.0`, switches to exponent one
    /// digit earlier.
    GeneralDot0,
    /// No type, no precision: `repr`.
    Repr,
}

/// Renders finite `x >= 0` in `style` (lowercase `e`).
pub(crate) fn float_body(x: f64, style: Style, precision: usize, alt: bool) -> String {
    match style {
        Style::Fixed => {
            let mut s = format!("{:.*}", precision, x);
            if alt && precision == 0 {
                s.push('.');
            }
            s
        }
        Style::Exp => {
            let (d, decpt) = sig_digits(x, precision + 1);
            let mut s = sci_string(&d, decpt, 'e');
            if alt && precision == 0 {
                s.insert(1, '.');
            }
            s
        }
        Style::General | Style::GeneralDot0 | Style::Repr => {
            let (mut d, decpt, limit) = if style == Style::Repr {
                let (d, decpt) = shortest_digits(x);
                (d, decpt, 16)
            } else {
                let p = precision.max(1);
                let (d, decpt) = sig_digits(x, p);
                let limit = if style == Style::GeneralDot0 {
                    p - 1
                } else {
                    p
                };
                (d, decpt, limit as i64)
            };
            if !alt || style == Style::Repr {
                let kept = d.trim_end_matches('0').len().max(1);
                d.truncate(kept);
            }
            let dot0 = style != Style::General;
            let mut s = if decpt <= -4 || i64::from(decpt) > limit {
                sci_string(&d, decpt, 'e')
            } else {
                fixed_string(&d, decpt, usize::from(dot0))
            };
            if alt && !s.contains('.') {
                let at = s.find('e').unwrap_or(s.len());
                s.insert(at, '.');
            }
            s
        }
    }
}

/// `format(x, spec)` for a `float` (types `e E f F g G n %` and none).
///
/// ```
/// use gilpy_vm::format::{format_float, parse_format_spec};
/// assert_eq!(format_float(3.14159, &parse_format_spec(".2f").unwrap()).unwrap(), "3.14");
/// assert_eq!(format_float(1e20, &parse_format_spec("g").unwrap()).unwrap(), "1e+20");
/// ```
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let (style, upper, percent) = match spec.ty {
        None if spec.precision.is_some() => (Style::GeneralDot0, false, false),
        None => (Style::Repr, false, false),
        Some('e') => (Style::Exp, false, false),
        Some('E') => (Style::Exp, true, false),
        Some('f') => (Style::Fixed, false, false),
        Some('F') => (Style::Fixed, true, false),
        Some('g') | Some('n') => (Style::General, false, false),
        Some('G') => (Style::General, true, false),
        Some('%') => (Style::Fixed, false, true),
        Some(code) => {
            return Err(FormatError::UnknownFormatCode {
                code,
                type_name: "float".into(),
            })
        }
    };
    check_sizes(spec)?;
    let precision = spec.precision.unwrap_or(6);
    let value = if percent { x * 100.0 } else { x };
    let mut negative = value.is_sign_negative() && !value.is_nan();
    let mut body = if value.is_nan() {
        "nan".to_string()
    } else if value.is_infinite() {
        "inf".to_string()
    } else {
        float_body(value.abs(), style, precision, spec.alternate)
    };
    if upper {
        body.make_ascii_uppercase();
    }
    if percent {
        body.push('%');
    }
    if negative
        && spec.no_neg_zero
        && value.is_finite()
        && body.chars().all(|c| !matches!(c, '1'..='9'))
    {
        // `z`: the value rounded to zero, so the sign goes away.
        negative = false;
    }
    let head = sign_str(negative, spec.sign);
    let split = if value.is_finite() {
        body.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len())
    } else {
        0
    };
    let (int_part, rest) = body.split_at(split);
    if !value.is_finite() {
        // Non-finite values take padding but no digit grouping.
        let mut s = spec.clone();
        s.grouping = None;
        return Ok(layout_number(head, "", rest, &s, 3));
    }
    Ok(layout_number(head, int_part, rest, spec, 3))
}

/// `format(complex, spec)`: each part formatted as a float (the imaginary one always
/// signed, then `j`); without a presentation type the result reads like `str(z)`
/// (parentheses unless the real part is +0), with `precision` significant digits if
/// given. The whole is padded to the width, right-aligned by default.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    repr: impl Fn(f64, f64) -> String,
) -> Result<String, FormatError> {
    if spec.zero_pad || spec.align == Some(Align::AfterSign) {
        return Err(FormatError::NotAllowed(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    let mut part = spec.clone();
    part.width = None;
    part.align = None;
    part.fill = ' ';
    let body = match (spec.ty, spec.precision) {
        (None, None) => repr(re, im),
        (ty, _) => {
            let parens = ty.is_none();
            part.ty = Some(ty.unwrap_or('g'));
            let show_re = !parens || re != 0.0 || re.is_sign_negative();
            let re_s = if show_re {
                format_float(re, &part)?
            } else {
                String::new()
            };
            let mut im_part = part.clone();
            if show_re {
                im_part.sign = Some(SignOpt::Plus);
            }
            let im_s = format_float(im, &im_part)?;
            if parens && show_re {
                format!("({re_s}{im_s}j)")
            } else {
                format!("{re_s}{im_s}j")
            }
        }
    };
    Ok(pad(
        &body,
        spec.width,
        spec.align.unwrap_or(Align::Right),
        spec.fill,
    ))
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // 3.14159 is CPython test input, not pi
mod tests {
    use super::*;

    fn f(x: f64, s: &str) -> String {
        match parse_format_spec(s).and_then(|sp| format_float(x, &sp)) {
            Ok(v) => v,
            Err(e) => format!("ERR {e}"),
        }
    }
    fn i(n: i64, s: &str) -> String {
        match parse_format_spec(s).and_then(|sp| format_int(&BigInt::from(n), &sp)) {
            Ok(v) => v,
            Err(e) => format!("ERR {e}"),
        }
    }
    fn st(v: &str, s: &str) -> String {
        match parse_format_spec(s).and_then(|sp| format_str(v, &sp)) {
            Ok(v) => v,
            Err(e) => format!("ERR {e}"),
        }
    }

    // Every expectation below was printed by CPython 3.11's `format(value, spec)`.
    #[test]
    fn ints() {
        let cases: &[(i64, &str, &str)] = &[
            (7, ">4", "   7"),
            (1234567, ",", "1,234,567"),
            (255, "#x", "0xff"),
            (-3, "05d", "-0003"),
            (1234, "09,", "0,001,234"),
            (1234, "08,", "0,001,234"),
            (1234, "010,", "00,001,234"),
            (1234, "0=10,", "00,001,234"),
            (-1234, "010,", "-0,001,234"),
            (255, "#010x", "0x000000ff"),
            (255, "#010_x", "0x000_00ff"),
            (65, "5c", "    A"),
            (65, "<5c", "A    "),
            (7, "^4", " 7  "),
            (1234, "_b", "100_1101_0010"),
            (12345, "_x", "3039"),
            (12345, "_o", "3_0071"),
            (5, ".2f", "5.00"),
            (5, "%", "500.000000%"),
            (5, "g", "5"),
            (1234, "n", "1234"),
            (-5, " d", "-5"),
            (5, " d", " 5"),
            (5, "+d", "+5"),
            (100, "X", "64"),
            (100, "#X", "0X64"),
            (100, "#b", "0b1100100"),
            (100, "#o", "0o144"),
            (-100, "#x", "-0x64"),
            (0, "#x", "0x0"),
            (-12, "#o", "-0o14"),
            (5, "=^5", "==5=="),
            (5, "é^5", "éé5éé"),
            (1, "=x", "1"),
            (-1, "z.2f", "-1.00"),
        ];
        for &(n, s, want) in cases {
            assert_eq!(i(n, s), want, "format({n}, {s:?})");
        }
        let big = BigInt::from(1u8) << 100usize;
        let sp = parse_format_spec(",").unwrap();
        assert_eq!(
            format_int(&big, &sp).unwrap(),
            "1,267,650,600,228,229,401,496,703,205,376"
        );
        assert_eq!(format_i64(-42, &FormatSpec::default()).unwrap(), "-42");
        assert_eq!(
            format_i64(42, &parse_format_spec("+05").unwrap()).unwrap(),
            "+0042"
        );
    }

    #[test]
    fn int_errors() {
        assert_eq!(
            i(1, ".2d"),
            "ERR Precision not allowed in integer format specifier"
        );
        assert_eq!(
            i(1, "z"),
            "ERR Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            i(1, "+c"),
            "ERR Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            i(1, "#c"),
            "ERR Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(i(1 << 21, "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(i(-1, "c"), "ERR %c arg not in range(0x110000)");
        let sp = parse_format_spec("c").unwrap();
        assert_eq!(
            format_int(&(BigInt::from(1) << 63usize), &sp)
                .unwrap_err()
                .to_string(),
            "Python int too large to convert to C long"
        );
        assert_eq!(i(1, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(i(1, ",_"), "ERR Cannot specify both ',' and '_'.");
        assert_eq!(i(1, "_,"), "ERR Cannot specify both ',' and '_'.");
        assert_eq!(i(1, ",,"), "ERR Cannot specify ',' with ','.");
        assert_eq!(i(1, ",x"), "ERR Cannot specify ',' with 'x'.");
        assert_eq!(i(1, "_c"), "ERR Cannot specify '_' with 'c'.");
        assert_eq!(
            i(1, "q"),
            "ERR Unknown format code 'q' for object of type 'int'"
        );
        assert_eq!(
            i(1, "<<<"),
            "ERR Unknown format code '<' for object of type 'int'"
        );
        assert_eq!(
            i(1, "\u{1}"),
            "ERR Unknown format code '\\x1' for object of type 'int'"
        );
        assert_eq!(
            i(1, "é"),
            "ERR Unknown format code '\\xe9' for object of type 'int'"
        );
        assert_eq!(
            i(1, "99999999999999999999"),
            "ERR Too many decimal digits in format string"
        );
        assert_eq!(
            i(1, ".99999999999999999999"),
            "ERR Too many decimal digits in format string"
        );
        assert_eq!(i(1, "99999999999"), "ERR width too big");
        let e = parse_format_spec("ss").unwrap_err().with_type_name("int");
        assert_eq!(
            e.to_string(),
            "Invalid format specifier 'ss' for object of type 'int'"
        );
        let e = parse_format_spec("q")
            .and_then(|s| format_int(&BigInt::from(1), &s))
            .unwrap_err()
            .with_type_name("bool");
        assert_eq!(
            e.to_string(),
            "Unknown format code 'q' for object of type 'bool'"
        );
        let huge = num_traits::pow(BigInt::from(2), 2000);
        let sp = parse_format_spec("f").unwrap();
        assert_eq!(
            format_int(&huge, &sp).unwrap_err(),
            FormatError::IntTooLargeForFloat
        );
    }

    #[test]
    fn floats() {
        let inf = f64::INFINITY;
        let cases: &[(f64, &str, &str)] = &[
            (3.14159, ".2f", "3.14"),
            (0.25, ".1%", "25.0%"),
            (1e20, "g", "1e+20"),
            (12.0, "g", "12"),
            (inf, "010f", "0000000inf"),
            (inf, "010", "0000000inf"),
            (inf, "010,", "0000000inf"),
            (-inf, "f", "-inf"),
            (f64::NAN, "E", "NAN"),
            (-f64::NAN, "f", "nan"),
            (0.0, "#g", "0.00000"),
            (1e20, "#g", "1.00000e+20"),
            (1.0, "#.0f", "1."),
            (1.0, "#.0e", "1.e+00"),
            (1.0, ".0e", "1e+00"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0, "z", "0.0"),
            (-0.0, "zg", "0"),
            (f64::NEG_INFINITY, " zE", "-INF"),
            (-0.0, "+", "-0.0"),
            (-0.0, "f", "-0.000000"),
            (1234567.891, ",.2f", "1,234,567.89"),
            (1234567.891, "_", "1_234_567.891"),
            (1e16, ",", "1e+16"),
            (123456789.0, ",", "123,456,789.0"),
            (12345.6789, ",.3", "1.23e+04"),
            (1e-7, "", "1e-07"),
            (1e-7, ".3", "1e-07"),
            (100.0, ".3", "1e+02"),
            (1.0, ".3", "1.0"),
            (10.0, ".3", "10.0"),
            (1.5, "e", "1.500000e+00"),
            (1.5, "G", "1.5"),
            (1e-5, "G", "1E-05"),
            (1.0, "10.3", "       1.0"),
            (3.14159, "", "3.14159"),
            (3.14159, ".2", "3.1"),
            (0.5, ".0f", "0"),
            (1.5, ".0f", "2"),
            (2.5, ".0f", "2"),
            (123.456, ".0", "1e+02"),
            (1e16, ".17", "1e+16"),
            (1e15, ".16", "1e+15"),
            (1.0, "=+8", "+    1.0"),
            (-1.0, "=8", "-    1.0"),
            (-1.0, "08", "-00001.0"),
            (10.0, ".0%", "1000%"),
            (1e20, "#.1g", "1.e+20"),
            (100.0, "#.3g", "100."),
            (1.0, "#", "1.0"),
            (1e20, "#", "1.e+20"),
            (1.5, "#.3", "1.50"),
            (1000000.0, ",", "1,000,000.0"),
            (0.0, "e", "0.000000e+00"),
            (0.0, ".0e", "0e+00"),
            (1.0, "_%", "100.000000%"),
            (1e-5, ".3%", "0.001%"),
            (0.00001, "g", "1e-05"),
            (123456.0, "g", "123456"),
            (1234567.0, "g", "1.23457e+06"),
            (0.0001, "g", "0.0001"),
            (2.675, ".2f", "2.67"),
            (-1234.5, "+015,.2f", "-000,001,234.50"),
        ];
        for &(x, s, want) in cases {
            assert_eq!(f(x, s), want, "format({x}, {s:?})");
        }
        assert_eq!(
            f(1.0, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            f(1.0, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(f(1.0, "."), "ERR Format specifier missing precision");
        assert_eq!(f(1.0, ".99999999"), "ERR precision too big");
        assert_eq!(f(1e300, "f").len(), 308);
    }

    #[test]
    fn strings() {
        assert_eq!(st("ab", "*^6"), "**ab**");
        assert_eq!(
            format_str_with_spec("ab", "ss").unwrap_err().to_string(),
            "Invalid format specifier 'ss' for object of type 'str'"
        );
        assert_eq!(format_float_with_spec(0.25, ".1%").unwrap(), "25.0%");
        assert_eq!(st("ab", "*^7"), "**ab***");
        assert_eq!(st("ab", "05"), "ab000");
        assert_eq!(st("abc", ".2"), "ab");
        assert_eq!(st("héllo", ">7.3"), "    hél");
        assert_eq!(
            st("ab", "<<<"),
            "ERR Unknown format code '<' for object of type 'str'"
        );
        assert_eq!(
            st("s", "+"),
            "ERR Sign not allowed in string format specifier"
        );
        assert_eq!(
            st("s", "z"),
            "ERR Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            st("s", "#"),
            "ERR Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(
            st("s", "d"),
            "ERR Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(st("s", ","), "ERR Cannot specify ',' with 's'.");
        assert_eq!(
            st("x", "=5"),
            "ERR '=' alignment not allowed in string format specifier"
        );
    }
}
