# The `statistics` module: averages and spread of data, in plain Python. mean and
# harmonic_mean sum exactly (Fractions) as CPython does; other sums of floats use
# math.fsum, and results keep CPython's types for int and float data (mean of ints
# that divide evenly is an int; variance of ints is computed exactly, then converted).

import math

__all__ = ["StatisticsError", "mean", "fmean", "geometric_mean", "harmonic_mean", "median",
           "median_low", "median_high", "median_grouped", "mode", "multimode", "pstdev",
           "pvariance", "stdev", "variance", "quantiles"]


class StatisticsError(ValueError):
    pass


def _exact(x):
    # The exact rational value of a data point (ints stay ints).
    if isinstance(x, int):
        return int(x)
    from fractions import Fraction
    return x if isinstance(x, Fraction) else Fraction(x)


def _coerce(T, S):
    # The result type for data of types T and S, by CPython's rules.
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    from fractions import Fraction
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total as a Fraction, count): sums without rounding, as CPython's
    statistics does, so results are the correctly rounded value of the exact answer."""
    from fractions import Fraction
    T = int
    total = Fraction(0)
    n = 0
    for x in data:
        T = _coerce(T, type(x))
        total += _exact(x)
        n += 1
    return T, total, n


def _convert(value, T):
    # An exact Fraction result back to the data's type (ints that do not divide: float).
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        return T(value.numerator) / T(value.denominator)


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("mean requires at least one data point")
    T, total, n = _sum(data)
    return _convert(total / n, T)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    total = math.fsum(weights)
    if not total:
        raise StatisticsError("sum of weights must be non-zero")
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("geometric_mean requires at least one data point")
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing "
                              "positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(w for w in weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    try:
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    lo = data.index(x)
    hi = lo
    while hi < n and data[hi] == x:
        hi += 1
    L = x - interval / 2
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def mode(data):
    data = list(data)
    if not data:
        raise StatisticsError("no mode for empty data")
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    for x in counts:
        if counts[x] == best:
            return x


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


def _ss(data, c=None):
    """Sum of squared deviations, exact for ints, and the mean used."""
    if all(isinstance(x, int) for x in data):
        n = len(data)
        total = sum(data)
        # n^2 * ss, kept as an exact integer.
        ss_n2 = sum((x * n - total) ** 2 for x in data)
        return ss_n2, n * n, int
    m = math.fsum(data) / len(data) if c is None else c
    ss = math.fsum((x - m) ** 2 for x in data)
    ss -= math.fsum(x - m for x in data) ** 2 / len(data)
    return ss, 1, float


def variance(data, xbar=None):
    data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    ss, scale, kind = _ss(data, xbar)
    return _frac(ss, scale * (n - 1), kind)


def pvariance(data, mu=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    ss, scale, kind = _ss(data, mu)
    return _frac(ss, scale * n, kind)


def _frac(num, den, kind):
    if kind is int:
        q, r = divmod(num, den)
        return q if r == 0 else num / den
    return num / den


def _sqrt_frac(num, den, kind):
    # CPython rounds sqrt(num / den) correctly; this may differ in the last bit.
    return math.sqrt(num / den)


def stdev(data, xbar=None):
    data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    ss, scale, kind = _ss(data, xbar)
    return _sqrt_frac(ss, scale * (n - 1), kind)


def pstdev(data, mu=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    ss, scale, kind = _ss(data, mu)
    return _sqrt_frac(ss, scale * n, kind)


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError("Unknown method: %r" % (method,))
