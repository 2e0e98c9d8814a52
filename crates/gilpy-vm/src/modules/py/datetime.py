# The `datetime` module: timedelta, date, datetime, time and a fixed-offset timezone,
# following CPython's pure-Python datetime (proleptic Gregorian calendar, the same
# reprs, str forms, arithmetic and error messages). Local time comes from `time`.

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
_DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(name, v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(v, int):
        raise TypeError("an integer is required (got type %s)" % type(v).__name__)
    return v


def _check_date_fields(year, month, day):
    _check_int("year", year)
    _check_int("month", month)
    _check_int("day", day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time_fields(hour, minute, second, microsecond):
    for name, v, hi in (("hour", hour, 23), ("minute", minute, 59), ("second", second, 59),
                        ("microsecond", microsecond, 999999)):
        _check_int(name, v)
        if not 0 <= v <= hi:
            raise ValueError("%s must be in 0..%d" % (name, hi))


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


class timedelta:
    """A duration: days, seconds and microseconds, normalised as CPython does."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hash")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        for p in parts:
            if not isinstance(p, (int, float)):
                raise TypeError("unsupported type for timedelta component: %s" % type(p).__name__)
        if all(isinstance(p, int) for p in parts):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
        else:
            whole = weeks * 7 + days
            us = round(((((whole * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000)
                       + milliseconds * 1000 + microseconds)
        return cls._from_us(us)

    # pickle/copy: CPython's reduced form (so pickles travel between the two).
    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(cls)
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hash = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = "%d day%s, " % (self._days, plural) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(round(self._to_us() / other))
        if isinstance(other, float):
            return timedelta._from_us(round(self._to_us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash(self._to_us())

    def __bool__(self):
        return self._to_us() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _wrap_strftime(obj, fmt):
    """strftime for date/datetime/time objects, computed here (no C library)."""
    out = []
    i = 0
    n = len(fmt)
    y, mo, d = getattr(obj, "year", 1900), getattr(obj, "month", 1), getattr(obj, "day", 1)
    hh, mm = getattr(obj, "hour", 0), getattr(obj, "minute", 0)
    ss, us = getattr(obj, "second", 0), getattr(obj, "microsecond", 0)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        wd = (_ymd2ord(y, mo, d) + 6) % 7
        yday = _days_before_month(y, mo) + d
        if k == "Y":
            out.append("%d" % y if y >= 1000 else "%04d" % y)
        elif k == "y":
            out.append("%02d" % (y % 100))
        elif k == "m":
            out.append("%02d" % mo)
        elif k == "d":
            out.append("%02d" % d)
        elif k == "e":
            out.append("%2d" % d)
        elif k == "H":
            out.append("%02d" % hh)
        elif k == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif k == "M":
            out.append("%02d" % mm)
        elif k == "S":
            out.append("%02d" % ss)
        elif k == "f":
            out.append("%06d" % us)
        elif k == "p":
            out.append("AM" if hh < 12 else "PM")
        elif k == "A":
            out.append(_DAYNAMES[wd])
        elif k == "a":
            out.append(_DAYNAMES[wd][:3])
        elif k == "B":
            out.append(_MONTHNAMES[mo])
        elif k in "bh":
            out.append(_MONTHNAMES[mo][:3])
        elif k == "j":
            out.append("%03d" % yday)
        elif k == "w":
            out.append("%d" % ((wd + 1) % 7))
        elif k == "u":
            out.append("%d" % (wd + 1))
        elif k == "U":
            out.append("%02d" % ((yday + 6 - (wd + 1) % 7) // 7))
        elif k == "W":
            out.append("%02d" % ((yday + 6 - wd) // 7))
        elif k == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[wd][:3], _MONTHNAMES[mo][:3],
                                                       d, hh, mm, ss, y))
        elif k == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif k == "X":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif k == "D":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif k == "F":
            out.append("%04d-%02d-%02d" % (y, mo, d))
        elif k == "T":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif k == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append("" if off is None else _format_offset(off, ""))
        elif k == "Z":
            tz = getattr(obj, "tzinfo", None)
            out.append("" if tz is None else (tz.tzname(obj) or ""))
        elif k == "%":
            out.append("%")
        else:
            out.append("%" + k)
    return "".join(out)


def _format_offset(off, sep=":"):
    sign = "+"
    if off._to_us() < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off._to_us(), 3600 * 10 ** 6)
    mm, rest = divmod(rest, 60 * 10 ** 6)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    ss, us = divmod(rest, 10 ** 6)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


class IsoCalendarDate(tuple):
    """date.isocalendar()'s result: a (year, week, weekday) tuple with names."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % ("datetime.IsoCalendarDate", *self)


class date:
    """A calendar date."""

    __slots__ = ("_year", "_month", "_day", "_hash")

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, bytearray)) and len(year) == 4:
            # The pickled state: CPython's four bytes (year high, year low, month, day).
            year, month, day = year[0] * 256 + year[1], year[2], year[3]
        _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hash = -1
        return self

    def __reduce__(self):
        return (type(self), (bytes([self._year >> 8, self._year & 255, self._month,
                                    self._day]),))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) == 10 and s[4] == "-" and s[7] == "-":
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError("Invalid isoformat string: %r" % s)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd - 1][:3], _MONTHNAMES[self._month][:3],
                                           self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


