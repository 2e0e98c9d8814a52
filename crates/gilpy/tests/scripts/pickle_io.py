# pickle.dump/load with files and io.BytesIO (several pickles in one stream),
# Pickler/Unpickler classes with persistent_id/persistent_load, find_class,
# dispatch_table and memo behaviour across dump() calls.
import io
import os
import pickle
import tempfile

buf = io.BytesIO()
pickle.dump({"a": [1, 2]}, buf)
pickle.dump("second", buf, protocol=0)
pickle.dump((3, 4.5), buf, 2)
pickle.dump(list(range(5000)), buf)
print(len(buf.getvalue()))
buf.seek(0)
print(pickle.load(buf))
print(pickle.load(buf))
print(pickle.load(buf))
print(sum(pickle.load(buf)))
try:
    pickle.load(buf)
except EOFError as e:
    print("EOFError", e)

path = os.path.join(tempfile.mkdtemp(), "data.pkl")
with open(path, "wb") as f:
    pickle.dump({"k": "v", "n": [None, True]}, f)
    pickle.dump(["x" * 100000, b"y" * 70000], f)
with open(path, "rb") as f:
    first = pickle.load(f)
    second = pickle.load(f)
print(first, len(second[0]), len(second[1]), os.path.getsize(path))
os.remove(path)


class Ref:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return ("ref", obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return "loaded:" + key


for proto in (1, 2, 4, 5):
    out = io.BytesIO()
    DBPickler(out, proto).dump([Ref("a"), 1, Ref("b")])
    print(proto, out.getvalue())
    print(DBUnpickler(io.BytesIO(out.getvalue())).load())

out = io.BytesIO()
class StrPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return "id-" + obj if isinstance(obj, str) and obj.startswith("@") else None
StrPickler(out, 0).dump(["@x", "plain"])
print(out.getvalue())
try:
    pickle.loads(out.getvalue())
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 3))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(len))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)


class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return (Money, (m.cents * 100,))


p_out = io.BytesIO()
p = pickle.Pickler(p_out)
p.dispatch_table = {Money: reduce_money}
p.dump(Money(3))
print(pickle.loads(p_out.getvalue()).cents)

# A Pickler's memo lasts across dump() calls until clear_memo().
shared = ["s"]
stream = io.BytesIO()
pk = pickle.Pickler(stream, 2)
pk.dump(shared)
pk.dump(shared)
print(stream.getvalue())
pk.clear_memo()
pk.dump(shared)
stream.seek(0)
up = pickle.Unpickler(stream)
a = up.load()
b = up.load()
c = up.load()
print(a, b, c, a is b, a is c)
