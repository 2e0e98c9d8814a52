"""inspect: a subset of CPython's inspect.

Supported: signature() of Python functions, methods, classes (their
__init__) and callable instances, with Signature/Parameter (kinds, defaults,
str/repr as CPython, bind/bind_partial, BoundArguments.apply_defaults,
replace); the is*() predicates; getmembers, getdoc, cleandoc, getmodule,
getmro, isabstract, unwrap.

Parameter.annotation and Signature.return_annotation come from the
function's __annotations__ (never strings evaluated: eval_str is ignored).
Frames: currentframe, stack, getframeinfo, getouterframes, getinnerframes, trace
over sys._getframe's snapshots (a frame's f_lineno is the line running when it was
taken). Source: getsource, getsourcelines, getfile from the file the code came from;
a block ends at the first line indented no deeper than its header (CPython
tokenizes). Differences: builtins have no signature (ValueError, as CPython for
most C functions).
"""

import types as _types


class _empty:
    """Marker for an absent default or annotation."""


class _void:
    pass


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self.name, self.value)

    def __str__(self):
        return self.name

    def __eq__(self, other):
        return self is other

    def __lt__(self, other):
        return self.value < other.value

    def __hash__(self):
        return hash(self.value)

    def __int__(self):
        return self.value


POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")


