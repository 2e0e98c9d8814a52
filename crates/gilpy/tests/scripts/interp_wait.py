# wait() returns CPython's DoneAndNotDoneFutures: a tuple with .done and .not_done.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(pow, 2, k) for k in range(4)]
    r = wait(fs)
    print(type(r).__name__, len(r.done), len(r.not_done), isinstance(r, tuple))
    done, not_done = r
    print(sorted(f.result() for f in done), not_done)
    print(repr(wait([])))
