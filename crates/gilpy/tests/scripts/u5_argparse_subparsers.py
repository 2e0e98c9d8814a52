# argparse sub-commands: add_subparsers / add_parser / set_defaults(func=...)
import argparse


def cmd_add(args):
    return f"adding {args.files} (force={args.force})"


def cmd_rm(args):
    return f"removing {args.path} recursive={args.r}"


parser = argparse.ArgumentParser(prog="vcs")
parser.add_argument("--verbose", action="store_true")
sub = parser.add_subparsers(dest="command", help="sub-command help")
p_add = sub.add_parser("add", help="add files")
p_add.add_argument("files", nargs="+")
p_add.add_argument("-f", "--force", action="store_true")
p_add.set_defaults(func=cmd_add)
p_rm = sub.add_parser("rm", aliases=["remove"], help="remove a path")
p_rm.add_argument("path")
p_rm.add_argument("-r", action="store_true")
p_rm.set_defaults(func=cmd_rm)

for argv in (["add", "a.txt", "b.txt", "-f"], ["--verbose", "rm", "-r", "dir"],
             ["remove", "x"], []):
    ns = parser.parse_args(argv)
    print(sorted((k, v) for k, v in vars(ns).items() if k != "func"))
    if hasattr(ns, "func"):
        print(ns.func(ns))
print(parser.format_usage().strip())
print(p_add.prog, p_rm.prog)

p2 = argparse.ArgumentParser(prog="tool", exit_on_error=False)
s2 = p2.add_subparsers(dest="cmd", required=True)
s2.add_parser("go").add_argument("--speed", type=int, default=1)
print(p2.parse_args(["go", "--speed", "3"]))
try:
    p2.parse_args(["stop"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
import contextlib, io
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p2.parse_args([])
    except SystemExit as e:
        print("SystemExit", e.code)
print(err.getvalue().splitlines()[-1])
