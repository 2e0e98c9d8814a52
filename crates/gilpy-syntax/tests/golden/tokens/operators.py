a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1
x = a ** -b // c % d << e >> f & g | h ^ ~i
y = a < b <= c > d >= e == f != g
z = a not in b is not c
def f(a, *b, **c) -> int: ...
l = x[::-1]; m = lambda: 0; @dec
