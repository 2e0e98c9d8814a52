from contextlib import contextmanager

@contextmanager
def section(title):
    print(f"[{title}]")
    yield title.upper()
    print(f"[/{title}]")

cm = section("intro")
with cm as t:
    print("inside", t)
try:
    with cm:
        print("never")
except AttributeError as e:
    print("AttributeError:", e)

@section("decorated")
def work(n):
    print("working", n)
    return n * 2

print(work(1))
print(work(2))
with section("a") as a, section("b") as b:
    print(a, b)
