# The Python parts of `os` and `os.path`: `os.walk` (over os.listdir / os.path.isdir /
# os.path.islink), `os.stat`/`lstat` and `stat_result`, `fspath`/`PathLike`, and the
# `os.path` helpers commonprefix, expanduser, expandvars, getmtime/getatime/getctime,
# lexists, samefile, normcase, splitdrive. `os` is imported inside the functions because
# this module is loaded while `os` itself is being set up; os.rs copies the names listed
# in _OS_NAMES and _PATH_NAMES into the two modules.

_OS_NAMES = ("walk", "stat", "lstat", "stat_result", "fspath", "PathLike", "fsencode",
             "fsdecode", "scandir", "DirEntry")
_PATH_NAMES = ("commonprefix", "expanduser", "expandvars", "getmtime", "getatime",
               "getctime", "lexists", "samefile", "normcase", "splitdrive", "curdir",
               "pardir", "extsep", "altsep", "pathsep", "devnull", "defpath")

import abc as _abc

curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"
defpath = "/bin:/usr/bin"


def walk(top, topdown=True, onerror=None, followlinks=False):
    import os
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            # A directory whose children were walked first (bottom-up order).
            yield top
            continue
        try:
            names = os.listdir(top)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        dirs = []
        nondirs = []
        for name in names:
            full = os.path.join(top, name)
            if os.path.isdir(full):
                dirs.append(name)
            else:
                nondirs.append(name)
        if topdown:
            yield top, dirs, nondirs
            # Edits to `dirs` by the caller prune the walk; reversed so the stack pops in order.
            for name in reversed(dirs):
                new_path = os.path.join(top, name)
                if followlinks or not os.path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for name in reversed(dirs):
                new_path = os.path.join(top, name)
                if followlinks or not os.path.islink(new_path):
                    stack.append(new_path)


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")


class stat_result(tuple):
    """os.stat_result: a 10-tuple (times as whole seconds) with st_* attributes
    (st_atime/st_mtime/st_ctime as floats, st_*_ns as ints)."""

    def __new__(cls, fields):
        fields = tuple(fields)
        self = super().__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:10]))
        self._times = fields[7:10]
        return self

    def __getattr__(self, name):
        if name in _STAT_FIELDS:
            return self[_STAT_FIELDS.index(name)]
        for i, base in enumerate(("st_atime", "st_mtime", "st_ctime")):
            if name == base:
                return self._times[i]
            if name == base + "_ns":
                return int(round(self._times[i] * 1e9))
        raise AttributeError("'os.stat_result' object has no attribute '%s'" % name)

    def __repr__(self):
        names = _STAT_FIELDS + ("st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(names, self)) + ")"

    def __reduce__(self):
        return (stat_result, (tuple(self[:7]) + self._times,))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    import os
    return stat_result(os._stat_fields(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat(path, follow_symlinks=False)


class DirEntry:
    """One entry of os.scandir(): the name, the joined path, and cached type checks."""

    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, directory, name):
        import os
        self.name = name
        self.path = os.path.join(directory, name)
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry " + repr(self.name) + ">"


class _ScandirIterator:
    def __init__(self, directory, names):
        self._dir = directory
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = "ScandirIterator"


def scandir(path="."):
    """An iterator of DirEntry objects for the entries of `path` (also a context manager)."""
    import os
    path = fspath(path)
    return _ScandirIterator(path, os.listdir(path))


class PathLike(_abc.ABC):
    """Abstract base of objects with __fspath__ (isinstance works by the method)."""

    @classmethod
    def __subclasshook__(cls, other):
        if cls is PathLike:
            return hasattr(other, "__fspath__")
        return NotImplemented


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(result).__name__))
    return result


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    import os
    path = fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user: only the current user's home is known here.
        return path
    home = os.environ.get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def expandvars(path):
    import os
    import re
    path = fspath(path)
    if "$" not in path:
        return path

    def repl(m):
        name = m.group(1) or m.group(2)
        return os.environ.get(name, m.group(0))

    return re.sub(r"\$(\w+)|\$\{([^}]*)\}", repl, path)


def getmtime(filename):
    return stat(filename).st_mtime


def getatime(filename):
    return stat(filename).st_atime


def getctime(filename):
    return stat(filename).st_ctime


def lexists(path):
    try:
        lstat(path)
    except (OSError, ValueError):
        return False
    return True


def samefile(f1, f2):
    s1 = stat(f1)
    s2 = stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def normcase(s):
    return fspath(s)


def splitdrive(p):
    p = fspath(p)
    return p[:0], p
