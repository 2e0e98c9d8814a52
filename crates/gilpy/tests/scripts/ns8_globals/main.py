import modg
modg.setx(10)
print(modg.getx(), modg.x)
d = modg.g()
modg.x = 20
print(d['x'], modg.getx())
d['y'] = 5
print(modg.y)
print(sorted(k for k in d if not k.startswith('__')))
def f():
    global q
    q = 3
g = globals()
f()
print(g['q'])
for name in ['a1', 'a2']:
    globals()[name] = name.upper()
print(a1, a2)
globals().update({'b1': 1, 'b2': 2})
print(b1 + b2)
print(globals().pop('b1'))
try:
    b1
except NameError as e:
    print(e)
print('b2' in globals(), 'b1' in globals())
x = globals().setdefault('zz', 10)
print(zz, x)
del zz
print('zz' in g)
print(hasattr(len, '__doc__'), hasattr(str.upper, '__doc__'), hasattr([].append, '__doc__'))
