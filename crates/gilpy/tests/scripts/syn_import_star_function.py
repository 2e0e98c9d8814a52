# `import *` inside a function is a SyntaxError, as in CPython.
print("never printed")


def f():
    from queue import *
    return Queue
