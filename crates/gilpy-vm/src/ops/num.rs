//! Numeric arithmetic: the i64 fast path, growth into big integers, floats, Python's
//! floor division and modulo, and the exact error messages.

use gilpy_syntax::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::Object;
use crate::value::Value;
use crate::{PyResult, Vm};

/// A numeric operand.
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

impl Num {
    fn big(&self) -> BigInt {
        match self {
            Num::I(i) => BigInt::from(*i),
            Num::B(b) => b.clone(),
            Num::F(_) => BigInt::zero(),
        }
    }
}

/// `v` as a number, if it is one (bools count as ints).
pub fn as_num(vm: &Vm<'_>, v: Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::I(i)),
        Value::Bool(b) => Some(Num::I(b as i64)),
        Value::Float(f) => Some(Num::F(f)),
        Value::Obj(r) => match vm.st.heap.get(r) {
            Object::BigInt(b) => Some(Num::B((**b).clone())),
            _ => None,
        },
        _ => None,
    }
}

/// A big integer as a float, or `OverflowError`.
pub fn big_to_f64(vm: &mut Vm<'_>, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

fn to_f64(vm: &mut Vm<'_>, n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::F(f) => Ok(*f),
        Num::B(b) => big_to_f64(vm, b),
    }
}

/// Python's float `divmod` (`b != 0`): (floor quotient, remainder with the divisor's
/// sign).
#[inline]
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    crate::format::float::divmod_nonzero(a, b)
}

/// Integer floor division and modulo on i64 (b != 0); `None` on overflow (MIN / -1).
#[inline]
pub fn i64_floordiv(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python modulo on i64 (b != 0).
#[inline]
pub fn i64_mod(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// `a op b` for two numbers.
pub fn num_binop(vm: &mut Vm<'_>, op: BinOp, a: Num, b: Num) -> PyResult<Value> {
    if let (Num::I(x), Num::I(y)) = (&a, &b) {
        if let Some(v) = int_binop_fast(op, *x, *y) {
            return Ok(v);
        }
    }
    if op == BinOp::Div && !matches!(a, Num::F(_)) && !matches!(b, Num::F(_)) {
        // Correctly rounded, never through two lossy int→float conversions.
        return match crate::format::float::int_truediv(&a.big(), &b.big()) {
            Ok(f) => Ok(Value::Float(f)),
            Err(e) => Err(crate::builtins::types::arith_error(vm, e)),
        };
    }
    if matches!(a, Num::F(_)) || matches!(b, Num::F(_)) || op == BinOp::Div {
        if matches!(
            op,
            BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
        ) {
            return Err(unsupported(vm, op, &a, &b));
        }
        let x = to_f64(vm, &a)?;
        let y = to_f64(vm, &b)?;
        return float_binop(vm, op, x, y);
    }
    int_binop_big(vm, op, a.big(), b.big())
}

fn unsupported(vm: &mut Vm<'_>, op: BinOp, a: &Num, b: &Num) -> crate::Throw {
    let name = |n: &Num| {
        if matches!(n, Num::F(_)) {
            "float"
        } else {
            "int"
        }
    };
    let msg = format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        name(a),
        name(b)
    );
    vm.type_error(msg)
}

/// The i64 fast path; `None` when the result needs a big int or an error is due.
#[inline(always)]
pub fn int_binop_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 {
                return None;
            }
            i64_floordiv(x, y)?
        }
        BinOp::Mod => {
            if y == 0 {
                return None;
            }
            i64_mod(x, y)
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if (r >> y) != x {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        BinOp::Pow => {
            if !(0..=u32::MAX as i64).contains(&y) {
                return None;
            }
            x.checked_pow(y as u32)?
        }
        BinOp::MatMul => return None,
        BinOp::Div => {
            // Exact as floats only up to 2^53; beyond, the careful path rounds once.
            if y == 0 || x.unsigned_abs() > 1 << 53 || y.unsigned_abs() > 1 << 53 {
                return None;
            }
            return Some(Value::Float(x as f64 / y as f64));
        }
    };
    Some(Value::Int(r))
}

/// The float fast path (`float op float`, and mixed with an int already converted the
/// way CPython converts it): the operators that cannot raise. `None` sends the pair to
/// [`num_binop`] (division by zero, `%`, `//`, `**` and the bit operations).
#[inline(always)]
pub fn float_binop_fast(op: BinOp, x: f64, y: f64) -> Option<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div if y != 0.0 => x / y,
        _ => return None,
    };
    Some(Value::Float(r))
}

/// `a op b` without the heap for two ints or two floats or an int and a float (the
/// eval loop's arithmetic fast path); `None` when the general path must decide.
#[inline(always)]
pub fn inline_binop_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    // Two ints first, on their own: the int-only programs keep their old instruction path.
    if let (&Value::Int(x), &Value::Int(y)) = (a, b) {
        return int_binop_fast(op, x, y);
    }
    match (a, b) {
        (&Value::Float(x), &Value::Float(y)) => float_binop_fast(op, x, y),
        // `i as f64` rounds to nearest-even like CPython's int-to-float conversion.
        (&Value::Float(x), &Value::Int(y)) => float_binop_fast(op, x, y as f64),
        (&Value::Int(x), &Value::Float(y)) => float_binop_fast(op, x as f64, y),
        _ => None,
    }
}

