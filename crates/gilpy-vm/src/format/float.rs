//! Python `float` semantics: `repr`, arithmetic helpers (`//`, `%`, `divmod`, `**`),
//! `round()` and `int(float)`.
//!
//! Digit generation relies on Rust's float formatting: `{:e}` yields the shortest
//! digits that round-trip (the same digits CPython's `repr` uses), and `{:.N}` /
//! `{:.Ne}` are correctly rounded with ties-to-even on the exact binary value, which
//! is what CPython's `dtoa` modes 2/3 produce.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};
use std::fmt;

/// An arithmetic error with the exception class and message CPython raises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArithError {
    /// Raise as `ZeroDivisionError` with this message.
    ZeroDivision(&'static str),
    /// Raise as `OverflowError` with this message.
    Overflow(&'static str),
    /// Raise as `ValueError` with this message.
    Value(&'static str),
}

impl fmt::Display for ArithError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArithError::ZeroDivision(m) | ArithError::Overflow(m) | ArithError::Value(m) => {
                f.write_str(m)
            }
        }
    }
}

impl std::error::Error for ArithError {}

/// Shortest round-trip decimal digits of a finite, non-negative `x`:
/// returns `(digits, decpt)` meaning `0.DIGITS * 10**decpt`. Zero gives `("0", 1)`.
pub(crate) fn shortest_digits(x: f64) -> (String, i32) {
    let (digits, decpt) = split_exp(&format!("{:e}", x.abs()));
    // When two shortest candidates are equally close (x lies exactly halfway),
    // Rust may pick either; CPython picks the one that is correctly rounded with
    // ties-to-even. Prefer the correctly rounded digits of the same length when
    // they round-trip (next to a power of two they may not: its lower neighbour
    // is closer, so only the other candidate reads back as `x`).
    let n = digits.len();
    if n < 2 {
        return (digits, decpt);
    }
    let (nearest, ndecpt) = sig_digits(x, n);
    if nearest != digits {
        let text = format!("0.{nearest}e{ndecpt}");
        if text.parse::<f64>().ok() == Some(x.abs()) {
            return (nearest, ndecpt);
        }
    }
    (digits, decpt)
}

/// Digits of `|x|` correctly rounded to `n >= 1` significant digits, as
/// `(digits, decpt)` like [`shortest_digits`]; `digits` has exactly `n` characters.
pub(crate) fn sig_digits(x: f64, n: usize) -> (String, i32) {
    split_exp(&format!("{:.*e}", n.saturating_sub(1), x.abs()))
}

/// Splits Rust's `D.DDDeX` output into digit string and decimal-point position.
fn split_exp(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// Formats `0.DIGITS * 10**decpt` in exponent notation `d.ddde+XX` (at least two
/// exponent digits, as C's printf and CPython do).
pub(crate) fn sci_string(digits: &str, decpt: i32, exp_char: char) -> String {
    let mut out = String::with_capacity(digits.len() + 6);
    let (first, rest) = digits.split_at(1.min(digits.len()));
    out.push_str(first);
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    }
    push_exponent(&mut out, decpt - 1, exp_char);
    out
}

/// Appends `e+XX` / `e-XX` with at least two digits.
pub(crate) fn push_exponent(out: &mut String, exp: i32, exp_char: char) {
    out.push(exp_char);
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&e.to_string());
}

/// Formats `0.DIGITS * 10**decpt` positionally; `min_frac` trailing zeros are padded
/// after the point if the digits do not reach that far. No point if `min_frac == 0`
/// and the value is integral.
pub(crate) fn fixed_string(digits: &str, decpt: i32, min_frac: usize) -> String {
    let mut out = String::new();
    let n = digits.len() as i64;
    let d = decpt as i64;
    let frac: String;
    if d <= 0 {
        out.push('0');
        frac = "0".repeat((-d) as usize) + digits;
    } else if d >= n {
        out.push_str(digits);
        out.push_str(&"0".repeat((d - n) as usize));
        frac = String::new();
    } else {
        out.push_str(&digits[..d as usize]);
        frac = digits[d as usize..].to_string();
    }
    let frac = if frac.len() < min_frac {
        frac.clone() + &"0".repeat(min_frac - frac.len())
    } else {
        frac
    };
    if !frac.is_empty() {
        out.push('.');
        out.push_str(&frac);
    }
    out
}

