//! printf-style `%` formatting (`'%-5d|' % x`), value-agnostic.
//!
//! [`parse_percent`] splits the template into [`PercentPiece`]s. [`render_percent`]
//! then walks them with VM callbacks; what it does for each [`PercentSpec`] is
//! CPython's order:
//!
//! 1. `key = Some(k)`: look `k` up in the mapping argument
//!    ([`FormatError::RequiresMapping`] if the argument is not a mapping, a `KeyError`
//!    if missing); the value found becomes the only positional argument left.
//! 2. `width == Some(Count::Star)`: take the next positional argument, which must be
//!    an int (else [`FormatError::StarWantsInt`], a `TypeError`); a negative value
//!    means left-justify with its absolute value as width.
//!    Same for `precision == Some(Count::Star)` (a negative precision counts as 0).
//! 3. Take the value: the next positional argument
//!    ([`FormatError::NotEnoughArguments`] when exhausted). A non-tuple argument is a
//!    single positional argument; so is a mapping used positionally.
//! 4. Call [`PercentSpec::kind`], which raises `unsupported format character` for
//!    unknown conversions (after the argument was fetched, as CPython does).
//! 5. Convert the value per kind (`%d` takes `int()` of an int/float/bool or fails
//!    with [`FormatError::WrongArgType`] "a real number is required"; `%x/%o` need an
//!    integer — "an integer is required"; `%f` takes `float()` or fails with
//!    [`FormatError::MustBeRealNumber`]; `%s/%r/%a` take
//!    `str`/`repr`/`ascii`; `%c` takes an int or a one-character str) and call
//!    [`percent_format_int`], [`percent_format_float`], [`percent_format_str`] or
//!    [`percent_format_char`].
//! 6. At the end, positional arguments left over (never with a mapping argument)
//!    raise [`FormatError::NotAllConverted`].

use super::error::FormatError;
use super::float::bigint_to_float;
use super::spec::{float_body, Style, MAX_WIDTH};
use num_bigint::BigInt;
use num_traits::Signed;

/// A width or precision: a number or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Given in the template.
    Fixed(usize),
    /// `*`: the next positional argument.
    Star,
}

/// Conversion flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify (wins over `0`).
    pub left: bool,
    /// `+`: always a sign (wins over space).
    pub plus: bool,
    /// ` `: a space before positive numbers.
    pub space: bool,
    /// `#`: alternate form (`0x`, `0o`, keep the point and trailing zeros).
    pub alternate: bool,
    /// `0`: zero-pad numbers.
    pub zero: bool,
}

/// One `%...c` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s` mapping key.
    pub key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Width.
    pub width: Option<Count>,
    /// Precision.
    pub precision: Option<Count>,
    /// Conversion character (validated by [`PercentSpec::kind`]).
    pub conversion: char,
    /// Character index of the conversion in the template (for error messages).
    pub index: usize,
}

/// Template pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Spec(PercentSpec),
}

/// What a conversion needs from the VM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentKind {
    /// `d i u`: an int (`int()` of a real number).
    Decimal,
    /// `o x X`: an integer (`__index__`).
    Integer,
    /// `e E f F g G`: a float.
    Float,
    /// `s`: `str(value)`.
    Str,
    /// `r`: `repr(value)`.
    Repr,
    /// `a`: `ascii(value)`.
    Ascii,
    /// `c`: an int code point or a one-character str.
    Char,
}

impl PercentSpec {
    /// Classifies the conversion, or CPython's
    /// `unsupported format character 'y' (0x79) at index 3` (ValueError).
    pub fn kind(&self) -> Result<PercentKind, FormatError> {
        Ok(match self.conversion {
            'd' | 'i' | 'u' => PercentKind::Decimal,
            'o' | 'x' | 'X' => PercentKind::Integer,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentKind::Float,
            's' => PercentKind::Str,
            'r' => PercentKind::Repr,
            'a' => PercentKind::Ascii,
            'c' => PercentKind::Char,
            ch => {
                return Err(FormatError::UnsupportedFormatChar {
                    ch,
                    index: self.index,
                })
            }
        })
    }
}

