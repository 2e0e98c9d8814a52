# pickle.dumps of builtin scalars and containers: the exact bytes at every
# protocol, and loads(dumps(x)) == x.
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129,
    2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**63 - 1, 2**100, -(2**200),
    12345678901234567890, -255, -256, -32768, -32769,
    0.0, -0.0, 1.5, 3.141592653589793, 1e300, float("inf"), -float("inf"), 1e-310, 0.1,
    1 + 2j, -0.5j,
    "", "a", "héllo", "€uro \U0001F600", "line\nnew\\back\r\x00\x1a", "x" * 300,
    b"", b"abc", b"\x00\xff\x80", bytearray(b"xy"), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), (("n",),),
    [], [1], [1, 2, 3], [None, [True, [False]]],
    {}, {"a": 1}, {"a": 1, "b": [1, 2], 3: (4,)}, {1: {2: {3: {}}}},
    set(), {1}, frozenset(), frozenset({3}),
    [1.5, "s", None, (True,)], [[], []], {"k": {"k2": ("v",)}},
    ["dup", "dup"], [2**70, 2**70],
]
for v in values:
    print(repr(v))
    for p in range(6):
        data = pickle.dumps(v, protocol=p)
        back = pickle.loads(data)
        print(" ", p, data, back == v or (v != v), type(back).__name__)
print(pickle.dumps(12) == pickle.dumps(12, 4), pickle.dumps("s", protocol=None))
print(pickle.dumps(7, -1))
