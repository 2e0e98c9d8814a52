"""zlib: deflate compression with zlib, gzip or no framing, and the checksums.

compress/decompress, compressobj/decompressobj, crc32, adler32, error and the
constants, as CPython's. The deflate coder is miniz_oxide (gilpy's _zlib): its output
decompresses with any zlib, but its bytes are not always the ones CPython's zlib
writes. compressobj buffers its input until flush(); decompressobj decodes what it has
been given on each call.
"""

import _zlib

__all__ = ["compress", "decompress", "compressobj", "decompressobj", "crc32", "adler32",
           "error", "MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE",
           "Z_DEFAULT_COMPRESSION", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
           "Z_BEST_COMPRESSION", "Z_FINISH", "Z_NO_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH"]

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


def _data(data):
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return bytes(data)


def crc32(data, value=0, /):
    return _zlib.crc32(_data(data), value & 0xFFFFFFFF)


def adler32(data, value=1, /):
    return _zlib.adler32(_data(data), value & 0xFFFFFFFF)


def _level(level):
    if level == -1:
        return 6
    if not 0 <= level <= 9:
        raise error("Bad compression level")
    return level


def _frame(raw, data, level, wbits):
    if 9 <= wbits <= 15:
        flevel = 0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3
        cmf = ((wbits - 8) << 4) | 8
        flg = flevel << 6
        flg += 31 - ((cmf * 256 + flg) % 31)
        return (bytes([cmf, flg]) + raw
                + _zlib.adler32(data, 1).to_bytes(4, "big"))
    if -15 <= wbits <= -9:
        return raw
    if 25 <= wbits <= 31:
        xfl = 2 if level == 9 else 4 if level == 1 else 0
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + bytes([xfl, 3])
        return (header + raw + _zlib.crc32(data, 0).to_bytes(4, "little")
                + (len(data) & 0xFFFFFFFF).to_bytes(4, "little"))
    raise ValueError("Invalid initialization option")


def compress(data, /, level=-1, wbits=MAX_WBITS):
    data = _data(data)
    level = _level(level)
    return _frame(_zlib.deflate_raw(data, level), data, level, wbits)


def _fail(code, what, msg):
    return error("Error %d while %s data: %s" % (code, what, msg))


def _gzip_header_len(data):
    if len(data) < 10:
        return None
    if data[0] != 0x1F or data[1] != 0x8B:
        raise _fail(-3, "decompressing", "incorrect header check")
    if data[2] != 8:
        raise _fail(-3, "decompressing", "unknown compression method")
    flags = data[3]
    pos = 10
    if flags & 4:
        if len(data) < pos + 2:
            return None
        pos += 2 + int.from_bytes(data[pos:pos + 2], "little")
    for bit in (8, 16):
        if flags & bit:
            end = data.find(b"\0", pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 2:
        pos += 2
    return pos if pos <= len(data) else None


def _decode(data, wbits):
    """(output, unused input, ended) for one stream in `data`."""
    if wbits == 0:
        wbits = MAX_WBITS
    if 40 <= wbits <= 47:
        wbits = 31 if data[:2] == b"\x1f\x8b" else wbits - 32
    if 8 <= wbits <= 15:
        if len(data) < 2:
            return b"", b"", False
        cmf, flg = data[0], data[1]
        if (cmf * 256 + flg) % 31 != 0 or cmf & 15 != 8:
            raise _fail(-3, "decompressing", "incorrect header check")
        if (cmf >> 4) + 8 > wbits:
            raise _fail(-3, "decompressing", "invalid window size")
        if flg & 32:
            raise _fail(-3, "decompressing", "need dictionary")
        start, trailer = 2, 4
    elif -15 <= wbits <= -8:
        start, trailer = 0, 0
    elif 24 <= wbits <= 31:
        start = _gzip_header_len(data)
        if start is None:
            return b"", b"", False
        trailer = 8
    else:
        raise ValueError("Invalid initialization option")
    try:
        out, used, ended = _zlib.inflate_raw(data[start:])
    except ValueError as e:
        raise _fail(-3, "decompressing", str(e)) from None
    end = start + used
    if not ended:
        return out, b"", False
    if len(data) < end + trailer:
        return out, b"", False
    tail = data[end:end + trailer]
    if trailer == 4 and int.from_bytes(tail, "big") != _zlib.adler32(out, 1):
        raise _fail(-3, "decompressing", "incorrect data check")
    if trailer == 8:
        if int.from_bytes(tail[:4], "little") != _zlib.crc32(out, 0):
            raise _fail(-3, "decompressing", "incorrect data check")
        if int.from_bytes(tail[4:], "little") != len(out) & 0xFFFFFFFF:
            raise _fail(-3, "decompressing", "incorrect length check")
    return out, data[end + trailer:], True


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _data(data)
    out, _, ended = _decode(data, wbits)
    if not ended:
        raise _fail(-5, "decompressing", "incomplete or truncated stream")
    return out


class _Compress:
    def __init__(self, level, wbits):
        self._level = _level(level)
        self._wbits = wbits
        self._parts = []
        self._done = False
        _frame(b"", b"", self._level, wbits)

    def compress(self, data):
        if self._done:
            raise error("Error -2 while compressing data: inconsistent stream state")
        self._parts.append(_data(data))
        return b""

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b""
        if self._done:
            raise error("Error -2 while flushing: inconsistent stream state")
        if mode != Z_FINISH:
            return b""
        self._done = True
        data = b"".join(self._parts)
        self._parts = []
        return _frame(_zlib.deflate_raw(data, self._level), data, self._level, self._wbits)

    def copy(self):
        c = _Compress.__new__(_Compress)
        c.__dict__.update(self.__dict__)
        c._parts = list(self._parts)
        return c


class _Decompress:
    def __init__(self, wbits):
        self._wbits = wbits
        self._input = b""
        self._given = 0
        self.eof = False
        self.unused_data = b""
        self.unconsumed_tail = b""

    def decompress(self, data, max_length=0):
        data = _data(data)
        if self.eof:
            self.unused_data += data
            return b""
        self._input += data
        out, rest, ended = _decode(self._input, self._wbits)
        new = out[self._given:]
        if max_length and len(new) > max_length:
            new = new[:max_length]
        self._given += len(new)
        if ended and self._given == len(out):
            self.eof = True
            self.unused_data = rest
            self._input = b""
        return new

    def flush(self, length=DEF_BUF_SIZE):
        if self.eof or not self._input:
            return b""
        out, _, _ = _decode(self._input, self._wbits)
        new = out[self._given:]
        self._given = len(out)
        return new

    def copy(self):
        d = _Decompress.__new__(_Decompress)
        d.__dict__.update(self.__dict__)
        return d


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    return _Decompress(wbits)
