"""pickle: serialise Python objects to bytes and back, as CPython 3.11.

The pickler follows CPython's C pickler (`_pickle`) opcode for opcode, so
`dumps` gives the same bytes at protocols 0-5 (framing, memo opcodes, batches
of 1000 and the empty trailing batch of dicts and sets included). The
unpickler reads every opcode of protocols 0-5, so pickles written by CPython
load here.

Differences from CPython: gilpy's `object` has no `__reduce_ex__`, so the
default object reduction (`copyreg.__newobj__` + `__getstate__`/`__dict__`/
`__slots__` state, `__getnewargs__`/`__getnewargs_ex__`) is done here;
reductions for gilpy's `collections` types and `datetime` come from this
module's own table; out-of-band buffers (`PickleBuffer`, `buffer_callback`)
are not supported; `fast` mode is accepted and ignored; the protocol 0 `S`
opcode (Python 2 strings) understands only the common escapes.
"""

import sys
import copyreg
from struct import pack, unpack

try:
    import _gilpy_stdlib
except ImportError:
    _gilpy_stdlib = None

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes (one byte each).
MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_BATCHSIZE = 1000
# Prebuilt one-byte-argument opcodes for the hot paths.
_BININT1_OPS = [BININT1 + bytes([i]) for i in range(256)]
_SHORT_BINUNICODE_OPS = [SHORT_BINUNICODE + bytes([i]) for i in range(256)]
_BINGET_OPS = [BINGET + bytes([i]) for i in range(256)]
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_LATIN1 = "latin1"

# Python 3 -> Python 2 names, used for protocols < 3 (as `fix_imports` does).
_REVERSE_IMPORT_MAPPING = {"builtins": "__builtin__", "copyreg": "copy_reg",
                           "queue": "Queue", "_pickle": "pickle"}
_REVERSE_NAME_MAPPING = {("builtins", "range"): ("__builtin__", "xrange"),
                         ("functools", "reduce"): ("__builtin__", "reduce"),
                         ("_functools", "reduce"): ("__builtin__", "reduce"),
                         ("sys", "intern"): ("__builtin__", "intern"),
                         ("builtins", "chr"): ("__builtin__", "unichr"),
                         ("builtins", "str"): ("__builtin__", "unicode"),
                         ("builtins", "int"): ("__builtin__", "long"),
                         ("builtins", "zip"): ("itertools", "izip"),
                         ("builtins", "map"): ("itertools", "imap"),
                         ("builtins", "filter"): ("itertools", "ifilter"),
                         ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
                         ("itertools", "zip_longest"): ("itertools", "izip_longest"),
                         ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
                         ("collections", "UserList"): ("UserList", "UserList"),
                         ("collections", "UserString"): ("UserString", "UserString")}
# Python 3 exceptions Python 2 did not have, named by their Python 2 base.
_OSERROR_NAMES = ("BrokenPipeError", "ChildProcessError", "ConnectionAbortedError",
                  "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
                  "FileExistsError", "FileNotFoundError", "InterruptedError",
                  "IsADirectoryError", "NotADirectoryError", "PermissionError",
                  "ProcessLookupError", "TimeoutError")
# Python 2 -> Python 3 names, used when loading protocols < 3.
_IMPORT_MAPPING = {"__builtin__": "builtins", "copy_reg": "copyreg",
                   "Queue": "queue", "cPickle": "pickle", "exceptions": "builtins",
                   "UserDict": "collections", "UserList": "collections",
                   "UserString": "collections", "string": "string"}
_NAME_MAPPING = {("__builtin__", "xrange"): ("builtins", "range"),
                 ("__builtin__", "reduce"): ("functools", "reduce"),
                 ("__builtin__", "intern"): ("sys", "intern"),
                 ("__builtin__", "unichr"): ("builtins", "chr"),
                 ("__builtin__", "unicode"): ("builtins", "str"),
                 ("__builtin__", "long"): ("builtins", "int"),
                 ("__builtin__", "basestring"): ("builtins", "str"),
                 ("UserDict", "UserDict"): ("collections", "UserDict"),
                 ("UserList", "UserList"): ("collections", "UserList"),
                 ("UserString", "UserString"): ("collections", "UserString")}


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    # What `_codecs.encode` does for the `str` objects protocols < 3 wrap bytes in.
    return obj.encode(encoding, errors)


def _type_name(obj):
    return type(obj).__name__


