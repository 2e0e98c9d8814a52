import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc, cc[0])
dd = {"self": None}
dd["self"] = dd
dc = copy.deepcopy(dd)
print(dc["self"] is dc)


class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None


root = Node(1)
kid = Node(2)
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.v, r2.children[0].v, r2.children[0].parent is r2, r2 is not root, r2.children is not root.children)
r3 = copy.copy(root)
print(r3.children is root.children, type(r3).__name__, r3.v)


class Custom:
    def __init__(self, n):
        self.n = n
        self.log = []

    def __copy__(self):
        c = Custom(self.n)
        c.log = ["copied"]
        return c

    def __deepcopy__(self, memo):
        c = Custom(self.n * 10)
        c.log = ["deep"]
        return c


x = Custom(3)
print(copy.copy(x).log, copy.deepcopy(x).n, copy.deepcopy([x, x])[0] is copy.deepcopy([x, x])[1])
pair = [x, x]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1])
print(copy.copy({1, 2}), copy.deepcopy({"a": {1, 2}}), copy.copy(5), copy.deepcopy("s"), copy.copy(None))
print(copy.deepcopy(frozenset([1, 2])), copy.copy(len) is len)
