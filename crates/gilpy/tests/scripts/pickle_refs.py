# pickle: shared and recursive references (the memo), large containers
# (batches of 1000, 64 KiB frames), and bytes from CPython at every protocol.
import pickle


def digest(data):
    # A short fingerprint of a long pickle.
    h = 0
    for b in data:
        h = (h * 31 + b) % 1000000007
    return h


a = []
a.append(a)
shared = [1, 2]
pair = (shared, shared)
d = {}
d["self"] = d
t_inner = []
t = (t_inner,)
t_inner.append(t)
for p in range(6):
    print("protocol", p)
    b = pickle.loads(pickle.dumps(a, p))
    print(" ", pickle.dumps(a, p), b[0] is b, len(b))
    x = pickle.loads(pickle.dumps(pair, p))
    print(" ", pickle.dumps(pair, p), x[0] is x[1], x)
    x[0].append(3)
    print(" ", x)
    y = pickle.loads(pickle.dumps(d, p))
    print(" ", pickle.dumps(d, p), y["self"] is y)
    z = pickle.loads(pickle.dumps(t, p))
    print(" ", pickle.dumps(t, p), z[0][0] is z, type(z).__name__)
    big = [list(range(1001)), {i: -i for i in range(2000)}, set(range(1000)), "s" * 70000, b"b" * 66000, ["w%d" % i for i in range(3000)]]
    data = pickle.dumps(big, p)
    print(" ", len(data), digest(data), data[:30], data[-30:])
    back = pickle.loads(data)
    print(" ", back == big, len(back[0]), len(back[1]), len(back[5]))

# Pickles written by CPython (with a list shared twice and a recursive dict).
cpy = [
    b'(lp0\n(lp1\nI1\naVtwo\np2\naF3.5\naag1\na(dp3\nVme\np4\ng3\nsVn\np5\nL123456789012345678901234567890L\nsa.',
    b']q\x00(]q\x01(K\x01X\x03\x00\x00\x00twoq\x02G@\x0c\x00\x00\x00\x00\x00\x00eh\x01}q\x03(X\x02\x00\x00\x00meq\x04h\x03X\x01\x00\x00\x00nq\x05L123456789012345678901234567890L\nue.',
    b'\x80\x02]q\x00(]q\x01(K\x01X\x03\x00\x00\x00twoq\x02G@\x0c\x00\x00\x00\x00\x00\x00eh\x01}q\x03(X\x02\x00\x00\x00meq\x04h\x03X\x01\x00\x00\x00nq\x05\x8a\r\xd2\n?N\xee\xe0s\xc3\xf6\x0f\xe9\x8e\x01ue.',
    b'\x80\x03]q\x00(]q\x01(K\x01X\x03\x00\x00\x00twoq\x02G@\x0c\x00\x00\x00\x00\x00\x00eh\x01}q\x03(X\x02\x00\x00\x00meq\x04h\x03X\x01\x00\x00\x00nq\x05\x8a\r\xd2\n?N\xee\xe0s\xc3\xf6\x0f\xe9\x8e\x01ue.',
    b'\x80\x04\x95:\x00\x00\x00\x00\x00\x00\x00]\x94(]\x94(K\x01\x8c\x03two\x94G@\x0c\x00\x00\x00\x00\x00\x00eh\x01}\x94(\x8c\x02me\x94h\x03\x8c\x01n\x94\x8a\r\xd2\n?N\xee\xe0s\xc3\xf6\x0f\xe9\x8e\x01ue.',
    b'\x80\x05\x95:\x00\x00\x00\x00\x00\x00\x00]\x94(]\x94(K\x01\x8c\x03two\x94G@\x0c\x00\x00\x00\x00\x00\x00eh\x01}\x94(\x8c\x02me\x94h\x03\x8c\x01n\x94\x8a\r\xd2\n?N\xee\xe0s\xc3\xf6\x0f\xe9\x8e\x01ue.',
]
for data in cpy:
    v = pickle.loads(data)
    print(v[0], v[0] is v[1], v[2]["me"] is v[2], v[2]["n"])
