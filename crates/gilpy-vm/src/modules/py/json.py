"""json: `dumps`/`loads` (and `dump`/`load` on file objects) with CPython's output
format, options (`indent`, `sort_keys`, `separators`, `ensure_ascii`, `default`,
`allow_nan`, `cls` with `JSONEncoder`/`JSONDecoder` subclasses) and error messages
(`json.JSONDecodeError`, a `ValueError`)."""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


class _Encoder:
    def __init__(self, indent, separators, sort_keys, ensure_ascii, default, allow_nan, skipkeys):
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.item_sep, self.key_sep = separators
        self.sort_keys = sort_keys
        self.ensure_ascii = ensure_ascii
        self.default = default
        self.allow_nan = allow_nan
        self.skipkeys = skipkeys
        self.active = {}

    def float_str(self, f):
        if f != f:
            text = "NaN"
        elif f == float("inf"):
            text = "Infinity"
        elif f == -float("inf"):
            text = "-Infinity"
        else:
            return repr(f)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def key_str(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return self.float_str(k)
        if isinstance(k, int):
            return str(k)
        return None

    def encode(self, o, level, out):
        if o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif isinstance(o, int):
            out.append(str(o))
        elif isinstance(o, float):
            out.append(self.float_str(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        else:
            if self.default is None:
                raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)
            self.enter(o)
            self.encode(self.default(o), level, out)
            self.leave(o)

    def enter(self, o):
        if id(o) in self.active:
            raise ValueError("Circular reference detected")
        self.active[id(o)] = o

    def leave(self, o):
        del self.active[id(o)]

    def newline(self, level):
        if self.indent is None:
            return ""
        return "\n" + self.indent * level

    def encode_list(self, o, level, out):
        if not o:
            out.append("[]")
            return
        self.enter(o)
        out.append("[")
        first = True
        for x in o:
            if first:
                first = False
                out.append(self.newline(level + 1))
            else:
                out.append(self.item_sep + self.newline(level + 1))
            self.encode(x, level + 1, out)
        out.append(self.newline(level) + "]")
        self.leave(o)

    def encode_dict(self, o, level, out):
        if not o:
            out.append("{}")
            return
        self.enter(o)
        out.append("{")
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=_first)
        first = True
        for k, v in items:
            ks = self.key_str(k)
            if ks is None:
                if self.skipkeys:
                    continue
                raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)
            if first:
                first = False
                out.append(self.newline(level + 1))
            else:
                out.append(self.item_sep + self.newline(level + 1))
            out.append(_encode_str(ks, self.ensure_ascii))
            out.append(self.key_sep)
            self.encode(v, level + 1, out)
        out.append(self.newline(level) + "}")
        self.leave(o)


def _first(pair):
    return pair[0]


class JSONEncoder:
    """Extensible encoder: override `default(o)` to serialize other types."""
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        enc = _Encoder(self.indent, (self.item_separator, self.key_separator),
                       self.sort_keys, self.ensure_ascii, self.default,
                       self.allow_nan, self.skipkeys)
        out = []
        enc.encode(o, 0, out)
        return iter(out)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is not None:
        return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys,
                   **kw).encode(obj)
    enc = _Encoder(indent, separators, sort_keys, ensure_ascii, default, allow_nan, skipkeys)
    out = []
    enc.encode(obj, 0, out)
    return "".join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_NUMBER_START = "-0123456789"
_DIGITS = "0123456789"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
             "r": "\r", "t": "\t"}


class _Decoder:
    def __init__(self, s, object_hook, parse_float, parse_int, object_pairs_hook):
        self.s = s
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.object_pairs_hook = object_pairs_hook

    def err(self, msg, pos):
        return JSONDecodeError(msg, self.s, pos)

    def skip_ws(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise self.err("Expecting value", i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.obj(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return float("nan"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return float("inf"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return -float("inf"), i + 9
        if c in _NUMBER_START:
            return self.number(i)
        raise self.err("Expecting value", i)

    def number(self, i):
        s = self.s
        n = len(s)
        start = i
        if s[i] == "-":
            i += 1
        if i >= n or s[i] not in _DIGITS:
            raise self.err("Expecting value", start)
        if s[i] == "0":
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def string(self, i):
        s = self.s
        n = len(s)
        begin = i - 1
        out = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and s[j] >= " ":
                j += 1
            out.append(s[i:j])
            if j >= n:
                raise self.err("Unterminated string starting at", begin)
            c = s[j]
            if c == '"':
                return "".join(out), j + 1
            if c != "\\":
                raise self.err("Invalid control character at", j)
            if j + 1 >= n:
                raise self.err("Unterminated string starting at", begin)
            e = s[j + 1]
            if e == "u":
                code = self.hex4(j)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                    low = self.hex4(i)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                out.append(chr(code))
                continue
            r = _UNESCAPE.get(e)
            if r is None:
                raise self.err("Invalid \\escape", j)
            out.append(r)
            i = j + 2

    def hex4(self, j):
        h = self.s[j + 2:j + 6]
        if len(h) == 4:
            ok = True
            for c in h:
                if c not in "0123456789abcdefABCDEF":
                    ok = False
            if ok:
                return int(h, 16)
        raise self.err("Invalid \\uXXXX escape", j)

    def obj(self, i):
        s = self.s
        pairs = []
        i = self.skip_ws(i)
        if i < len(s) and s[i] == "}":
            return self.finish_obj(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise self.err("Expecting property name enclosed in double quotes", i)
            key, i = self.string(i + 1)
            i = self.skip_ws(i)
            if i >= len(s) or s[i] != ":":
                raise self.err("Expecting ':' delimiter", i)
            i = self.skip_ws(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip_ws(i)
            if i < len(s) and s[i] == "}":
                return self.finish_obj(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise self.err("Expecting ',' delimiter", i)
            i = self.skip_ws(i + 1)

    def finish_obj(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = {}
        for k, v in pairs:
            d[k] = v
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        items = []
        i = self.skip_ws(i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        while True:
            value, i = self.value(i)
            items.append(value)
            i = self.skip_ws(i)
            if i < len(s) and s[i] == "]":
                return items, i + 1
            if i >= len(s) or s[i] != ",":
                raise self.err("Expecting ',' delimiter", i)
            i = self.skip_ws(i + 1)


class JSONDecoder:
    """Decoder with hooks; `decode(s)` parses a whole document."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return loads(s, object_hook=self.object_hook, parse_float=self.parse_float,
                     parse_int=self.parse_int, parse_constant=self.parse_constant,
                     object_pairs_hook=self.object_pairs_hook)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if cls is not None:
        # As CPython: only the hooks given are passed on.
        for name, hook in (("object_hook", object_hook), ("parse_float", parse_float),
                           ("parse_int", parse_int), ("parse_constant", parse_constant),
                           ("object_pairs_hook", object_pairs_hook)):
            if hook is not None:
                kw[name] = hook
        return cls(**kw).decode(s)
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    dec = _Decoder(s, object_hook, parse_float or float, parse_int or int, object_pairs_hook)
    i = dec.skip_ws(0)
    value, i = dec.value(i)
    i = dec.skip_ws(i)
    if i != len(s):
        raise dec.err("Extra data", i)
    return value


def load(fp, **kw):
    return loads(fp.read(), **kw)
