# try/finally and with inside generators: cleanup on exhaustion, close, break, errors.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

def lines(name, n):
    with Res(name):
        for i in range(n):
            yield f"{name}:{i}"

# exhaustion runs __exit__
print(list(lines("a", 2)))

# close in the middle runs __exit__ with GeneratorExit
g = lines("b", 5)
print(next(g))
g.close()
print("after close")

# an exception thrown in runs __exit__ with it
g = lines("c", 5)
next(g)
try:
    g.throw(ValueError("stop"))
except ValueError as e:
    print("ValueError:", e)

# nested try/finally blocks unwind in order
def nested():
    try:
        try:
            yield 1
            yield 2
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(list(nested()))
g = nested()
next(g)
g.close()

# yield inside finally, and inside except
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(yield_in_finally()))

def yield_in_except():
    try:
        raise KeyError("x")
    except KeyError as e:
        yield repr(e)
        yield "still handling"
    yield "after"
print(list(yield_in_except()))

# break out of a for loop over a generator, then close explicitly
g = lines("d", 10)
for item in g:
    if item.endswith("1"):
        break
print("broke at", item)
g.close()

# a with block whose manager suppresses an exception raised at the yield
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("suppressing", typ.__name__ if typ else None)
        return True

def guarded():
    with Suppress():
        yield 1
        yield 2
    yield "after with"
g = guarded()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))

# return inside try/finally
def ret_in_try():
    try:
        yield 1
        return "value"
    finally:
        print("finally before StopIteration")
g = ret_in_try()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

# finally that overrides with its own return
def override():
    try:
        yield 1
    finally:
        return "from finally"
g = override()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("finally return wins:", e.value)

# loops with continue/break inside try within a generator
def loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            print("finally", i)
print(list(loop()))
