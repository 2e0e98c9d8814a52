# Finalizers at exit still run when the script ends with an uncaught exception.
class Res:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("close", self.n)


a = Res(1)
b = [Res(2), Res(3)]


def boom():
    r = Res(4)
    raise KeyError("bad")


try:
    boom()
except KeyError as e:
    print("caught", e)
boom()
