e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e.args, e, repr(e))
print(isinstance(e, OSError), isinstance(e, FileNotFoundError), FileNotFoundError.__mro__[1].__name__)
for n in (1, 4, 13, 17, 20, 21, 32, 104, 110, 111, 999):
    print(n, type(OSError(n, "m")).__name__)
e = OSError("just a message")
print(e.errno, e.strerror, str(e), e.args)
e = OSError()
print(repr(str(e)), e.errno)
e = FileNotFoundError(2, "gone", "a", None, "b")
print(e, e.filename2)
e = PermissionError("denied")
print(type(e).__name__, e, e.errno)
class MyErr(OSError):
    pass
e = MyErr(2, "nope")
print(type(e).__name__, e, e.errno)
try:
    raise FileExistsError(17, "File exists", "f")
except OSError as err:
    print("caught", type(err).__name__, err.errno, err.filename, err)
for c in (EOFError, Warning, UserWarning, DeprecationWarning, RuntimeWarning, FutureWarning,
          NotImplementedError, LookupError, ArithmeticError, OverflowError, UnicodeError,
          UnicodeDecodeError, UnicodeEncodeError, TimeoutError, ConnectionError,
          ConnectionResetError, BrokenPipeError, IsADirectoryError, NotADirectoryError,
          BlockingIOError, InterruptedError, ProcessLookupError, ChildProcessError,
          FloatingPointError, BufferError, EnvironmentError, IOError):
    print(c.__name__, [b.__name__ for b in c.__mro__])
try:
    raise EOFError("EOF when reading a line")
except EOFError as e:
    print(repr(e))
print(issubclass(UserWarning, Exception), issubclass(ConnectionRefusedError, ConnectionError))
