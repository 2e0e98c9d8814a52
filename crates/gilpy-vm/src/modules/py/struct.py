"""struct: pack values into bytes and back, over the native _struct (as CPython).

Differences from CPython: iter_unpack() unpacks the whole buffer up front (the
iterator yields the same tuples); Struct objects are instances of a Python class
(same attributes and methods: format, size, pack, pack_into, unpack,
unpack_from, iter_unpack).
"""

from _struct import error, pack, unpack, calcsize, pack_into, unpack_from, _unpack_all

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


def iter_unpack(format, buffer):
    return iter(_unpack_all(format, buffer))


class Struct:
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter(_unpack_all(self.format, buffer))

    def __repr__(self):
        return "<_struct.Struct object at 0x%x>" % id(self)


Struct.__module__ = "_struct"