class Parameter:
    POSITIONAL_ONLY = POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = VAR_POSITIONAL
    KEYWORD_ONLY = KEYWORD_ONLY
    VAR_KEYWORD = VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def kind(self):
        return self._kind

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        return Parameter(self._name if name is _void else name,
                         self._kind if kind is _void else kind,
                         default=self._default if default is _void else default,
                         annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "%s: %s" % (text, _annotation_text(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = "%s = %r" % (text, self._default)
            else:
                text = "%s=%r" % (text, self._default)
        if self._kind is VAR_POSITIONAL:
            text = "*" + text
        elif self._kind is VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind is other._kind
                and self._default == other._default)

    def __hash__(self):
        return hash((self._name, self._kind.value))


def _annotation_text(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return a.__module__ + "." + a.__qualname__
    return repr(a)


class BoundArguments:
    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for p in self._signature.parameters.values():
            if p.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                break
            if p.name not in self.arguments:
                break
            if p.kind is VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for p in self._signature.parameters.values():
            if not started:
                if p.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                    started = True
                elif p.name not in self.arguments:
                    started = True
                    continue
            if not started or p.name not in self.arguments:
                continue
            if p.kind is VAR_KEYWORD:
                out.update(self.arguments[p.name])
            else:
                out[p.name] = self.arguments[p.name]
        return out

    def apply_defaults(self):
        new = {}
        for name, p in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif p.default is not _empty:
                new[name] = p.default
            elif p.kind is VAR_POSITIONAL:
                new[name] = ()
            elif p.kind is VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        return "<BoundArguments (%s)>" % ", ".join(
            "%s=%r" % (k, v) for k, v in self.arguments.items())

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {}
        for p in parameters or ():
            self._parameters[p.name] = p
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        return Signature(list(self._parameters.values()) if parameters is _void else parameters,
                         return_annotation=self._return_annotation
                         if return_annotation is _void else return_annotation)

    def __str__(self):
        out = []
        render_pos_only = False
        render_kw_only = True
        for p in self._parameters.values():
            kind = p.kind
            if kind is POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                out.append("/")
                render_pos_only = False
            if kind is VAR_POSITIONAL:
                render_kw_only = False
            elif kind is KEYWORD_ONLY and render_kw_only:
                out.append("*")
                render_kw_only = False
            out.append(str(p))
        if render_pos_only:
            out.append("/")
        text = "(%s)" % ", ".join(out)
        if self._return_annotation is not _empty:
            text += " -> %s" % _annotation_text(self._return_annotation)
        return text

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return list(self._parameters.values()) == list(other._parameters.values())

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        for p in params:
            if p.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    if p.kind is POSITIONAL_OR_KEYWORD and p.name in kwargs:
                        raise TypeError("multiple values for argument %r" % p.name)
                    arguments[p.name] = args[i]
                    i += 1
                    continue
                if p.kind is POSITIONAL_OR_KEYWORD and p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                    continue
                if p.default is _empty and not partial:
                    raise TypeError("missing a required argument: %r" % p.name)
            elif p.kind is VAR_POSITIONAL:
                if i < len(args):
                    arguments[p.name] = tuple(args[i:])
                    i = len(args)
            elif p.kind is KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError("missing a required argument: %r" % p.name)
            elif p.kind is VAR_KEYWORD:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if i < len(args):
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError("got an unexpected keyword argument %r" % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, True)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _function_signature(func, skip_first=False):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    flags = code.co_flags
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    ann = getattr(func, "__annotations__", None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = POSITIONAL_ONLY if i < nposonly else POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default,
                                annotation=ann.get(names[i], _empty)))
    k = npos
    kwonly = names[k:k + nkw]
    k += nkw
    if flags & 4:
        params.append(Parameter(names[k], VAR_POSITIONAL, annotation=ann.get(names[k], _empty)))
        k += 1
    for name in kwonly:
        params.append(Parameter(name, KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=ann.get(name, _empty)))
    if flags & 8:
        params.append(Parameter(names[k], VAR_KEYWORD, annotation=ann.get(names[k], _empty)))
    if skip_first:
        if not params or params[0].kind in (KEYWORD_ONLY, VAR_KEYWORD):
            raise ValueError("invalid method signature")
        if params[0].kind is not VAR_POSITIONAL:
            params = params[1:]
    return Signature(params, return_annotation=ann.get("return", _empty))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    if follow_wrapped:
        obj = unwrap(obj)
    if isinstance(obj, _types.MethodType) or (hasattr(obj, "__func__")
                                             and hasattr(obj, "__self__")):
        return _function_signature(obj.__func__, skip_first=True)
    if isfunction(obj):
        return _function_signature(obj)
    if isinstance(obj, type):
        init = None
        for klass in obj.__mro__:
            if "__init__" in klass.__dict__ and klass is not object:
                init = klass.__dict__["__init__"]
                break
        if init is not None and isfunction(init):
            return _function_signature(init, skip_first=True)
        if obj.__mro__[1:] == (object,) or init is None:
            return Signature()
        raise ValueError("no signature found for builtin type %r" % (obj,))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _function_signature(call, skip_first=True)
    raise ValueError("no signature found for builtin %r" % (obj,))


def unwrap(func, *, stop=None):
    seen = set()
    while hasattr(func, "__wrapped__") and (stop is None or not stop(func)):
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping %r" % (func,))
        seen.add(id(func))
        func = func.__wrapped__
    return func


# ---- predicates ------------------------------------------------------------------------

def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def isgeneratorfunction(obj):
    obj = getattr(obj, "__func__", obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & 32)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def iscoroutinefunction(obj):
    return False


def iscoroutine(obj):
    return False


def isawaitable(obj):
    return False


def isasyncgenfunction(obj):
    return False


def iscode(obj):
    return isinstance(obj, _types.CodeType)


def isframe(obj):
    return isinstance(obj, _types.FrameType)


def istraceback(obj):
    return isinstance(obj, _types.TracebackType)


def isabstract(obj):
    return bool(getattr(obj, "__abstractmethods__", None))


def getmro(cls):
    return cls.__mro__


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda kv: kv[0])
    return results


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if doc is None and isinstance(obj, type):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj):
    import sys
    name = getattr(obj, "__module__", None)
    if name is None:
        return None
    return sys.modules.get(name)


def _source_lines_of(filename):
    import traceback
    traceback._source_line(filename, 1)
    return [l + "\n" for l in traceback._source_cache.get(filename, [])]


def _code_of(obj):
    obj = unwrap(obj) if callable(obj) else obj
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        return obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        return obj.f_code
    if iscode(obj):
        return obj
    return None


