# Ray-tracer-like vector math: a small Vector class with dunder operators, spheres,
# ray/sphere intersection and shading over a grid of pixels.
import math


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, f):
        return Vector(self.x * f, self.y * f, self.z * f)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius, colour):
        self.centre = centre
        self.radius = radius
        self.colour = colour

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = (self.radius * self.radius) - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Scene:
    def __init__(self):
        self.objects = []
        self.light = Vector(30.0, 30.0, 10.0)
        self.eye = Vector(0.0, 1.8, 10.0)

    def add(self, o):
        self.objects.append(o)

    def trace(self, ray):
        best_t = None
        best = None
        for o in self.objects:
            t = o.intersection_time(ray)
            if t is not None and t > 1e-9 and (best_t is None or t < best_t):
                best_t = t
                best = o
        if best is None:
            return 0.0
        p = ray.point_at(best_t)
        n = best.normal_at(p)
        to_light = (self.light - p).normalized()
        lambert = n.dot(to_light)
        if lambert < 0:
            lambert = 0.0
        return best.colour * (0.2 + 0.8 * lambert)

    def render(self, w, h):
        total = 0.0
        rows = []
        for y in range(h):
            row = 0.0
            for x in range(w):
                fx = (x - w / 2) / w * 4
                fy = (h / 2 - y) / h * 4
                ray = Ray(self.eye, Vector(fx, fy + 1.8, 0.0) - self.eye)
                row += self.trace(ray)
            rows.append(row)
            total += row
        return total, rows


scene = Scene()
scene.add(Sphere(Vector(1.0, 3.0, -10.0), 2.0, 0.9))
scene.add(Sphere(Vector(-3.0, 1.0, -7.0), 1.5, 0.6))
scene.add(Sphere(Vector(2.5, 0.5, -4.0), 1.0, 0.4))
scene.add(Sphere(Vector(0.0, -1000.0, 0.0), 999.0, 0.3))
total, rows = scene.render(120, 90)
print("%.9f" % total)
print(" ".join("%.4f" % r for r in rows[::15]))
