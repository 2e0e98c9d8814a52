"""csv: reader, writer, DictReader, DictWriter and dialects, as CPython's.

The reader is the same state machine as CPython's `_csv` (quotes, doubled quotes,
escapechar, skipinitialspace, quoted fields over several lines, QUOTE_NONNUMERIC turning
unquoted fields into floats, strict mode errors); the writer quotes per the quoting
constant and ends rows with the dialect's lineterminator ("\\r\\n" for excel).
No Sniffer.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
           "Dialect", "excel", "excel_tab", "unix_dialect", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "field_size_limit", "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    _name = ""
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if type(self) is not Dialect:
            _Params(self, {})


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def _char_param(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__)
                        if allow_none else
                        '"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Params:
    """The effective dialect: a base dialect with keyword overrides, checked."""

    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            v = getattr(dialect, name, None) if dialect is not None else None
            return default if v is None else v
        for k in kwargs:
            if k not in ("delimiter", "quotechar", "escapechar", "doublequote",
                         "skipinitialspace", "lineterminator", "quoting", "strict"):
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        self.delimiter = _char_param("delimiter", pick("delimiter", ","), False)
        self.quoting = pick("quoting", QUOTE_MINIMAL)
        if self.quoting not in (0, 1, 2, 3):
            raise TypeError("bad \"quoting\" value")
        qc = kwargs["quotechar"] if "quotechar" in kwargs else (
            getattr(dialect, "quotechar", '"') if dialect is not None else '"')
        self.quotechar = _char_param("quotechar", qc, True)
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        self.escapechar = _char_param("escapechar", pick("escapechar", None), True)
        self.doublequote = bool(pick("doublequote", True))
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.lineterminator = pick("lineterminator", "\r\n")
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.strict = bool(pick("strict", False))


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    base = dialect if dialect is not None else excel
    params = _Params(base, fmtparams)

    class _Registered(Dialect):
        pass
    for k in ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
              "lineterminator", "quoting", "strict"):
        setattr(_Registered, k, getattr(params, k))
    _dialects[name] = _Registered


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# Reader states, as in CPython's _csv.c.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _Reader:
    def __init__(self, f, dialect, kwargs):
        self._it = iter(f)
        self.dialect = _Params(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric_field:
            field = float(field)
        self._fields.append(field)
        self._numeric_field = False

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        d = self.dialect
        self._fields = []
        self._field = []
        self._numeric_field = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == "\0":
                    raise Error("line contains NUL")
                state = self._process(state, c)
            state = self._process(state, None)
            if state == _START_RECORD:
                return self._fields

    def _process(self, state, c):
        d = self.dialect
        if state == _START_RECORD:
            if c is None:
                return _START_RECORD
            if c == "\n" or c == "\r":
                return _EAT_CRNL
            state = _START_FIELD
        if state == _START_FIELD:
            if c == "\n" or c == "\r" or c is None:
                self._save_field()
                return _START_RECORD if c is None else _EAT_CRNL
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == " " and d.skipinitialspace:
                return _START_FIELD
            if c == d.delimiter:
                self._save_field()
                return _START_FIELD
            # Only a field that starts with an ordinary character is numeric under
            # QUOTE_NONNUMERIC (as CPython: not quoted, not escaped, not empty).
            self._numeric_field = d.quoting == QUOTE_NONNUMERIC
            self._add_char(c)
            return _IN_FIELD
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                return _AFTER_ESCAPED_CRNL
            if c is None:
                c = "\n"
            self._add_char(c)
            return _IN_FIELD
        if state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return _AFTER_ESCAPED_CRNL
            return self._process(_IN_FIELD, c)
        if state == _IN_FIELD:
            if c == "\n" or c == "\r" or c is None:
                self._save_field()
                return _START_RECORD if c is None else _EAT_CRNL
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == d.delimiter:
                self._save_field()
                return _START_FIELD
            self._add_char(c)
            return _IN_FIELD
        if state == _IN_QUOTED_FIELD:
            if c is None:
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPE_IN_QUOTED_FIELD
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    return _QUOTE_IN_QUOTED_FIELD
                return _IN_FIELD
            self._add_char(c)
            return _IN_QUOTED_FIELD
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = "\n"
            self._add_char(c)
            return _IN_QUOTED_FIELD
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                return _IN_QUOTED_FIELD
            if c == d.delimiter:
                self._save_field()
                return _START_FIELD
            if c == "\n" or c == "\r" or c is None:
                self._save_field()
                return _START_RECORD if c is None else _EAT_CRNL
            if not d.strict:
                self._add_char(c)
                return _IN_FIELD
            raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                return _EAT_CRNL
            if c is None:
                return _START_RECORD
            raise Error("new-line character seen in unquoted field - do you need "
                        "to open the file with newline=''?")
        return state


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    def __init__(self, f, dialect, kwargs):
        self._file = f
        self.dialect = _Params(dialect, kwargs)

    def _quote_field(self, field, only_one):
        d = self.dialect
        if field is None:
            text = ""
        elif isinstance(field, float):
            text = repr(field)
        else:
            text = str(field)
        if d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(field, (int, float))
        else:
            quote = d.quoting == QUOTE_ALL
        specials = [d.delimiter, "\n", "\r"]
        if d.quotechar is not None:
            specials.append(d.quotechar)
        if d.escapechar is not None:
            specials.append(d.escapechar)
        for ch in d.lineterminator:
            specials.append(ch)
        out = []
        for c in text:
            special = c in specials
            if special:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                            want_escape = False
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    else:
                        want_escape = False
                    if not want_escape:
                        quote = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if not text and only_one:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quote = True
        text = "".join(out)
        if quote:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        d = self.dialect
        line = d.delimiter.join([self._quote_field(f, len(fields) == 1) for f in fields])
        return self._file.write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows([self._dict_to_list(r) for r in rowdicts])
