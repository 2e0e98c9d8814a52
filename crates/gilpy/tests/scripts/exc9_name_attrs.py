print(AttributeError("y").name, AttributeError("y").obj, ImportError("z").name)
try:
    undefined_thing
except NameError as e:
    print(e.name, e.args)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(e.name)
class A: pass
try:
    A().nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
