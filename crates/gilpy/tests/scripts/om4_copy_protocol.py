import copy

class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []

n = Node(1, [Node(2)])
s = copy.copy(n)
d = copy.deepcopy(n)
print(s.children is n.children, d.children is n.children, d.children[0].v)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__")
        return Custom(self.v + 100)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(self.v + 1000)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)

l = [1]
l.append(l)
dl = copy.deepcopy(l)
print(dl[1] is dl, dl is not l)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1])

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
ss = copy.deepcopy(Slots())
print(ss.a, hasattr(ss, "b"))

class Red:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Red, (self.v * 2,))
print(copy.copy(Red(3)).v)
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, [2]))[1])
class WithState:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {"a": self.a, "extra": "added"}
    def __setstate__(self, st):
        self.__dict__.update(st)
print(vars(copy.copy(WithState())))
