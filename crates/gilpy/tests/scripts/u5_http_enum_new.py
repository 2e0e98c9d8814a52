# http.HTTPStatus, and an Enum whose body defines __new__ (members built from tuples)
from enum import Enum, IntEnum
from http import HTTPStatus

print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(418).phrase)
print(HTTPStatus.NOT_FOUND.value, HTTPStatus.NOT_FOUND.phrase, HTTPStatus.NOT_FOUND.description)
print(HTTPStatus.OK == 200, HTTPStatus(503).name, len(HTTPStatus) > 50, isinstance(HTTPStatus.OK, int))
print([s.value for s in HTTPStatus if 300 <= s < 305])


class Planet(Enum):
    def __new__(cls, mass, radius):
        obj = object.__new__(cls)
        obj._value_ = (mass, radius)
        obj.mass = mass
        obj.radius = radius
        return obj

    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e+23, 2.4397e6)), [p.name for p in Planet])


class Coin(IntEnum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    PENNY = 1, "penny"
    DIME = 10, "dime"


print(Coin(10).label, Coin.PENNY + Coin.DIME, sorted(Coin, reverse=True))
try:
    Coin(5)
except ValueError as e:
    print("ValueError:", e)
