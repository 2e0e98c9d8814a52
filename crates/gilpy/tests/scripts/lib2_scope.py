# vars(), dir(), locals() and globals() without arguments, as tutorials use them.

def greet(name, punctuation="!"):
    greeting = "Hello"
    print(vars())
    print(dir())
    message = f"{greeting}, {name}{punctuation}"
    print(sorted(locals()))
    return message


print(greet("world"))


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    print(sorted(vars()))
    return bump


b = counter()
b()
print(b())

width = 10
height = 3
area = width * height
print("area" in dir(), "missing" in dir())
print([n for n in dir() if not n.startswith("_")])
print(sorted(k for k in vars() if not k.startswith("__")))
print(vars()["area"], globals()["width"])
print(dir())


def template(**kwargs):
    return "{name} is {age}".format(**kwargs)


name = "Ann"
age = 31
print("{name} is {age} years old".format(**vars()))
print(template(**locals()) if False else template(name=name, age=age))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def show(self):
        print(sorted(vars()))
        return vars(self)


print(Point(1, 2).show())
