"""io: in-memory text and byte streams (StringIO, BytesIO), and open.

StringIO and BytesIO behave like CPython's for read/write/seek/tell/readline(s)/
iteration/truncate/getvalue/close and `with`. StringIO's newline handling: `newline=None`
or "" keeps the text as written (CPython translates "\\r\\n" on read for None); other
values are accepted. TextIOWrapper decodes and encodes over any binary stream
(BytesIO, a file opened "rb"/"wb", sys.stdout.buffer); it reads the whole buffer on the
first read. No BufferedReader or FileIO classes: `io.open` is the builtin `open`.
"""

__all__ = ["StringIO", "BytesIO", "open", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "UnsupportedOperation", "IOBase", "TextIOBase", "TextIOWrapper"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The line protocol every stream here shares, built on its readline/close."""

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class _MemoryIO:
    _empty = ""
    _kind = "str"

    _closed_msg = "I/O operation on closed file"

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def getvalue(self):
        self._check_open()
        return self._buf

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._kind == "str":
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._kind == "str":
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        if self._pos >= end:
            return self._empty
        out = self._buf[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        self._check_open()
        nl = "\n" if self._kind == "str" else b"\n"
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        if self._pos >= end:
            return self._empty
        out = self._buf[self._pos:end]
        self._pos = end
        return out

    def write(self, s):
        self._check_open()
        self._check_type(s)
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._pad(pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size


class StringIO(_MemoryIO, TextIOBase):
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._buf = initial_value
        self._pos = 0
        self._closed = False
        self.newline = newline

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)

    def _pad(self, n):
        return "\0" * n

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    def __repr__(self):
        return "<_io.StringIO object>"


class BytesIO(_MemoryIO, BufferedIOBase):
    _empty = b""
    _kind = "bytes"
    _closed_msg = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self._closed = False

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def write(self, s):
        self._check_type(s)
        return _MemoryIO.write(self, bytes(s))

    def _pad(self, n):
        return b"\0" * n

    def getbuffer(self):
        return bytearray(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return "<_io.BytesIO object>"


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: reads decode, writes encode."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is None:
            encoding = "UTF-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        "".encode(encoding)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors or "strict"
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._text = None
        self._pos = 0

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    newlines = property(lambda self: None)

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    @property
    def mode(self):
        return getattr(self._buffer, "mode", "r")

    def _fill(self):
        self._check_open()
        if self._text is None:
            text = self._buffer.read().decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = text
            self._pos = 0

    def read(self, size=-1):
        self._fill()
        if size is None or size < 0:
            out = self._text[self._pos:]
        else:
            out = self._text[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._fill()
        end = self._text.find("\n", self._pos)
        end = len(self._text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        flush = getattr(self._buffer, "flush", None)
        if flush is not None:
            flush()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        buffer = self._buffer
        self.flush()
        self._buffer = None
        return buffer

    def seek(self, offset, whence=0):
        self._check_open()
        if whence == 0 and offset == 0:
            self._buffer.seek(0)
            self._text = None
            self._pos = 0
            return 0
        if whence == 2 and offset == 0:
            self._text = None
            return self._buffer.seek(0, 2)
        raise UnsupportedOperation("can't do nonzero cur-relative seeks")

    def tell(self):
        self._check_open()
        if self._text is None:
            return self._buffer.tell()
        return len(self._text[:self._pos].encode(self._encoding, self._errors))

    def seekable(self):
        return self._buffer.seekable()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return False

    def reconfigure(self, *, encoding=None, errors=None, newline=None,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if line_buffering is not None:
            self._line_buffering = line_buffering

    def __repr__(self):
        return "<_io.TextIOWrapper encoding='%s'>" % self._encoding
