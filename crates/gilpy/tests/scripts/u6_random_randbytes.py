import random

r = random.Random(12345)
print(r.randbytes(0), r.randbytes(1).hex(), r.randbytes(7).hex(), len(r.randbytes(33)))
random.seed(99)
print(random.randbytes(5).hex(), random.random())
r2 = random.Random(12345)
print(r2.getrandbits(8), r2.randbytes(3).hex())
try:
    r.randbytes(-1)
except ValueError as e:
    print("ValueError:", e)
print(type(random.randbytes(2)).__name__)
