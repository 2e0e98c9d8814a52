import base64
for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:70], b"\xfb\xff\xfe"]:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d), base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d)
    print(base64.b32encode(d), base64.b32decode(base64.b32encode(d)) == d, base64.b16encode(d)[:20], base64.b16decode(base64.b16encode(d)) == d)
print(base64.b64decode("Zm9v YmFy"), base64.b64decode(b"Zm8=extra"[:4]), base64.standard_b64encode(b"xyz"))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
for bad in [b"Zm9v!", b"Zm9", b"Z", b"Zm9v\n"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except Exception as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
for bad in [b"Zm9", b"Z"]:
    try:
        print(base64.b64decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b16decode("ff00", casefold=True), base64.b32decode("mzxw6===", casefold=True))
try:
    base64.b64encode("str")
except TypeError as e:
    print(e)
print(base64.encodebytes(b"x" * 60))

import timeit
calls = []
def f():
    calls.append(1)
t = timeit.timeit(f, number=7)
print(type(t).__name__, t >= 0, len(calls))
g = {"calls": calls}
print(timeit.timeit("calls.append(2)", setup="calls.clear()", number=5, globals=g) >= 0, calls)
print(timeit.timeit("x = 1\ny = x + 1", number=10) >= 0)
r = timeit.repeat("pass", number=3, repeat=4)
print(len(r), all(isinstance(v, float) for v in r))
tm = timeit.Timer("sum(range(10))")
print(tm.timeit(number=100) >= 0, len(tm.repeat(2, 10)))
n, secs = timeit.Timer(lambda: sum(range(1000))).autorange()
print(n >= 1, secs >= 0.2)
print(timeit.default_timer() > 0)
k = [0]
def setup():
    k[0] = 100
print(timeit.timeit(lambda: k.append(k[0]), setup=setup, number=2) >= 0, k)

import numbers
for v in [3, 2.5, True, 1j, "s", None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(numbers.Integral, numbers.Number))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print("TypeError", "abstract" in str(e))
print(numbers.Number.__name__, sorted(numbers.__all__))

import secrets, html
print(len(secrets.token_hex()), len(secrets.token_hex(8)), type(secrets.token_hex(4)).__name__)
b = secrets.token_bytes(16); print(type(b).__name__, len(b), len(secrets.token_bytes()))
u = secrets.token_urlsafe(16); print(len(u), all(c.isalnum() or c in "-_" for c in u))
print(secrets.choice("abc") in "abc", all(0 <= secrets.randbelow(10) < 10 for _ in range(50)))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest("a", "ab"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
print(secrets.randbits(5) < 32, len(secrets.token_hex(0)))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<"\'>', quote=False))
for s in ["&amp; &lt; &gt; &quot; &#x27; &#39; &nbsp;|", "&#65;&#x42;&#X43;&#128;&#0;&#xD800;&#1114112;",
          "&amp &copy2024 &unknown; &euro; &apos; &hellip; & alone &#", "no entities", "&ampx; &lt"]:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape("x < y & \"z\"")))
