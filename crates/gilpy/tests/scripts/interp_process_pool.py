# ProcessPoolExecutor (in gilpy: InterpreterPoolExecutor, workers are
# interpreters with their own GIL): values are copied in and out, module-level
# functions and classes cross, exceptions come back with the remote traceback.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait

LIMIT = 3


class Box:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(self.items)


class AppError(Exception):
    pass


def scaled(x, factor=1):
    return helper(x) * factor


def helper(x):
    return x + LIMIT


def mutate(d):
    d["touched"] = True
    d["items"].append(99)
    return d


def boxed(n):
    return Box(list(range(n)))


def unbox(box):
    return box.total()


def fails(msg):
    raise AppError(msg)


def divide(a, b):
    return a / b


def count_primes(limit):
    found = 0
    for n in range(2, limit):
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            found += 1
    return found


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(scaled, 4, factor=10).result())
        print(list(ex.map(scaled, [1, 2, 3])))
        data = {"items": [1, 2], "touched": False}
        back = ex.submit(mutate, data).result()
        print(data, back)
        b = ex.submit(boxed, 5).result()
        print(type(b).__name__, isinstance(b, Box), b.items, b.total())
        print(ex.submit(unbox, Box([4, 5, 6])).result())
        value = (1, 2.5, "s", b"b", None, True, [1, {2: 3}], {4, 5}, frozenset([6]))
        print(ex.submit(tuple, value).result() == value)
        f = ex.submit(fails, "it broke")
        e = f.exception()
        print(type(e).__name__, e, isinstance(e, AppError))
        try:
            f.result()
        except AppError as err:
            cause = str(err.__cause__)
            print("caught", err)
            print("remote traceback:", "Traceback (most recent call last)" in cause,
                  'raise AppError(msg)' in cause, "AppError: it broke" in cause)
        try:
            ex.submit(divide, 1, 0).result()
        except ZeroDivisionError as err:
            print("ZeroDivisionError", err)
        fs = [ex.submit(count_primes, n) for n in (1000, 2000, 3000)]
        print(sorted(f.result() for f in as_completed(fs)))
        done, not_done = wait(fs)
        print(len(done), len(not_done))
    print("done")