/// Python's `repr(x)` / `str(x)` of a float.
///
/// Shortest round-trip digits; exponent notation when the decimal exponent is
/// below -4 or at least 16; integral values keep a `.0`.
///
/// ```
/// use gilpy_vm::format::float_repr;
/// assert_eq!(float_repr(0.1), "0.1");
/// assert_eq!(float_repr(1e16), "1e+16");
/// assert_eq!(float_repr(-0.0), "-0.0");
/// ```
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let (digits, decpt) = shortest_digits(x);
    let body = if decpt > -4 && decpt <= 16 {
        fixed_string(&digits, decpt, 1)
    } else {
        sci_string(&digits, decpt, 'e')
    };
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// Python's `a % b` for floats: the result has the sign of `b`; a zero result is
/// `0.0` carrying `b`'s sign.
///
/// Errors: `ZeroDivisionError: float modulo` when `b == 0`.
pub fn float_mod(a: f64, b: f64) -> Result<f64, ArithError> {
    if b == 0.0 {
        return Err(ArithError::ZeroDivision("float modulo"));
    }
    Ok(mod_nonzero(a, b))
}

fn mod_nonzero(a: f64, b: f64) -> f64 {
    let m = a % b; // C fmod: sign of the dividend
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's `divmod(a, b)` for floats: `(a // b, a % b)`, computed together the way
/// CPython does so the two agree (`a == q*b + r` as closely as floats allow).
///
/// Errors: `ZeroDivisionError: float divmod()` when `b == 0`.
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), ArithError> {
    if b == 0.0 {
        return Err(ArithError::ZeroDivision("float divmod()"));
    }
    Ok(divmod_nonzero(a, b))
}

/// `divmod(a, b)` for floats with `b != 0`: (floor quotient, remainder with the
/// divisor's sign), without the zero check (the VM's hot path checks first).
pub fn divmod_nonzero(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    // `a - m` is exactly a multiple of `b` (up to rounding), so this is close to integral.
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let q = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (q, m)
}

/// Python's `a // b` for floats (floor of the quotient, consistent with `%`).
///
/// Errors: `ZeroDivisionError: float floor division by zero` when `b == 0`.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, ArithError> {
    if b == 0.0 {
        return Err(ArithError::ZeroDivision("float floor division by zero"));
    }
    Ok(divmod_nonzero(a, b).0)
}

/// Python's `a / b` for floats. Errors: `ZeroDivisionError: float division by zero`.
pub fn float_truediv(a: f64, b: f64) -> Result<f64, ArithError> {
    if b == 0.0 {
        return Err(ArithError::ZeroDivision("float division by zero"));
    }
    Ok(a / b)
}