/// Reads digits for a width/precision, refusing values over [`MAX_WIDTH`].
fn read_count(
    chars: &[char],
    i: &mut usize,
    what: &'static str,
) -> Result<Option<Count>, FormatError> {
    if chars.get(*i) == Some(&'*') {
        *i += 1;
        return Ok(Some(Count::Star));
    }
    let start = *i;
    let mut v: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= MAX_WIDTH)
            .ok_or(FormatError::TooBig(what))?;
        *i += 1;
    }
    Ok((*i > start).then_some(Count::Fixed(v)))
}

/// Parses a `%` template.
///
/// Errors: `incomplete format`, `incomplete format key`, `width too big`,
/// `precision too big` (all ValueError). Unknown conversion letters are *not*
/// rejected here (see [`PercentSpec::kind`]).
///
/// ```
/// use gilpy_vm::format::{parse_percent, PercentPiece};
/// let pieces = parse_percent("%d%%").unwrap();
/// assert_eq!(pieces.len(), 2);
/// assert_eq!(pieces[1], PercentPiece::Literal("%".into()));
/// ```
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, FormatError> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            lit.push(c);
            continue;
        }
        if chars.get(i) == Some(&'%') {
            lit.push('%');
            i += 1;
            continue;
        }
        let mut key = None;
        if chars.get(i) == Some(&'(') {
            // Keys may contain balanced parentheses: `%(a(b))s`.
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(FormatError::IncompleteFormatKey);
            }
            key = Some(chars[start..j - 1].iter().collect());
            i = j;
        }
        let mut flags = PercentFlags::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let width = read_count(&chars, &mut i, "width")?;
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            precision = Some(read_count(&chars, &mut i, "precision")?.unwrap_or(Count::Fixed(0)));
        }
        // C length modifiers are accepted and ignored, as in CPython.
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conversion) = chars.get(i) else {
            return Err(FormatError::IncompleteFormat);
        };
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        pieces.push(PercentPiece::Spec(PercentSpec {
            key,
            flags,
            width,
            precision,
            conversion,
            index: i,
        }));
        i += 1;
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    Ok(pieces)
}

/// Resolves the effective width and flags: a negative `*` width left-justifies.
fn effective(spec: &PercentSpec, width: Option<i64>) -> Result<(usize, PercentFlags), FormatError> {
    let mut flags = spec.flags;
    let w = match width {
        Some(w) if w < 0 => {
            flags.left = true;
            w.unsigned_abs()
        }
        Some(w) => w as u64,
        None => 0,
    };
    if w > MAX_WIDTH as u64 {
        return Err(FormatError::TooBig("width"));
    }
    Ok((w as usize, flags))
}

fn effective_precision(precision: Option<i64>) -> Result<Option<usize>, FormatError> {
    match precision {
        None => Ok(None),
        Some(p) if p < 0 => Ok(Some(0)),
        Some(p) if p as u64 > MAX_WIDTH as u64 => Err(FormatError::TooBig("precision")),
        Some(p) => Ok(Some(p as usize)),
    }
}

/// Pads a number made of `head` (sign, prefix) and `body` digits.
fn pad_number(head: &str, body: &str, width: usize, flags: PercentFlags) -> String {
    let len = head.chars().count() + body.chars().count();
    let n = width.saturating_sub(len);
    // One allocation: no `format!` machinery for a few string pieces.
    let mut out = String::with_capacity(head.len() + body.len() + n);
    let fill = |out: &mut String, c: char| out.extend(std::iter::repeat_n(c, n));
    if flags.left {
        out.push_str(head);
        out.push_str(body);
        fill(&mut out, ' ');
    } else if flags.zero {
        out.push_str(head);
        fill(&mut out, '0');
        out.push_str(body);
    } else {
        fill(&mut out, ' ');
        out.push_str(head);
        out.push_str(body);
    }
    out
}

fn sign_of(negative: bool, flags: PercentFlags) -> &'static str {
    if negative {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    }
}

