# __del__ timing: del statement, rebinding, function return, containers, exit.
class Res:
    def __init__(self, n):
        self.n = n
        print("open", n)

    def __del__(self):
        print("close", self.n)


r = Res(1)
del r
print("after del")


def f():
    x = Res(2)
    print("in f")


f()
print("after f")

r = Res(3)
r = Res(4)
print("after rebind")
r = None
print("after None")

items = [Res(5), Res(6)]
items = []
print("after list rebind")


class Holder:
    pass


h = Holder()
h.res = Res(7)
h.res = None
print("after attr rebind")
h.res = Res(8)
del h.res
print("after del attr")

d = {"k": Res(9)}
del d["k"]
print("after del item")


def make():
    return Res(10)


kept = make()
print("kept", kept.n)


class Sub(Res):
    pass


s = Sub(11)
del s
print("after sub")


def loop():
    for i in range(12, 15):
        t = Res(i)
    print("loop done")


loop()
print("after loop")
x = Res(20)
y = [Res(21), Res(22)]
z = Res(23)
print("end")