def _raw_unicode_escape(s):
    """The protocol 0 `UNICODE` payload: latin-1 bytes, with `\\`, NUL, CR, LF, ^Z and
    characters above U+00FF written as `\\uXXXX`/`\\UXXXXXXXX` (as `_pickle` does)."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append("\\U%08x" % c)
        elif c >= 256 or c == 92 or c == 0 or c == 10 or c == 13 or c == 26:
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _raw_unicode_unescape(b):
    s = b.decode("latin-1")
    if "\\" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "\\" and i + 1 < n and s[i + 1] in "uU":
            width = 4 if s[i + 1] == "u" else 8
            digits = s[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnpicklingError("truncated \\uXXXX escape")
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _int_to_bytes(x):
    """Little-endian two's complement bytes of `x`, as short as CPython's LONG1."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _getattribute(obj, dotted):
    """Walks a dotted qualified name; returns (object, parent) or raises AttributeError."""
    parent = None
    for subpath in dotted:
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def _import_module(name):
    __import__(name)
    return sys.modules[name]


def _object_reduce_ex(obj, proto):
    """CPython's `object.__reduce_ex__(proto)` for objects whose class defines neither
    `__reduce_ex__` nor `__reduce__`."""
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    cls = type(obj)
    kwargs = None
    f = getattr(obj, "__getnewargs_ex__", None)
    if f is not None:
        newargs = f()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % _type_name(newargs))
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             "not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%s'" % _type_name(args))
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%s'" % _type_name(kwargs))
        hasargs = True
    else:
        f = getattr(obj, "__getnewargs__", None)
        if f is not None:
            args = f()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % _type_name(args))
            hasargs = True
        else:
            args = _builtin_newargs(obj)
            hasargs = args is not None
            if args is None:
                args = ()
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None:
        state = getstate()
    else:
        state = _default_getstate(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)


def _builtin_newargs(obj):
    # `__getnewargs__` of the built-in value types, for instances of their subclasses
    # (gilpy's int/str/... have no such method).
    if isinstance(obj, bool):
        return None
    if isinstance(obj, int):
        return (int(obj),)
    if isinstance(obj, float):
        return (float(obj),)
    if isinstance(obj, str):
        return (str(obj),)
    if isinstance(obj, bytes):
        return (bytes(obj),)
    if isinstance(obj, complex):
        return (obj.real, obj.imag)
    if isinstance(obj, tuple):
        return (tuple(obj),)
    return None


def _default_getstate(obj, cls):
    d = getattr(obj, "__dict__", None)
    state = dict(d) if d else None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _gilpy_reducers():
    """Reductions CPython's own classes provide for gilpy classes that lack them,
    keyed by class; the reduced forms are CPython's, so pickles travel both ways."""
    table = {}
    try:
        import collections
    except ImportError:
        return table

    def reduce_deque(d):
        if d.maxlen is None:
            return (type(d), (), None, iter(d))
        return (type(d), ((), d.maxlen), None, iter(d))

    def reduce_ordered(d):
        state = getattr(d, "__dict__", None) or None
        return (type(d), (), state, None, iter(list(d.items())))

    def reduce_default(d):
        args = () if d.default_factory is None else (d.default_factory,)
        return (type(d), args, None, None, iter(list(d.items())))

    def reduce_counter(d):
        return (type(d), (dict(d),))

    table[collections.deque] = reduce_deque
    table[collections.OrderedDict] = reduce_ordered
    table[collections.defaultdict] = reduce_default
    table[collections.Counter] = reduce_counter
    return table


_gilpy_table = None


def _gilpy_reducer(cls):
    global _gilpy_table
    if _gilpy_table is None:
        _gilpy_table = _gilpy_reducers()
    for c in cls.__mro__:
        f = _gilpy_table.get(c)
        if f is not None:
            return f
    return None


_FUNCTION_TYPES = ("function", "builtin_function_or_method")


def _instance_dict_type():
    # gilpy's `obj.__dict__` is a live proxy, a subclass of dict; it pickles as the
    # plain dict it stands for (CPython's is a dict, so this is `dict` there).
    class Probe:
        pass
    probe = Probe()
    probe.x = 1
    return type(probe.__dict__)


_INSTDICT = _instance_dict_type()


def _batches(items):
    """Lists of up to _BATCHSIZE items drawn from the iterator `items`, each taken only
    after the previous one was written (as CPython's pickler batches APPENDS and
    SETITEMS); the last is shorter, possibly empty."""
    while True:
        batch = []
        for x in items:
            batch.append(x)
            if len(batch) == _BATCHSIZE:
                break
        yield batch
        if len(batch) < _BATCHSIZE:
            return


class Pickler:
    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._file = file
        if file is not None:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._out = []
        self._frame = bytearray()
        self._framing = False
        self._interned = {}

    def clear_memo(self):
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    def dump(self, obj):
        if not hasattr(self, "_out"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._pers = type(self).persistent_id is not Pickler.persistent_id or \
            "persistent_id" in getattr(self, "__dict__", {})
        self._dispatch_table = getattr(self, "dispatch_table", None)
        self._out = []
        self._frame = bytearray()
        self._framing = False
        if self.proto >= 2:
            self._out.append(PROTO + bytes([self.proto]))
            if self.proto >= 4:
                self._framing = True
        self.save(obj)
        self._frame += STOP
        self._commit_frame()
        self._framing = False
        data = b"".join(self._out)
        self._out = []
        if self._file is not None:
            self._file_write(data)
        return data

    # -- output and framing (as `_pickle`: a frame ends before the save() that
    # follows its 64th KiB; a payload of 64 KiB or more is written outside frames).

    # Output collects in `_frame` (a bytearray); without framing it is simply the
    # whole pickle, written out at the end.

    def write(self, data):
        self._frame += data

    def _commit_frame(self):
        f = self._frame
        if len(f):
            if self._framing and len(f) >= _FRAME_SIZE_MIN:
                self._out.append(FRAME + pack("<Q", len(f)))
            self._out.append(bytes(f))
            self._frame = bytearray()

    def _write_large(self, header, payload):
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out.append(header)
            self._out.append(bytes(payload))
        else:
            f = self._frame
            f += header
            f += payload

    # -- the memo

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = (idx, obj)
        if self.proto >= 4:
            self._frame += MEMOIZE
        elif not self.bin:
            self.write(PUT + str(idx).encode("ascii") + b"\n")
        elif idx < 256:
            self.write(BINPUT + bytes([idx]))
        else:
            self.write(LONG_BINPUT + pack("<I", idx))

    def _memo_get(self, idx):
        if not self.bin:
            self.write(GET + str(idx).encode("ascii") + b"\n")
        elif idx < 256:
            self._frame += _BINGET_OPS[idx]
        else:
            self.write(LONG_BINGET + pack("<I", idx))

    # -- save

    def save(self, obj, save_persistent_id=True):
        # As `_pickle`: a frame that has reached 64 KiB ends before the next object.
        if self._framing and len(self._frame) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
        if save_persistent_id and self._pers:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self.write(NONE)
        elif t is bool:
            if self.proto >= 2:
                self.write(NEWTRUE if obj else NEWFALSE)
            else:
                self.write(TRUE if obj else FALSE)
        elif t is int:
            self._save_int(obj)
        elif t is float:
            if self.bin:
                self.write(BINFLOAT + pack(">d", obj))
            else:
                self.write(FLOAT + repr(obj).encode("ascii") + b"\n")
        else:
            x = self.memo.get(id(obj))
            if x is not None:
                self._memo_get(x[0])
            # The common containers are dispatched here, one call deep, so nesting
            # costs two Python frames per level.
            elif t is str:
                self._save_str(obj)
            elif t is list:
                self._save_list(obj)
            elif t is dict or t is _INSTDICT:
                self._save_dict(obj)
            elif t is tuple:
                self._save_tuple(obj)
            else:
                self._save_other(obj, t)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            if not isinstance(pid, str):
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            try:
                self.write(PERSID + pid.encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def _save_int(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._frame += _BININT1_OPS[obj]
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                else:
                    self.write(BININT + pack("<i", obj))
            else:
                self.write(INT + str(obj).encode("ascii") + b"\n")
        elif self.proto >= 2:
            data = _int_to_bytes(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + bytes([n]) + data)
            else:
                self.write(LONG4 + pack("<i", n) + data)
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def _save_other(self, obj, t):
        if t is bytes:
            self._save_bytes(obj)
        elif t is str:
            self._save_str(obj)
        elif t is dict or t is _INSTDICT:
            self._save_dict(obj)
        elif t is set:
            self._save_set(obj)
        elif t is frozenset:
            self._save_frozenset(obj)
        elif t is list:
            self._save_list(obj)
        elif t is tuple:
            self._save_tuple(obj)
        elif t is bytearray:
            self._save_bytearray(obj)
        elif t is type:
            self._save_type(obj)
        elif t.__name__ in _FUNCTION_TYPES and t.__module__ == "builtins":
            owner = getattr(obj, "__self__", None)
            if owner is None or type(owner).__name__ == "module":
                self.save_global(obj)
            else:
                # A bound builtin method such as `[].append`: getattr(owner, name).
                self.save_reduce(getattr, (owner, obj.__name__), obj=obj)
        else:
            self._save_reduced(obj, t)

    def _save_reduced(self, obj, t):
        reduce = None
        table = self._dispatch_table
        if table is not None:
            reduce = table.get(t)
        if reduce is None:
            reduce = copyreg.dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type):
            self.save_global(obj)
            return
        else:
            rv = self._reduce(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % "__reduce__")
        self.save_reduce(obj=obj, *rv)

    def _reduce(self, obj, t):
        f = getattr(t, "__reduce_ex__", None)
        if f is not None:
            return f(obj, self.proto)
        f = getattr(t, "__reduce__", None)
        if f is not None:
            return f(obj)
        f = _gilpy_reducer(t)
        if f is not None:
            return f(obj)
        if isinstance(obj, BaseException):
            # BaseException.__reduce__: the class, the args, and any attributes.
            d = getattr(obj, "__dict__", None)
            if d:
                return (t, obj.args, dict(d))
            return (t, obj.args)
        if t.__name__ == "method" and hasattr(obj, "__func__"):
            return (getattr, (obj.__self__, obj.__func__.__name__))
        if isinstance(obj, (set, frozenset)):
            # set.__reduce__ / frozenset.__reduce__, for their subclasses.
            d = getattr(obj, "__dict__", None)
            return (t, (list(obj),), dict(d) if d else None)
        if t is range or t is slice:
            return (t, (obj.start, obj.stop, obj.step))
        if obj is Ellipsis:
            return "Ellipsis"
        if obj is NotImplemented:
            return "NotImplemented"
        if t.__name__ == "module" or t.__module__ == "builtins" and t not in (object, complex):
            raise TypeError("cannot pickle '%s' object" % t.__name__)
        if _gilpy_stdlib is not None and t is not object and \
                _gilpy_stdlib.instance_attrs(obj) is None:
            # An instance of a native class: its state lives in Rust, out of reach.
            raise TypeError("cannot pickle '%s' object" % t.__name__)
        return _object_reduce_ex(obj, self.proto)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ "
                                "must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ "
                                "must be a tuple")
        if listitems is not None and not hasattr(listitems, "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % _type_name(listitems))
        if dictitems is not None and not hasattr(dictitems, "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % _type_name(dictitems))
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ "
                                "must be a function, not %s" % _type_name(state_setter))
        name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, nargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be "
                                    "a class, not %s" % _type_name(cls))
            if self.proto >= 4:
                self.save(cls)
                self.save(nargs)
                self.save(kwargs)
                self.write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *nargs, **kwargs))
                self.save(())
                self.write(REDUCE)
        elif name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and type(obj) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                self.write(POP)
                self._memo_get(x[0])
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)

    # -- scalars

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode("latin-1"), _LATIN1), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._write_large(SHORT_BINBYTES + bytes([n]), obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack("<Q", n), obj)
        else:
            self._write_large(BINBYTES + pack("<I", n), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + pack("<Q", len(obj)), obj)
        self.memoize(obj)

    def _save_str(self, obj):
        if self.bin:
            try:
                data = obj.encode("utf-8")
            except UnicodeEncodeError:
                data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                f = self._frame
                f += _SHORT_BINUNICODE_OPS[n]
                f += data
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack("<Q", n), data)
            else:
                self._write_large(BINUNICODE + pack("<I", n), data)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # -- containers

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        if n <= 3 and self.proto >= 2:
            for x in obj:
                save(x)
            m = self.memo.get(id(obj))
            if m is not None:
                self.write(POP * n)
                self._memo_get(m[0])
                return
            self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
            self.memoize(obj)
            return
        self.write(MARK)
        for x in obj:
            save(x)
        m = self.memo.get(id(obj))
        if m is not None:
            if self.bin:
                self.write(POP_MARK)
            else:
                self.write(POP * (n + 1))
            self._memo_get(m[0])
            return
        self.write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_appends(iter(obj))
            return
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while total < len(obj):
            write(MARK)
            batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        for batch in _batches(items):
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)

    def _save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        items = list(obj.items())
        pos = 0
        while True:
            write(MARK)
            batch = 0
            while pos < len(items):
                k, v = items[pos]
                save(k)
                save(v)
                pos += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if batch != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for batch in _batches(items):
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        items = list(obj)
        size = len(items)
        pos = 0
        while True:
            self.write(MARK)
            batch = 0
            while pos < size:
                self.save(items[pos])
                pos += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self.write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if batch != _BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        m = self.memo.get(id(obj))
        if m is not None:
            self.write(POP_MARK)
            self._memo_get(m[0])
            return
        self.write(FROZENSET)
        self.memoize(obj)

    # -- globals

    def _save_type(self, obj):
        if obj is type(None):
            self.save_reduce(type, (None,), obj=obj)
        elif obj is type(Ellipsis):
            self.save_reduce(type, (Ellipsis,), obj=obj)
        elif obj is type(NotImplemented):
            self.save_reduce(type, (NotImplemented,), obj=obj)
        else:
            self.save_global(obj)

    def save_global(self, obj, name=None):
        if obj is _codecs_encode:
            # Bytes at protocols < 3 are rebuilt by `_codecs.encode`, which this
            # function stands in for.
            self.write(GLOBAL + b"_codecs\nencode\n")
            self.memoize(obj)
            return
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        dotted = name.split(".")
        if "<locals>" in dotted:
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = getattr(obj, "__module__", None)
        if module_name is None:
            module_name = _whichmodule(obj, dotted)
        try:
            module = _import_module(module_name)
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name))
        try:
            found, parent = _getattribute(module, dotted)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self.write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    self.write(EXT2 + pack("<H", code))
                else:
                    self.write(EXT4 + pack("<i", code))
                return
        # CPython's module names are interned strings, so a second global from the
        # same module finds its name in the memo (builtin types and builtin functions
        # hold two different "builtins" strings).
        key = (module_name == "builtins" and isinstance(obj, type), module_name)
        module_name = self._interned.setdefault(key, module_name)
        lastname = dotted[-1]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                module_name, name = _python2_name(obj, module_name, name)
            enc = "utf-8" if self.proto == 3 else "ascii"
            try:
                self.write(GLOBAL + module_name.encode(enc) + b"\n" +
                           name.encode(enc) + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using "
                                    "pickle protocol %d" % (module_name, name, self.proto))
        self.memoize(obj)


def _python2_name(obj, module_name, name):
    key = (module_name, name)
    if key in _REVERSE_NAME_MAPPING:
        return _REVERSE_NAME_MAPPING[key]
    if module_name == "builtins" and isinstance(obj, type) and issubclass(obj, BaseException):
        if name in _OSERROR_NAMES:
            return "exceptions", "OSError"
        if name == "ModuleNotFoundError":
            return "exceptions", "ImportError"
        return "exceptions", name
    return _REVERSE_IMPORT_MAPPING.get(module_name, module_name), name


def _whichmodule(obj, dotted):
    for module_name, module in list(sys.modules.items()):
        if module_name == "__main__" or module is None:
            continue
        try:
            if _getattribute(module, dotted)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


# -- unpickling

class Unpickler:
    def __init__(self, file, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._file = file
        if file is not None:
            try:
                self._file_read = file.read
                self._file_readline = file.readline
            except AttributeError:
                raise TypeError("file must have 'read' and 'readline' attributes")
        self._data = b""
        self._pos = 0
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            key = (module, name)
            if key in _NAME_MAPPING:
                module, name = _NAME_MAPPING[key]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        if module == "_codecs" and name == "encode":
            return _codecs_encode
        mod = _import_module(module)
        try:
            if self.proto >= 4:
                return _getattribute(mod, name.split("."))[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod))

    # -- input

    def _read(self, n):
        p = self._pos
        e = p + n
        if e <= len(self._data):
            self._pos = e
            return self._data[p:e]
        rest = self._data[p:]
        self._data = b""
        self._pos = 0
        if self._file is not None:
            more = self._file_read(n - len(rest))
            rest = rest + more
        if len(rest) < n:
            raise UnpicklingError("pickle data was truncated")
        return rest

    def _read_op(self):
        # The next opcode, past the end of the buffer: an empty input is EOFError.
        try:
            return self._read(1)[0]
        except UnpicklingError:
            raise EOFError("Ran out of input")

    def _readline(self):
        p = self._pos
        i = self._data.find(b"\n", p)
        if i >= 0:
            self._pos = i + 1
            return self._data[p:i + 1]
        rest = self._data[p:]
        self._data = b""
        self._pos = 0
        if self._file is not None:
            rest = rest + self._file_readline()
        if not rest.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return rest

    def _line(self):
        return self._readline()[:-1]

    def load(self):
        if not hasattr(self, "_data"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        dispatch = _DISPATCH
        memo = self.memo
        try:
            while True:
                data = self._data
                p = self._pos
                if p < len(data):
                    op = data[p]
                    p += 1
                    self._pos = p
                    # The opcodes that dominate container-heavy pickles, inline.
                    if op == 0x94 and self.stack:  # MEMOIZE
                        memo[len(memo)] = self.stack[-1]
                        continue
                    if op == 0x68 and p < len(data):  # BINGET
                        idx = data[p]
                        if idx in memo:
                            self._pos = p + 1
                            self.append(memo[idx])
                            continue
                    if op == 0x4b and p < len(data):  # BININT1
                        self._pos = p + 1
                        self.append(data[p])
                        continue
                else:
                    op = self._read_op()
                f = dispatch.get(op)
                if f is None:
                    if 0x20 <= op <= 0x7e and op != 0x27 and op != 0x5c:
                        raise UnpicklingError("invalid load key, '%s'." % chr(op))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % op)
                f(self)
        except _Stop as stop:
            return stop.value
        except IndexError:
            if not self.stack and not self.metastack:
                raise UnpicklingError("unpickling stack underflow")
            raise

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx)

    def _memo_put(self, idx):
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def _decode_str8(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)))
        else:
            value = klass.__new__(klass)
        self.append(value)

    def _build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)


