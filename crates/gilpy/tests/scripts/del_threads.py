# __del__ of objects dropped in threads runs (in the dropping thread).
import threading


class Res:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("close", self.n, threading.current_thread().name)


def work(n):
    r = Res(n)
    print("work", n)


for i in range(3):
    t = threading.Thread(target=work, args=(i,), name="T%d" % i)
    t.start()
    t.join()
print("joined")
r = Res(9)
del r
print("end")
