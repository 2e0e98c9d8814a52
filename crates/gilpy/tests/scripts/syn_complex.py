# Imaginary literals and the complex type.
print(1j, 2.5j, 1e3j, 0j, 10J)
z = 3 + 4j
print(z, type(z).__name__, z.real, z.imag)
print(abs(z), z.conjugate(), -z, +z)
print(z + 1, 1 + z, z - 1j, 2 - z, z * 2, 2 * z, z * z)
print(z / 2, 1 / 1j, (1 + 2j) / (3 - 4j))
print(1j ** 2, z ** 2, z ** 0, 2 ** 1j == 2 ** 1j, (1 + 1j) ** -1)
print(complex(1, 2), complex(3), complex(), complex("1+2j"), complex(" -3.5j "), complex("4"))
print(complex(1j, 1j), complex(real=2, imag=-1))
print(z == 3 + 4j, z != z, 1j == 1j, (1 + 0j) == 1, 2.0 == (2 + 0j), 1j == 1)
print(repr(-1j), repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), repr(1.5 + 0j))
print(bool(0j), bool(1j), hash(1 + 0j) == hash(1), hash(0j) == hash(0))
print(isinstance(z, complex), {1j: "a"}[1j])
print([x.imag for x in [1j, 2j, 3 + 0j]], sum([1j, 2j, 3]))
print(f"{z}", str(1j), "%s" % (2j,))
for bad in [lambda: 1j / 0, lambda: 0j ** -1, lambda: complex("x"), lambda: 1j < 2j,
            lambda: complex("1", 2), lambda: complex(None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
