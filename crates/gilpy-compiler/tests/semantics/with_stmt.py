# The reference evaluator has no classes: it runs only what follows the marker line,
# with `Tracker` built in; CPython ran the whole file to record with_stmt.out.
class Tracker:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc is not None)
        return self.suppress and exc is not None


# --- refeval ---
def f(flag):
    with Tracker("a", False) as x, Tracker("b", True) as y:
        print("body", x, y)
        if flag == 1:
            return "returned"
        if flag == 2:
            raise ValueError("boom")
    return "end"


print(f(0))
print(f(1))
print(f(2))
for i in range(3):
    with Tracker(str(i), False):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop", i)
try:
    with Tracker("c", False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