_MAXORDINAL = 3652059


def _isoweek1monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base for time zones."""

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __new__(cls, offset, name=None):
        # timezone(timedelta(0)) is timezone.utc, as in CPython (unpickling relies on it).
        utc = cls.__dict__.get("utc")
        if cls is timezone and name is None and utc is not None and offset == utc._offset:
            return utc
        return object.__new__(cls)

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        self._offset = offset
        self._name = name

    def __reduce__(self):
        if self._name is None:
            return (type(self), (self._offset,))
        return (type(self), (self._offset, self._name))

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


def _parse_hms(t):
    # [HH[:?MM[:?SS]]][{.,}fraction] as CPython 3.11's C parser reads it: two-digit
    # fields, separators used consistently, a fraction after any field (cut to 6 digits).
    vals = [0, 0, 0, 0]
    pos = 0
    n = len(t)
    sep = False
    frac = False
    for i in range(3):
        if pos + 2 > n or not t[pos:pos + 2].isdigit() or not t[pos:pos + 2].isascii():
            return None
        vals[i] = int(t[pos:pos + 2])
        pos += 2
        if pos >= n:
            return vals
        c = t[pos]
        if i == 0:
            sep = c == ":"
        if sep and c == ":":
            pos += 1
            if i == 2:
                # CPython reads a colon after the seconds as the fraction's start.
                frac = True
                break
        elif c in ".,":
            pos += 1
            frac = True
            break
        elif sep:
            return None
        elif i == 2:
            return None
    if not frac:
        return None
    digits = t[pos:]
    if not digits or not digits.isdigit() or not digits.isascii():
        return None
    vals[3] = int((digits[:6] + "00000")[:6])
    return vals


def _parse_isotime(text):
    # (hour, minute, second, microsecond, tzinfo) of an ISO 8601 time, or None.
    cut = len(text)
    for i, ch in enumerate(text):
        if ch in "+-Z":
            cut = i
            break
    hms = _parse_hms(text[:cut])
    if hms is None:
        return None
    tz = None
    if cut < len(text):
        sign = text[cut]
        rest = text[cut + 1:]
        if sign == "Z":
            if rest:
                return None
            tz = timezone.utc
        else:
            off = _parse_hms(rest)
            if off is None:
                return None
            delta = timedelta(hours=off[0], minutes=off[1], seconds=off[2], microseconds=off[3])
            if sign == "-":
                delta = -delta
            tz = timezone.utc if not delta else timezone(delta)
    return hms[0], hms[1], hms[2], hms[3], tz


class time:
    """A time of day."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        if isinstance(hour, (bytes, bytearray)) and len(hour) == 6:
            # The pickled state (CPython's six bytes), with the tzinfo second.
            tzinfo = None if minute == 0 else minute
            state = hour
            hour, minute, second = state[0] & 127, state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        _check_time_fields(hour, minute, second, microsecond)
        self.hour, self.minute, self.second, self.microsecond = hour, minute, second, microsecond
        self.tzinfo = tzinfo

    def isoformat(self, timespec="auto"):
        if timespec == "auto":
            timespec = "microseconds" if self.microsecond else "seconds"
        if timespec == "hours":
            s = "%02d" % self.hour
        elif timespec == "minutes":
            s = "%02d:%02d" % (self.hour, self.minute)
        elif timespec == "seconds":
            s = "%02d:%02d:%02d" % (self.hour, self.minute, self.second)
        elif timespec == "milliseconds":
            s = "%02d:%02d:%02d.%03d" % (self.hour, self.minute, self.second,
                                         self.microsecond // 1000)
        elif timespec == "microseconds":
            s = "%02d:%02d:%02d.%06d" % (self.hour, self.minute, self.second, self.microsecond)
        else:
            raise ValueError("Unknown timespec value")
        if self.tzinfo is not None:
            s += _format_offset(self.tzinfo.utcoffset(None))
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        text = s[1:] if s.startswith("T") else s
        fields = _parse_isotime(text)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        h, m, sec, us, tz = fields
        return cls(h, m, sec, us, tz)

    def __reduce__(self):
        us = self.microsecond
        state = bytes([self.hour, self.minute, self.second, us >> 16, (us >> 8) & 255,
                       us & 255])
        if self.tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self.tzinfo))

    def __repr__(self):
        args = [self.hour, self.minute, self.second, self.microsecond]
        if args[-1] == 0:
            del args[-1]
        if args[-1] == 0:
            del args[-1]
        s = "datetime.time(%s)" % ", ".join(map(str, args))
        if self.tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self.tzinfo
        return s

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None):
        return time(self.hour if hour is None else hour, self.minute if minute is None else minute,
                    self.second if second is None else second,
                    self.microsecond if microsecond is None else microsecond, self.tzinfo)

    def _key(self):
        return (self.hour, self.minute, self.second, self.microsecond)

    def __eq__(self, o):
        return isinstance(o, time) and self._key() == o._key()

    def __lt__(self, o):
        return self._key() < o._key()

    def __le__(self, o):
        return self._key() <= o._key()

    def __gt__(self, o):
        return self._key() > o._key()

    def __ge__(self, o):
        return self._key() >= o._key()

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)


