import threading
results = []
lock = threading.Lock()
def work(n):
    data = bytes(range(n % 256)) * 3
    fs = frozenset(data)
    with lock:
        results.append((n, len(data), len(fs), data.hex()[:4]))
ts = [threading.Thread(target=work, args=(i,)) for i in range(1, 6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
d = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(d[frozenset("ba")], sorted("".join(sorted(k)) for k in d))
enc = "naïve café".encode("utf-8")
print(enc, enc.decode("latin-1"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", errors="ignore"))
print(2**100 / 2**98, 10**20 / 3, (2**63) / 1, 123456789012345678901234567890 / 10**10)
print(list(zip("ab", [1, 2], strict=True)), (42).bit_length(), (0.25).as_integer_ratio(), (7.0).is_integer())
