# os.stat / stat_result, os.path extras, pathlib stat, os.fspath with PathLike objects
import os
import os.path
import tempfile
from pathlib import Path

print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]))
print(os.path.commonprefix([]), repr(os.path.commonprefix(["abc", "xyz"])))
print(os.path.commonprefix([[1, 2, 3], [1, 2, 4]]))
os.environ["U5_TEST_VAR"] = "value"
print(os.path.expandvars("$U5_TEST_VAR/${U5_TEST_VAR}/$U5_MISSING_VAR"))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("rel/~x"))
print(os.path.splitdrive("/a/b"), os.path.normcase("/A/b"))
print(os.path.curdir, os.path.pardir, os.path.extsep, os.path.altsep, os.path.pathsep, os.path.devnull)
with tempfile.TemporaryDirectory() as tmp:
    f = os.path.join(tmp, "data.txt")
    with open(f, "w") as fh:
        fh.write("0123456789")
    st = os.stat(f)
    print(st.st_size, st[6], len(st), isinstance(st, tuple))
    print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
    print(oct(st.st_mode & 0o170000), repr(st).startswith("os.stat_result(st_mode="))
    print(os.path.getmtime(f) == st.st_mtime, os.path.lexists(f), os.path.lexists(f + "x"))
    p = Path(tmp) / "data.txt"
    print(p.stat().st_size, p.lstat().st_size, p.samefile(f))
    print(os.fspath(p) == f, os.path.exists(p), os.path.getsize(p), os.path.join(Path(tmp), "x") == os.path.join(tmp, "x"))
    print(isinstance(p, os.PathLike), isinstance("s", os.PathLike))
    try:
        os.stat(os.path.join(tmp, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
try:
    os.fspath(42)
except TypeError as e:
    print("TypeError:", e)