class datetime(date):
    """A date with a time of day."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None):
        if isinstance(year, (bytes, bytearray)) and len(year) == 10:
            # The pickled state (CPython's ten bytes), with the tzinfo second.
            tzinfo = month
            state = year
            year, month, day = state[0] * 256 + state[1], state[2] & 127, state[3]
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hash = -1
        return self

    def __reduce__(self):
        y, us = self._year, self._microsecond
        state = bytes([y >> 8, y & 255, self._month, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        frac, t = _fmod1(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        if tz is None:
            tm = _time.localtime(t)
            return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, us)
        tm = _time.gmtime(t)
        dt = cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, us, tz)
        return dt + tz.utcoffset(dt)

    @classmethod
    def utcfromtimestamp(cls, t):
        frac, t = _fmod1(t)
        tm = _time.gmtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                   round(frac * 1e6))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            d = date.fromisoformat(s[:10])
            rest = s[11:]
            if len(s) > 10 and s[10] not in "T ":
                raise ValueError
            hh = mm = ss = us = 0
            tz = None
            if rest:
                for sign in "+-":
                    if sign in rest:
                        rest, off = rest.split(sign)
                        oh, om = int(off[:2]), int(off[-2:])
                        delta = timedelta(hours=oh, minutes=om)
                        tz = timezone(delta if sign == "+" else -delta)
                if rest.endswith("Z"):
                    rest = rest[:-1]
                    tz = timezone.utc
                parts = rest.split(":")
                hh = int(parts[0])
                if len(parts) > 1:
                    mm = int(parts[1])
                if len(parts) > 2:
                    sec = parts[2]
                    if "." in sec:
                        sec, frac = sec.split(".")
                        us = int((frac + "000000")[:6])
                    ss = int(sec)
            return cls(d.year, d.month, d.day, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % s) from None

    @classmethod
    def strptime(cls, s, fmt):
        return _strptime(cls, s, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True):
        def pick(v, cur):
            return cur if v is None else v
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute),
                          pick(second, self._second), pick(microsecond, self._microsecond),
                          self._tzinfo if tzinfo is True else tzinfo)

    def astimezone(self, tz=None):
        if tz is None:
            return self
        off = self.utcoffset()
        if off is None:
            utc = self - timedelta(seconds=_local_offset(self))
        else:
            utc = (self - off).replace(tzinfo=None)
        r = utc + tz.utcoffset(utc)
        return r.replace(tzinfo=tz)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return _time.mktime(self.timetuple()) + self._microsecond / 1e6
        return (self - off).replace(tzinfo=None)._epoch_seconds()

    def _epoch_seconds(self):
        days = self.toordinal() - _EPOCH_ORD
        return (days * 86400 + self._hour * 3600 + self._minute * 60 + self._second
                + self._microsecond / 1e6)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        if timespec == "auto":
            timespec = "microseconds" if self._microsecond else "seconds"
        if timespec == "hours":
            s += "%02d" % self._hour
        elif timespec == "minutes":
            s += "%02d:%02d" % (self._hour, self._minute)
        elif timespec == "seconds":
            s += "%02d:%02d:%02d" % (self._hour, self._minute, self._second)
        elif timespec == "milliseconds":
            s += "%02d:%02d:%02d.%03d" % (self._hour, self._minute, self._second,
                                          self._microsecond // 1000)
        elif timespec == "microseconds":
            s += "%02d:%02d:%02d.%06d" % (self._hour, self._minute, self._second, self._microsecond)
        else:
            raise ValueError("Unknown timespec value")
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond]
        if args[-1] == 0:
            del args[-1]
        if args[-1] == 0:
            del args[-1]
        s = "datetime.datetime(%s)" % ", ".join(map(str, args))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        return s

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[wd - 1][:3],
                                                 _MONTHNAMES[self._month][:3], self._day,
                                                 self._hour, self._minute, self._second,
                                                 self._year)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _cmpkey(self, other):
        if not isinstance(other, datetime):
            return None
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a is None or a == b:
            return self._key(), other._key()
        return (self - a).replace(tzinfo=None)._key(), (other - b).replace(tzinfo=None)._key()

    def __eq__(self, other):
        if isinstance(other, datetime):
            try:
                x, y = self._cmpkey(other)
            except TypeError:
                return False
            return x == y
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError("can't compare datetime.datetime to datetime.date")
            return NotImplemented
        x, y = self._cmpkey(other)
        return x < y

    def __le__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        x, y = self._cmpkey(other)
        return x <= y

    def __gt__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        x, y = self._cmpkey(other)
        return x > y

    def __ge__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        x, y = self._cmpkey(other)
        return x >= y

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._key())
        return hash((self - off).replace(tzinfo=None)._key())

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    @classmethod
    def _from_us(cls, us, tz):
        s, us = divmod(us, 1000000)
        days, s = divmod(s, 86400)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._to_us() + other._to_us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._to_us() - other._to_us(), self._tzinfo)
        if isinstance(other, datetime):
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._to_us() - other._to_us()
            if a is not None:
                diff -= a._to_us() - b._to_us()
            return timedelta._from_us(diff)
        return NotImplemented


_EPOCH_ORD = _ymd2ord(1970, 1, 1)


def _fmod1(t):
    whole = int(t // 1)
    return t - whole, whole


def _local_offset(dt):
    t = _time.mktime(dt.timetuple())
    g = _time.gmtime(t)
    return (datetime(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
            - dt.replace(microsecond=0)).total_seconds() * -1


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strptime(cls, s, fmt):
    if not isinstance(s, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(s).__name__)
    vals = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    pm = None
    tz = None
    i = 0
    j = 0
    n = len(s)

    def fail():
        raise ValueError("time data %r does not match format %r" % (s, fmt))

    def digits(lo, hi):
        nonlocal j
        k = j
        while k < n and k - j < hi and s[k].isdigit():
            k += 1
        if k - j < lo:
            fail()
        v = int(s[j:k])
        j = k
        return v

    def name(table):
        nonlocal j
        for idx, full in enumerate(table):
            if full is None:
                continue
            for cand in (full, full[:3]):
                if s[j:j + len(cand)].lower() == cand.lower():
                    j += len(cand)
                    return idx
        fail()

    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            k = fmt[i + 1]
            i += 2
            if k == "Y":
                vals["Y"] = digits(4, 4)
            elif k == "y":
                y = digits(2, 2)
                vals["Y"] = y + (2000 if y < 69 else 1900)
            elif k in "mdHMS":
                vals[k] = digits(1, 2)
            elif k == "I":
                vals["H"] = digits(1, 2)
                if pm is None:
                    pm = False
            elif k == "f":
                start = j
                v = digits(1, 6)
                vals["f"] = v * 10 ** (6 - (j - start))
            elif k == "j":
                vals["j"] = digits(1, 3)
            elif k == "p":
                word = s[j:j + 2].upper()
                if word not in ("AM", "PM"):
                    fail()
                pm = word == "PM"
                j += 2
            elif k in "Bb":
                vals["m"] = name(_MONTHNAMES)
            elif k in "Aa":
                name(_DAYNAMES)
            elif k == "z":
                if j < n and s[j] == "Z":
                    j += 1
                    tz = timezone.utc
                else:
                    if j >= n or s[j] not in "+-":
                        fail()
                    sign = -1 if s[j] == "-" else 1
                    j += 1
                    hh = digits(2, 2)
                    if j < n and s[j] == ":":
                        j += 1
                    mm = digits(2, 2)
                    tz = timezone(sign * timedelta(hours=hh, minutes=mm))
            elif k == "%":
                if j >= n or s[j] != "%":
                    fail()
                j += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (k, fmt))
        elif c.isspace():
            i += 1
            if j >= n or not s[j].isspace():
                fail()
            while j < n and s[j].isspace():
                j += 1
        else:
            if j >= n or s[j] != c:
                fail()
            i += 1
            j += 1
    if j < n:
        raise ValueError("unconverted data remains: %s" % s[j:])
    hour = vals["H"]
    if pm is not None:
        hour = hour % 12 + (12 if pm else 0)
    if "j" in vals:
        d = date.fromordinal(_ymd2ord(vals["Y"], 1, 1) + vals["j"] - 1)
        vals["m"], vals["d"] = d.month, d.day
    return cls(vals["Y"], vals["m"], vals["d"], hour, vals["M"], vals["S"], vals["f"], tz)
