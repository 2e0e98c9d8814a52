# messages of common built-in errors, as a user prints them

def show(label, func):
    try:
        result = func()
    except Exception as e:
        print(f"{label:<22} {type(e).__name__}: {e}")
    else:
        print(f"{label:<22} no error: {result!r}")

def two_args(a, b):
    return a + b

def kw_func(a, *, key=None):
    return a

class Thing:
    def method(self, x):
        return x

def set_item(container, index, value):
    container[index] = value

def call(obj):
    return obj()

def first(obj):
    return obj[0]

ident = lambda x: x

def unbound_local():
    total = total + 1
    return total

def unbound_local_later():
    print(value)
    value = 3

show("int zero div", lambda: 1 // 0)
show("int true div", lambda: 1 / 0)
show("int modulo", lambda: 5 % 0)
show("float div", lambda: 1.5 / 0)
show("float floordiv", lambda: 1.5 // 0.0)
show("float modulo", lambda: 1.5 % 0.0)
show("divmod", lambda: divmod(7, 0))
show("list index", lambda: [1, 2, 3][3])
show("list neg index", lambda: [1, 2, 3][-4])
show("tuple index", lambda: (1,)[5])
show("str index", lambda: "abc"[10])
show("list assign index", lambda: set_item([], 0, 1))
show("dict key str", lambda: {"a": 1}["b"])
show("dict key int", lambda: {1: 2}[7])
show("dict key tuple", lambda: {}[(1, "x")])
show("attribute", lambda: Thing().missing)
show("attribute int", lambda: (5).foo)
show("attribute str", lambda: "s".push)
show("attribute None", lambda: None.x)
show("attribute list", lambda: [].add)
show("name", lambda: undefined_name)
show("unbound local", unbound_local)
show("unbound later", unbound_local_later)
show("add int str", lambda: 1 + "a")
show("add str int", lambda: "a" + 1)
show("add list tuple", lambda: [1] + (2,))
show("sub str", lambda: "abc" - "b")
show("mul str str", lambda: "a" * "b")
show("neg str", lambda: -"a")
show("too many args", lambda: two_args(1, 2, 3))
show("missing arg", lambda: two_args(1))
show("missing two", lambda: two_args())
show("unexpected kw", lambda: two_args(1, 2, c=3))
show("dup kw", lambda: two_args(1, a=2))
show("kw-only positional", lambda: kw_func(1, 2))
show("method args", lambda: Thing().method())
show("method too many", lambda: Thing().method(1, 2))
show("lambda args", lambda: ident())
show("not callable int", lambda: call(5))
show("not callable str", lambda: call("abc"))
show("not callable list", lambda: call([1]))
show("not subscriptable", lambda: first(5))
show("None subscript", lambda: first(None))
show("func subscript", lambda: first(two_args))
show("item assign tuple", lambda: set_item((1, 2), 0, 5))
show("item assign str", lambda: set_item("ab", 0, "x"))
show("unpack too many", lambda: [a for a, b in [(1, 2, 3)]])
show("unpack not enough", lambda: [a for a, b, c in [(1, 2)]])
show("unpack int", lambda: [a for a, b in [5]])
show("int('x')", lambda: int("x"))
show("int('')", lambda: int(""))
show("int('1.5')", lambda: int("1.5"))
show("int base 2", lambda: int("102", 2))
show("float('x')", lambda: float("x"))
show("float('')", lambda: float(""))
show("int(None)", lambda: int(None))
show("[].pop()", lambda: [].pop())
show("[1].pop(5)", lambda: [1].pop(5))
show("{}.pop('k')", lambda: {}.pop("k"))
show("{}.popitem()", lambda: {}.popitem())
show("list.index", lambda: [1, 2].index(3))
show("list.remove", lambda: [1, 2].remove(3))
show("str.index", lambda: "hello".index("z"))
show("tuple.index", lambda: (1, 2).index(9))
show("lt int str", lambda: 1 < "a")
show("gt str list", lambda: "a" > [1])
show("le None", lambda: None <= 0)
show("sort mixed", lambda: sorted([3, "a", 1]))
show("len int", lambda: len(5))
show("iter int", lambda: list(5))
show("for over None", lambda: [x for x in None])
show("str join ints", lambda: ",".join([1, 2]))
show("chr range", lambda: chr(-1))
show("ord long", lambda: ord("ab"))
show("range float", lambda: range(1.5))
show("min empty", lambda: min([]))
show("max empty", lambda: max([]))
show("dict unhashable", lambda: {[1]: 2})
show("tuple in dict key", lambda: {([1],): 0})
show("str mul float", lambda: "ab" * 2.0)
show("power zero neg", lambda: 0 ** -1)
show("ok", lambda: 7 // 2)
