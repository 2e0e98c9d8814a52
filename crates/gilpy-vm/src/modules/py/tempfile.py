# The `tempfile` module: temporary files and directories under gettempdir(). Names use a
# private random generator, so creating them does not disturb `random`'s seeded sequence.

import os
import random as _random

__all__ = ["gettempdir", "gettempprefix", "mkdtemp", "mkstemp", "NamedTemporaryFile",
           "TemporaryFile", "TemporaryDirectory"]

template = "tmp"
tempdir = None
_rng = _random.Random()
_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for var in ("TMPDIR", "TEMP", "TMP"):
            d = os.environ.get(var)
            if d and os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            tempdir = "/tmp"
    return tempdir


def _candidate(dir, prefix, suffix):
    if dir is None:
        dir = gettempdir()
    for _ in range(10000):
        name = "".join(_rng.choice(_CHARS) for _ in range(8))
        path = os.path.join(dir, prefix + name + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError("No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    path = _candidate(dir, template if prefix is None else prefix, suffix or "")
    os.mkdir(path)
    return os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    path = _candidate(dir, template if prefix is None else prefix, suffix or "")
    open(path, "x" if text else "xb").close()
    # gilpy has no file descriptors: the first item is a placeholder.
    return -1, os.path.abspath(path)


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, attr):
        return getattr(self.file, attr)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete and os.path.exists(self.name):
                os.remove(self.name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True):
    path = _candidate(dir, template if prefix is None else prefix, suffix or "")
    open(path, "xb").close()
    if "b" in mode:
        f = open(path, mode)
    else:
        f = open(path, mode, encoding=encoding)
    return _TemporaryFileWrapper(f, os.path.abspath(path), delete)


TemporaryFile = NamedTemporaryFile


def _rmtree(path):
    for name in os.listdir(path):
        p = os.path.join(path, name)
        if os.path.isdir(p):
            _rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def cleanup(self):
        if os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore:
                    raise

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()
        return False
