# doctest over this module: quiet passes, a failure report, verbose output, option
# directives (ELLIPSIS, NORMALIZE_WHITESPACE), expected exceptions, 'single' mode echo.
import doctest
import io
import contextlib


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> for i in range(2):
    ...     square(i + 1)
    1
    4
    >>> square(None)
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for *: 'NoneType' and 'NoneType'
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> x = square(2); x
    4
    >>> print("")
    <BLANKLINE>
    """
    return x * x


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    """

    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)

    def pop(self):
        """Pop.

        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty list
        """
        return self.items.pop()


def wrong():
    """A failing example.

    >>> 1 + 1
    3
    >>> undefined_name
    1
    """


def run(**kw):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        r = doctest.testmod(**kw)
    # The runner's own frame in an unexpected exception's traceback names the doctest
    # module's file, which differs between interpreters: drop it and its source line.
    skip = 0
    for line in buf.getvalue().replace(__file__, "FILE").splitlines(True):
        if skip:
            skip -= 1
            continue
        if line.strip().startswith('File "') and "<doctest" not in line and "FILE" not in line:
            skip = 1
            continue
        print(line, end="")
    print(r, r.failed, r.attempted)


run()
run(verbose=True)
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.IGNORE_EXCEPTION_DETAIL)
p = doctest.DocTestParser()
ex = p.get_examples(">>> 1 + 1\n2\n>>> x = 3\n")
print([(e.source, e.want, e.lineno) for e in ex])
