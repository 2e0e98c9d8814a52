# doctest: an example whose output ends without a newline (`print(x, end=",")`) matches
# its expected block, as in CPython.
import doctest


def show(items):
    """
    >>> show([1, 2, 3])
    items:
    1,2,3,
    >>> print("no newline", end="")
    no newline
    """
    print("items:")
    for i in items:
        print(i, end=",")


print(doctest.testmod())
