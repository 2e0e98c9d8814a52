# The `cmath` module: complex math on top of `math`, with CPython's formulas for the
# principal branches. Results match CPython for ordinary (finite, non-signed-zero) input.

import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, math.inf)
nanj = complex(0.0, math.nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z, 0.0)
    if hasattr(z, "__complex__"):
        return z.__complex__()
    if hasattr(z, "__float__"):
        return complex(z.__float__(), 0.0)
    raise TypeError("must be real number, not %s" % type(z).__name__)


def phase(z):
    z = _c(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), phase(z)


def rect(r, phi):
    return complex(r * math.cos(phi), r * math.sin(phi))


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0 and y == 0:
        return complex(0.0, y)
    s = math.sqrt((abs(x) + math.hypot(x, y)) / 2)
    if x >= 0:
        return complex(s, math.copysign(abs(y) / (2 * s), y))
    return complex(abs(y) / (2 * s), math.copysign(s, y))


def exp(z):
    z = _c(z)
    m = math.exp(z.real)
    if z.imag == 0:
        return complex(m, z.imag)
    return complex(m * math.cos(z.imag), m * math.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    if z == 0:
        raise ValueError("math domain error")
    r = complex(math.log(abs(z)), phase(z))
    if base is not None:
        r = r / log(base)
    return r


def log10(z):
    r = log(z)
    return complex(r.real / math.log(10), r.imag / math.log(10))


def sin(z):
    z = _c(z)
    return complex(math.sin(z.real) * math.cosh(z.imag), math.cos(z.real) * math.sinh(z.imag))


def cos(z):
    z = _c(z)
    return complex(math.cos(z.real) * math.cosh(z.imag), -math.sin(z.real) * math.sinh(z.imag))


def tan(z):
    return sin(z) / cos(z)


def sinh(z):
    z = _c(z)
    return complex(math.sinh(z.real) * math.cos(z.imag), math.cosh(z.real) * math.sin(z.imag))


def cosh(z):
    z = _c(z)
    return complex(math.cosh(z.real) * math.cos(z.imag), math.sinh(z.real) * math.sin(z.imag))


def tanh(z):
    return sinh(z) / cosh(z)


def isfinite(z):
    z = _c(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _c(a), _c(b)
    if a == b:
        return True
    diff = abs(a - b)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol
