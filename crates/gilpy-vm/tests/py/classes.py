class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper() if False else super().speak() + "!"


a = Animal("generic")
d = Dog("rex", "lab")
p = Puppy("bit", "pug")
print(a.speak())
print(d.speak())
print(p.speak())
print(a, d, [p])
print(Animal.count, p.kind, a.kind, Dog.kind)
print(isinstance(p, Animal), isinstance(a, Dog), type(p).__name__, type(p) is Puppy)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))


class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __radd__(self, o):
        return V(self.x + o, self.y + o)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __call__(self, k):
        return self.x * k

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __bool__(self):
        return bool(self.x or self.y)


v = V(1, 2) + V(3, 4)
print(v, -v, v * 2, 10 + v, len(v), v[0], v[-1], 4 in v, 9 in v, v(3))
print(V(1, 2) == V(1, 2), V(1, 2) != V(1, 3), V(0, 0) or "falsy", V(1, 0) > V(0, 5))
print(list({V(1, 2): "a", V(1, 2): "b"}.values()))
print(V(2, 1) < V(1, 5), V(1, 2) <= V(1, 2) if False else V(1, 2) < V(1, 3), list(V(7, 8)))
x, y = V(5, 6)
print(x, y)


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(Counter(3)), [x * x for x in Counter(4)])


class Cfg:
    def __getattr__(self, name):
        return "default-" + name


print(Cfg().color, getattr(Cfg(), "size"))


class Private:
    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Private().reveal(), hasattr(Private(), "__secret"), Private()._Private__secret)
