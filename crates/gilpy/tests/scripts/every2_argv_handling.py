import sys
import os

print("script name:", os.path.basename(sys.argv[0]))
args = sys.argv[1:]
print("args:", args, len(sys.argv))

def parse(argv):
    opts = {"verbose": False, "count": 1, "files": []}
    it = iter(argv)
    for arg in it:
        if arg in ("-v", "--verbose"):
            opts["verbose"] = True
        elif arg == "-n":
            opts["count"] = int(next(it))
        elif arg.startswith("--count="):
            opts["count"] = int(arg.split("=", 1)[1])
        else:
            opts["files"].append(arg)
    return opts

print(parse(args))
print(parse(["-v", "-n", "3", "a.txt", "--count=7", "b.txt"]))
if __name__ == "__main__":
    print("running as main")
