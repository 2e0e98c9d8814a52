# inspect.getgeneratorstate (gi_suspended, gi_frame, gi_code) and reprs of builtin methods
import inspect


def counter(n):
    for i in range(n):
        yield i


g = counter(2)
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame is not None)
print(g.gi_code.co_name, g.gi_frame.f_code.co_name)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame.f_lineno)
list(g)
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame)


def watcher():
    yield inspect.getgeneratorstate(w)


w = watcher()
print(next(w))
c = counter(5)
next(c)
c.close()
print(inspect.getgeneratorstate(c))
print(inspect.GEN_CREATED, inspect.GEN_CLOSED)

print(str.isupper, str.upper, list.append, dict.get)
print(int.__add__, str.__getitem__, list.__getitem__, object.__init__, str.__len__)
print(len, repr(max))


class Check:
    def __init__(self, pred):
        self.pred = pred

    def describe(self):
        return f"Expected {self.pred} to be true"


print(Check(str.isdigit).describe())
