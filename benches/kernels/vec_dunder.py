class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))

def simulate(n):
    pos = [Vec(i * 0.5, i * 0.25) for i in range(50)]
    vel = [Vec(0.01 * i, -0.02 * i) for i in range(50)]
    total = 0.0
    for step in range(n):
        for i in range(len(pos)):
            p = pos[i] + vel[i] * 0.1
            if abs(p) > 100.0:
                p = p * 0.5
            pos[i] = p
        total += abs(pos[step % 50] - pos[(step + 7) % 50])
    return total

print(round(simulate(4000), 6))
seen = {Vec(i % 7, i % 5) for i in range(10000)}
print(len(seen))
