# Operator methods run from bytecode: results, NotImplemented fallbacks, errors.
import traceback

log = []

class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        log.append(("A.add", self.v))
        if isinstance(o, A):
            return A(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        log.append(("A.radd", self.v))
        return NotImplemented
    def __lt__(self, o):
        log.append(("A.lt", self.v))
        if isinstance(o, A):
            return self.v < o.v
        return NotImplemented
    def __gt__(self, o):
        log.append(("A.gt", self.v))
        return NotImplemented
    def __eq__(self, o):
        log.append(("A.eq", self.v))
        if isinstance(o, A):
            return self.v == o.v
        return NotImplemented
    def __repr__(self):
        return f"A({self.v})"

class B:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        log.append(("B.radd", self.v))
        return ("radd", o, self.v)
    def __gt__(self, o):
        log.append(("B.gt", self.v))
        return "B.gt result"
    def __eq__(self, o):
        log.append(("B.eq", self.v))
        return NotImplemented

class SubA(A):
    def __radd__(self, o):
        log.append(("SubA.radd", self.v))
        return "SubA first"
    def __gt__(self, o):
        log.append(("SubA.gt", self.v))
        return "SubA.gt"

def show(label, f):
    log.clear()
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r, log)

show("A+A", lambda: A(1) + A(2))
show("A+B", lambda: A(1) + B(2))
show("A+1", lambda: A(1) + 1)
show("1+A", lambda: 1 + A(1))
show("A+SubA", lambda: A(1) + SubA(2))
show("A<A", lambda: A(1) < A(2))
show("A<B", lambda: A(1) < B(2))
show("A<1", lambda: A(1) < 1)
show("A<SubA", lambda: A(1) < SubA(2))
show("A==A", lambda: A(1) == A(1))
show("A==B", lambda: A(1) == B(1))
show("A!=B", lambda: A(1) != B(1))
a = A(5)
show("a==a", lambda: a == a)
show("A==1", lambda: A(1) == 1)
show("A!=A", lambda: A(1) != A(2))

# Results feed conditional jumps and chained comparisons.
xs = [A(3), A(1), A(2)]
out = []
for x in xs:
    if x < A(2):
        out.append(x.v)
print(out, A(1) < A(2) < A(3), A(3) < A(2) < A(1))

# Exceptions raised inside the method keep both lines in the traceback.
class Bad:
    def __mul__(self, o):
        return 1 / 0
    def __le__(self, o):
        raise KeyError(o)

def use_mul():
    return Bad() * 2

def use_le():
    return Bad() <= 3

for fn in (use_mul, use_le):
    try:
        fn()
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, [(t.name, t.lineno, t.line) for t in tb])

# Caught inside the method's caller, the loop goes on with the right stack.
total = 0
for i in range(5):
    try:
        total += (Bad() * i) if i == 3 else i
    except ZeroDivisionError:
        total += 100
print("total", total)

# Recursion through an operator method.
class Deep:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        if self.n == 0:
            return o
        return Deep(self.n - 1) + (o + 1)

print(Deep(50) + 0)
class Forever:
    def __sub__(self, o):
        return self - o
try:
    Forever() - 1
except RecursionError as e:
    print("RecursionError", e)

# Methods that are not plain functions (defaults, *args, closures) still work.
def make():
    k = 10
    class C:
        def __add__(self, o, extra=1):
            return k + o + extra
        def __sub__(self, *a):
            return ("sub", a)
        def __lt__(self, o):
            return k < o
    return C()
c = make()
print(c + 1, c - 2, c < 11, c < 5)

# __init__ returning a value: the error is raised at the call's line.
class BadInit:
    def __init__(self):
        return 1
def mk():
    return BadInit()
try:
    mk()
except TypeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(e, [(t.name, t.lineno) for t in tb])

# Generators and with-blocks in a method.
class G:
    def __add__(self, o):
        with open(__file__) as f:
            first = f.readline().strip()
        return sum(x for x in range(o)), first[:10]
print(G() + 4)
