import sys
def main(argv):
    print("args:", argv[1:])
    print("script name ends with .py:", argv[0].endswith(".py"))
    return 0
if __name__ == "__main__":
    print(__name__)
    rc = main(sys.argv)
    print("rc", rc)
    print(type(sys.argv).__name__, len(sys.argv) >= 1)
    print(sys.version_info[:2] >= (3, 0), sys.version_info.major)
    print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"))
    print(isinstance(sys.path, list), sys.platform in ("linux", "darwin", "win32"))
    sys.exit(0)
