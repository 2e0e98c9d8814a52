//! `int(str, base)`, `float(str)` and integer-to-text conversion.

use super::repr::str_repr;
use super::unicode::{decimal_value, in_table, SPACE};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// CPython 3.11's default `sys.get_int_max_str_digits()`: decimal (non power-of-two
/// base) conversions of longer numbers raise `ValueError`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Why a string did not convert. Every variant is raised as `ValueError`; `Display`
/// gives CPython's message (the input's `repr` is computed here).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// `int() base must be >= 2 and <= 36, or 0`
    #[error("int() base must be >= 2 and <= 36, or 0")]
    InvalidBase,
    /// `invalid literal for int() with base 10: 'nope'` (repr cut to 200 characters,
    /// as CPython's `%.200R` does).
    #[error("invalid literal for int() with base {base}: {repr}")]
    InvalidInt {
        /// The base as the user passed it (0 stays 0).
        base: u32,
        /// `repr` of the original argument, at most 200 characters.
        repr: String,
    },
    /// `could not convert string to float: 'x'`
    #[error("could not convert string to float: {repr}")]
    InvalidFloat {
        /// `repr` of the original argument.
        repr: String,
    },
    /// The 4300-digit limit of CPython 3.11.
    #[error("Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit")]
    TooManyDigits {
        /// The limit in force.
        limit: usize,
        /// Digits in the input.
        digits: usize,
    },
}

impl ParseError {
    /// The message, as `Display` gives it, built without the formatting machinery for
    /// the two common cases (a failed `int(s)`/`float(s)` is often control flow).
    pub fn message(&self) -> String {
        match self {
            ParseError::InvalidInt { base, repr } => {
                let mut m = String::with_capacity(44 + repr.len());
                m.push_str("invalid literal for int() with base ");
                m.push_str(match base {
                    10 => "10",
                    0 => "0",
                    _ => return self.to_string(),
                });
                m.push_str(": ");
                m.push_str(repr);
                m
            }
            ParseError::InvalidFloat { repr } => {
                let mut m = String::with_capacity(36 + repr.len());
                m.push_str("could not convert string to float: ");
                m.push_str(repr);
                m
            }
            _ => self.to_string(),
        }
    }
}

/// An ASCII string that cannot be a number: after spaces and a sign, its first
/// character is none of `ok` (checked before the general parsers, which normalise the
/// whole string first).
fn bad_start(s: &str, ok: impl Fn(u8) -> bool) -> bool {
    if !s.is_ascii() {
        return false;
    }
    let t = s.trim_matches(is_py_space).as_bytes();
    let t = match t.first() {
        Some(b'+' | b'-') => &t[1..],
        _ => t,
    };
    !t.first().is_some_and(|&c| ok(c))
}

/// The `ValueError` message for `int(s, base)` failing on `s`, with the input's repr
/// cut to 200 characters as CPython does.
pub fn int_parse_error_message(s: &str, base: u32) -> String {
    invalid_int(s, base).to_string()
}

fn invalid_int(s: &str, base: u32) -> ParseError {
    ParseError::InvalidInt {
        base,
        repr: str_repr(s).chars().take(200).collect(),
    }
}

/// Whitespace `int()`/`float()` strip: CPython maps non-ASCII Unicode spaces to
/// `' '` but keeps ASCII as is, and then only skips C's `isspace` set — so
/// `'\x1c'` (a Python space) is *not* stripped.
fn is_py_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
    } else {
        in_table(SPACE, c)
    }
}

/// Python's `int(s, base)` for a `str` argument.
///
/// Accepts surrounding Unicode whitespace, one sign, `_` between digits (and right
/// after a base prefix), any Unicode decimal digits (`int('٣') == 3`), base 0 with
/// `0x`/`0o`/`0b` auto-detection (and no leading zeros on non-zero decimals), and the
/// matching prefix when the base is 16, 8 or 2. Non power-of-two bases reject more
/// than [`INT_MAX_STR_DIGITS`] digits like CPython 3.11.
///
/// ```
/// use gilpy_vm::format::parse_int;
/// assert_eq!(parse_int(" -0x_ff ", 0).unwrap(), (-255).into());
/// assert_eq!(
///     parse_int("nope", 10).unwrap_err().to_string(),
///     "invalid literal for int() with base 10: 'nope'"
/// );
/// ```
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ParseError> {
    parse_int_limited(s, base, INT_MAX_STR_DIGITS)
}

