class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items

b = Box([1, 2])
print(1 in b, 3 in b, 3 not in b)

class Truthy:
    def __contains__(self, x):
        return "non-bool"
print(5 in Truthy())

class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly())

class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)

class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 1 in [Eq()])
nan = float("nan")
print(nan in [nan], [nan] == [nan])
print("ab" in "xaby", b"a" in b"cat", 97 in b"cat")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
d = {"k": 1}
print("k" in d, 1 in d, "k" in d.keys(), 1 in d.values(), ("k", 1) in d.items())
