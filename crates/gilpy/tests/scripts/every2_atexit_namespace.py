import atexit
import keyword
import threading
from types import SimpleNamespace

def goodbye(name, adjective):
    print(f"Goodbye {name}, it was {adjective} to meet you.")

atexit.register(goodbye, "Donny", "nice")
atexit.register(goodbye, adjective="nice", name="Walter")

@atexit.register
def cleanup():
    print("cleanup runs first (registered last)")

def temp():
    print("never runs")
atexit.register(temp)
atexit.unregister(temp)

settings = SimpleNamespace(debug=True, level=3)
settings.name = "demo"
print(settings)
print(settings.debug, settings.level, vars(settings))
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))

print(keyword.iskeyword("for"), keyword.iskeyword("print"), len(keyword.kwlist))
print([w for w in ["class", "match", "self", "yield"] if keyword.iskeyword(w)])

def slow_worker():
    print("worker finished before exit handlers")

t = threading.Thread(target=slow_worker)
t.start()
t.join()
print("main script ends")
