import sys

def main(argv):
    if len(argv) < 2:
        print("usage: tool.py FILE", file=sys.stderr)
        return 2
    return 0

code = main(sys.argv)
print("exit code would be", code)
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
sys.exit("fatal: no input files")
