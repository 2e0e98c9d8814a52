from datetime import date

class Person:
    population = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Person.population += 1

    @classmethod
    def from_birth_year(cls, name, year, today=2024):
        return cls(name, today - year)

    @classmethod
    def from_string(cls, s):
        name, age = s.split("-")
        return cls(name, int(age))

    @staticmethod
    def is_adult(age):
        return age >= 18

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.age})"

class Employee(Person):
    pass

p1 = Person("Ann", 30)
p2 = Person.from_birth_year("Ben", 1990)
p3 = Employee.from_string("Cid-17")
print(p1, p2, p3)
print(Person.is_adult(p3.age), p3.is_adult(40))
print("population:", Person.population)
print(type(p3).__name__, isinstance(p3, Person))
d = date.fromisoformat("2024-03-01")
print(d, date(2024, 2, 29).isoformat(), (d - date(2024, 1, 1)).days)