def _op_proto(u):
    proto = u._read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    u.proto = proto


def _op_frame(u):
    size = unpack("<Q", u._read(8))[0]
    if size > sys.maxsize:
        raise ValueError("frame size > sys.maxsize: %d" % size)
    if u._file is None:
        if len(u._data) - u._pos < size:
            raise UnpicklingError("pickle data was truncated")
    elif u._pos >= len(u._data):
        data = u._file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle exhausted before end of frame")
        u._data = data
        u._pos = 0


def _op_persid(u):
    try:
        pid = u._line().decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
    u.append(u.persistent_load(pid))


def _op_binpersid(u):
    u.append(u.persistent_load(u._pop()))


def _op_none(u):
    u.append(None)


def _op_false(u):
    u.append(False)


def _op_true(u):
    u.append(True)


def _op_int(u):
    data = u._line()
    if data == b"00":
        val = False
    elif data == b"01":
        val = True
    else:
        val = int(data.decode("ascii"))
    u.append(val)


def _op_binint(u):
    u.append(unpack("<i", u._read(4))[0])


def _op_binint1(u):
    p = u._pos
    if p < len(u._data):
        u._pos = p + 1
        u.append(u._data[p])
    else:
        u.append(u._read(1)[0])


def _op_binint2(u):
    u.append(unpack("<H", u._read(2))[0])