/// Formats an integer for `d i u o x X` (and `e f g...` by converting to float).
/// `width`/`precision` are the resolved values (from the template or `*`).
/// Precision is the minimum number of digits (`'%.3d' % 5 == '005'`).
pub fn percent_format_int(
    n: &BigInt,
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, FormatError> {
    let (radix, prefix, upper) = match spec.kind()? {
        PercentKind::Float => {
            let x = bigint_to_float(n).map_err(|_| FormatError::IntTooLargeForFloat)?;
            return percent_format_float(x, spec, width, precision);
        }
        _ => match spec.conversion {
            'o' => (8, "0o", false),
            'x' => (16, "0x", false),
            'X' => (16, "0X", true),
            _ => (10, "", false),
        },
    };
    let digits = n.magnitude().to_str_radix(radix);
    int_layout(
        n.is_negative(),
        digits,
        (prefix, upper),
        spec,
        width,
        precision,
    )
}

/// [`percent_format_int`] for a machine integer: the same text without a `BigInt`.
pub fn percent_format_i64(
    n: i64,
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, FormatError> {
    let u = n.unsigned_abs();
    let (digits, prefix, upper) = match spec.kind()? {
        PercentKind::Float => return percent_format_float(n as f64, spec, width, precision),
        _ => match spec.conversion {
            'o' => (format!("{u:o}"), "0o", false),
            'x' => (format!("{u:x}"), "0x", false),
            'X' => (format!("{u:x}"), "0X", true),
            _ => (u.to_string(), "", false),
        },
    };
    int_layout(n < 0, digits, (prefix, upper), spec, width, precision)
}

/// Precision (minimum digits), sign, `#` prefix and padding of an integer's digits.
fn int_layout(
    negative: bool,
    mut digits: String,
    (prefix, upper): (&str, bool),
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, FormatError> {
    let (w, flags) = effective(spec, width)?;
    let prec = effective_precision(precision)?;
    if upper {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = prec {
        if digits.len() < p {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    let mut head = sign_of(negative, flags).to_string();
    if flags.alternate {
        head.push_str(prefix);
    }
    Ok(pad_number(&head, &digits, w, flags))
}

/// Formats a float for `e E f F g G` (default precision 6; `#` keeps the point and,
/// for `g`, trailing zeros).
pub fn percent_format_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, FormatError> {
    let (style, upper) = match spec.conversion {
        'e' => (Style::Exp, false),
        'E' => (Style::Exp, true),
        'f' => (Style::Fixed, false),
        'F' => (Style::Fixed, true),
        'g' => (Style::General, false),
        'G' => (Style::General, true),
        _ => {
            return Err(FormatError::UnsupportedFormatChar {
                ch: spec.conversion,
                index: spec.index,
            })
        }
    };
    let (w, flags) = effective(spec, width)?;
    let prec = effective_precision(precision)?.unwrap_or(6);
    let mut body = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        float_body(x.abs(), style, prec, flags.alternate)
    };
    if upper {
        body.make_ascii_uppercase();
    }
    let negative = x.is_sign_negative() && !x.is_nan();
    Ok(pad_number(sign_of(negative, flags), &body, w, flags))
}

/// Formats already converted text for `%s`, `%r`, `%a` (precision truncates,
/// counted in characters; the `0` flag does not apply to text).
pub fn percent_format_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, FormatError> {
    let (w, flags) = effective(spec, width)?;
    let body: String = match effective_precision(precision)? {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let flags = PercentFlags {
        zero: false,
        ..flags
    };
    Ok(pad_number("", &body, w, flags))
}

/// Formats `%c` (precision is ignored, as in CPython).
pub fn percent_format_char(
    c: char,
    spec: &PercentSpec,
    width: Option<i64>,
) -> Result<String, FormatError> {
    percent_format_str(&c.to_string(), spec, width, None)
}

/// `%c` with an int argument: the code point, or
/// `OverflowError: %c arg not in range(0x110000)`. Surrogates (no Rust `char`)
/// become U+FFFD (deviation).
pub fn percent_char_from_int(n: &BigInt) -> Result<char, FormatError> {
    let cp = u32::try_from(n)
        .ok()
        .filter(|&v| v < 0x110000)
        .ok_or(FormatError::CharOutOfRange)?;
    Ok(char::from_u32(cp).unwrap_or('\u{fffd}'))
}

/// `%c` with a str argument: exactly one character, else
/// `TypeError: %c requires int or char`.
pub fn percent_char_from_str(s: &str) -> Result<char, FormatError> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(FormatError::CharRequiresIntOrChar),
    }
}

/// The right-hand operand of `fmt % args`, as the VM classifies it.
#[derive(Debug, Clone, Copy)]
pub enum PercentArgs<'a, V> {
    /// A tuple: its items are the positional arguments.
    Tuple(&'a [V]),
    /// Any other object: one positional argument. `is_mapping` (a mapping that is
    /// not a tuple or str, e.g. a dict) enables `%(key)s` and disables the
    /// "not all arguments converted" check.
    Single {
        /// The object.
        value: &'a V,
        /// Whether it is a mapping.
        is_mapping: bool,
    },
}

/// The conversion callback of [`PercentCallbacks`]: value, spec, kind, resolved
/// width and precision in; formatted text out.
/// (`'a` lets the callback borrow the VM; a bare `dyn` alias would demand `'static`.)
pub type ConvertFn<'a, V, E> =
    dyn FnMut(&V, &PercentSpec, PercentKind, Option<i64>, Option<i64>) -> Result<String, E> + 'a;

/// Callbacks [`render_percent`] uses to reach the VM's values.
pub struct PercentCallbacks<'f, V, E> {
    /// `mapping[key]` (the VM raises `KeyError` itself).
    pub lookup_key: &'f mut dyn FnMut(&V, &str) -> Result<V, E>,
    /// A `*` width or precision: the int value, or [`FormatError::StarWantsInt`].
    pub star: &'f mut dyn FnMut(&V) -> Result<i64, E>,
    /// Converts the value for the conversion kind and calls the matching
    /// `percent_format_*` function with the resolved width and precision.
    pub convert: &'f mut ConvertFn<'f, V, E>,
}

/// Which argument comes next (CPython's `argidx`/`arglen` bookkeeping).
enum Cursor<'a, V> {
    Tuple { items: &'a [V], next: usize },
    One { value: V, used: bool },
}

/// Runs a parsed `%` template against its arguments in CPython's order: mapping key,
/// `*` width, `*` precision, value, conversion check, conversion. After a
/// `%(key)` spec the looked-up value is the only positional argument left (so
/// `'%(a)s %s' % {'a': 1}` fails with `not enough arguments`, as in CPython).
///
/// ```
/// use gilpy_vm::format::*;
/// let pieces = parse_percent("%s=%5.1f").unwrap();
/// let args = [String::from("x"), String::from("2.25")];
/// let out = render_percent::<String, FormatError>(
///     &pieces,
///     PercentArgs::Tuple(&args),
///     PercentCallbacks {
///         lookup_key: &mut |_, _| Err(FormatError::RequiresMapping),
///         star: &mut |_| Err(FormatError::StarWantsInt),
///         convert: &mut |v, spec, kind, w, p| match kind {
///             PercentKind::Float => percent_format_float(v.parse().unwrap(), spec, w, p),
///             _ => percent_format_str(v, spec, w, p),
///         },
///     },
/// );
/// assert_eq!(out.unwrap(), "x=  2.2");
/// ```
pub fn render_percent<V: Clone, E: From<FormatError>>(
    pieces: &[PercentPiece],
    args: PercentArgs<'_, V>,
    cb: PercentCallbacks<'_, V, E>,
) -> Result<String, E> {
    let (mapping, mut cursor) = match args {
        PercentArgs::Tuple(items) => (None, Cursor::Tuple { items, next: 0 }),
        PercentArgs::Single { value, is_mapping } => (
            is_mapping.then_some(value),
            Cursor::One {
                value: value.clone(),
                used: false,
            },
        ),
    };
    fn next_arg<V: Clone>(c: &mut Cursor<'_, V>) -> Result<V, FormatError> {
        match c {
            Cursor::Tuple { items, next } => {
                let v = items.get(*next).ok_or(FormatError::NotEnoughArguments)?;
                *next += 1;
                Ok(v.clone())
            }
            Cursor::One { value, used } if !*used => {
                *used = true;
                Ok(value.clone())
            }
            Cursor::One { .. } => Err(FormatError::NotEnoughArguments),
        }
    }
    let mut out = String::new();
    for piece in pieces {
        let spec = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        if let Some(key) = &spec.key {
            let map = mapping.ok_or(FormatError::RequiresMapping)?;
            cursor = Cursor::One {
                value: (cb.lookup_key)(map, key)?,
                used: false,
            };
        }
        let width = match spec.width {
            Some(Count::Star) => Some((cb.star)(&next_arg(&mut cursor)?)?),
            Some(Count::Fixed(n)) => Some(n as i64),
            None => None,
        };
        let precision = match spec.precision {
            Some(Count::Star) => Some((cb.star)(&next_arg(&mut cursor)?)?),
            Some(Count::Fixed(n)) => Some(n as i64),
            None => None,
        };
        let value = next_arg(&mut cursor)?;
        let kind = spec.kind()?;
        out.push_str(&(cb.convert)(&value, spec, kind, width, precision)?);
    }
    let leftover = match &cursor {
        Cursor::Tuple { items, next } => *next < items.len(),
        Cursor::One { used, .. } => !*used,
    };
    if leftover && mapping.is_none() {
        return Err(FormatError::NotAllConverted.into());
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // 3.14159 is CPython test input, not pi
mod tests {
    use super::*;

    fn spec_of(fmt: &str) -> PercentSpec {
        parse_percent(fmt)
            .unwrap()
            .into_iter()
            .find_map(|p| match p {
                PercentPiece::Spec(s) => Some(s),
                _ => None,
            })
            .unwrap()
    }

    fn fixed(c: Option<Count>) -> Option<i64> {
        match c {
            Some(Count::Fixed(n)) => Some(n as i64),
            _ => None,
        }
    }

    fn int(fmt: &str, n: i64) -> String {
        let s = spec_of(fmt);
        percent_format_int(&BigInt::from(n), &s, fixed(s.width), fixed(s.precision)).unwrap()
    }

    fn flt(fmt: &str, x: f64) -> String {
        let s = spec_of(fmt);
        percent_format_float(x, &s, fixed(s.width), fixed(s.precision)).unwrap()
    }

    fn text(fmt: &str, v: &str) -> String {
        let s = spec_of(fmt);
        percent_format_str(v, &s, fixed(s.width), fixed(s.precision)).unwrap()
    }

    // Expected values are CPython 3.11's `fmt % value`.
    #[test]
    fn ints() {
        assert_eq!(int("%+4i", 5), "  +5");
        assert_eq!(int("%x", 255), "ff");
        assert_eq!(int("%X", 255), "FF");
        assert_eq!(int("%#X", 255), "0XFF");
        assert_eq!(int("%#o", 8), "0o10");
        assert_eq!(int("%o", -8), "-10");
        assert_eq!(int("%#5o", 8), " 0o10");
        assert_eq!(int("%.3d", 5), "005");
        assert_eq!(int("%.3d", -5), "-005");
        assert_eq!(int("%05x", -255), "-00ff");
        assert_eq!(int("%#06x", 255), "0x00ff");
        assert_eq!(int("%#x", 0), "0x0");
        assert_eq!(int("%-05d", 3), "3    ");
        assert_eq!(int("%0-5d", 3), "3    ");
        assert_eq!(int("% d", 5), " 5");
        assert_eq!(int("%+ d", 5), "+5");
        assert_eq!(int("% +d", 5), "+5");
        assert_eq!(int("%+05d", -3), "-0003");
        assert_eq!(int("%5.3x", 10), "  00a");
        assert_eq!(int("%#.3x", 10), "0x00a");
        assert_eq!(int("%#.3o", 8), "0o010");
        assert_eq!(int("%ld", 5), "5");
        assert_eq!(int("%u", -3), "-3");
        assert_eq!(int("%.2f", 3), "3.00");
        let s = spec_of("%*d");
        assert_eq!(s.width, Some(Count::Star));
        assert_eq!(
            percent_format_int(&BigInt::from(3), &s, Some(5), None).unwrap(),
            "    3"
        );
        assert_eq!(
            percent_format_int(&BigInt::from(3), &s, Some(-5), None).unwrap(),
            "3    "
        );
    }

    #[test]
    fn floats() {
        assert_eq!(flt("%.2f", 3.14159), "3.14");
        assert_eq!(flt("%05.1f", 2.25), "002.2");
        assert_eq!(flt("%e", 12345.678), "1.234568e+04");
        assert_eq!(flt("%g", 0.00001), "1e-05");
        assert_eq!(flt("%05f", f64::INFINITY), "00inf");
        assert_eq!(flt("%#.0f", 1.0), "1.");
        assert_eq!(flt("%#g", 1.0), "1.00000");
        assert_eq!(flt("%.0e", 12345.0), "1e+04");
        assert_eq!(flt("%10.3e", -12345.0), "-1.234e+04");
        assert_eq!(flt("%-+5.1f", 2.0), "+2.0 ");
        assert_eq!(flt("% 08.2f", -2.5), "-0002.50");
        assert_eq!(flt("%+.3e", 0.0), "+0.000e+00");
        assert_eq!(flt("%g", 1e16), "1e+16");
        assert_eq!(flt("%g", 123456789.0), "1.23457e+08");
        assert_eq!(flt("%.3g", 1234.5), "1.23e+03");
        assert_eq!(flt("%.0f", 0.5), "0");
        assert_eq!(flt("%F", f64::NAN), "NAN");
        assert_eq!(flt("%f", 1e300).len(), 308);
    }

    #[test]
    fn strings_and_chars() {
        assert_eq!(text("%-12s", "ab"), "ab          ");
        assert_eq!(text("%5s", "abcdefg"), "abcdefg");
        assert_eq!(text("%.3s", "abcdef"), "abc");
        assert_eq!(text("%05s", "ab"), "   ab");
        assert_eq!(text("%5.1s", "abc"), "    a");
        assert_eq!(text("%.1r", "'xyz'"), "'");
        let s = spec_of("%-3c");
        assert_eq!(percent_format_char('A', &s, fixed(s.width)).unwrap(), "A  ");
        assert_eq!(percent_char_from_int(&BigInt::from(65)).unwrap(), 'A');
        assert_eq!(
            percent_char_from_int(&BigInt::from(0x110000))
                .unwrap_err()
                .to_string(),
            "%c arg not in range(0x110000)"
        );
        assert_eq!(
            percent_char_from_str("ab").unwrap_err().to_string(),
            "%c requires int or char"
        );
    }

    /// A toy value type standing in for the VM's objects.
    #[derive(Clone, Debug)]
    enum V {
        I(i64),
        S(&'static str),
        Map(Vec<(&'static str, V)>),
    }

    fn run(fmt: &str, args: PercentArgs<'_, V>) -> Result<String, FormatError> {
        let pieces = parse_percent(fmt)?;
        render_percent(
            &pieces,
            args,
            PercentCallbacks {
                lookup_key: &mut |m, k| match m {
                    V::Map(items) => Ok(items.iter().find(|(n, _)| *n == k).unwrap().1.clone()),
                    _ => Err(FormatError::RequiresMapping),
                },
                star: &mut |v| match v {
                    V::I(n) => Ok(*n),
                    _ => Err(FormatError::StarWantsInt),
                },
                convert: &mut |v, spec, kind, w, p| match (v, kind) {
                    (V::I(n), PercentKind::Decimal | PercentKind::Integer | PercentKind::Float) => {
                        percent_format_int(&BigInt::from(*n), spec, w, p)
                    }
                    (V::I(n), _) => percent_format_str(&n.to_string(), spec, w, p),
                    (V::S(s), _) => percent_format_str(s, spec, w, p),
                    (V::Map(_), _) => percent_format_str("{map}", spec, w, p),
                },
            },
        )
    }

    // Outcomes are CPython 3.11's for the same `fmt % args`.
    #[test]
    fn rendering_protocol() {
        let t = |items: &[V], fmt: &str| match run(fmt, PercentArgs::Tuple(items)) {
            Ok(s) => s,
            Err(e) => format!("ERR {e}"),
        };
        let one = |v: &V, fmt: &str, is_mapping: bool| match run(
            fmt,
            PercentArgs::Single {
                value: v,
                is_mapping,
            },
        ) {
            Ok(s) => s,
            Err(e) => format!("ERR {e}"),
        };
        assert_eq!(t(&[V::S("a"), V::S("b")], "%s and %s"), "a and b");
        assert_eq!(one(&V::I(3), "count: %d items", false), "count: 3 items");
        assert_eq!(t(&[], "%s"), "ERR not enough arguments for format string");
        assert_eq!(
            t(&[V::I(1)], "%s %s"),
            "ERR not enough arguments for format string"
        );
        assert_eq!(
            t(&[V::I(1), V::I(2)], "%s"),
            "ERR not all arguments converted during string formatting"
        );
        assert_eq!(
            one(&V::I(5), "abc", false),
            "ERR not all arguments converted during string formatting"
        );
        assert_eq!(t(&[V::I(5), V::I(3)], "%*d"), "    3");
        assert_eq!(t(&[V::I(-5), V::I(3)], "%*d|"), "3    |");
        assert_eq!(t(&[V::S("x"), V::I(3)], "%*d"), "ERR * wants int");
        assert_eq!(
            t(&[V::I(1), V::I(2)], "%s %y"),
            "ERR unsupported format character 'y' (0x79) at index 4"
        );
        assert_eq!(t(&[], "%z"), "ERR not enough arguments for format string");
        assert_eq!(t(&[V::I(1)], "%(a)s"), "ERR format requires a mapping");
        let m = V::Map(vec![("a", V::I(1)), ("b", V::I(2))]);
        assert_eq!(one(&m, "%(a)s-%(b)d", true), "1-2");
        assert_eq!(one(&m, "%s", true), "{map}");
        assert_eq!(one(&m, "no specs", true), "no specs");
        assert_eq!(
            one(&m, "%(a)s %s", true),
            "ERR not enough arguments for format string"
        );
        assert_eq!(one(&m, "%s %(a)s", true), "{map} 1");
        assert_eq!(
            one(&m, "%(a)*d", true),
            "ERR not enough arguments for format string"
        );
    }

    #[test]
    fn parsing() {
        let p = parse_percent("count: %d items").unwrap();
        assert_eq!(p.len(), 3);
        assert_eq!(p[0], PercentPiece::Literal("count: ".into()));
        let p = parse_percent("%(a)s-%(b)d%%").unwrap();
        assert!(matches!(&p[0], PercentPiece::Spec(s) if s.key.as_deref() == Some("a")));
        assert_eq!(p[3], PercentPiece::Literal("%".into()));
        let s = spec_of("%(a(b))s");
        assert_eq!(s.key.as_deref(), Some("a(b)"));
        assert_eq!(
            parse_percent("%").unwrap_err().to_string(),
            "incomplete format"
        );
        assert_eq!(
            parse_percent("abc%").unwrap_err().to_string(),
            "incomplete format"
        );
        assert_eq!(
            parse_percent("%(a").unwrap_err().to_string(),
            "incomplete format key"
        );
        assert_eq!(
            parse_percent("%99999999999d").unwrap_err().to_string(),
            "width too big"
        );
        assert_eq!(
            parse_percent("%.99999999999d").unwrap_err().to_string(),
            "precision too big"
        );
        let s = spec_of("%s %y");
        assert_eq!(s.kind().unwrap(), PercentKind::Str);
        let p = parse_percent("%s %y").unwrap();
        let PercentPiece::Spec(y) = &p[2] else {
            panic!()
        };
        assert_eq!(
            y.kind().unwrap_err().to_string(),
            "unsupported format character 'y' (0x79) at index 4"
        );
        let s = spec_of("%é");
        assert_eq!(
            s.kind().unwrap_err().to_string(),
            "unsupported format character '?' (0xe9) at index 1"
        );
        let s = spec_of("%5%");
        assert_eq!(
            s.kind().unwrap_err().to_string(),
            "unsupported format character '%' (0x25) at index 2"
        );
        let s = spec_of("%.*f");
        assert_eq!(s.precision, Some(Count::Star));
        assert_eq!(
            percent_format_float(3.14159, &s, None, Some(2)).unwrap(),
            "3.14"
        );
        // Error classes the VM raises.
        use super::super::error::PyErrorKind;
        assert_eq!(
            FormatError::NotEnoughArguments.kind(),
            PyErrorKind::TypeError
        );
        assert_eq!(FormatError::NotAllConverted.kind(), PyErrorKind::TypeError);
        assert_eq!(
            FormatError::IncompleteFormat.kind(),
            PyErrorKind::ValueError
        );
        assert_eq!(
            FormatError::CharOutOfRange.kind(),
            PyErrorKind::OverflowError
        );
    }
}
