# The `re` module: Pattern and Match objects, the module functions and replacement
# templates, over the native engine `_gilpy_re` (fancy-regex, with Python's syntax
# translated). A bytes pattern runs
# on latin-1 text, so every byte is one character, and its results are bytes again.
# Flags are RegexFlag values (an int subclass printing as `re.IGNORECASE`).

import _gilpy_re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "RegexFlag", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG"]

_FLAG_NAMES = [(1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
               (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII")]


class RegexFlag(int):
    """A flag value: an int that prints as `re.IGNORECASE|re.MULTILINE`."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = ["re." + name for bit, name in _FLAG_NAMES if v & bit]
        rest = v & ~511
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(int(self), spec) if spec else repr(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
DEBUG = RegexFlag(128)
X = VERBOSE = RegexFlag(64)
A = ASCII = RegexFlag(256)

_MAXSIZE = 9223372036854775807


class error(Exception):
    """Raised for an invalid regular expression (msg, pattern, pos as in CPython)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


def _text(s, is_bytes):
    """The str the engine sees for subject `s`."""
    if is_bytes:
        if isinstance(s, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return bytes(s).decode("latin-1")
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
    return s


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        self._bytes = isinstance(pattern, (bytes, bytearray))
        source = pattern.decode("latin-1") if self._bytes else pattern
        if not isinstance(source, str):
            raise TypeError("first argument must be string or compiled pattern")
        try:
            handle, effective = _gilpy_re.compile(source, int(flags))
        except ValueError as e:
            msg, pos = e.args[0]
            raise error(msg, pattern, pos) from None
        self._h = handle
        self.pattern = pattern
        if not self._bytes and not effective & ASCII:
            effective |= UNICODE
        self.flags = effective
        self.groups, self.groupindex = _gilpy_re.groupinfo(handle)

    def _run(self, string, pos, endpos, mode):
        text = _text(string, self._bytes)
        spans = _gilpy_re.search(self._h, text, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, text, spans, pos, endpos)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, text, pos=0, endpos=_MAXSIZE, limit=0):
        return _gilpy_re.scan(self._h, text, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        text = _text(string, self._bytes)
        return iter([Match(self, string, text, sp, pos, endpos)
                     for sp in self._scan(text, pos, endpos)])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        text = _text(string, self._bytes)
        out = []
        n = self.groups
        for sp in self._scan(text, pos, endpos):
            if n == 0:
                out.append(self._out(text[sp[0]:sp[1]]))
            elif n == 1:
                out.append(self._out(text[sp[2]:sp[3]] if sp[2] >= 0 else ""))
            else:
                out.append(tuple(self._out(text[sp[2 * g]:sp[2 * g + 1]] if sp[2 * g] >= 0 else "")
                                 for g in range(1, n + 1)))
        return out

    def _out(self, s):
        return s.encode("latin-1") if self._bytes else s

    def split(self, string, maxsplit=0):
        text = _text(string, self._bytes)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        for sp in self._scan(text, 0, _MAXSIZE, maxsplit):
            out.append(self._out(text[last:sp[0]]))
            for g in range(1, self.groups + 1):
                s = sp[2 * g]
                out.append(self._out(text[s:sp[2 * g + 1]]) if s >= 0 else None)
            last = sp[1]
        out.append(self._out(text[last:]))
        return out

    def subn(self, repl, string, count=0):
        text = _text(string, self._bytes)
        if callable(repl):
            func = repl
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and isinstance(template[0], str):
                literal = template[0]
                func = None
            else:
                func = lambda m: _expand(m, template)
        parts = []
        last = 0
        n = 0
        for sp in self._scan(text, 0, _MAXSIZE, count):
            parts.append(text[last:sp[0]])
            if func is None:
                parts.append(literal)
            else:
                r = func(Match(self, string, text, sp, 0, _MAXSIZE))
                if self._bytes:
                    r = bytes(r).decode("latin-1")
                elif not isinstance(r, str):
                    raise TypeError("expected str instance, %s found" % type(r).__name__)
                parts.append(r)
            last = sp[1]
            n += 1
        parts.append(text[last:])
        return self._out("".join(parts)), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        r = repr(self.pattern)
        flags = self.flags
        if not self._bytes:
            flags &= ~UNICODE
        if flags:
            return "re.compile(%s, %r)" % (r, RegexFlag(flags))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, text, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._text = text
        self._spans = spans
        n = len(text)
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(g, "__index__"):
            return self._index(g.__index__())
        raise IndexError("no such group")

    def _get(self, g, default=None):
        i = self._index(g)
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.re._out(self._text[s:self._spans[2 * i + 1]])

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def expand(self, template):
        return _expand(self, _compile_template(self.re, template), True)

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            s = self._spans[2 * g]
            e = self._spans[2 * g + 1]
            if s >= 0 and e > best_end:
                best, best_end = g, e
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, j in self.re.groupindex.items():
            if j == i:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}


def _compile_template(pattern, repl):
    """`repl` as a list of literal strings and group numbers."""
    is_bytes = pattern._bytes
    if is_bytes:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        repl = bytes(repl).decode("latin-1")
    elif not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    out = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = repl[i + 1]
        if d == "g":
            close = repl.find(">", i + 3)
            if i + 2 >= n or repl[i + 2] != "<":
                raise error("missing <", repl, i + 2)
            if close < 0:
                raise error("missing >, unterminated name", repl, i + 3)
            name = repl[i + 3:close]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, repl, i + 3)
            elif name in pattern.groupindex:
                g = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            i = close + 1
        elif d.isdigit():
            j = i + 1
            if d == "0":
                # An octal escape.
                k = j + 1
                while k < n and k < j + 3 and repl[k] in "01234567":
                    k += 1
                lit.append(chr(int(repl[j:k], 8)))
                i = k
                continue
            while j < n and j < i + 3 and repl[j].isdigit():
                j += 1
            g = int(repl[i + 1:j])
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, repl, i + 1)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
            continue
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\%s" % d, repl, i)
        else:
            lit.append("\\" + d)
            i += 2
            continue
        if lit:
            out.append("".join(lit))
            lit = []
        out.append(g)
    if lit or not out:
        out.append("".join(lit))
    return out


def _expand(m, template, encode=False):
    parts = []
    for item in template:
        if isinstance(item, str):
            parts.append(item)
        else:
            s = m._spans[2 * item]
            if s >= 0:
                parts.append(m._text[s:m._spans[2 * item + 1]])
    r = "".join(parts)
    return m.re._out(r) if encode else r


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes, bytearray)):
            raise TypeError("first argument must be string or compiled pattern")
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, (bytes, bytearray)):
        return escape(bytes(pattern).decode("latin-1")).encode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
