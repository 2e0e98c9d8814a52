# A small constraint network: variables with strengths, equality/offset constraints
# re-satisfied repeatedly (object graphs, method dispatch through subclasses).
class Var:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.stay = False

class Constraint:
    def __init__(self, strength):
        self.strength = strength
    def satisfied(self):
        raise NotImplementedError

class Equal(Constraint):
    def __init__(self, a, b, strength=1):
        super().__init__(strength)
        self.a, self.b = a, b
        a.constraints.append(self); b.constraints.append(self)
    def satisfied(self):
        return self.a.value == self.b.value
    def fix(self):
        self.b.value = self.a.value

class Offset(Constraint):
    def __init__(self, a, b, k, strength=2):
        super().__init__(strength)
        self.a, self.b, self.k = a, b, k
        a.constraints.append(self); b.constraints.append(self)
    def satisfied(self):
        return self.b.value == self.a.value + self.k
    def fix(self):
        self.b.value = self.a.value + self.k

def chain(n):
    vs = [Var("v%d" % i) for i in range(n)]
    cs = []
    for i in range(n - 1):
        cs.append(Equal(vs[i], vs[i + 1]) if i % 3 else Offset(vs[i], vs[i + 1], i % 5))
    return vs, cs

def propagate(cs):
    changes = 0
    for c in sorted(cs, key=lambda c: -c.strength):
        if not c.satisfied():
            c.fix()
            changes += 1
    return changes

vs, cs = chain(400)
total = 0
for step in range(150):
    vs[0].value = step
    total += propagate(cs)
print(total, vs[-1].value)
