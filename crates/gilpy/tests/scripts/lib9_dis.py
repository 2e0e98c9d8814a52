# dis shows why `counter += 1` is not atomic: a load, an add and a store, between
# which another thread may run. (gilpy's instructions are its own; the properties
# printed here hold for CPython's as well.)
import dis
import io

counter = 0

def inc():
    global counter
    counter += 1

ops = [i.opname for i in dis.get_instructions(inc)]
load, store = ops.index("LOAD_GLOBAL"), ops.index("STORE_GLOBAL")
print(load < store, store - load >= 2)
ins = [i for i in dis.get_instructions(inc) if i.opname == "STORE_GLOBAL"][0]
print(ins.argrepr, ins.argval, isinstance(ins.offset, int))
lines = {i.starts_line for i in dis.get_instructions(inc) if i.starts_line is not None}
print(sorted(lines)[-1] == inc.__code__.co_firstlineno + 2)
buf = io.StringIO()
dis.dis(inc, file=buf)
text = buf.getvalue()
print("STORE_GLOBAL" in text, "(counter)" in text, text.endswith("\n"))

class Account:
    def deposit(self, n):
        self.balance += n
    @classmethod
    def open(cls):
        return cls()

buf = io.StringIO()
dis.dis(Account, file=buf)
print([l for l in buf.getvalue().splitlines() if l.startswith("Disassembly of")])
buf = io.StringIO()
dis.dis("x = 1", file=buf)
print("STORE_NAME" in buf.getvalue() or "STORE_GLOBAL" in buf.getvalue())
for bad in (42, None):
    try:
        dis.dis(bad)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
