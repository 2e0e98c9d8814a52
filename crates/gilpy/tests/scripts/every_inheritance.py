class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        raise NotImplementedError("Subclass must implement")
    def __str__(self):
        return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    def speak(self):
        return f"{self.name} says Woof"
class Cat(Animal):
    def speak(self):
        return f"{self.name} says Meow"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
for a in [Dog("Rex"), Cat("Tom"), Puppy("Bit")]:
    print(a, a.speak())
try:
    Animal("x").speak()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Puppy.__mro__)
print(isinstance(Puppy("p"), Animal), issubclass(Cat, Dog))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("subclass", cls.__name__)
class Child(Base):
    pass
print(Dog.__name__, Dog.__bases__, hasattr(Dog, "speak"), getattr(Dog("d"), "name"))
