"""array: typed arrays of numbers (and 'u' characters), as CPython 3.11 has them.

The items live in a list, checked and converted on the way in as CPython's C types
would be (range checks with CPython's messages, 'f' rounded to single precision);
`tobytes`/`frombytes` use the machine's sizes and byte order through `struct`.
"""

import struct as _struct

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "f": 4, "d": 8}

_STRUCT_CODE = {"l": "q", "L": "Q", "u": "I"}

# typecode -> (minimum, maximum, message above, message below)
_RANGES = {
    "b": (-128, 127, "signed char is greater than maximum", "signed char is less than minimum"),
    "B": (0, 255, "unsigned byte integer is greater than maximum",
          "unsigned byte integer is less than minimum"),
    "h": (-2 ** 15, 2 ** 15 - 1, "signed short integer is greater than maximum",
          "signed short integer is less than minimum"),
    "H": (0, 2 ** 16 - 1, "unsigned short is greater than maximum",
          "unsigned short is less than minimum"),
    "i": (-2 ** 31, 2 ** 31 - 1, "signed integer is greater than maximum",
          "signed integer is less than minimum"),
    "I": (0, 2 ** 32 - 1, "unsigned int is greater than maximum",
          "can't convert negative value to unsigned int"),
    "l": (-2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (0, 2 ** 64 - 1, "Python int too large to convert to C unsigned long",
          "can't convert negative value to unsigned int"),
    "q": (-2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    "Q": (0, 2 ** 64 - 1, "int too big to convert", "can't convert negative int to unsigned"),
}


def _check_item(typecode, v):
    if typecode == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if typecode in "fd":
        if not isinstance(v, (int, float)):
            try:
                v = v.__float__()
            except AttributeError:
                raise TypeError("must be real number, not " + type(v).__name__) from None
        v = float(v)
        if typecode == "f":
            v = _struct.unpack("f", _struct.pack("f", v))[0]
        return v
    if not isinstance(v, int):
        try:
            v = v.__index__()
        except AttributeError:
            raise TypeError("'" + type(v).__name__
                            + "' object cannot be interpreted as an integer") from None
    v = int(v)
    lo, hi, above, below = _RANGES[typecode]
    if v > hi:
        raise OverflowError(above)
    if v < lo:
        raise OverflowError(below)
    return v


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type."""

    __slots__ = ("_tc", "_items", "__weakref__")

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            if not isinstance(typecode, str) or len(typecode) != 1:
                raise TypeError("array() argument 1 must be a unicode character, not "
                                + type(typecode).__name__)
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '"
                                + typecode + "'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == "u" and initializer._tc != "u":
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '" + typecode + "'")
            self._items = [_check_item(typecode, v) for v in initializer._items]
        else:
            self._items = [_check_item(typecode, v) for v in initializer]

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError("can only " + what + " array (not \"" + type(other).__name__
                            + "\") to array")
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")

    # -- the sequence protocol ----------------------------------------------------
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"" + type(v).__name__
                                + "\") to array slice")
            self._same(v, "assign")
            self._items[i] = list(v._items)
            return
        v = _check_item(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        self._same(other, "append")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same(other, "extend")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        return other._items if isinstance(other, array) else None

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('" + self._tc + "')"
        if self._tc == "u":
            return "array('u', " + repr("".join(self._items)) + ")"
        return "array('" + self._tc + "', " + repr(self._items) + ")"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)))

    # -- methods ------------------------------------------------------------------
    def append(self, v):
        self._items.append(_check_item(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable, "extend")
            self._items.extend(iterable._items)
            return
        self._items.extend([_check_item(self._tc, v) for v in iterable])

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self._items.extend([_check_item(self._tc, v) for v in lst])

    def insert(self, i, v):
        self._items.insert(i, _check_item(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def _fmt(self, n):
        # Standard sizes ("=") equal this machine's for every code once 'l'/'L' are
        # spelled as the 8-byte 'q'/'Q' and 'u' as a 4-byte code point.
        return "=" + str(n) + _STRUCT_CODE.get(self._tc, self._tc)

    def tobytes(self):
        if self._tc == "u":
            return _struct.pack(self._fmt(len(self._items)), *[ord(c) for c in self._items])
        return _struct.pack(self._fmt(len(self._items)), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = _SIZES[self._tc]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        items = list(_struct.unpack(self._fmt(len(data) // size), data))
        if self._tc == "u":
            items = [chr(c) for c in items]
        self._items.extend(items)

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def byteswap(self):
        size = _SIZES[self._tc]
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b"".join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))


ArrayType = array