/// [`parse_int`] under a digit limit of `limit` (0: none), `sys.set_int_max_str_digits`.
pub fn parse_int_limited(s: &str, base: u32, limit: usize) -> Result<BigInt, ParseError> {
    if base == 1 || base > 36 {
        return Err(ParseError::InvalidBase);
    }
    let err = || invalid_int(s, base);
    // Up to base 10 (and base 0) every number starts with a decimal digit.
    if base <= 10 && bad_start(s, |c| c.is_ascii_digit()) {
        return Err(err());
    }
    let t = s.trim_matches(is_py_space);
    // Normalise digits to ASCII so prefixes and radix parsing see one alphabet.
    let chars: Vec<char> = t
        .chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect();
    let mut i = 0;
    let negative = match chars.first() {
        Some('-') => {
            i = 1;
            true
        }
        Some('+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let prefix_base = |c: Option<&char>| match c.map(|c| c.to_ascii_lowercase()) {
        Some('x') => Some(16),
        Some('o') => Some(8),
        Some('b') => Some(2),
        _ => None,
    };
    let mut radix = base;
    let mut after_prefix = false;
    if chars.get(i) == Some(&'0') {
        let pb = prefix_base(chars.get(i + 1));
        if base == 0 {
            radix = pb.unwrap_or(10);
        }
        if pb.is_some() && pb == Some(radix) {
            i += 2;
            after_prefix = true;
        }
    } else if base == 0 {
        radix = 10;
    }
    let body = &chars[i..];
    if after_prefix && body.first() == Some(&'_') {
        // One underscore may separate the prefix from the digits (`0x_ff`).
        if body.len() < 2 || body[1] == '_' {
            return Err(err());
        }
    }
    let body = if after_prefix && body.first() == Some(&'_') {
        &body[1..]
    } else {
        body
    };
    let mut digits: Vec<u8> = Vec::with_capacity(body.len());
    let mut prev_underscore = true; // forbids a leading `_`
    for &c in body {
        if c == '_' {
            if prev_underscore {
                return Err(err());
            }
            prev_underscore = true;
            continue;
        }
        match c.to_digit(radix) {
            Some(_) => digits.push(c as u8),
            None => return Err(err()),
        }
        prev_underscore = false;
    }
    if digits.is_empty() || prev_underscore {
        return Err(err());
    }
    // Base 0 forbids `010` (ambiguous with old octal) but allows `0`, `00`, `0_0`.
    if base == 0 && radix == 10 && !after_prefix && digits[0] == b'0' {
        if digits.iter().all(|&d| d == b'0') {
            return Ok(BigInt::zero());
        }
        return Err(err());
    }
    if !radix.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(ParseError::TooManyDigits {
            limit,
            digits: digits.len(),
        });
    }
    let mag = BigInt::parse_bytes(&digits, radix).ok_or_else(err)?;
    Ok(if negative { -mag } else { mag })
}

/// Digits of `n` in `radix` (2..=36, lowercase letters), with a leading `-` for
/// negatives and no prefix — the core of `bin`/`oct`/`hex`/`str` and format types
/// `b o x X d`. A radix outside 2..=36 is clamped into that range.
pub fn int_to_string_radix(n: &BigInt, radix: u32) -> String {
    n.to_str_radix(radix.clamp(2, 36))
}

/// `str(n)` with CPython 3.11's digit limit: `Err(message)` (a `ValueError`) if the
/// decimal form would exceed [`INT_MAX_STR_DIGITS`] digits.
pub fn int_to_decimal_checked(n: &BigInt) -> Result<String, String> {
    int_to_decimal_limited(n, INT_MAX_STR_DIGITS)
}

