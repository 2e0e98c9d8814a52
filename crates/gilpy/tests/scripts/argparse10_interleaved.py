# argparse matches positionals between options as CPython 3.11 does: runs of
# positional strings fill as many positionals as they can, '...' takes options too,
# leftovers (and a lone '--') go to parse_known_args' extras.
import argparse, io, contextlib
def mk(*specs, opts=True):
    p = argparse.ArgumentParser(prog="p", exit_on_error=False)
    for name, kw in specs:
        p.add_argument(name, **kw)
    if opts:
        p.add_argument("-v", action="store_true")
        p.add_argument("-n", type=int)
    return p
cases = [
    ([("files", dict(nargs="+"))], ["f", "--unknown", "7"]),
    ([("files", dict(nargs="+"))], ["a", "-v", "b"]),
    ([("files", dict(nargs="*"))], ["a", "-v", "b"]),
    ([("files", dict(nargs="*"))], ["-v", "a", "b"]),
    ([("x", {}), ("y", {})], ["1", "-v", "2"]),
    ([("x", {}), ("y", dict(nargs="?", default="D"))], ["1", "-v"]),
    ([("x", {}), ("y", dict(nargs="?", default="D"))], ["1", "-n", "3", "2"]),
    ([("x", dict(nargs=2))], ["1", "2", "-v"]),
    ([("x", dict(nargs=2))], ["1", "-v", "2"]),
    ([], ["--"]),
    ([("x", {})], ["--", "-v"]),
    ([("x", dict(nargs="*"))], ["a", "--", "-v", "b"]),
    ([("x", {}), ("rest", dict(nargs="..."))], ["a", "-v", "b", "-n", "1"]),
    ([("x", {})], []),
    ([("x", dict(nargs="?")), ("y", dict(nargs="*"))], []),
    ([("x", {}), ("y", dict(nargs="+"))], ["a", "-v"]),
    ([("x", dict(nargs="+")), ("y", {})], ["a", "b", "c"]),
    ([("x", dict(nargs="+")), ("y", {})], ["a", "-v", "b", "c"]),
]
for specs, argv in cases:
    p = mk(*specs)
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(argv, "->", p.parse_known_args(argv))
    except (argparse.ArgumentError, SystemExit) as e:
        print(argv, "-> error", str(e), err.getvalue().strip().splitlines()[-1:] )
