# `from m import *` at module level: the module's __all__, else its public names.
from queue import *

q = Queue()
q.put(1)
print(q.get(), Empty.__name__, Full.__name__, LifoQueue.__name__)
try:
    deque
except NameError as e:
    print("NameError:", e)

from threading import *

t = Thread(target=lambda: print("in thread"))
t.start()
t.join()
lock = Lock()
with lock:
    print("locked", current_thread().name)
try:
    _shutdown
except NameError as e:
    print("NameError:", e)

from time import *

print(callable(sleep), callable(monotonic), callable(perf_counter))


def uses_star_names():
    # Names bound by `import *` are ordinary globals.
    return Queue.__name__, Condition.__name__


print(uses_star_names())
