"""pathlib: object-oriented POSIX paths over os and os.path.

PurePath/PurePosixPath and Path/PosixPath as in CPython 3.11 for the pure
operations (parts, name, suffix, parent, joining, with_*, relative_to, match)
and the common file operations (exists, is_file, is_dir, read/write text and
bytes, iterdir, glob/rglob, mkdir, touch, unlink, rmdir, rename, replace,
resolve, cwd, home, open, stat, lstat, samefile). Windows paths are not provided.

Not supported (NotImplementedError naming the call): chmod, owner, group,
symlinks, hardlinks.
"""

import os

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _split(text):
    """(root, parts) of a path string, normalised as CPython does."""
    root = ""
    if text.startswith("/"):
        root = "/"
        # POSIX keeps exactly two leading slashes; more collapse to one.
        if text.startswith("//") and not text.startswith("///"):
            root = "//"
    parts = [p for p in text.split("/") if p and p != "."]
    return root, parts


def _match(name, pat):
    # As CPython's pathlib does: fnmatch's translation, case-sensitive on POSIX.
    import fnmatch

    return fnmatch.fnmatchcase(name, pat)


def _unsupported(name):
    raise NotImplementedError("pathlib: Path.%s() is not supported in gilpy" % name)


class PurePath:
    """A path with no file-system access (POSIX flavour)."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def _init(self, args):
        root = ""
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                text = str(a)
            elif isinstance(a, str):
                text = a
            elif hasattr(a, "__fspath__"):
                text = a.__fspath__()
            else:
                raise TypeError("expected str, bytes or os.PathLike object, not "
                                + type(a).__name__)
            r, p = _split(text)
            if r:
                root = r
                parts = p
            else:
                parts = parts + p
        self._root = root
        self._tail = parts

    def _from(self, root, tail):
        new = object.__new__(type(self))
        new._root = root
        new._tail = list(tail)
        return new

    def __str__(self):
        s = self._root + "/".join(self._tail)
        return s or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __bytes__(self):
        return str(self).encode()

    def _key(self):
        return (self._root, self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp() < other._cmp()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp() <= other._cmp()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp() > other._cmp()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp() >= other._cmp()

    def _cmp(self):
        return ([self._root] if self._root else []) + self._tail

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *others):
        return type(self)(self, *others)

    @property
    def parts(self):
        if self._root:
            return tuple([self._root] + self._tail)
        return tuple(self._tail)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        if not self._tail:
            return ""
        return self._tail[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from(self._root, self._tail[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._tail:
            p = p.parent
            out.append(p)
        return tuple(out)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and (not suffix.startswith(".") or suffix == ".")):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:len(name) - len(old)] + suffix
        return self._from(self._root, self._tail[:-1] + [name])

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base._tail)
        if base._root != self._root or self._tail[:n] != base._tail:
            raise ValueError("%r is not in the subpath of %r OR one path is relative "
                             "and the other is absolute." % (str(self), str(base)))
        return self._from("", self._tail[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pat = PurePosixPath(path_pattern)
        if not pat._tail and not pat._root:
            raise ValueError("empty pattern")
        parts = self.parts
        pparts = pat.parts
        if pat._root:
            if len(pparts) != len(parts):
                return False
        elif len(pparts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pparts)):
            if not _match(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    """A path with file-system operations."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.environ.get("HOME", "/"))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        p = os.path.normpath(str(self.absolute()))
        if strict and not os.path.exists(p):
            raise FileNotFoundError(2, "No such file or directory", p)
        return type(self)(p)

    def expanduser(self):
        if self._tail and self._tail[0] == "~" and not self._root:
            return type(self)(os.environ.get("HOME", "/"), *self._tail[1:])
        return self

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return False

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" in mode:
            return open(str(self), mode)
        return open(str(self), mode, encoding=encoding, newline=newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open("wb") as f:
            return f.write(bytes(data))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from(self._root, self._tail + [name])

    def _glob(self, pats):
        if not pats:
            return [self]
        pat, rest = pats[0], pats[1:]
        out = []
        if pat == "**":
            for d in self._walk_dirs():
                out.extend(d._glob(rest))
            return out
        if not self.is_dir():
            return out
        for name in os.listdir(str(self)):
            if name.startswith(".") and not pat.startswith("."):
                continue
            if _match(name, pat):
                child = self._from(self._root, self._tail + [name])
                if rest and not child.is_dir():
                    continue
                out.extend(child._glob(rest))
        return out

    def _walk_dirs(self):
        out = [self]
        try:
            names = os.listdir(str(self))
        except OSError:
            return out
        for name in names:
            if name.startswith("."):
                continue
            child = self._from(self._root, self._tail + [name])
            if child.is_dir():
                out.extend(child._walk_dirs())
        return out

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        pats = [p for p in pattern.split("/") if p and p != "."]
        if pattern.endswith("/"):
            return iter([p for p in self._glob(pats) if p.is_dir()])
        return iter(self._glob(pats))

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        p = str(self)
        if os.path.isdir(p):
            if exist_ok:
                return
            raise FileExistsError(17, "File exists", p)
        if parents:
            os.makedirs(p, exist_ok=exist_ok)
        else:
            os.mkdir(p)

    def touch(self, mode=0o666, exist_ok=True):
        p = str(self)
        if os.path.exists(p):
            if not exist_ok:
                raise FileExistsError(17, "File exists", p)
            return
        with open(p, "a"):
            pass

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return type(self)(target)

    def samefile(self, other):
        return os.path.samefile(str(self), str(other))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def chmod(self, mode):
        _unsupported("chmod")

    def owner(self):
        _unsupported("owner")

    def group(self):
        _unsupported("group")

    def symlink_to(self, target, target_is_directory=False):
        _unsupported("symlink_to")

    def readlink(self):
        _unsupported("readlink")


class PosixPath(Path, PurePosixPath):
    pass
