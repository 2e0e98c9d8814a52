z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z * 2, z / 2, z - 1j, z ** 2, (1 + 1j) ** 0.5 if False else "")
print(complex(2), complex(1.5, -2), complex("3-4j"), 1j * 1j, 2j.imag)
print(repr(complex(0, 0)), repr(-0j), repr(complex(-1, 0)), repr(1e20j), repr(complex(1, -0.0)))
print(z == complex(3, 4), z != 3, (2 + 0j) == 2)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
print(cmath.polar(1j), round(cmath.rect(2, 0).real, 3))
try:
    z < 1
except TypeError as e:
    print("TypeError:", e)
print(f"{z}", f"{z:.2f}", str(1 + 2j), hash(1 + 0j) == hash(1))