def _op_long(u):
    val = u._line().decode("ascii")
    if val and val[-1] == "L":
        val = val[:-1]
    u.append(int(val))


def _op_long1(u):
    n = u._read(1)[0]
    u.append(int.from_bytes(u._read(n), "little", signed=True))


def _op_long4(u):
    n = unpack("<i", u._read(4))[0]
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u.append(int.from_bytes(u._read(n), "little", signed=True))


def _op_float(u):
    u.append(float(u._line().decode("ascii")))


def _op_binfloat(u):
    u.append(unpack(">d", u._read(8))[0])


_STRING_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"',
                   "a": "\x07", "b": "\x08", "f": "\x0c", "v": "\x0b", "0": "\x00"}


def _op_string(u):
    data = u._line()
    if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b"'", b'"'):
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    s = data.decode("latin-1")
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            if nxt == "x":
                out.append(chr(int(s[i + 2:i + 4], 16)))
                i += 4
                continue
            out.append(_STRING_ESCAPES.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    u.append(u._decode_str8("".join(out).encode("latin-1")))


def _op_binstring(u):
    n = unpack("<i", u._read(4))[0]
    if n < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    u.append(u._decode_str8(u._read(n)))


def _op_short_binstring(u):
    n = u._read(1)[0]
    u.append(u._decode_str8(u._read(n)))


def _op_binbytes(u):
    n = unpack("<I", u._read(4))[0]
    u.append(bytes(u._read(n)))


def _op_short_binbytes(u):
    n = u._read(1)[0]
    u.append(bytes(u._read(n)))


def _op_binbytes8(u):
    n = unpack("<Q", u._read(8))[0]
    u.append(bytes(u._read(n)))


def _op_bytearray8(u):
    n = unpack("<Q", u._read(8))[0]
    u.append(bytearray(u._read(n)))


def _op_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data "
                              "but no *buffers* argument was given")
    try:
        buf = next(u._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers")
    u.append(buf)


def _op_readonly_buffer(u):
    pass


def _op_unicode(u):
    u.append(_raw_unicode_unescape(u._line()))


def _op_binunicode(u):
    n = unpack("<I", u._read(4))[0]
    u.append(u._read(n).decode("utf-8"))


def _op_binunicode8(u):
    n = unpack("<Q", u._read(8))[0]
    u.append(u._read(n).decode("utf-8"))


def _op_short_binunicode(u):
    data = u._data
    p = u._pos
    if p < len(data):
        e = p + 1 + data[p]
        if e <= len(data):
            u._pos = e
            u.append(data[p + 1:e].decode("utf-8"))
            return
    n = u._read(1)[0]
    u.append(u._read(n).decode("utf-8"))


def _op_tuple(u):
    items = u.pop_mark()
    u.append(tuple(items))


def _op_empty_tuple(u):
    u.append(())


def _op_tuple1(u):
    u.stack[-1] = (u._top(),)


def _op_tuple2(u):
    if len(u.stack) < 2:
        raise UnpicklingError("unpickling stack underflow")
    u.stack[-2:] = [(u.stack[-2], u.stack[-1])]


def _op_tuple3(u):
    if len(u.stack) < 3:
        raise UnpicklingError("unpickling stack underflow")
    u.stack[-3:] = [(u.stack[-3], u.stack[-2], u.stack[-1])]


def _op_empty_list(u):
    u.append([])


def _op_empty_dict(u):
    u.append({})


def _op_empty_set(u):
    u.append(set())


def _op_frozenset(u):
    items = u.pop_mark()
    u.append(frozenset(items))


def _op_list(u):
    items = u.pop_mark()
    u.append(items)


def _op_dict(u):
    items = u.pop_mark()
    d = {}
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]
    u.append(d)


