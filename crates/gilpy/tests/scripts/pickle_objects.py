# pickle of user classes: default reduction (__dict__, __slots__), __getstate__/
# __setstate__, __reduce__/__reduce_ex__, __getnewargs__(_ex), functions and
# classes by reference, and the errors for what cannot be pickled.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b", "__hidden")

    def __init__(self):
        self.a = 1
        self.b = [2]
        self.__hidden = "h"

    def show(self):
        return (self.a, self.b, self.__hidden)


class Stateful:
    def __init__(self):
        self.value = 10
        self.cache = "drop me"

    def __getstate__(self):
        return {"value": self.value}

    def __setstate__(self, state):
        self.value = state["value"] * 2
        self.cache = None


class Reducer:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reducer, (self.n + 1,))


class ReducerEx:
    def __init__(self, n):
        self.n = n

    def __reduce_ex__(self, proto):
        return (ReducerEx, (self.n * 10 + proto,))


class WithNewArgs:
    def __new__(cls, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __init__(self, size):
        self.extra = "init ran"

    def __getnewargs__(self):
        return (self.size,)


class WithNewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self

    def __getnewargs_ex__(self):
        return (self.args, self.kwargs)


class Outer:
    class Inner:
        pass


class MyList(list):
    pass


class MyDict(dict):
    pass


def module_function(x):
    return x + 1


p = Point(1, [2, 3])
for proto in range(6):
    print("protocol", proto)
    data = pickle.dumps(p, proto)
    print(" ", data)
    q = pickle.loads(data)
    print(" ", q, type(q) is Point, q.y is not p.y)
    s = pickle.loads(pickle.dumps(Stateful(), proto))
    print(" ", pickle.dumps(Stateful(), proto), s.value, s.cache)
    print(" ", pickle.dumps(Reducer(4), proto), pickle.loads(pickle.dumps(Reducer(4), proto)).n)
    print(" ", pickle.dumps(ReducerEx(4), proto), pickle.loads(pickle.dumps(ReducerEx(4), proto)).n)
    print(" ", pickle.dumps(module_function, proto), pickle.loads(pickle.dumps(module_function, proto))(1))
    print(" ", pickle.dumps(Point, proto), pickle.loads(pickle.dumps(Point, proto)) is Point)
    print(" ", pickle.dumps(Outer.Inner, proto), pickle.loads(pickle.dumps(Outer.Inner, proto)) is Outer.Inner)
    print(" ", pickle.dumps([len, max, int, dict], proto))
    print(" ", pickle.loads(pickle.dumps([len, max, int, dict], proto)) == [len, max, int, dict])
    print(" ", pickle.dumps(type(None), proto), pickle.loads(pickle.dumps(type(None), proto)))
    print(" ", pickle.dumps(..., proto), pickle.loads(pickle.dumps(..., proto)))
    ml = MyList([1, 2])
    ml.tag = "t"
    print(" ", pickle.dumps(ml, proto))
    ml2 = pickle.loads(pickle.dumps(ml, proto))
    print(" ", type(ml2).__name__, ml2, ml2.tag)
    md = MyDict(a=1)
    md2 = pickle.loads(pickle.dumps(md, proto))
    print(" ", pickle.dumps(md, proto), type(md2).__name__, md2)
    for obj in [Slotted(), WithNewArgs(5), WithNewArgsEx(1, k=2)]:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print("  error", type(obj).__name__, type(e).__name__)
            continue
        print(" ", data)
        o = pickle.loads(data)
        if isinstance(o, Slotted):
            print(" ", o.show())
        elif isinstance(o, WithNewArgs):
            print(" ", o.size, getattr(o, "extra", "no init"))
        else:
            print(" ", o.args, o.kwargs)

two = [p, p]
back = pickle.loads(pickle.dumps(two))
print(back[0] is back[1], back)

for bad in [lambda: 1]:
    try:
        pickle.dumps(bad)
    except pickle.PicklingError as e:
        print("PicklingError", isinstance(e, pickle.PickleError), str(e).startswith("Can't pickle <function <lambda> at 0x"))


def make_local():
    def local_function():
        pass
    return local_function


try:
    pickle.dumps(make_local())
except Exception as e:
    print(type(e).__name__, e)

try:
    pickle.loads(b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00]\x94K\x01")
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError", e)
try:
    pickle.loads(b"\xff")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
