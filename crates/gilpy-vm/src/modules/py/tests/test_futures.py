# concurrent.futures.ThreadPoolExecutor and Future: results, exception
# propagation, map, cancel, callbacks, timeouts, wait/as_completed,
# shutdown. Prints the same on CPython's concurrent.futures and on ours.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def square(x):
    return x * x


def fail(msg):
    raise ValueError(msg)


def names():
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    print("result:", f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    g = ex.submit(fail, "bad input")
    try:
        g.result()
    except ValueError as e:
        print("re-raised:", type(e).__name__, e)
    e = g.exception()
    print("exception():", type(e).__name__, e, g.done())
    h = ex.submit(lambda a, b=1: a * b, 6, b=7)
    print("kwargs:", h.result())
    print("map:", list(ex.map(square, range(6))))
    print("map 2 iterables:", list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))
    try:
        list(ex.map(fail, ["first", "second"]))
    except ValueError as e:
        print("map raised:", e)
    n = ex.submit(names).result()
    print("thread name:", n in ["ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1"])
with ThreadPoolExecutor(max_workers=1) as ex:
    print("thread name:", ex.submit(names).result())
print("after with: submit ->", end=" ")
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)

# names with a prefix
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    print("prefixed:", ex.submit(names).result())
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("max_workers=0:", e)

# timeouts, cancel, callbacks
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    slow = ex.submit(gate.wait, 5)
    queued = ex.submit(square, 3)
    try:
        slow.result(timeout=0.05)
    except concurrent.futures.TimeoutError:
        print("result(timeout): TimeoutError")
    while not slow.running():
        time.sleep(0.001)
    print("running:", slow.running(), slow.done(), slow.cancel())
    print("cancel queued:", queued.cancel(), queued.cancelled(), queued.done(), queued.cancel())
    try:
        queued.result()
    except concurrent.futures.CancelledError as e:
        print("cancelled result:", type(e).__name__)
    calls = []
    queued.add_done_callback(lambda fut: calls.append(("already done", fut.cancelled())))
    slow.add_done_callback(lambda fut: calls.append(("later", fut.result())))
    print("callbacks so far:", calls)
    gate.set()
    print("slow:", slow.result())
print("callbacks:", calls)

# wait and as_completed (their results sorted: order is up to the threads)
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(square, i) for i in range(5)]
    done, not_done = concurrent.futures.wait(fs)
    print("wait:", sorted([f.result() for f in done]), len(not_done))
    print("as_completed:", sorted([f.result() for f in concurrent.futures.as_completed(fs)]))
    gate2 = threading.Event()
    blocked = ex.submit(gate2.wait, 5)
    quick = ex.submit(square, 9)
    done, not_done = concurrent.futures.wait([blocked, quick], return_when=concurrent.futures.FIRST_COMPLETED)
    print("first completed:", quick in done, blocked in not_done)
    bad = ex.submit(fail, "x")
    done, not_done = concurrent.futures.wait([blocked, bad], return_when=concurrent.futures.FIRST_EXCEPTION)
    print("first exception:", bad in done, blocked in not_done)
    done, not_done = concurrent.futures.wait([blocked], timeout=0.05)
    print("wait timeout:", len(done), len(not_done))
    try:
        concurrent.futures.as_completed([blocked, quick], timeout=0.05)
        for _ in concurrent.futures.as_completed([blocked, quick], timeout=0.05):
            pass
    except concurrent.futures.TimeoutError as e:
        print("as_completed timeout:", e)
    gate2.set()

# shutdown(wait=True) waits for queued work; cancel_futures cancels it
log = []
def slow_append(i):
    time.sleep(0.01)
    log.append(i)
ex = ThreadPoolExecutor(max_workers=1)
for i in range(5):
    ex.submit(slow_append, i)
ex.shutdown(wait=True)
print("shutdown waited:", log)
gate3 = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate3.wait, 5)
rest = [ex.submit(square, i) for i in range(3)]
while not first.running():
    time.sleep(0.001)
ex.shutdown(wait=False, cancel_futures=True)
print("cancel_futures:", [f.cancelled() for f in rest], first.cancelled())
gate3.set()
print("first still ran:", first.result())

# a Future used by hand
fut = concurrent.futures.Future()
print("manual:", fut.done(), fut.set_running_or_notify_cancel(), fut.running())
fut.set_result("ok")
print("manual result:", fut.result(), fut.done())
try:
    fut.set_result("again")
except concurrent.futures.InvalidStateError:
    print("set twice: InvalidStateError")
print("repr:", repr(fut).split(" at ")[0], repr(fut).split(" state=")[1])
f2 = concurrent.futures.Future()
print("repr pending:", repr(f2).split(" state=")[1])
f2.set_exception(KeyError("k"))
print("repr raised:", repr(f2).split(" state=")[1], f2.exception())

# many tasks over few workers
with ThreadPoolExecutor(max_workers=4) as ex:
    print("sum:", sum(ex.map(square, range(1000))), sum([i * i for i in range(1000)]))

# an executor never shut down does not keep the process alive
left = ThreadPoolExecutor(max_workers=2)
left_f = left.submit(square, 12)
print("left open:", left_f.result())