def _op_inst(u):
    module = u._line().decode("ascii")
    name = u._line().decode("ascii")
    klass = u.find_class(module, name)
    args = u.pop_mark()
    u._instantiate(klass, args)


def _op_obj(u):
    args = u.pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    cls = args.pop(0)
    u._instantiate(cls, args)


def _op_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    u.append(cls.__new__(cls, *args))


def _op_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    u.append(cls.__new__(cls, *args, **kwargs))


def _op_global(u):
    module = u._line().decode("utf-8")
    name = u._line().decode("utf-8")
    u.append(u.find_class(module, name))


def _op_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u.append(u.find_class(module, name))


def _get_extension(u, code):
    nil = []
    obj = copyreg._extension_cache.get(code, nil)
    if obj is not nil:
        u.append(obj)
        return
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError("unregistered extension code %d" % code)
    obj = u.find_class(*key)
    copyreg._extension_cache[code] = obj
    u.append(obj)


def _op_ext1(u):
    _get_extension(u, u._read(1)[0])


def _op_ext2(u):
    _get_extension(u, unpack("<H", u._read(2))[0])


def _op_ext4(u):
    _get_extension(u, unpack("<i", u._read(4))[0])


def _op_reduce(u):
    args = u._pop()
    func = u._top()
    if not isinstance(args, tuple):
        raise UnpicklingError("REDUCE expected an arg tuple")
    u.stack[-1] = func(*args)


def _op_pop(u):
    if u.stack:
        u.stack.pop()
    else:
        u.pop_mark()


def _op_pop_mark(u):
    u.pop_mark()


def _op_dup(u):
    u.append(u._top())


def _op_get(u):
    u._memo_get(int(u._line().decode("ascii")))


def _op_binget(u):
    p = u._pos
    if p < len(u._data):
        u._pos = p + 1
        idx = u._data[p]
    else:
        idx = u._read(1)[0]
    if idx in u.memo:
        u.append(u.memo[idx])
    else:
        u._memo_get(idx)


def _op_long_binget(u):
    u._memo_get(unpack("<I", u._read(4))[0])


