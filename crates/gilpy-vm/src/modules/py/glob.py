# The `glob` module: pathname patterns over os.listdir, with fnmatch for each component.
# `**` matches any depth when recursive=True; names starting with "." need an explicit
# dot in the pattern, as in the shell. Directory-fd arguments (dir_fd) are not supported.

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic_check = re.compile("([*?[])")


def has_magic(s):
    return _magic_check.search(s) is not None


def escape(pathname):
    drive = ""
    return drive + _magic_check.sub(r"[\1]", pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported")
    if root_dir is not None and not root_dir:
        root_dir = None
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # An empty path, or a leading "**" that would yield "" first.
        for x in it:
            if x:
                yield x
        return
    yield from it


def _join(a, b):
    if not a:
        return b
    return os.path.join(a, b)


def _lexists(pathname, root_dir):
    if root_dir is not None and not os.path.isabs(pathname):
        pathname = os.path.join(root_dir, pathname)
    return os.path.exists(pathname) or os.path.islink(pathname)


def _isdir(pathname, root_dir):
    if root_dir is not None and not os.path.isabs(pathname):
        pathname = os.path.join(root_dir, pathname)
    return os.path.isdir(pathname)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(pathname, root_dir):
                yield pathname
        else:
            # Patterns ending with a slash match only directories.
            if _isdir(dirname, root_dir):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename), None):
            return [basename]
    else:
        if _isdir(dirname, None):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname if dirname else os.curdir)
    except OSError:
        return []
    if dironly:
        base = dirname if dirname else os.curdir
        names = [n for n in names if os.path.isdir(os.path.join(base, n))]
    return names


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            if os.path.isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield _join(x, y)


def _ishidden(path):
    return path[0] == "."


def _isrecursive(pattern):
    return pattern == "**"
