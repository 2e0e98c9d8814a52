# three-level inheritance, super() chains, class vs instance attributes

class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
        print(f"Animal.__init__({name!r})")

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name})"

    def legs(self):
        return 0


class Mammal(Animal):
    warm_blooded = True

    def __init__(self, name, sound, fur="short"):
        print(f"Mammal.__init__({name!r})")
        super().__init__(name, sound)
        self.fur = fur

    def legs(self):
        return 4

    def describe(self):
        return super().describe() + f" with {self.fur} fur"


class Dog(Mammal):
    def __init__(self, name, tricks=None):
        print(f"Dog.__init__({name!r})")
        super().__init__(name, "woof", fur="long")
        self.tricks = tricks if tricks is not None else []

    def speak(self):
        base = super().speak()
        return base + "!" * (1 + len(self.tricks))

    def describe(self):
        return super().describe() + f" knowing {len(self.tricks)} tricks"


class Bird(Animal):
    def legs(self):
        return 2


a = Animal("generic")
m = Mammal("cat", "meow")
d = Dog("rex", ["sit", "roll"])
b = Bird("tweety", "tweet")

for x in [a, m, d, b]:
    print(x.speak(), "|", x.describe(), "|", x.legs())

print("count:", Animal.count, Dog.count, d.count)
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal))
print(isinstance(m, Dog), isinstance(b, Mammal), isinstance(b, Animal))
print(isinstance(d, (Bird, Mammal)), isinstance(3, (str, int)))
print(type(d).__name__, type(d) is Dog, type(d) == Mammal)
print(Dog.kingdom, d.kingdom, d.warm_blooded, hasattr(b, "warm_blooded"))

# class attribute vs instance attribute
class Config:
    debug = False
    tags = []

c1 = Config()
c2 = Config()
c1.debug = True
print("debug:", c1.debug, c2.debug, Config.debug)
c1.tags.append("shared!")
print("tags:", c1.tags, c2.tags, Config.tags)
Config.debug = "changed"
print("after class change:", c1.debug, c2.debug)
del c1.debug
print("after del:", c1.debug)
c2.tags = ["own"]
print("own list:", c1.tags, c2.tags)

# overriding a method, calling the parent explicitly
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def report(self):
        return f"{self.name}: area={self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def report(self):
        return "[" + Shape.report(self) + "]"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2, 3), Square(4), Circle(1.5), Shape("blob")]
for s in shapes:
    print(s.report())
print(sorted(s.name for s in shapes))
print(sum(s.area() for s in shapes))

# methods are bound
r = Rect(5, 6)
get_area = r.area
r.w = 10
print("bound method:", get_area())
print("unbound call:", Rect.area(r))

# class-level counter via a method
class Ticket:
    next_id = 1

    def __init__(self):
        self.id = Ticket.next_id
        Ticket.next_id += 1

tickets = [Ticket() for _ in range(4)]
print([t.id for t in tickets], Ticket.next_id)

# instance attribute added later
class Empty:
    pass

e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, hasattr(e, "x"), hasattr(e, "z"))
print(getattr(e, "z", "default"), getattr(e, "x"))
setattr(e, "z", 99)
print(e.z)
print(type(e).__name__, type(Empty).__name__)