/// `a < b` and friends without the heap, for ints, floats, and an int and a float when
/// the int converts exactly (beyond 2^53 CPython compares exactly, so the general path
/// does), and identity for anything. `None` for containment and everything else.
#[inline(always)]
pub fn inline_compare_fast(op: gilpy_syntax::ast::CmpOp, a: &Value, b: &Value) -> Option<bool> {
    use gilpy_syntax::ast::CmpOp;
    const EXACT: u64 = 1 << 53;
    // Two ints first, on their own: the int-only programs keep their old instruction path.
    if let (&Value::Int(x), &Value::Int(y)) = (a, b) {
        return Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Eq | CmpOp::Is => x == y,
            CmpOp::NotEq | CmpOp::IsNot => x != y,
            CmpOp::In | CmpOp::NotIn => return None,
        });
    }
    match op {
        CmpOp::Is => return Some(a.is(*b)),
        CmpOp::IsNot => return Some(!a.is(*b)),
        _ => {}
    }
    let (x, y) = match (a, b) {
        (&Value::Float(x), &Value::Float(y)) => (x, y),
        (&Value::Float(x), &Value::Int(y)) if y.unsigned_abs() <= EXACT => (x, y as f64),
        (&Value::Int(x), &Value::Float(y)) if x.unsigned_abs() <= EXACT => (x as f64, y),
        _ => return None,
    };
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => return None,
    })
}

fn int_binop_big(vm: &mut Vm<'_>, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
    let r = match op {
        BinOp::MatMul => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
        }
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv | BinOp::Mod => {
            if y.is_zero() {
                let msg = if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                };
                return Err(vm.zero_division(msg));
            }
            if op == BinOp::FloorDiv {
                x.div_floor(&y)
            } else {
                x.mod_floor(&y)
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(n) = y.to_u64() else {
                if op == BinOp::RShift {
                    return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
                }
                return Err(vm.overflow_error("too many digits in integer"));
            };
            if op == BinOp::LShift {
                if n > 1 << 26 && !x.is_zero() {
                    return Err(vm.overflow_error("too many digits in integer"));
                }
                x << n
            } else {
                x >> n
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let fx = big_to_f64(vm, &x)?;
                let fy = big_to_f64(vm, &y)?;
                return float_binop(vm, BinOp::Pow, fx, fy);
            }
            let Some(e) = y.to_u32() else {
                return Err(vm.overflow_error("exponent too large"));
            };
            if x.bits() as u128 * e as u128 > 1 << 28 {
                return Err(vm.overflow_error("exponent too large"));
            }
            num_traits::pow(x, e as usize)
        }
        BinOp::Div => unreachable!("true division goes through floats"),
    };
    Ok(vm.new_bigint(r))
}

fn float_binop(vm: &mut Vm<'_>, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 {
                return Err(vm.value_error("math domain error"));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => unreachable!("bit operations are rejected before"),
    };
    Ok(Value::Float(r))
}

/// `-v`, `+v`, `~v` for numbers; `None` if `v` is not a number.
pub fn num_unary(
    vm: &mut Vm<'_>,
    op: gilpy_syntax::ast::UnaryOp,
    v: Value,
) -> PyResult<Option<Value>> {
    use gilpy_syntax::ast::UnaryOp;
    let Some(n) = as_num(vm, v) else {
        return Ok(None);
    };
    Ok(Some(match (op, n) {
        (UnaryOp::Neg, Num::I(i)) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => vm.new_bigint(-BigInt::from(i)),
        },
        (UnaryOp::Neg, Num::B(b)) => vm.new_bigint(-b),
        (UnaryOp::Neg, Num::F(f)) => Value::Float(-f),
        (UnaryOp::Pos, Num::I(i)) => Value::Int(i),
        (UnaryOp::Pos, Num::B(b)) => vm.new_bigint(b),
        (UnaryOp::Pos, Num::F(f)) => Value::Float(f),
        (UnaryOp::Invert, Num::I(i)) => Value::Int(!i),
        (UnaryOp::Invert, Num::B(b)) => vm.new_bigint(-b - 1),
        (UnaryOp::Invert, Num::F(_)) => {
            return Err(vm.type_error("bad operand type for unary ~: 'float'"));
        }
        (UnaryOp::Not, _) => return Ok(None),
    }))
}

/// Python's `hash()` of an integer: `n mod (2**61 - 1)` with the sign kept, -1 → -2.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    const P: i128 = (1 << 61) - 1;
    // Almost every int is below the modulus: its own hash, without a 128-bit division.
    if i.unsigned_abs() < P as u64 {
        return if i == -1 { -2 } else { i };
    }
    let m = (i as i128).abs() % P;
    let h = if i < 0 { -m } else { m } as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's `hash()` of a big integer.
pub fn hash_big(b: &BigInt) -> i64 {
    let p = BigInt::from((1i64 << 61) - 1);
    let m = (b.abs() % p).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's `hash()` of a float (equal to the int hash for integral values).
pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // CPython's algorithm: reduce the mantissa modulo 2**61 - 1.
    const BITS: u32 = 61;
    const P: u64 = (1 << BITS) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & P) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= P {
            x -= P;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    };
    x = ((x << e) & P) | (x >> (BITS as i32 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_int_semantics() {
        assert_eq!(i64_floordiv(-7, 3), Some(-3));
        assert_eq!(i64_mod(-7, 3), 2);
        assert_eq!(i64_mod(7, -3), -2);
        assert_eq!(i64_floordiv(i64::MIN, -1), None);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_f64(1.0), 1);
        assert_eq!(hash_f64(0.5), 1 << 60);
        assert_eq!(float_divmod(7.5, 2.0), (3.0, 1.5));
        assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
    }
}
