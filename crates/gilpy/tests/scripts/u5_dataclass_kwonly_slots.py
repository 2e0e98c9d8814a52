# dataclasses: KW_ONLY, kw_only=, slots=, match_args=, make_dataclass
from dataclasses import dataclass, field, KW_ONLY, make_dataclass, fields
import dataclasses


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    tag: str = "x"
    priority: int = field(default=0, kw_only=False)


j = Job("build", 5, retries=1)
print(j, Job.__match_args__)
print([(f.name, f.kw_only) for f in fields(Job)])
print(hasattr(Job, "_"))


@dataclass(slots=True)
class P:
    x: int
    y: int = 0


p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError:
    print("no new attributes")
p.y = 5
print(p, p == P(1, 5))


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))
Dyn = make_dataclass("Dyn", ["a", ("b", int), ("c", list, field(default_factory=list))],
                     namespace={"total": lambda self: self.b + len(self.c)})
d = Dyn(1, 2)
d.c.append(9)
print(d, d.total(), dataclasses.is_dataclass(Dyn))
Frozen = make_dataclass("Frozen", [("v", int)], frozen=True)
try:
    Frozen(1).v = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
