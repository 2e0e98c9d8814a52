class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"{self.v}<{o.v}")
        return self.v < o.v
    def __bool__(self):
        print("bool", self.v)
        return True

a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
print(a < b < Loud(3))
def side(x):
    print("eval", x)
    return x
print(side(1) < side(2) < side(0) < side(5))
print(1 < 2 > 0 != 3 == 3 is not None in [None])
x = 5
print(0 <= x < 10, 0 < x < 3)
class CmpRet:
    def __lt__(self, o):
        return "truthy-str"
print(CmpRet() < 1, CmpRet() < 1 < 2)
print(1 == 1.0 == True, "a" < "b" < "c", [1] < [2] <= [2])
