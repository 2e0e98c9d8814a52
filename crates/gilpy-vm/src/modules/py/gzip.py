"""gzip: compress/decompress gzip data, and open() for .gz files.

compress, decompress (several members in a row, as CPython), open and GzipFile in
modes "rb", "wb", "ab", "xb" and their text forms ("rt", "wt"): a file is read whole
on open and written whole on close. BadGzipFile for data that is not gzip.
"""

import builtins
import io
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = "rb", "wb"


class BadGzipFile(OSError):
    pass


def compress(data, compresslevel=9, *, mtime=None):
    data = bytes(data)
    if mtime == 0:
        # CPython 3.11 lets zlib write the header then (its OS byte is 3, "Unix").
        return zlib.compress(data, compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, wbits=-15)
    xfl = 2 if compresslevel == 9 else 4 if compresslevel == 1 else 0
    header = (b"\x1f\x8b\x08\x00" + (int(mtime) & 0xFFFFFFFF).to_bytes(4, "little")
              + bytes([xfl, 255]))
    return (header + body + zlib.crc32(data).to_bytes(4, "little")
            + (len(data) & 0xFFFFFFFF).to_bytes(4, "little"))


def decompress(data):
    data = bytes(data)
    out = []
    while data:
        if data[:2] != b"\x1f\x8b":
            if not data.strip(b"\0"):
                break
            raise BadGzipFile("Not a gzipped file (%r)" % data[:2])
        d = zlib.decompressobj(31)
        try:
            chunk = d.decompress(data)
        except zlib.error as e:
            raise BadGzipFile(str(e)) from None
        if not d.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        out.append(chunk)
        data = d.unused_data
    return b"".join(out)


class GzipFile(io.BufferedIOBase):
    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode and "t" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
        if fileobj is None:
            fileobj = builtins.open(filename, (mode or "rb").replace("b", "") + "b")
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        self.name = filename if filename is not None else getattr(fileobj, "name", "")
        self.mode = READ if mode.startswith("r") else WRITE
        self.fileobj = fileobj
        self._level = compresslevel
        self._mtime = mtime
        if self.mode == READ:
            self._io = io.BytesIO(decompress(fileobj.read()))
        else:
            self._io = io.BytesIO()
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def read(self, size=-1):
        self._check(READ)
        return self._io.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check(READ)
        return self._io.readline(size)

    def readlines(self, hint=-1):
        self._check(READ)
        return self._io.readlines(hint)

    def write(self, data):
        self._check(WRITE)
        return self._io.write(data)

    def _check(self, mode):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if self.mode != mode:
            import errno
            what = "read() on write-only" if mode == READ else "write() on read-only"
            raise OSError(errno.EBADF, what + " GzipFile object")

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return False

    def flush(self):
        pass

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self.mode == WRITE:
            self.fileobj.write(compress(self._io.getvalue(), self._level, mtime=self._mtime))
        self.fileobj.close()



def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    if "t" in mode:
        binary = GzipFile(filename, mode.replace("t", ""), compresslevel)
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return GzipFile(filename, mode, compresslevel)
