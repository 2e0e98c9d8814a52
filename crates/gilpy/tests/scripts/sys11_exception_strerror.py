import sys, os, errno
print(sys.exception())
try:
    raise KeyError("k")
except KeyError:
    print(repr(sys.exception()))
    try:
        1 / 0
    except ZeroDivisionError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES), os.strerror(0))
