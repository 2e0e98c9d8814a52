import random

for seed in ["hello", "", "ünïcode ✓", b"bytes seed", bytearray(b"ba"), "a" * 200]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.randint(1, 1000))

r = random.Random("spam")
print(r.random(), r.choice("abcdef"), r.getrandbits(70))
r.seed(b"spam")
print(r.random())
r.seed("spam", version=1)
print(r.random())
r.seed(b"spam", version=1)
print(r.random())
random.seed("x")
a = [random.random() for _ in range(3)]
random.seed("x")
print(a == [random.random() for _ in range(3)])
for bad in [[1], (1,), {}]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
random.seed(12345)
print(random.random())
random.seed(-12345)
print(random.random())
random.seed(2 ** 100)
print(random.random())