/// [`int_to_decimal_checked`] under a digit limit of `limit` (0: none).
pub fn int_to_decimal_limited(n: &BigInt, limit: usize) -> Result<String, String> {
    if limit == 0 {
        return Ok(n.to_string());
    }
    // bits * log10(2) bounds the digit count; only compute exactly near the limit.
    let approx = (n.bits() as f64 * std::f64::consts::LOG10_2) as usize;
    if approx > limit + 1 {
        return Err(str_limit_message(limit));
    }
    let s = n.to_string();
    let digits = s.len() - usize::from(n.is_negative());
    if digits > limit {
        return Err(str_limit_message(limit));
    }
    Ok(s)
}

fn str_limit_message(limit: usize) -> String {
    format!("Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

/// `bin(n)`, `oct(n)`, `hex(n)`: `-0b101`, `0o17`, `0xff`.
pub fn int_to_prefixed(n: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = int_to_string_radix(&n.abs(), radix);
    if n.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}

/// Python's `float(s)` for a `str` argument.
///
/// Accepts surrounding whitespace, a sign, `inf`/`infinity`/`nan` in any case,
/// decimal literals with optional fraction and exponent (`1.`, `.5`, `1e-3`),
/// `_` only between two digits, and Unicode decimal digits. The result is correctly
/// rounded.
///
/// ```
/// use gilpy_vm::format::parse_float;
/// assert_eq!(parse_float(" 1_000.5\n").unwrap(), 1000.5);
/// assert_eq!(
///     parse_float("x").unwrap_err().to_string(),
///     "could not convert string to float: 'x'"
/// );
/// ```
pub fn parse_float(s: &str) -> Result<f64, ParseError> {
    let err = || ParseError::InvalidFloat { repr: str_repr(s) };
    // A digit, a point, or the `inf`/`infinity`/`nan` words.
    if bad_start(s, |c| {
        c.is_ascii_digit() || matches!(c.to_ascii_lowercase(), b'.' | b'i' | b'n')
    }) {
        return Err(err());
    }
    let t = s.trim_matches(is_py_space);
    let chars: Vec<char> = t
        .chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect();
    let (negative, rest) = match chars.first() {
        Some('-') => (true, &chars[1..]),
        Some('+') => (false, &chars[1..]),
        _ => (false, &chars[..]),
    };
    let word: String = rest.iter().collect::<String>().to_ascii_lowercase();
    let special = match word.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    // Validate `digits [. digits] [e [sign] digits]` while dropping underscores.
    let mut clean = String::with_capacity(rest.len() + 1);
    if negative {
        clean.push('-');
    }
    let mut mantissa_digits = 0usize;
    let mut seen_dot = false;
    let mut seen_exp = false;
    let mut exp_digits = 0usize;
    for (k, &c) in rest.iter().enumerate() {
        let prev_digit = k > 0 && rest[k - 1].is_ascii_digit();
        let next_digit = rest.get(k + 1).is_some_and(|c| c.is_ascii_digit());
        match c {
            '0'..='9' => {
                if seen_exp {
                    exp_digits += 1;
                } else {
                    mantissa_digits += 1;
                }
                clean.push(c);
            }
            '_' if prev_digit && next_digit => {}
            '.' if !seen_dot && !seen_exp => {
                seen_dot = true;
                clean.push(c);
            }
            'e' | 'E' if !seen_exp && mantissa_digits > 0 => {
                seen_exp = true;
                clean.push('e');
            }
            '+' | '-' if k > 0 && matches!(rest[k - 1], 'e' | 'E') => clean.push(c),
            _ => return Err(err()),
        }
    }
    if mantissa_digits == 0 || (seen_exp && exp_digits == 0) {
        return Err(err());
    }
    clean.parse::<f64>().map_err(|_| err())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str, base: u32) -> String {
        parse_int(s, base).unwrap().to_string()
    }

    fn bad(s: &str, base: u32) -> String {
        parse_int(s, base).unwrap_err().to_string()
    }

    // Expected values and messages come from CPython 3.11's `int(s, base)`.
    #[test]
    fn int_accepts() {
        assert_eq!(ok("42", 10), "42");
        assert_eq!(ok("  -0b101  ", 0), "-5");
        assert_eq!(ok("0x_ff", 16), "255");
        assert_eq!(ok("0_0", 0), "0");
        assert_eq!(ok("00", 0), "0");
        assert_eq!(ok("0b101", 16), "45313");
        assert_eq!(ok("z", 36), "35");
        assert_eq!(ok("Z", 36), "35");
        assert_eq!(ok("٣", 10), "3");
        assert_eq!(ok("\u{3000} 12 \u{3000}", 10), "12");
        assert_eq!(ok("0o17", 8), "15");
        assert_eq!(ok("017", 8), "15");
        assert_eq!(ok("0x1f", 0), "31");
        assert_eq!(ok("1_000_000", 10), "1000000");
        assert_eq!(ok("+7", 10), "7");
        assert_eq!(
            ok("123456789012345678901234567890", 10),
            "123456789012345678901234567890"
        );
    }

    #[test]
    fn int_rejects() {
        assert_eq!(
            bad("nope", 10),
            "invalid literal for int() with base 10: 'nope'"
        );
        assert_eq!(
            bad("0x__ff", 16),
            "invalid literal for int() with base 16: '0x__ff'"
        );
        assert_eq!(
            bad("0_7", 0),
            "invalid literal for int() with base 0: '0_7'"
        );
        assert_eq!(
            bad("0x", 16),
            "invalid literal for int() with base 16: '0x'"
        );
        for s in [
            "\x1c1", "1\x1c", "1__0", "_1", "1_", "+ 5", "", " ", "-", "1.5", "0x1f",
        ] {
            assert!(parse_int(s, 10).is_err(), "{s:?}");
        }
        assert_eq!(bad("1", 37), "int() base must be >= 2 and <= 36, or 0");
        assert_eq!(bad("1", 1), "int() base must be >= 2 and <= 36, or 0");
        let long = "x".repeat(300);
        assert_eq!(bad(&long, 10).len(), 240);
        assert!(bad(&"9".repeat(4301), 10).starts_with(
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits"
        ));
        assert!(parse_int(&"1".repeat(5000), 2).is_ok());
        assert_eq!(
            int_parse_error_message("x", 0),
            "invalid literal for int() with base 0: 'x'"
        );
    }

    #[test]
    fn int_text() {
        let n = BigInt::from(-255);
        assert_eq!(int_to_string_radix(&n, 16), "-ff");
        assert_eq!(int_to_prefixed(&n, 16), "-0xff");
        assert_eq!(int_to_prefixed(&BigInt::from(5), 2), "0b101");
        assert_eq!(int_to_prefixed(&BigInt::from(8), 8), "0o10");
        let big = num_traits::pow(BigInt::from(10), 5000);
        assert!(int_to_decimal_checked(&big).is_err());
        assert_eq!(int_to_decimal_checked(&n).unwrap(), "-255");
    }

    #[test]
    fn float_parsing() {
        let cases: &[(&str, f64)] = &[
            ("1_000.5", 1000.5),
            ("1e1_0", 1e10),
            (".5", 0.5),
            ("5.", 5.0),
            ("-Infinity", f64::NEG_INFINITY),
            ("inf", f64::INFINITY),
            (" 1.5\n", 1.5),
            ("1.5e+3", 1500.0),
            ("١.٥", 1.5),
            ("-.5e-3_0", -5e-31),
            ("0.1", 0.1),
            ("1e400", f64::INFINITY),
            ("\u{85}\u{a0}2\x0b", 2.0),
        ];
        for &(s, want) in cases {
            assert_eq!(parse_float(s).unwrap(), want, "{s:?}");
        }
        assert!(parse_float("+nan").unwrap().is_nan());
        assert!(parse_float("nAn").unwrap().is_nan());
        for s in [
            "1_e5", "1._5", ".", "1e", "e5", "infi", "0x10", "1,5", "", "_1", "1\x1c", "1_", "--1",
            "1e+",
        ] {
            assert!(parse_float(s).is_err(), "{s:?}");
        }
        assert_eq!(
            parse_float("x").unwrap_err().to_string(),
            "could not convert string to float: 'x'"
        );
    }
}
