from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p))
print(p._asdict(), p._replace(x=100), Point._fields)
print(Point._make([3, 4]), Point(*"ab"))
x, y = p
print(x, y, p == (11, 22), len(p))

Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(255, 128), Color._field_defaults)

class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0

    def raise_pct(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

staff = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 99000)]
for e in sorted(staff, key=lambda e: -e.salary):
    print(f"{e.name:<4}{e.dept:<4}{e.salary:>10,.2f}")
print(staff[1].raise_pct(10))
print(Employee._fields, isinstance(staff[0], tuple))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
