# weakref: references that do not keep objects alive, as the docs and tutorials use them.
import gc
import weakref


class ExpensiveObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"ExpensiveObject({self.name!r})"


obj = ExpensiveObject("first")
r = weakref.ref(obj)
print("obj:", obj)
print("ref() is obj:", r() is obj)
print("count:", weakref.getweakrefcount(obj), "same ref:", weakref.ref(obj) is r)
del obj
print("after del:", r())
print("dead ref is falsy:", r() is None)


def on_collect(reference):
    print("callback: object collected, ref() gives", reference())


obj = ExpensiveObject("second")
r2 = weakref.ref(obj, on_collect)
print("alive:", r2().name)
obj = None
print("after rebinding:", r2())


# A cache that does not keep its values alive.
class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, name):
        image = self._cache.get(name)
        if image is None:
            print("  loading", name)
            image = ExpensiveObject(name)
            self._cache[name] = image
        return image


cache = ImageCache()
a = cache.get("logo.png")
b = cache.get("logo.png")
print("same object:", a is b, "cached:", sorted(cache._cache.keys()))
del a, b
print("cached after del:", sorted(cache._cache.keys()), len(cache._cache))
c = cache.get("logo.png")
print("in cache:", "logo.png" in cache._cache)

# Per-object data without keeping the objects alive.
extra = weakref.WeakKeyDictionary()
k1 = ExpensiveObject("k1")
k2 = ExpensiveObject("k2")
extra[k1] = "data for k1"
extra[k2] = "data for k2"
print(len(extra), extra[k1], k2 in extra)
del k1
print(len(extra), [k.name for k in extra.keys()])

# Observers held weakly.
class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()

    def notify(self, event):
        for o in sorted(self.observers, key=lambda o: o.name):
            print(" ", o.name, "got", event)


subject = Subject()
o1 = ExpensiveObject("observer1")
o2 = ExpensiveObject("observer2")
subject.observers.add(o1)
subject.observers.add(o2)
subject.notify("start")
del o2
print("observers left:", len(subject.observers))
subject.notify("stop")


# A reference to an object local to a function dies with the call.
def make_ref():
    local = ExpensiveObject("local")
    return weakref.ref(local)


print("local ref:", make_ref()())

# finalize: cleanup when the object goes away.
res = ExpensiveObject("resource")
f = weakref.finalize(res, print, "cleaning up", "resource")
print("finalizer alive:", f.alive)
del res
print("finalizer alive after del:", f.alive)
tmp = ExpensiveObject("tmp")
f2 = weakref.finalize(tmp, lambda: print("explicit cleanup"))
f2()
print("called twice gives:", f2())

# Reference cycles wait for the cycle collector.
x = ExpensiveObject("x")
y = ExpensiveObject("y")
x.partner = y
y.partner = x
rx = weakref.ref(x)
del x, y
print("cycle before collect:", rx() is not None)
gc.collect()
print("cycle after collect:", rx())

# Proxies forward attribute access.
target = ExpensiveObject("target")
p = weakref.proxy(target)
print("proxy name:", p.name)
del target
try:
    print(p.name)
except ReferenceError as e:
    print("ReferenceError:", e)


class Button:
    def click(self):
        return "clicked"


btn = Button()
wm = weakref.WeakMethod(btn.click)
print("weak method:", wm()())
del btn
print("weak method after del:", wm())

for value in [42, "text", [1, 2], {"a": 1}, (1,)]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)

keep = ExpensiveObject("kept")
weakref.finalize(keep, print, "finalizer run at exit")
print("end of script")
