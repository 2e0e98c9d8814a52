# The `fnmatch` module: shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`) translated
# to regular expressions for `re`. POSIX only, so `fnmatch` is `fnmatchcase` after
# os.path.normcase (which is the identity here).

import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    return fnmatchcase(name, pat)


def _compile(pat):
    m = _cache.get(pat)
    if m is None:
        m = re.compile(translate(pat)).match
        if len(_cache) > 256:
            _cache.clear()
        _cache[pat] = m
    return m


def filter(names, pat):
    match = _compile(pat)
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def translate(pat):
    # Same regex text as CPython 3.11.
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            # Runs of stars collapse to one.
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == "?":
            parts.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                parts.append("\\[")
            else:
                stuff = pat[i:j]
                if "-" not in stuff:
                    stuff = stuff.replace("\\", r"\\")
                else:
                    chunks = []
                    k = i + 2 if pat[i] == "!" else i + 1
                    while True:
                        k = pat.find("-", k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += "-"
                    # Remove empty ranges such as [b-a].
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = "-".join(s.replace("\\", r"\\").replace("-", r"\-") for s in chunks)
                stuff = re.sub(r"([&~|])", r"\\\1", stuff)
                i = j + 1
                if not stuff:
                    parts.append("(?!)")
                elif stuff == "!":
                    parts.append(".")
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    parts.append("[" + stuff + "]")
        else:
            parts.append(re.escape(c))
    # Between two stars, the fixed text is matched by an atomic lazy group, so a pattern
    # with many stars cannot backtrack exponentially (CPython 3.11's form).
    out = []
    k, n = 0, len(parts)
    while k < n and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < n:
        k += 1  # past a star
        if k == n:
            out.append(".*")
            break
        fixed = []
        while k < n and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = "".join(fixed)
        if k == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?" + fixed + ")")
    return "(?s:" + "".join(out) + ")\\Z"


_STAR = object()
