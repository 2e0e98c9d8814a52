# concurrent.futures with threads: lazy map, as_completed, wait, cancel,
# timeouts, shutdown, callbacks, exceptions through futures.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError)


def square(x):
    return x * x


def fail_on(x, bad):
    if x == bad:
        raise ValueError("bad value %d" % x)
    return x


gate = threading.Event()


def blocked(x):
    gate.wait()
    return x


def nap(x):
    time.sleep(x)
    return x


# map is lazy: an iterator; results in input order; a failure raises when reached.
with ThreadPoolExecutor(max_workers=3) as ex:
    it = ex.map(square, range(6))
    print(isinstance(it, list), next(it), next(it), list(it))
    got = []
    try:
        for r in ex.map(fail_on, [1, 2, 3, 4], [3, 3, 3, 3]):
            got.append(r)
    except ValueError as e:
        print("map stopped after", got, "with", e)
    print(list(ex.map(pow, [2, 3], [5, 2])))
    try:
        for r in ex.map(nap, [0.6, 0.6], timeout=0.1):
            print("unexpected", r)
    except TimeoutError:
        print("map timed out")

# Future basics, cancel, running, callbacks.
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocked, "first")
second = ex.submit(square, 7)
time.sleep(0.05)
print("running:", first.running(), second.running())
print("cancel second:", second.cancel(), second.cancelled(), second.done())
print("cancel first:", first.cancel())
try:
    second.result()
except CancelledError:
    print("second.result() raised CancelledError")
try:
    first.result(timeout=0.05)
except TimeoutError:
    print("first.result(timeout=0.05) raised TimeoutError")
seen = []
first.add_done_callback(lambda f: seen.append(("cb", f.result())))
gate.set()
print(first.result(), first.exception())
time.sleep(0.05)
print(seen)
late = []
first.add_done_callback(lambda f: late.append(f.done()))
print("callback on a done future runs at once:", late)

# Exceptions come back with their traceback.
bad = ex.submit(fail_on, 5, 5)
exc = bad.exception()
print(type(exc).__name__, exc, exc.__traceback__ is not None)
try:
    bad.result()
except ValueError as e:
    print("result() re-raised:", e)

# shutdown: no new tasks; cancel_futures cancels queued ones.
gate.clear()
a = ex.submit(blocked, "a")
b = ex.submit(square, 3)
c = ex.submit(square, 4)
time.sleep(0.05)
releaser = threading.Timer(0.1, gate.set)
releaser.start()
ex.shutdown(wait=True, cancel_futures=True)
print("after shutdown:", a.result(), b.cancelled(), c.cancelled())
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# as_completed and wait.
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, d) for d in (0.3, 0.1, 0.2)]
    print([f.result() for f in as_completed(fs)])
    slow = ex.submit(nap, 0.5)
    try:
        for f in as_completed([slow], timeout=0.05):
            print("unexpected")
    except TimeoutError as e:
        print("as_completed:", e)
    quick = ex.submit(nap, 0.01)
    done, not_done = wait([quick, ex.submit(nap, 0.4)], return_when=FIRST_COMPLETED)
    print(len(done), len(not_done), quick in done)
    boom = ex.submit(fail_on, 1, 1)
    done, not_done = wait([boom, ex.submit(nap, 0.4)], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), boom in done)
    done, not_done = wait([ex.submit(nap, 0.01), ex.submit(nap, 0.02)], timeout=5,
                          return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    done, not_done = wait([ex.submit(nap, 0.3)], timeout=0.01)
    print(len(done), len(not_done))
print("done")
