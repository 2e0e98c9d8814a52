# argparse: command-line tools as tutorials write them (argument lists given explicitly).
import argparse
import sys


def build():
    parser = argparse.ArgumentParser(
        prog="resize",
        description="Resize images in a folder and write them somewhere else.",
        epilog="Example: resize photos out --width 800",
    )
    parser.add_argument("source", help="folder with the input images")
    parser.add_argument("dest", nargs="?", default="out", help="output folder")
    parser.add_argument("-w", "--width", type=int, default=640, help="target width in pixels")
    parser.add_argument("--height", type=int, help="target height (default: keep ratio)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    parser.add_argument("-q", "--quiet", action="store_true", help="no output")
    parser.add_argument("--no-color", dest="color", action="store_false")
    parser.add_argument("--format", choices=["png", "jpg", "webp"], default="png")
    parser.add_argument("-e", "--exclude", action="append", metavar="PATTERN",
                        help="skip files matching PATTERN (repeatable)")
    parser.add_argument("--scale", type=float, nargs=2, metavar=("X", "Y"))
    parser.add_argument("--tags", nargs="*", default=[])
    return parser


parser = build()
print(parser.parse_args(["photos"]))
args = parser.parse_args(["photos", "thumbs", "-w", "320", "-vv", "--format", "jpg"])
print(args)
print(args.source, args.dest, args.width, args.verbose, args.format, args.color)
print(parser.parse_args(["in", "--width=100", "-e", "*.tmp", "-e", "*.bak", "--no-color"]))
print(parser.parse_args(["in", "--scale", "1.5", "2", "--tags", "a", "b", "-q"]))
print(vars(parser.parse_args(["x", "-w5"])))
print(parser.format_usage(), end="")
parser.print_help()

# Positional nargs.
p2 = argparse.ArgumentParser(prog="calc")
p2.add_argument("op", choices=["add", "mul"])
p2.add_argument("numbers", nargs="+", type=int)
args = p2.parse_args(["add", "1", "2", "3"])
print(args, sum(args.numbers))
p2.print_usage()

p3 = argparse.ArgumentParser(prog="cp")
p3.add_argument("files", nargs="*")
p3.add_argument("target")
print(p3.parse_args(["a", "b", "c"]), p3.parse_args(["only"]))

# Mutually exclusive options and argument groups.
p4 = argparse.ArgumentParser(prog="server", description="Run the server.")
group = p4.add_mutually_exclusive_group()
group.add_argument("--start", action="store_true")
group.add_argument("--stop", action="store_true")
net = p4.add_argument_group("network", "Where to listen.")
net.add_argument("--host", default="127.0.0.1")
net.add_argument("--port", type=int, default=8000)
p4.set_defaults(mode="prod")
print(p4.parse_args(["--start", "--port", "9000"]))
p4.print_help()

p5 = argparse.ArgumentParser(prog="neg")
p5.add_argument("x", type=int)
p5.add_argument("--offset", type=float, default="0.5")
print(p5.parse_args(["-3"]), p5.parse_args(["--", "-7", "--offset", "1"][0:2]))

ns = argparse.Namespace(a=1, b="two")
print(ns, ns.a, "b" in ns, ns == argparse.Namespace(a=1, b="two"))


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return value


p6 = argparse.ArgumentParser(prog="jobs")
p6.add_argument("-n", "--count", type=positive, required=True)
p6.add_argument("--level", type=int, choices=[1, 2, 3], default=1)

# Errors: usage and message on stderr, exit status 2.
sys.stderr = sys.stdout
for argv in [
    [],
    ["-n"],
    ["-n", "abc"],
    ["-n", "-5"],
    ["-n", "0"],
    ["-n", "3", "--level", "7"],
    ["-n", "3", "extra", "--what"],
]:
    try:
        p6.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
for argv in [["--start", "--stop"], ["--port"]]:
    try:
        p4.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
try:
    p2.parse_args(["add"])
except SystemExit as e:
    print("exit", e.code)
try:
    p2.parse_args(["sub", "1"])
except SystemExit as e:
    print("exit", e.code)
try:
    build().parse_args(["--help"])
except SystemExit as e:
    print("help exit", e.code)
