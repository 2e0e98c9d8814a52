# inspect: looking at functions and classes, as decorator and plugin tutorials do.
import functools
import inspect


def greet(name, greeting="Hello", *args, punctuation="!", **options):
    """Greet someone.

    Returns the greeting text.
    """
    return f"{greeting}, {name}{punctuation}"


sig = inspect.signature(greet)
print(sig)
print(repr(sig))
for name, param in sig.parameters.items():
    default = "(none)" if param.default is inspect.Parameter.empty else repr(param.default)
    print(f"  {name}: kind={param.kind} default={default}")
print(sig.parameters["name"].kind == inspect.Parameter.POSITIONAL_OR_KEYWORD)
print(sig.parameters["punctuation"].kind.description, repr(sig.parameters["greeting"]))


def pos_only(a, b, /, c, *, d, e=5):
    pass


print(inspect.signature(pos_only))
print(inspect.signature(lambda x, y=1: x))
print(inspect.signature(lambda: None))


class Account:
    """A bank account."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def _secret(self):
        pass


print(inspect.signature(Account))
print(inspect.signature(Account.deposit))
print(inspect.signature(Account("ann").deposit))

bound = sig.bind("Bob", "Hi", 1, 2, punctuation="?", color="red")
print(bound.arguments)
bound = sig.bind("Ann")
bound.apply_defaults()
print(bound.arguments)
print(bound.args, bound.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = inspect.signature(func).bind(*args, **kwargs)
        bound.apply_defaults()
        print("calling", func.__name__, dict(bound.arguments))
        return func(*args, **kwargs)
    return wrapper


@logged
def area(width, height=2):
    return width * height


print(area(3), area(4, height=5))
print(inspect.signature(area))


def gen():
    yield 1


print(inspect.isfunction(greet), inspect.isfunction(Account), inspect.isfunction(len))
print(inspect.isclass(Account), inspect.isclass(Account("x")), inspect.isclass(int))
print(inspect.ismethod(Account("x").deposit), inspect.ismethod(Account.deposit))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(greet), inspect.isgenerator(gen()))
print(inspect.isbuiltin(len), inspect.isroutine(greet), inspect.ismodule(inspect))
print([name for name, _ in inspect.getmembers(Account, inspect.isfunction)])
acct = Account("zoe", 10)
print([(k, v) for k, v in inspect.getmembers(acct) if not k.startswith("_") and not callable(v)])
print(inspect.getdoc(greet))
print(inspect.getdoc(Account))
print(inspect.cleandoc("""
    First line.
        indented
    last
"""))
print(inspect.isabstract(Account))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