def getfile(obj):
    if ismodule(obj):
        f = getattr(obj, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in module".format(obj))
    if isclass(obj):
        mod = getmodule(obj)
        f = getattr(mod, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in class".format(obj))
    code = _code_of(obj)
    if code is None:
        raise TypeError("module, class, method, function, traceback, frame, or "
                        "code object was expected, got {}".format(type(obj).__name__))
    return code.co_filename


getsourcefile = getfile


def _block(lines, start):
    # From line index `start` (a def/class or decorator line) to the last line indented
    # deeper than it (CPython's BlockFinder tokenizes; this follows indentation).
    indent = len(lines[start]) - len(lines[start].lstrip())
    i, depth = start, 0
    while i < len(lines):
        text = lines[i].split("#")[0].rstrip()
        depth += text.count("(") + text.count("[") + text.count("{")
        depth -= text.count(")") + text.count("]") + text.count("}")
        if depth <= 0 and ":" in text and not text.lstrip().startswith("@"):
            break
        i += 1
    if i >= len(lines) or not lines[i].split("#")[0].rstrip().endswith(":"):
        # A body on the header's line (`def f(): return 1`).
        return lines[start:i + 1]
    last = i
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if not line.strip():
            continue
        if len(line) - len(line.lstrip()) <= indent:
            break
        last = j
    return lines[start:last + 1]


def getsourcelines(obj):
    obj = unwrap(obj) if callable(obj) else obj
    if ismodule(obj):
        lines = _source_lines_of(getfile(obj))
        if not lines:
            raise OSError("could not get source code")
        return lines, 0
    filename = getfile(obj)
    lines = _source_lines_of(filename)
    if not lines:
        raise OSError("could not get source code")
    if isclass(obj):
        import re
        name = obj.__qualname__.split(".")[-1]
        pat = re.compile(r"^(\s*)class\s*" + name + r"\b")
        for i, line in enumerate(lines):
            if pat.match(line):
                # Decorators above the class belong to it.
                j = i
                while j > 0 and lines[j - 1].lstrip().startswith("@"):
                    j -= 1
                return _block(lines, j), j + 1
        raise OSError("could not find class definition")
    code = _code_of(obj)
    lnum = code.co_firstlineno - 1
    if code.co_name == "<module>":
        return lines, 0
    if lnum >= len(lines):
        raise OSError("lineno is out of bounds")
    while lnum > 0 and lines[lnum - 1].lstrip().startswith("@"):
        lnum -= 1
    if code.co_name == "<lambda>":
        return [lines[lnum]], lnum + 1
    return _block(lines, lnum), lnum + 1


def getsource(obj):
    lines, _ = getsourcelines(obj)
    return "".join(lines)


def getcomments(obj):
    return None


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def currentframe():
    import sys
    return sys._getframe(1)


class _InfoTuple(tuple):
    """A result record: a tuple whose items are also attributes, named by `_fields`."""

    _fields = ()

    def __new__(cls, *args, positions=None, **kwargs):
        names = cls._fields
        values = list(args) + [kwargs.pop(n) for n in names[len(args):] if n in kwargs]
        if kwargs or len(values) != len(names):
            raise TypeError("%s() takes %s" % (cls.__name__, ", ".join(names)))
        inst = tuple.__new__(cls, values)
        inst.positions = positions
        return inst

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self)))


def _fields_as_attributes(cls):
    for i, name in enumerate(cls._fields):
        setattr(cls, name, property(lambda self, i=i: self[i]))
    return cls


@_fields_as_attributes
class Traceback(_InfoTuple):
    """getframeinfo's result: (filename, lineno, function, code_context, index)."""

    _fields = ("filename", "lineno", "function", "code_context", "index")


@_fields_as_attributes
class FrameInfo(_InfoTuple):
    """stack()'s items: (frame, filename, lineno, function, code_context, index)."""

    _fields = ("frame", "filename", "lineno", "function", "code_context", "index")


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = frame.f_code.co_filename
    if context > 0:
        lines = _source_lines_of(filename)
        start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
        code_context = lines[start:start + context] or None
        index = lineno - 1 - start if code_context else None
    else:
        code_context = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, code_context, index)


def getouterframes(frame, context=1):
    result = []
    while frame is not None:
        info = getframeinfo(frame, context)
        result.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return result


def stack(context=1):
    import sys
    return getouterframes(sys._getframe(1), context)


def getinnerframes(tb, context=1):
    result = []
    while tb is not None:
        info = getframeinfo(tb, context)
        result.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return result


def trace(context=1):
    import sys
    tb = sys.exc_info()[2]
    return getinnerframes(tb, context) if tb is not None else []
