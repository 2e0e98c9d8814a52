import sys
import math
print(math.__doc__)
import json
print(json.dumps(math.__name__))


def report(out=sys.stdout):
    with out as stream:
        stream.write("inside\n")
        print("printed", file=stream)
    try:
        out.write("after\n")
    except ValueError as e:
        print("ValueError:", e, file=sys.stderr)


report()
