"""string: character-class constants, capwords and Template."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join([x.capitalize() for x in s.split(sep)])


def _is_ident_start(c):
    return c == "_" or c in ascii_letters


def _is_ident_char(c):
    return c == "_" or c in ascii_letters or c in digits


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _line_col(self, i):
        lines = self.template[:i].split("\n")
        return len(lines), len(lines[-1]) + 1

    def _render(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while i < n:
            if not s.startswith(d, i):
                j = s.find(d, i)
                if j < 0:
                    j = n
                out.append(s[i:j])
                i = j
                continue
            j = i + len(d)
            if s.startswith(d, j):
                out.append(d)
                i = j + len(d)
                continue
            braced = j < n and s[j] == "{"
            k = j + 1 if braced else j
            m = k
            if m < n and _is_ident_start(s[m]):
                m += 1
                while m < n and _is_ident_char(s[m]):
                    m += 1
            name = s[k:m]
            ok = bool(name) and (not braced or (m < n and s[m] == "}"))
            if not ok:
                if safe:
                    out.append(d)
                    i = j
                    continue
                line, col = self._line_col(i)
                raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, col))
            end = m + 1 if braced else m
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def substitute(self, mapping=None, **kws):
        return self._render(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, **kws):
        return self._render(_merge(mapping, kws), True)


def _merge(mapping, kws):
    d = {}
    if mapping is not None:
        for k in mapping.keys():
            d[k] = mapping[k]
    d.update(kws)
    return d


class Formatter:
    """string.Formatter: format() and vformat() as str.format does them."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % conversion)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]
