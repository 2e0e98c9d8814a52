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


def _placeholder_at(s, j):
    # The identifier of a placeholder whose text starts at `j` (just after the
    # delimiter) and the index after it, or (None, j) when it is not a valid one.
    n = len(s)
    braced = j < n and s[j] == "{"
    k = j + 1 if braced else j
    m = k
    if m < n and _is_ident_start(s[m]):
        m += 1
        while m < n and _is_ident_char(s[m]):
            m += 1
    name = s[k:m]
    if not name or (braced and not (m < n and s[m] == "}")):
        return None, j
    return name, m + 1 if braced else m


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
            name, end = _placeholder_at(s, j)
            if name is None:
                if safe:
                    out.append(d)
                    i = j
                    continue
                line, col = self._line_col(i)
                raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, col))
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

    def _placeholders(self):
        # The names of the placeholders in order, None for an invalid one.
        s, d = self.template, self.delimiter
        found = []
        i = 0
        while True:
            j = s.find(d, i)
            if j < 0:
                return found
            k = j + len(d)
            if s.startswith(d, k):
                i = k + len(d)
                continue
            name, end = _placeholder_at(s, k)
            found.append(name)
            i = end if name is not None else k

    def get_identifiers(self):
        ids = []
        for name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        return None not in self._placeholders()

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
    """string.Formatter: vformat goes through parse, get_field, get_value,
    convert_field and format_field as CPython's does, so subclasses can override them."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def parse(self, format_string):
        return iter(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first

    def check_unused_args(self, used_args, args, kwargs):
        pass

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


def _parse_format(s):
    # (literal_text, field_name, format_spec, conversion) tuples, scanned as CPython's
    # MarkupIterator does (an escaped brace ends a literal chunk; same error messages).
    out = []
    i = 0
    n = len(s)
    while i < n:
        start = i
        c = ""
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == "}" and markup and (at_end or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{" and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[i] == c:
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            out.append((literal, None, None, None))
            continue
        name, spec, conversion, i = _parse_field(s, i)
        out.append((literal, name, spec, conversion))
    return out


def _parse_field(s, i):
    n = len(s)
    name_start = i
    c = ""
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while i < n and s[i] != "]":
                i += 1
            continue
        if c in "}:!":
            break
    else:
        c = ""
    name = s[name_start:i - 1] if c else s[name_start:i]
    conversion = None
    if c == "!" or c == ":":
        if c == "!":
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == "}":
                    return name, "", conversion, i
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                count += 1
            elif c == "}":
                count -= 1
                if count == 0:
                    return name, s[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    if c != "}":
        raise ValueError("expected '}' before end of string")
    return name, "", conversion, i


def _split_field_name(name):
    # "a.b[0]" -> ("a", [(True, "b"), (False, 0)]); a numeric first part is an int.
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < len(name) and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