def _op_put(u):
    u._memo_put(int(u._line().decode("ascii")))


def _op_binput(u):
    u._memo_put(u._read(1)[0])


def _op_long_binput(u):
    u._memo_put(unpack("<I", u._read(4))[0])


def _op_memoize(u):
    memo = u.memo
    if u.stack:
        memo[len(memo)] = u.stack[-1]
    else:
        memo[len(memo)] = u._top()


def _op_append(u):
    value = u._pop()
    lst = u._top()
    lst.append(value)


def _op_appends(u):
    items = u.pop_mark()
    lst = u._top()
    if type(lst) is list:
        lst.extend(items)
        return
    extend = getattr(lst, "extend", None)
    if extend is not None:
        extend(items)
        return
    for item in items:
        lst.append(item)


def _op_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


def _op_setitems(u):
    items = u.pop_mark()
    d = u._top()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]


def _op_additems(u):
    items = u.pop_mark()
    s = u._top()
    if isinstance(s, set):
        s.update(items)
    else:
        for item in items:
            s.add(item)


def _op_build(u):
    u._build()


def _op_mark(u):
    u.metastack.append(u.stack)
    u.stack = []
    u.append = u.stack.append


def _op_stop(u):
    raise _Stop(u._pop())


_DISPATCH = {
    MARK[0]: _op_mark, STOP[0]: _op_stop, POP[0]: _op_pop, POP_MARK[0]: _op_pop_mark,
    DUP[0]: _op_dup, FLOAT[0]: _op_float, INT[0]: _op_int, BININT[0]: _op_binint,
    BININT1[0]: _op_binint1, LONG[0]: _op_long, BININT2[0]: _op_binint2,
    NONE[0]: _op_none, PERSID[0]: _op_persid, BINPERSID[0]: _op_binpersid,
    REDUCE[0]: _op_reduce, STRING[0]: _op_string, BINSTRING[0]: _op_binstring,
    SHORT_BINSTRING[0]: _op_short_binstring, UNICODE[0]: _op_unicode,
    BINUNICODE[0]: _op_binunicode, APPEND[0]: _op_append, BUILD[0]: _op_build,
    GLOBAL[0]: _op_global, DICT[0]: _op_dict, EMPTY_DICT[0]: _op_empty_dict,
    APPENDS[0]: _op_appends, GET[0]: _op_get, BINGET[0]: _op_binget, INST[0]: _op_inst,
    LONG_BINGET[0]: _op_long_binget, LIST[0]: _op_list, EMPTY_LIST[0]: _op_empty_list,
    OBJ[0]: _op_obj, PUT[0]: _op_put, BINPUT[0]: _op_binput,
    LONG_BINPUT[0]: _op_long_binput, SETITEM[0]: _op_setitem, TUPLE[0]: _op_tuple,
    EMPTY_TUPLE[0]: _op_empty_tuple, SETITEMS[0]: _op_setitems, BINFLOAT[0]: _op_binfloat,
    PROTO[0]: _op_proto, NEWOBJ[0]: _op_newobj, EXT1[0]: _op_ext1, EXT2[0]: _op_ext2,
    EXT4[0]: _op_ext4, TUPLE1[0]: _op_tuple1, TUPLE2[0]: _op_tuple2,
    TUPLE3[0]: _op_tuple3, NEWTRUE[0]: _op_true, NEWFALSE[0]: _op_false,
    LONG1[0]: _op_long1, LONG4[0]: _op_long4, BINBYTES[0]: _op_binbytes,
    SHORT_BINBYTES[0]: _op_short_binbytes, SHORT_BINUNICODE[0]: _op_short_binunicode,
    BINUNICODE8[0]: _op_binunicode8, BINBYTES8[0]: _op_binbytes8,
    EMPTY_SET[0]: _op_empty_set, ADDITEMS[0]: _op_additems, FROZENSET[0]: _op_frozenset,
    NEWOBJ_EX[0]: _op_newobj_ex, STACK_GLOBAL[0]: _op_stack_global,
    MEMOIZE[0]: _op_memoize, FRAME[0]: _op_frame, BYTEARRAY8[0]: _op_bytearray8,
    NEXT_BUFFER[0]: _op_next_buffer, READONLY_BUFFER[0]: _op_readonly_buffer,
}


# -- shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return Pickler(None, protocol, fix_imports=fix_imports,
                   buffer_callback=buffer_callback).dump(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler(None, fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    u._data = bytes(data)
    return u.load()
