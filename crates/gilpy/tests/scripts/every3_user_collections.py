# collections.UserDict / UserList / UserString, subclassed as tutorials do
from collections import UserDict, UserList, UserString
class MyD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
m = MyD({"x": 1}, y=5)
m["a"] = 2
m.update(b=3)
print(m, m.data, len(m), "a" in m, sorted(m), m.get("q", 0), m == {"x": 2, "y": 10, "a": 4, "b": 6})
print(m.pop("x"), m.setdefault("z", 1), m, list(m.items()), list(m.keys()))
class Missing(UserDict):
    def __missing__(self, k):
        return k.upper()
print(Missing()["abc"])
class MyL(UserList):
    def total(self):
        return sum(self.data)
l = MyL([3, 1, 2])
l.append(5)
l.sort()
print(l, l.total(), l + [9], [0] + l, l[1:3], type(l[1:3]).__name__, len(l), 5 in l, l * 2)
print(MyL("ab"), l == [1, 2, 3, 5], l.index(3), l.pop(), l)
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
s = Shout("hey")
print(s.shout(), s + " you", len(s), s[0], s.replace("h", "H"), s == "hey", "e" in s, s.split("e"))
