"""decimal: exact decimal arithmetic over Python ints (a subset of CPython's decimal).

Supported: Decimal from str, int, float (exact) and Decimal; + - * / // %
(with ints too), unary - + abs, comparisons (with ints and Decimals),
hash, bool, int(), float(), round(), str/repr as CPython, format() with
'f', '%', 'e', 'g' and no type, fill/align/sign/width/',' options;
quantize, normalize, adjusted, as_tuple, is_zero, is_signed, copy_abs,
copy_negate, compare, max, min, sqrt, to_integral_value; the rounding
modes; getcontext() with prec and rounding, localcontext(), Context,
InvalidOperation, DivisionByZero.

NaN, sNaN and Infinity: parsed, printed, compared and carried through the
arithmetic (the section at the end wraps the finite methods); an invalid
operation on them raises InvalidOperation, as the default traps do.

Not supported: signals and traps other than division by zero, exp/ln/log10/power with a non-integer
exponent (NotImplementedError), Emin/Emax clamping.
"""

import math as _math
from collections import namedtuple as _namedtuple

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"

__all__ = ["Decimal", "Context", "getcontext", "setcontext", "localcontext",
           "DecimalException", "InvalidOperation", "DivisionByZero",
           "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
           "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP"]


class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Context:
    def __init__(self, prec=28, rounding=ROUND_HALF_EVEN):
        self.prec = prec
        self.rounding = rounding

    def copy(self):
        return Context(self.prec, self.rounding)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=-999999, Emax=999999, capitals=1, "
                "clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])"
                % (self.prec, self.rounding))


_context = [Context()]
DefaultContext = Context()
BasicContext = Context(9, ROUND_HALF_UP)
ExtendedContext = Context(9, ROUND_HALF_EVEN)


def getcontext():
    return _context[0]


def setcontext(context):
    _context[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self.new = (ctx or getcontext()).copy()

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)
        return False


def localcontext(ctx=None, **kwargs):
    lc = _LocalContext(ctx)
    for k, v in kwargs.items():
        setattr(lc.new, k, v)
    return lc


