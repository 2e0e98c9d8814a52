from concurrent.futures import ThreadPoolExecutor, as_completed
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(8))))
    futs = {ex.submit(square, i): i for i in range(5)}
    res = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(res)
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(f.done(), type(f.exception()).__name__)