/// Python's `a ** b` for floats.
///
/// Semantics (CPython 3.11):
/// - `x ** 0.0 == 1.0` and `1.0 ** y == 1.0` for every `x`/`y`, even NaN;
/// - `0.0 ** negative` → `ZeroDivisionError: 0.0 cannot be raised to a negative power`;
/// - a finite result overflowing → `OverflowError: (34, 'Numerical result out of range')`;
/// - negative base with a non-integral finite exponent: CPython returns a `complex`;
///   gilpy has no complex type, so this returns
///   `ValueError: negative number cannot be raised to a fractional power` (deviation).
pub fn float_pow(a: f64, b: f64) -> Result<f64, ArithError> {
    if b == 0.0 || a == 1.0 {
        return Ok(1.0);
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(ArithError::ZeroDivision(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        return Err(ArithError::Value(
            "negative number cannot be raised to a fractional power",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(ArithError::Overflow(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

/// Splits a finite float into `(mantissa, exp)` with `|x| == mantissa * 2**exp`.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// `int(x)`: truncates toward zero, exactly (`int(1e30) == 1000000000000000019884624838656`).
///
/// Errors: `OverflowError: cannot convert float infinity to integer`,
/// `ValueError: cannot convert float NaN to integer`.
pub fn float_to_bigint(x: f64) -> Result<BigInt, ArithError> {
    if x.is_nan() {
        return Err(ArithError::Value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(ArithError::Overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let (m, e) = decompose(x);
    let mag = if e >= 0 {
        BigInt::from(m) << (e as usize)
    } else if e <= -64 {
        BigInt::zero()
    } else {
        BigInt::from(m >> ((-e) as u32))
    };
    Ok(if x < 0.0 { -mag } else { mag })
}

/// `round(x)` with no `ndigits`: nearest integer, ties to even (`round(0.5) == 0`,
/// `round(1.5) == 2`). Same errors as [`float_to_bigint`].
pub fn round_float_to_int(x: f64) -> Result<BigInt, ArithError> {
    float_to_bigint(x.round_ties_even())
}

/// `round(x, ndigits)` for a float: the float nearest to the decimal value obtained
/// by correctly rounding `x` (its exact binary value) to `ndigits` decimal places,
/// ties to even — as CPython does (`round(2.675, 2) == 2.67`, `round(2.567, 2) == 2.57`,
/// `round(1250.0, -2) == 1200.0`).
///
/// NaN, infinities and zero come back unchanged; `ndigits > 323` returns `x`;
/// `ndigits < -308` returns a zero with `x`'s sign.
/// Errors: `OverflowError: rounded value too large to represent`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, ArithError> {
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let (m, e) = decompose(x);
    // x*10^n = num/den exactly; round that ratio to an integer q, result = q * 10^-n.
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let ten_pow = num_traits::pow(BigInt::from(10u32), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= ten_pow;
    } else {
        den *= ten_pow;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let text = format!("{}e{}", q, -ndigits);
    let v: f64 = text.parse().unwrap_or(f64::INFINITY);
    if v.is_infinite() {
        return Err(ArithError::Overflow("rounded value too large to represent"));
    }
    Ok(if x < 0.0 { -v } else { v })
}

/// `float(n)` for a Python int: correctly rounded (ties to even).
///
/// Errors: `OverflowError: int too large to convert to float`.
pub fn bigint_to_float(n: &BigInt) -> Result<f64, ArithError> {
    // Parsing the decimal string is correctly rounded; fast path for small values.
    let bits = n.bits();
    if bits <= 53 {
        let mag = n.magnitude().iter_u64_digits().next().unwrap_or(0) as f64;
        return Ok(if n.sign() == Sign::Minus { -mag } else { mag });
    }
    if bits > 1025 {
        return Err(ArithError::Overflow("int too large to convert to float"));
    }
    let v: f64 = n.to_string().parse().unwrap_or(f64::INFINITY);
    if v.is_infinite() {
        return Err(ArithError::Overflow("int too large to convert to float"));
    }
    Ok(v)
}

/// `2**k` for `-1022 <= k <= 1023`, built from its bit pattern (always exact).
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `q * 2**exp` for `q < 2**54` whose exact value is representable (or overflows):
/// done in exact power-of-two steps so subnormal results are not double-rounded.
fn scale(q: f64, mut exp: i64) -> f64 {
    let mut v = q;
    while exp > 1000 {
        v *= pow2(1000);
        exp -= 1000;
    }
    while exp < -1000 {
        v *= pow2(-1000);
        exp += 1000;
    }
    v * pow2(exp)
}

/// Python's `a / b` for ints: the correctly rounded (ties-to-even) quotient, for
/// any size of operands (`10**400 / 10**399 == 10.0`); a zero result keeps the
/// quotient's sign (`0 / -5 == -0.0`).
///
/// Errors: `ZeroDivisionError: division by zero`,
/// `OverflowError: integer division result too large for a float`.
pub fn int_truediv(a: &BigInt, b: &BigInt) -> Result<f64, ArithError> {
    if b.is_zero() {
        return Err(ArithError::ZeroDivision("division by zero"));
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let sign = |v: f64| if negative { -v } else { v };
    if a.is_zero() {
        return Ok(sign(0.0));
    }
    let (na, nb) = (a.magnitude(), b.magnitude());
    if na.bits() <= 53 && nb.bits() <= 53 {
        // Both exact as f64, so IEEE division rounds correctly.
        let fa = na.iter_u64_digits().next().unwrap_or(0) as f64;
        let fb = nb.iter_u64_digits().next().unwrap_or(0) as f64;
        return Ok(sign(fa / fb));
    }
    // Scale so the integer quotient has at least 55 bits, then round by hand.
    let shift = na.bits() as i64 - nb.bits() as i64 - 55;
    let (num, den) = if shift >= 0 {
        (na.clone(), nb << (shift as usize))
    } else {
        (na << ((-shift) as usize), nb.clone())
    };
    let (q, r) = num.div_rem(&den);
    let sticky = !r.is_zero();
    // Bits to drop: enough to leave 53, more if the result is subnormal.
    let extra = (q.bits() as i64 - 53).max(-1074 - shift);
    let (mut q, exp) = if extra > 0 {
        let low = &q & ((num_bigint::BigUint::one() << (extra as usize)) - 1u32);
        let half = num_bigint::BigUint::one() << ((extra - 1) as usize);
        let mut top = &q >> (extra as usize);
        let round_up = low > half || (low == half && (sticky || top.bit(0)));
        if round_up {
            top += 1u32;
        }
        (top, shift + extra)
    } else {
        (q, shift)
    };
    if q.bits() > 64 {
        q = num_bigint::BigUint::one() << 64usize; // only reachable on overflow
    }
    let qf = q.iter_u64_digits().next().unwrap_or(0) as f64;
    if exp + q.bits() as i64 > 1024 {
        return Err(ArithError::Overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(sign(scale(qf, exp)))
}

/// `x.is_integer()`: finite with no fractional part.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `Some(n)` when `x` is integral and fits an `i64` exactly (fast paths for
/// `float == int` comparisons and `hash(float)`).
pub fn float_as_exact_i64(x: f64) -> Option<i64> {
    if float_is_integer(x) && x.abs() < 9.223372036854776e18 {
        Some(x as i64)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected strings are `repr(x)` from CPython 3.11.
    #[test]
    fn repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (1e100, "1e+100"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (7.0 / 3.0, "2.3333333333333335"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0, "1.0"),
            (-2.5, "-2.5"),
            (3.5, "3.5"),
            (1e-5, "1e-05"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (100.0, "100.0"),
            (12345.678, "12345.678"),
            (1e22, "1e+22"),
            (0.00012, "0.00012"),
            // Exactly halfway between two 17-digit candidates: ties go to even.
            (f64::from_bits(0xbffa_7328_0000_0000), "-1.6531143188476562"),
            // 2**-140: the nearest 16-digit decimal (…063) does not read back.
            (
                f64::from_bits(0x3730_0000_0000_0000),
                "7.174648137343064e-43",
            ),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }

    #[test]
    fn mod_and_floordiv() {
        assert_eq!(float_mod(-7.0, 2.0).unwrap(), 1.0);
        assert_eq!(float_mod(7.0, -2.0).unwrap(), -1.0);
        assert_eq!(float_repr(float_mod(-4.0, 2.0).unwrap()), "0.0");
        assert_eq!(float_repr(float_mod(4.0, -2.0).unwrap()), "-0.0");
        assert_eq!(float_mod(5.5, 2.0).unwrap(), 1.5);
        assert_eq!(float_floordiv(7.0, 2.0).unwrap(), 3.0);
        assert_eq!(float_floordiv(-7.0, 2.0).unwrap(), -4.0);
        assert_eq!(float_repr(float_floordiv(-0.0, 5.0).unwrap()), "-0.0");
        assert_eq!(float_repr(float_floordiv(0.0, -5.0).unwrap()), "-0.0");
        assert_eq!(float_divmod(-7.5, 2.0).unwrap(), (-4.0, 0.5));
        assert_eq!(float_mod(1.0, 0.0).unwrap_err().to_string(), "float modulo");
        assert_eq!(
            float_floordiv(1.0, 0.0).unwrap_err().to_string(),
            "float floor division by zero"
        );
        // CPython: 1 % 0.1 == 0.09999999999999995, 1 // 0.1 == 9.0
        assert_eq!(
            float_repr(float_mod(1.0, 0.1).unwrap()),
            "0.09999999999999995"
        );
        assert_eq!(float_floordiv(1.0, 0.1).unwrap(), 9.0);
    }

    #[test]
    fn pow_rules() {
        assert_eq!(float_pow(f64::NAN, 0.0).unwrap(), 1.0);
        assert_eq!(float_pow(2.0, 0.5).unwrap(), 2f64.sqrt());
        assert!(matches!(
            float_pow(0.0, -1.0),
            Err(ArithError::ZeroDivision(_))
        ));
        assert!(matches!(
            float_pow(10.0, 400.0),
            Err(ArithError::Overflow(_))
        ));
        assert_eq!(float_pow(-2.0, 3.0).unwrap(), -8.0);
    }

    #[test]
    fn rounding() {
        assert_eq!(round_float(2.567, 2).unwrap(), 2.57);
        assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_float(0.125, 2).unwrap(), 0.12);
        assert_eq!(round_float(0.375, 2).unwrap(), 0.38);
        assert_eq!(round_float(1250.0, -2).unwrap(), 1200.0);
        assert_eq!(round_float(1350.0, -2).unwrap(), 1400.0);
        assert_eq!(round_float(-1.5, 0).unwrap(), -2.0);
        assert_eq!(float_repr(round_float(-0.4, 0).unwrap()), "-0.0");
        assert_eq!(round_float(1.23456789, 400).unwrap(), 1.23456789);
        assert_eq!(float_repr(round_float(-5.0, -400).unwrap()), "-0.0");
        assert!(round_float(1.7e308, -308).is_err());
        assert_eq!(round_float_to_int(0.5).unwrap(), BigInt::from(0));
        assert_eq!(round_float_to_int(1.5).unwrap(), BigInt::from(2));
        assert_eq!(round_float_to_int(2.5).unwrap(), BigInt::from(2));
        assert_eq!(round_float_to_int(-2.5).unwrap(), BigInt::from(-2));
    }

    #[test]
    fn int_division() {
        let big = |s: &str| s.parse::<BigInt>().unwrap();
        let p = |e: u32| num_traits::pow(BigInt::from(10), e as usize);
        let t = |a: &BigInt, b: &BigInt| float_repr(int_truediv(a, b).unwrap());
        assert_eq!(t(&BigInt::from(0), &BigInt::from(-5)), "-0.0");
        assert_eq!(t(&BigInt::from(7), &BigInt::from(3)), "2.3333333333333335");
        assert_eq!(t(&p(400), &p(399)), "10.0");
        assert_eq!(t(&BigInt::from(1), &p(400)), "0.0");
        let two = |e: usize| BigInt::one() << e;
        assert_eq!(t(&two(1100), &(two(1099) + 1)), "2.0");
        assert_eq!(t(&(two(54) + 1), &BigInt::one()), "1.8014398509481984e+16");
        assert_eq!(t(&(two(54) + 3), &BigInt::one()), "1.8014398509481988e+16");
        assert_eq!(t(&BigInt::one(), &two(1075)), "0.0");
        assert_eq!(t(&BigInt::from(3), &two(1075)), "1e-323");
        assert_eq!(t(&BigInt::one(), &(two(1074) + 1)), "5e-324");
        assert_eq!(
            t(&big("-123456789012345678901234567890"), &BigInt::from(7)),
            "-1.763668414462081e+28"
        );
        assert_eq!(
            int_truediv(&p(400), &BigInt::one())
                .unwrap_err()
                .to_string(),
            "integer division result too large for a float"
        );
        assert_eq!(
            int_truediv(&BigInt::one(), &BigInt::zero())
                .unwrap_err()
                .to_string(),
            "division by zero"
        );
    }

    #[test]
    fn to_int() {
        assert_eq!(float_to_bigint(3.9).unwrap(), BigInt::from(3));
        assert_eq!(float_to_bigint(-3.9).unwrap(), BigInt::from(-3));
        assert_eq!(
            float_to_bigint(1e30).unwrap().to_string(),
            "1000000000000000019884624838656"
        );
        assert_eq!(float_to_bigint(5e-324).unwrap(), BigInt::from(0));
        assert_eq!(
            float_to_bigint(f64::INFINITY).unwrap_err().to_string(),
            "cannot convert float infinity to integer"
        );
        assert!(matches!(
            float_to_bigint(f64::NAN),
            Err(ArithError::Value(_))
        ));
        let big: BigInt = "123456789012345678901234567890".parse().unwrap();
        assert_eq!(bigint_to_float(&big).unwrap(), 1.2345678901234568e29);
        assert!(bigint_to_float(&(BigInt::one() << 1100usize)).is_err());
        assert_eq!(bigint_to_float(&BigInt::from(-7)).unwrap(), -7.0);
    }
}