def _round_coeff(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits removed, rounded by `rounding`."""
    if drop <= 0:
        return coeff * 10 ** (-drop)
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q
    half = div // 2
    up = False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        raise ValueError("invalid rounding mode: %r" % (rounding,))
    return q + 1 if up else q


def _parse(text):
    s = text.strip().replace("_", "")
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F"
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload == "" or (payload.isdigit() and payload.isascii()):
                return sign, int(payload or "0"), kind
            return None
    mant, e, exp_text = low.partition("e")
    exp = 0
    if e:
        if not exp_text or not exp_text.lstrip("+-").isdigit():
            return None
        exp = int(exp_text)
    whole, dot, frac = mant.partition(".")
    if not (whole + frac) or not (whole + frac).isdigit():
        return None
    if not whole.isascii() or not frac.isascii():
        return None
    return sign, int(whole + frac), exp - len(frac)


class Decimal:
    """Decimal(value='0'): sign, integer coefficient and exponent."""

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
        elif isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                raise InvalidOperation([InvalidOperation])
            self._sign, self._int, self._exp = parsed
        elif isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise InvalidOperation("gilpy's decimal has no NaN or Infinity values")
            self._sign = 1 if _math.copysign(1.0, value) < 0 else 0
            n, d = abs(value).as_integer_ratio()
            k = d.bit_length() - 1
            self._int = n * 5 ** k
            self._exp = -k
        elif isinstance(value, tuple) and len(value) == 3:
            sign, digits, exp = value
            self._sign = sign
            self._int = int("".join(str(d) for d in digits) or "0")
            self._exp = exp
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        return self

    @classmethod
    def from_float(cls, f):
        return cls(f)

    @staticmethod
    def _make(sign, coeff, exp):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp = sign, coeff, exp
        return d

    def _fix(self, context=None):
        """Rounded to the context precision."""
        ctx = context or getcontext()
        n = len(str(self._int))
        if n <= ctx.prec:
            return self
        drop = n - ctx.prec
        c = _round_coeff(self._sign, self._int, drop, ctx.rounding)
        exp = self._exp + drop
        if len(str(c)) > ctx.prec:
            c //= 10
            exp += 1
        return Decimal._make(self._sign, c, exp)

    # ---- text -------------------------------------------------------------------

    def __str__(self):
        sign = "-" if self._sign else ""
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            e = ""
        else:
            e = "E%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def to_eng_string(self, context=None):
        return str(self)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        import re
        m = re.match(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$",
                     spec)
        if m is None:
            raise ValueError("Invalid format specifier")
        fill, align, signopt, _, _, zero, width, group, prec, typ = m.groups()
        d = self
        if typ == "%":
            d = Decimal._make(d._sign, d._int, d._exp + 2)
        if typ in ("f", "F", "%"):
            if prec is not None:
                d = d.quantize(Decimal._make(0, 1, -int(prec)), rounding=getcontext().rounding)
            body = d._plain()
        elif typ in ("e", "E"):
            body = d._sci(None if prec is None else int(prec), typ)
        elif typ in ("g", "G", "n") or typ is None:
            if prec is not None:
                p = max(int(prec), 1)
                n = len(str(d._int))
                if n > p:
                    c = _round_coeff(d._sign, d._int, n - p, getcontext().rounding)
                    d = Decimal._make(d._sign, c, d._exp + n - p)
            body = str(d).replace("E", "e" if typ in ("g", "n") or typ is None else "E")
            if typ is None and prec is None:
                body = str(d)
        else:
            raise ValueError("Invalid format specifier")
        neg = body.startswith("-")
        if neg:
            body = body[1:]
        if group:
            whole, dot, rest = body.partition(".")
            out = ""
            while len(whole) > 3:
                out = group + whole[-3:] + out
                whole = whole[:-3]
            body = whole + out + dot + rest
        if typ == "%":
            body += "%"
        sign = "-" if neg else ("+" if signopt == "+" else (" " if signopt == " " else ""))
        width = int(width) if width else 0
        if zero and not align:
            fill, align = "0", "="
        fill = fill or " "
        align = align or ">"
        pad = width - len(sign) - len(body)
        if pad <= 0:
            return sign + body
        if align == "<":
            return sign + body + fill * pad
        if align == "^":
            left = pad // 2
            return fill * left + sign + body + fill * (pad - left)
        if align == "=":
            return sign + fill * pad + body
        return fill * pad + sign + body

    def _plain(self):
        sign = "-" if self._sign else ""
        digits = str(self._int)
        if self._exp >= 0:
            return sign + digits + "0" * self._exp
        k = -self._exp
        digits = digits.rjust(k + 1, "0")
        return sign + digits[:-k] + "." + digits[-k:]

    def _sci(self, prec, typ):
        sign = "-" if self._sign else ""
        digits = str(self._int)
        exp = self._exp + len(digits) - 1
        if prec is not None:
            n = len(digits)
            if n > prec + 1:
                c = _round_coeff(self._sign, self._int, n - prec - 1, getcontext().rounding)
                digits = str(c)
                if len(digits) > prec + 1:
                    digits = digits[:-1]
                    exp += 1
            digits = digits.ljust(prec + 1, "0")
        body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return sign + body + ("e" if typ == "e" else "E") + "%+d" % exp

    # ---- conversions ----------------------------------------------------------------

    def __float__(self):
        return float(str(self))

    def __int__(self):
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __bool__(self):
        return self._int != 0

    def __hash__(self):
        if self._exp >= 0 or self._int % 10 ** (-self._exp) == 0:
            return hash(int(self))
        return hash(float(self))

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._exp >= 0:
            return (int(self), 1)
        from fractions import Fraction
        f = Fraction(int(("-" if self._sign else "") + str(self._int)), 10 ** (-self._exp))
        return (f.numerator, f.denominator)

    # ---- arithmetic ------------------------------------------------------------------

    def _signed(self):
        return -self._int if self._sign else self._int

    @staticmethod
    def _from_signed(v, exp):
        return Decimal._make(1 if v < 0 else 0, abs(v), exp)

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        exp = min(self._exp, other._exp)
        a = self._signed() * 10 ** (self._exp - exp)
        b = other._signed() * 10 ** (other._exp - exp)
        s = a + b
        if s == 0:
            ctx = context or getcontext()
            neg = self._sign and other._sign or (ctx.rounding == ROUND_FLOOR
                                                 and (self._sign or other._sign))
            return Decimal._make(1 if neg else 0, 0, exp)
        return Decimal._from_signed(s, exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return Decimal._make(self._sign ^ other._sign, self._int * other._int,
                             self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                raise InvalidOperation([InvalidOperation])
            raise DivisionByZero("[<class 'decimal.DivisionByZero'>]")
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        shift = len(str(other._int)) - len(str(self._int)) + ctx.prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** (-shift))
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix(ctx)

    def __rtruediv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self)

    def _divmod(self, other):
        if other._int == 0:
            if self._int == 0:
                raise InvalidOperation([InvalidOperation])
            raise DivisionByZero("[<class 'decimal.DivisionByZero'>]")
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        sign = self._sign ^ other._sign
        return Decimal._make(sign, q, 0), Decimal._make(self._sign, r, exp)._fix()

    def __floordiv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other)[0]

    def __rfloordiv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self)

    def __mod__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other)[1]

    def __rmod__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self)

    def __divmod__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other)

    def __pow__(self, other, modulo=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if modulo is not None or other._exp < 0 and other._int % 10 ** (-other._exp):
            raise NotImplementedError("decimal: ** with a non-integer exponent or a "
                                      "modulus is not supported in gilpy")
        n = int(other)
        if n >= 0:
            return Decimal._make(self._sign if n % 2 else 0, self._int ** n,
                                 self._exp * n)._fix()
        one = Decimal(1)
        return one.__truediv__(Decimal._make(self._sign if n % 2 else 0, self._int ** -n,
                                             self._exp * -n))

    def __neg__(self):
        if self._int == 0:
            return Decimal._make(0, 0, self._exp)._fix()
        return self.copy_negate()._fix()

    def __pos__(self):
        if self._int == 0:
            return Decimal._make(0, 0, self._exp)
        return self._fix()

    def __abs__(self):
        return self.copy_abs()._fix()

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other):
        return Decimal._make(_convert(other)._sign, self._int, self._exp)

    # ---- comparisons -------------------------------------------------------------------

    def _cmp(self, other):
        exp = min(self._exp, other._exp)
        a = self._signed() * 10 ** (self._exp - exp)
        b = other._signed() * 10 ** (other._exp - exp)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, float):
            return float(self) == other
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._cmp(other) == 0

    def __lt__(self, other):
        if isinstance(other, float):
            return float(self) < other
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._cmp(other) < 0

    def __le__(self, other):
        if isinstance(other, float):
            return float(self) <= other
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._cmp(other) <= 0

    def __gt__(self, other):
        if isinstance(other, float):
            return float(self) > other
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._cmp(other) > 0

    def __ge__(self, other):
        if isinstance(other, float):
            return float(self) >= other
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._cmp(other) >= 0

    def compare(self, other):
        return Decimal(self._cmp(_convert(other)))

    def max(self, other):
        other = _convert(other)
        return (other if self._cmp(other) < 0 else self)._fix()

    def min(self, other):
        other = _convert(other)
        return (other if self._cmp(other) > 0 else self)._fix()

    # ---- rounding --------------------------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        target = exp._exp
        c = _round_coeff(self._sign, self._int, target - self._exp, rounding)
        if len(str(c)) > ctx.prec:
            raise InvalidOperation([InvalidOperation])
        return Decimal._make(self._sign, c, target)

    def __round__(self, n=None):
        if n is None:
            c = _round_coeff(self._sign, self._int, -self._exp, ROUND_HALF_EVEN)
            return -c if self._sign else c
        return self.quantize(Decimal._make(0, 1, -n))

    def __floor__(self):
        c = _round_coeff(self._sign, self._int, -self._exp, ROUND_FLOOR)
        return -c if self._sign else c

    def __ceil__(self):
        c = _round_coeff(self._sign, self._int, -self._exp, ROUND_CEILING)
        return -c if self._sign else c

    def to_integral_value(self, rounding=None, context=None):
        if self._exp >= 0:
            return self
        rounding = rounding or getcontext().rounding
        return Decimal._make(self._sign, _round_coeff(self._sign, self._int, -self._exp,
                                                      rounding), 0)

    to_integral = to_integral_value

    def normalize(self, context=None):
        d = self._fix(context)
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        c, exp = d._int, d._exp
        while c % 10 == 0:
            c //= 10
            exp += 1
        return Decimal._make(d._sign, c, exp)

    def adjusted(self):
        return self._exp + len(str(self._int)) - 1

    def is_zero(self):
        return self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_finite(self):
        return True

    def is_nan(self):
        return False

    def is_infinite(self):
        return False

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._sign and self._int:
            raise InvalidOperation([InvalidOperation])
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        prec = ctx.prec
        # Scale so the coefficient has enough digits, with an even exponent.
        e = self._exp
        c = self._int
        shift = 2 * prec + 2 - len(str(c))
        if shift < 0:
            shift = 0
        if (e - shift) % 2:
            shift += 1
        n = c * 10 ** shift
        r = _isqrt(n)
        exact = r * r == n
        exp = (e - shift) // 2
        if exact:
            ideal = e // 2
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        return Decimal._make(0, r, exp)._fix(ctx)

    # exp, ln and log10 compute in fixed point with 30 guard digits beyond the context
    # precision, then round once; a final sticky digit keeps an inexact result from
    # looking like a tie. (No infinities here: ln(0) raises InvalidOperation.)

    def exp(self, context=None):
        ctx = context or getcontext()
        if self._int == 0:
            return Decimal._make(0, 1, 0)
        if self.adjusted() > 5:
            # CPython overflows (or underflows) here; gilpy has no Overflow signal.
            raise InvalidOperation([InvalidOperation])
        guard = ctx.prec + 30
        prec = guard + (abs(self._int) * 10 ** max(self._exp, 0)).bit_length() // 2
        one = 10 ** prec
        x = self._int * 10 ** (prec + self._exp) if prec + self._exp >= 0 \
            else self._int // 10 ** -(prec + self._exp)
        if self._sign:
            x = -x
        ln2 = _ln2_fixed(prec)
        k = (2 * x + ln2) // (2 * ln2)
        r = x - k * ln2
        total = one
        term = one
        n = 1
        while term:
            term = _tdiv(term * r, one * n)
            total += term
            n += 1
        total = total << k if k >= 0 else total >> -k
        return Decimal._make(0, total * 10 + 1, -prec - 1)._fix(ctx)

    def ln(self, context=None):
        ctx = context or getcontext()
        if self._sign or self._int == 0:
            raise InvalidOperation([InvalidOperation])
        if self._int == 1 and self._exp == 0:
            return Decimal._make(0, 0, 0)
        prec = ctx.prec + 30 + len(str(abs(self._exp) + len(str(self._int))))
        v = _ln_fixed(self._int, self._exp, prec)
        return Decimal._make(1 if v < 0 else 0, abs(v) * 10 + 1, -prec - 1)._fix(ctx)

    def log10(self, context=None):
        ctx = context or getcontext()
        if self._sign or self._int == 0:
            raise InvalidOperation([InvalidOperation])
        c, e = self._int, self._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        if c == 1:
            # An exact power of ten: the exponent itself.
            return Decimal._make(1 if e < 0 else 0, abs(e), 0)
        prec = ctx.prec + 30 + len(str(abs(self._exp) + len(str(self._int))))
        v = _ln_fixed(self._int, self._exp, prec) * 10 ** prec // _ln10_fixed(prec)
        return Decimal._make(1 if v < 0 else 0, abs(v) * 10 + 1, -prec - 1)._fix(ctx)


def _tdiv(a, b):
    """a / b rounded toward zero (floor division would leave a negative series term
    at -1 for ever)."""
    return a // b if a >= 0 else -(-a // b)


def _atanh_inv(n, prec):
    """atanh(1/n) in fixed point (times 10**prec), for an integer n > 1."""
    term = 10 ** prec // n
    total = term
    n2 = n * n
    k = 1
    while term:
        term //= n2
        k += 2
        total += term // k
    return total


def _ln2_fixed(prec):
    return 2 * _atanh_inv(3, prec)


def _ln10_fixed(prec):
    # ln 10 = 3 ln 2 + ln 1.25, and ln 1.25 = 2 atanh(1/9).
    return 3 * _ln2_fixed(prec) + 2 * _atanh_inv(9, prec)


def _ln_fixed(c, e, prec):
    """ln(c * 10**e) in fixed point (times 10**prec), for an integer c > 0."""
    one = 10 ** prec
    d = len(str(c))
    # c * 10**e = m * 10**(e + d) with m = c / 10**d in [0.1, 1), doubled into [0.5, 1).
    m = c * one // 10 ** d
    j = 0
    while 2 * m < one:
        m *= 2
        j += 1
    # ln m = 2 atanh(q), q = (m - 1) / (m + 1), |q| <= 1/3.
    q = _tdiv((m - one) * one, m + one)
    q2 = q * q // one
    total = q
    term = q
    k = 1
    while term:
        term = _tdiv(term * q2, one)
        k += 2
        total += _tdiv(term, k)
    return 2 * total - j * _ln2_fixed(prec) + (e + d) * _ln10_fixed(prec)


def _isqrt(n):
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _convert(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    return NotImplemented


# ---- NaN, sNaN and Infinity ----------------------------------------------------------
# A special value keeps CPython's representation: `_exp` is "F" (infinity), "n" (quiet
# NaN) or "N" (signaling NaN), `_int` a NaN's payload, and `_special` is True. The
# finite methods above never see one: each is wrapped below by a version that handles
# special operands first.

Decimal._special = False
_INVALID = [InvalidOperation]


def _special(sign, kind, payload=0):
    d = object.__new__(Decimal)
    d._sign, d._int, d._exp, d._special = sign, payload, kind, True
    return d


def _is_nan(d):
    return d._special and d._exp != "F"


def _is_inf(d):
    return d._special and d._exp == "F"


def _nan_of(a, b=None):
    # The NaN an operation with a NaN operand returns (a signaling one is invalid).
    for d in (a, b):
        if d is not None and d._special and d._exp == "N":
            raise InvalidOperation(_INVALID)
    for d in (a, b):
        if d is not None and _is_nan(d):
            return d
    return None


def _etiny(ctx):
    return -999999 - ctx.prec + 1


def _add_special(a, b):
    n = _nan_of(a, b)
    if n is not None:
        return n
    if _is_inf(a) and _is_inf(b) and a._sign != b._sign:
        raise InvalidOperation(_INVALID)
    return a if _is_inf(a) else b


def _mul_special(a, b):
    n = _nan_of(a, b)
    if n is not None:
        return n
    finite = b if _is_inf(a) else a
    if not finite._special and finite._int == 0:
        raise InvalidOperation(_INVALID)
    return _special(a._sign ^ b._sign, "F")


def _div_special(a, b):
    n = _nan_of(a, b)
    if n is not None:
        return n
    if _is_inf(a) and _is_inf(b):
        raise InvalidOperation(_INVALID)
    if _is_inf(a):
        return _special(a._sign ^ b._sign, "F")
    return Decimal._make(a._sign ^ b._sign, 0, _etiny(getcontext()))


def _floordiv_special(a, b):
    n = _nan_of(a, b)
    if n is not None:
        return n
    if _is_inf(a) and _is_inf(b):
        raise InvalidOperation(_INVALID)
    if _is_inf(a):
        return _special(a._sign ^ b._sign, "F")
    return Decimal._make(a._sign ^ b._sign, 0, 0)


def _mod_special(a, b):
    n = _nan_of(a, b)
    if n is not None:
        return n
    if _is_inf(a):
        raise InvalidOperation(_INVALID)
    return a._fix()


def _divmod_special(a, b):
    n = _nan_of(a, b)
    if n is not None:
        return (n, n)
    return (_floordiv_special(a, b), _mod_special(a, b))


def _pow_special(a, b):
    n = _nan_of(a, b)
    if n is not None:
        return n
    if _is_inf(b):
        if a._special:
            mag_big = True
        else:
            mag_big = a._cmp(Decimal(1)) != 0 and (a.copy_abs()._cmp(Decimal(1)) > 0)
        if not a._special and a.copy_abs()._cmp(Decimal(1)) == 0:
            # 1 ** inf is exactly 1, shown with the context's full precision.
            prec = getcontext().prec
            return Decimal._make(0, 10 ** (prec - 1), 1 - prec)
        big = (mag_big and not b._sign) or (not mag_big and b._sign)
        return _special(0, "F") if big else Decimal._make(0, 0, 0)
    # a is infinite, b finite
    if b._int == 0:
        return Decimal._make(0, 1, 0)
    odd = b._exp >= 0 and (b._int * 10 ** b._exp) % 2 == 1
    sign = a._sign if odd else 0
    return _special(sign, "F") if not b._sign else Decimal._make(sign, 0, 0)


def _binary(name, fn, reflected=False):
    orig = Decimal.__dict__[name]

    def method(self, other, *rest):
        o = _convert(other)
        if o is not NotImplemented and (self._special or o._special):
            return fn(o, self) if reflected else fn(self, o)
        return orig(self, other, *rest)
    method.__name__ = name
    setattr(Decimal, name, method)


for _name, _fn in (("__add__", _add_special), ("__mul__", _mul_special),
                   ("__truediv__", _div_special), ("__floordiv__", _floordiv_special),
                   ("__mod__", _mod_special), ("__divmod__", _divmod_special),
                   ("__pow__", _pow_special)):
    _binary(_name, _fn)
for _name, _fn in (("__rtruediv__", _div_special), ("__rfloordiv__", _floordiv_special),
                   ("__rmod__", _mod_special)):
    _binary(_name, _fn, reflected=True)
Decimal.__radd__ = Decimal.__add__
Decimal.__rmul__ = Decimal.__mul__


def _unary(name, fn):
    orig = Decimal.__dict__[name]

    def method(self, *args, **kwargs):
        if self._special:
            return fn(self, *args, **kwargs)
        return orig(self, *args, **kwargs)
    method.__name__ = name
    setattr(Decimal, name, method)


def _same(d, *args, **kwargs):
    n = _nan_of(d)
    return n if n is not None else d


def _cannot_round(d, *args):
    if _is_nan(d):
        raise ValueError("cannot round a NaN")
    raise OverflowError("cannot round an infinity")


def _round_special(d, n=None):
    if n is None:
        _to_int(d)
    if _is_inf(d):
        raise InvalidOperation(_INVALID)
    return _same(d)


def _to_int(d):
    if _is_nan(d):
        raise ValueError("cannot convert NaN to integer")
    raise OverflowError("cannot convert Infinity to integer")


def _to_float(d):
    if d._exp == "N":
        raise ValueError("cannot convert signaling NaN to float")
    if d._exp == "n":
        return float("-nan") if d._sign else float("nan")
    return float("-inf") if d._sign else float("inf")


def _special_str(d, *args):
    sign = "-" if d._sign else ""
    if d._exp == "F":
        return sign + "Infinity"
    payload = str(d._int) if d._int else ""
    return sign + ("sNaN" if d._exp == "N" else "NaN") + payload


def _special_format(d, spec):
    import re
    m = re.match(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$",
                 spec)
    if m is None:
        raise ValueError("Invalid format specifier")
    fill, align, signopt, _, _, _, width, _, _, typ = m.groups()
    body = _special_str(d.copy_abs())
    if typ == "%":
        body += "%"
    sign = "-" if d._sign else ("+" if signopt == "+" else (" " if signopt == " " else ""))
    width = int(width) if width else 0
    # A '0' flag does not zero-pad a special value (CPython pads with spaces).
    fill = fill or " "
    align = align or ">"
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == "<":
        return sign + body + fill * pad
    if align == "^":
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
    if align == "=":
        return sign + fill * pad + body
    return fill * pad + sign + body


def _special_hash(d):
    if d._exp == "N":
        raise TypeError("Cannot hash a signaling NaN value.")
    if d._exp == "n":
        return object.__hash__(d)
    return hash(float("-inf") if d._sign else float("inf"))


def _special_ratio(d):
    if _is_nan(d):
        raise ValueError("cannot convert NaN to integer ratio")
    raise OverflowError("cannot convert Infinity to integer ratio")


def _special_quantize(d, exp, rounding=None, context=None):
    exp = _convert(exp)
    n = _nan_of(d, exp)
    if n is not None:
        return n
    if _is_inf(d) and _is_inf(exp):
        return d
    raise InvalidOperation(_INVALID)


def _special_sqrt(d, context=None):
    n = _nan_of(d)
    if n is not None:
        return n
    if d._sign:
        raise InvalidOperation(_INVALID)
    return d


def _special_exp(d, context=None):
    n = _nan_of(d)
    if n is not None:
        return n
    return Decimal._make(0, 0, 0) if d._sign else d


def _special_ln(d, context=None):
    n = _nan_of(d)
    if n is not None:
        return n
    if d._sign:
        raise InvalidOperation(_INVALID)
    return d


for _name, _fn in (
        ("__neg__", lambda d: _special(1 - d._sign, d._exp, d._int)),
        ("__pos__", _same), ("__abs__", lambda d: _special(0, d._exp, d._int)),
        ("copy_abs", lambda d: _special(0, d._exp, d._int)),
        ("copy_negate", lambda d: _special(1 - d._sign, d._exp, d._int)),
        ("copy_sign", lambda d, o: _special(_convert(o)._sign, d._exp, d._int)),
        ("_fix", lambda d, context=None: d), ("normalize", _same),
        ("to_integral_value", _same), ("quantize", _special_quantize),
        ("__round__", _round_special), ("__floor__", _cannot_round), ("__ceil__", _cannot_round),
        ("__int__", _to_int), ("__float__", _to_float), ("__bool__", lambda d: True),
        ("__hash__", _special_hash), ("__str__", _special_str),
        ("__format__", _special_format), ("as_integer_ratio", _special_ratio),
        ("as_tuple", lambda d: DecimalTuple(d._sign, tuple(int(c) for c in str(d._int)) if _is_nan(d) and d._int else (0,) if _is_inf(d) else (), d._exp)),
        ("adjusted", lambda d: 0), ("is_zero", lambda d: False),
        ("sqrt", _special_sqrt), ("exp", _special_exp), ("ln", _special_ln),
        ("log10", _special_ln)):
    _unary(_name, _fn)
Decimal.__trunc__ = Decimal.__int__
Decimal.to_integral = Decimal.to_integral_value
Decimal.is_finite = lambda self: not self._special
Decimal.is_nan = lambda self: _is_nan(self)
Decimal.is_infinite = lambda self: _is_inf(self)
Decimal.is_qnan = lambda self: self._special and self._exp == "n"
Decimal.is_snan = lambda self: self._special and self._exp == "N"


def _special_cmp(a, b):
    # -Infinity < every finite value < Infinity; a NaN cannot be ordered.
    if _is_nan(a) or _is_nan(b):
        raise InvalidOperation(_INVALID)
    ka = (-1 if a._sign else 1) if _is_inf(a) else 0
    kb = (-1 if b._sign else 1) if _is_inf(b) else 0
    if ka != kb or ka != 0:
        return (ka > kb) - (ka < kb)
    return _cmp_finite(a, b)


_cmp_finite = Decimal._cmp


def _cmp(self, other):
    if self._special or other._special:
        return _special_cmp(self, other)
    return _cmp_finite(self, other)


Decimal._cmp = _cmp
_eq_finite = Decimal.__eq__


def _eq(self, other):
    if isinstance(other, Decimal) and (_is_nan(self) or _is_nan(other)):
        if self._exp == "N" or other._exp == "N":
            raise InvalidOperation(_INVALID)
        return False
    if _is_nan(self) and isinstance(other, (int, float)):
        return False
    return _eq_finite(self, other)


Decimal.__eq__ = _eq
Decimal.__hash__ = Decimal.__dict__["__hash__"]
_compare_finite = Decimal.compare


def _compare(self, other):
    o = _convert(other)
    if o is not NotImplemented:
        n = _nan_of(self, o)
        if n is not None:
            return n
    return _compare_finite(self, other)


Decimal.compare = _compare
_new_finite = Decimal.__new__


def _new(cls, value="0", context=None):
    if isinstance(value, Decimal) and value._special:
        return _special(value._sign, value._exp, value._int)
    if isinstance(value, str):
        parsed = _parse(value)
        if parsed is not None and isinstance(parsed[2], str):
            return _special(parsed[0], parsed[2], parsed[1])
    elif isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        sign = 1 if _math.copysign(1.0, value) < 0 else 0
        return _special(sign, "n" if value != value else "F")
    elif isinstance(value, tuple) and len(value) == 3 and value[2] in ("F", "n", "N"):
        payload = int("".join(str(x) for x in value[1]) or "0") if value[2] != "F" else 0
        return _special(value[0], value[2], payload)
    return _new_finite(cls, value, context)


Decimal.__new__ = _new
