import functools

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_str = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = func(*args, **kwargs)
        print(f"{func.__name__}({arg_str}) -> {result!r}")
        return result
    return wrapper

@repeat(3)
def greet(name):
    return f"hi {name}"

@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b

print(greet("bo"))
add(2, b=3)
add(1)
print(add.__name__, add.__doc__, add.__wrapped__(5, 5))

def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop():
    pass
for _ in range(4):
    noop()
print("calls:", noop.calls)

class Registry:
    def __init__(self):
        self.handlers = {}
    def route(self, path):
        def register(fn):
            self.handlers[path] = fn
            return fn
        return register

app = Registry()
@app.route("/")
def index():
    return "home"
@app.route("/about")
def about():
    return "about us"
print({p: h() for p, h in app.handlers.items()})

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        self.loaded = True
print(Config() is Config())
